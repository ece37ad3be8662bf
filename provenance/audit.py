"""Audits of outlets: which outlets copy which, how much and how fast, and one outlet's record.

The measures are computed from a small set of facts: every article with its outlet and date, and
every republication edge (source article -> copy). Those facts are read from the store in SQL
(`overlap`, `audit`, `outlet_flows`: fast on a store of millions of links) or from a graph (the
``*_of_graph`` functions, for a neighbourhood already loaded).

Definitions (docs/audit.md explains how to read them):

- An article's *origins* are the articles upstream of it that nothing is said to have been copied
  from; an article nobody copied from is its own origin. Where claims go round in a cycle with no
  way out upstream (two outlets each claiming the other's article), the cycle counts as one origin,
  named by its smallest key.
- An outlet's *origin set* is the set of origins of its articles (seen or only named by a
  statement). Two outlets *share* an origin when both carried the same story.
- *Jaccard* of two outlets: shared origins / origins of either.
- *Directed copies* A -> B: republication edges whose source is an article of A and whose copy
  is an article of B (direct copies only, one per pair of articles).
- *Lag* of a copy: the copy's publication time minus its source's, where both are known; the
  median over the copies of a pair.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from itertools import combinations
from typing import TYPE_CHECKING

import networkx as nx

from provenance._exceptions import OutletNotFound
from provenance.graph import ARTICLE, CREDITS, OUTLET, REPUBLISHED, graph_around
from provenance.models import Article, Outlet, OutletKind, Relation

if TYPE_CHECKING:
    from provenance.store import Store

__all__ = [
    "ArticleFacts",
    "Facts",
    "OutletAudit",
    "OutletCount",
    "OutletNotFound",
    "OverlapPair",
    "audit",
    "audit_of_facts",
    "classify",
    "facts_of_graph",
    "facts_of_store",
    "find_outlet",
    "flows_graph",
    "neighbourhood",
    "outlet_flows",
    "overlap",
    "overlap_of_facts",
    "overlap_of_graph",
]

ORIGINAL = "original"
REPUBLISHED_CLASS = "republished"
WIRE = "wire"


# ---------------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What the audits need to know of one article."""

    outlet_id: str | None
    published: datetime | None
    inferred: bool


@dataclass
class Facts:
    """Articles, republication edges and credits: the input of every audit."""

    articles: dict[str, ArticleFacts]
    edges: dict[tuple[str, str], float]  # (source, copy) -> confidence
    credits: list[tuple[str, str, str]]  # (article, credited outlet, relation), one per statement
    outlets: dict[str, Outlet] = field(default_factory=dict)

    def outlet(self, outlet_id: str) -> Outlet:
        return self.outlets.get(outlet_id) or Outlet(id=outlet_id, name=outlet_id)


def parse_time(value: str | None) -> datetime | None:
    """A publication date as an aware datetime (a date alone is midnight UTC), or None.

    >>> parse_time("2024-05-03"), parse_time("2024-05-03T10:00:00+02:00").hour, parse_time("soon")
    (datetime.datetime(2024, 5, 3, 0, 0, tzinfo=datetime.timezone.utc), 10, None)
    """
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def facts_of_store(store: Store) -> Facts:
    """Read the facts of the whole store in three queries."""
    db: sqlite3.Connection = store._db
    keys: dict[int, str] = {}  # the links name articles by number
    articles: dict[str, ArticleFacts] = {}
    for n, key, outlet_id, published, inferred in db.execute(
        "SELECT n, id, outlet_id, published, inferred FROM articles"
    ):
        keys[n] = key
        articles[key] = ArticleFacts(outlet_id, parse_time(published), bool(inferred))
    edges: dict[tuple[str, str], float] = {}
    for src, dst, weight in db.execute(f"SELECT src, dst, weight FROM links WHERE kind = '{REPUBLISHED}'"):
        if src != dst:
            edge = (keys[src], keys[dst])
            edges[edge] = max(edges.get(edge, 0.0), float(weight))
    credits = [
        (keys[row[0]], row[1], row[2])
        for row in db.execute(
            "SELECT l.src, l.outlet_id, a.relation FROM links l JOIN attributions a ON a.id = l.attribution_id "
            f"WHERE l.kind = '{CREDITS}'"
        )
    ]
    outlets = {
        row[0]: Outlet(id=row[0], name=row[1], kind=OutletKind(row[2]), domains=tuple(json.loads(row[3])))
        for row in db.execute("SELECT id, name, kind, domains FROM outlets")
    }
    return Facts(articles, edges, credits, outlets)


