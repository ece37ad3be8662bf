"""Benchmark the audits and renderers on a large generated store.

1. write a synthetic corpus of N documents (default 100,000) with `provenance.synthetic.write_corpus`
   and ingest it with ``python -m provenance ingest corpus.jsonl --db X --no-progress`` (not timed;
   skipped when ``--folder`` already holds ``store.db``);
2. time ``provenance overlap --format json`` in a fresh process (limit: 10 s);
3. time ``provenance render --all --format graphml -o FILE`` in a fresh process (limit: 30 s) and
   check the file reads back as XML;
4. build the neighbourhood of about 1,000 articles (whole stories, taken in key order until 1,000
   articles are in) and measure its HTML report (limit: 5 MB) and the time to make it.

The figures are printed beside their limits; the exit status is 1 when one is missed.

    python benchmarks/render.py                        # 100,000 documents in a temporary folder
    python benchmarks/render.py --folder /tmp/b100k    # keep (or reuse) the corpus and the store
    python benchmarks/render.py --size 20000           # a quick run
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from provenance import Store
from provenance.audit import neighbourhood
from provenance.render.html import html_report
from provenance.render.view import view_of_graph
from provenance.synthetic import write_corpus

LIMITS = {"overlap_s": 10.0, "graphml_s": 30.0, "html_mb": 5.0}


def _timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{done.stderr}")
    return seconds, done.stdout


def _store(folder: Path, size: int, seed: int) -> Path:
    db = folder / "store.db"
    if db.exists():
        print(f"reusing {db}")
        return db
    started = time.perf_counter()
    corpus = write_corpus(folder, size, seed=seed)
    print(
        f"wrote {size:,} documents ({corpus.stat().st_size / 1e6:,.0f} MB) in {time.perf_counter() - started:.0f} s"
    )
    seconds, _ = _timed(
        [sys.executable, "-m", "provenance", "ingest", str(corpus), "--db", str(db), "--no-progress"]
    )
    print(f"ingested in {seconds:.0f} s")
    return db


def _html_of_neighbourhood(db: Path, articles: int) -> tuple[int, int, float]:
    started = time.perf_counter()
    with Store(db) as store:
        ids = [r[0] for r in store._db.execute("SELECT id FROM articles WHERE inferred = 0 ORDER BY id")]
        graph = None
        chosen: list[str] = []
        step = 50
        while ids and (graph is None or sum(n[0] == "article" for n in graph) < articles):
            chosen += ids[:step]
            del ids[:step]
            graph = neighbourhood(store, chosen)
    assert graph is not None
    page = html_report(view_of_graph(graph, f"Neighbourhood of {len(chosen)} articles"))
    seconds = time.perf_counter() - started
    return sum(n[0] == "article" for n in graph), len(page.encode("utf-8")), seconds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=100_000, help="documents to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folder", type=Path, help="where to keep the corpus and the store")
    parser.add_argument("--articles", type=int, default=1000, help="articles in the HTML neighbourhood")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="provenance-render-") as scratch:
        folder = args.folder or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        db = _store(folder, args.size, args.seed)
        with Store(db) as store:
            stats = store.stats()
        print(
            f"store: {stats['articles']:,} articles (+{stats['inferred_articles']:,} inferred), "
            f"{stats['republication_links']:,} republication links, {stats['credit_links']:,} credit links"
        )
        cli = [sys.executable, "-m", "provenance"]
        overlap_s, out = _timed([*cli, "overlap", "--db", str(db), "--format", "json"])
        pairs = out.count('"shared"')
        graphml = folder / "all.graphml"
        graphml_s, _ = _timed(
            [*cli, "render", "--all", "--format", "graphml", "-o", str(graphml), "--db", str(db)]
        )
        root = ET.parse(graphml).getroot()
        ns = "{http://graphml.graphdrawing.org/xmlns}"
        nodes, edges = len(root.findall(f".//{ns}node")), len(root.findall(f".//{ns}edge"))
        graphml_mb = graphml.stat().st_size / 1e6
        articles, html_bytes, html_s = _html_of_neighbourhood(db, args.articles)
    figures = {"overlap_s": overlap_s, "graphml_s": graphml_s, "html_mb": html_bytes / 1e6}
    print(f"overlap: {overlap_s:.1f} s for {pairs:,} pairs of outlets (limit {LIMITS['overlap_s']:.0f} s)")
    print(
        f"render --all --format graphml: {graphml_s:.1f} s, {graphml_mb:,.0f} MB, "
        f"{nodes:,} nodes, {edges:,} edges (limit {LIMITS['graphml_s']:.0f} s)"
    )
    print(
        f"HTML report of a {articles:,}-article neighbourhood: {html_bytes / 1e6:.2f} MB, made in {html_s:.1f} s "
        f"(limit {LIMITS['html_mb']:.0f} MB)"
    )
    missed = [name for name, value in figures.items() if value > LIMITS[name]]
    if missed:
        print("missed: " + ", ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
