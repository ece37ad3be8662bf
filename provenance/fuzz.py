"""Fuzzing: every reader, the registry and case loaders, and `extract` on what they read, fed
broken inputs until something other than a `ProvenanceError` comes out, or a document takes
more than a second.

    python -m provenance.fuzz feed --seconds 600           # one target, ten minutes
    python -m provenance.fuzz all --seconds 20             # every target in turn
    python -m provenance.fuzz html --engine hypothesis     # without atheris

With atheris installed (``pip install atheris``) the search is coverage-guided (libFuzzer);
without it, hypothesis mutates the seeds: byte flips, cuts, inserted markup (``<``,
``&#x110000;``, ``<![CDATA[``, NULs, runs of ``<div>``), repeats. The seeds are the files under
``tests/data/fuzz/seeds/TARGET`` and, when the shared data set is beside the checkout, its dev
documents of the target's kind; atheris keeps what it finds in ``fuzz-corpus/TARGET/`` and goes on
from there next time. A crash or a hang is written to ``--crashes`` (default
``fuzz-crashes/TARGET/``): copy it to ``tests/data/fuzz/TARGET/`` and ``tests/test_fuzz.py``
keeps it as a regression test. ``--replay FILE...`` runs saved inputs again, uninstrumented,
with the time each takes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from provenance._exceptions import ProvenanceError
from provenance.extractors import default_registry, extract
from provenance.models import Document
from provenance.readers import READERS, STREAM_READERS, Skipped, text_document
from provenance.resolver import OutletRegistry
from provenance.store import Store

MAX_BYTES = 1 << 20  # the size limit the readers are given: inputs past it test only the refusal
HANG_SECONDS = 1.0  # reading and extracting one input taking longer is a hang
# Under atheris every line of Python is instrumented and runs about five times slower (measured:
# a 139 KB feed, 0.18 s plain, 1.16 s instrumented): a hang there is five times as long, and
# `--replay` times a suspect plainly.
INSTRUMENTED_SLOWER = 5

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "fuzz" / "seeds"
DEV_DOCS = ROOT.parent / "shared" / "data" / "dev" / "docs"


class Hang(Exception):
    """An input that took longer than `HANG_SECONDS` to read and extract."""


def _documents(found: Iterable[object]) -> Iterator[Document]:
    for item in found:
        if isinstance(item, Document):
            yield item
        elif not isinstance(item, ProvenanceError | Skipped):
            raise TypeError(f"a reader yielded {type(item).__name__}")


def _extract_all(docs: Iterable[Document], registry: OutletRegistry | None = None) -> None:
    registry = registry or default_registry()
    for doc in docs:
        for found in extract(doc, registry=registry):
            # Evidence must point into the text it was read from.
            if not 0 <= found.evidence.start <= found.evidence.end <= len(doc.text):
                raise AssertionError(f"evidence {found.evidence.start}:{found.evidence.end} outside the text")
        _store().add(doc)


class _Stores:
    """An in-memory store that every document read is added to (SQLite refuses some strings),
    made anew now and then so that a long run's memory stays flat."""

    def __init__(self) -> None:
        self._store: Store | None = None
        self._added = 0

    def __call__(self) -> Store:
        if self._store is None or self._added >= 2000:
            if self._store is not None:
                self._store.close()
            self._store = Store(":memory:", registry=default_registry())
            self._added = 0
        self._added += 1
        return self._store


_store = _Stores()


def _whole(kind: str) -> Callable[[bytes], None]:
    reader = READERS[kind]

    def target(data: bytes) -> None:
        try:
            docs = reader(data, f"fuzz.{kind}", max_bytes=MAX_BYTES)
        except ProvenanceError:
            return
        _extract_all(_documents(docs))

    return target


def _streamed(kind: str) -> Callable[[bytes], None]:
    reader = STREAM_READERS[kind]

    def target(data: bytes) -> None:
        try:
            _extract_all(_documents(reader(io.BytesIO(data), f"fuzz.{kind}", max_bytes=MAX_BYTES)))
        except ProvenanceError:
            return

    return target


def _registry(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "outlets.json"
        path.write_bytes(data)
        try:
            registry = OutletRegistry.from_file(path)
        except ProvenanceError:
            return
        names = [outlet.name for outlet in list(registry)[-5:]]
        text = "\n".join(f"Originally published by {name}." for name in names)
        _extract_all([text_document(text, "fuzz.txt")], registry)


def _cases(data: bytes) -> None:
    from provenance.evaluate import CASE_READERS, case_format, load_cases

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "cases.jsonl").write_bytes(data)
        (Path(folder) / "page.html").write_bytes(b"<p>Originally published by ProPublica.</p>")
        try:
            for case in load_cases(folder):
                reader = CASE_READERS.get(case_format(case))
                if reader is not None:
                    _extract_all(reader(case, Path(folder)))
        except ProvenanceError:
            return


