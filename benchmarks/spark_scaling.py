"""Scaling of `provenance spark extract` on this machine, against `provenance ingest` on one core.

On a generated crawl (`provenance.synthetic.write_warc_corpus`: HTML pages with known chains in
gzipped WARC files, not timed), in turns (``--rounds``, 3 by default):

1. ``provenance ingest DIR --workers 1`` pinned to one core, into a fresh store: the baseline;
2. ``provenance spark extract DIR --master local[1]`` and ``--master local[2]`` into a fresh
   output each, with the job's own time read from the output's manifest (``seconds``: from the
   first task to the last write, without the start of Spark's JVM, which a cluster pays once).

The fastest run of each counts (the least disturbed by the machine's other work). Printed: the
documents per second of each, the speed-up of two tasks over one (the bar: 1.7), and the cost of
a document on the Spark path with one task against ingest's (the bar: at most 1.5 times). Both
bars need the machine otherwise idle: the load average is printed before and after. The exit
status is 1 when a bar is missed.

    python benchmarks/spark_scaling.py                      # 60,000 pages in 8 WARC files
    python benchmarks/spark_scaling.py --pages 4000 --rounds 1
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from provenance.synthetic import write_warc_corpus

MIN_SPEEDUP = 1.7
MAX_COST_RATIO = 1.5


def _provenance(*args: str) -> list[str]:
    return [sys.executable, "-m", "provenance", *args]


def _ingest_seconds(warc: Path, work: Path) -> float:
    db = work / "ingest.db"
    for old in work.glob("ingest.db*"):
        old.unlink()
    command = _provenance("ingest", str(warc), "--workers", "1", "--db", str(db), "--no-progress")
    core = str(min(os.sched_getaffinity(0)))
    started = time.perf_counter()
    subprocess.run(["taskset", "-c", core, *command], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _spark_seconds(warc: Path, work: Path, tasks: int) -> tuple[float, float]:
    """(seconds in the job, seconds of the whole command) of one extraction with ``tasks`` tasks."""
    out = work / f"extract-{tasks}"
    shutil.rmtree(out, ignore_errors=True)
    command = _provenance("spark", "extract", str(warc), "--out", str(out), "--master", f"local[{tasks}]")
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    whole = time.perf_counter() - started
    manifest = json.loads((out / "_extract.json").read_text(encoding="utf-8"))
    return float(manifest["seconds"]), whole


def _at_least_one(value: str) -> int:
    """An argparse type: a whole number of 1 or more (the best of no round is nothing)."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: give 1 or more")
    return number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60_000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--rounds", type=_at_least_one, default=3)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="provenance-spark-") as tmp:
        work = Path(tmp)
        write_warc_corpus(work / "crawl", args.pages, seed=args.seed, shards=args.shards)
        warc = work / "crawl" / "warc"
        size = sum(p.stat().st_size for p in warc.iterdir()) / 1e6
        print(f"corpus: {args.pages:,} pages in {args.shards} WARC files ({size:.0f} MB), seed {args.seed}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        ingest: list[float] = []
        one: list[tuple[float, float]] = []
        two: list[tuple[float, float]] = []
        for round_ in range(args.rounds):
            ingest.append(_ingest_seconds(warc, work))
            one.append(_spark_seconds(warc, work, 1))
            two.append(_spark_seconds(warc, work, 2))
            print(
                f"round {round_ + 1}: ingest {ingest[-1]:.1f} s; local[1] {one[-1][0]:.1f} s in the job "
                f"({one[-1][1]:.1f} s in all); local[2] {two[-1][0]:.1f} s in the job ({two[-1][1]:.1f} s in all)"
            )
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    best_ingest = min(ingest)
    best_one = min(job for job, _ in one)
    best_two = min(job for job, _ in two)
    pages = args.pages
    print(
        f"ingest --workers 1:  {pages / best_ingest:7,.0f} documents/s ({best_ingest / pages * 1e3:.2f} ms a document)"
    )
    print(
        f"spark local[1]:      {pages / best_one:7,.0f} documents/s in the job ({best_one / pages * 1e3:.2f} ms)"
    )
    print(
        f"spark local[2]:      {pages / best_two:7,.0f} documents/s in the job ({best_two / pages * 1e3:.2f} ms)"
    )
    speedup = best_one / best_two
    cost = best_one / best_ingest
    print(f"local[2] over local[1]: {speedup:.2f}x (bar {MIN_SPEEDUP}x)")
    print(f"a document on Spark with one task costs {cost:.2f} times ingest's (bar {MAX_COST_RATIO})")
    return 0 if speedup >= MIN_SPEEDUP and cost <= MAX_COST_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
