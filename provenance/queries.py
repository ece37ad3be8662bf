"""Questions asked of the provenance graph: where did this first appear, by which path, where did
it go, and where do the claims contradict each other. Plain functions of a graph.

The examples use `example_graph`: ZeroHedge's article was copied by South Front, whose feed copy
is the seed document; Example Daily also copied South Front's version.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

import networkx as nx

from provenance._exceptions import ReferenceNotFound
from provenance.graph import ARTICLE, CREDITS, REPUBLISHED, Node, article_node
from provenance.models import Article, Outlet

MAX_PATHS = 10_000


@dataclass(frozen=True)
class Path:
    """A republication path: articles from the origin to the copy, and how sure each hop is."""

    articles: tuple[Article, ...]
    hops: tuple[float, ...]

    @property
    def confidence(self) -> float:
        """The product of the hops' confidences: every hop must hold for the path to hold."""
        result = 1.0
        for hop in self.hops:
            result *= hop
        return result


@dataclass(frozen=True)
class Origin:
    """Where an article first appeared: the root article, its outlet, the best path from it."""

    article: Article
    outlet: Outlet | None
    path: Path
    credits: tuple[Outlet, ...] = ()
    note: str = ""

    @property
    def confidence(self) -> float:
        return self.path.confidence


@dataclass(frozen=True)
class Conflict:
    """Claims that cannot all be true: a cycle of copies, or one article claimed from several sources."""

    kind: str
    articles: tuple[str, ...]
    note: str


@dataclass
class SpreadNode:
    """One article of a spread tree with the copies made of it."""

    article: Article
    confidence: float
    children: list[SpreadNode] = field(default_factory=list)

    def walk(self, depth: int = 0) -> Iterator[tuple[int, SpreadNode]]:
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


def example_graph() -> nx.DiGraph:
    """The small graph the examples of this module use (zh -> sf -> seed, sf -> daily)."""
    from provenance.graph import build_graph
    from provenance.models import Attribution, Evidence, Location, Relation
    from provenance.store import Link

    def link(src: str, dst: str, weight: float = 0.9) -> Link:
        ev = Evidence(text="...", start=0, end=3, method="text:example", location=Location.BODY)
        a = Attribution(
            relation=Relation.REPUBLISHED_FROM, outlet="x", outlet_id="x", evidence=ev, confidence=weight
        )
        return Link(src, dst, REPUBLISHED, weight, a, f"{dst}.txt")

    return build_graph(
        [link("zh", "sf"), link("sf", "seed", 0.95), link("sf", "daily", 0.8)],
        [
            Article(id="zh", outlet_id="zerohedge", inferred=True),
            Article(id="sf", outlet_id="southfront"),
            Article(id="seed"),
            Article(id="daily", outlet_id="exampledaily"),
        ],
    )


def _node(graph: nx.DiGraph, article_id: str) -> Node:
    node = article_node(article_id)
    if node not in graph:
        raise ReferenceNotFound(article_id)
    return node


def _article(graph: nx.DiGraph, node: Node) -> Article:
    article = graph.nodes[node].get("article")
    return article if isinstance(article, Article) else Article(id=node[1], inferred=True)


def _outlet(graph: nx.DiGraph, outlet_id: str | None) -> Outlet | None:
    if not outlet_id:
        return None
    data = graph.nodes.get(("outlet", outlet_id))
    outlet = data.get("outlet") if data else None
    return outlet if isinstance(outlet, Outlet) else Outlet(id=outlet_id, name=outlet_id)


def _sources(graph: nx.DiGraph, node: Node) -> list[Node]:
    return [
        p for p in graph.predecessors(node) if p[0] == ARTICLE and graph.edges[p, node]["kind"] == REPUBLISHED
    ]


def _copies(graph: nx.DiGraph, node: Node) -> list[Node]:
    return [
        s for s in graph.successors(node) if s[0] == ARTICLE and graph.edges[node, s]["kind"] == REPUBLISHED
    ]


def _upstream_paths(graph: nx.DiGraph, target: Node) -> Iterator[tuple[list[Node], bool]]:
    """Every path from a root down to ``target`` (reversed walk), and whether a cycle stopped it."""
    stack: list[tuple[Node, list[Node]]] = [(target, [target])]
    emitted = 0
    while stack and emitted < MAX_PATHS:
        node, path = stack.pop()
        sources = _sources(graph, node)
        fresh = [s for s in sources if s not in path]
        if not fresh:
            emitted += 1
            yield list(reversed(path)), bool(sources)
            continue
        for source in sorted(fresh, reverse=True):
            stack.append((source, [*path, source]))


def _path(graph: nx.DiGraph, nodes: list[Node]) -> Path:
    hops = tuple(float(graph.edges[a, b]["confidence"]) for a, b in pairwise(nodes))
    return Path(tuple(_article(graph, n) for n in nodes), hops)