def facts_of_graph(graph: nx.DiGraph) -> Facts:
    """The facts of a provenance graph (`provenance.graph.build_graph`)."""
    articles: dict[str, ArticleFacts] = {}
    outlets: dict[str, Outlet] = {}
    for node, data in graph.nodes(data=True):
        if node[0] == ARTICLE:
            a = data.get("article")
            if isinstance(a, Article):
                articles[node[1]] = ArticleFacts(a.outlet_id, parse_time(a.published), a.inferred)
            else:
                articles[node[1]] = ArticleFacts(None, None, True)
        elif node[0] == OUTLET and isinstance(data.get("outlet"), Outlet):
            outlets[node[1]] = data["outlet"]
    edges: dict[tuple[str, str], float] = {}
    credits: list[tuple[str, str, str]] = []
    for u, v, data in graph.edges(data=True):
        if data["kind"] == REPUBLISHED and u != v:
            edges[(u[1], v[1])] = float(data["confidence"])
        elif data["kind"] == CREDITS:
            credits += [(u[1], v[1], e.attribution.relation.value) for e in data["evidence"]]
    return Facts(articles, edges, credits, outlets)


# ---------------------------------------------------------------------- origins


def origins(facts: Facts) -> dict[str, frozenset[str]]:
    """Each article's origins (see the module docstring).

    >>> f = Facts({k: ArticleFacts(None, None, False) for k in "abcxy"},
    ...           {("a", "b"): 1.0, ("b", "c"): 1.0, ("x", "y"): 1.0, ("y", "x"): 1.0}, [])
    >>> {k: sorted(v) for k, v in sorted(origins(f).items())}
    {'a': ['a'], 'b': ['a'], 'c': ['a'], 'x': ['x'], 'y': ['x']}
    """
    graph = nx.DiGraph()
    graph.add_nodes_from(facts.articles)
    graph.add_edges_from(facts.edges)
    dag = nx.condensation(graph)
    members = dag.graph["mapping"]
    name = {c: min(data["members"]) for c, data in dag.nodes(data=True)}
    found: dict[int, frozenset[str]] = {}
    for component in nx.topological_sort(dag):
        sources = list(dag.predecessors(component))
        if not sources:
            found[component] = frozenset((name[component],))
        elif len(sources) == 1:
            found[component] = found[sources[0]]
        else:
            found[component] = frozenset().union(*(found[s] for s in sources))
    return {article: found[members[article]] for article in graph}


def classify(facts: Facts) -> dict[str, str]:
    """Each article's class: ``republished`` (it has a source), ``wire`` (no source, a wire credit),
    or ``original``."""
    copied = {dst for _, dst in facts.edges}
    wired = {article for article, _, relation in facts.credits if relation == Relation.WIRE_CREDIT.value}
    return {a: REPUBLISHED_CLASS if a in copied else WIRE if a in wired else ORIGINAL for a in facts.articles}


# ---------------------------------------------------------------------- overlap


@dataclass(frozen=True)
class OverlapPair:
    """Two outlets (``a`` < ``b``): the origins they share and the copies between them."""

    a: Outlet
    b: Outlet
    shared: int
    origins_a: int
    origins_b: int
    a_to_b: int
    b_to_a: int
    lag_a_to_b: float | None  # median, in hours
    lag_b_to_a: float | None

    @property
    def jaccard(self) -> float:
        union = self.origins_a + self.origins_b - self.shared
        return self.shared / union if union else 0.0


def _median_hours(seconds: list[float]) -> float | None:
    return statistics.median(seconds) / 3600 if seconds else None


