"""Feed reader: each item of an RSS or Atom feed becomes a `Document`.

An item's text is its full content (``content:encoded``) where the feed gives it, else its
description; both are HTML and go through the HTML reader, so a Yoast footer's links are kept. The
item's link names the item and is the copy's URL (FeedBurner's ``origLink`` where the link is the
proxy's). Kept as metadata for the extractors: every author (``dc:creator``, which wire copy often
fills with "Associated Press"), an RSS 2.0 ``<source url>`` or Atom ``<source>`` (the feed an
aggregator took the item from; Bing News' ``<News:Source>`` label where there is none), a
``dc:source`` or ``dcterms:source``, and an Atom ``<link rel="via">`` (where the entry's
information came from). ``media:credit`` is a picture's credit and is not read. A DOCTYPE with an internal subset is removed before parsing, so no
entity of the feed's own is ever expanded (no "billion laughs").

Broken feeds are normal input. The reader decodes the bytes itself (a byte-order mark, the XML
declaration's encoding, else UTF-8, else detection), so the parser is handed UTF-8 and never has
to guess; character references to no character (``&#x110000;``, a surrogate, twenty digits)
become U+FFFD; a feed the parser gives up on part way keeps the items read before that point
(feedparser's "bozo" feeds), and at most ``max_items`` items of a feed are read.
"""

from __future__ import annotations

import codecs
import io
import re
import warnings
from typing import Any

import feedparser
from charset_normalizer import from_bytes

from provenance._exceptions import InputError, InputTooLarge
from provenance.models import Document
from provenance.readers.html import html_document
from provenance.readers.text import DEFAULT_MAX_BYTES

_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]{0,1000}(?:\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
# The XML declaration, read as ASCII (it is, in every encoding that can declare itself so).
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]{0,400}?\?>")
_DECLARED = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
# A numeric character reference, with or without its ";" (feedparser's lenient parser reads both).
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")
_UTF8_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'
DEFAULT_MAX_ITEMS = 100_000
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _item_meta(entry: Any) -> list[tuple[str, str]]:
    """An item's metadata signals: its authors, the feed it was taken from, its Dublin Core source."""
    meta: list[tuple[str, str]] = []
    names = [_text(a.get("name")) for a in entry.get("authors") or [] if isinstance(a, dict)]
    # RSS 2.0 writes "desk@example.com (Associated Press)"; feedparser splits some of these badly.
    raw = _text(entry.get("author"))
    written = _EMAIL_NAME.match(raw)
    for name in dict.fromkeys([*names, written.group(1).strip() if written else raw]):
        if name and "@" not in name and name.count("(") == name.count(")"):
            meta.append(("author", name))
    origin = entry.get("source") or {}
    # The outlet as the item names it ("<source url=...>Harbor Ledger</source>"), else the host of
    # the feed it names.
    origin_name = _text(origin.get("title")) or _text(origin.get("href")) or _text(origin.get("url"))
    if origin_name:
        meta.append(("feed:source", origin_name))
    # An aggregator's label of the outlet (Bing News' <News:Source>), where no <source> says it.
    label = _text(entry.get("news_source"))
    if label and not origin:
        meta.append(("feed:source", label))
    # Atom's <link rel="via">: where the entry's information came from.
    for link in entry.get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "via" and _text(link.get("href")):
            meta.append(("feed:via", _text(link.get("href"))))
    for key in ("dc_source", "dcterms_source"):
        if _text(entry.get(key)):
            meta.append(("feed:dc-source", _text(entry.get(key))))
    return meta