def paths(graph: nx.DiGraph, article_id: str) -> list[Path]:
    """Every republication path from an origin to the article, surest first.

    >>> G = example_graph()
    >>> [[a.id for a in p.articles] for p in paths(G, "seed")]
    [['zh', 'sf', 'seed']]
    >>> [[a.id for a in p.articles] for p in paths(G, "zh")]
    [['zh']]
    """
    target = _node(graph, article_id)
    found = [_path(graph, nodes) for nodes, _ in _upstream_paths(graph, target)]
    return sorted(found, key=lambda p: (-p.confidence, len(p.articles), [a.id for a in p.articles]))


def origin(graph: nx.DiGraph, article_id: str) -> list[Origin]:
    """Where the article first appeared: each root upstream, best first, with its best path.

    An article nobody is said to have copied is its own origin. Origins of equal confidence
    are ordered by publication date (earliest first), then by the shorter path; the note says
    so. A cycle of claims is broken where it closes, and the note says that too.

    >>> G = example_graph()
    >>> [(o.article.id, o.outlet.id, [a.id for a in o.path.articles], round(o.confidence, 3))
    ...  for o in origin(G, "seed")]
    [('zh', 'zerohedge', ['zh', 'sf', 'seed'], 0.855)]
    """
    target = _node(graph, article_id)
    best: dict[Node, tuple[Path, bool]] = {}
    for nodes, cyclic in _upstream_paths(graph, target):
        candidate = _path(graph, nodes)
        root = nodes[0]
        if root not in best or candidate.confidence > best[root][0].confidence:
            best[root] = (candidate, cyclic)
    origins = []
    for root, (path, cyclic) in best.items():
        article = _article(graph, root)
        credits = tuple(
            o
            for o in (
                _outlet(graph, t[1])
                for t in graph.successors(root)
                if graph.edges[root, t]["kind"] == CREDITS
            )
            if o is not None
        )
        note = "a cycle of claims ends here" if cyclic else ""
        origins.append(Origin(article, _outlet(graph, article.outlet_id), path, credits, note))
    origins.sort(
        key=lambda o: (
            -round(o.confidence, 9),
            o.article.published or "~",
            len(o.path.articles),
            o.article.id,
        )
    )
    return _explain_ties(origins)


def _explain_ties(origins: list[Origin]) -> list[Origin]:
    out = []
    for i, o in enumerate(origins):
        tied = [p for p in origins if p is not o and round(p.confidence, 9) == round(o.confidence, 9)]
        if tied:
            reason = (
                f"tied at {o.confidence:.3f} with {len(tied)} other origin(s); "
                "ranked by earliest date, then shorter path, then key"
            )
            note = f"{o.note}; {reason}" if o.note else reason
            o = Origin(o.article, o.outlet, o.path, o.credits, note)
        out.append(o)
        del i
    return out


def spread(graph: nx.DiGraph, article_id: str) -> SpreadNode:
    """The copies made of an article, and of those copies, as a tree (each article once).

    >>> G = example_graph()
    >>> tree = spread(G, "zh")
    >>> [(depth, node.article.id) for depth, node in tree.walk()]
    [(0, 'zh'), (1, 'sf'), (2, 'daily'), (2, 'seed')]
    """
    root = _node(graph, article_id)
    top = SpreadNode(_article(graph, root), 1.0)
    seen = {root}
    frontier = [(root, top)]
    while frontier:
        next_frontier = []
        for node, tree in frontier:
            for copy in sorted(_copies(graph, node)):
                if copy in seen:
                    continue
                seen.add(copy)
                child = SpreadNode(
                    _article(graph, copy), tree.confidence * float(graph.edges[node, copy]["confidence"])
                )
                tree.children.append(child)
                next_frontier.append((copy, child))
        frontier = next_frontier
    return top


def conflicts(graph: nx.DiGraph) -> list[Conflict]:
    """Claims that contradict each other: cycles of copies, and articles claimed from several sources.

    >>> G = example_graph()
    >>> conflicts(G)
    []
    """
    republished = nx.DiGraph()
    republished.add_edges_from((u, v) for u, v, d in graph.edges(data=True) if d["kind"] == REPUBLISHED)
    found = []
    for component in nx.strongly_connected_components(republished):
        if len(component) > 1:
            ids = tuple(sorted(n[1] for n in component))
            kind = "mutual claim" if len(ids) == 2 else "cycle"
            found.append(
                Conflict(kind, ids, f"{len(ids)} articles each claim to be copied from another of them")
            )
    for node in sorted(republished):
        sources = _sources(graph, node)
        outlets = {_article(graph, s).outlet_id for s in sources}
        if len(sources) > 1 and len(outlets) > 1:
            found.append(
                Conflict(
                    "several sources",
                    (node[1], *sorted(s[1] for s in sources)),
                    f"{node[1]} is said to be copied from {len(sources)} different articles",
                )
            )
    return found
