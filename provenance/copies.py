"""What the text itself says: the copies of an article that text reuse found, and the flags they raise.

An ingest with reuse detection (``provenance ingest --reuse``, ``Store(reuse=True)``) keeps a
`reuse edge <provenance.reuse.ReuseEdge>` for every pair of documents that share their text (see
docs/reuse.md). `copies` reads the edges of one article's documents and weighs each copy
against its own statements with `provenance.reuse.flag_copy`:

- ``unattributed_copy``: the text appeared earlier elsewhere, and the copy credits no outlet;
- ``credit_mismatch``: the copy credits an outlet, but the same text appeared earlier at
  another (laundering), unless the credited outlet's own version credits that one;
- ``partial_reuse``: a part of the text appeared earlier elsewhere;
- ``direction_unknown``: the two share their text but neither dates nor statements tell which
  came first.

Pairs whose shared text both credit to one outlet (two copies of one wire story) raise nothing:
their text came from that outlet, not from each other.

`outlet_copies` answers the syndication desk (``provenance audit OUTLET --copies``): every copy of
one outlet's articles found by text, with how it credits the outlet (a link, the name only,
another outlet, nobody), the share of the article it took and its edit rate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from provenance._exceptions import ReferenceNotFound
from provenance.models import Article, Relation
from provenance.reuse import DocRef, ReuseEdge, ReuseFlag, ReuseKind, flag_copy
from provenance.store import REUSE_METHOD, Store, key_hash

KNOWN_DIRECTIONS = frozenset({"dates", "statements", "credits", "containment"})
SHARED_SOURCE = "shared source"


@dataclass(frozen=True)
class Reuse:
    """One reuse edge with the articles at its ends and how its direction was decided."""

    edge: ReuseEdge
    direction: str  # dates | statements | credits | containment | unknown | shared source
    source: Article | None
    target: Article | None
    linked: bool  # the edge is a republication link of the graph (origin and paths follow it)


@dataclass(frozen=True)
class CopiesReport:
    """An article's reuse: where its text came from, who copied it, and what that raises."""

    article: Article
    sources: tuple[Reuse, ...]  # earlier texts this one shares (or whose order is unknown)
    copies: tuple[Reuse, ...]  # later texts that share this one
    flags: tuple[ReuseFlag, ...]


def reuse_edges(store: Store, document_ids: Sequence[int]) -> list[tuple[ReuseEdge, str, bool]]:
    """The reuse edges that touch these documents: (edge, how its direction was decided, linked)."""
    if not document_ids:
        return []
    marks = ",".join("?" * len(document_ids))
    rows = store._db.execute(
        "SELECT r.source_document, r.target_document, rs.outlet_id, rt.outlet_id, rs.published, rt.published, "
        "r.kind, r.jaccard, r.similarity, r.weight, r.direction, r.lag_seconds, r.attribution_id, "
        "r.source_covered, r.target_covered, r.edit_rate, r.same_title "
        "FROM reuse_edges r LEFT JOIN reuse_documents rs ON rs.doc_id = r.source_document "
        "LEFT JOIN reuse_documents rt ON rt.doc_id = r.target_document "
        f"WHERE r.source_document IN ({marks}) OR r.target_document IN ({marks}) "
        "ORDER BY r.weight DESC, r.source_document, r.target_document",
        [*document_ids, *document_ids],
    ).fetchall()
    return [
        (
            ReuseEdge(
                source=r[0],
                target=r[1],
                source_outlet=r[2],
                target_outlet=r[3],
                source_published=r[4],
                target_published=r[5],
                kind=ReuseKind(r[6]),
                jaccard=r[7],
                similarity=r[8],
                weight=r[9],
                direction_known=r[10] in KNOWN_DIRECTIONS,
                lag_seconds=r[11],
                reason=str(r[10]),
                copy=r[12] is not None,
                source_covered=r[13],
                target_covered=r[14],
                edit_rate=r[15],
                same_title=bool(r[16]),
            ),
            str(r[10]),
            r[12] is not None,
        )
        for r in rows
    ]


def flags_of(store: Store, document_ids: Iterable[int]) -> list[ReuseFlag]:
    """The flags each of these documents raises as a copy (see the module docstring)."""
    flags: list[ReuseFlag] = []
    for document_id in document_ids:
        edges = [edge for edge, how, _ in reuse_edges(store, [document_id]) if how != SHARED_SOURCE]
        if not edges:
            continue
        me = next(
            DocRef(document_id, e.target_outlet, e.target_published)
            if e.target == document_id
            else DocRef(document_id, e.source_outlet, e.source_published)
            for e in edges
        )
        sources = {e.source for e in edges if e.target == document_id}
        known = {source: store.credited_outlets(source) for source in sources}
        flags += flag_copy(me, store.credited_outlets(document_id), edges, known)
    return flags


