"""Ingest: read files into the store, one document at a time, with a summary of what happened.

A file that cannot be read, or a bad record inside one, is counted as failed and skipped; the
rest land. Each document goes in whole or not at all, and documents are committed in groups, so
stopping (or killing) an ingest loses at most the group not yet committed; running it again adds
what is missing and nothing twice.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import sqlite3
import sys
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from provenance._exceptions import InputError, InputNotFound
from provenance.extractors import extract
from provenance.models import Attribution, Document, replaced
from provenance.readers import DEFAULT_MAX_BYTES, READERS, Skipped, guess_kind, iter_path
from provenance.readers.jsonl import iter_jsonl
from provenance.resolver import OutletRegistry
from provenance.store import Store, document_keys, known_contents

DEFAULT_COMMIT_EVERY = 10_000  # documents a commit of `ingest` holds at most


@dataclass
class IngestSummary:
    """What an ingest did: documents new and unchanged, failures with their reasons, statements."""

    new: int = 0
    unchanged: int = 0
    skipped: int = 0  # records read but not documents (a PDF in an archive)
    failed: list[tuple[str, str]] = field(default_factory=list)
    attributions: int = 0
    seconds: float = 0.0
    outlets: int = 0

    @property
    def documents(self) -> int:
        return self.new + self.unchanged

    @property
    def rate(self) -> float:
        """Documents per second."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "new": self.new,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "failed": len(self.failed),
            "failures": [{"source": s, "reason": r} for s, r in self.failed],
            "attributions": self.attributions,
            "outlets": self.outlets,
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.rate, 1),
        }


# In a folder, files with these endings (or none) are documents; a README.md or a picture beside
# them is not. A file named on the command line is always read.
DOCUMENT_SUFFIXES = frozenset(
    {
        "",
        ".txt",
        ".text",
        ".jsonl",
        ".ndjson",
        ".html",
        ".htm",
        ".xhtml",
        ".rss",
        ".atom",
        ".xml",
        ".warc",
        ".arc",
    }
)


def _is_document(name: str) -> bool:
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return True
    return not name.startswith(".") and os.path.splitext(lower)[1] in DOCUMENT_SUFFIXES


def input_files(paths: Iterable[str], *, recursive: bool = False) -> Iterator[str]:
    """The files named by ``paths``: files as given, and the documents in a folder (and in its
    sub-folders with ``recursive``), in name order. ``-`` is standard input.

    In a folder only files ending in .txt, .text, .jsonl, .ndjson, .html, .htm, .xhtml, .rss, .atom,
    .xml or nothing are read; hidden
    files and others (README.md, pictures) are skipped.
    """
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        if recursive:
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for name in sorted(files):
                    if _is_document(name):
                        yield os.path.join(folder, name)
        else:
            for name in sorted(os.listdir(path)):
                full = os.path.join(path, name)
                if _is_document(name) and os.path.isfile(full):
                    yield full