def _copies(facts: Facts) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], list[float]]]:
    """Directed copies between outlets, and the lag of each dated one, in seconds."""
    counts: Counter[tuple[str, str]] = Counter()
    lags: dict[tuple[str, str], list[float]] = defaultdict(list)
    for src, dst in facts.edges:
        source, copy = facts.articles.get(src), facts.articles.get(dst)
        if source is None or copy is None or not source.outlet_id or not copy.outlet_id:
            continue
        pair = (source.outlet_id, copy.outlet_id)
        counts[pair] += 1
        if source.published is not None and copy.published is not None:
            lags[pair].append((copy.published - source.published).total_seconds())
    return counts, lags


def overlap_of_facts(facts: Facts, *, min_shared: int = 1, top: int | None = None) -> list[OverlapPair]:
    """Pairs of outlets that share at least ``min_shared`` origins, most shared first."""
    by_origin: dict[str, set[str]] = defaultdict(set)
    per_outlet: dict[str, set[str]] = defaultdict(set)
    for article, roots in origins(facts).items():
        outlet_id = facts.articles[article].outlet_id
        if outlet_id:
            per_outlet[outlet_id] |= roots
            for root in roots:
                by_origin[root].add(outlet_id)
    shared: Counter[tuple[str, str]] = Counter()
    for outlets in by_origin.values():
        if len(outlets) > 1:
            shared.update(combinations(sorted(outlets), 2))
    counts, lags = _copies(facts)
    pairs = [
        OverlapPair(
            facts.outlet(a),
            facts.outlet(b),
            n,
            len(per_outlet[a]),
            len(per_outlet[b]),
            counts[(a, b)],
            counts[(b, a)],
            _median_hours(lags.get((a, b), [])),
            _median_hours(lags.get((b, a), [])),
        )
        for (a, b), n in shared.items()
        if n >= min_shared
    ]
    pairs.sort(key=lambda p: (-p.shared, -(p.a_to_b + p.b_to_a), -p.jaccard, p.a.id, p.b.id))
    return pairs if top is None else pairs[:top]


def overlap(store: Store, *, min_shared: int = 1, top: int | None = None) -> list[OverlapPair]:
    """Pairs of outlets of the whole store with the origins they share and the copies between them."""
    return overlap_of_facts(facts_of_store(store), min_shared=min_shared, top=top)


def overlap_of_graph(graph: nx.DiGraph, *, min_shared: int = 1, top: int | None = None) -> list[OverlapPair]:
    """`overlap` of the articles of a graph only.

    >>> from provenance.queries import example_graph
    >>> [(p.a.id, p.b.id, p.shared, p.a_to_b, p.b_to_a) for p in overlap_of_graph(example_graph())]
    [('exampledaily', 'southfront', 1, 0, 1), ('southfront', 'zerohedge', 1, 0, 1), ('exampledaily', 'zerohedge', 1, 0, 0)]
    """
    return overlap_of_facts(facts_of_graph(graph), min_shared=min_shared, top=top)


# ---------------------------------------------------------------------- flows


@dataclass(frozen=True)
class Flow:
    """Content flowing from one outlet to another: copies made, credits given."""

    source: str
    target: str
    copies: int
    confidence: float  # mean confidence of the copies' edges
    lag_hours: float | None
    credits: Mapping[str, int]  # relation -> statements crediting ``source`` in ``target``'s articles


def flows_of_facts(facts: Facts) -> list[Flow]:
    """Outlet -> outlet flows: republications between their articles and credits that name no article."""
    counts, lags = _copies(facts)
    confidence: dict[tuple[str, str], list[float]] = defaultdict(list)
    for (src, dst), weight in facts.edges.items():
        s, d = facts.articles.get(src), facts.articles.get(dst)
        if s is not None and d is not None and s.outlet_id and d.outlet_id:
            confidence[(s.outlet_id, d.outlet_id)].append(weight)
    credits: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for article, credited, relation in facts.credits:
        holder = facts.articles.get(article)
        if holder is not None and holder.outlet_id:
            credits[(credited, holder.outlet_id)][relation] += 1
    pairs = sorted(set(counts) | set(credits))
    return [
        Flow(
            s,
            t,
            counts[(s, t)],
            statistics.fmean(confidence[(s, t)]) if confidence.get((s, t)) else 0.0,
            _median_hours(lags.get((s, t), [])),
            dict(sorted(credits[(s, t)].items())) if (s, t) in credits else {},
        )
        for s, t in pairs
        if s != t
    ]


