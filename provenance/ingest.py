"""Ingest: read files into the store, one document at a time, with a summary of what happened.

A file that cannot be read, or a bad record inside one, is counted as failed and skipped; the
rest land. That holds for a reader that fails in a way nobody foresaw too: the piece of work it
failed on is worked on again record by record, and only the records that fail again are lost
(each named with its file and record). A worker process that dies (killed, out of memory) loses
nothing either: the pieces it held are worked on again in the writing process. Each document goes
in whole or not at all, and documents are committed in groups, so stopping (or killing) an ingest
loses at most the group not yet committed; running it again adds what is missing and nothing
twice. What stops an ingest is the store failing (a full disk), or with ``fail_fast`` the first
failure of any kind.
"""

from __future__ import annotations

import functools
import gc
import logging
import multiprocessing
import os
import queue
import signal
import sqlite3
import sys
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, BinaryIO, Union

from provenance._exceptions import InputError, StoreError
from provenance.aliases import AliasClaim, alias_claims
from provenance.extractors import extract
from provenance.models import Attribution, Document, replaced
from provenance.readers import (
    DEFAULT_MAX_BYTES,
    READERS,
    Skipped,
    guess_kind,
    iter_captures,
    iter_path,
    open_input,
)
from provenance.readers.jsonl import iter_jsonl
from provenance.resolver import OutletRegistry
from provenance.store import Store, damaged, document_keys, known_contents

if TYPE_CHECKING:
    from provenance.readers.warc import Capture

DEFAULT_COMMIT_EVERY = 10_000  # documents a commit of `ingest` holds at most

log = logging.getLogger(__name__)


def unexpected(exc: BaseException) -> str:
    """The reason given for a record a reader or extractor failed on in a way nobody foresaw:
    one line, which says it is a bug to report (bad input alone is reported as what is wrong)."""
    message = " ".join(str(exc).split())[:300]
    return f"could not be read ({type(exc).__name__}: {message}); skipped (a bug: please report it with this input)"


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


def combined(summaries: Iterable[IngestSummary]) -> IngestSummary:
    """One summary of several ingests into one store, one after the other."""
    total = IngestSummary()
    for s in summaries:
        total.new += s.new
        total.unchanged += s.unchanged
        total.skipped += s.skipped
        total.failed.extend(s.failed)
        total.attributions += s.attributions
        total.seconds += s.seconds
        total.outlets = s.outlets  # the store's count after the last one
    return total


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
    .xml, .warc, .arc (either gzipped) or nothing are read; hidden files and others (README.md,
    pictures) are skipped.
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
    fail_fast: bool = False,
) -> IngestSummary:
    """Read every document in ``paths`` into ``store``; never stops at a bad file or record
    (with ``fail_fast``, stops at the first: raises its `InputError`).

    With ``workers`` 1, this process reads, extracts and writes. With more, ``workers - 1``
    processes read the inputs and extract their statements while this one writes (the store has
    one writer) and works on a piece itself when they all have their fill: work goes out in
    small pieces (about 128 KB of a JSON-lines file, a few files, the pages of an archive this
    process read, left for a worker to parse, or documents read from standard input), a few
    pieces ahead of the writer at most, so memory stays bounded whatever the input's size, and
    documents are written in the order they were read; the documents of a piece share one
    savepoint (`Store.batch`). The store commits after every ``commit_every`` documents or 5
    seconds (see `Store.grouped`). ``on_bytes`` is told how many bytes were read as reading goes
    on, ``on_document`` is called after each piece's documents are written, with the running
    summary.
    """
    if store.read_only:
        raise StoreError(
            f"{store.path}: the store is read-only (no permission to write it); make it writable "
            "(chmod u+w) or give another --db"
        )
    summary = IngestSummary()
    started = time.perf_counter()
    pieces = _pieces(paths, summary, recursive, kind, url, max_bytes, on_bytes, fail_fast)
    # What is loaded already (the registry, compiled rules, caches) outlives the ingest: kept
    # out of the collector's sight while it runs, the collector's full passes stop walking
    # it again and again (measured: ingest on one core about 15% faster).
    gc.freeze()
    try:
        with store.grouped(size=commit_every):
            for items in _worked(store, pieces, workers, max_bytes):
                write_piece(store, items, summary, fail_fast)
                if on_document is not None:
                    summary.seconds = time.perf_counter() - started
                    on_document(summary)
    except sqlite3.Error as exc:
        if not _store_failure(exc):
            raise
        raise StoreError(damaged(store.path, exc)) from None
    finally:
        gc.unfreeze()
    summary.seconds = time.perf_counter() - started
    summary.outlets = store.stats()["outlets"]
    return summary


