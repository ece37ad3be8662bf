"""Trace the chains of the example corpus in examples/syndication-chain/ with the Python API.

Run it from anywhere: ``python examples/trace_chain.py``. It ingests the corpus into a store in
a temporary folder (nothing is left behind) and prints:

- where the aggregator copy (a feed copy without a URL) first appeared, and its path;
- the spread tree of the original article at Harbor Ledger;
- the outlets that carry the AP wire story;
- the claims that contradict each other (two outlets that each credit the other).
"""

from __future__ import annotations

import tempfile
from itertools import pairwise
from pathlib import Path

import networkx as nx

import provenance
from provenance import Article, Relation, Store
from provenance.graph import outlet_node

CORPUS = Path(__file__).resolve().parent / "syndication-chain"
AGGREGATOR_COPY = CORPUS / "03-feed-aggregator-copy.txt"
ORIGINAL_URL = "https://harborledger.com/2024/05/03/ferry-fares-rise"


def describe(store: Store, article: Article) -> str:
    """One line for an article: its outlet and URL, or the file it was read from when it has no URL."""
    if article.url:
        return f"[{article.outlet_id}] {article.url}"
    return f"(no URL) {Path(store.documents(article.id)[0].source).name}"


def credited_name(graph: nx.DiGraph, source: Article, copy: Article) -> str:
    """The source's outlet as the copy's statement names it ("Harbor Ledger")."""
    edge = graph.edges[("article", source.id), ("article", copy.id)]
    return str(edge["evidence"][0].attribution.outlet)


def main() -> None:
    # The corpus files in name order; README.md is not part of the corpus.
    files = sorted(str(p) for p in CORPUS.iterdir() if p.suffix in {".txt", ".jsonl"})

    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "example.db") as store:
        summary = provenance.ingest(store, files)
        print(f"Ingested {summary.new} documents, {summary.attributions} statements.")
        print()

        # 1. Origin and path of the aggregator copy. An ingested file is found by its path;
        #    the graph around it is read from the store, upstream only.
        (copy,) = store.find_articles(str(AGGREGATOR_COPY))
        graph = provenance.graph_around(store, copy.id, up=True)
        best = provenance.origin(graph, copy.id)[0]
        hops = best.path.articles  # origin first, this copy last
        names = [credited_name(graph, a, b) for a, b in pairwise(hops)]
        print(f"Origin of {AGGREGATOR_COPY.name}:")
        print(f"  {names[0]}: {best.article.url}  (confidence {best.confidence:.3f})")
        print("  Path: " + " <- ".join(["this copy", *reversed(names)]))
        print()

        # 2. Where the original went: the tree of its copies (downstream only).
        (original,) = store.find_articles(ORIGINAL_URL)
        below = provenance.graph_around(store, original.id, up=False, down=True)
        tree = provenance.spread(below, original.id)
        print("Spread of the original:")
        for depth, node in tree.walk():
            print(f"  {'    ' * depth}{describe(store, node.article)}  ({node.confidence:.2f})")
        print()

        # 3. Wire credits are edges from an article to the agency's outlet node. The seed's
        #    photo credit also points at AP, so keep only the wire credits.
        whole = provenance.whole_graph(store)
        ap = outlet_node("ap")
        print("Articles that credit AP as their wire source:")
        for node in sorted(whole.predecessors(ap)):
            evidence = whole.edges[node, ap]["evidence"]
            if any(e.attribution.relation is Relation.WIRE_CREDIT for e in evidence):
                print(f"  {describe(store, whole.nodes[node]['article'])}")
        print()

        # 4. Claims that cannot all be true, found in the whole graph.
        print("Conflicts:")
        for conflict in provenance.conflicts(whole):
            print(f"  {conflict.kind}: {conflict.note}")
            for article_id in conflict.articles:
                print(f"    {article_id}")


if __name__ == "__main__":
    main()