def flows_graph(facts: Facts) -> nx.DiGraph:
    """The outlet -> outlet weighted graph: nodes ``("outlet", id)`` with ``outlet`` and ``articles``,
    edges with ``kind="flow"``, ``copies``, ``confidence``, ``lag_hours`` and ``credits``."""
    graph = nx.DiGraph()
    per_outlet = Counter(a.outlet_id for a in facts.articles.values() if a.outlet_id)
    for flow in flows_of_facts(facts):
        for outlet_id in (flow.source, flow.target):
            if (OUTLET, outlet_id) not in graph:
                graph.add_node(
                    (OUTLET, outlet_id), outlet=facts.outlet(outlet_id), articles=per_outlet[outlet_id]
                )
        graph.add_edge(
            (OUTLET, flow.source),
            (OUTLET, flow.target),
            kind="flow",
            copies=flow.copies,
            confidence=flow.confidence,
            lag_hours=flow.lag_hours,
            credits=dict(flow.credits),
        )
    return graph


def outlet_flows(store: Store) -> nx.DiGraph:
    """The outlet -> outlet weighted graph of the whole store (see `flows_graph`)."""
    return flows_graph(facts_of_store(store))


# ---------------------------------------------------------------------- one outlet


@dataclass(frozen=True)
class OutletCount:
    """Another outlet and how often it stands in a relation to the audited one."""

    outlet: Outlet
    count: int
    lag_hours: float | None = None


@dataclass(frozen=True)
class OutletAudit:
    """One outlet's record: how much of what it publishes is its own, whom it copies, who copies it."""

    outlet: Outlet
    articles: int
    seen: int  # articles of which a document was ingested (the others only named by a statement)
    classes: Mapping[str, int]  # original / republished / wire -> articles
    sources: tuple[OutletCount, ...]  # outlets it copied from
    republishers: tuple[OutletCount, ...]  # outlets that copied it
    credits: tuple[tuple[str, Outlet, int], ...]  # (relation, credited outlet, statements)
    credited_by: tuple[
        tuple[str, Outlet, int], ...
    ]  # (relation, outlet whose articles credit it, statements)
    timeline: tuple[tuple[str, Mapping[str, int]], ...]  # ("2024-05", class -> articles), dated only
    undated: int
    # What the text itself shows (a store ingested with reuse detection): (article id, flag, message)
    # for its copies that credit nobody or the wrong outlet, reuse parts of others, ...
    reuse_flags: tuple[tuple[str, str, str], ...] = ()

    def share(self, cls: str) -> float:
        return self.classes.get(cls, 0) / self.articles if self.articles else 0.0


