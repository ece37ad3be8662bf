"""The provenance graph: articles and outlets as nodes, edges that follow the content.

Nodes are ``("article", key)`` and ``("outlet", key)``. Edges:

- ``republished``: source article -> copy ("Originally published by X" in the copy);
- ``published_by``: article -> the outlet whose site it is on;
- ``credits``: article -> outlet, for wire, source and picture credits that name no article.

Every edge keeps all its evidence (the statements, with the document each was read from) and a
combined confidence: the noisy-OR of its evidence weights, ``1 - (1 - w1)(1 - w2)...``, so that
two independent statements of the same edge make it surer than either, and no number of weak
statements reaches certainty. A statement's weight is its extraction confidence (the rule's
weight, lowered when the outlet is unknown). The same words read by the same rule count once,
whichever documents they were read from: a credit line copied along with the text is one
statement, not independent evidence.

The graph is built from the store, whole (`build_graph` over `Store.all_links`) or only around
one article (`graph_around`, which walks the store in SQL and loads just that neighbourhood).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from math import prod
from typing import TYPE_CHECKING

import networkx as nx

from provenance.models import Article, Attribution, Outlet

if TYPE_CHECKING:
    from provenance.store import Link, Store

ARTICLE = "article"
OUTLET = "outlet"
REPUBLISHED = "republished"
PUBLISHED_BY = "published_by"
CREDITS = "credits"

Node = tuple[str, str]


def article_node(article_id: str) -> Node:
    """The node of an article."""
    return (ARTICLE, article_id)


def outlet_node(outlet_id: str) -> Node:
    """The node of an outlet."""
    return (OUTLET, outlet_id)


@dataclass(frozen=True)
class EdgeEvidence:
    """One statement behind an edge, and the document it was read from."""

    attribution: Attribution
    document: str

    @property
    def weight(self) -> float:
        return self.attribution.confidence


def noisy_or(weights: Iterable[float]) -> float:
    """Combine independent pieces of evidence: ``1 - prod(1 - w)``.

    >>> noisy_or([0.9]), round(noisy_or([0.9, 0.5]), 3), noisy_or([])
    (0.9, 0.95, 0.0)
    """
    return 1.0 - prod(1.0 - min(max(w, 0.0), 1.0) for w in weights)


def _independent(evidence: list[EdgeEvidence]) -> Iterator[float]:
    """The weights of the distinct statements behind an edge.

    The same words read by the same rule count once, whichever documents they were read from: a
    credit line that travelled with the text to a further copy is one statement, not two.
    """
    best: dict[tuple[str, str], float] = {}
    for e in evidence:
        key = (e.attribution.evidence.method, " ".join(e.attribution.evidence.text.split()))
        best[key] = max(best.get(key, 0.0), e.weight)
    return iter(best.values())


def build_graph(
    links: Iterable[Link], articles: Iterable[Article], outlets: Iterable[Outlet] = ()
) -> nx.DiGraph:
    """A graph of the given links, articles and outlets (see the module docstring)."""
    graph = nx.DiGraph()
    for outlet in outlets:
        graph.add_node(outlet_node(outlet.id), outlet=outlet)
    for article in articles:
        node = article_node(article.id)
        graph.add_node(node, article=article)
        if article.outlet_id:
            target = outlet_node(article.outlet_id)
            if target not in graph:
                graph.add_node(target, outlet=Outlet(id=article.outlet_id, name=article.outlet_id))
            graph.add_edge(node, target, kind=PUBLISHED_BY, evidence=[], confidence=1.0)
    for link in links:
        source = article_node(link.src)
        target = article_node(link.dst) if link.kind == REPUBLISHED else outlet_node(link.dst)
        for node in (source, target):
            if node not in graph:
                _placeholder(graph, node, link)
        if not graph.has_edge(source, target):
            graph.add_edge(source, target, kind=link.kind, evidence=[], confidence=0.0)
        data = graph.edges[source, target]
        data["evidence"].append(EdgeEvidence(link.attribution, link.document_source))
        if data["kind"] != PUBLISHED_BY:
            data["confidence"] = noisy_or(_independent(data["evidence"]))
    return graph


def _placeholder(graph: nx.DiGraph, node: Node, link: Link) -> None:
    kind, key = node
    if kind == ARTICLE:
        graph.add_node(node, article=Article(id=key, inferred=True))
    else:
        graph.add_node(node, outlet=Outlet(id=key, name=link.attribution.outlet or key))


def graph_around(store: Store, article_id: str, *, up: bool = True, down: bool = False) -> nx.DiGraph:
    """The graph of one article's neighbourhood: its sources upstream and/or its copies downstream."""
    links = store.links_around(article_id, up=up, down=down)
    ids = (
        {article_id} | {link.src for link in links} | {link.dst for link in links if link.kind == REPUBLISHED}
    )
    articles = store.articles(ids)
    outlet_ids = {a.outlet_id for a in articles if a.outlet_id} | {k.dst for k in links if k.kind == CREDITS}
    outlets = [o for o in (store.outlet(i) for i in sorted(outlet_ids)) if o is not None]
    return build_graph(links, articles, outlets)


def whole_graph(store: Store) -> nx.DiGraph:
    """The graph of everything in the store (for analyses; single queries use `graph_around`)."""
    outlets = [o for o, _, _ in store.outlets()]
    return build_graph(store.all_links(), store.articles(), outlets)
