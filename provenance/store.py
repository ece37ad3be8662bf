"""The store: every document, statement, article and link, kept in one SQLite file.

The store is the source of truth on disk (stdlib sqlite3, write-ahead log). Its schema grows by
numbered migrations recorded in the database itself. Each document goes in whole or not at all
(a transaction of its own, or a savepoint inside a group during ingest); a crash loses at most the
documents not yet committed, which the next run adds again; a document already ingested (the
same text at the same URL) adds nothing. The store takes and returns models, never rows.

>>> from provenance import text_document
>>> with Store(":memory:") as store:
...     store.add(text_document("Originally published by ZeroHedge", url="https://example.org/a"))
...     [(a.id, a.inferred) for a in store.articles()]
IngestResult(status='new', article_id='https://example.org/a', attributions=1)
[('https://example.org/a', False), ('inferred:zerohedge:https://example.org/a', True)]
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar, overload
from urllib.parse import quote

from provenance._exceptions import StoreError
from provenance.aliases import SELF_METHODS, AliasClaim, alias_claims
from provenance.extractors import default_registry, extract
from provenance.link import (
    CREDITS,
    REPUBLISHED,
    OwnArticle,
    Plan,
    Reference,
    alias_target,
    article_key,
    plan_document,
)
from provenance.models import (
    Article,
    Attribution,
    Document,
    Evidence,
    Location,
    Outlet,
    OutletKind,
    Relation,
)
from provenance.resolver import (
    OutletRegistry,
    alias_key,
    looks_like_domain,
    unknown_id,
)
from provenance.urls import normalize_url, title_key

if TYPE_CHECKING:
    from provenance.reuse import DocRef, ReuseEdge, ReuseIndex

# The evidence method of a link that text reuse found (`provenance.reuse.REUSE_METHOD`, written
# here so that opening a store does not load the reuse engine and numpy: commands start faster).
REUSE_METHOD = "reuse:minhash"

_T = TypeVar("_T")

DEFAULT_DB = "provenance.db"
ENV_DB = "PROVENANCE_DB"


MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "initial schema",
        """
        CREATE TABLE outlets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            domains TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT,
            title TEXT,
            title_key TEXT,
            outlet_id TEXT,
            published TEXT,
            published_source TEXT,
            inferred INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX articles_outlet_title ON articles (outlet_id, title_key);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            item TEXT,
            kind TEXT NOT NULL,
            url TEXT,
            title TEXT,
            published TEXT,
            article_id TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_source ON documents (source);
        CREATE INDEX documents_article ON documents (article_id);
        CREATE TABLE attributions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents (id),
            relation TEXT NOT NULL,
            outlet TEXT NOT NULL,
            outlet_id TEXT NOT NULL,
            url TEXT,
            title TEXT,
            confidence REAL NOT NULL,
            layer INTEGER,
            self_credit INTEGER NOT NULL,
            evidence_text TEXT NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            method TEXT NOT NULL,
            location TEXT NOT NULL
        );
        CREATE INDEX attributions_document ON attributions (document_id);
        CREATE TABLE links (
            src TEXT NOT NULL,
            dst TEXT NOT NULL,
            kind TEXT NOT NULL,
            attribution_id INTEGER NOT NULL REFERENCES attributions (id),
            weight REAL NOT NULL
        );
        CREATE INDEX links_dst ON links (dst, kind);
        CREATE INDEX links_src ON links (src, kind);
        CREATE TABLE merges (
            inferred_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            PRIMARY KEY (inferred_id, article_id)
        );
        """,
    ),
    (
        2,
        "text reuse",
        "{REUSE_SCHEMA}"
        + """
        CREATE TABLE reuse_edges (
            source_document INTEGER NOT NULL REFERENCES documents (id),
            target_document INTEGER NOT NULL REFERENCES documents (id),
            kind TEXT NOT NULL,
            jaccard REAL NOT NULL,
            similarity REAL NOT NULL,
            weight REAL NOT NULL,
            direction TEXT NOT NULL,
            lag_seconds REAL,
            attribution_id INTEGER REFERENCES attributions (id),
            PRIMARY KEY (source_document, target_document)
        );
        CREATE INDEX reuse_edges_target ON reuse_edges (target_document);
        """,
    ),
    (
        3,
        "compact keys",
        # Articles get an integer key (`n`) that documents and links point to, and are found by a
        # 64-bit hash of their key; a document's content hash is 16 bytes: an index over random
        # text keys (URLs, 64 hex digits) touches pages all over a large store, and at 1,000,000
        # documents the indexes that every new document writes to had grown to 1.2 GB, far past
        # the page cache (see docs/store.md).
        """
        CREATE TABLE articles_v3 (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            key_hash INTEGER NOT NULL,
            url TEXT,
            title TEXT,
            title_key TEXT,
            title_hash INTEGER,
            outlet_id TEXT,
            published TEXT,
            published_source TEXT,
            inferred INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO articles_v3 (id, key_hash, url, title, title_key, title_hash, outlet_id, published,
            published_source, inferred)
            SELECT id, provenance_hash(id), url, title, title_key, provenance_hash(title_key), outlet_id, published,
            published_source, inferred FROM articles ORDER BY id;
        CREATE INDEX articles_key ON articles_v3 (key_hash);
        CREATE TABLE documents_v3 (
            id INTEGER PRIMARY KEY,
            content_hash BLOB NOT NULL UNIQUE,
            source TEXT NOT NULL,
            item TEXT,
            kind TEXT NOT NULL,
            url TEXT,
            title TEXT,
            published TEXT,
            article INTEGER NOT NULL REFERENCES articles_v3 (n),
            ingested_at TEXT NOT NULL
        );
        INSERT INTO documents_v3 SELECT d.id, provenance_unhex(substr(d.content_hash, 1, 32)), d.source, d.item,
            d.kind, d.url, d.title, d.published, a.n, d.ingested_at
            FROM documents d JOIN articles_v3 a ON a.key_hash = provenance_hash(d.article_id) AND a.id = d.article_id
            ORDER BY d.id;
        CREATE TABLE links_v3 (
            src INTEGER NOT NULL,
            dst INTEGER,
            outlet_id TEXT,
            kind TEXT NOT NULL,
            attribution_id INTEGER NOT NULL REFERENCES attributions (id),
            weight REAL NOT NULL
        );
        INSERT INTO links_v3 SELECT s.n, t.n, CASE WHEN l.kind = 'credits' THEN l.dst END, l.kind,
            l.attribution_id, l.weight
            FROM links l JOIN articles_v3 s ON s.key_hash = provenance_hash(l.src) AND s.id = l.src
            LEFT JOIN articles_v3 t ON l.kind = 'republished' AND t.key_hash = provenance_hash(l.dst) AND t.id = l.dst
            ORDER BY l.rowid;
        CREATE TABLE merges_v3 (
            inferred_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            PRIMARY KEY (inferred_id, article_id)
        ) WITHOUT ROWID;
        INSERT INTO merges_v3 SELECT inferred_id, article_id, reason, merged_at FROM merges;
        DROP TABLE links;
        DROP TABLE merges;
        DROP TABLE documents;
        DROP TABLE articles;
        ALTER TABLE articles_v3 RENAME TO articles;
        ALTER TABLE documents_v3 RENAME TO documents;
        ALTER TABLE links_v3 RENAME TO links;
        ALTER TABLE merges_v3 RENAME TO merges;
        CREATE INDEX articles_outlet_title ON articles (outlet_id, title_hash);
        CREATE INDEX documents_source ON documents (source);
        CREATE INDEX documents_article ON documents (article);
        CREATE INDEX links_src ON links (src, kind);
        CREATE INDEX links_dst ON links (dst) WHERE dst IS NOT NULL;
        """,
    ),
    (
        4,
        "aligned text reuse",
        # Each document's words, to align a candidate pair (`provenance.reuse.alignment`), and what
        # the alignment found, kept with the edge. Documents indexed before keep no words: their
        # pairs are decided on the sketches, as before.
        """
        CREATE TABLE IF NOT EXISTS reuse_texts (
            doc_id INTEGER PRIMARY KEY,
            title TEXT,
            tokens BLOB NOT NULL
        );
        ALTER TABLE reuse_edges ADD COLUMN source_covered REAL;
        ALTER TABLE reuse_edges ADD COLUMN target_covered REAL;
        ALTER TABLE reuse_edges ADD COLUMN edit_rate REAL;
        ALTER TABLE reuse_edges ADD COLUMN same_title INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (
        5,
        "outlet aliases",
        # The names documents give sites (see `provenance.aliases`), counted by name key, outlet and
        # method, with the first and the last document that gave each (docs/outlets.md); the other
        # addresses a page gives itself (its canonical and og:url on its own site), and the other
        # paths a document already stored was read from again: references that find an article.
        """
        CREATE TABLE outlet_aliases (
            key TEXT NOT NULL,
            outlet_id TEXT NOT NULL,
            method TEXT NOT NULL,
            name TEXT NOT NULL,
            host TEXT NOT NULL,
            documents INTEGER NOT NULL,
            first_document INTEGER NOT NULL REFERENCES documents (id),
            last_document INTEGER NOT NULL REFERENCES documents (id),
            evidence TEXT NOT NULL,
            PRIMARY KEY (key, outlet_id, method)
        ) WITHOUT ROWID;
        CREATE INDEX outlet_aliases_outlet ON outlet_aliases (outlet_id);
        CREATE TABLE article_urls (
            key_hash INTEGER NOT NULL,
            url TEXT NOT NULL,
            article INTEGER NOT NULL REFERENCES articles (n),
            PRIMARY KEY (key_hash, url, article)
        ) WITHOUT ROWID;
        CREATE TABLE document_sources (
            source TEXT NOT NULL,
            document INTEGER NOT NULL REFERENCES documents (id),
            PRIMARY KEY (source, document)
        ) WITHOUT ROWID;
        """,
    ),
    (
        6,
        "alias keys in ascii",
        # A name in a script of its own was counted by its letters ("示例新闻"), while the outlet
        # credits naming it stood for had the id "unnamed": now both are the name's Punycode
        # (`resolver.unknown_id`), so that a learned name merges that outlet as others do.
        """
        UPDATE outlet_aliases SET key = provenance_unknown_id(key)
        WHERE provenance_unknown_id(key) NOT IN (key, 'unnamed');
        """,
    ),
)


