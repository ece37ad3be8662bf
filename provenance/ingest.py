"""Ingest: read files into the store, one document at a time, with a summary of what happened.

A file that cannot be read, or a bad record inside one, is counted as failed and skipped; the
rest land. Each document goes in whole or not at all, and documents are committed in groups, so
stopping (or killing) an ingest loses at most the group not yet committed; running it again adds
what is missing and nothing twice.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult

from provenance._exceptions import InputError
from provenance.extractors import extract
from provenance.models import Attribution, Document
from provenance.readers import DEFAULT_MAX_BYTES, Skipped, iter_path
from provenance.resolver import OutletRegistry
from provenance.store import Store, document_keys

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

    With ``workers`` above 1, ``workers - 1`` processes extract statements while this one reads
    and writes (the store has one writer); documents go out in small batches, a few
    batches ahead at most, so memory stays bounded whatever the input's size, and they are
    written in the order they were read. The store commits after every ``commit_every``
    documents or 5 seconds (see `Store.grouped`). ``on_bytes`` is told how many bytes were read
    as reading goes on, ``on_document`` is called after each document with the running summary.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    documents = _documents(paths, summary, recursive, kind, url, max_bytes, on_bytes)
    # What is loaded already (the registry, compiled rules, caches) outlives the ingest: kept
    # out of the collector's sight while it runs, the collector's full passes stop walking
    # it again and again (measured: ingest on one core about 15% faster).
    gc.freeze()
    try:
        with store.grouped(size=commit_every):
            for doc, done in _extracted(store, documents, workers):
                result = store.add(doc) if done is None else store.add(doc, done[0], keys=done[1])
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


def _documents(
    paths: Iterable[str],
    summary: IngestSummary,
    recursive: bool,
    kind: str | None,
    url: str | None,
    max_bytes: int,
    on_bytes: Callable[[int], None] | None,
) -> Iterator[Document]:
    """The documents of every input, bad inputs and skipped records counted on the way."""
    for path in input_files(paths, recursive=recursive):
        try:
            for item in iter_path(path, kind=kind, url=url, max_bytes=max_bytes, progress=on_bytes):
                if isinstance(item, InputError):
                    summary.failed.append((item.source, item.reason))
                elif isinstance(item, Skipped):
                    summary.skipped += 1
                else:
                    yield item
        except InputError as exc:
            summary.failed.append((exc.source, exc.reason))


_BATCH = 32
_worker_registry: OutletRegistry | None = None


def _start_worker(registry: OutletRegistry) -> None:
    global _worker_registry
    _worker_registry = registry
    # A worker's errors travel back with its results; what it would print when the reading
    # process is killed (a broken pipe) is noise, not a message for the user.
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115


Extracted = tuple[list[Attribution], tuple[str, str]]


def _extract_batch(batch: list[Document], registry: OutletRegistry | None = None) -> list[Extracted]:
    # The keys are hashed here too: the writer has enough to do.
    registry = registry if registry is not None else _worker_registry
    return [(extract(doc, registry=registry), document_keys(doc)) for doc in batch]


class _Done:
    """A batch the reading process extracted itself, in the shape of the pool's pending results."""

    def __init__(self, value: list[Extracted]) -> None:
        self._value = value

    def ready(self) -> bool:
        return True

    def get(self) -> list[Extracted]:
        return self._value


def _extracted_here(
    store: Store, documents: Iterator[Document]
) -> Iterator[tuple[Document, Extracted | None]]:
    """Documents with their statements and keys, worked out in this process a batch at a time:
    each step over many documents in a row keeps its code and data in the processor's caches
    (measured: a few per cent faster than one document through every step at a time). A
    document the store has already gets none (the store says so)."""
    registry = store.registry
    for batch in _batches(documents):
        keyed = [(doc, document_keys(doc)) for doc in batch]
        known = store.known_contents([keys[0] for _, keys in keyed])
        found = [None if keys[0] in known else extract(doc, registry=registry) for doc, keys in keyed]
        for (doc, keys), attributions in zip(keyed, found, strict=True):
            yield doc, None if attributions is None else (attributions, keys)


def _batches(documents: Iterator[Document]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _extracted(
    store: Store, documents: Iterator[Document], workers: int
) -> Iterator[tuple[Document, Extracted | None]]:
    """Documents with their statements and keys: left to the store itself (``workers`` 1), or
    worked out by ``workers - 1`` extracting processes while this one reads and writes."""
    if workers <= 1:
        yield from _extracted_here(store, documents)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(workers - 1, initializer=_start_worker, initargs=(store.registry,)) as pool:
        pending: deque[tuple[list[Document], AsyncResult[list[Extracted]] | _Done]] = deque()

        def submit(batch: list[Document]) -> None:
            if sum(not result.ready() for _, result in pending) >= 2 * (workers - 1):
                # Every extracting process has work queued: this one lends a hand, so that the
                # cores stay busy whichever side (extracting, or reading and writing) is slower.
                pending.append((batch, _Done(_extract_batch(batch, store.registry))))
            else:
                pending.append((batch, pool.apply_async(_extract_batch, (batch,))))

        batch: list[Document] = []
        for doc in documents:
            if not pending and not batch and store.has(doc):
                yield doc, None  # already in the store, and nothing is ahead of it: the store says so
                continue
            batch.append(doc)
            if len(batch) == _BATCH:
                submit(batch)
                batch = []
                while pending and (pending[0][1].ready() or len(pending) > 4 * workers):
                    done, result = pending.popleft()
                    yield from zip(done, result.get(), strict=True)
        if batch:
            submit(batch)
        while pending:
            done, result = pending.popleft()
            yield from zip(done, result.get(), strict=True)
