"""Readers turn bytes into `Document`s. They own size limits, charsets and format choice.

Readers are registered by kind name in `READERS`; each takes the bytes, the name of their source,
the URL of the copy (if known) and the size limit, and returns the documents the input holds.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from provenance._exceptions import InputError, InputNotFound, InputTooLarge
from provenance.models import Document
from provenance.readers.jsonl import iter_jsonl
from provenance.readers.text import DEFAULT_MAX_BYTES, decode, mark_regions, read_text, text_document

if TYPE_CHECKING:
    from provenance.readers.warc import Capture

Reader = Callable[..., list[Document]]


class Skipped(NamedTuple):
    """A record read but not a document (a request, a PDF, an image), with the reason."""

    source: str
    reason: str


# The parsers of HTML, feeds and archives are imported when first needed: a command that reads
# none of them starts faster.
def read_html(data: bytes, source: str, **options: Any) -> list[Document]:
    """Read one HTML page (see `provenance.readers.html`)."""
    from provenance.readers.html import read_html as reader

    return reader(data, source, **options)


def html_document(html: str, source: str, **options: Any) -> Document:
    """Make a `Document` of an HTML page or fragment (see `provenance.readers.html`)."""
    from provenance.readers.html import html_document as make

    return make(html, source, **options)


def read_feed(data: bytes, source: str, **options: Any) -> list[Document]:
    """Read the items of an RSS or Atom feed (see `provenance.readers.feed`)."""
    from provenance.readers.feed import read_feed as reader

    return reader(data, source, **options)


def iter_warc(stream: BinaryIO, source: str, **options: Any) -> Iterator[Document | InputError | Skipped]:
    """Read the HTML pages of a web archive (see `provenance.readers.warc`)."""
    from provenance.readers.warc import iter_warc as reader

    return reader(stream, source, **options)


READERS: dict[str, Reader] = {"text": read_text, "html": read_html, "feed": read_feed}
StreamReader = Callable[..., Iterator[Document | InputError | Skipped]]
STREAM_READERS: dict[str, StreamReader] = {"jsonl": iter_jsonl, "warc": iter_warc}
KINDS = sorted({*READERS, *STREAM_READERS})

__all__ = [
    "DEFAULT_MAX_BYTES",
    "KINDS",
    "READERS",
    "STREAM_READERS",
    "Skipped",
    "decode",
    "guess_kind",
    "html_document",
    "iter_captures",
    "iter_path",
    "iter_warc",
    "mark_regions",
    "open_input",
    "read_feed",
    "read_html",
    "read_path",
    "read_stream",
    "text_document",
]


def _reader(kind: str) -> Reader:
    try:
        return READERS[kind]
    except KeyError:
        raise ValueError(f"unknown input kind {kind!r}; known kinds: {', '.join(KINDS)}") from None


def guess_kind(path: str) -> str:
    """The kind of input a path holds, by its extension and, failing that, its first bytes."""
    lower = path.lower()
    if lower.endswith((".jsonl", ".ndjson", ".jsonl.txt")):
        return "jsonl"
    if lower.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".rss", ".atom", ".xml")):
        return "feed"
    if path == "-":
        return "text"
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).lstrip()
    except OSError:
        return "text"
    if head.startswith(b"WARC/"):
        return "warc"
    if b"<rss" in head[:1024] or b"<feed" in head[:1024] or b"<rdf:RDF" in head[:1024]:
        return "feed"
    if head[:15].lower().startswith((b"<!doctype html", b"<html")) or b"<html" in head[:1024].lower():
        return "html"
    if head.startswith(b"{") and b'"' in head[:200] and b"\n" in head:
        first = head.split(b"\n", 1)[0]
        if first.rstrip().endswith(b"}"):
            return "jsonl"
    return "text"


class _Counting(io.RawIOBase):
    """A binary stream that reports how many bytes were read from it (for progress bars)."""

    def __init__(self, inner: BinaryIO, report: Callable[[int], None]) -> None:
        self._inner = inner
        self._report = report

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        self._report(len(data))
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


def iter_path(
    path: str | os.PathLike[str],
    *,
    kind: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Document | InputError | Skipped]:
    """Stream the documents in the file at ``path``; ``-`` reads standard input.

    A file that cannot be read at all raises an `InputError`; a container (JSON lines) yields an
    `InputError` for each bad record and goes on. ``kind`` is guessed when not given.
    ``progress`` is called with the number of bytes read as reading goes on.
    """
    source = os.fspath(path)
    kind = kind or guess_kind(source)
    if kind in STREAM_READERS:
        with _stream(source, progress) as stream:
            yield from STREAM_READERS[kind](stream, source, max_bytes=max_bytes)
        return
    try:
        yield from read_path(source, kind=kind, url=url, max_bytes=max_bytes)
    finally:
        if progress is not None and source != "-" and os.path.isfile(source):
            progress(os.path.getsize(source))


def iter_captures(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Capture | InputError | Skipped]:
    """Stream the HTML pages of the web archive at ``path`` (``-``: standard input) without
    parsing them: `Capture.document` parses one (see `provenance.readers.warc`). For a caller
    that parses them elsewhere, as ingest's workers do."""
    from provenance.readers.warc import iter_captures as reader

    source = os.fspath(path)
    with _stream(source, progress) as stream:
        yield from reader(stream, source, max_bytes=max_bytes)