class _AlreadyStored(Exception):
    """A document's content hash is in the store already: its writes are undone (`Store.add`)."""


@dataclass
class _Group:
    size: int
    seconds: float
    pending: int = 0
    since: float = field(default_factory=time.monotonic)
    in_batch: bool = False  # inside `Store.batch`: documents share its savepoint


@dataclass(frozen=True)
class IngestResult:
    """What adding one document did: ``new`` or ``unchanged``, its article, its statements."""

    status: str
    article_id: str
    attributions: int


@dataclass(frozen=True)
class Link:
    """One piece of evidence for an edge: ``src`` -> ``dst`` of a kind, from one statement."""

    src: str
    dst: str
    kind: str
    weight: float
    attribution: Attribution
    document_source: str


@dataclass(frozen=True)
class OutletAlias:
    """A name documents gave an outlet, by one method, with its evidence.

    ``documents`` counts the documents that gave it (one: weak evidence; several: strong);
    ``first_source`` and ``last_source`` are the first and last of them, ``evidence`` the tag or
    words of the first. ``usable`` is false for a title suffix seen on one page only;
    ``conflict`` is true when another outlet claims the name too (the name then resolves to
    neither: see docs/outlets.md).
    """

    outlet_id: str
    name: str
    method: str
    host: str
    documents: int
    first_source: str
    last_source: str
    evidence: str
    usable: bool
    conflict: bool


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store keeps it (its text is not kept: only its statements)."""

    id: int
    source: str
    item: str | None
    kind: str
    url: str | None
    title: str | None
    article_id: str
    ingested_at: str


def default_path() -> str:
    """The store's path: $PROVENANCE_DB, or ``provenance.db`` in the working folder."""
    return os.environ.get(ENV_DB) or DEFAULT_DB


