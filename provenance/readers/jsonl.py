"""JSON-lines reader: one article per line, as crawl and dataset dumps ship them.

Each line is an object with the article's ``text`` and, where known, its ``url``, ``title``,
``published`` date and an ``id``. Other dumps name these fields differently; `FIELDS` lists the
names read for each (the first present wins), so passim's ``text``/``url``/``date`` or NELA's
``content``/``url``/``title``/``published`` need no conversion. A record's ``site_name`` (the
outlet's own name, as some dumps carry it) is kept as metadata: the store learns it as a name of
the URL's site (docs/outlets.md). A bad line (not JSON, no text, over the size limit) is reported
and skipped; the other lines are read. A ``\\ud800`` escape that pairs with nothing (JSON allows
it, no text can hold it) is read as U+FFFD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from provenance._exceptions import InputError
from provenance.models import Document
from provenance.readers.text import text_document

FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article_text", "maintext"),
    "url": ("url", "link", "uri", "source_url", "page_url"),
    "title": ("title", "headline"),
    "published": ("published", "date", "pubdate", "published_at", "date_publish", "datetime"),
    "id": ("id", "doc_id", "uid", "guid"),
    # The outlet's own name for itself, as dumps carry it (news-please, Media Cloud, ...): not a
    # statement, a name the store learns for the URL's site (see `provenance.aliases`).
    "site_name": ("site_name", "outlet_name", "media_name", "source_name"),
}


# A tuple, not ``str | int | float``: that expression builds a new union object at every test
# (measured: 7,000 instructions a document of the reader's 161,000).
_SCALARS = (str, int, float)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogates(record: dict[str, object]) -> bool:
    """Whether a string of the record holds a lone surrogate. An ASCII string is known to hold
    none without a look (measured: about 1 us a record, where looking for the escapes in the
    line's bytes took 6)."""
    return any(
        isinstance(value, str) and not value.isascii() and _SURROGATE.search(value) is not None
        for value in record.values()
    )


def _whole_characters(record: dict[str, object]) -> dict[str, object]:
    """The record with each string's lone surrogates made U+FFFD (pairs are one character already)."""
    return {
        key: value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        if isinstance(value, str)
        else value
        for key, value in record.items()
    }


def _field(record: dict[str, object], name: str) -> str | None:
    for key in FIELDS[name]:
        value = record.get(key)
        if isinstance(value, _SCALARS) and str(value).strip():
            return str(value)
    return None


def _lines(stream: Iterable[bytes], max_bytes: int) -> Iterator[bytes | int]:
    """The lines of a stream; for a line over ``max_bytes``, its size: read past, never held
    (a file of one line of a gigabyte takes no gigabyte of memory)."""
    readline = getattr(stream, "readline", None)
    if readline is None:
        yield from stream
        return
    while line := readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while chunk := readline(1 << 20):
            size += len(chunk)
            if chunk.endswith(b"\n"):
                break
        yield size


def iter_jsonl(
    stream: Iterable[bytes], source: str, *, max_bytes: int, first: int = 1
) -> Iterator[Document | InputError]:
    """The documents of a JSON-lines stream; a bad line is yielded as an `InputError`, not raised.

    ``stream`` is a binary file or any run of lines; ``first`` is the number of its first line
    (lines read apart from their file, by an ingest worker, keep their numbers).
    """
    for number, raw in enumerate(_lines(stream, max_bytes), first):
        where = f"{source}:{number}"
        if isinstance(raw, int) or len(raw) > max_bytes:
            size = raw if isinstance(raw, int) else len(raw)
            yield InputError(where, f"{size:,} bytes is over the limit of {max_bytes:,} bytes")
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield InputError(where, f"not a JSON object ({exc})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "not a JSON object")
            continue
        if _surrogates(record):
            record = _whole_characters(record)
        text = _field(record, "text")
        if text is None and isinstance(record.get("html"), str):
            from provenance.readers.html import html_document

            url, title, item, published = (
                _field(record, name) for name in ("url", "title", "id", "published")
            )
            doc = html_document(record["html"], where, url=url, kind="jsonl", item=item)
            site = _field(record, "site_name") if url else None
            yield doc.model_copy(
                update={
                    "title": title or doc.title,
                    "published": published or doc.published,
                    "meta": doc.meta + ((("site:name", site),) if site else ()),
                }
            )
            continue
        if text is None:
            yield InputError(where, f"no text or html (looked for {', '.join(FIELDS['text'])}, html)")
            continue
        # Looking for a "\r" is a memchr; the replace reads the whole text for its two characters
        # even when there are none (measured: 13,600 instructions a document).
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        url, title, item, published = (_field(record, name) for name in ("url", "title", "id", "published"))
        site = _field(record, "site_name") if url else None
        meta = (("site:name", site),) if site else ()
        if title is None:
            doc = text_document(text, where, url=url, kind="jsonl", item=item)
            yield doc.model_copy(update={"published": published, "meta": meta}) if published or meta else doc
        else:
            # With the title given, regions are left to the extractor, which marks them if it needs them.
            yield Document(
                text=text,
                source=where,
                kind="jsonl",
                url=url,
                title=title,
                item=item,
                published=published,
                meta=meta,
            )