def write_piece(store: Store, items: list[Item], summary: IngestSummary, fail_fast: bool = False) -> None:
    """Write the items of one piece of work in one savepoint and count them in ``summary``."""
    try:
        with store.batch():
            stop = _write(store, items, summary, fail_fast)
    except Exception as exc:
        if _store_failure(exc):
            raise
        # One document the store could not take: the batch is undone, and written again a
        # document at a time, without it.
        stop = _write(store, items, summary, fail_fast, alone=True)
    if stop is not None:  # with fail_fast: the documents before it are kept
        raise stop


def _write(
    store: Store,
    items: list[Item],
    summary: IngestSummary,
    fail_fast: bool,
    alone: bool = False,
) -> InputError | None:
    """Write the documents of a piece and count what happened to each; ``alone``: each in a
    savepoint of its own, a document the store fails on reported and skipped. With
    ``fail_fast``, stops at the first failure and returns it."""
    # Counted on a copy: a batch undone is counted again when written document by document.
    new = unchanged = attributions = skipped = 0
    failed: list[tuple[str, str]] = []
    stop: InputError | None = None
    for item in items:
        if isinstance(item, InputError):
            if fail_fast:
                stop = item
                break
            failed.append((item.source, _one_line(item.reason)))
            continue
        if isinstance(item, Skipped):
            skipped += 1
            continue
        doc, found = item
        try:
            result = (
                store.add(doc) if found is None else store.add(doc, found[0], keys=found[1], claims=found[2])
            )
        except Exception as exc:
            if not alone or _store_failure(exc):
                raise
            log.debug("%s: the store failed on it", doc.source, exc_info=True)
            if fail_fast:
                stop = InputError(doc.source, unexpected(exc))
                break
            failed.append((doc.source, unexpected(exc)))
            continue
        if result.status == "new":
            new += 1
            attributions += result.attributions
        else:
            unchanged += 1
    summary.new += new
    summary.unchanged += unchanged
    summary.attributions += attributions
    summary.failed.extend(failed)
    summary.skipped += skipped
    return stop


def _store_failure(exc: BaseException) -> bool:
    """True when the store itself failed (a full disk, an I/O error, a damaged file), not a
    document: the ingest stops, as every document after would fail the same way."""
    return (
        isinstance(exc, sqlite3.OperationalError | sqlite3.InternalError)
        or type(exc) is sqlite3.DatabaseError
    )


def _one_line(reason: str) -> str:
    return reason if "\n" not in reason else " ".join(reason.split())


_BATCH = 32  # files, or records read here, in a piece of work


@dataclass(frozen=True)
class _Lines:
    """Whole lines of a JSON-lines file, read and parsed where they are worked on."""

    source: str
    offset: int  # where they start in the file, in bytes
    size: int
    first: int  # the number of the first line in its file


@dataclass(frozen=True)
class _Files:
    """Files read whole (a text, an HTML page, a feed), read where they are worked on."""

    files: list[tuple[str, str]]  # path and kind
    url: str | None


# A piece of work: lines or files to read, or records read already: an archive's pages to parse
# (the archive streams through this process), or the documents of standard input (which only
# this process can read).
Record = Union[Document, "Capture", InputError, Skipped]  # Capture is imported for typing only
Piece = _Lines | _Files | list[Record]
Extracted = tuple[list[Attribution], tuple[bytes, str], tuple[AliasClaim, ...]]
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
    fail_fast: bool = False,
) -> Iterator[Piece]:
    """The inputs cut into pieces of work; a file that cannot be opened is counted on the way,
    as is one that this process reads (an archive, standard input) and fails on part way (its
    records read so far are kept)."""
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
            elif path_kind == "warc":
                yield from _batches(iter_captures(path, max_bytes=max_bytes, progress=on_bytes))
            else:
                records = iter_path(path, kind=path_kind, url=url, max_bytes=max_bytes, progress=on_bytes)
                yield from _batches(records)
        except InputError as exc:
            if fail_fast:
                raise
            summary.failed.append((exc.source, _one_line(exc.reason)))
        except Exception as exc:
            log.debug("%s: reading failed", path, exc_info=True)
            if fail_fast:
                raise InputError(path, unexpected(exc)) from None
            summary.failed.append((path, f"{unexpected(exc)}; the rest of the file too"))
    if files:
        yield gathered()


