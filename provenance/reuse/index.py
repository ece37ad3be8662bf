"""The reuse index: fingerprints kept in SQLite, updated one document at a time, queried by LSH.

`REUSE_SCHEMA` creates its tables; `ReuseIndex` wraps an open connection (the caller owns the
transactions: nothing here commits) and offers `~ReuseIndex.fingerprint` (the text, less the
outlet's boilerplate lines), `~ReuseIndex.add`, `~ReuseIndex.query` and `~ReuseIndex.index`
(query, then add, with one look-up).

Tables:

``reuse_settings``
    The fingerprint fields the index was built with; a `ReuseIndex` with other values is refused.
``reuse_documents``
    One row per document: outlet, publication date, sizes and the signature (little-endian
    ``uint32`` x ``num_perm``, 512 bytes).
``reuse_postings``
    The keys of each document: its ``bands`` LSH band keys (two documents that share one are
    Jaccard candidates) and its winnowed anchors (containment candidates), each by its top 32 bits. A key keeps at most
    ``max_anchor_docs`` documents, the first indexed; an anchor that would get more is common: its
    postings give way to one row with document id -1, and queries ignore it.
``reuse_lines``
    For each outlet, how many of its documents carry a line (by hash, digits folded): the
    boilerplate counts.
``reuse_texts``
    The words of each document (`Fingerprint.tokens`, one character each as `token_text` folds
    them, in UTF-16: 2 bytes a word) and its normalised title,
    to align a candidate pair (`provenance.reuse.alignment`). A store made before it existed has
    documents without a row: their pairs are decided on the sketches alone, as before.

>>> import sqlite3
>>> conn = sqlite3.connect(":memory:")
>>> _ = conn.executescript(REUSE_SCHEMA)
>>> index = ReuseIndex(conn)
>>> body = " ".join(f"word{i}" for i in range(200))
>>> index.index(1, body, outlet_id="harbor", published="2024-03-01")
[]
>>> [(c.doc_id, c.kind.value, c.jaccard > 0.95) for c in index.index(2, body + " extra", outlet_id="valley")]
[(1, 'near_copy', True)]
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

import numpy as np
from rapidfuzz.distance import Indel

from provenance._exceptions import StoreError
from provenance.reuse.alignment import Alignment, align, token_text
from provenance.reuse.config import DEFAULT_CONFIG, ReuseConfig
from provenance.reuse.sketch import I64, U32, U64, Fingerprint, fingerprint, jaccard_estimate, powers, words

__all__ = [
    "REUSE_SCHEMA",
    "Candidate",
    "IndexedDocument",
    "ReuseIndex",
    "ReuseKind",
    "normalise_published",
    "title_key",
]

log = logging.getLogger(__name__)

REUSE_SCHEMA = (
    """
CREATE TABLE reuse_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE reuse_documents (
    doc_id INTEGER PRIMARY KEY,
    outlet_id TEXT,
    published TEXT,
    shingles INTEGER NOT NULL,
    anchors INTEGER NOT NULL,
    signature BLOB NOT NULL
);
CREATE TABLE reuse_postings (
    key INTEGER NOT NULL,
    doc_id INTEGER NOT NULL,
    PRIMARY KEY (key, doc_id)
) WITHOUT ROWID;
CREATE TABLE reuse_lines (
    outlet_id TEXT NOT NULL,
    hash INTEGER NOT NULL,
    docs INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, hash)
) WITHOUT ROWID;
"""
    + """