def copies(store: Store, article_id: str) -> CopiesReport:
    """The reuse of one article's text (its documents' reuse edges) and the flags it raises.

    The article must be in the store (`Store.find_articles` turns a reference into one).
    """
    article = store.article(article_id)
    if article is None:
        raise ReferenceNotFound(article_id)
    ids = [
        int(row[0])
        for row in store._db.execute(
            "SELECT d.id FROM documents d JOIN articles a ON a.n = d.article WHERE a.key_hash = ? AND a.id = ? "
            "ORDER BY d.id",
            (key_hash(article_id), article_id),
        )
    ]
    mine = set(ids)
    found = reuse_edges(store, ids)
    documents = {e.source for e, _, _ in found} | {e.target for e, _, _ in found}
    articles = _articles_of(store, documents)
    sources, later = [], []
    for edge, how, linked in found:
        reuse = Reuse(edge, how, articles.get(edge.source), articles.get(edge.target), linked)
        if edge.target in mine and edge.source not in mine:
            sources.append(reuse)
        elif edge.source in mine and edge.target not in mine:
            later.append(reuse)
    return CopiesReport(article, tuple(sources), tuple(later), tuple(flags_of(store, ids)))


def _articles_of(store: Store, document_ids: Iterable[int]) -> dict[int, Article]:
    ids = sorted(document_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = store._db.execute(
        f"SELECT d.id, a.id FROM documents d JOIN articles a ON a.n = d.article WHERE d.id IN ({marks})", ids
    ).fetchall()
    by_id = {a.id: a for a in store.articles({row[1] for row in rows})}
    return {row[0]: by_id[row[1]] for row in rows if row[1] in by_id}


def flags_of_outlet(store: Store, outlet_id: str) -> list[tuple[str, ReuseFlag]]:
    """The flags the documents of one outlet's articles raise as copies: (article id, flag)."""
    rows = store._db.execute(
        "SELECT d.id, a.id FROM documents d JOIN articles a ON a.n = d.article "
        "WHERE a.outlet_id = ? AND (d.id IN (SELECT target_document FROM reuse_edges) "
        "OR d.id IN (SELECT source_document FROM reuse_edges WHERE direction = 'unknown')) ORDER BY d.id",
        (outlet_id,),
    ).fetchall()
    return [
        (str(article_id), flag) for document_id, article_id in rows for flag in flags_of(store, [document_id])
    ]


@dataclass(frozen=True)
class OutletCopy:
    """One copy of an outlet's article that text reuse found, and how the copy credits the outlet.

    ``credit`` is ``link`` (a statement names the outlet with the article's or another URL of
    it), ``name`` (names the outlet without a URL), ``other`` (credits other outlets only:
    ``credited`` names them) or ``none``. ``taken`` is the share of the article's words found in
    the copy, ``copy_share`` the share of the copy's words that came from it, ``edit_rate`` the
    share of the aligned words changed (None for pairs decided before alignment existed).
    """

    article: Article
    copy: Article
    credit: str
    credited: tuple[str, ...]
    kind: str
    taken: float | None
    copy_share: float | None
    edit_rate: float | None
    direction: str
    linked: bool
    lag_hours: float | None


def outlet_copies(store: Store, outlet_id: str) -> list[OutletCopy]:
    """Every copy of ``outlet_id``'s articles found by text, and whether it credits the outlet.

    The syndication desk's question: who took our story, and did they say so? Pairs whose
    direction is unknown, and pairs that credit one source in common (two copies of one wire
    story), are left out. Most taken first.
    """
    rows = store._db.execute(
        "SELECT r.source_document, r.target_document, r.kind, r.direction, r.lag_seconds, r.attribution_id, "
        "r.source_covered, r.target_covered, r.edit_rate, r.similarity "
        "FROM documents d JOIN articles a ON a.n = d.article "
        "JOIN reuse_edges r ON r.source_document = d.id "
        "JOIN documents dt ON dt.id = r.target_document JOIN articles at ON at.n = dt.article "
        "WHERE a.outlet_id = ? AND at.outlet_id IS NOT ? AND at.n != a.n ORDER BY r.source_document, r.target_document",
        (outlet_id, outlet_id),
    ).fetchall()
    rows = [r for r in rows if r[3] in KNOWN_DIRECTIONS]
    articles = _articles_of(store, {r[0] for r in rows} | {r[1] for r in rows})
    found: list[OutletCopy] = []
    for source, target, kind, direction, lag, attribution, taken, share, edits, similarity in rows:
        if source not in articles or target not in articles:
            continue
        credit, others = _credit_of(store, target, outlet_id)
        found.append(
            OutletCopy(
                article=articles[source],
                copy=articles[target],
                credit=credit,
                credited=others,
                kind=str(kind),
                taken=taken if taken is not None else similarity,
                copy_share=share,
                edit_rate=edits,
                direction=str(direction),
                linked=attribution is not None,
                lag_hours=None if lag is None else round(lag / 3600, 2),
            )
        )
    found.sort(key=lambda c: (-(c.taken or 0.0), c.article.id, c.copy.id))
    return found


def _credit_of(store: Store, document_id: int, outlet_id: str) -> tuple[str, tuple[str, ...]]:
    """How a document's own statements credit ``outlet_id``: link, name, other or none."""
    rows = store._db.execute(
        "SELECT outlet_id, url FROM attributions WHERE document_id = ? AND self_credit = 0 AND relation != ? "
        "AND method != ?",
        (document_id, Relation.IMAGE_CREDIT.value, REUSE_METHOD),
    ).fetchall()
    mine = [url for outlet, url in rows if outlet == outlet_id]
    others = tuple(sorted({outlet for outlet, _ in rows if outlet != outlet_id}))
    if any(mine):
        return "link", others
    if mine:
        return "name", others
    return ("other" if others else "none"), others
