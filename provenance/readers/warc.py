"""WARC reader: the HTML pages of a web archive, each with the address it was captured at.

Response (and resource) records whose HTTP content type is HTML become documents: the URL is the
record's ``WARC-Target-URI``, the charset comes from the HTTP header, the page's own meta or
detection, and the date is the page's own or, failing that, the capture's ``WARC-Date``. Other
records (requests, metadata, PDFs, images) are skipped and counted. A record's body is read up to
the size limit and no further, so neither an oversized page nor a compressed bomb can take the
memory; an over-limit or broken record is reported and the archive read on. Gzipped archives
(``.warc.gz``, one member a record) are read as they stream. An uncompressed archive with a
run of more than twice the size limit without a line end (a header line of gigabytes, as a sparse
or damaged file holds) is refused there, with the records before it kept: the archive parser
would otherwise gather the whole run in memory, slowly, to find the end of that line.

`iter_captures` reads the records without parsing their pages: each page comes as a `Capture`,
which `Capture.document` parses. Ingest reads an archive in one process and parses its pages in
its workers (parsing is most of the work).
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from provenance._exceptions import InputError
from provenance.models import Document
from provenance.readers import Skipped
from provenance.readers.html import html_document, page_input

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)


def _content_type(record: Any) -> str:
    http = record.http_headers
    if http is not None:
        return str(http.get_header("Content-Type") or "")
    return str(record.rec_headers.get_header("Content-Type") or "")


@dataclass(frozen=True)
class Capture:
    """An HTML page as an archive captured it, not parsed yet."""

    where: str  # the archive and the record's number, "crawl.warc.gz#12"
    url: str | None  # WARC-Target-URI
    body: bytes  # the HTTP body, no longer than the size limit
    charset: str | None  # from the HTTP content type
    captured: str | None  # WARC-Date, the page's date when it gives none of its own

    def document(self, max_bytes: int) -> Document | InputError:
        """The page as a document, or why it makes none."""
        try:
            page = page_input(self.body, self.where, max_bytes, self.charset)
            doc = html_document(page, self.where, url=self.url, kind="warc", item=self.url)
        except InputError as exc:
            return exc
        if doc.published is None:
            doc = doc.model_copy(update={"published": self.captured})
        return doc


class _LineGuard(io.RawIOBase):
    """A stream that fails once more than ``limit`` bytes in a row hold no line end."""

    def __init__(self, inner: BinaryIO, limit: int) -> None:
        self._inner = inner
        self.limit = limit
        self._run = 0  # bytes since the last line end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        end = data.rfind(b"\n")
        self._run = len(data) - end - 1 if end >= 0 else self._run + len(data)
        if self._run > self.limit:
            raise ValueError(f"over {self.limit:,} bytes without a line end")
        buffer[: len(data)] = data
        return len(data)


def _guarded(stream: BinaryIO, max_bytes: int) -> BinaryIO:
    """The stream, guarded against endless lines when it is an uncompressed archive (a gzipped
    one is read as warcio decompresses it, unguarded)."""
    guard = _LineGuard(stream, 2 * max_bytes + (1 << 16))
    guarded = io.BufferedReader(guard, buffer_size=1 << 16)
    if guarded.peek(2)[:2] == b"\x1f\x8b":
        guard.limit = sys.maxsize
    return guarded


def iter_warc(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Document | InputError | Skipped]:
    """The HTML documents of a WARC stream; bad records are yielded as `InputError`s."""
    for item in iter_captures(stream, source, max_bytes=max_bytes):
        yield item.document(max_bytes) if isinstance(item, Capture) else item


def iter_captures(
    stream: BinaryIO, source: str, *, max_bytes: int
) -> Iterator[Capture | InputError | Skipped]:
    """The HTML pages of a WARC stream, unparsed; bad records are yielded as `InputError`s."""
    number = 0
    end = 0
    records = ArchiveIterator(_guarded(stream, max_bytes), no_record_parse=False)
    try:
        for record in records:
            number += 1
            where = f"{source}#{number}"
            yield from _record(record, where, max_bytes)
            # The end of this record in the file (read only after the body has been).
            end = records.get_record_offset() + records.get_record_length()
    except ArchiveLoadFailed as exc:
        yield InputError(
            f"{source}#{number + 1}", f"not a readable WARC record ({exc}); the rest of the file is skipped"
        )
        return
    except (OSError, EOFError, ValueError) as exc:
        yield InputError(
            f"{source}#{number + 1}", f"truncated or malformed archive ({exc}); the rest is skipped"
        )
        return
    except Exception as exc:  # warcio on a header it cannot parse (a cut one: AttributeError)
        yield InputError(
            f"{source}#{number + 1}",
            f"malformed archive ({type(exc).__name__}: {exc}); the rest is skipped",
        )
        return
    size = _size(stream)
    if size is not None and size > end:
        yield InputError(
            f"{source}#{number + 1}",
            f"{size - end:,} bytes after the last whole record (truncated?); skipped",
        )


def _size(stream: BinaryIO) -> int | None:
    try:
        return stream.seek(0, 2) if stream.seekable() else None
    except (OSError, ValueError):
        return None


def _record(record: Any, where: str, max_bytes: int) -> Iterator[Capture | InputError | Skipped]:
    """The page one record holds, or why it holds none."""
    if record.rec_type not in ("response", "resource"):
        yield Skipped(where, f"a {record.rec_type} record")
        return
    content_type = _content_type(record).lower()
    if "html" not in content_type:
        yield Skipped(where, f"not HTML ({content_type.split(';')[0].strip() or 'no content type'})")
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        body = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a broken chunked or compressed body: this record only
        yield InputError(where, f"unreadable body ({type(exc).__name__}: {exc})")
        return
    if len(body) > max_bytes:
        yield InputError(where, f"the page is over the limit of {max_bytes:,} bytes; skipped")
        return
    charset = _CHARSET.search(content_type)
    captured = record.rec_headers.get_header("WARC-Date")
    yield Capture(where, url, body, charset.group(1) if charset else None, captured)
