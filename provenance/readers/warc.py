"""WARC reader: the HTML pages of a web archive, each with the address it was captured at.

Response (and resource) records whose HTTP content type is HTML become documents: the URL is the
record's ``WARC-Target-URI``, the charset comes from the HTTP header, the page's own meta or
detection, and the date is the page's own or, failing that, the capture's ``WARC-Date``. Other
records (requests, metadata, PDFs, images) are skipped and counted. A record's body is read up to
the size limit and no further, so neither an oversized page nor a compressed bomb can take the
memory; an over-limit or broken record is reported and the archive read on. Gzipped archives
(``.warc.gz``, one member a record) are read as they stream.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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


def iter_warc(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Document | InputError | Skipped]:
    """The HTML documents of a WARC stream; bad records are yielded as `InputError`s."""
    number = 0
    end = 0
    records = ArchiveIterator(stream, no_record_parse=False)
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


def _record(record: Any, where: str, max_bytes: int) -> Iterator[Document | InputError | Skipped]:
    """The document one record holds, or why it holds none."""
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
    try:
        page = page_input(body, where, max_bytes, charset.group(1) if charset else None)
        doc = html_document(page, where, url=url, kind="warc", item=url)
    except InputError as exc:
        yield exc
        return
    if doc.published is None:
        doc = doc.model_copy(update={"published": record.rec_headers.get_header("WARC-Date")})
    yield doc