def content_hash(doc: Document) -> bytes:
    """The identity of a document's content: the same text at the same URL is the same document
    (the first 16 bytes of the SHA-256 of the URL, a NUL byte and the text)."""
    digest = hashlib.sha256()
    digest.update((doc.url or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(doc.text.encode("utf-8", "surrogatepass"))
    return digest.digest()[:16]


@overload
def key_hash(key: str) -> int: ...
@overload
def key_hash(key: None) -> None: ...
def key_hash(key: str | None) -> int | None:
    """The 64-bit hash (BLAKE2b) that the store indexes an article's key and its `title_key` by:
    a short key keeps an index small, and the text itself is compared too."""
    if key is None:
        return None
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _unhex(text: str | None) -> bytes | None:
    return bytes.fromhex(text) if text is not None else None


def document_keys(doc: Document) -> tuple[bytes, str]:
    """A document's content hash and its article's key (the normalised URL, else a text hash)."""
    return content_hash(doc), article_key(doc)


def known_contents(db: sqlite3.Connection, digests: Sequence[bytes]) -> set[bytes]:
    """Those of these `content_hash` values whose documents are in the store open in ``db``
    (a connection of its own, such as an ingest worker's read-only one)."""
    known: set[bytes] = set()
    for chunk in _chunks(list(digests), 500):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"SELECT content_hash FROM documents WHERE content_hash IN ({marks})", chunk)
        known.update(row[0] for row in rows)
    return known


_clock: tuple[int, str] = (0, "")


def damaged(path: str, exc: sqlite3.Error) -> str:
    """What to tell a user whose store SQLite cannot read or write, naming the file."""
    message = str(exc)
    if "full" in message:
        return (
            f"{path}: the disk is full (SQLite: {message}); the store holds whole documents only: "
            "free some space and run the same command again"
        )
    if "readonly" in message or "read-only" in message:
        return (
            f"{path}: the store cannot be written (SQLite: {message}); make it writable, or give another --db"
        )
    if "not a database" in message:
        return (
            f"{path}: not a provenance store (SQLite: {message}); give another --db, or move this file "
            "away to start a new store here (it was not changed)"
        )
    if "malformed" in message or "corrupt" in message:
        return (
            f"{path}: the store is damaged (SQLite: {message}); restore it from a copy, or move it away "
            "and ingest again (it was not changed)"
        )
    return f"{path}: the store cannot be used (SQLite: {message})"


def _now() -> str:
    """The time now, to the second, as ISO 8601 (made once a second: every document written
    asks for it, and formatting a date took 2% of the writer's samples in py-spy)."""
    global _clock
    second = int(time.time())
    if second != _clock[0]:
        _clock = (second, datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds"))
    return _clock[1]


def reuse_direction(
    edge: ReuseEdge, doc_id: int, mine: frozenset[str], theirs: frozenset[str]
) -> tuple[ReuseEdge, str]:
    """Which way text flowed between a new document ``doc_id`` and an earlier one, weighing what
    their statements say (``mine``, ``theirs``: the outlets each credits) before the dates.

    - both credit an outlet in common: their shared text came from it, not from each other
      (``"shared source"``: no link; two copies of one wire story are siblings);
    - one credits the other's outlet: it is the copy (``"statements"``);
    - else the publication dates, as `provenance.reuse.orient` read them (``"dates"``);
    - else, without dates, when one side credits outlets and the other is a copy of no known
      site (a saved file) that credits none: the text came from upstream of the crediting side,
      and the silent side is its copy with the credits taken out (``"credits"``; the weight
      stays halved, as for an unknown direction; a silent side with a site of its own may be
      the origin itself, so that stays unknown);
    - else containment, as `provenance.reuse.orient` read it: the text that holds all of the
      other between an introduction and a conclusion of its own is the later (``"containment"``);
    - else ``"unknown"`` (no link).

    Returns the edge, turned so that its target is the copy, and how its direction was decided.
    """
    mine_is_target = edge.target == doc_id
    other_outlet = edge.source_outlet if mine_is_target else edge.target_outlet
    my_outlet = edge.target_outlet if mine_is_target else edge.source_outlet
    if mine & theirs:
        return replace(edge, direction_known=False), "shared source"
    copy: int | None = None
    how = "statements"
    if other_outlet is not None and other_outlet in mine:
        copy = doc_id
    elif my_outlet is not None and my_outlet in theirs:
        copy = edge.source if mine_is_target else edge.target
    elif edge.direction_known and edge.reason == "dates":
        return edge, "dates"
    elif mine and not theirs and other_outlet is None:
        copy, how = (edge.source if mine_is_target else edge.target), "credits"
    elif theirs and not mine and my_outlet is None:
        copy, how = doc_id, "credits"
    elif edge.direction_known:
        return edge, edge.reason
    if copy is None:
        return edge, "unknown"
    from provenance.reuse import reuse_weight

    weight = reuse_weight(edge.similarity, direction_known=how == "statements")
    if edge.target == copy:
        return replace(edge, direction_known=True, weight=weight), how
    turned = replace(
        edge,
        source=edge.target,
        target=edge.source,
        source_outlet=edge.target_outlet,
        target_outlet=edge.source_outlet,
        source_published=edge.target_published,
        target_published=edge.source_published,
        direction_known=True,
        weight=weight,
        source_covered=edge.target_covered,
        target_covered=edge.source_covered,
    )
    return turned, how


@dataclass
class _AliasState:
    """The learned aliases a store holds, in memory while it writes (see `Store._learn`)."""

    # name key -> outlet -> method -> documents
    counts: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    sites: set[str] = field(default_factory=set)  # outlets known by a domain (a page read, a link)
    targets: dict[str, str] = field(default_factory=dict)  # key -> the one outlet it names
    version: int = 0  # counts the changes of `targets`
    named: set[str] = field(default_factory=set)  # sites given the name they call themselves

    def usable(self, key: str, outlet_id: str) -> bool:
        """True when the documents' word ties ``key`` to ``outlet_id``: a title suffix counts once
        it recurs on two pages of the site, any other claim at once."""
        methods = self.counts.get(key, {}).get(outlet_id, {})
        return any(count >= 2 or method != "title-suffix" for method, count in methods.items())

    def claimants(self, key: str) -> list[str]:
        """The outlets that ``key`` is a usable name of, and the site of that key if it is one."""
        found = [outlet_id for outlet_id in self.counts.get(key, {}) if self.usable(key, outlet_id)]
        if key in self.sites and key not in found:
            found.append(key)
        return sorted(found)

    def retarget(self, key: str, registry: OutletRegistry) -> str | None:
        """The outlet ``key`` now names, worked out again: the one site that claims it, unless
        another one does too (a conflict) or the registry knows the key."""
        claimants = self.claimants(key)
        target = claimants[0] if len(claimants) == 1 and registry.get(key) is None else None
        if target == key:
            target = None
        if self.targets.get(key) != target:
            self.version += 1
        if target is None:
            self.targets.pop(key, None)
        else:
            self.targets[key] = target
        return target

    def count(
        self, key: str, outlet_id: str, method: str, registry: OutletRegistry
    ) -> tuple[str | None, bool]:
        """Count one claim of ``key`` for ``outlet_id``. Returns the outlet ``key`` has come to
        name if that changed (else None), and whether the site now takes this name as its own
        (a site first met by its address takes the name it gives itself)."""
        was_usable = self.usable(key, outlet_id)
        methods = self.counts.setdefault(key, {}).setdefault(outlet_id, {})
        methods[method] = methods.get(method, 0) + 1
        before = self.targets.get(key)
        # What the name resolves to changes only when one more site comes to claim it.
        after = before if was_usable else self.retarget(key, registry)
        names_site = method in SELF_METHODS and outlet_id not in self.named and self.usable(key, outlet_id)
        if names_site:
            self.named.add(outlet_id)
        return (after if after is not None and after != before else None), names_site


def _named(outlet: Outlet) -> bool:
    """True when an outlet comes with a name of its own, not only its site's address."""
    return outlet.kind is not OutletKind.UNKNOWN or not looks_like_domain(outlet.name)


class Store:
    """The provenance store, a context manager over one SQLite database.

    ``Store(path)`` opens (and creates or migrates) the database at ``path``; ``":memory:"``
    makes a private one for tests.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        registry: OutletRegistry | None = None,
        reuse: bool = False,
    ) -> None:
        self.path = os.fspath(path) if path is not None else default_path()
        self._registry = registry
        # Fingerprint each new document's text and link the near copies of it found (see
        # `provenance.reuse`): several times the work of an ingest without it, so asked for.
        self.reuse = reuse
        self._reuse_index: ReuseIndex | None = None
        self._group: _Group | None = None
        # Outlets in the table, whether by a real name, and whether with their domains.
        self._outlets_written: dict[str, tuple[bool, bool]] = {}
        # The learned aliases, loaded when first needed (see `_alias_state`).
        self._aliases: _AliasState | None = None
        # A store this user may not write is read as it is (a query answers), never migrated;
        # writing to it says so.
        self.read_only = (
            self.path != ":memory:" and os.path.isfile(self.path) and not os.access(self.path, os.W_OK)
        )
        try:
            if self.path != ":memory:":
                parent = Path(self.path).parent
                if not parent.is_dir():
                    raise StoreError(f"{self.path}: the folder {parent} does not exist")
            if self.read_only:
                self._db = sqlite3.connect(
                    f"file:{quote(self.path)}?mode=ro",
                    uri=True,
                    isolation_level=None,
                    check_same_thread=False,
                )
            else:
                self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            # Readers never wait for the writer (write-ahead log): a query during an ingest
            # answers with what the ingest has committed. A second writer waits its turn.
            if not self.read_only:
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=10000")
            # 256 MB of pages at most (taken as needed): on a large store most index pages then stay
            # in memory (measured at 100,000 documents: ingest writes a quarter faster than with 64 MB).
            self._db.execute("PRAGMA cache_size=-262144")
            self._db.execute("PRAGMA temp_store=MEMORY")
            self._db.execute("PRAGMA wal_autocheckpoint=16384")  # fold the log back every 64 MB, not 4 MB
            if self.read_only:
                self._check_version()
            else:
                self._migrate()
        except sqlite3.DatabaseError as exc:
            if hasattr(self, "_db"):
                self._db.close()
            raise StoreError(damaged(self.path, exc)) from None

    @property
    def registry(self) -> OutletRegistry:
        """The outlet registry the store resolves names with (the bundled one unless given);
        loaded when first needed, so that reading the store starts fast."""
        if self._registry is None:
            self._registry = default_registry()
        return self._registry

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
        # A damaged page found while the store was used (a truncated file reads well up to the
        # cut): said as what it is, naming the file.
        if type(value) is sqlite3.DatabaseError or isinstance(value, sqlite3.OperationalError):
            raise StoreError(damaged(self.path, value)) from None

    def close(self) -> None:
        """Close the database (a checkpoint folds the write-ahead log back into the file)."""
        self._db.close()

    # ------------------------------------------------------------------ schema

    @property
    def version(self) -> int:
        """The number of the last migration applied."""
        row = self._db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in self._db.execute("SELECT version FROM schema_migrations")}
        # What migration 3 computes as it copies the rows to their compact keys.
        self._db.create_function("provenance_hash", 1, key_hash, deterministic=True)
        self._db.create_function("provenance_unhex", 1, _unhex, deterministic=True)
        self._db.create_function("provenance_unknown_id", 1, unknown_id, deterministic=True)
        for version, name, script in MIGRATIONS:
            if version in done:
                continue
            if "{REUSE_SCHEMA}" in script:
                from provenance.reuse import REUSE_SCHEMA

                script = script.replace("{REUSE_SCHEMA}", REUSE_SCHEMA)
            # A migration that rebuilds a table drops the old one, which rows of other tables
            # point to: the keys are checked once all tables are rebuilt, before the commit.
            self._db.execute("PRAGMA foreign_keys=OFF")
            # Sorts that outgrow the page cache (building an index anew) go to a temporary file,
            # not to memory: a migration's memory stays bounded whatever the store's size.
            self._db.execute("PRAGMA temp_store=FILE")
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in script.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                broken = self._db.execute("PRAGMA foreign_key_check").fetchone()
                if broken is not None:
                    raise StoreError(f"{self.path}: migration {version} broke a reference ({broken})")
                self._db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            finally:
                self._db.execute("PRAGMA foreign_keys=ON")
                self._db.execute("PRAGMA temp_store=MEMORY")
        self._check_version()

    def _check_version(self) -> None:
        newest = max(v for v, _, _ in MIGRATIONS)
        version = self.version
        if version > newest:
            raise StoreError(
                f"{self.path}: made by a newer provenance (schema {version}, this one knows {newest}); "
                "upgrade provenance to read it (pip install -U news-provenance), or give another --db"
            )
        if version < newest and self.read_only:
            raise StoreError(
                f"{self.path}: the store needs upgrading to schema {newest} and is read-only; "
                "make it writable (chmod u+w) and run the command again"
            )

    # ------------------------------------------------------------------ writing

    def has(self, doc: Document) -> bool:
        """True when this document (the same text at the same URL) is in the store already."""
        return self.has_content(content_hash(doc))

    def has_content(self, digest: bytes) -> bool:
        """True when a document of this `content_hash` is in the store already."""
        return bool(self.known_contents([digest]))

    def known_contents(self, digests: Sequence[bytes]) -> set[bytes]:
        """Those of these `content_hash` values whose documents are in the store already."""
        return known_contents(self._db, digests)

    def add(
        self,
        doc: Document,
        attributions: Sequence[Attribution] | None = None,
        *,
        keys: tuple[bytes, str] | None = None,
        claims: Sequence[AliasClaim] | None = None,
    ) -> IngestResult:
        """Add one document and its statements (extracted here unless given), in one transaction.

        ``keys`` are the document's `document_keys` when a worker process has computed them, and
        ``claims`` its `provenance.aliases.alias_claims` (made here unless given).
        """
        digest, article_id = keys if keys is not None else document_keys(doc)
        if attributions is None:
            stored = self._stored(
                digest, doc.source
            )  # looked up first: nothing to extract for a known document
            if stored is not None:
                return stored
            found = extract(doc, registry=self.registry)
        else:
            found = list(attributions)
        if claims is None:
            claims = alias_claims(doc, found)
        try:
            with self._whole():
                self._write(doc, digest, article_id, found, claims)
        except _AlreadyStored:
            # Given its statements, the document was not looked up: its own row said it is stored.
            stored = self._stored(digest, doc.source)
            assert stored is not None
            return stored
        if self._group is not None:
            self._group.pending += 1
            if not self._group.in_batch:
                self._commit_group_when_due()
        return IngestResult("new", article_id, len(found))

    def _stored(self, digest: bytes, source: str | None = None) -> IngestResult | None:
        """What the store holds of the document with this content hash, if it holds it; a new
        ``source`` it was read from is kept, to find it by (`find_articles`)."""
        row = self._db.execute(
            "SELECT d.id, a.id, d.source FROM documents d JOIN articles a ON a.n = d.article "
            "WHERE d.content_hash = ?",
            (digest,),
        ).fetchone()
        if row is None:
            return None
        if source is not None and source != "-" and source != row[2]:
            with self._whole():
                self._db.execute(
                    "INSERT OR IGNORE INTO document_sources (source, document) VALUES (?, ?)",
                    (source, row[0]),
                )
        count = self._db.execute(
            "SELECT count(*) FROM attributions WHERE document_id = ?", (row[0],)
        ).fetchone()
        return IngestResult("unchanged", row[1], int(count[0]))

    @contextmanager
    def _whole(self) -> Iterator[None]:
        """One document's writes, all or none: a transaction of its own, or a savepoint inside
        a group of documents (see `grouped`); inside a `batch`, the batch's savepoint."""
        undo: tuple[str, ...]
        if self._group is not None and self._group.in_batch:
            yield
            return
        if self._group is None:
            begin, keep, undo = "BEGIN IMMEDIATE", "COMMIT", ("ROLLBACK",)
        else:
            begin, keep, undo = (
                "SAVEPOINT document",
                "RELEASE document",
                ("ROLLBACK TO document", "RELEASE document"),
            )
        self._db.execute(begin)
        try:
            yield
            self._db.execute(keep)
        except BaseException:
            if self._db.in_transaction:  # not when SQLite has rolled back everything (disk full)
                for statement in undo:
                    self._db.execute(statement)
            self._forget_written()  # the outlets and aliases written with it are gone too
            raise

    @contextmanager
    def grouped(self, size: int = 10_000, seconds: float = 5.0) -> Iterator[None]:
        """Commit documents in groups (up to ``size`` documents or ``seconds``) while inside.

        Each document still goes in whole or not at all (a savepoint of its own); a crash loses
        the documents of the group not yet committed, which the next run adds again. Committing
        in groups spares the disk a commit per document and makes a large ingest several times
        faster; large groups matter on a large store, where every document touches pages all
        over its indexes and a commit writes each touched page once (measured on a store of
        100,000 documents: commits cost 66 us a document in groups of 2,000, 25 in groups of
        10,000).
        """
        if self._group is not None:
            yield
            return
        self._group = _Group(size, seconds)
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            # Whatever stopped the loop, the open group holds only whole documents: keep them
            # (unless SQLite has rolled the group back itself, as it may when the disk is full).
            self._group = None
            if self._db.in_transaction:
                self._db.execute("COMMIT")

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Add a few documents (a batch of an ingest) in one savepoint inside a group, rather than
        one each: the documents of a batch all go in, or none of them does (measured at 100,000
        documents: writing costs 12% less than with a savepoint a document, which copies each page
        a document touches first). Outside a group, documents are their own transactions as ever.
        """
        if self._group is None or self._group.in_batch:
            yield
            return
        self._db.execute("SAVEPOINT batch")
        self._group.in_batch = True
        try:
            yield
        except BaseException:
            if self._db.in_transaction:  # not when SQLite has rolled back everything (disk full)
                self._db.execute("ROLLBACK TO batch")
                self._db.execute("RELEASE batch")
            self._forget_written()  # the outlets and aliases written with it are gone too
            raise
        else:
            self._db.execute("RELEASE batch")
        finally:
            self._group.in_batch = False
        self._commit_group_when_due()

    def _forget_written(self) -> None:
        """What this process remembers of the rows a rollback took away: read again when needed."""
        self._outlets_written.clear()
        self._aliases = None

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read as of one moment: every query inside sees the same committed state, whatever
        another process's ingest commits meanwhile (a read transaction of the write-ahead log:
        it never waits for the writer, nor the writer for it)."""
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN")
        try:
            yield
        finally:
            if self._db.in_transaction:
                self._db.execute("COMMIT")

    def _commit_group_when_due(self) -> None:
        assert self._group is not None
        if (
            self._group.pending >= self._group.size
            or time.monotonic() - self._group.since > self._group.seconds
        ):
            self._commit_group()

    def _commit_group(self) -> None:
        assert self._group is not None
        self._db.execute("COMMIT")
        self._db.execute("BEGIN IMMEDIATE")
        self._group.pending = 0
        self._group.since = time.monotonic()

    def _write(
        self,
        doc: Document,
        digest: bytes,
        article_id: str,
        found: list[Attribution],
        claims: Sequence[AliasClaim] = (),
    ) -> None:
        """Write one document as `provenance.link` plans it: its site and article, its row, the
        names it gives sites, its statements, the outlets they credit and the links they state."""
        db = self._db
        # Looked up first: a content hash already stored makes the document write nothing (inside
        # a batch there is no savepoint of its own to undo its writes with).
        if db.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone():
            raise _AlreadyStored(digest)
        state = self._alias_state()
        learned = state.version
        plan = self._plan(doc, found, article_id, claims)
        if plan.site is not None:
            self._outlet(plan.site)
            self._site(plan.site.id)
        article = self._upsert_real_article(plan.article)
        for url in plan.own_urls:
            db.execute(
                "INSERT OR IGNORE INTO article_urls (key_hash, url, article) VALUES (?, ?, ?)",
                (key_hash(url), url, article),
            )
        cursor = db.execute(
            "INSERT INTO documents (content_hash, source, item, kind, url, title, published, article, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                digest,
                doc.source,
                doc.item,
                doc.kind,
                doc.url,
                plan.article.title,
                doc.published,
                article,
                _now(),
            ),
        )
        document_id = cursor.lastrowid
        if claims and document_id is not None:
            self._learn(claims, document_id)
        if state.version != learned:  # its site, or the names it gives, may be those it credits
            plan = self._plan(doc, found, article_id, claims)
        ids = [self._insert_attribution(document_id, a) for a in plan.statements]
        for outlet in plan.outlets:
            self._outlet((self.outlet(outlet.id) or outlet) if outlet.id in plan.aliased else outlet)
        self._link_chain(article, plan, ids)
        if self.reuse and document_id is not None:
            credited = frozenset(
                a.outlet_id
                for a in plan.statements
                if a.relation is not Relation.IMAGE_CREDIT and not a.self_credit
            )
            from provenance.reuse import DocRef

            self._link_reuse(DocRef(document_id, plan.article.outlet_id, doc.published), doc, credited)

    def _plan(
        self, doc: Document, found: list[Attribution], article_id: str, claims: Sequence[AliasClaim]
    ) -> Plan:
        return plan_document(
            doc,
            found,
            key=article_id,
            claims=claims,
            registry=self.registry,
            aliases=self._alias_state().targets,
        )

    def _insert_attribution(self, document_id: int | None, a: Attribution) -> int | None:
        ev = a.evidence
        cursor = self._db.execute(
            "INSERT INTO attributions (document_id, relation, outlet, outlet_id, url, title, confidence, layer, "
            "self_credit, evidence_text, evidence_start, evidence_end, method, location) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                a.relation.value,
                a.outlet,
                a.outlet_id,
                a.url,
                a.title,
                a.confidence,
                a.layer,
                int(a.self_credit),
                ev.text,
                ev.start,
                ev.end,
                ev.method,
                ev.location.value,
            ),
        )
        return cursor.lastrowid

    # ------------------------------------------------------------------ text reuse

    @property
    def reuse_index(self) -> ReuseIndex:
        """The index of the documents' fingerprints (see `provenance.reuse`)."""
        if self._reuse_index is None:
            from provenance.reuse import ReuseIndex

            self._reuse_index = ReuseIndex(self._db)
        return self._reuse_index

    def _link_reuse(self, me: DocRef, doc: Document, credited: frozenset[str]) -> None:
        """Index a new document's text; each earlier document it shares text with becomes a reuse
        edge (see `reuse_direction`), and a copy whose direction is known a republication link
        with its own evidence, unless its text came from a better source
        (`provenance.reuse.select_copies`)."""
        from provenance.reuse import orient, select_copies

        found = self.reuse_index.index(
            me.doc_id, doc.text, outlet_id=me.outlet_id, published=me.published, title=doc.title
        )
        decided = []
        for candidate in found:
            theirs = self.credited_outlets(candidate.doc_id)
            edge, direction = reuse_direction(orient(me, candidate), me.doc_id, credited, theirs)
            decided.append((candidate, edge, direction))
        linked = select_copies(me.doc_id, [(c, e) for c, e, _ in decided])
        for candidate, edge, direction in decided:
            self._write_reuse(edge, direction, link=candidate.doc_id in linked)

    def credited_outlets(self, document_id: int) -> frozenset[str]:
        """The outlets a document's own statements credit (picture credits, self-credits and what
        text reuse found aside)."""
        rows = self._db.execute(
            "SELECT outlet_id FROM attributions WHERE document_id = ? AND self_credit = 0 AND relation != ? "
            "AND method != ?",
            (document_id, Relation.IMAGE_CREDIT.value, REUSE_METHOD),
        )
        return frozenset(row[0] for row in rows)

    def _explained(self, source: int, copy: int) -> bool:
        """True when statements already lead from ``source`` to ``copy`` through other articles
        (the copy of a copy shares the original's text): a reuse link would only short-cut the
        chain. A direct link is not explained away: the reuse evidence adds to it."""
        if self._db.execute(
            "SELECT 1 FROM links WHERE src = ? AND dst = ? AND kind = ? LIMIT 1", (source, copy, REPUBLISHED)
        ).fetchone():
            return False
        return source in self._walk(copy, "dst", "src", 16)

    def _write_reuse(self, edge: ReuseEdge, direction: str, *, link: bool) -> None:
        db = self._db
        rows = {
            row[0]: (row[1], row[2])
            for row in db.execute(
                "SELECT d.id, d.article, a.id FROM documents d JOIN articles a ON a.n = d.article WHERE d.id IN (?, ?)",
                (edge.source, edge.target),
            )
        }
        if edge.source not in rows or edge.target not in rows or rows[edge.source][0] == rows[edge.target][0]:
            return  # two documents of one article (the same page fetched twice) share their text
        (source_n, source_article), (copy_n, _) = rows[edge.source], rows[edge.target]
        attribution_id = None
        # A copy (most of one text is the other's, edited or not) is a republication, and a link
        # the graph follows; a shared passage (a quotation, a paragraph taken into another story)
        # is reuse, kept and flagged.
        if link and edge.direction_known and edge.copy and not self._explained(source_n, copy_n):
            source = self.article(source_article)
            outlet_id = edge.source_outlet or (source.outlet_id if source else None) or "unknown"
            outlet = self.outlet(outlet_id)
            evidence = (
                f"text shared with {source_article} ({_reuse_figures(edge)}; direction from the {direction})"
            )
            cursor = db.execute(
                "INSERT INTO attributions (document_id, relation, outlet, outlet_id, url, title, confidence, layer, "
                "self_credit, evidence_text, evidence_start, evidence_end, method, location) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, 0, 0, ?, ?)",
                (
                    edge.target,
                    Relation.REPUBLISHED_FROM.value,
                    outlet.name if outlet is not None else outlet_id,
                    outlet_id,
                    source.url if source else None,
                    source.title if source else None,
                    edge.weight,
                    evidence,
                    REUSE_METHOD,
                    Location.BODY.value,
                ),
            )
            attribution_id = cursor.lastrowid
            db.execute(
                "INSERT INTO links (src, dst, kind, attribution_id, weight) VALUES (?, ?, ?, ?, ?)",
                (source_n, copy_n, REPUBLISHED, attribution_id, edge.weight),
            )
        db.execute(
            "INSERT OR IGNORE INTO reuse_edges (source_document, target_document, kind, jaccard, similarity, "
            "weight, direction, lag_seconds, attribution_id, source_covered, target_covered, edit_rate, "
            "same_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                edge.source,
                edge.target,
                edge.kind.value,
                edge.jaccard,
                edge.similarity,
                edge.weight,
                direction,
                edge.lag_seconds,
                attribution_id,
                edge.source_covered,
                edge.target_covered,
                edge.edit_rate,
                int(edge.same_title),
            ),
        )

    def _outlet(self, outlet: Outlet) -> None:
        # An outlet first met as a site ("harborledger.com") takes the name a statement gives it
        # ("Harbor Ledger") when one comes; a known outlet keeps the registry's name.
        # An outlet first met in a credit (no domain) takes the domains of its site when a page of
        # it comes.
        written = self._outlets_written.get(outlet.id)
        if written is not None and (written[1] or not outlet.domains) and (written[0] or not _named(outlet)):
            return
        named, sited = _named(outlet), bool(outlet.domains)
        self._outlets_written[outlet.id] = (
            named or bool(written and written[0]),
            sited or bool(written and written[1]),
        )
        self._db.execute(
            "INSERT INTO outlets (id, name, kind, domains) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
            "SET name = CASE WHEN outlets.kind = 'unknown' AND ? AND outlets.name LIKE '%.%' "
            "THEN excluded.name ELSE outlets.name END, "
            "domains = CASE WHEN outlets.domains = '[]' THEN excluded.domains ELSE outlets.domains END",
            (outlet.id, outlet.name, outlet.kind.value, json.dumps(list(outlet.domains)), named),
        )

    def _upsert_real_article(self, article: OwnArticle) -> int:
        """Write what a document says of its article; returns the article's number (``n``)."""
        db = self._db
        hashed = key_hash(article.title_key)
        # url, title, title_key, title_hash, outlet_id, published, published_source: what this document says
        said = (
            article.url,
            article.title,
            article.title_key,
            hashed,
            article.outlet_id,
            article.published,
            article.published_source,
        )
        hashed_id = key_hash(article.key)
        row = self._article_row(hashed_id, article.key)
        if row is None:
            cursor = db.execute(
                "INSERT INTO articles (id, key_hash, url, title, title_key, title_hash, outlet_id, published, "
                "published_source, inferred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (article.key, hashed_id, *said),
            )
            n = int(cursor.lastrowid or 0)
        else:
            n, inferred = row
            if inferred:
                self._record_merge(article.key, article.key, "url")
            db.execute(
                "UPDATE articles SET inferred = 0, url = coalesce(?, url), title = coalesce(?, title), "
                "title_key = coalesce(?, title_key), title_hash = coalesce(?, title_hash), "
                "outlet_id = coalesce(?, outlet_id), published = coalesce(published, ?), "
                "published_source = coalesce(published_source, ?) WHERE n = ?",
                (*said, n),
            )
        if article.outlet_id and article.title_key:
            # An article only a statement named so far (same outlet, same title) is this one.
            for inferred_n, inferred_id in db.execute(
                "SELECT n, id FROM articles WHERE outlet_id = ? AND title_hash = ? AND title_key = ? "
                "AND inferred = 1 AND n != ?",
                (article.outlet_id, hashed, article.title_key, n),
            ).fetchall():
                self._merge(inferred_n, inferred_id, n, article.key, "title")
        return n

    def _merge(self, inferred_n: int, inferred_id: str, n: int, article_id: str, reason: str) -> None:
        db = self._db
        db.execute("UPDATE links SET src = ? WHERE src = ?", (n, inferred_n))
        db.execute("UPDATE links SET dst = ? WHERE dst = ?", (n, inferred_n))
        # An edge from the article to itself (a copy that credited its own source twice) goes.
        db.execute("DELETE FROM links WHERE src = ? AND dst = ?", (n, n))
        db.execute("DELETE FROM articles WHERE n = ?", (inferred_n,))
        self._record_merge(inferred_id, article_id, reason)

    def _record_merge(self, inferred_id: str, article_id: str, reason: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO merges (inferred_id, article_id, reason, merged_at) VALUES (?, ?, ?, ?)",
            (inferred_id, article_id, reason, _now()),
        )

    def _inferred_article(self, article_id: str, url: str | None, title: str | None, outlet_id: str) -> int:
        """The number of the article of this key, written as inferred unless the store has it."""
        hashed_id = key_hash(article_id)
        row = self._article_row(hashed_id, article_id)
        if row is not None:
            return row[0]
        key = title_key(title) if title else None
        cursor = self._db.execute(
            "INSERT INTO articles (id, key_hash, url, title, title_key, title_hash, outlet_id, inferred) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
            (article_id, hashed_id, url, title, key, key_hash(key), outlet_id),
        )
        return int(cursor.lastrowid or 0)

    def _number(self, article_id: str) -> int | None:
        """The number (``n``) of the article with this key, if the store has it."""
        row = self._article_row(key_hash(article_id), article_id)
        return row[0] if row is not None else None

    def _article_row(self, hashed_id: int, article_id: str) -> tuple[int, bool] | None:
        """The number of the article with this key and whether it is inferred, if the store has
        it (the store finds an article by the hash of its key, ``hashed_id``: see `key_hash`)."""
        row = self._db.execute(
            "SELECT n, inferred FROM articles WHERE key_hash = ? AND id = ?", (hashed_id, article_id)
        ).fetchone()
        return (int(row[0]), bool(row[1])) if row is not None else None

    def _reference(self, ref: Reference) -> int:
        """The number of the article a republication statement names: the outlet's real article
        of that title (of several, the last one published before the copy), or the article of
        the reference's key, written as inferred unless the store has it."""
        if ref.by_title:
            real = self._db.execute(
                "SELECT n FROM articles WHERE outlet_id = ? AND title_hash = ? AND title_key = ? AND inferred = 0 "
                "ORDER BY (published IS NOT NULL AND ? IS NOT NULL AND published <= ?) DESC, published DESC LIMIT 1",
                (ref.outlet_id, key_hash(ref.title_key), ref.title_key, ref.published, ref.published),
            ).fetchone()
            if real is not None:
                return int(real[0])
        return self._inferred_article(ref.key, ref.url, ref.title, ref.outlet_id)

    def _link_chain(self, copy: int, plan: Plan, ids: Sequence[int | None]) -> None:
        """Write the edges a document's statements state (see `provenance.link`): ``copy`` is
        the number of its article, ``ids`` those of its statements."""
        numbers = [self._reference(ref) for ref in plan.references]
        self._db.executemany(
            "INSERT INTO links (src, dst, outlet_id, kind, attribution_id, weight) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (edge.src, edge.dst, edge.outlet_id, edge.kind, ids[edge.statement], edge.weight)
                for edge in plan.edges(numbers, copy)
            ],
        )

    # ------------------------------------------------------------------ outlet aliases

    def _alias_state(self) -> _AliasState:
        """The learned aliases in memory: read from the store once, then kept up to date."""
        if self._aliases is None:
            state = _AliasState()
            for key, outlet_id, method, documents in self._db.execute(
                "SELECT key, outlet_id, method, documents FROM outlet_aliases"
            ):
                state.counts.setdefault(key, {}).setdefault(outlet_id, {})[method] = documents
            state.sites.update(
                row[0]
                for row in self._db.execute(
                    "SELECT id FROM outlets WHERE domains != '[]' "
                    "UNION SELECT DISTINCT outlet_id FROM articles WHERE inferred = 0 AND outlet_id IS NOT NULL"
                )
            )
            for key in state.counts:
                state.retarget(key, self.registry)
            self._aliases = state
        return self._aliases

    def _learn(self, claims: Sequence[AliasClaim], document_id: int) -> None:
        """Count what a document says of the names of sites; a name that comes to stand for one
        site alone takes the placeholder outlet of that name (and its articles) into the site's."""
        state = self._alias_state()
        for claim, key, owner in self._counted_claims(claims):
            self._outlet(owner)
            self._site(owner.id)
            self._db.execute(
                "INSERT INTO outlet_aliases (key, outlet_id, method, name, host, documents, first_document, "
                "last_document, evidence) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (key, outlet_id, method) "
                "DO UPDATE SET documents = documents + 1, last_document = excluded.last_document",
                (
                    key,
                    owner.id,
                    claim.method,
                    claim.name,
                    claim.host,
                    document_id,
                    document_id,
                    claim.evidence,
                ),
            )
            target, names_site = state.count(key, owner.id, claim.method, self.registry)
            if names_site:
                self._db.execute(
                    "UPDATE outlets SET name = ? WHERE id = ? AND kind = 'unknown' AND name LIKE '%.%'",
                    (claim.name, owner.id),
                )
            if target is not None:
                self._merge_outlet(key, target, claim.method)

    def _counted_claims(self, claims: Sequence[AliasClaim]) -> Iterator[tuple[AliasClaim, str, Outlet]]:
        """The claims of a document that are counted, each with its name's key and the site's
        outlet: not a name of no letters, nor one the registry keeps for another outlet. (The
        bulk load counts the same claims.)"""
        for claim in claims:
            key = alias_key(claim.name)
            owner = self.registry.resolve(claim.host)
            if key and not self.registry.forbids(claim.name, owner.id):
                yield claim, key, owner

    def _site(self, outlet_id: str) -> None:
        """Note that ``outlet_id`` is a site's (pages of its own were read): a name that it is the
        key of and that another site claims is a conflict."""
        state = self._alias_state()
        if outlet_id not in state.sites:
            state.sites.add(outlet_id)
            if outlet_id in state.counts:
                state.retarget(outlet_id, self.registry)

    def _merge_outlet(self, placeholder: str, outlet_id: str, method: str) -> None:
        """Merge the outlet only credits named (``placeholder``, the key of a name now learned as
        ``outlet_id``'s) into that one: its articles, statements and credits move, its inferred
        articles merge into the real ones of the same title, and `merges` records it."""
        db = self._db
        if placeholder in self._alias_state().sites:
            return
        if db.execute("SELECT 1 FROM outlets WHERE id = ?", (placeholder,)).fetchone() is None:
            return  # no credit named it yet
        # A page of the outlet that credited the placeholder credited itself.
        own = [
            row[0]
            for row in db.execute(
                "SELECT s.id FROM attributions s JOIN documents d ON d.id = s.document_id "
                "JOIN articles a ON a.n = d.article WHERE s.outlet_id = ? AND s.self_credit = 0 "
                "AND a.outlet_id = ? AND a.inferred = 0",
                (placeholder, outlet_id),
            )
        ]
        for chunk in _chunks(own, 500):
            marks = ",".join("?" * len(chunk))
            db.execute(f"UPDATE attributions SET self_credit = 1 WHERE id IN ({marks})", chunk)
            db.execute(f"DELETE FROM links WHERE attribution_id IN ({marks})", chunk)
        db.execute("UPDATE attributions SET outlet_id = ? WHERE outlet_id = ?", (outlet_id, placeholder))
        db.execute("UPDATE links SET outlet_id = ? WHERE outlet_id = ?", (outlet_id, placeholder))
        db.execute("UPDATE articles SET outlet_id = ? WHERE outlet_id = ?", (outlet_id, placeholder))
        db.execute("DELETE FROM outlets WHERE id = ?", (placeholder,))
        self._outlets_written.pop(placeholder, None)
        done: set[int] = set()
        for inferred_n, inferred_id, n, article_id in db.execute(
            "SELECT i.n, i.id, r.n, r.id FROM articles i JOIN articles r ON r.outlet_id = i.outlet_id "
            "AND r.title_hash = i.title_hash AND r.title_key = i.title_key AND r.inferred = 0 "
            "WHERE i.outlet_id = ? AND i.inferred = 1 ORDER BY i.n, r.published DESC",
            (outlet_id,),
        ).fetchall():
            if inferred_n not in done:
                done.add(inferred_n)
                self._merge(inferred_n, inferred_id, n, article_id, "alias")
        self._record_merge(f"outlet:{placeholder}", f"outlet:{outlet_id}", f"alias:{method}")

    # ------------------------------------------------------------------ reading

    def article(self, article_id: str) -> Article | None:
        """The article with this key, if the store has it."""
        row = self._db.execute(
            _ARTICLE_SELECT + " WHERE key_hash = ? AND id = ?", (key_hash(article_id), article_id)
        ).fetchone()
        return _article(row) if row is not None else None

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """The articles with these keys (all of them when ``ids`` is None), in key order."""
        if ids is None:
            rows = self._db.execute(_ARTICLE_SELECT + " ORDER BY id").fetchall()
        else:
            wanted = set(ids)
            rows = []
            for chunk in _chunks(sorted({key_hash(key) for key in wanted}), 500):
                marks = ",".join("?" * len(chunk))
                found = self._db.execute(_ARTICLE_SELECT + f" WHERE key_hash IN ({marks})", chunk).fetchall()
                rows += [row for row in found if row[0] in wanted]
            rows.sort(key=lambda r: r[0])
        return [_article(row) for row in rows]

    def merged_into(self, article_id: str) -> str | None:
        """The article an inferred article was merged into, if it was."""
        row = self._db.execute(
            "SELECT article_id FROM merges WHERE inferred_id = ?", (article_id,)
        ).fetchone()
        return str(row[0]) if row is not None else None

    def find_articles(self, ref: str) -> list[Article]:
        """The articles a reference names: a URL, an article key, an ingested file's path, or title words."""
        db = self._db
        ref = ref.strip()
        candidates: list[str] = []
        url_key = normalize_url(ref) if "://" in ref or ref.startswith("www.") else None
        for key in (ref, url_key):
            if key and self._number(key) is not None:
                return [a for a in [self.article(key)] if a is not None]
            if key and (merged := self.merged_into(key)):
                return [a for a in [self.article(merged)] if a is not None]
        if url_key:
            # Another address the page gave itself (its canonical, its og:url).
            rows = db.execute(
                "SELECT a.id FROM article_urls u JOIN articles a ON a.n = u.article "
                "WHERE u.key_hash = ? AND u.url = ? ORDER BY a.n LIMIT 51",
                (key_hash(url_key), url_key),
            ).fetchall()
            if rows:
                return self.articles(r[0] for r in rows)
        # A file as it was named at ingest, or absolute; a JSON-lines file's records are "path:N";
        # a document read again from another path (the same content) is found by that one too.
        where = "source IN (?, ?) OR (source >= ? AND source < ?)"
        args = (ref, os.path.abspath(ref), ref + ":", ref + ";")
        rows = db.execute(
            "SELECT a.id FROM documents d JOIN articles a ON a.n = d.article "
            f"WHERE d.id IN (SELECT id FROM documents WHERE {where} "
            f"UNION SELECT document FROM document_sources WHERE {where}) ORDER BY d.id LIMIT 51",
            args + args,
        ).fetchall()
        candidates = list(dict.fromkeys(r[0] for r in rows))
        if not candidates and len(ref) >= 3:
            words = title_key(ref)
            if words:
                # The index of titles leads with the outlet: it is searched once for each outlet
                # (milliseconds on a store of a million articles, where a scan takes a second).
                rows = db.execute(
                    "SELECT id FROM articles WHERE title_hash = ? AND title_key = ? "
                    "AND (outlet_id IS NULL OR outlet_id IN (SELECT id FROM outlets)) ORDER BY inferred, id LIMIT 51",
                    (key_hash(words), words),
                ).fetchall()
                if not rows:
                    rows = db.execute(
                        "SELECT id FROM articles WHERE title_key LIKE ? ESCAPE '\\' ORDER BY inferred, id LIMIT 51",
                        ("%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
                    ).fetchall()
                candidates = [r[0] for r in rows]
        return self.articles(candidates)

    def documents(self, article_id: str) -> list[StoredDocument]:
        """The documents ingested for an article, oldest first."""
        rows = self._db.execute(
            "SELECT id, source, item, kind, url, title, ingested_at FROM documents WHERE article = ? ORDER BY id",
            (self._number(article_id),),
        ).fetchall()
        return [
            StoredDocument(number, source, item, kind, url, title, article_id, ingested_at)
            for number, source, item, kind, url, title, ingested_at in rows
        ]

    def statements(self, article_id: str) -> list[Attribution]:
        """Every statement read from the documents of an article."""
        rows = self._db.execute(
            _ATTRIBUTION_SELECT
            + " JOIN documents d ON d.id = a.document_id WHERE d.article = ? ORDER BY a.id",
            (self._number(article_id),),
        ).fetchall()
        return [_attribution(row[:-1]) for row in rows]

    def links_around(
        self, article_id: str, *, up: bool = True, down: bool = False, depth: int = 64
    ) -> list[Link]:
        """The links of an article's neighbourhood: its republication ancestors and/or descendants,
        with the credits they carry. Walked in SQL (a recursive query), not by loading the graph."""
        n = self._number(article_id)
        if n is None:
            return []
        ids: set[int] = {n}
        if up:
            ids |= self._walk(n, "dst", "src", depth)
        if down:
            ids |= self._walk(n, "src", "dst", depth)
        return self._links_of(ids)

    def _walk(self, start: int, here: str, there: str, depth: int) -> set[int]:
        rows = self._db.execute(
            f"WITH RECURSIVE walk(id, depth) AS (SELECT ?, 0 UNION "
            f"SELECT l.{there}, walk.depth + 1 FROM links l JOIN walk ON l.{here} = walk.id "
            f"WHERE l.kind = '{REPUBLISHED}' AND walk.depth < ?) SELECT DISTINCT id FROM walk",
            (start, depth),
        ).fetchall()
        return {r[0] for r in rows}

    def _links_of(self, ids: set[int]) -> list[Link]:
        links: list[Link] = []
        for chunk in _chunks(sorted(ids), 400):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                _LINK_SELECT + f" WHERE l.src IN ({marks}) OR l.dst IN ({marks}) ORDER BY a.id",
                chunk + chunk,
            ).fetchall()
            links += [Link(r[0], r[1], r[2], r[3], _attribution(r[4:-1]), r[-1]) for r in rows]
        unique = {
            (
                link.src,
                link.dst,
                link.kind,
                link.attribution.evidence.start,
                link.document_source,
                link.attribution.outlet_id,
            ): link
            for link in links
        }
        return list(unique.values())

    def all_links(self) -> Iterator[Link]:
        """Every link in the store, streamed."""
        cursor = self._db.execute(_LINK_SELECT + " ORDER BY a.id")
        for r in cursor:
            yield Link(r[0], r[1], r[2], r[3], _attribution(r[4:-1]), r[-1])

    def outlets(self) -> list[tuple[Outlet, int, int]]:
        """Every outlet the store knows, with its number of articles and of statements naming it."""
        # One pass over each table, counted by outlet (a count per outlet would scan the
        # statements once for each outlet: seconds on a large store).
        rows = self._db.execute(
            "SELECT o.id, o.name, o.kind, o.domains, coalesce(a.n, 0), coalesce(s.n, 0) FROM outlets o "
            "LEFT JOIN (SELECT outlet_id, count(*) AS n FROM articles GROUP BY outlet_id) a ON a.outlet_id = o.id "
            "LEFT JOIN (SELECT outlet_id, count(*) AS n FROM attributions WHERE self_credit = 0 GROUP BY outlet_id) s "
            "ON s.outlet_id = o.id ORDER BY o.id"
        ).fetchall()
        return [
            (Outlet(id=r[0], name=r[1], kind=OutletKind(r[2]), domains=tuple(json.loads(r[3]))), r[4], r[5])
            for r in rows
        ]

    def aliases(self, outlet_id: str | None = None) -> list[OutletAlias]:
        """The names documents gave outlets (of one outlet, or all), each with its evidence: how,
        from how many documents, the first and the last of them; by outlet, then most documents."""
        where, args = ("WHERE x.outlet_id = ?", (outlet_id,)) if outlet_id is not None else ("", ())
        rows = self._db.execute(
            "SELECT x.outlet_id, x.name, x.key, x.method, x.host, x.documents, f.source, l.source, x.evidence "
            "FROM outlet_aliases x JOIN documents f ON f.id = x.first_document "
            f"JOIN documents l ON l.id = x.last_document {where} "
            "ORDER BY x.outlet_id, x.documents DESC, x.key, x.method",
            args,
        ).fetchall()
        state = self._alias_state()
        return [
            OutletAlias(
                outlet_id=r[0],
                name=r[1],
                method=r[3],
                host=r[4],
                documents=r[5],
                first_source=r[6],
                last_source=r[7],
                evidence=r[8],
                usable=r[3] != "title-suffix" or r[5] >= 2,
                conflict=len(state.claimants(r[2])) > 1 or self._registry_claims(r[1], r[0]),
            )
            for r in rows
        ]

    def learned_outlet(self, name: str) -> str | None:
        """The id of the outlet a learned alias takes ``name`` to, if one does."""
        return alias_target(self._alias_state().targets, alias_key(name))

    def _registry_claims(self, name: str, outlet_id: str) -> bool:
        """True when the registry knows ``name`` as another outlet's."""
        known = self.registry.lookup(name)
        return known is not None and known.id != outlet_id

    def alias_conflicts(self) -> list[OutletAlias]:
        """The names that two outlets or more claim (or that the registry knows as another
        outlet's), with each claim's evidence: kept apart, never merged (see docs/outlets.md)."""
        return [alias for alias in self.aliases() if alias.conflict]

    def outlet_names(self) -> dict[str, list[tuple[str, int]]]:
        """Each outlet's learned names with their evidence (documents that gave each, by each
        method: a page that names its site in two tags counts twice), most first."""
        totals: dict[str, dict[str, int]] = {}
        for alias in self.aliases():
            names = totals.setdefault(alias.outlet_id, {})
            names[alias.name] = names.get(alias.name, 0) + alias.documents
        return {
            outlet_id: sorted(names.items(), key=lambda item: (-item[1], item[0]))
            for outlet_id, names in totals.items()
        }

    def outlet(self, outlet_id: str) -> Outlet | None:
        """One outlet the store knows, or the registry's."""
        row = self._db.execute(
            "SELECT id, name, kind, domains FROM outlets WHERE id = ?", (outlet_id,)
        ).fetchone()
        if row is None:
            return self.registry.get(outlet_id)
        return Outlet(id=row[0], name=row[1], kind=OutletKind(row[2]), domains=tuple(json.loads(row[3])))

    def stats(self) -> dict[str, int]:
        """Counts of what the store holds."""
        db = self._db
        counts = {
            "documents": "SELECT count(*) FROM documents",
            "articles": "SELECT count(*) FROM articles WHERE inferred = 0",
            "inferred_articles": "SELECT count(*) FROM articles WHERE inferred = 1",
            "outlets": "SELECT count(*) FROM outlets",
            "attributions": "SELECT count(*) FROM attributions",
            "republication_links": f"SELECT count(*) FROM links WHERE kind = '{REPUBLISHED}'",
            "credit_links": f"SELECT count(*) FROM links WHERE kind = '{CREDITS}'",
            "merges": "SELECT count(*) FROM merges",
        }
        out = {name: int(db.execute(sql).fetchone()[0]) for name, sql in counts.items()}
        out["schema_version"] = self.version
        return out

    def integrity_check(self) -> str:
        """SQLite's own check of the file: ``ok`` when sound."""
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])