_PIECE_BYTES = 1 << 17  # JSON lines are handed out about 128 KB at a time (some 30 articles)


def _line_pieces(
    path: str, max_bytes: int, on_bytes: Callable[[int], None] | None
) -> Iterator[_Lines | list[Record]]:
    """A JSON-lines file cut into runs of whole lines, found but not read line by line (reading
    and parsing are work for the workers). A line over ``max_bytes`` is reported here and
    skipped, without being held in memory."""
    with open_input(path) as stream:
        offset, first = 0, 1  # where the next piece starts, and its first line's number
        pending = 0  # bytes read from there that end in no newline yet
        while block := stream.read(_PIECE_BYTES):
            if on_bytes is not None:
                on_bytes(len(block))
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                pending += len(block)
                if pending > max_bytes + 1:  # one line over the limit: skip to its end
                    size = pending + _skip_line(stream)
                    yield [
                        InputError(
                            f"{path}:{first}", f"{size - 1:,} bytes is over the limit of {max_bytes:,} bytes"
                        )
                    ]
                    offset, first, pending = offset + size, first + 1, 0
                continue
            size = pending + cut
            yield _Lines(path, offset, size, first)
            first += block.count(b"\n", 0, cut)
            offset += size
            pending = len(block) - cut
        if pending:
            yield _Lines(path, offset, pending, first)


def _skip_line(stream: BinaryIO) -> int:
    """Read on to the end of the line, keeping nothing; the bytes read."""
    skipped = 0
    while block := stream.read(_PIECE_BYTES):
        end = block.find(b"\n")
        if end >= 0:
            stream.seek(end + 1 - len(block), os.SEEK_CUR)
            return skipped + end + 1
        skipped += len(block)
    return skipped


def _batches(records: Iterator[Record]) -> Iterator[list[Record]]:
    """Records read here in pieces of `_BATCH`, or of about `_PIECE_BYTES` of archived pages:
    a few pieces wait in a worker's queue, and large pages must not make that much memory."""
    batch: list[Record] = []
    size = 0
    for record in records:
        batch.append(record)
        size += len(getattr(record, "body", b""))
        if len(batch) == _BATCH or size >= _PIECE_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _read(piece: Piece, max_bytes: int) -> Iterator[Document | InputError | Skipped]:
    """The documents of a piece of work, and what could not be read in it."""
    if isinstance(piece, _Lines):
        with open(piece.source, "rb") as stream:
            stream.seek(piece.offset)
            lines = stream.read(piece.size).split(b"\n")
        yield from iter_jsonl(lines, piece.source, max_bytes=max_bytes, first=piece.first)
    elif isinstance(piece, _Files):
        for path, kind in piece.files:
            try:
                # Read whole before any goes out: a file that fails part way yields nothing twice.
                yield from list(iter_path(path, kind=kind, url=piece.url, max_bytes=max_bytes))
            except InputError as exc:
                yield exc
            except Exception as exc:
                log.debug("%s: reading failed", path, exc_info=True)
                yield InputError(path, unexpected(exc))
    else:
        for record in piece:
            if isinstance(record, Document | InputError | Skipped):
                yield record
            else:
                try:
                    yield record.document(max_bytes)  # an archive's page, parsed here
                except Exception as exc:
                    log.debug("%s: parsing failed", record.where, exc_info=True)
                    yield InputError(record.where, unexpected(exc))