CREATE TABLE IF NOT EXISTS reuse_texts (
    doc_id INTEGER PRIMARY KEY,
    title TEXT,
    tokens BLOB NOT NULL
);
"""
)

_COMMON = -1  # the document id that marks a common anchor
# How a pair that cannot be aligned is judged a partial copy, as before alignment came.
_SKETCH_CONTAINMENT = 0.3
_SKETCH_ANCHORS = 3
_TITLE_SIMILARITY = 0.9
_BAND_BASE = 0xD6E8FEB86659FD93
_MIX = np.uint64(0xFF51AFD7ED558CCD)


class ReuseKind(StrEnum):
    """What a candidate pair shares: nearly all of the text, or one part of it."""

    NEAR_COPY = "near_copy"
    PARTIAL = "partial"


@dataclass(frozen=True, slots=True)
class Candidate:
    """An indexed document that shares text with the queried one, and how much.

    ``jaccard`` is the MinHash estimate; ``shared`` the anchors both have; ``query_in_match`` the
    estimated share of the queried text found in this document, ``match_in_query`` the reverse.
    ``alignment`` aligns the queried text (``a``) with this document (``b``), when both have
    their words in the index (then ``query_in_match`` and ``match_in_query`` are the shares the
    spans cover, exact); ``copy`` says whether the pair is a copy, to be linked;
    ``same_title`` whether the two titles are the same once normalised, or nearly.
    """

    doc_id: int
    outlet_id: str | None
    published: str | None
    kind: ReuseKind
    jaccard: float
    query_in_match: float
    match_in_query: float
    shared: int
    alignment: Alignment | None = None
    copy: bool = False
    same_title: bool = False

    @property
    def containment(self) -> float:
        """The share of the shorter text found in the other: the larger containment."""
        return max(self.query_in_match, self.match_in_query)


@dataclass(frozen=True, slots=True, eq=False)
class IndexedDocument:
    """One document as the index keeps it."""

    doc_id: int
    outlet_id: str | None
    published: str | None
    shingles: int
    anchors: int
    signature: U32


@dataclass(slots=True)
class _Probe:
    """What the index holds under one fingerprint's band keys and anchors."""

    bands: list[int]  # the fingerprint's band keys, as stored
    anchors: list[int]  # its anchors, as stored
    band_docs: set[int]
    postings: dict[int, list[int]]  # key -> documents, for the band keys and the anchors not common
    common: set[int]  # anchors marked common
    shared: Counter[int]  # document -> anchors it shares with the fingerprint (common ones left out)


