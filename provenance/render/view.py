"""The picture every graph renderer draws: plain nodes and edges, with their evidence.

A `View` is made once from a provenance graph (`view_of_graph`) or from the outlet -> outlet
flow graph (`view_of_flows`); the renderers of `provenance.render.export`, `.prov` and `.html`
are pure functions of it. Node ids are ``article:<key>`` and ``outlet:<id>``.

A republication edge is a *verbatim* copy when the copy's title and its source's are the same
(once typography is set aside, `provenance.urls.title_key`), *edited* when both titles are known
and differ, and *unknown* otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import networkx as nx

from provenance.audit import parse_time
from provenance.graph import ARTICLE, CREDITS, PUBLISHED_BY, REPUBLISHED, EdgeEvidence
from provenance.models import Article, Outlet
from provenance.store import REUSE_METHOD
from provenance.urls import title_key

FLOW = "flow"
VERBATIM, EDITED, UNKNOWN = "verbatim", "edited", "unknown"


@dataclass(frozen=True, slots=True)
class ViewEvidence:
    """One statement behind an edge: its verbatim words and where they were read."""

    text: str
    relation: str
    outlet: str
    method: str
    location: str
    confidence: float
    layer: int | None
    document: str


@dataclass(frozen=True, slots=True)
class ViewNode:
    """An article or an outlet."""

    id: str
    kind: str  # "article" | "outlet"
    key: str
    label: str
    outlet_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    inferred: bool = False
    outlet_kind: str | None = None  # for an outlet: wire, publisher, ...
    articles: int | None = None  # for an outlet of a flow view: its articles


@dataclass(frozen=True, slots=True)
class ViewEdge:
    """A republication (article -> copy), a credit (article -> outlet), a publication (article ->
    its outlet), or a flow (outlet -> outlet)."""

    source: str
    target: str
    kind: str  # republished | credits | published_by | flow
    relation: str  # republished_from | wire_credit | source_credit | image_credit | published_by | flow
    confidence: float
    weight: float = 1.0  # statements behind it; copies for a flow
    copy: str = ""  # verbatim | edited | unknown, for a republication
    lag_hours: float | None = None
    evidence: tuple[ViewEvidence, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()  # for a flow: relation -> copies or credit statements
    reuse: bool = False  # a republication only the text itself shows (every piece of evidence reuse:minhash)


@dataclass(frozen=True)
class View:
    """Nodes and edges to draw, and a title."""

    title: str
    kind: str  # "articles" | "flows"
    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]

    def node(self, node_id: str) -> ViewNode:
        return self._index()[node_id]

    def _index(self) -> dict[str, ViewNode]:
        cached: dict[str, ViewNode] | None = self.__dict__.get("_by_id")
        if cached is None:
            cached = {n.id: n for n in self.nodes}
            object.__setattr__(self, "_by_id", cached)
        return cached


def node_id(node: tuple[str, str]) -> str:
    """The view's id of a graph node."""
    return f"{node[0]}:{node[1]}"


def _article_node(key: str, article: Article) -> ViewNode:
    return ViewNode(
        id=f"article:{key}",
        kind="article",
        key=key,
        label=article.title or article.url or key,
        outlet_id=article.outlet_id,
        url=article.url,
        title=article.title,
        published=article.published,
        inferred=article.inferred,
    )


def _outlet_node(key: str, outlet: Outlet, articles: int | None = None) -> ViewNode:
    return ViewNode(
        id=f"outlet:{key}",
        kind="outlet",
        key=key,
        label=outlet.name,
        outlet_id=key,
        outlet_kind=outlet.kind.value,
        articles=articles,
    )


def _evidence(items: list[EdgeEvidence]) -> tuple[ViewEvidence, ...]:
    return tuple(
        ViewEvidence(
            text=e.attribution.evidence.text,
            relation=e.attribution.relation.value,
            outlet=e.attribution.outlet,
            method=e.attribution.evidence.method,
            location=e.attribution.evidence.location.value,
            confidence=e.attribution.confidence,
            layer=e.attribution.layer,
            document=e.document,
        )
        for e in items
    )


def view_of_graph(graph: nx.DiGraph, title: str, *, published_by: bool = True) -> View:
    """The view of a provenance graph (`provenance.graph.build_graph`), sorted for stable output."""
    nodes: list[ViewNode] = []
    for node, data in graph.nodes(data=True):
        kind, key = node
        if kind == ARTICLE:
            article = data.get("article")
            nodes.append(
                _article_node(
                    key, article if isinstance(article, Article) else Article(id=key, inferred=True)
                )
            )
        else:
            outlet = data.get("outlet")
            nodes.append(
                _outlet_node(key, outlet if isinstance(outlet, Outlet) else Outlet(id=key, name=key))
            )
    edges: list[ViewEdge] = []
    times: dict[tuple[str, str], datetime | None] = {}
    titles: dict[tuple[str, str], str | None] = {}

    def time_of(node: tuple[str, str]) -> datetime | None:
        if node not in times:
            article = graph.nodes[node].get("article")
            times[node] = parse_time(article.published) if isinstance(article, Article) else None
        return times[node]

    def title_of(node: tuple[str, str]) -> str | None:
        if node not in titles:
            article = graph.nodes[node].get("article")
            title = article.title if isinstance(article, Article) else None
            titles[node] = title_key(title) if title else None
        return titles[node]

    for u, v, data in graph.edges(data=True):
        kind = data["kind"]
        if kind == PUBLISHED_BY:
            if published_by:
                edges.append(ViewEdge(node_id(u), node_id(v), kind, PUBLISHED_BY, 1.0))
            continue
        evidence = _evidence(data["evidence"])
        lag = None
        if kind == REPUBLISHED:
            relation = "republished_from"
            a, b = title_of(u), title_of(v)
            copy = UNKNOWN if a is None or b is None else VERBATIM if a == b else EDITED
            start, end = time_of(u), time_of(v)
            lag = (end - start).total_seconds() / 3600 if start is not None and end is not None else None
        else:
            relation = evidence[0].relation if evidence else CREDITS
            copy = ""
        edges.append(
            ViewEdge(
                node_id(u),
                node_id(v),
                kind,
                relation,
                float(data["confidence"]),
                float(len(evidence)),
                copy,
                lag,
                evidence,
                reuse=kind == REPUBLISHED
                and bool(evidence)
                and all(x.method == REUSE_METHOD for x in evidence),
            )
        )
    nodes.sort(key=lambda n: (n.kind != "outlet", n.id))
    edges.sort(key=lambda e: (e.source, e.target))
    return View(title, "articles", tuple(nodes), tuple(edges))


def view_of_flows(graph: nx.DiGraph, title: str) -> View:
    """The view of an outlet -> outlet flow graph (`provenance.audit.flows_graph`)."""
    nodes = sorted(
        (
            _outlet_node(key, data["outlet"], int(data.get("articles", 0)))
            for (_, key), data in graph.nodes(data=True)
        ),
        key=lambda n: n.id,
    )
    edges = []
    for u, v, data in graph.edges(data=True):
        credits: dict[str, int] = data["credits"]
        relation = "republished_from" if data["copies"] else max(credits, key=lambda r: credits[r])
        edges.append(
            ViewEdge(
                node_id(u),
                node_id(v),
                FLOW,
                relation,
                float(data["confidence"]) if data["copies"] else 1.0,
                float(data["copies"] + sum(credits.values())),
                lag_hours=data["lag_hours"],
                counts=(("republished_from", int(data["copies"])), *credits.items()),
            )
        )
    edges.sort(key=lambda e: (e.source, e.target))
    return View(title, "flows", tuple(nodes), tuple(edges))