def ingest(
    store: Store,
    paths: Iterable[str],
    *,
    recursive: bool = False,
    kind: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    commit_every: int = DEFAULT_COMMIT_EVERY,
    on_bytes: Callable[[int], None] | None = None,
    on_document: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Read every document in ``paths`` into ``store``; never stops at a bad file.

    With ``workers`` 1, this process reads, extracts and writes. With more, ``workers``
    processes read the inputs and extract their statements, and this one only writes (the store
    has one writer): work goes out in small pieces (a batch of lines of a JSON-lines file, a few
    files, or a batch of records this process read from an archive or standard input), a few
    pieces ahead of the writer at most, so memory stays bounded whatever the input's size, and
    documents are written in the order they were read. The store commits after every
    ``commit_every`` documents or 5 seconds (see `Store.grouped`). ``on_bytes`` is told how many
    bytes were read as reading goes on, ``on_document`` is called after each document with the
    running summary.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    pieces = _pieces(paths, summary, recursive, kind, url, max_bytes, on_bytes)
    # What is loaded already (the registry, compiled rules, caches) outlives the ingest: kept
    # out of the collector's sight while it runs, the collector's full passes stop walking
    # it again and again (measured: ingest on one core about 15% faster).
    gc.freeze()
    try:
        with store.grouped(size=commit_every):
            for items in _worked(store, pieces, workers, max_bytes):
                with store.batch():
                    for item in items:
                        if isinstance(item, InputError):
                            summary.failed.append((item.source, item.reason))
                            continue
                        if isinstance(item, Skipped):
                            summary.skipped += 1
                            continue
                        doc, found = item
                        result = store.add(doc) if found is None else store.add(doc, found[0], keys=found[1])
                        if result.status == "new":
                            summary.new += 1
                            summary.attributions += result.attributions
                        else:
                            summary.unchanged += 1
                        if on_document is not None:
                            summary.seconds = time.perf_counter() - started
                            on_document(summary)
    finally:
        gc.unfreeze()
    summary.seconds = time.perf_counter() - started
    summary.outlets = store.stats()["outlets"]
    return summary


_BATCH = 32  # documents (lines, files, records) in a piece of work


@dataclass(frozen=True)
class _Lines:
    """Lines of a JSON-lines file, parsed where they are worked on."""

    source: str
    first: int  # the number of the first line in its file
    lines: list[bytes]


@dataclass(frozen=True)
class _Files:
    """Files read whole (a text, an HTML page, a feed), read where they are worked on."""

    files: list[tuple[str, str]]  # path and kind
    url: str | None


# A piece of work: lines or files to read, or documents read already (records of an archive, or
# standard input, which only this process can read).
Piece = _Lines | _Files | list[Document | InputError | Skipped]
Extracted = tuple[list[Attribution], tuple[str, str]]
# What the work on a piece gives, in order: documents with their statements and keys (none for
# a document the store has already: the store says what it holds), and what could not be read.
Item = tuple[Document, Extracted | None] | InputError | Skipped


def _pieces(
    paths: Iterable[str],
    summary: IngestSummary,
    recursive: bool,
    kind: str | None,
    url: str | None,
    max_bytes: int,
    on_bytes: Callable[[int], None] | None,
) -> Iterator[Piece]:
    """The inputs cut into pieces of work; a file that cannot be opened is counted on the way."""
    files: list[tuple[str, str]] = []

    def gathered() -> _Files:
        nonlocal files
        if on_bytes is not None:  # counted as they go out to be read
            on_bytes(sum(os.path.getsize(path) for path, _ in files if os.path.isfile(path)))
        piece = _Files(files, url)
        files = []
        return piece

    for path in input_files(paths, recursive=recursive):
        path_kind = kind or guess_kind(path)
        if path != "-" and path_kind in READERS:
            files.append((path, path_kind))
            if len(files) == _BATCH:
                yield gathered()
            continue
        if files:
            yield gathered()
        try:
            if path != "-" and path_kind == "jsonl":
                yield from _line_pieces(path, max_bytes, on_bytes)
            else:
                records = iter_path(path, kind=path_kind, url=url, max_bytes=max_bytes, progress=on_bytes)
                yield from _batches(records)
        except InputError as exc:
            summary.failed.append((exc.source, exc.reason))
    if files:
        yield gathered()


def _line_pieces(path: str, max_bytes: int, on_bytes: Callable[[int], None] | None) -> Iterator[_Lines]:
    """A JSON-lines file in batches of lines, read but not parsed (parsing is work for the
    workers: measured, a third of what reading and writing a line costs this process)."""
    if os.path.isdir(path):
        raise InputNotFound(path, "is a directory, not a file")
    try:
        stream = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise InputNotFound(path, "no such file") from None
    except OSError as exc:
        raise InputNotFound(path, exc.strerror or "cannot be read") from None
    with stream:
        first = 1
        lines: list[bytes] = []
        for line in stream:
            lines.append(line)
            if len(lines) == _BATCH:
                if on_bytes is not None:
                    on_bytes(sum(map(len, lines)))
                yield _Lines(path, first, lines)
                first += len(lines)
                lines = []
        if lines:
            if on_bytes is not None:
                on_bytes(sum(map(len, lines)))
            yield _Lines(path, first, lines)


def _batches(
    records: Iterator[Document | InputError | Skipped],
) -> Iterator[list[Document | InputError | Skipped]]:
    batch: list[Document | InputError | Skipped] = []
    for record in records:
        batch.append(record)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _read(piece: Piece, max_bytes: int) -> Iterator[Document | InputError | Skipped]:
    """The documents of a piece of work, and what could not be read in it."""
    if isinstance(piece, _Lines):
        yield from iter_jsonl(piece.lines, piece.source, max_bytes=max_bytes, first=piece.first)
    elif isinstance(piece, _Files):
        for path, kind in piece.files:
            try:
                yield from iter_path(path, kind=kind, url=piece.url, max_bytes=max_bytes)
            except InputError as exc:
                yield exc
    else:
        yield from piece


def _work(
    piece: Piece,
    registry: OutletRegistry,
    known: Callable[[Sequence[str]], set[str]] | None,
    max_bytes: int,
    keep_text: bool,
) -> list[Item]:
    """Read a piece of work and extract the statements of its documents; ``known`` tells which
    content hashes the store has already (their documents need no extraction)."""
    read = list(_read(piece, max_bytes))
    keys = {i: document_keys(doc) for i, doc in enumerate(read) if isinstance(doc, Document)}
    stored = known([digest for digest, _ in keys.values()]) if known is not None else set()
    items: list[Item] = []
    for i, record in enumerate(read):
        if not isinstance(record, Document):
            items.append(record)
        elif keys[i][0] in stored:
            items.append((record, None))
        else:
            found = extract(record, registry=registry)
            # The writer needs a document's fields and statements, not its text (unless it
            # fingerprints texts for reuse): less to send between processes.
            doc = record if keep_text else replaced(record, text="", regions=(), links=())
            items.append((doc, (found, keys[i])))
    return items


def _worked(store: Store, pieces: Iterator[Piece], workers: int, max_bytes: int) -> Iterator[list[Item]]:
    """The items of each piece of work, in order: worked on here (``workers`` 1) or by
    ``workers`` processes while this one writes."""
    if workers <= 1:
        for piece in pieces:
            yield _work(piece, store.registry, store.known_contents, max_bytes, keep_text=True)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    setup = (store.registry, store.path, max_bytes, store.reuse)
    # A pool that fails its pending work when a worker dies (killed, out of memory) rather than
    # waiting for it for ever.
    with ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context(method), initializer=_start_worker, initargs=setup
    ) as pool:
        pending: deque[Future[list[Item]]] = deque()
        for piece in pieces:
            pending.append(pool.submit(_work_here, piece))
            # A few pieces ahead per worker keep them busy; more would only take memory.
            while pending and (pending[0].done() or len(pending) > 3 * workers):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


_worker: tuple[OutletRegistry, Callable[[Sequence[str]], set[str]] | None, int, bool] | None = None


def _start_worker(registry: OutletRegistry, path: str, max_bytes: int, keep_text: bool) -> None:
    global _worker
    known = None
    if path != ":memory:":
        # The store, read only: a document it holds already needs no extraction (what the
        # writer has not committed yet is not seen, and is told apart when written).
        db = sqlite3.connect(f"file:{urllib.parse.quote(path)}?mode=ro", uri=True, check_same_thread=False)
        known = functools.partial(known_contents, db)
    _worker = (registry, known, max_bytes, keep_text)
    # A worker whose writer is gone (killed, even with SIGKILL) has nobody to work for: it goes
    # too, instead of waiting for work for ever.
    parent = os.getppid()
    threading.Thread(target=_leave_with, args=(parent,), daemon=True).start()
    # A worker's errors travel back with its results; what it would print when the writing
    # process is killed (a broken pipe) is noise, not a message for the user.
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115


def _leave_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _work_here(piece: Piece) -> list[Item]:
    assert _worker is not None
    registry, known, max_bytes, keep_text = _worker
    return _work(piece, registry, known, max_bytes, keep_text)