class ReuseIndex:
    """Fingerprints of documents in SQLite, and the pairs that share text.

    ``conn`` must hold the `REUSE_SCHEMA` tables. The caller owns transactions: the index writes
    in whatever transaction is open and never commits.
    """

    def __init__(self, conn: sqlite3.Connection, config: ReuseConfig = DEFAULT_CONFIG) -> None:
        self.conn = conn
        self.config = config
        self._check_settings()
        # An index made before words were kept has no such table: pairs are decided on sketches.
        self._texts = (
            conn.execute(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'reuse_texts'"
            ).fetchone()
            is not None
        )

    # ------------------------------------------------------------ public

    def fingerprint(self, text: str, outlet_id: str | None = None) -> Fingerprint:
        """Fingerprint ``text`` without the lines that are boilerplate for ``outlet_id`` so far."""
        if outlet_id is None:
            return fingerprint(text, self.config)
        return fingerprint(text, self.config, boilerplate=lambda lines: self._boilerplate(outlet_id, lines))

    def add(
        self,
        doc_id: int,
        fp: Fingerprint,
        *,
        outlet_id: str | None = None,
        published: str | datetime | date | None = None,
        title: str | None = None,
    ) -> bool:
        """Index a document's fingerprint; False (and nothing written) if ``doc_id`` is indexed."""
        return self._add(doc_id, fp, outlet_id, published, None, title=title)

    def query(
        self,
        fp: Fingerprint,
        *,
        outlet_id: str | None = None,
        exclude: int | None = None,
        title: str | None = None,
    ) -> list[Candidate]:
        """The indexed documents that share text with ``fp``: copies first (most shared words
        first), then the passages shared without being a copy.

        ``outlet_id`` is the queried document's outlet (pairs within one outlet are left out
        unless ``config.same_outlet``); ``exclude`` a document id to leave out (itself);
        ``title`` its title, compared with the candidates' titles.
        """
        if fp.shingles < self.config.min_shingles:
            return []
        return self._candidates(fp, self._probe(fp), outlet_id, exclude, title)

    def index(
        self,
        doc_id: int,
        text: str,
        *,
        outlet_id: str | None = None,
        published: str | datetime | date | None = None,
        title: str | None = None,
    ) -> list[Candidate]:
        """Fingerprint a document, find what it shares with the indexed ones, then index it.

        What ingest calls once per new document. A ``doc_id`` already indexed is looked up again
        (its candidates are returned) but not re-added.
        """
        if doc_id in self:
            fp = self.fingerprint(text, outlet_id)
            return self.query(fp, outlet_id=outlet_id, exclude=doc_id, title=title)
        if outlet_id is None:
            fp = fingerprint(text, self.config)
        else:  # count the lines now: one statement both counts them and says which are boilerplate
            fp = fingerprint(text, self.config, boilerplate=lambda lines: self._count_lines(outlet_id, lines))
        probe = self._probe(fp) if fp.shingles >= self.config.min_shingles else None
        found = [] if probe is None else self._candidates(fp, probe, outlet_id, doc_id, title)
        self._add(doc_id, fp, outlet_id, published, probe, lines_counted=True, title=title)
        return found

    def get(self, doc_id: int) -> IndexedDocument | None:
        """The indexed document ``doc_id``, or None."""
        row = self.conn.execute(
            "SELECT doc_id, outlet_id, published, shingles, anchors, signature FROM reuse_documents "
            "WHERE doc_id = ?",
            (doc_id,),
        ).fetchone()
        return None if row is None else _indexed(row)

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM reuse_documents").fetchone()[0])

    def __contains__(self, doc_id: object) -> bool:
        return (
            isinstance(doc_id, int)
            and self.conn.execute("SELECT 1 FROM reuse_documents WHERE doc_id = ?", (doc_id,)).fetchone()
            is not None
        )

    def boilerplate_lines(self, outlet_id: str) -> int:
        """How many distinct lines count as boilerplate for ``outlet_id`` now."""
        row = self.conn.execute(
            "SELECT count(*) FROM reuse_lines WHERE outlet_id = ? AND docs >= ?",
            (outlet_id, self.config.boilerplate_docs),
        ).fetchone()
        return int(row[0])

    # ------------------------------------------------------------ internals

    def _check_settings(self) -> None:
        wanted = self.config.fingerprint_settings()
        try:
            rows = dict(self.conn.execute("SELECT name, value FROM reuse_settings").fetchall())
        except sqlite3.OperationalError as exc:
            raise StoreError(f"the reuse index tables are missing ({exc}): apply REUSE_SCHEMA first") from exc
        if not rows:
            self.conn.executemany("INSERT INTO reuse_settings (name, value) VALUES (?, ?)", wanted.items())
            return
        differ = sorted(k for k in wanted if rows.get(k) != wanted[k])
        if differ:
            said = ", ".join(f"{k}={rows.get(k)} (asked {wanted[k]})" for k in differ)
            raise StoreError(f"the reuse index was built with other fingerprint settings: {said}")

    def _boilerplate(self, outlet_id: str, lines: I64) -> set[int]:
        return {
            row[0]
            for row in self.conn.execute(
                "SELECT hash FROM reuse_lines WHERE outlet_id = ? AND docs >= ? "
                "AND hash IN (SELECT value FROM json_each(?))",
                (outlet_id, self.config.boilerplate_docs, _json(lines.tolist())),
            )
        }

    def _count_lines(self, outlet_id: str, lines: I64) -> set[int]:
        """Count a new document's lines for its outlet; those seen in enough earlier documents."""
        rows = self.conn.execute(
            "INSERT INTO reuse_lines (outlet_id, hash, docs) SELECT ?, value, 1 FROM json_each(?) WHERE true "
            "ON CONFLICT (outlet_id, hash) DO UPDATE SET docs = docs + 1 RETURNING hash, docs",
            (outlet_id, _json(lines.tolist())),
        ).fetchall()
        return {h for h, docs in rows if docs - 1 >= self.config.boilerplate_docs}

    def _probe(self, fp: Fingerprint) -> _Probe:
        bands = _keys(band_keys(fp.signature, self.config))
        anchors = _keys(fp.anchors)
        postings: dict[int, list[int]] = {}
        for key, doc in self.conn.execute(
            "SELECT key, doc_id FROM reuse_postings WHERE key IN (SELECT value FROM json_each(?))",
            (_json(bands + anchors),),
        ):
            postings.setdefault(key, []).append(doc)
        band_docs: set[int] = set()
        common: set[int] = set()
        shared: Counter[int] = Counter()
        if postings:  # most documents share nothing: skip the bookkeeping
            bands_set = set(bands)
            for key, docs in postings.items():
                if key in bands_set:
                    band_docs.update(docs)
                elif docs[0] == _COMMON:
                    common.add(key)
                else:
                    shared.update(docs)
        return _Probe(bands, anchors, band_docs, postings, common, shared)

    def _candidates(
        self, fp: Fingerprint, probe: _Probe, outlet_id: str | None, exclude: int | None, title: str | None
    ) -> list[Candidate]:
        cfg = self.config
        shared = probe.shared
        wanted = probe.band_docs | {d for d, n in shared.items() if n >= cfg.min_shared_anchors}
        if exclude is not None:
            wanted.discard(exclude)
        if not wanted:
            return []
        rows = list(self._documents(wanted))
        mine = title_key(title)
        usable = len(fp.anchors) - len(probe.common)
        sketched: list[tuple[float, IndexedDocument, float, int, float, float]] = []
        for row in rows:
            if not cfg.same_outlet and outlet_id is not None and row.outlet_id == outlet_id:
                continue
            if row.shingles < cfg.min_shingles:
                continue
            j = round(jaccard_estimate(fp.signature, row.signature), 4)
            n = shared.get(row.doc_id, 0)
            if usable > 0 and row.anchors > 0 and n:
                q_in_m, m_in_q = min(1.0, n / usable), min(1.0, n / row.anchors)
            else:  # from Jaccard and the sizes: |A & B| = J (|A| + |B|) / (1 + J)
                both = j * (fp.shingles + row.shingles) / (1 + j)
                q_in_m, m_in_q = min(1.0, both / fp.shingles), min(1.0, both / row.shingles)
            sketched.append((max(j, q_in_m, m_in_q), row, j, n, q_in_m, m_in_q))
        # The closest candidates by their sketches are aligned; a text shared by more documents
        # than that (a viral story) is compared with the closest and earliest of them only.
        sketched.sort(key=lambda s: (-s[0], s[1].published is None, s[1].published or "", s[1].doc_id))
        del sketched[cfg.max_aligned :]
        texts = self._texts_of([s[1].doc_id for s in sketched]) if self._texts and len(fp.tokens) else {}
        tokens = token_text(fp.tokens)
        found: list[Candidate] = []
        for _, row, j, n, q_in_m, m_in_q in sketched:
            if row.doc_id in texts:
                their_title, their_tokens = texts[row.doc_id]
                candidate = self._aligned(row, j, n, tokens, their_tokens, _similar_titles(mine, their_title))
                if candidate is not None:
                    found.append(candidate)
                continue
            # Not aligned (indexed before words were kept): the sketches decide, as they used to.
            if j >= cfg.jaccard_threshold:
                kind = ReuseKind.NEAR_COPY
            elif n >= _SKETCH_ANCHORS and max(q_in_m, m_in_q) >= _SKETCH_CONTAINMENT:
                kind = ReuseKind.PARTIAL
            else:
                continue
            found.append(
                Candidate(
                    row.doc_id,
                    row.outlet_id,
                    row.published,
                    kind,
                    j,
                    round(q_in_m, 4),
                    round(m_in_q, 4),
                    n,
                    copy=kind is ReuseKind.NEAR_COPY,
                )
            )
        found.sort(key=_rank)
        return found

    def _aligned(
        self, row: IndexedDocument, j: float, n: int, mine: str, theirs: str, same_title: bool
    ) -> Candidate | None:
        """A candidate decided on the alignment of the two texts, or None if they share too little."""
        cfg = self.config
        found = align(mine, theirs, min_run=cfg.min_run, max_gap=cfg.max_gap, min_span=cfg.min_span)
        matched = found.matched
        if matched < min(cfg.min_copy_words, cfg.passage_words):
            return None
        covered = max(found.a_covered, found.b_covered)
        copy = matched >= cfg.min_copy_words and covered >= (
            cfg.title_coverage if same_title else cfg.copy_coverage
        )
        if copy and min(found.a_covered, found.b_covered) >= cfg.near_coverage:
            kind = ReuseKind.NEAR_COPY
        elif copy or matched >= cfg.passage_words:
            kind = ReuseKind.PARTIAL
        else:
            return None
        return Candidate(
            row.doc_id,
            row.outlet_id,
            row.published,
            kind,
            j,
            round(found.a_covered, 4),
            round(found.b_covered, 4),
            n,
            alignment=found,
            copy=copy,
            same_title=same_title,
        )

    def _texts_of(self, ids: Collection[int]) -> dict[int, tuple[str | None, str]]:
        return {
            doc: (title, blob.decode("utf-16-le"))
            for doc, title, blob in self.conn.execute(
                "SELECT doc_id, title, tokens FROM reuse_texts WHERE doc_id IN (SELECT value FROM json_each(?))",
                (_json(sorted(ids)),),
            )
        }

    def _documents(self, ids: Collection[int]) -> Iterator[IndexedDocument]:
        for row in self.conn.execute(
            "SELECT doc_id, outlet_id, published, shingles, anchors, signature FROM reuse_documents "
            "WHERE doc_id IN (SELECT value FROM json_each(?)) ORDER BY doc_id",
            (_json(sorted(ids)),),
        ):
            yield _indexed(row)

    def _add(
        self,
        doc_id: int,
        fp: Fingerprint,
        outlet_id: str | None,
        published: str | datetime | date | None,
        probe: _Probe | None,
        *,
        lines_counted: bool = False,
        title: str | None = None,
    ) -> bool:
        cfg = self.config
        if len(fp.signature) != cfg.num_perm:
            raise ValueError(
                f"document {doc_id}: a signature of {len(fp.signature)} values, not {cfg.num_perm}"
            )
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO reuse_documents (doc_id, outlet_id, published, shingles, anchors, signature) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                outlet_id,
                normalise_published(published),
                fp.shingles,
                len(fp.anchors),
                fp.signature.astype("<u4").tobytes(),
            ),
        )
        if cur.rowcount == 0:
            return False
        if self._texts:
            self.conn.execute(
                "INSERT INTO reuse_texts (doc_id, title, tokens) VALUES (?, ?, ?)",
                (doc_id, title_key(title), token_text(fp.tokens).encode("utf-16-le")),
            )
        if outlet_id is not None and len(fp.lines) and not lines_counted:
            self._count_lines(outlet_id, fp.lines)
        if fp.shingles < cfg.min_shingles:
            return True
        if probe is None:
            probe = self._probe(fp)
        cap = cfg.max_anchor_docs
        postings = probe.postings
        stopped: list[int] = []
        if not postings:  # nothing indexed shares a key: the usual case
            fresh = probe.bands + probe.anchors
        else:
            fresh = [k for k in probe.bands if len(postings.get(k, ())) < cap]
            for anchor in probe.anchors:
                if anchor in probe.common:
                    continue
                if len(postings.get(anchor, ())) < cap:
                    fresh.append(anchor)
                else:
                    stopped.append(anchor)
        self.conn.execute(
            "INSERT OR IGNORE INTO reuse_postings (key, doc_id) SELECT value, ? FROM json_each(?)",
            (doc_id, _json(fresh)),
        )
        if stopped:  # common from now on: one marker row instead of the postings
            self.conn.executemany("DELETE FROM reuse_postings WHERE key = ?", ((a,) for a in stopped))
            self.conn.executemany(
                "INSERT INTO reuse_postings (key, doc_id) VALUES (?, ?)", ((a, _COMMON) for a in stopped)
            )
        return True