@dataclass(frozen=True)
class Target:
    """What to fuzz, and which files seed it."""

    run: Callable[[bytes], None]
    suffixes: tuple[str, ...]  # of the dev documents that seed it


TARGETS: dict[str, Target] = {
    "text": Target(_whole("text"), (".txt", ".html")),
    "html": Target(_whole("html"), (".html", ".htm")),
    "feed": Target(_whole("feed"), (".xml", ".rss", ".atom")),
    "warc": Target(_streamed("warc"), (".warc", ".warc.gz")),
    "arc": Target(_streamed("warc"), (".arc", ".arc.gz")),
    "jsonl": Target(_streamed("jsonl"), (".jsonl",)),
    "registry": Target(_registry, ()),
    "cases": Target(_cases, ()),
}


def check(target: str, data: bytes, *, hang: float | None = HANG_SECONDS) -> None:
    """Run one input through a target; raises what a reader let through, or `Hang`."""
    started = time.perf_counter()
    TARGETS[target].run(data)
    took = time.perf_counter() - started
    if hang is not None and took > hang:
        raise Hang(f"{took:.2f} s to read and extract {len(data):,} bytes")


def warm_up(target: str, inputs: list[bytes]) -> None:
    """Run the seeds once, unchecked: the first document loads the registry and compiles the
    rules, which is no hang."""
    for data in inputs:
        try:
            check(target, data, hang=None)
        except Exception as exc:
            print(f"{target}: a seed fails ({type(exc).__name__}: {exc})", file=sys.stderr)


def seeds(target: str, *, dev: bool = True) -> list[bytes]:
    """The seed inputs of a target: its files in the tests' data, and (``dev``) the dev documents
    of its kind when the shared data set is beside the checkout."""
    found = [p.read_bytes() for p in sorted((SEEDS / target).glob("*")) if p.is_file()]
    suffixes = TARGETS[target].suffixes
    if dev and suffixes and DEV_DOCS.is_dir():
        found += [p.read_bytes() for p in sorted(DEV_DOCS.iterdir()) if p.name.lower().endswith(suffixes)]
    return found or [b""]


# What the hypothesis engine inserts: the markup and references that broke readers before.
TOKENS = (
    b"<",
    b">",
    b"&#x110000;",
    b"&#xD800;",
    b"&#0;",
    b"&#99999999999999999999;",
    b"&amp",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"\x00",
    b"\xc4",
    b"\xff\xfe",
    b"<div>" * 64,
    b'<a href="' + b"x" * 4096,
    b"<!DOCTYPE x [<!ENTITY a 'aa'>]>",
    b'<?xml version="1.0" encoding="latin-1"?>',
    b'<meta charset="utf-16">',
    b"\r\n",
    b'{"text": "',
    b"WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n",
    b"\x1f\x8b\x08\x00",
)


def mutate(data: bytes, edits: list[tuple[int, int, int, int]]) -> bytes:
    """``data`` with each edit (what, where, a byte or token, how many times) applied."""
    out = bytearray(data)
    for what, where, value, count in edits:
        at = where % (len(out) + 1)
        if what == 0 and out:  # flip a byte
            out[at % len(out)] = value % 256
        elif what == 1:  # cut the rest
            del out[at:]
        elif what == 2:  # insert a token, perhaps repeated
            out[at:at] = TOKENS[value % len(TOKENS)] * count
        elif what == 3:  # remove a run
            del out[at : at + count * 16]
        else:  # repeat a run
            out[at:at] = bytes(out[at : at + 64]) * count
    return bytes(out)


class Failure(Exception):
    """A failing input, with what it raised as its cause."""

    def __init__(self, target: str, data: bytes) -> None:
        self.target = target
        self.data = data
        super().__init__(f"{target}: an input of {len(data):,} bytes fails")


