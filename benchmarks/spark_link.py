"""`provenance spark extract` + `provenance spark link` against `provenance ingest` + `provenance origin`.

Writes a generated crawl of N pages with known chains in several WARC files, ingests it into a
store on one worker, extracts and links it in Spark (local mode), and compares every row: the
statements, the articles, the links (by their two ends, kind, statement and weight), the merges, and the first
origin of every article with its path and confidence. Then loads the extraction into a new store
(``provenance ingest DIR``, the bulk path) and compares that store with the direct one the same
way: every row of the four tables, and the first origin of every article. Prints the counts
compared, every difference (the first few of each kind) and the times taken.

    python benchmarks/spark_link.py --pages 20000 --shards 8 --master 'local[2]' --work /tmp/spark-link
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from provenance import Store, graph_around, origin
from provenance.cli import main
from provenance.ingest import input_files
from provenance.synthetic import write_warc_corpus

Row = tuple[Any, ...]


_STATEMENT_COLUMNS = (
    "relation",
    "outlet",
    "outlet_id",
    "url",
    "title",
    "confidence",
    "layer",
    "self_credit",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "method",
    "location",
)
_STATEMENT_SELECT = ", ".join(f"t.{c} = 1" if c == "self_credit" else f"t.{c}" for c in _STATEMENT_COLUMNS)


def store_rows(db: Path) -> dict[str, set[Row]]:
    """The articles, links, merges and statements of a store, by what they say."""
    con = sqlite3.connect(db)
    try:
        return {
            "articles": set(
                con.execute(
                    "SELECT id, url, title, outlet_id, published, published_source, inferred = 1 FROM articles"
                )
            ),
            "links": set(
                con.execute(
                    "SELECT s.id, t.id, l.outlet_id, l.kind, d.content_hash, a.method, a.evidence_start, l.weight "
                    "FROM links l JOIN articles s ON s.n = l.src LEFT JOIN articles t ON t.n = l.dst "
                    "JOIN attributions a ON a.id = l.attribution_id JOIN documents d ON d.id = a.document_id"
                )
            ),
            "merges": set(con.execute("SELECT inferred_id, article_id, reason FROM merges")),
            "statements": set(
                con.execute(
                    f"SELECT d.content_hash, {_STATEMENT_SELECT} FROM attributions t "
                    "JOIN documents d ON d.id = t.document_id"
                )
            ),
        }
    finally:
        con.close()


def store_origins(db: Path) -> dict[str, Row]:
    """The first origin `provenance origin` gives of every article: its key, path and confidence."""
    with Store(db) as store:
        found = {}
        for article in store.articles():
            first = origin(graph_around(store, article.id), article.id)[0]
            found[article.id] = (
                first.article.id,
                tuple(a.id for a in first.path.articles),
                first.confidence,
            )
        return found


def parquet_rows(extracted: Path, linked: Path) -> dict[str, set[Row]]:
    """The same rows of a `spark link` output (the links' statements from the extract output)."""
    statements = {
        (r["shard"], r["seq"], r["index"]): r
        for r in pq.read_table(
            extracted / "statements", columns=["shard", "seq", "index", "method", "evidence_start"]
        ).to_pylist()
    }
    links = set()
    for r in pq.read_table(linked / "links").to_pylist():
        s = statements[(r["shard"], r["seq"], r["index"])]
        links.add(
            (
                r["src"],
                r["dst"],
                r["outlet_id"],
                r["kind"],
                r["content_hash"],
                s["method"],
                s["evidence_start"],
                r["weight"],
            )
        )
    return {
        "articles": {
            (
                r["id"],
                r["url"],
                r["title"],
                r["outlet_id"],
                r["published"],
                r["published_source"],
                r["inferred"],
            )
            for r in pq.read_table(linked / "articles").to_pylist()
        },
        "links": links,
        "merges": {
            (r["inferred_id"], r["article_id"], r["reason"])
            for r in pq.read_table(linked / "merges").to_pylist()
        },
        # A content read twice is stored once, and so are its statements: compared as sets.
        "statements": {
            (r["content_hash"], *(r[c] for c in _STATEMENT_COLUMNS))
            for r in pq.read_table(extracted / "statements").to_pylist()
        },
    }


def parquet_origins(linked: Path) -> dict[str, Row]:
    return {
        r["article"]: (r["origin"], tuple(r["path"]), r["confidence"])
        for r in pq.read_table(linked / "origins").to_pylist()
        if r["rank"] == 1
    }


def compare(
    name: str, mine: Iterable[Row], theirs: Iterable[Row], shown: int = 5, where: str = "Parquet"
) -> int:
    mine, theirs = set(mine), set(theirs)
    only_mine, only_theirs = sorted(mine - theirs, key=repr), sorted(theirs - mine, key=repr)
    print(f"{name}: {len(theirs):,} in the store, {len(mine):,} in {where}, {len(mine & theirs):,} equal")
    for label, rows in ((f"only in {where}", only_mine), ("only in the store", only_theirs)):
        for row in rows[:shown]:
            print(f"  {label}: {row!r}")
        if len(rows) > shown:
            print(f"  ... and {len(rows) - shown:,} more {label}")
    return len(only_mine) + len(only_theirs)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--work", default="/tmp/spark-link")
    args = parser.parse_args(argv)
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    write_warc_corpus(work / "crawl", args.pages, seed=args.seed, shards=args.shards)
    warc = work / "crawl" / "warc"
    db = work / "direct.db"
    started = time.perf_counter()
    with Store(db) as store:
        from provenance import ingest

        ingest(store, list(input_files([str(warc)])))
    ingest_s = time.perf_counter() - started
    started = time.perf_counter()
    expected_origins = store_origins(db)
    origin_s = time.perf_counter() - started

    extracted, linked = work / "extracted", work / "linked"
    started = time.perf_counter()
    assert main(["spark", "extract", str(warc), "--out", str(extracted), "--master", args.master]) == 0
    extract_s = time.perf_counter() - started
    started = time.perf_counter()
    status = main(["spark", "link", "--in", str(extracted), "--out", str(linked), "--master", args.master])
    assert status == 0, status
    link_s = time.perf_counter() - started

    print(f"{args.pages:,} pages in {args.shards} WARC files ({os.cpu_count()} cores, master {args.master})")
    expected, found = store_rows(db), parquet_rows(extracted, linked)
    differences = sum(compare(name, found[name], expected[name]) for name in expected)
    differences += compare(
        "origins (first origin, path, confidence)",
        parquet_origins(linked).items(),
        expected_origins.items(),
    )
    loaded_db = work / "loaded.db"
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # its summary table: the comparison says more
        assert main(["ingest", str(extracted), "--db", str(loaded_db), "--no-progress"]) == 0
    load_s = time.perf_counter() - started
    print("the extraction loaded into a store (provenance ingest DIR), against the direct store:")
    loaded = store_rows(loaded_db)
    differences += sum(
        compare(f"loaded {name}", loaded[name], expected[name], where="the loaded store") for name in expected
    )
    differences += compare(
        "loaded origins (first origin, path, confidence)",
        store_origins(loaded_db).items(),
        expected_origins.items(),
        where="the loaded store",
    )
    print(
        f"times: ingest --workers 1 {ingest_s:.1f} s, origin of every article {origin_s:.1f} s; "
        f"spark extract {extract_s:.1f} s, spark link {link_s:.1f} s, load {load_s:.1f} s"
    )
    print("differences:", differences)
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