def audit_of_facts(facts: Facts, outlet_id: str, *, top: int = 10) -> OutletAudit:
    """The record of one outlet among the facts."""
    mine = {k for k, a in facts.articles.items() if a.outlet_id == outlet_id}
    classes = classify(facts)
    counts, lags = _copies(facts)
    sources = [
        OutletCount(facts.outlet(s), n, _median_hours(lags.get((s, t), [])))
        for (s, t), n in counts.items()
        if t == outlet_id and s != outlet_id
    ]
    republishers = [
        OutletCount(facts.outlet(t), n, _median_hours(lags.get((s, t), [])))
        for (s, t), n in counts.items()
        if s == outlet_id and t != outlet_id
    ]
    credited_by = Counter(
        (relation, holder)
        for article, credited, relation in facts.credits
        if credited == outlet_id and (holder := facts.articles[article].outlet_id) is not None
        if article in facts.articles
    )
    credit_counts = Counter(
        (relation, credited) for article, credited, relation in facts.credits if article in mine
    )
    months: dict[str, Counter[str]] = defaultdict(Counter)
    undated = 0
    for article in mine:
        when = facts.articles[article].published
        if when is None:
            undated += 1
        else:
            months[f"{when.year:04d}-{when.month:02d}"][classes[article]] += 1

    def ranked(items: list[OutletCount]) -> tuple[OutletCount, ...]:
        return tuple(sorted(items, key=lambda c: (-c.count, c.outlet.id))[:top])

    return OutletAudit(
        outlet=facts.outlet(outlet_id),
        articles=len(mine),
        seen=sum(not facts.articles[a].inferred for a in mine),
        classes={c: sum(classes[a] == c for a in mine) for c in (ORIGINAL, REPUBLISHED_CLASS, WIRE)},
        sources=ranked(sources),
        republishers=ranked(republishers),
        credits=tuple(
            (relation, facts.outlet(credited), n)
            for (relation, credited), n in sorted(credit_counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        credited_by=tuple(
            (relation, facts.outlet(holder), n)
            for (relation, holder), n in sorted(credited_by.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        ),
        timeline=tuple((month, dict(months[month])) for month in sorted(months)),
        undated=undated,
    )


def find_outlet(store: Store, ref: str) -> str:
    """The id of the outlet a reference names: its id, its name, a name learned for it (see
    docs/outlets.md), or one of its domains."""
    db: sqlite3.Connection = store._db
    text = ref.strip()
    from provenance.resolver import name_key

    for sql, value in (
        ("SELECT id FROM outlets WHERE id = ?", text),
        ("SELECT id FROM outlets WHERE lower(name) = lower(?)", text),
        ("SELECT id FROM outlets WHERE id = ?", name_key(text) if text else ""),
        ("SELECT DISTINCT outlet_id FROM articles WHERE outlet_id = ?", name_key(text) if text else ""),
    ):
        rows = db.execute(sql, (value,)).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
    learned = store.learned_outlet(text) if text else None
    if learned is not None:
        return learned
    for outlet_id, domains in db.execute("SELECT id, domains FROM outlets"):
        if text.lower().removeprefix("www.") in json.loads(domains):
            return str(outlet_id)
    known = [r[0] for r in db.execute("SELECT id FROM outlets")]
    raise OutletNotFound(ref, tuple(difflib.get_close_matches(name_key(text) or text, known, n=3)))


def audit(store: Store, outlet: str, *, top: int = 10) -> OutletAudit:
    """The record of one outlet of the store (an id, a name or a domain), with the flags text
    reuse raises on its copies (`provenance.copies`)."""
    from provenance.copies import flags_of_outlet

    outlet_id = find_outlet(store, outlet)
    report = audit_of_facts(facts_of_store(store), outlet_id, top=top)
    flags = tuple((article, f.kind.value, f.message) for article, f in flags_of_outlet(store, outlet_id))
    return replace(report, reuse_flags=flags)


# ---------------------------------------------------------------------- neighbourhoods


def _roots(graph: nx.DiGraph) -> list[str]:
    return sorted(
        node[1]
        for node in graph
        if node[0] == ARTICLE
        and not any(graph.edges[p, node]["kind"] == REPUBLISHED for p in graph.predecessors(node))
    )


def neighbourhood(store: Store, article_ids: Iterable[str]) -> nx.DiGraph:
    """The whole stories of some articles: upstream to their origins, then every copy of those origins.

    Unlike `graph_around`, the other copies of an article's origin (its siblings and cousins) are in.
    """
    graph = nx.DiGraph()
    done: set[str] = set()
    for article_id in article_ids:
        if article_id in done:
            continue
        up = graph_around(store, article_id, up=True)
        graph.update(up)  # in place: composing copies would make this quadratic
        for root in _roots(up):
            down = graph_around(store, root, up=False, down=True)
            graph.update(down)
            done |= {n[1] for n in down if n[0] == ARTICLE}
        done |= {n[1] for n in up if n[0] == ARTICLE}
    return graph


def outlet_articles(store: Store, outlet_id: str) -> list[str]:
    """The keys of an outlet's articles."""
    db: sqlite3.Connection = store._db
    return [r[0] for r in db.execute("SELECT id FROM articles WHERE outlet_id = ? ORDER BY id", (outlet_id,))]