def _encoding(data: bytes) -> tuple[str, int]:
    """The encoding of a feed's bytes and the length of its byte-order mark: the mark (or UTF-16
    told by its first two characters), the XML declaration, UTF-8 if the bytes are that, else
    what detection finds (Windows-1252 when nothing fits: every byte is some character there)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    # UTF-16 without a mark, told by how "<?" is written (as XML's own detection does).
    if data.startswith(b"<\x00?\x00"):
        return "utf-16-le", 0
    if data.startswith(b"\x00<\x00?"):
        return "utf-16-be", 0
    declaration = _DECLARATION.match(data[:512])
    declared = _DECLARED.search(declaration.group()) if declaration else None
    if declared is not None:
        codec = _codec(declared.group(1).decode("ascii"))
        # A declaration read as ASCII cannot be in UTF-16 or UTF-32: that one is wrong.
        if codec is not None and not codec.startswith(("utf-16", "utf-32")):
            return codec, 0
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data[: 1 << 20]).best()
        return (best.encoding if best is not None and best.encoding else None) or "cp1252", 0
    return "utf-8", 0


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _char(match: re.Match[str]) -> str:
    """A character reference as it was if it names a character, else one to U+FFFD."""
    digits = match.group(1) or match.group(2)
    base = 16 if match.group(1) else 10
    digits = digits.lstrip("0") or "0"
    if len(digits) <= 7:
        code = int(digits, base)
        if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return match.group()
    return "&#xFFFD"


def feed_bytes(data: bytes) -> bytes:
    """A feed's bytes as the parser is given them: decoded with its own encoding (see
    `_encoding`) and written again in UTF-8 under a declaration that says so; its character
    references to no character made U+FFFD."""
    encoding, bom = _encoding(data)
    text = data[bom:].decode(encoding, errors="replace")
    if "&#" in text:
        text = _CHAR_REF.sub(_char, text)
    declaration = _DECLARATION.match(text[:512].encode("ascii", "replace"))
    if declaration is not None:
        text = text[len(declaration.group()) :]
    return f"{_UTF8_DECLARATION}{text}".encode("utf-8", errors="replace")


def read_feed(
    data: bytes,
    source: str,
    *,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> list[Document]:
    """Read every item of an RSS or Atom feed; the reader behind ``--kind feed``."""
    if len(data) > max_bytes:
        raise InputTooLarge(source, f"{len(data):,} bytes is over the limit of {max_bytes:,} bytes")
    head = data[:65536]
    if _ENTITY.search(head):
        data = _DOCTYPE.sub(b"", data, count=1)
        if _ENTITY.search(data[:65536]):
            raise InputError(source, "the feed declares entities outside a DOCTYPE; refused")
    # Counted before parsing: the parser holds every item it reads in memory, a few KB each.
    items = data.count(b"<item") + data.count(b"<entry")
    if items > max_items:
        raise InputTooLarge(source, f"about {items:,} items is over the limit of {max_items:,} items a feed")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # A stream, never bytes: feedparser reads bytes that name a file as that file's path.
        stream = io.BytesIO(feed_bytes(data))
        try:
            parsed = feedparser.parse(stream, sanitize_html=False, resolve_relative_uris=False)
        except Exception as exc:
            # feedparser's loose parser, which it falls back to on a feed that is not well-formed
            # XML, has handlers that fail on some broken nestings (an end tag of Media RSS's
            # `credit` met in another item's context raised KeyError): the feed is unreadable.
            raise InputError(
                source, f"not a readable feed (feedparser failed: {type(exc).__name__}: {exc})"
            ) from None
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no items"
        raise InputError(source, f"not a readable feed ({reason})")
    # The channel's title names the feed's site: a name the store learns for the items' host when
    # the channel's link is on that host (see `provenance.aliases`).
    channel = [
        ("site:feed-title", _text(parsed.feed.get("title"))),
        ("site:feed-link", _text(parsed.feed.get("link"))),
    ]
    channel = [(signal, value) for signal, value in channel if value]
    docs = []
    for number, entry in enumerate(parsed.entries, 1):
        link = _text(entry.get("link")) or None
        content = entry.get("content") or []
        body = _text(content[0].get("value")) if content else ""
        summary = _text(entry.get("summary")) or _text(entry.get("description"))
        # The longer of the two: feedparser files a picture's caption (Media RSS's `description`
        # after the item's own) as the item's content, and the item's text as its summary.
        if len(summary) > len(body):
            body = summary
        title = _text(entry.get("title")) or None
        meta = _item_meta(entry)
        item = link or f"{source}#{number}"
        # A feed proxy's link (FeedBurner) hides the publisher's own address, which says whose the
        # item is: the original link is the copy's URL, the proxy's still names the item.
        url = _text(entry.get("feedburner_origlink")) or link
        doc = html_document(body or (title or ""), f"{source}#{number}", url=url, kind="feed", item=item)
        docs.append(
            doc.model_copy(
                update={
                    "title": title or doc.title,
                    "published": _text(entry.get("published")) or _text(entry.get("updated")) or None,
                    "meta": doc.meta + tuple(meta) + tuple(channel),
                }
            )
        )
    return docs


# The namespaces an item's elements use most, declared for a fragment that comes without its feed.
_NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in (
        ("content", "http://purl.org/rss/1.0/modules/content/"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("media", "http://search.yahoo.com/mrss/"),
        ("atom", "http://www.w3.org/2005/Atom"),
        ("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"),
    )
)


def read_feed_fragment(text: str, source: str, *, url: str | None = None) -> list[Document]:
    """Read part of an RSS item (some of its elements, as a log or an aggregator keeps them).

    The elements are read as an item of a feed, with the namespaces they most often use declared,
    so that its author, ``<source>`` and ``dc:source`` are metadata as in a whole feed; a
    fragment that is no item at all (its description alone) is read as HTML. ``url``, when
    given, is the copy's URL; else the item's link is.

    >>> [doc] = read_feed_fragment("<title>Ferry</title><dc:creator>Reuters</dc:creator>"
    ...     "<description>&lt;p&gt;Fares rise.&lt;/p&gt;</description>", "item")
    >>> doc.text, doc.meta
    ('Fares rise.', (('author', 'Reuters'),))
    """
    lower = text.lower()
    body = text if "<item" in lower or "<entry" in lower else f"<item>{text}</item>"
    wrapped = f'<?xml version="1.0"?><rss version="2.0" {_NAMESPACES}><channel><title>-</title>{body}</channel></rss>'
    try:
        # The channel is the wrapper's, not a site's: its title names nobody.
        docs = [
            doc.model_copy(update={"meta": tuple(m for m in doc.meta if not m[0].startswith("site:feed-"))})
            for doc in read_feed(wrapped.encode("utf-8"), source, max_bytes=DEFAULT_MAX_BYTES)
        ]
    except InputError:
        docs = []
    if len(docs) != 1 or not (docs[0].text or docs[0].meta):
        return [html_document(text, source, url=url)]
    doc = docs[0]
    return [
        doc.model_copy(
            update={"source": source, "url": url or doc.url, "item": doc.item if doc.url else None}
        )
    ]
