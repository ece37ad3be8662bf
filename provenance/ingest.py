"""Ingest: read files into the store, one document at a time, with a summary of what happened.

A file that cannot be read, or a bad record inside one, is counted as failed and skipped; the
rest land. Each document goes in whole or not at all, and documents are committed in groups, so
stopping (or killing) an ingest loses at most the group not yet committed; running it again adds
what is missing and nothing twice.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from provenance._exceptions import InputError, InputNotFound
from provenance.readers import DEFAULT_MAX_BYTES, Skipped, iter_path
from provenance.store import Store


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
    {"", ".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml"}
)


def _is_document(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in DOCUMENT_SUFFIXES


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
    on_bytes: Callable[[int], None] | None = None,
    on_document: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Read every document in ``paths`` into ``store``; never stops at a bad file.

    ``on_bytes`` is told how many bytes were read as reading goes on, ``on_document`` is called
    after each document with the running summary (for progress bars).
    """
    summary = IngestSummary()
    started = time.perf_counter()
    with store.grouped():
        _ingest(store, paths, summary, started, recursive, kind, url, max_bytes, on_bytes, on_document)
    summary.seconds = time.perf_counter() - started
    summary.outlets = store.stats()["outlets"]
    return summary


def _ingest(
    store: Store,
    paths: Iterable[str],
    summary: IngestSummary,
    started: float,
    recursive: bool,
    kind: str | None,
    url: str | None,
    max_bytes: int,
    on_bytes: Callable[[int], None] | None,
    on_document: Callable[[IngestSummary], None] | None,
) -> None:
    for path in input_files(paths, recursive=recursive):
        try:
            for item in iter_path(path, kind=kind, url=url, max_bytes=max_bytes, progress=on_bytes):
                if isinstance(item, InputError):
                    summary.failed.append((item.source, item.reason))
                    continue
                if isinstance(item, Skipped):
                    summary.skipped += 1
                    continue
                result = store.add(item)
                if result.status == "new":
                    summary.new += 1
                    summary.attributions += result.attributions
                else:
                    summary.unchanged += 1
                if on_document is not None:
                    summary.seconds = time.perf_counter() - started
                    on_document(summary)
        except InputNotFound as exc:
            summary.failed.append((exc.source, exc.reason))
        except InputError as exc:
            summary.failed.append((exc.source, exc.reason))