def title_key(title: str | None) -> str | None:
    """A title as titles are compared: its normalised words, or None for no title.

    >>> title_key("  China Rebuffs Pentagon Chief -- ZeroHedge's take!")
    'china rebuffs pentagon chief zerohedge s take'
    """
    if not title:
        return None
    return " ".join(words(title))[:300] or None


def _similar_titles(a: str | None, b: str | None) -> bool:
    """The same title, or nearly: an Indel similarity of 0.9 or more (a word changed in ten)."""
    if a is None or b is None:
        return False
    return a == b or Indel.normalized_similarity(a, b) >= _TITLE_SIMILARITY


def _rank(c: Candidate) -> tuple[bool, int, float, bool, str, int]:
    """Copies first, the one sharing most words first; among equals (a verbatim copy shares as
    much as its source does), one without a date first, since it may be the earliest, then the
    earliest published; pairs decided on sketches by their Jaccard estimate."""
    matched = c.alignment.matched if c.alignment is not None else 0
    jaccard = -c.jaccard if not matched else 0.0
    return (not c.copy, -matched, jaccard, c.published is not None, c.published or "", c.doc_id)


def band_keys(signature: U32, config: ReuseConfig = DEFAULT_CONFIG) -> I64:
    """One 64-bit key per LSH band of ``signature``: the band's number and values, hashed.

    >>> band_keys(np.zeros(128, dtype=np.uint32)).shape
    (16,)
    """
    rows = signature[: config.bands * config.rows].astype(np.uint64).reshape(config.bands, config.rows)
    keys: U64 = (
        rows @ powers(config.rows, _BAND_BASE) + np.arange(1, config.bands + 1, dtype=np.uint64) * _MIX
    )
    keys ^= keys >> np.uint64(33)
    keys *= _MIX
    keys ^= keys >> np.uint64(33)
    return keys.view(np.int64)