_ARTICLE_SELECT = "SELECT id, url, title, outlet_id, published, published_source, inferred FROM articles"
_ATTRIBUTION_COLUMNS = (
    "a.relation, a.outlet, a.outlet_id, a.url, a.title, a.confidence, a.layer, a.self_credit, "
    "a.evidence_text, a.evidence_start, a.evidence_end, a.method, a.location"
)
_ATTRIBUTION_SELECT = "SELECT " + _ATTRIBUTION_COLUMNS + ", a.id FROM attributions a"
# A link with the keys it joins (a republication's copy, or a credit's outlet), its statement and
# the source of the document that statement was read from.
_LINK_SELECT = (
    "SELECT s.id, coalesce(t.id, l.outlet_id), l.kind, l.weight, " + _ATTRIBUTION_COLUMNS + ", d.source "
    "FROM links l JOIN articles s ON s.n = l.src LEFT JOIN articles t ON t.n = l.dst "
    "JOIN attributions a ON a.id = l.attribution_id JOIN documents d ON d.id = a.document_id"
)


def _reuse_figures(edge: ReuseEdge) -> str:
    """What a reuse link's evidence says of the shared text."""
    if edge.target_covered is None or edge.source_covered is None or edge.edit_rate is None:
        return f"Jaccard {edge.jaccard:.2f}, similarity {edge.similarity:.2f}"
    said = (
        f"{edge.target_covered:.0%} of the copy and {edge.source_covered:.0%} of the source aligned, "
        f"{edge.edit_rate:.0%} of words edited"
    )
    return said + ", same title" if edge.same_title else said


def _article(row: Sequence[object]) -> Article:
    return Article(
        id=str(row[0]),
        url=_opt(row[1]),
        title=_opt(row[2]),
        outlet_id=_opt(row[3]),
        published=_opt(row[4]),
        published_source=_opt(row[5]),
        inferred=bool(row[6]),
    )


def _attribution(row: Sequence[object]) -> Attribution:
    return Attribution(
        relation=Relation(str(row[0])),
        outlet=str(row[1]),
        outlet_id=str(row[2]),
        url=_opt(row[3]),
        title=_opt(row[4]),
        confidence=float(str(row[5])),
        layer=int(str(row[6])) if row[6] is not None else None,
        self_credit=bool(row[7]),
        evidence=Evidence(
            text=str(row[8]),
            start=int(str(row[9])),
            end=int(str(row[10])),
            method=str(row[11]),
            location=Location(str(row[12])),
        ),
    )


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _chunks(items: list[_T], size: int) -> Iterator[list[_T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
