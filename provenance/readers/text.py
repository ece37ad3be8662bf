"""Plain-text reader: bytes to a `Document`, with the regions a copied article has.

A copied article reads as a title, a few header lines (a caption, a byline, an "Originally
published by" line), the body, perhaps a related-article list, and closing lines such as a feed
footer. The reader marks those regions so that extractors can say where a statement stood and
skip related-article lists; it never extracts statements itself.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from provenance._exceptions import BinaryInput, EmptyInput, InputTooLarge
from provenance.models import Document, Location, Region, unchecked

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Signatures of binary formats people feed to text tools by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable"),
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode ``data`` read from ``source`` to text with Unix line ends.

    UTF-8 (with or without a byte-order mark) and UTF-16/32 with a mark are read directly; any
    other encoding is detected with charset-normalizer. Binary data, empty input and input over
    ``max_bytes`` raise an `InputError` that names ``source``.

    >>> decode("caf\\u00e9\\r\\n".encode("utf-8-sig"), "x.txt")
    'café\\n'
    >>> decode("caf\\u00e9 au lait, s'il vous pla\\u00eet".encode("latin-1"), "x.txt")
    "café au lait, s'il vous plaît"
    """
    if len(data) > max_bytes:
        raise InputTooLarge(source, f"{len(data):,} bytes is over the limit of {max_bytes:,} bytes")
    text = _decode_bytes(data, source)
    if not text.strip():
        raise EmptyInput(source, "the input holds no text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def binary_kind(data: bytes) -> str | None:
    """Why ``data`` is binary, not text ("this is a PNG image, not text"), or None.

    >>> binary_kind(b"%PDF-1.7"), binary_kind(b"plain words")
    ('this is a PDF document, not text', None)
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"this is {what}, not text"
    if b"\x00" in data[:8192]:
        return "binary data (NUL bytes), not text"
    return None


def _decode_bytes(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise BinaryInput(source, f"not valid {encoding} after its byte-order mark") from exc
    binary = binary_kind(data)
    if binary is not None:
        raise BinaryInput(source, binary)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise BinaryInput(source, "no text encoding fits these bytes")
    log.warning("%s: not UTF-8; read as %s (detected)", source, best.encoding)
    return data.decode(best.encoding, errors="replace")


# The labels that open a list of links to other stories (lower case; RE2 and re syntax alike): the
# text extractor's context "related-link-in-line" reads them too.
RELATED_LABELS = (
    r"(?:more on (?:the|this) topic|read more|related(?: articles| posts| stories| content| news| coverage| links| internet links)?|see also"
    r"|also read|read also|recommended(?: reading)?|more from [^:\n]{1,40}|you may also like"
    r"|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top (?:stories|headlines)|latest headlines|popular now"
    # (A wire's or a site's widget of its headlines: "AP Headlines", "Reuters Top News".)
    r"|[a-z]{2,8} (?:headlines|top stories|top news)"
    # (And the list of links a story's claims came from: "Sources for this article include:".)
    r"|sources (?:for this (?:article|story|post) )?include"
    r"|sponsored(?: content)?|partner content|promoted(?: content)?"
    r"|lesen sie auch|mehr zum thema|weiterlesen|das könnte sie auch interessieren"
    r"|à lire aussi|lire aussi|sur le même sujet|leer más|lea también|te puede interesar"
    r"|leggi anche|leia também|leia mais|lees ook|читайте также|по теме"
    # Arabic and Persian: "read also", "read more".
    r"|اقرأ أيضاً?|اقرأ ايضاً?|بیشتر بخوانید)"
)
_RELATED_MARKER = re.compile(RELATED_LABELS + r"\s*:?", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*(?:[-•*–·▪►»]|\d{1,2}[.)])\s")
_CAPTION_START = re.compile(
    r"\(?(?:photo|image|picture|foto|bild|illustration|video|graphic|credit|caption)\b",
    re.IGNORECASE,
)
_SENTENCE_END = '.!?…"”»’'


_NON_SPACE = re.compile(r"\S")
_LONG = 2000


def _ends(text: str, start: int, end: int) -> str:
    head = text[start : start + 200].lstrip()
    tail = text[end - 200 : end].rstrip()
    return f"{head} {' ' * 30} {tail}"  # enough words to count as a paragraph


def _nonblank_lines(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans of the lines that hold more than white space, and what the checks look at of each:
    the line stripped, or the ends of a very long one (no copy of a megabyte-long line is needed to
    see that it is a paragraph of the body).

    ``str.find`` walks to each line end at memchr speed, where ``split`` compares character by
    character and copies every line (measured: mark_spans runs about a third fewer instructions).
    """
    spans: list[tuple[int, int]] = []
    lines: list[str] = []
    start = 0
    size = len(text)
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        line = _line(text, start, end)
        if line:
            spans.append((start, end))
            lines.append(line)
        start = end + 1
    return spans, lines


def _line(text: str, start: int, end: int) -> str:
    """What the checks look at of the line ``text[start:end]`` ("" for a blank line)."""
    if end - start <= _LONG:
        return text[start:end].strip()
    return _ends(text, start, end) if _NON_SPACE.search(text, start, end) else ""


def _is_paragraph(line: str) -> bool:
    words = line.count(" ") + line.count("\u00a0") + 1  # a no-break space parts words too
    return words >= 30 or (words >= 8 and line.rstrip()[-1:] in _SENTENCE_END)


def mark_regions(text: str) -> tuple[tuple[Region, ...], str | None]:
    """Mark the title, header, body, related list, captions and footer of a plain text.

    Returns the regions (sorted, covering every non-empty line) and the title, if any. A text of
    one or two lines is all body: there is nothing to tell a header from.

    >>> regions, title = mark_regions("A Title\\nPhoto: Jane Doe/AP\\n" + "word " * 20 + "end.\\n"
    ...                                "Another paragraph here with many words in it, to be sure.\\n"
    ...                                "Yet another one, also with enough words to count as body.\\n"
    ...                                "The post A Title appeared first on Example News.")
    >>> title, [r.location.value for r in regions]
    ('A Title', ['title', 'caption', 'body', 'footer'])
    """
    spans, title = mark_spans(text)
    if not spans:
        return (Region(location=Location.BODY, start=0, end=0),), title
    # Built without validation: the spans come from the text itself.
    return tuple(unchecked(Region, location=label, start=s, end=e) for label, s, e in spans), title


def mark_spans(text: str) -> tuple[list[tuple[Location, int, int]], str | None]:
    """`mark_regions` as plain (location, start, end) tuples, merged, in order (for speed).

    `location_at` reads the same labels around one offset: a change here must go there too.
    """
    spans, lines = _nonblank_lines(text)
    labels: list[Location] = [Location.BODY] * len(spans)
    if len(spans) <= 2:
        for k, line in enumerate(lines):
            if _is_related_marker(line):
                labels[k] = Location.RELATED
        return _merged(spans, labels), None
    title: str | None = None
    first = 0
    if len(lines[0]) <= 200 and lines[0][-1:] not in ".!?:":
        labels[0] = Location.TITLE
        title = lines[0]
        first = 1
    # Header: the short lines before the first paragraph.
    i = first
    while i < len(lines) and i - first < 8 and not _is_paragraph(lines[i]):
        caption = _CAPTION_START.match(lines[i]) or (lines[i].count(" ") >= 5 and ":" in lines[i])
        labels[i] = Location.CAPTION if caption else Location.HEADER
        i += 1
    # Related lists: a marker line and the list items or short lines under it.
    last_related = -1
    j = i
    while j < len(lines):
        if len(lines[j]) >= 300:  # a paragraph: too long for a marker or a caption
            j += 1
            continue
        if _is_related_marker(lines[j]):
            labels[j] = Location.RELATED
            k = j + 1
            while k < len(lines) and (_LIST_ITEM.match(lines[k]) or not _is_paragraph(lines[k])):
                if k == len(lines) - 1 and not _LIST_ITEM.match(lines[k]):
                    break
                labels[k] = Location.RELATED
                k += 1
            last_related = k - 1
            j = k
            continue
        if len(lines[j]) < 300 and _CAPTION_START.match(lines[j]):
            labels[j] = Location.CAPTION
        j += 1
    # Footer: closing lines after the last paragraph, and a closing single sentence.
    last = len(lines) - 1
    if len(lines) >= 4 and len(lines[last]) <= 400 and labels[last] is Location.BODY:
        closing = lines[last]
        if last_related == last - 1 or not (". " in closing or "! " in closing or "? " in closing):
            labels[last] = Location.FOOTER
    k = last - 1 if labels[last] is Location.FOOTER else last
    while k > i and labels[k] is Location.BODY and not _is_paragraph(lines[k]):
        labels[k] = Location.FOOTER
        k -= 1
    return _merged(spans, labels), title


def location_at(text: str, offset: int, *, budget: int = 64) -> Location | None:
    """The location that `mark_spans` gives ``offset``, read from the lines that decide it only.

    The extractor asks where a statement stands for the one or two statements a document has;
    marking the whole text for that reads every line. This reads the first lines (title,
    header), the statement's line and its neighbours back to a related-list marker or on to the
    last line: a handful of lines whatever the document's length. It gives up (None) after
    reading ``budget`` lines: a text of thousands of short lines is better marked once. The
    rules are `mark_spans`'s, which stays the reference: a test compares the two at every
    offset of many texts, so a change to one must go to the other.

    >>> text = "A Title\\nPhoto: Jane Doe/AP\\n" + "word " * 40 + "end.\\nMore words here, and more of them.\\n"
    >>> location_at(text, 0), location_at(text, 10), location_at(text, 40)
    (<Location.TITLE: 'title'>, <Location.CAPTION: 'caption'>, <Location.BODY: 'body'>)
    """
    return LineReader(text, budget).location(offset)


_Line = tuple[int, int, str]  # start, end, what the checks look at (`_line`)


class _OverBudget(Exception):
    pass


@dataclass
class _Shape:
    """What `mark_spans` decides from a text's first lines."""

    few: bool  # two lines or fewer: all body, but for related-list markers
    third: int  # where the third line ends: with a fourth after it, the last line may be a footer
    title: int  # where the title line starts (-1: no title)
    header: dict[int, Location]  # the header lines by start
    body: int  # where line i, the first after the header, starts (-1: none)


class LineReader:
    """`location_at` for several offsets of one text: the lines read for one are not read again."""

    def __init__(self, text: str, budget: int) -> None:
        self.text = text
        self.budget = budget
        self._seen: dict[int, _Line | None] = {}
        self._related: dict[int, bool] = {}
        self._shape: _Shape | None = None

    def location(self, offset: int) -> Location | None:
        """`location_at` of ``offset`` (None once the budget is spent)."""
        text = self.text
        try:
            start = text.rfind("\n", 0, offset) + 1
            end = text.find("\n", offset)
            here = self.at(start, len(text) if end < 0 else end)
            if here is not None and offset < here[1]:
                return Location.BODY if _plain_paragraph(text, here) else self.label(here)
            # A blank line or a line's end: in a region only between two lines of the same label.
            before = here if here is not None else self.before(start)
            after = self.after(before[1] + 1) if before is not None else None
            if before is None or after is None:
                return Location.BODY
            label = self.label(before)
            return label if self.label(after) is label else Location.BODY
        except _OverBudget:
            return None

    def at(self, start: int, end: int) -> _Line | None:
        """The line ``text[start:end]``, or None when it is blank."""
        seen = self._seen
        if start in seen:
            return seen[start]
        self.budget -= 1
        if self.budget < 0:
            raise _OverBudget
        line = _line(self.text, start, end)
        found = seen[start] = (start, end, line) if line else None
        return found

    def after(self, start: int) -> _Line | None:
        """The first non-blank line from the line that starts at ``start`` on."""
        text = self.text
        size = len(text)
        seen = self._seen
        while start <= size:
            if start in seen and seen[start] is not None:
                return seen[start]
            end = text.find("\n", start)
            if end < 0:
                end = size
            line = self.at(start, end)
            if line is not None:
                return line
            start = end + 1
        return None

    def before(self, start: int) -> _Line | None:
        """The last non-blank line before the line that starts at ``start``."""
        while start > 0:
            begin = self.text.rfind("\n", 0, start - 1) + 1
            line = self.at(begin, start - 1)
            if line is not None:
                return line
            start = begin
        return None

    def shape(self) -> _Shape:
        if self._shape is not None:
            return self._shape
        head = self.after(0)
        second = self.after(head[1] + 1) if head is not None else None
        third = self.after(second[1] + 1) if second is not None else None
        if head is None or third is None:
            self._shape = _Shape(True, -1, -1, {}, -1)
            return self._shape
        titled = len(head[2]) <= 200 and head[2][-1:] not in ".!?:"
        header: dict[int, Location] = {}
        line: _Line | None = second if titled else head
        for _ in range(8):  # mark_spans's header walk
            if line is None or _is_paragraph(line[2]):
                break
            words = line[2]
            caption = _CAPTION_START.match(words) or (words.count(" ") >= 5 and ":" in words)
            header[line[0]] = Location.CAPTION if caption else Location.HEADER
            line = self.after(line[1] + 1)
        self._shape = _Shape(False, third[1], head[0] if titled else -1, header, line[0] if line else -1)
        return self._shape

    def label(self, line: _Line) -> Location:
        """The label `mark_spans` gives the non-blank ``line``."""
        shape = self.shape()
        if shape.few:
            return Location.RELATED if _is_related_marker(line[2]) else Location.BODY
        if line[0] == shape.title:
            return Location.TITLE
        if line[0] in shape.header:
            return shape.header[line[0]]
        i = shape.body
        if self.related(line, i):
            return Location.RELATED
        if _scanned_caption(line):
            return Location.CAPTION
        # Closing lines: from this line to the last (or to the one before a footer), body lines
        # that are no paragraphs, after line i.
        following = self.after(line[1] + 1)
        if following is None:
            closing = self.footer_last(line, i) or (line[0] > i and self.plain(line, i))
            return Location.FOOTER if closing else Location.BODY
        if line[0] <= i:
            return Location.BODY
        while following is not None:
            if not self.plain(line, i):
                return Location.BODY
            line, following = following, self.after(following[1] + 1)
        return Location.FOOTER if self.footer_last(line, i) or self.plain(line, i) else Location.BODY

    def related(self, line: _Line, i: int) -> bool:
        """In a related list: a marker line, or a line of the list under one (from line i on)."""
        if line[0] not in self._related:
            self._related[line[0]] = self._in_list(line, i)
        return self._related[line[0]]

    def _in_list(self, line: _Line, i: int) -> bool:
        if line[0] < i:
            return False
        if _is_related_marker(line[2]):
            return True
        if not _LIST_ITEM.match(line[2]) and self.after(line[1] + 1) is None:
            return False  # the last line ends a list only as a list item
        while _LIST_ITEM.match(line[2]) or not _is_paragraph(line[2]):
            previous = self.before(line[0])
            if previous is None or previous[0] < i:
                return False
            if _is_related_marker(previous[2]):
                return True
            line = previous
        return False

    def plain(self, line: _Line, i: int) -> bool:
        """A body line that is no paragraph (not related, no caption): footer material."""
        return (
            line[0] >= i
            and not _is_paragraph(line[2])
            and not self.related(line, i)
            and not _scanned_caption(line)
        )

    def footer_last(self, last: _Line, i: int) -> bool:
        """Whether `mark_spans` makes the last line a footer before walking back."""
        if len(last[2]) > 400 or last[0] < i or self.after(self.shape().third + 1) is None:
            return False
        if self.related(last, i) or _scanned_caption(last):
            return False
        previous = self.before(last[0])
        if previous is not None and self.related(previous, i):
            return True
        closing = last[2]
        return not (". " in closing or "! " in closing or "? " in closing)


def _plain_paragraph(text: str, line: _Line) -> bool:
    """A paragraph with lines before and after it that is no marker, list item or caption: every
    rule of `mark_spans` leaves it in the body (the header ends at the first paragraph, a list
    takes in only list items and short lines, only the last line or short ones close a text).
    Most statements stand in such a line, and nothing else need be read for it."""
    words = line[2]
    return (
        _is_paragraph(words)
        and not _is_related_marker(words)
        and not _LIST_ITEM.match(words)
        and not _scanned_caption(line)
        and _NON_SPACE.search(text, 0, line[0]) is not None
        and _NON_SPACE.search(text, line[1]) is not None
    )


def _scanned_caption(line: _Line) -> bool:
    return len(line[2]) < 300 and _CAPTION_START.match(line[2]) is not None


def _is_related_marker(line: str) -> bool:
    """A line that opens a related-article list ("MORE ON THE TOPIC:", "Read more: ...")."""
    if len(line) > 200:
        return False
    marker = _RELATED_MARKER.match(line)
    return marker is not None and (marker.end() == len(line) or ":" in line[: marker.end()])


def _merged(spans: list[tuple[int, int]], labels: list[Location]) -> list[tuple[Location, int, int]]:
    # One tuple a run of lines with the same label, not one a line.
    merged: list[tuple[Location, int, int]] = []
    first = 0
    for k in range(1, len(labels) + 1):
        if k == len(labels) or labels[k] is not labels[first]:
            merged.append((labels[first], spans[first][0], spans[k - 1][1]))
            first = k
    return merged


def text_document(
    text: str, source: str = "-", *, url: str | None = None, kind: str = "text", item: str | None = None
) -> Document:
    """Make a `Document` of already-decoded text, with its regions and title marked.

    >>> doc = text_document("Originally published by ZeroHedge", url="https://example.org/a")
    >>> doc.url, doc.title
    ('https://example.org/a', None)
    """
    regions, title = mark_regions(text)
    return Document(text=text, source=source, kind=kind, url=url, title=title, item=item, regions=regions)


def read_text(
    data: bytes, source: str, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Document]:
    """Read one plain-text article from ``data``; the reader behind ``--kind text``."""
    return [text_document(decode(data, source, max_bytes=max_bytes), source, url=url)]
