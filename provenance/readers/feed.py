"""Feed reader: each item of an RSS or Atom feed becomes a `Document`.

An item's text is its full content (``content:encoded``) where the feed gives it, else its
description; both are HTML and go through the HTML reader, so a Yoast footer's links are kept. The
item's link is the copy's URL and names the item; its author (``dc:creator``, which wire copy
often fills with "Associated Press") and an RSS 2.0 ``<source url>`` or Atom ``<source>`` are kept
as metadata for the extractors. A DOCTYPE with an internal subset is removed before parsing, so no
entity of the feed's own is ever expanded (no "billion laughs").
"""

from __future__ import annotations

import re
import warnings

import feedparser

from provenance._exceptions import InputError, InputTooLarge
from provenance.models import Document
from provenance.readers.html import html_document

_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]{0,1000}(?:\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def read_feed(data: bytes, source: str, *, url: str | None = None, max_bytes: int) -> list[Document]:
    """Read every item of an RSS or Atom feed; the reader behind ``--kind feed``."""
    if len(data) > max_bytes:
        raise InputTooLarge(source, f"{len(data):,} bytes is over the limit of {max_bytes:,} bytes")
    head = data[:65536]
    if _ENTITY.search(head):
        data = _DOCTYPE.sub(b"", data, count=1)
        if _ENTITY.search(data[:65536]):
            raise InputError(source, "the feed declares entities outside a DOCTYPE; refused")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no items"
        raise InputError(source, f"not a readable feed ({reason})")
    docs = []
    for number, entry in enumerate(parsed.entries, 1):
        link = _text(entry.get("link")) or None
        content = entry.get("content") or []
        body = _text(content[0].get("value")) if content else ""
        body = body or _text(entry.get("summary")) or _text(entry.get("description"))
        title = _text(entry.get("title")) or None
        meta: list[tuple[str, str]] = []
        author = _text(entry.get("author"))
        if author:
            meta.append(("author", author))
        origin = entry.get("source") or {}
        origin_href = _text(origin.get("href")) or _text(origin.get("url"))
        if origin_href:
            meta.append(("feed:source", origin_href))
        elif _text(origin.get("title")):
            meta.append(("feed:source", _text(origin.get("title"))))
        item = link or f"{source}#{number}"
        doc = html_document(body or (title or ""), f"{source}#{number}", url=link, kind="feed", item=item)
        docs.append(
            doc.model_copy(
                update={
                    "title": title or doc.title,
                    "published": _text(entry.get("published")) or _text(entry.get("updated")) or None,
                    "meta": doc.meta + tuple(meta),
                }
            )
        )
    return docs