def _work(
    piece: Piece,
    registry: OutletRegistry,
    known: Callable[[Sequence[bytes]], set[bytes]] | None,
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
            try:
                found = extract(record, registry=registry)
            except Exception as exc:
                log.debug("%s: extraction failed", record.source, exc_info=True)
                items.append(InputError(record.source, unexpected(exc)))
                continue
            claims = alias_claims(record, found)
            # The writer needs a document's fields and statements, not its text (unless it
            # fingerprints texts for reuse): less to send between processes.
            doc = record if keep_text else replaced(record, text="", regions=(), links=())
            items.append((doc, (found, keys[i], claims)))
    return items


def _work_safely(
    piece: Piece,
    registry: OutletRegistry,
    known: Callable[[Sequence[bytes]], set[bytes]] | None,
    max_bytes: int,
    keep_text: bool,
) -> list[Item]:
    """`_work`, and when it fails as a whole (a reader failing mid-stream), the piece again
    record by record: only the records that fail again are lost, each reported."""
    try:
        return _work(piece, registry, known, max_bytes, keep_text)
    except Exception:
        log.debug("a piece failed; worked on again record by record", exc_info=True)
    items: list[Item] = []
    for one in _records(piece):
        try:
            items.extend(_work(one, registry, known, max_bytes, keep_text))
        except Exception as exc:
            items.append(InputError(_where(one), unexpected(exc)))
    return items


def _records(piece: Piece) -> Iterator[Piece]:
    """A piece of work cut into pieces of one record (a line, a file, a page) each."""
    if isinstance(piece, _Files):
        for file in piece.files:
            yield _Files([file], piece.url)
    elif isinstance(piece, _Lines):
        with open(piece.source, "rb") as stream:
            stream.seek(piece.offset)
            lines = stream.read(piece.size).split(b"\n")
        offset = piece.offset
        for number, line in enumerate(lines, piece.first):
            yield _Lines(piece.source, offset, len(line), number)
            offset += len(line) + 1
    else:
        for record in piece:
            yield [record]


def _where(piece: Piece) -> str:
    """The record a piece of one record holds, as a failure names it."""
    if isinstance(piece, _Files):
        return piece.files[0][0]
    if isinstance(piece, _Lines):
        return f"{piece.source}:{piece.first}"
    record = piece[0]
    return record.source if isinstance(record, Document | InputError | Skipped) else record.where


def _worked(store: Store, pieces: Iterator[Piece], workers: int, max_bytes: int) -> Iterator[list[Item]]:
    """The items of each piece of work, in order: worked on here (``workers`` 1), or by
    ``workers - 1`` processes while this one writes (and works on a piece itself rather than
    wait for theirs)."""

    def here(piece: Piece) -> list[Item]:
        return _work_safely(piece, store.registry, store.known_contents, max_bytes, keep_text=True)

    if workers <= 1:
        for piece in pieces:
            yield here(piece)
        return
    with _Workers(workers - 1, (store.registry, store.path, max_bytes, store.reuse)) as pool:
        yield from pool.run(pieces, here)


@dataclass
class _Out:
    """A piece of work sent to a worker, kept until its items are back (to work on it again here
    if the worker dies)."""

    worker: int
    piece: Piece
    lost: bool = False  # its worker died before sending its items back


class _Workers:
    """Processes that read and extract pieces of work for the writing process, each through a
    pipe of its own.

    The writing process runs no thread to feed them or to collect their results: such threads
    take turns with it for the interpreter's lock, at every statement it sends to SQLite
    (measured: with a pool's feeding and collecting threads, 2 workers made ingest no faster
    than 1). A piece goes to the worker with the least work queued: a few pieces deep for the
    small pieces that name what to read, fewer for records read here (archived pages, standard
    input), which weigh more; a thread in each worker takes its pieces off the pipe as they
    come, so sending one never waits for the worker. Results come back in the order the pieces
    went out.

    A worker that dies (killed, out of memory) is replaced; the pieces it held are worked on
    again here, once, record by record where a piece fails again (see `_work_safely`).
    """

    _AHEAD = 4  # pieces queued for one worker beyond the one it works on (records read here: 1)

    def __init__(self, count: int, setup: tuple[OutletRegistry, str, int, bool]) -> None:
        forks = "fork" in multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork") if forks else multiprocessing.get_context("spawn")
        self._setup = setup
        self._pipes: list[Connection] = []
        self._processes: list[BaseProcess] = []
        for _ in range(count):
            pipe, process = self._start()
            self._pipes.append(pipe)
            self._processes.append(process)
        self._queued = [0] * count
        # The pieces out, oldest first, or the items of a piece worked on here.
        self._order: deque[_Out | list[Item]] = deque()
        self._here: Callable[[Piece], list[Item]] = lambda piece: []  # given by `run`

    def _start(self) -> tuple[Connection, BaseProcess]:
        here, there = self._context.Pipe()
        # A forked worker holds copies of the writer's ends of every pipe made so far: it
        # closes them, so that each worker sees the end of its pipe when the writer closes it.
        theirs = [*self._pipes, here]
        process = self._context.Process(target=_serve, args=(there, theirs, *self._setup), daemon=True)
        process.start()
        there.close()
        return here, process

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        for pipe in self._pipes:
            pipe.close()  # a worker reads the end of its pipe and leaves
        for process in self._processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()

    def run(self, pieces: Iterator[Piece], here: Callable[[Piece], list[Item]]) -> Iterator[list[Item]]:
        """The items of each piece, in order. When every worker has its fill of work and the
        oldest piece's items are not back yet, the writer works on the next piece itself: it
        would only wait (so the work shares itself out, whichever side is slower)."""
        self._here = here
        for piece in pieces:
            deep = self._AHEAD if isinstance(piece, _Lines | _Files) else 1
            while True:
                worker = min(range(len(self._pipes)), key=self._queued.__getitem__)
                if self._queued[worker] <= deep:
                    if self._send(worker, piece):
                        break
                    continue
                if not self._ready():
                    self._order.append(here(piece))
                    break
                yield self._next()
            if self._ready():  # one at a time: the next piece goes out before more are taken
                yield self._next()
        while self._order:
            yield self._next()

    def _send(self, worker: int, piece: Piece) -> bool:
        """Send a piece to a worker; False when the worker is found dead (and was replaced)."""
        try:
            self._pipes[worker].send(piece)
        except (BrokenPipeError, ConnectionResetError, EOFError):
            self._replace(worker)
            return False
        self._queued[worker] += 1
        self._order.append(_Out(worker, piece))
        return True

    def _ready(self) -> bool:
        """True when the oldest piece's items are here to take (or will never come)."""
        if not self._order:
            return False
        oldest = self._order[0]
        if not isinstance(oldest, _Out) or oldest.lost:
            return True
        return self._pipes[oldest.worker].poll() or not self._processes[oldest.worker].is_alive()

    def _next(self) -> list[Item]:
        out = self._order.popleft()
        if not isinstance(out, _Out):
            return out  # worked on here
        if out.lost:
            return self._here(out.piece)
        self._queued[out.worker] -= 1
        try:
            result: list[Item] | _Failed = self._pipes[out.worker].recv()
        except (EOFError, OSError):
            self._processes[out.worker].join(timeout=5)  # gone: its status is there to read
            code = self._processes[out.worker].exitcode
            log.warning(
                "an ingest worker stopped (exit status %s); the work it held is done again here", code
            )
            self._replace(out.worker)
            return self._here(out.piece)
        if isinstance(result, _Failed):
            log.debug("an ingest worker failed on a piece (%s); worked on again here", result.error)
            return self._here(out.piece)
        return result

    def _replace(self, worker: int) -> None:
        """Start a worker in place of a dead one; the pieces it held are marked to be worked on
        here."""
        for out in self._order:
            if isinstance(out, _Out) and out.worker == worker:
                out.lost = True
        self._pipes[worker].close()
        self._processes[worker].join(timeout=1)
        self._pipes[worker], self._processes[worker] = self._start()
        self._queued[worker] = 0


@dataclass(frozen=True)
class _Failed:
    """What a worker sends back for a piece it could not work on (a bug, not bad input)."""

    error: str


def _serve(
    pipe: Connection,
    theirs: list[Connection],
    registry: OutletRegistry,
    path: str,
    max_bytes: int,
    keep_text: bool,
) -> None:
    """A worker: pieces in, their items out, until the writer closes the pipe or is gone."""
    for connection in theirs:
        connection.close()
    known = None
    if path != ":memory:":
        # The store, read only: a document it holds already needs no extraction (what the
        # writer has not committed yet is not seen, and is told apart when written).
        db = sqlite3.connect(f"file:{urllib.parse.quote(path)}?mode=ro", uri=True, check_same_thread=False)
        known = functools.partial(known_contents, db)
    # A worker whose writer is gone (killed, even with SIGKILL) has nobody to work for: it goes
    # too, instead of waiting for work for ever.
    threading.Thread(target=_leave_with, args=(os.getppid(),), daemon=True).start()
    # What a worker would print when the writing process is killed (a broken pipe) is noise,
    # not a message for the user; its errors travel back with its results.
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle
    # Pieces are taken off the pipe as they come, so that the writer never waits to send one
    # (a piece of archived pages is larger than a pipe holds) while this worker is busy.
    inbox: queue.SimpleQueue[Piece | None] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(pipe, inbox), daemon=True).start()
    while (piece := inbox.get()) is not None:
        try:
            result: list[Item] | _Failed = _work_safely(piece, registry, known, max_bytes, keep_text)
        except Exception as exc:  # worked on again by the writer
            result = _Failed(f"{type(exc).__name__}: {exc}")
        try:
            pipe.send(result)
        except (BrokenPipeError, OSError):
            return


def _receive(pipe: Connection, inbox: queue.SimpleQueue[Piece | None]) -> None:
    """Take a worker's pieces off its pipe until the writer closes it (then None)."""
    while True:
        try:
            inbox.put(pipe.recv())
        except (EOFError, OSError):
            inbox.put(None)
            return


def _leave_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