@contextmanager
def _stream(source: str, progress: Callable[[int], None] | None) -> Iterator[BinaryIO]:
    """A file (``-``: standard input) opened to stream, counting the bytes read to ``progress``."""
    raw = sys.stdin.buffer if source == "-" else open_input(source)
    stream: BinaryIO = raw
    if progress is not None:
        stream = io.BufferedReader(_Counting(raw, progress), buffer_size=1 << 16)
    with stream:
        yield stream


def open_input(source: str) -> BinaryIO:
    """The file at ``source``, open for reading bytes; an `InputNotFound` naming it when it is
    missing, a directory, or cannot be read."""
    if os.path.isdir(source):
        raise InputNotFound(source, "is a directory, not a file")
    if not os.path.exists(source):
        raise InputNotFound(source, "no such file")
    try:
        return open(source, "rb")
    except OSError as exc:
        raise InputNotFound(source, exc.strerror or "cannot be read") from None


def read_path(
    path: str | os.PathLike[str],
    *,
    kind: str = "text",
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Document]:
    """Read the documents in the file at ``path``; ``-`` reads standard input.

    Raises an `InputError` naming the path when it is missing, a directory, too large, binary or
    empty.
    """
    source = os.fspath(path)
    if kind in STREAM_READERS:
        found = list(iter_path(source, kind=kind, url=url, max_bytes=max_bytes))
        for item in found:
            if isinstance(item, InputError):
                raise item
        return [d for d in found if isinstance(d, Document)]
    if source == "-":
        return read_stream(sys.stdin.buffer, "-", kind=kind, url=url, max_bytes=max_bytes)
    reader = _reader(kind)
    if os.path.isdir(source):
        raise InputNotFound(source, "is a directory, not a file")
    try:
        size = os.path.getsize(source)
        if size > max_bytes:
            raise InputTooLarge(source, f"{size:,} bytes is over the limit of {max_bytes:,} bytes")
        with open(source, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputNotFound(source, "no such file") from None
    except PermissionError:
        raise InputNotFound(source, "permission denied") from None
    except OSError as exc:
        raise InputNotFound(source, exc.strerror or "cannot be read") from None
    return reader(data, source, url=url, max_bytes=max_bytes)


def read_stream(
    stream: BinaryIO,
    source: str = "-",
    *,
    kind: str = "text",
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Document]:
    """Read the documents in a binary stream, reading at most one byte past the limit."""
    reader = _reader(kind)
    data = stream.read(max_bytes + 1)
    return reader(data, source, url=url, max_bytes=max_bytes)