def run_hypothesis(
    target: str,
    examples: int = 200,
    *,
    seconds: float | None = None,
    hang: float | None = None,
    dev: bool = True,
) -> int:
    """Fuzz ``target`` with hypothesis: ``examples`` inputs (the same ones at every run), or, with
    ``seconds``, rounds of them (new ones each round) until the time is up. Returns the inputs
    run; raises `Failure` with the first failing input (shrunk) and its exception as the cause.
    ``dev``: seeded with the dev documents too (see `seeds`)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    inputs = seeds(target, dev=dev)
    warm_up(target, inputs)
    edit = st.tuples(st.integers(0, 4), st.integers(0, 1 << 24), st.integers(0, 255), st.integers(1, 40))
    last: list[bytes] = []
    runs = 0

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=seconds is None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(st.sampled_from(inputs), st.lists(edit, max_size=6))
    def fuzz(seed: bytes, edits: list[tuple[int, int, int, int]]) -> None:
        nonlocal runs
        runs += 1
        data = mutate(seed, edits)
        last[:] = [data]
        check(target, data, hang=hang)

    deadline = None if seconds is None else time.monotonic() + seconds
    while True:
        try:
            fuzz()
        except Exception as exc:
            raise Failure(target, last[0]) from exc
        if deadline is None or time.monotonic() >= deadline:
            return runs


def _run_atheris(target: str, seconds: int, crashes: Path) -> int:
    """Fuzz with libFuzzer for ``seconds``; it ends the process. The inputs it finds that reach
    new code are kept in ``fuzz-corpus/TARGET/``, so that the next run goes on from them."""
    import atheris

    corpus = Path("fuzz-corpus") / target
    corpus.mkdir(parents=True, exist_ok=True)
    inputs = seeds(target)
    warm_up(target, inputs)
    for data in inputs:
        (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
    crashes.mkdir(parents=True, exist_ok=True)

    def one(data: bytes) -> None:
        check(target, data, hang=HANG_SECONDS * INSTRUMENTED_SLOWER)

    atheris.instrument_all()
    args = [
        sys.argv[0],
        str(corpus),
        f"-max_total_time={seconds}",
        "-timeout=30",
        f"-artifact_prefix={crashes}/",
        "-max_len=262144",
        "-print_final_stats=1",
    ]
    atheris.Setup(args, one)
    atheris.Fuzz()
    return 0  # not reached: libFuzzer exits


def _run_fallback(target: str, seconds: int, crashes: Path) -> int:
    started = time.monotonic()
    try:
        runs = run_hypothesis(target, 500, seconds=seconds, hang=HANG_SECONDS)
    except Failure as failure:
        crashes.mkdir(parents=True, exist_ok=True)
        path = crashes / f"crash-{hashlib.sha1(failure.data).hexdigest()[:12]}"
        path.write_bytes(failure.data)
        traceback.print_exception(failure.__cause__ or failure)
        print(f"{target}: failing input written to {path}", file=sys.stderr)
        return 1
    took = time.monotonic() - started
    print(f"{target}: {runs:,} inputs in {took:.0f} s ({runs / took:,.0f}/s), no failure", file=sys.stderr)
    return 0


def replay(target: str, files: list[Path]) -> int:
    """Run saved inputs through a target, uninstrumented: what each raises, and how long it took."""
    warm_up(target, seeds(target)[:1])
    status = 0
    for path in files:
        started = time.perf_counter()
        try:
            check(target, path.read_bytes(), hang=None)
        except Exception as exc:
            status = 1
            outcome = f"{type(exc).__name__}: {exc}"
        else:
            outcome = "ok"
        took = time.perf_counter() - started
        if took > HANG_SECONDS:
            status = 1
            outcome += " (a hang)"
        print(f"{path}: {took:.3f} s: {outcome}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m provenance.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=[*TARGETS, "all"])
    parser.add_argument("--seconds", type=int, default=60, help="how long to run each target (default 60)")
    parser.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    parser.add_argument("--crashes", type=Path, help="where failing inputs go (default fuzz-crashes/TARGET)")
    parser.add_argument(
        "--replay", type=Path, nargs="+", metavar="FILE", help="run these inputs (not instrumented) and stop"
    )
    args = parser.parse_args(argv)
    if args.replay:
        if args.target == "all":
            parser.error("--replay needs one target")
        return replay(args.target, args.replay)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris"
    names = list(TARGETS) if args.target == "all" else [args.target]
    if engine == "atheris" and len(names) > 1:
        # libFuzzer ends its process when its time is up: one process a target.
        status = 0
        for name in names:
            command = [sys.executable, "-m", "provenance.fuzz", name, "--seconds", str(args.seconds)]
            if args.crashes:
                command += ["--crashes", str(args.crashes / name)]
            status |= os.spawnv(os.P_WAIT, sys.executable, command)
        return status
    status = 0
    for name in names:
        crashes = args.crashes or Path("fuzz-crashes") / name
        run = _run_atheris if engine == "atheris" else _run_fallback
        status |= run(name, args.seconds, crashes)
    return status


if __name__ == "__main__":
    sys.exit(main())
