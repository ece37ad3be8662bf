"""Benchmark the whole way: uncredited copies, edited and partial, reaching their origin through a store.

Generates a corpus with `provenance.reuse.corpus` (copies with 0, 3, 8 and 15 % of their words
edited, partial copies of 60 to 80 % of their source between an introduction and a conclusion of
their own), writes it as JSON lines of pages (a site per outlet, the dates, a title: half the
copies keep their source's, half get one of their own), ingests it with reuse detection on one
worker, and asks `origin` for every uncredited copy (a copy with the generator's stock line "the
Associated Press contributed to this report" credits AP and is left out). Prints, for each kind
of copy, how many reach their true origin first, apart for those whose copy and source both have
a date and the others (without two dates the direction is unknown: no link).

    python benchmarks/reuse_origin.py                 # 2,000 documents, about half a minute
    python benchmarks/reuse_origin.py --docs 10000
    python benchmarks/reuse_origin.py --write-only corpus.jsonl   # the corpus alone, for another build

``--corpus FILE`` ingests a corpus written before (with ``--write-only``, same ``--docs`` and
``--seed``): how the figures of another build of provenance were compared on the same input.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from provenance import Store, graph_around, ingest, origin
from provenance.reuse.corpus import ReuseDoc, generate_reuse_corpus


def url(doc: ReuseDoc) -> str:
    return f"https://{doc.outlet_id}.com/story/{doc.doc_id}"


def corpus(n: int, seed: int) -> list[ReuseDoc]:
    return list(
        generate_reuse_corpus(
            n,
            near_copies=n // 8,
            partial_copies=n // 16,
            seed=seed,
            edit_rates=(0.0, 0.03, 0.08, 0.15),
            partial_share=(0.6, 0.8),
        )
    )


def write(docs: list[ReuseDoc], path: Path) -> None:
    lines = []
    for doc in docs:
        titled = doc if doc.kind == "original" or doc.doc_id % 2 else docs[doc.root]
        record = {
            "url": url(doc),
            "title": " ".join(titled.text.split("\n")[1].split()[:8]),
            "text": doc.text,
        }
        if doc.published:
            record["published"] = doc.published
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--write-only", type=Path, default=None, metavar="FILE")
    parser.add_argument("--corpus", type=Path, default=None, metavar="FILE")
    args = parser.parse_args(argv)
    docs = corpus(args.docs, args.seed)
    if args.write_only is not None:
        write(docs, args.write_only)
        return 0
    reached: Counter[tuple[str, bool]] = Counter()
    total: Counter[tuple[str, bool]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.corpus or Path(tmp) / "corpus.jsonl"
        if args.corpus is None:
            write(docs, path)
        with Store(Path(tmp) / "p.db", reuse=True) as store:
            ingest(store, [str(path)], workers=1)
            for doc in docs:
                if doc.source is None or "Associated Press" in doc.text:
                    continue
                kind = "partial 60-80 %" if doc.kind == "partial" else f"edited {doc.edit_rate:.0%}"
                key = (kind, bool(doc.published and docs[doc.source].published))
                [article] = store.find_articles(url(doc))
                found = origin(graph_around(store, article.id), article.id)
                total[key] += 1
                reached[key] += bool(found) and found[0].article.url == url(docs[doc.root])
    print(f"{args.docs:,} documents (seed {args.seed}); uncredited copies reaching their true origin first")
    print("  copies             both dated          a date missing")
    for kind in sorted({k for k, _ in total}, key=lambda k: (k.startswith("partial"), len(k), k)):
        cells = [f"{reached[(kind, d)]:>5} of {total[(kind, d)]:<5}" for d in (True, False)]
        print(f"  {kind:16s} {cells[0]:>14s}      {cells[1]:>14s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