def normalise_published(value: str | datetime | date | None) -> str | None:
    """A publication date as the index keeps it: ISO 8601 in UTC, or a bare day; None if unreadable.

    >>> normalise_published("2024-03-01T12:30:00+02:00"), normalise_published("2024-03-01")
    ('2024-03-01T10:30:00+00:00', '2024-03-01')
    >>> normalise_published("last Tuesday") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        return value.isoformat()
    else:
        text = value.strip()
        try:
            if len(text) == 10:
                return date.fromisoformat(text).isoformat()
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            log.debug("unreadable publication date %r", value)
            return None
    if moment.tzinfo is None:  # a time without a zone is taken as UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _indexed(row: tuple[int, str | None, str | None, int, int, bytes]) -> IndexedDocument:
    doc_id, outlet_id, published, shingles, anchors, blob = row
    return IndexedDocument(
        doc_id, outlet_id, published, shingles, anchors, np.frombuffer(blob, dtype="<u4").astype(np.uint32)
    )


def _keys(values: I64) -> list[int]:
    """Keys as stored: the top 32 bits (4 bytes in a SQLite record instead of 8), without repeats.

    A chance collision of two keys costs a wasted look-up, not a false pair: candidates are
    judged on their signatures and on three shared anchors at the least.
    """
    return list(dict.fromkeys((values >> 32).tolist()))


def _json(values: list[int]) -> str:
    """Integers as a JSON array, to hand a list to SQLite as one parameter (``json_each``)."""
    return "[" + ",".join(map(str, values)) + "]"
