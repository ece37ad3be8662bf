"""The text extractor: finds the statements of the rule library in a document's text.

One RE2 pass (linear time, no backtracking) finds every place where a trigger of a rule may start
(`scan_prefix`), and one anchored match there says which do; only there are the
rules' own bounded Python patterns tried, on a window of a few hundred characters. So the cost is
the scan plus a constant per trigger, and a document with more than `MAX_HITS_PER_TRIGGER`
hits of one trigger (hostile or broken input) has the rest skipped.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import re2

from provenance.extractors.backwards import ends_here, reverse_end_anchored
from provenance.extractors.names import (
    ARTICLE_BEFORE,
    CAPITAL_ARTICLES,
    FURNITURE_WORDS,
    INSTITUTION_AFTER,
    LINK_WORDS,
    LIST_WORDS,
    MASTHEAD_WORDS,
    MAX_NAME_SPAN,
    PERSON_SHAPED,
    QUOTE_OPENERS,
    Cut,
    cut_name,
    is_caseless,
    is_generic,
    known_prefix,
    spells_initials,
)
from provenance.extractors.rules import (
    AGENCIES,
    AGENCIES_UNSCANNED,
    AGENCY_STEMS,
    DATE_LABELS,
    FURNITURE_AHEAD,
    FURNITURE_HEADS,
    FURNITURE_HEADS_LOOSE,
    RULES,
    Rule,
)
from provenance.extractors.scan_prefix import scan_prefix
from provenance.models import (
    Attribution,
    Document,
    Evidence,
    Location,
    OutletKind,
    Relation,
    replaced,
    unchecked,
)
from provenance.readers.text import LineReader, mark_spans
from provenance.resolver import OutletRegistry, looks_like_domain, name_key, outlet_name_from_url, script_key

log = logging.getLogger(__name__)

MAX_HITS_PER_TRIGGER = 200
# Places where a trigger's prefix (`scan_prefix`) but no trigger matched, before the scan of a
# document looks for the whole triggers instead (text made of one prefix: "((((((...").
MAX_PREFIX_MISSES = 200
WINDOW_AFTER = 400
UNKNOWN_OUTLET_FACTOR = 0.9

_TRIGGER_SPAN = 600
_LOCAL_LINES = 64  # lines read around the offsets asked about before a text is marked whole
_CUT_MEMORY = 4096
_ANCHOR_START = re2._Anchor.ANCHOR_START
_UNANCHORED = re2._Anchor.UNANCHORED
# RE2 builds its automata as it reads, within a budget: past it, a search falls back to a matcher a
# hundred times slower (and says so on stderr, "DFA out of memory"). The scan's automaton that reads
# backwards, to find where a hit starts, gets a third of the budget; with every trigger in one
# pattern it needs more than 32 MB of its own on common text (measured). Memory is taken as states
# are built, not up front; `tests/test_scan_budget.py` keeps the scan within half of it. (192 MB
# until the registry's agencies grew past 1,080 outlets: the test's corpus then needed 100 MB.)
SCAN_MAX_MEM = 256 << 20
_OPTIONS = re2.Options()
_OPTIONS.max_mem = SCAN_MAX_MEM

_LEADING_NOISE = frozenset(' \t\n:-—–.,;!?…”"»)')
# A comma, a semicolon, a slash or a word that joins a list of names (`names.LIST_WORDS`).
_LIST_JOIN = re.compile(
    # (A hyphen joins a list where another capitalised name follows: "TT-AFP", as the Nordic
    # agencies sign another's copy; the name after it must be registered, as every name here.)
    # (A quoted name closes its quotes before the comma: "Allikas: "Aktuaalne kaamera", BNS".)
    # (Chinese and Japanese part the names of a list with "、", or join two with "和", "及", "与":
    # "資料來源：法新社、路透社", "美联社和路透社".)
    r"[\"”»“]?[ \t]*(?:,|;|/|&|\+|、|[和及与與](?=\w)|[-–](?=[ \t]*[A-ZÀ-Þ])|"
    + "|".join(rf"\b{re.escape(w)}\b" for w in sorted(LIST_WORDS) if w.isalpha())
    # The list's preposition said again: "Avec les informations de La Presse canadienne et de
    # Reuters", "con información de EFE y de AFP".
    # (And its elided article: "... et de l'Agence France-Presse".)
    + r")(?:[ \t]+(?:de|d['’]|del|da|di|du))?(?:[ \t]*l['’])?[ \t]*",
    re.IGNORECASE,
)
# "Â" or "Ā" glued to a word before a space: a UTF-8 no-break space read as Latin-1 or Latin-7.
_MOJIBAKE_HINT = re.compile(r"[ÂĀ][ \u00a0]")
_MOJIBAKE_SPACE = re.compile(r"(?<=[^\W\d_])[ÂĀ](?=[ \u00a0])")
# Spaces that RE2's ``\s`` does not match (it is ASCII's), each read as one ASCII space.
_WIDE_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Characters of no width that pages leave between words (a zero-width space, a word joiner, a
# byte-order mark pasted mid-text), each read as a space: "Originally\u200b published by X".
_ZERO_WIDTH = "\u200b\u2060\ufeff"
# Dashes and hyphens the rules do not spell, each read as the one they do: the figure dash and the
# horizontal bar as dashes ("WASHINGTON (AP) ― The"), the hyphens and the minus sign as "-", and
# Arabic's tatweel, which pages set between spaces for a dash ("إسطنبول ـ الأناضول:"; within a
# word it only draws the letters out).
_OTHER_DASHES = {
    "\u0640": "-",
    "\u2012": "–",
    "\u2015": "—",
    "\ufe58": "—",
    "\u2010": "-",
    "\u2011": "-",
    "\u2212": "-",
    "\ufe63": "-",
    "\uff0d": "-",
}
# The characters read as plainer ones (one for one), and the table that reads them so. A text is
# searched for each in turn: faster than one search for a class of them, which Python's `re` reads
# slowly in text that is not ASCII (measured: 4 against 8 us for 2.7 KB; over the extraction
# benchmark's filler corpus, 72 against 93 us a document), as most texts hold none.
_READ_AS_PLAIN = (*_WIDE_SPACES, *_ZERO_WIDTH, *_OTHER_DASHES)
# Where a page's lines were joined into one, a credit's note that closes the text opens a line of
# its own after a sentence ("... Related: Sea levels rise. This article originally appeared on
# Grist."): the list before it keeps its line (see `_JOINED_FURNITURE`).
_FOOTER_OPENERS = (
    r"(?:This (?:article|story|post|piece|report|essay|column|content|interview)|The post|A version of this"
    r"|Originally published|First published in|Dieser (?:Artikel|Beitrag|Text)|Der Beitrag|Cet article"
    r"|Este (?:artículo|texto|artigo)|Questo articolo|Dit artikel)\b"
)
# Where a page's lines were joined into one, a heading of the page's furniture after the end of a
# sentence or a bracket opened a line of its own ("... prosecuted. (NAN) Related Farmers lament ...").
# A sign-off may stand between, a line of its own too: "... in Chemnitz. dpa Das könnte Sie auch
# interessieren", "... unwahrscheinlicher. dpa-AFX, Reuters Mehr zum Thema", "... tkr AFP Teilen"
# (an editor's initials, then one word or a list; not three words: "Médias Presse AFP" are tags;
# nor a picture's credit: "... of the square. Reuters/Jane Doe Share this").
_JOINED_FURNITURE = re.compile(
    r"([.!?)\]»”\"]) (?:((?:[a-z]{2,4} )?(?:[\w-]{2,12}, ?){0,2}[\w-]{2,12}) )?(?="
    + FURNITURE_HEADS
    + r"|"
    + _FOOTER_OPENERS
    + r")"
)


# Where `_JOINED_FURNITURE` may match, found by RE2 in one pass (a search of the Python pattern
# tries its headings after every sentence's end: 35-50 us a text of the credit corpus, where this
# reading costs about 16). Every place it finds is checked by the Python pattern; the words between
# hold none of the marks a place starts with, so that no place hides in another's match.
_JOINED_CANDIDATE = re2.compile(
    r"[.!?)\]»”\"] (?:(?:[a-z]{2,4} )?(?:[^\s,.!?)\]»”\"]{2,12}, ?){0,2}[^\s,.!?)\]»”\"]{2,12} )?(?:"
    + FURNITURE_HEADS_LOOSE
    + r"|"
    + _FOOTER_OPENERS
    + r")",
    _OPTIONS,
)


def _joined_lines(plain: str) -> str:
    """``plain`` with the lines its page had where `_JOINED_FURNITURE` finds them (the text itself
    when none)."""
    parts: list[str] = []
    done = 0
    data = plain.encode("utf-8", "surrogatepass")  # the RE2 binding would re-encode a str, strictly
    offsets = _Offsets(data, len(data) == len(plain))
    for candidate in _JOINED_CANDIDATE.finditer(data):
        found = _JOINED_FURNITURE.match(plain, offsets.char(candidate.start()))
        if found is None:
            continue
        signoff = found.group(2)
        parts += (plain[done : found.start()], found.group(1), "\n")
        if signoff:
            parts += (signoff, "\n")
        done = found.end()
    return "".join((*parts, plain[done:])) if parts else plain


# A text of one line, or whose lines run this long on average, had its lines joined (a page's
# text with its spaces collapsed holds none at all): only there are the headings looked for, a
# pass over the text that costs about 10 us a kilobyte.
_JOINED_LINE = 2000
_AS_PLAIN = str.maketrans({**{c: " " for c in _WIDE_SPACES + _ZERO_WIDTH}, **_OTHER_DASHES})
# What closes a name that stands whole: "published by The Hill Times." names no "The Hill".
_NAME_CLOSERS = frozenset(".,;:!?)")
# The words that make a person-shaped name (`names.PERSON_SHAPED`) a publication's ("Example
# Radio", "Harper's Magazine").
_PUBLICATION_WORDS = MASTHEAD_WORDS | frozenset(
    "magazine radio tv television media network agency service channel online broadcasting wire newspaper "
    "report insider digest quarterly monthly newsroom bureau desk collaborative project public".split()
)
_AND = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+")
# A person's name, then "at" or "for" before a capitalised name (see `TextExtractor._tail_cut`).
_PERSON_AT = re.compile(r"([^ \t]+(?:[ \t]+[^ \t]+){1,2})[ \t]+(?:at|for)[ \t]+(?=[A-ZÀ-Þ0-9])")
_INSTITUTION_WORDS = frozenset(
    "university college institute school academy campus hospital center centre council foundation society"
    " association committee network project alliance coalition union league bureau office commission".split()
)


def _people(name: str) -> bool:
    """True for a name written as one person's or a few ("Jane Roe", "Jane Roe and John Doe"),
    with no word of a publication's ("Example Valley News"), nor an article before it ("The
    Sacramento Bee": nobody's first name is "The")."""
    return (
        all(PERSON_SHAPED.match(part) for part in _AND.split(name))
        and not any(word.lower() in _PUBLICATION_WORDS for word in name.split())
        and name.split(None, 1)[0] not in CAPITAL_ARTICLES
    )


def _ends_line(text: str, at: int, marks: str) -> bool:
    """True where the line or the text ends at ``at``, after at most two of ``marks``."""
    return text[at : at + 2].strip(marks)[:1] in ("\n", "")


# A site's subtitle after its name and a dash, closing a feed footer's sentence.
_SITE_SUBTITLE = re.compile(r"([ \t]+[–—-][ \t]+[^\n.!?–—]{1,30}?)(?:\.(?=\s|\Z)|[ \t]*(?:\n|\Z))")
# A slash after a sentence, before the agency that closes a caption's line (another's picture it
# passes on may come first: "... 있다. /AP 연합뉴스").
_SLASH_LABEL_BEFORE = re.compile(r"[.!?][ \t]+/[ \t]*(?:[A-Z]{2,6}[ \t]+)?\Z")
# A photographer's name (capitalised words) or a picture service's in capitals, after a slash.
_SLASHED_PHOTOGRAPHER = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]{2,}(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2}|[A-ZÀ-Þ]{4,}")
# A page's date line: its label opens it ("Published - May 3, 2024 09:42 pm IST - Bengaluru").
_DATE_LINE = re.compile(r"[ \t]*" + DATE_LABELS + r"\b", re.IGNORECASE)
# The words for the desk that edited an agency's copy, after a slash ("(APA/Red)"): no photographer.
_DESK_WORDS = frozenset("red redaktion bearbeitung editorial desk staff agenturen agencies".split())
# The dash after a dateline's bracket, before the story's first word.
_DATELINE_DASH = re.compile(r"[ \t]*[-–—][ \t]+\w")
_SLASHED_WORD = re.compile(r"[^\s/(),.;:]{2,30}")
_LIST_TOKEN = re.compile(r"[^\s,;()]{2,60}")
# An editor's initials in lower case that close a sign-off after its last agency ("Con información
# de EFE y Reuters rmlgv").
# (The page's furniture may follow: "... de EFE y AFP rmlgv Comentarios Newsletter".)
_NAME_BEFORE_INITIALS = re.compile(
    r"([^\s,;()]+(?:[ \t]+[^\s,;()]+){0,3}?)[ \t]+[a-z]{2,6}(?:/[a-z]{2,6})?[ \t]*(?=\n|\Z|"
    + FURNITURE_AHEAD
    + "|"
    + FURNITURE_HEADS
    + r")"
)
# An outlet's reporter after its name, in a list of credits: "Example News' Jane Roe and ...".
_POSSESSIVE_PERSON = re.compile(
    r"['’]s?[ \t]+([A-ZÀ-Þ][a-zß-ÿ]+)(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2}(?=[ \t]*(?:,|&|and\b))"
)
# A caption's words that say it is one, closing its sentence: "... en una imagen de archivo.",
# "... in this file photo.", "... auf dem Archivbild."
_CAPTION_SAYS_SO = re.compile(
    r"\b(?:(?:file|archive)[ \t]+(?:photo|image|picture)|in[ \t]+th(?:is|e)[ \t]+(?:photo|image|picture)|pictured"
    r"|(?:imagen|foto)[ \t]+de[ \t]+archivo|en[ \t]+(?:una|la|esta)[ \t]+(?:imagen|foto(?:graf[íi]a)?)"
    r"|(?:photo|image)[ \t]+d['’]archives?|sur[ \t]+(?:la|cette)[ \t]+(?:photo|image)"
    r"|(?:foto|immagine)[ \t]+d['’]archivio|nella[ \t]+foto|(?:foto|imagem)[ \t]+de[ \t]+arquivo|na[ \t]+(?:foto|imagem)"
    r"|Archiv(?:bild|foto)|auf[ \t]+dem[ \t]+(?:Bild|Foto))\b[^.!?]{0,40}[.!?]\Z",
    re.IGNORECASE,
)
_VIA = re.compile(r"[ \t]+via[ \t]+", re.IGNORECASE)


def plain_text(text: str) -> str:
    """``text`` as the rules and the decision stage read it, one character for one (``text``
    itself when nothing changes).

    Spaces other than the ASCII one (a no-break space, French typography's narrow one before a
    colon, thin and ideographic spaces) are read as spaces, and so are characters of no width (a
    zero-width space, a byte-order mark left mid-text) and a no-break space garbled by a wrong
    charset ("appeared onÂ Science Friday"); rarer dashes and hyphens (a horizontal bar, a
    non-breaking hyphen, a minus sign) are read as the dash or the hyphen.

    >>> plain_text("Source:\u00a0Reuters\u2015x")
    'Source: Reuters—x'
    """
    last = _last_plain  # one read of the pair: another thread may replace it
    if last[0] is text:
        return last[1]
    plain = text
    if ("Â" in plain or "Ā" in plain) and _MOJIBAKE_HINT.search(plain) is not None:
        plain = _MOJIBAKE_SPACE.sub(" ", plain)
    if not plain.isascii() and any(char in plain for char in _READ_AS_PLAIN):
        plain = plain.translate(_AS_PLAIN)
    breaks = plain.count("\n")
    if breaks == 0 or breaks * _JOINED_LINE < len(plain):
        plain = _joined_lines(plain)
    _remember_plain((text, plain))
    return plain


# The last text read and its reading: the extractor and the decision stage read the same text
# one after the other (the same object), and the reading costs a pass over it per character.
_last_plain: tuple[str, str] = ("", "")


def _remember_plain(pair: tuple[str, str]) -> None:
    global _last_plain
    _last_plain = pair


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    pattern: re.Pattern[str]
    before: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    reject_after: re.Pattern[str] | None
    hints: re.Pattern[str] | None
    # The look-backs read backwards (`backwards`): None where only the forward search can tell.
    before_back: re.Pattern[str] | None = None
    not_before_back: re.Pattern[str] | None = None
    not_before_screen: Any = None  # RE2's (`Rule.not_before_screen`)


class _Offsets:
    """Character offsets of byte offsets into one UTF-8 text, for offsets met roughly in order."""

    def __init__(self, data: bytes, ascii_only: bool) -> None:
        self._data = data
        self._ascii = ascii_only
        self._byte = 0
        self._char = 0

    def back(self, text: str, char: int, byte: int, chars: int) -> int:
        """The byte offset ``chars`` characters before character ``char`` (byte ``byte``), or 0."""
        low = max(0, char - chars)
        if self._ascii:
            return low
        return byte - len(text[low:char].encode("utf-8", "surrogatepass"))

    def char(self, byte: int) -> int:
        if self._ascii:
            return byte
        if byte >= self._byte:
            self._char += len(self._data[self._byte : byte].decode("utf-8", "surrogatepass"))
        else:
            self._char -= len(self._data[byte : self._byte].decode("utf-8", "surrogatepass"))
        self._byte = byte
        return self._char


class _Regions:
    """Where each offset of a document stands. A text nobody marked is read around the offsets
    asked about (`LineReader`: most documents are asked once or twice, if at all); once that
    has read `_LOCAL_LINES` lines, the text is marked whole, once."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._spans: list[tuple[Location, int, int]] = []
        self._starts: list[int] | None = None
        self._reader = None if doc.regions else LineReader(doc.text, _LOCAL_LINES)

    def at(self, offset: int) -> Location:
        if self._reader is not None:
            location = self._reader.location(offset)
            if location is not None:
                return location
            self._reader = None
        if self._starts is None:
            regions = self._doc.regions
            if regions:
                self._spans = [(r.location, r.start, r.end) for r in regions]
            else:
                self._spans = mark_spans(self._doc.text)[0]
            self._starts = [start for _, start, _ in self._spans]
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._spans[i][2]:
            return self._spans[i][0]
        return Location.BODY


def _link_starting(doc: Document, pos: int) -> Cut | None:
    """The link whose words begin at ``pos`` (spaces allowed), as a name with its URL."""
    text = doc.text
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    for link in doc.links:
        if link.start == pos and 0 < link.end - link.start <= 90:
            words = text[link.start : link.end].strip(" .,;:")
            # "<a>Example Labs’s blog</a>": the house whose site it is.
            own = _HOUSES_SITE.fullmatch(words)
            if own is not None:
                return Cut(own.group(1), link.start, link.start + len(own.group(1)), link.href)
            return Cut(words, link.start, link.end, link.href)
    return None


_HOUSES_SITE = re.compile(
    r"(.+?)['’]s?[ \t]+(?:official[ \t]+)?(?:blog|website|site|newsletter|substack)", re.IGNORECASE
)


def _link_over(doc: Document, start: int, end: int) -> str | None:
    """The address of the link that covers most of ``start``..``end``, if any."""
    best, best_overlap = None, 0
    for link in doc.links:
        overlap = min(end, link.end) - max(start, link.start)
        if overlap > best_overlap:
            best, best_overlap = link.href, overlap
    return best


def _span(regex: Any, data: bytes, pos: int, endpos: int, *, anchored: bool = True) -> tuple[int, int] | None:
    """Where ``regex`` matches ``data`` from ``pos``: RE2's own matcher, without the binding's
    generator and match object (this is called for every trigger hit)."""
    spans = regex._regexp.Match(_ANCHOR_START if anchored else _UNANCHORED, data, pos, endpos)
    start, end = spans[0]
    return None if start < 0 else (start, end)


def without_groups(pattern: str) -> str:
    """``pattern`` with its capturing groups made non-capturing, for a scan that needs only
    where a match is: RE2 then finds it with its DFAs alone, without the slower engines that
    report groups (measured: the trigger scan runs about twice as fast).

    >>> print(without_groups("(a|b)[(]x(?P<n>c)(?:d)"))
    (?:a|b)[(]x(?:c)(?:d)
    """
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            out.append(char)
            i += 1
            for lead in "^]":  # "[^]...]" and "[]...]": a leading "]" is a member, not the end
                if pattern[i : i + 1] == lead:
                    out.append(lead)
                    i += 1
            continue
        elif char == "(" and pattern[i + 1 : i + 2] != "?":
            out.append("(?:")
            i += 1
            continue
        elif pattern.startswith("(?P<", i):
            out.append("(?:")
            i = pattern.index(">", i) + 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


def _letter_beyond_ascii(text: str, i: int) -> bool:
    """True when ``text[i]`` is a letter outside ASCII (``i`` may stand outside the text)."""
    return 0 <= i < len(text) and not text[i].isascii() and text[i].isalpha()


def _re2_literal(name: str, *, tail_boundary: bool = True) -> str:
    escaped = str(re2.escape(name))
    head = r"\b" if name[:1].isascii() and name[:1].isalnum() else ""
    tail = r"\b" if tail_boundary and name[-1:].isascii() and name[-1:].isalnum() else ""
    return head + escaped + tail


def _no_trigger(name: str) -> bool:
    """True for a name that is no trigger of the scan: one or two Chinese characters (共同 is
    Kyodo's short name in a Japanese dateline and "joint" everywhere else), or a name in a script
    the scan does not read (`_SCANNED_SCRIPTS`). Such names are still the registry's: a rule that
    reads the name after its label ("Source: ...", "מקור: ...") finds them."""
    if len(name) <= 2 and all("\u3400" <= ch <= "\u9fff" for ch in name):
        return True
    return any(ch.isalpha() and not _scanned_script(ch) for ch in name)


# The scripts of the agencies' names the scan looks for. Each script more makes the automaton that
# RE2 builds as it reads larger in every state (it reads bytes, and a new script brings new ones):
# measured, the names of four more scripts (Hebrew, Devanagari, Thai, kana) slowed the scan of
# English prose by a tenth.
_SCANNED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "CJK", "HANGUL")


# A name with a region's after a hyphen: an agency's desk ("Интерфакс-Поволжье", "ИНТЕРФАКС-ЮГ").
_REGIONAL_DESK = re.compile(
    r"(.{2,40}?)[ \t]?[-–][ \t]?(?:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]{2,}(?:[ -][A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]+)?"
    r"|[A-ZА-ЯЁІЇЄҐ]{2,}(?:[ ][A-ZА-ЯЁІЇЄҐ]{2,})?)"
)
# The same desk in capitals glued to an agency's name that a trigger read: "ИНТЕРФАКС-СИБИРЬ".
_GLUED_DESK = re.compile(r"-([A-ZА-ЯЁІЇЄҐ]{2,}(?:[ ][A-ZА-ЯЁІЇЄҐ]{2,})?)(?![\w-])")


@lru_cache(maxsize=1024)
def _spaced_caseless(ch: str) -> bool:
    """A letter of a script that spaces its words and has no case (Arabic, Hebrew, the scripts of
    Hindi and Bengali, Georgian)."""
    return unicodedata.name(ch, "").startswith(("ARABIC", "HEBREW", "DEVANAGARI", "BENGALI", "GEORGIAN"))


# The first words of a page's furniture in the scripts `_spaced_caseless` reads (Persian and Arabic
# "read more", "tags", "share", "related"; and the furniture's words of those scripts), which end a
# name that no capital ends (see `TextExtractor._first_word_guessed`).
_CASELESS_FURNITURE = re.compile(
    r"[ \t]+(?:بیشتر[ \t]+بخوانید|برچسب|اشتراک|مقالات[ \t]+(?:ذات[ \t]+صلة|متعلقة)|اخبار[ \t]+مرتبط|خبرهای[ \t]+مرتبط|"
    + "|".join(sorted(w for w in FURNITURE_WORDS if _spaced_caseless(w[0])))
    + ")"
)


# A full stop that closes a sentence (not one inside an address: "Ynet.co.il").
_SENTENCE_CLOSE = re.compile(r"[.!?؟](?=\s|\Z)")
# What closes a caseless name that its line goes on after: a date or a time, a bar, or a slash
# before the next field's label (see `TextExtractor._first_word_guessed`).
_CASELESS_NAME_CLOSED = re.compile(r"[ \t]+(?:[\d٠-٩۰-۹]|\||/[ \t]*[^\s/:]{1,20}[ \t]*:)")


@lru_cache(maxsize=4096)
def _scanned_script(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(_SCANNED_SCRIPTS)


def agency_spellings(names: Sequence[str]) -> list[str]:
    """The agencies' names as a case-sensitive trigger must see them: as registered, and in
    capitals where a dateline shouts them ("WELLINGTON (REUTERS) -"), and in a heading's title
    case, longest first.

    >>> agency_spellings(["Reuters", "AFP", "dpa", "共同"])
    ['Reuters', 'REUTERS', 'AFP', 'dpa', 'DPA']
    >>> agency_spellings(["Example Press of Pakistan"])
    ['Example Press of Pakistan', 'EXAMPLE PRESS OF PAKISTAN', 'Example Press Of Pakistan']
    """
    spelled: dict[str, None] = {}
    for name in names:
        if _no_trigger(name):
            continue
        spelled[name] = None
        if len(name) >= 3 and name.upper() != name:
            spelled[name.upper()] = None
        words = name.split(" ")
        if any(w in _NAME_CONNECTORS for w in words[1:]):
            # A heading's title case: "Associated Press Of Pakistan".
            spelled[" ".join(w.title() if w in _NAME_CONNECTORS else w for w in words)] = None
    return sorted(spelled, key=lambda n: -len(n))


# The small words inside an agency's name that a heading in title case writes capitalised.
_NAME_CONNECTORS = frozenset("of for and the de del della di du da do dos das des der la le el".split())


class TextExtractor:
    """Finds syndication statements in plain text with the rules of `rules.RULES`.

    >>> from provenance.readers import text_document
    >>> extractor = TextExtractor(OutletRegistry.bundled())
    >>> found = extractor.extract(text_document("LONDON (Reuters) - Shares fell."))
    >>> [(a.outlet, a.evidence.method) for a in found]
    [('Reuters', 'text:wire-dateline')]
    """

    name = "text"

    def __init__(self, registry: OutletRegistry, rules: Sequence[Rule] = RULES) -> None:
        self.registry = registry
        agencies = agency_spellings(registry.names_of_kind(OutletKind.WIRE, OutletKind.AGENCY))
        # The agencies' names that end a longer registered name ("Associated Press" in "Australian
        # Associated Press"): only at those is the word before looked at (`_in_longer_name`).
        tails = {
            " ".join(words[k:])
            for outlet in registry
            for spelling in (outlet.name, *outlet.aliases)
            for words in (spelling.split(),)
            for k in range(1, len(words))
        }
        self._name_tails = frozenset(n for n in agencies if n in tails)
        agency_re2 = "|".join(_re2_literal(n) for n in agencies if len(n) >= 2)
        # The same names where a byline runs into the date ("Associated PressDecember 2", "AFPMay 3"):
        # a short name only in capitals, where no word goes on into a month's name.
        stems_re2 = "|".join(
            _re2_literal(n, tail_boundary=False)
            for n in agencies
            if len(n) >= 4 or (len(n) >= 2 and n.isupper())
        )
        # The agencies' names in the scripts the scan does not read (see `_no_trigger`), for the
        # one trigger that looks for them in brackets: a few dozen names cost the scan little.
        unscanned_re2 = "|".join(
            str(re2.escape(n))
            for n in sorted(
                {
                    n
                    for n in registry.names_of_kind(OutletKind.WIRE, OutletKind.AGENCY)
                    if len(n) >= 2 and any(ch.isalpha() and not _scanned_script(ch) for ch in n)
                },
                key=lambda n: (-len(n), n),
            )
        )
        self._groups: list[list[_Compiled]] = []
        index: dict[tuple[str, bool], int] = {}
        for rule in rules:
            trigger = (
                rule.trigger.replace(AGENCIES, agency_re2)
                .replace(AGENCY_STEMS, stems_re2)
                .replace(AGENCIES_UNSCANNED, unscanned_re2)
            )
            key = (trigger, rule.case_sensitive)
            if key not in index:
                index[key] = len(self._groups)
                self._groups.append([])
            self._groups[index[key]].append(_compile(rule))
        self._triggers = [f"({t})" if case else f"(?i:({t}))" for t, case in index]
        # The scan looks for where a trigger may start; the set of whole triggers then says which do.
        self._scan_triggers = [scan_prefix(t) for t in self._triggers]
        # Per group, the hints of all its rules at once: most hits of a shared trigger (an agency's
        # name in "told Reuters") have none of them before, and one search then rules out them all.
        # An RE2 search of the text's bytes: one pass of its automaton, where `re` would try the
        # alternation at every character of the window.
        self._any_hint: list[tuple[Any, int] | None] = []
        for rules_of_group in self._groups:
            hinted = [c.rule for c in rules_of_group if c.hints is not None]
            if len(hinted) < 2:
                self._any_hint.append(None)
                continue
            words = sorted({h for r in hinted for h in r.hints}, key=lambda h: (-len(h), h))
            self._any_hint.append(
                (
                    re2.compile("|".join(str(re2.escape(w)) for w in words), _OPTIONS),
                    max(r.hint_window for r in hinted),
                )
            )
        self._names_group = [all(c.rule.name_from_trigger for c in group) for group in self._groups]
        # What is tried at a hit of each group: all its rules, or where the name stands between two
        # words of prose only the rules written for such a place (`Rule.in_prose`), with a sieve of
        # their own (a sieve of a few patterns costs a few of them).
        self._plans = [_Plan.of(group) for group in self._groups]
        self._prose_plans = [_Plan.of([c for c in group if c.rule.in_prose]) for group in self._groups]
        self._scanners: dict[tuple[frozenset[int], bool], Any] = {}
        self._group_res = [re2.compile(without_groups(t), _OPTIONS) for t in self._triggers]
        self._cuts: dict[str, Cut | None] = {}
        self._prefixes: dict[tuple[str, int], Cut | None] = {}
        self._anchored = re2.Set.MatchSet(_OPTIONS)
        for t in self._triggers:
            self._anchored.Add(t)
        self._anchored.Compile()
        # The binding's own Set.Match, without the wrapper's type check (called for every hit).
        self._anchored_match = self._anchored._set.Match

    def _scanner(self, disabled: frozenset[int], whole: bool = False) -> Any:
        """One pattern of every trigger not disabled (a group over its hit limit is dropped): of
        their `scan_prefix`, or of the ``whole`` triggers."""
        key = (disabled, whole)
        if key not in self._scanners:
            triggers = self._triggers if whole else self._scan_triggers
            live = [t for g, t in enumerate(triggers) if g not in disabled]
            self._scanners[key] = re2.compile(without_groups("|".join(live)), _OPTIONS) if live else None
        return self._scanners[key]

    def extract(self, doc: Document) -> Iterator[Attribution]:
        """The statements in ``doc``'s text, in the order they stand, before layering.

        The text is read as `plain_text` gives it; the evidence still quotes the text as it
        stands (one character for one: the offsets hold).
        """
        original = doc.text
        text = plain_text(original)
        if text is original:
            yield from self._extract(doc)
            return
        repaired = doc.model_copy(update={"text": text})
        for a in self._extract(repaired):
            ev = a.evidence
            yield replaced(a, evidence=replaced(ev, text=original[ev.start : ev.end]))

    def _extract(self, doc: Document) -> Iterator[Attribution]:
        """The scan runs on the UTF-8 bytes (the RE2 binding re-encodes a ``str`` on every call);
        `_Offsets` turns byte offsets back into character offsets, walking forward only."""
        text = doc.text
        data = text.encode("utf-8", "surrogatepass")
        offsets = _Offsets(data, len(data) == len(text))
        hits = [0] * len(self._triggers)
        regions = _Regions(doc)
        disabled: frozenset[int] = frozenset()
        whole = False  # looking for the triggers' prefixes, until too many lead nowhere
        misses = 0
        scanner = self._scanner(disabled)
        covered = 0  # the end of the last statement found
        pos = 0
        while scanner is not None:
            span = _span(scanner, data, pos, len(data), anchored=False)
            if span is None:
                break
            bstart = span[0]
            pos = bstart + 1
            # Every trigger that matches here, in table order (None when a match runs past the span).
            matched = [
                g for g in self._anchored_match(data[bstart : bstart + _TRIGGER_SPAN]) if g not in disabled
            ]
            if not matched:  # the start of a trigger's first words, not of a live trigger
                misses += 1
                if misses == MAX_PREFIX_MISSES:  # "((((...": the whole triggers, from here on
                    whole = True
                    scanner = self._scanner(disabled, whole)
                continue
            start = offsets.char(bstart)
            fallbacks: list[tuple[_Compiled, int]] = []
            for group in sorted(matched):
                if group in disabled:  # over its limit at this very place
                    continue
                hits[group] += 1
                if hits[group] > MAX_HITS_PER_TRIGGER:
                    log.warning(
                        "%s: over %d hits of one trigger; the rest skipped", doc.source, MAX_HITS_PER_TRIGGER
                    )
                    disabled = disabled | {group}
                    scanner = self._scanner(disabled, whole)
                    continue
                trigger = _span(self._group_res[group], data, bstart, min(len(data), bstart + _TRIGGER_SPAN))
                if trigger is None:
                    continue
                end = offsets.char(trigger[1])
                if self._names_group[group] and (
                    (text[end - 1 : end].isascii() and _letter_beyond_ascii(text, end))
                    or (text[start : start + 1].isascii() and _letter_beyond_ascii(text, start - 1))
                ):
                    # RE2's word boundary is ASCII's: "PA" in "EL PAÍS" is no agency's name.
                    continue
                if (
                    self._names_group[group]
                    and text[start:end] in self._name_tails
                    and self._in_longer_name(text, start, end)
                ):
                    continue
                found: list[Attribution] = []
                # A name between two lower-case words ("told Reuters on Monday") is a mention:
                # only the rules written for such a place are tried there.
                in_prose = self._names_group[group] and _between_words(text, start, end)
                any_hint = self._any_hint[group]
                hinted = (
                    any_hint is None
                    or _span(
                        any_hint[0],
                        data,
                        offsets.back(text, start, bstart, any_hint[1]),
                        bstart,
                        anchored=False,
                    )
                    is not None
                )
                plan = self._prose_plans[group] if in_prose else self._plans[group]
                # The spans of the sieve's marks ((-1, -1) where a rule's pattern does not match),
                # and each rule's place among them (0: tried whatever the sieve says).
                sieve = plan.sieve
                marks = sieve.match(text, end, min(len(text), end + WINDOW_AFTER)).regs if sieve else ()
                for compiled, place in plan.entries:
                    if place and marks[place][0] < 0:
                        continue
                    hints = compiled.hints
                    if compiled.rule.fallback:
                        fallbacks.append((compiled, end))
                        continue
                    if hints is not None and (
                        not hinted or not hints.search(text, max(0, start - compiled.rule.hint_window), start)
                    ):
                        continue
                    found = self._apply(compiled, doc, start, end, regions)
                    if found:
                        break
                if found:
                    covered = max(covered, *(a.evidence.end for a in found))
                    yield from found
                    break
            else:
                # No wording known here: the last resorts, if a trigger of theirs matched outside
                # the words of a statement already read.
                for compiled, end in fallbacks if start >= covered else ():
                    found = self._apply(compiled, doc, start, end, regions)
                    if found:
                        yield from found
                        break
            fallbacks.clear()

    def _apply(self, c: _Compiled, doc: Document, ts: int, te: int, regions: _Regions) -> list[Attribution]:
        """The attributions a rule reads at a trigger (``ts``..``te``), or none."""
        text = doc.text
        rule = c.rule
        # A rule that stands among no words of prose says so before its pattern is read: a few
        # words back cost less than a long pattern's look-aheads at every mention in a sentence.
        if rule.max_prose_words is not None and _prose_words(text, ts) > rule.max_prose_words:
            return []
        # Cheapest first: the anchored pattern, then the short look back, then the long one.
        window = min(len(text), te + WINDOW_AFTER)
        pm = c.pattern.match(text, te if rule.name_from_trigger else ts, window)
        if pm is None:
            return []
        if c.not_before is not None and _ends_at(
            c.not_before, c.not_before_back, text, rule.not_before_window, ts, c.not_before_screen
        ):
            return []
        before = None
        if c.before is not None:
            low = max(0, ts - rule.before_window)
            # Most look-backs find nothing: the backward reading says so without the search.
            if c.before_back is None or ends_here(c.before_back, text, low, ts) is not False:
                before = c.before.search(text, low, ts)
        if c.before is not None and before is None and rule.before_required:
            return []
        groups = pm.re.groupindex
        title = None
        title_url = None
        if before is not None and "title" in before.re.groupindex:
            title = before.group("title").strip() or None
            # The feed footer links the title to the credited article itself.
            title_url = _link_over(doc, before.start("title"), before.end("title"))
        cuts: list[Cut] = []
        if rule.fixed_outlet is not None:
            cuts.append(Cut(rule.fixed_outlet, ts, pm.end()))
        elif rule.name_from_trigger:
            desk = _GLUED_DESK.match(text, te)
            if desk is not None and not self.is_known_name(desk.group(1)):
                # An agency's regional desk glued to its name is the name as the text writes it
                # ("ИНТЕРФАКС-СИБИРЬ -"): the desk resolves to the agency (`_REGIONAL_DESK`).
                te = desk.end()
            cuts.append(Cut(text[ts:te], ts, te))
        elif "name" in groups and pm.group("name"):
            cuts.append(Cut(pm.group("name").strip(), pm.start("name"), pm.end("name")))
        elif "tail" in groups:
            tail_end = pm.end("tail") if pm.end("tail") > pm.start("tail") else window
            cut = self._tail_cut(rule, doc, text, pm.start("tail"), tail_end)
            if cut is None:
                return []
            cuts.append(self._caseless_to_end(text, cut) or cut)
        elif before is not None and "tail" in before.re.groupindex:
            cut = self._cut_before(text, before.start("tail"), before.end("tail"))
            if cut is None:
                return []
            words = before.group("tail").strip()
            if cut.name != words and len(words) <= 60 and is_caseless(words) and "\n" not in words:
                # A script without case, whose names no capital ends: the words the statement's own
                # close on both sides are all the name ("این یادداشت پیش‌تر در روزنامه X منتشر شده").
                start = before.start("tail") + before.group("tail").index(words)
                cut = Cut(words, start, start + len(words))
            cuts.append(cut)
        elif before is not None and "name" in before.re.groupindex:
            # The words between two of the statement's own ("from X and was licensed"): all a name.
            cut = self._cut(text, before.start("name"), before.end("name"))
            if cut is None:
                return []
            cuts.append(cut)
        if not cuts:
            return []
        if rule.abbreviation_check and spells_initials(text[max(0, ts - 80) : ts], cuts[0].name):
            return []
        if rule.not_alone_on_line and _alone_on_line(text, ts, te):
            return []
        if before is not None and "inner" in before.re.groupindex and before.group("inner") is not None:
            inner = before.group("inner")
            slash = inner.rfind("/")
            offset = before.start("inner") + (slash + 1 if slash >= 0 else 0)
            # The last words a registry knows, as for a name before a phrase: "... on Tuesday. The
            # Associated Press and Reuters contributed" where the words ran from the sentence before.
            inner_cut = self._cut_before(text, offset, before.end("inner"))
            if (
                inner_cut is not None
                and rule.inner_known_only
                and not (
                    self.is_known_name(inner_cut.name)
                    # (An address writes its ending in lower case: "J.Ch. avec AFP" signs a
                    # journalist's initials, not a site "j.ch".)
                    or (looks_like_domain(inner_cut.name) and inner_cut.name.rsplit(".", 1)[-1].islower())
                    or _PUBLICATION_SHAPED.match(inner_cut.name)
                )
            ):
                inner_cut = None
            if inner_cut is not None:
                cuts.insert(0, inner_cut)
        last = cuts[-1]
        if title is not None and (subtitle := _SITE_SUBTITLE.match(text, last.end)) is not None:
            # A feed footer's site with its subtitle after a dash, to the sentence's end: "...
            # erschien zuerst auf Example – der Gartenblog."
            last = cuts[-1] = Cut(text[last.start : subtitle.end(1)], last.start, subtitle.end(1), last.url)
        if c.reject_after is not None and c.reject_after.match(text, last.end):
            return []
        if rule.chain_via or rule.by_kind or rule.more_names:
            cuts.extend(self._following(rule, text, last.end, window))
        if rule.relation is not Relation.IMAGE_CREDIT:
            cuts = [part for cut in cuts for part in _slash_parts(cut, self._slashed_name)]
            # (A registered short name in lower case only as the registry spells it: "(kpl/nfi)"
            # signs a desk's initials, not KPL's copy; see `_slashed_name`.)
            cuts = [
                cut
                for cut in cuts
                if not self._first_word_guessed(text, cut)
                and not (
                    cut.name.islower()
                    and len(cut.name) <= 3
                    and self.is_known_name(cut.name)
                    and not self._spelled(cut.name)
                )
            ]
            if not cuts:
                return []
        start = ts
        if before is not None:
            named = before.re.groupindex
            # The words a name was cut from start the evidence; a check that only looked at the
            # context ("a sentence ends before it") adds nothing but a byline's or a footer's words.
            if "title" in named or "name" in named or not named:
                start = min(before.start(), ts)
            else:
                start = min(ts, *(cut.start for cut in cuts))
        # (Not the marks a trigger opens with: "... gesichert. stol/ansa" quotes the signature.)
        first = min(ts, *(cut.start for cut in cuts)) if start < ts else min(cut.start for cut in cuts)
        while start < first and text[start] in _LEADING_NOISE:
            start += 1
        end = max(pm.end(), max(cut.end for cut in cuts))
        # Regions are looked at only now: most hits come to nothing.
        location = regions.at(ts)
        if location is Location.RELATED:
            return []
        # Built without validation: every field comes from this function (STYLE: validate at the edges).
        evidence = unchecked(
            Evidence,
            text=text[start:end],
            start=start,
            end=end,
            method=f"{self.name}:{rule.id}",
            location=location,
        )
        if doc.links:
            cuts = [
                c if c.url else Cut(c.name, c.start, c.end, _link_over(doc, c.start, c.end)) for c in cuts
            ]
        if title_url is not None:
            cuts = [Cut(c.name, c.start, c.end, title_url) for c in cuts]
        found = [self._attribution(rule, cut, evidence, title) for cut in cuts]
        if rule.relation is not Relation.IMAGE_CREDIT and self._photographer_beside(text, ts, te):
            return [replaced(a, relation=Relation.IMAGE_CREDIT) for a in found if a is not None]
        return [a for a in found if a is not None]

    def _caseless_to_end(self, text: str, cut: Cut) -> Cut | None:
        """The words of a name in a script that spaces its words and has no case, to its line's end
        or to the page's furniture when one or two words stand between ("منبع: همشهری آنلاین
        برچسب‌ها"): a source line's value, which no capital ends; None where the cut stands."""
        name = cut.name
        if cut.url is not None or not name or " " in name or self.is_known_name(name):
            return None
        if text[cut.end : cut.end + 1] not in (" ", "\t") or not all(
            _spaced_caseless(ch) for ch in name if ch.isalpha()
        ):
            return None
        # (Two words and the furniture's first are within a few dozen characters.)
        reach = min(len(text), cut.end + 80)
        line_end = text.find("\n", cut.end, reach)
        rest = text[cut.end : line_end if line_end >= 0 else reach]
        # (Or the sentence's end: "... פורסמה לראשונה באתר שיחה מקומית. תגיות ...".)
        ends = [
            m.start()
            for m in (_CASELESS_FURNITURE.search(rest), _SENTENCE_CLOSE.search(rest))
            if m is not None
        ]
        if not ends and line_end < 0 and reach < len(text):
            return None
        words = rest[: min(ends, default=len(rest))].rstrip()
        more = words.split()
        if not 1 <= len(more) <= 2 or not all(
            _spaced_caseless(ch) or ch in "\u200c-" for w in more for ch in w
        ):
            return None
        return Cut(name + words, cut.start, cut.end + len(words))

    def _first_word_guessed(self, text: str, cut: Cut) -> bool:
        """True for one word of a script that spaces its words and has no case (`_spaced_caseless`)
        that no registry knows, with its line going on after it: no capital shows where such a name
        ends, so a cut takes its first word only, a guess ("المصدر: وزارة المالية ونقلت ..." would
        name "وزارة", a ministry; "المصدر: أبوظبي - وام" a city)."""
        if cut.url is not None or text[cut.end : cut.end + 1] not in (" ", "\t"):
            return False
        name = cut.name
        if not name or " " in name or not all(_spaced_caseless(ch) for ch in name if ch.isalpha()):
            return False
        line_end = text.find("\n", cut.end)
        rest = text[cut.end : line_end if line_end >= 0 else len(text)]
        # (The page's furniture after it shows where the name ends: "منبع: خبرآنلاین بیشتر بخوانید";
        # so do a date, a bar, or a slash before the next field's label: "المصدر: النهار 05-03-2024",
        # "منبع: اکونومیست / مترجم: سارا".)
        return (
            bool(rest.strip())
            and not _CASELESS_FURNITURE.match(rest)
            and not _CASELESS_NAME_CLOSED.match(rest)
            and not self.is_known_name(name)
        )

    def _photographer(self, words: str) -> bool:
        """True for words written as a person's name that name no registered outlet, whole or in part
        ("Jane Roe"; not "Theo Reuters")."""
        return bool(PERSON_SHAPED.fullmatch(words)) and not any(
            self.is_known_name(w) for w in (words, *words.split())
        )

    def _closes_caption_line(self, text: str, opening: int, closing: int) -> bool:
        """True for an agency in brackets that closes a caption's line inside a text: after a
        photographer's name that follows the caption's sentence ("... en una imagen de archivo.
        Jane Roe (Example Press)"), or after a caption's words with no sentence's end and no date
        (a line of prose over a picture, as a script without capitals writes it)."""
        if not _ends_line(text, closing + 1, " \t."):
            return False
        line_start = text.rfind("\n", 0, opening) + 1
        below = text.find("\n", closing)
        if line_start == 0 or below < 0:
            return False  # the text's first line or its last: a dateline or a sign-off
        if len(text[below:].lstrip().split("\n", 1)[0]) < 40:
            return False  # no paragraph of the story under it: a sign-off before the page's links
        head = text[line_start:opening].rstrip()
        end = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
        if end >= 0:
            return self._photographer(head[end + 2 :].strip())
        words = head.split()
        return (
            len(words) >= 4
            and not any(ch.isdigit() for ch in head)
            and head[-1:] not in ".!?:"
            and (
                sum(w[:1].islower() for w in words) >= 2
                or not any(ch.isascii() and ch.isalpha() for ch in head)
            )
        )

    def _after_caption_sentence(self, text: str, opening: int) -> bool:
        """True for an agency in brackets after a photographer's name that follows a sentence
        saying it is a caption, where the page's lines ran together ("... de Palma, en una imagen
        de archivo. Jane Roe (Example Press) El Tribunal ...")."""
        head = text[max(0, opening - 200) : opening].rstrip()
        end = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
        if end < 0 or not self._photographer(head[end + 2 :].strip()):
            return False
        sentence = head[: end + 1]
        return _CAPTION_SAYS_SO.search(sentence, max(0, end - 150)) is not None

    def _photographer_beside(self, text: str, ts: int, te: int) -> bool:
        """True where the agency named at ``ts``..``te`` credits a picture: in brackets beside a
        photographer's or a picture service's name ("(EFE/Jane Roe)", "(ANSA/EXAMPLEPHOTO)", "(Jane
        Roe, Example Agency)"), closing a caption's line (`_closes_caption_line`), or after a slash
        that closes a caption ("... 있다. /AP 연합뉴스"). Not beside a desk's initials ("(dpa/lno)")
        nor another registered name ("(dpa/AFP)")."""
        if _SLASH_LABEL_BEFORE.search(text, max(0, ts - 12), ts) and _ends_line(text, te, " \t"):
            return True  # a caption's credit closing its line: "... 표시돼 있다. /AP 연합뉴스"
        opening = text.rfind("(", max(0, ts - 60), ts + 1)
        if opening < 0:
            return False
        closing = text.find(")", ts, te + 60)
        if closing < 0:
            return False
        inside = text[opening + 1 : closing]
        if "(" in inside or "\n" in inside or _DATELINE_DASH.match(text, closing + 1):
            return False  # (a dateline's dash after it: "Milano, 12 mar. (Adnkronos/Labitalia) - ...")
        # A photographer's name before the agency's: "(Jane Roe, Example Agency)".
        ahead = text[opening + 1 : ts].rstrip(" \t")
        if ahead.endswith(",") and self._photographer(ahead[:-1].strip()):
            return True
        if "/" not in inside:
            return "," not in inside and (
                self._closes_caption_line(text, opening, closing)
                or self._after_caption_sentence(text, opening)
            )
        for part in inside.split("/")[1:]:
            word = part.strip(" \t.,")
            if (
                _SLASHED_PHOTOGRAPHER.fullmatch(word)
                and not self.is_known_name(word)
                and word.lower() not in FURNITURE_WORDS
                and word.lower() not in _DESK_WORDS
            ):
                return True
        return False

    def _following(self, rule: Rule, text: str, pos: int, window: int) -> list[Cut]:
        """Names that continue a credit: "via AP" after a picture credit, "und AFP" after dpa."""
        more: list[Cut] = []
        for _ in range(8):
            reporter = _POSSESSIVE_PERSON.match(text, pos, window)
            if reporter is not None and reporter.group(1) not in CAPITAL_ARTICLES:
                # The outlet's reporter before the list goes on: "With files from Example News'
                # Jane Roe and The Canadian Press".
                pos = reporter.end()
            joint = (_VIA if rule.chain_via else _LIST_JOIN).match(text, pos, window)
            if joint is None:
                break
            token = _LIST_TOKEN.match(text, joint.end(), window)
            if joint.group().strip() == "/" or (token is not None and "/" in token.group()):
                # "afp/dpa/rtr", "ntv.de, ino/dpa": the words between slashes, whatever their
                # case, that a registry knows (an editor's initials are nobody's).
                parts = [
                    Cut(m.group(), joint.end() + m.start(), joint.end() + m.end())
                    for m in _SLASHED_WORD.finditer(token.group() if token is not None else "")
                    if self._slashed_name(m.group())
                ]
                if not parts:
                    break
                more.extend(parts)
                pos = parts[-1].end
                continue
            cut = self._cut(text, joint.end(), window)
            if (
                cut is None
                and (initials := _NAME_BEFORE_INITIALS.match(text, joint.end(), window)) is not None
                and self.is_known_name(initials.group(1))
            ):
                cut = Cut(initials.group(1), initials.start(1), initials.end(1))
            if cut is not None and not self.is_known_name(cut.name):
                # "dpa und AFP Feuerwehr Südtirol": the registered name the words open, where the
                # list ran into the page's next words.
                cut = self._known_prefix(text, joint.end(), window) or cut
            if cut is None and rule.list_any and token is not None:
                # A list the text itself says is of agencies: its words are names, known or not
                # (not the page's furniture after it: "Avec agences Share this").
                name = token.group().rstrip(".")
                word = name[:1].isalpha() and name.lower() not in FURNITURE_WORDS
                cut = Cut(name, joint.end(), joint.end() + len(name)) if word else None
            # (A site's address names a site, known or not: "Zdroj: ČTK, example.cz".)
            if cut is None or (
                not rule.chain_via
                and not rule.list_any
                and not self.is_known_name(cut.name)
                and not looks_like_domain(cut.name)
            ):
                break
            more.append(cut)
            pos = cut.end
        return more

    def _attribution(self, rule: Rule, cut: Cut, evidence: Evidence, title: str | None) -> Attribution | None:
        name = cut.name
        if rule.relation is Relation.IMAGE_CREDIT and "/" in name and cut.url is None:
            name = name.rsplit("/", 1)[1].strip()
        if cut.url is not None and (is_generic(name) or name.lower() in LINK_WORDS):
            # "originally published on <a href=...>this site</a>": the address names the outlet.
            name = outlet_name_from_url(cut.url)
        if is_generic(name, self) and not rule.generic_ok:
            return None
        outlet = self.registry.resolve(name)
        if outlet.kind is OutletKind.UNKNOWN and cut.url is None and (desk := _REGIONAL_DESK.fullmatch(name)):
            # An agency's regional desk is the agency: "Интерфакс-Поволжье", "Example News-Volga".
            parent = self.registry.resolve(desk.group(1))
            if parent.kind is OutletKind.WIRE:
                outlet = parent
        known = outlet.kind is not OutletKind.UNKNOWN
        if rule.known_only and not (known or cut.url or looks_like_domain(name)):
            return None
        if rule.no_person and not known and cut.url is None and _people(name):
            return None
        if rule.wire_only and outlet.kind is not OutletKind.WIRE:
            return None
        if rule.publisher_only and outlet.kind is OutletKind.WIRE:
            return None
        if rule.no_aggregator and outlet.kind is OutletKind.AGGREGATOR:
            return None
        relation = rule.relation
        if rule.by_kind:
            relation = Relation.WIRE_CREDIT if outlet.kind is OutletKind.WIRE else Relation.SOURCE_CREDIT
        confidence = rule.weight if known else rule.weight * UNKNOWN_OUTLET_FACTOR
        return unchecked(
            Attribution,
            relation=relation,
            outlet=name,
            outlet_id=outlet.id,
            url=cut.url,
            title=title,
            evidence=evidence,
            confidence=round(confidence, 3),
            layer=None,
            self_credit=False,
        )

    def _cut(self, text: str, pos: int, end: int) -> Cut | None:
        """`names.cut_name`, remembered by the words it reads: the same footer ("appeared first
        on South Front.") comes back on every page of a feed or a site."""
        stop = _words_end(text, pos, end)
        words = text[pos:stop]
        return _remembered(self._cuts, words, lambda: cut_name(words, 0, len(words), self), pos)

    def _tail_cut(self, rule: Rule, doc: Document, text: str, start: int, tail_end: int) -> Cut | None:
        """The name a rule's pattern leaves at ``start`` (its ``tail``): the link there, or the words
        cut, corrected where a registered name stands in them."""
        # A link where the name should be is the name, whatever its case ("on <a>coolimba</a>").
        linked = _link_starting(doc, start)
        cut = linked if linked is not None else self._cut(text, start, tail_end)
        if (
            cut is None
            and (initials := _NAME_BEFORE_INITIALS.match(text, start, tail_end)) is not None
            and self.is_known_name(initials.group(1))
        ):
            # A registered name and an editor's initials after it, before the page's furniture
            # ("Con información de EFE mgm Te recomendamos ..."): the name, as `_more` reads it.
            cut = Cut(initials.group(1), initials.start(1), initials.end(1))
        if cut is None or (rule.known_only and not (cut.url or self.is_known_name(cut.name))):
            # Only a registered name can stand here: the words it starts ("Truthout Lara
            # Logan is ..." where the lines of a page ran together) go on without it. Not
            # a part of a name that punctuation closes: "The Hill Times." is no "The Hill".
            # Where no name could be cut at all, a registered one may still start the words
            # ("mit Material von dpa erstellt": a German verb closes the clause).
            known = self._known_prefix(text, start, tail_end)
            if (
                known is not None
                and cut is not None
                and " " not in known.name
                and not self._spelled(known.name)
            ):
                # (One word the registry knows only by its key, as a longer name's first: "Local
                # Democracy Reporting" is no "The Local".)
                known = None
            if known is not None and (
                cut is None
                or known.end >= cut.end
                or (
                    text[cut.end : cut.end + 1] not in _NAME_CLOSERS
                    # Nor a paper's name that its masthead's word closes ("Boston Herald" is
                    # no "Boston"), nor a body named after an agency ("the Reuters Institute").
                    and cut.name.rsplit(None, 1)[-1].lower() not in MASTHEAD_WORDS
                    and not INSTITUTION_AFTER.match(text, known.end, tail_end)
                    # (Nor a name that its line closes: "By Jane Roe, Local Democracy Reporting\n" is
                    # no "Local".)
                    and not _ends_line(text, cut.end, "")
                )
            ):
                cut = known
        elif not cut.url and text[cut.end : cut.end + 1] == " " and text[cut.end + 1 : cut.end + 2].islower():
            # A registered name that goes on in lower case ("Theo Dân trí"): the whole of it.
            known = self._known_prefix(text, start, tail_end)
            if known is not None and known.end > cut.end:
                cut = known
        elif not cut.url and "." in cut.name and not self.is_known_name(cut.name):
            # A registered name that its own full stop closes, before the next field's words
            # ("Quelle: F.A.Z. Jonas Roe Korrespondent in Berlin"): the name, not the field.
            known = self._known_prefix(text, start, tail_end)
            if known is not None and text[known.end : known.end + 2] == ". " and known.end + 1 < cut.end:
                cut = known
        if cut is not None and not cut.url and " and " in cut.name and not self.is_known_name(cut.name):
            # A person and a registered outlet joined by "and" ("With files from Jane Roe and The
            # Example Press"): the outlet.
            rest = cut.name.rsplit(" and ", 1)[1]
            if self.is_known_name(rest):
                cut = Cut(rest, cut.end - len(rest), cut.end)
        if cut is not None and not cut.url:
            # A reporter at or for an outlet ("originally published by Jane Roe at WEWS"): the
            # outlet. (Not a school's campus: "University at Buffalo".)
            person = _PERSON_AT.match(cut.name)
            if (
                person is not None
                and _people(person.group(1))
                and not _INSTITUTION_WORDS.intersection(person.group(1).lower().split())
            ):
                cut = Cut(cut.name[person.end() :], cut.start + person.end(), cut.end)
        return cut

    def _known_prefix(self, text: str, pos: int, end: int) -> Cut | None:
        """`names.known_prefix`, remembered as `_cut` is: the words it reads, and the character
        after them (whether a name closes there)."""
        stop = _words_end(text, pos, end)
        words = text[pos : stop + 1]
        return _remembered(
            self._prefixes, (words, stop - pos), lambda: known_prefix(words, 0, stop - pos, self), pos
        )

    def _cut_before(self, text: str, pos: int, end: int) -> Cut | None:
        """The name in the words before a phrase: all of them, or the last ones that a registry
        knows ("... in Crackdown Reuters reports:" credits Reuters). A name in quotes is all
        the name ("im Podcast 'Lage der Nation'" is no "Nation'")."""
        cut = self._cut(text, pos, end)
        if cut is not None and (
            self.is_known_name(cut.name)
            or text[cut.start - 1 : cut.start] in QUOTE_OPENERS
            # A name after its article is all the name ("by the Otago Daily Times and is
            # republished" is no "Times").
            or (cut.start > pos and ARTICLE_BEFORE.search(text, pos, cut.start) is not None)
        ):
            return cut
        for space in re.finditer(r"\s+", text[pos:end]):
            start = pos + space.end()
            # A registered word that is no name on its own ("News") does not cut one short, nor
            # a masthead's word that ends a longer name ("Iowa Capital Dispatch" is no
            # "Dispatch"); a brand does ("... in Crackdown Reuters reports:").
            if (
                self.is_known_name(text[start:end])
                and not is_generic(text[start:end])
                and (cut is None or start <= cut.start or text[start:end].lower() not in MASTHEAD_WORDS)
            ):
                return Cut(text[start:end], start, end)
        return cut

    def _in_longer_name(self, text: str, start: int, end: int) -> bool:
        """True when the capitalised word before a name read at ``start``..``end``, or the two
        before it, make the name of another registered outlet of it: "Associated Press" in
        "Australian Associated Press" is AAP's, "Press Association" in "South African Press
        Association" Sapa's ("The AP" is still AP's)."""
        low = max(0, start - 40)
        word_end = start
        for _ in range(2):
            if word_end < 3 or text[word_end - 1] != " ":
                return False
            word_start = word_end - 2
            while word_start > low and not text[word_start - 1].isspace():
                word_start -= 1
            if not text[word_start].isupper():
                return False
            longer = self.registry.lookup(text[word_start:end])
            if longer is not None:
                shorter = self.registry.lookup(text[start:end])
                return shorter is None or longer.id != shorter.id
            word_end = word_start
        return False

    def _spelled(self, name: str) -> bool:
        """True when a registered outlet is written ``name`` exactly (not only by its key)."""
        outlet = self.registry.lookup(name)
        return outlet is not None and outlet.spells(name)

    def _slashed_name(self, word: str) -> bool:
        """True when a word between slashes is an outlet's name: a short one in lower case only as
        the registry spells it ("dpa/sda", but "dpa/mia" signs an editor, not MIA). Both ways of
        reading a slash ask it: a list after a name (`_following`) and a name cut whole
        (`_slash_parts`)."""
        if not self.is_known_name(word):
            return False
        return not (word.islower() and len(word) <= 3) or self._spelled(word)

    def is_agency_name(self, name: str) -> bool:
        """True when ``name`` is exactly a name or alias of a registered news agency; a short one
        only as the registry spells it ("Kai Doe" is a person, not KAI)."""
        outlet = self.registry.lookup(name) if self.is_known_name(name) else None
        return outlet is not None and outlet.kind in _AGENCY_KINDS and (len(name) > 4 or outlet.spells(name))

    def is_known_name(self, name: str) -> bool:
        """True when ``name`` is exactly a name, alias or domain of a registered outlet."""
        return bool(name_key(name) or script_key(name)) and self.registry.lookup(name) is not None


_AGENCY_KINDS = frozenset((OutletKind.WIRE, OutletKind.AGENCY))

# A name written as a publication's, not a person's: with its article ("Le Quotidien du Port"), or
# in capitals ("FRANCE 24").
_PUBLICATION_SHAPED = re.compile(
    r"(?:Le|La|Les|The|El|Il|Lo|Der|Die|Das)\s|L['’]|[A-Z0-9]{2,}(?:\s[A-Z0-9]+)*\Z"
)

# A layout's separators end a field as a full stop ends a sentence ("Redacción / EFE": a desk and
# its agency after a headline), and a label's colon opens one, a capitalised word's ("... biļešu
# cenu Avots: LETA" where the page's lines ran together; not "Archive audio: BBC, Reuters").
# (A clock's time ends a page's date line too, where its lines were joined: "12 mar 2025, 14:37
# Agência Lusa A CP ...".)
_BREAK_MARKS = ".!?…\n|•·/"
_SENTENCE_BREAK = re.compile(
    r"[" + re.escape(_BREAK_MARKS) + r"]|\b[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]*:(?=\s)|\b\d{1,2}:\d{2}(?=\s)"
)
# A run of letters or of digits, but for one that a slash glues to the next (a desk's initials:
# "jki/AFP").
_WORD_NOT_SLASHED = re.compile(r"[^\W\d_]+(?![^\W\d_]|/)|\d+(?!\d|/)")


def _prose_words(text: str, pos: int, tokens: int = 6, reach: int = 80) -> int:
    """How many of the last ``tokens`` words before ``pos`` in its sentence are lower-case words:
    a label stands among names, dates and separators, a mention among the words of a sentence.

    >>> _prose_words("after working for The Register, Reuters", 32), _prose_words("Jane Doe, John Roe, Reuters", 20)
    (3, 0)
    >>> _prose_words("Widerstand an.\\njki/AFP/dpa", 19), _prose_words("cenu Avots: LETA", 12)
    (0, 0)
    >>> _prose_words("CP anuncia supressão 12 mar 2025, 14:37 Agência Lusa", 40)
    0
    """
    low = max(0, pos - reach)
    window = text[low:pos]
    if ":" in window:
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(window)]
        sentence = window[breaks[-1] :] if breaks else window
    else:  # no label nor time: the last of the marks of one character ends the sentence before
        sentence = window[max(map(window.rfind, _BREAK_MARKS)) + 1 :]
    # A word glued to the next by a slash is a desk's initials ("jki/AFP/dpa"), not prose.
    words = _WORD_NOT_SLASHED.findall(sentence)[-tokens:]
    return sum(1 for w in words if len(w) >= 3 and w.islower())


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """True for words alone on a line with text on both sides: a picture's or a chart's credit,
    not the byline under a title (the text's first line, with no full stop at its end) or under the
    line of its date ("Published - May 3, 2024 - Bengaluru\\nPTI\\n...").

    >>> _alone_on_line("A man walks past.\\nAFP\\nThe talks", 18, 21), _alone_on_line("Talks stall\\nAFP\\nThe talks", 12, 15)
    (True, False)
    >>> _alone_on_line("Talks stall\\nPublished May 3, 2024\\nAFP\\nThe talks", 34, 37)
    False
    >>> _alone_on_line("Home News World\\nThe talks stall for a third day\\nAFP\\nThe talks", 47, 50)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or line_start == 0:
        return False
    if text[line_start:start].strip() or text[end:line_end].strip(" \t."):
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    if len(above) <= 120 and _DATE_LINE.match(above):
        return False
    first_end = text.find("\n")
    title = text[:first_end].strip()
    under_title = first_end == line_start - 1 and 0 < len(title) <= 200 and title[-1] not in '.!?:;,"”»)'
    # (Or under a headline among the page's first lines, where its menus come first: "Politik ›
    # Bundeshaus\nBundesrat will Armeebudget langsamer erhöhen\nKeystone-SDA\nDer Bundesrat ...".)
    return not under_title and not (
        line_start <= _HEADER_CHARS
        and text.count("\n", 0, line_start) <= _HEADER_LINES
        and _HEADLINE_LINE.fullmatch(above.strip()) is not None
    )


# The page's first lines (its menus, the headline, the byline), and a headline among them: a few
# words and at least one in lower case (a menu's are all capitalised), no full stop at its end.
_HEADER_LINES = 12
_HEADER_CHARS = 3000
_HEADLINE_LINE = re.compile(r"(?=[^\n]*\b[a-zß-ÿ]{3,}\b)[^\n]{12,160}(?<![.!?:;,\"”»)])")
_SLASH_PART = re.compile(r"[^/]+")
# The path of an address after its host, in lower case: "t.me/examplechannel", "example.org/news".
_ADDRESS_PATH = re.compile(r"[a-z0-9._~%+-]+(?:/[a-z0-9._~%+-]*)*")
# An editor's initials, with a second editor's in brackets maybe ("ng(ac)").
_DESK_INITIALS = re.compile(r"[a-zäöüß]{1,3}(?:\([a-zäöüß]{1,3}\)?)?")


def _between_words(text: str, start: int, end: int) -> bool:
    """True when the words at ``start``..``end`` stand between two lower-case words, one space
    apart: "told Reuters on Monday".

    >>> _between_words("told Reuters on Monday", 5, 12), _between_words("By Reuters on Monday", 3, 10)
    (True, False)
    """
    if start < 2 or end + 2 > len(text) or text[start - 1] != " " or text[end] != " ":
        return False
    if not text[end + 1].islower():
        return False
    before = text[max(0, start - 30) : start - 1]
    word = before[before.rfind(" ") + 1 :]
    return word.isalpha() and word.islower()


def _slash_parts(cut: Cut, known: Callable[[str], bool] | None = None) -> list[Cut]:
    """The names of a credit written with slashes, one each: "dpa/AFP" credits both agencies,
    "MDR THÜRINGEN/ls" the broadcaster (the editor's initials after the slash name nobody).

    >>> [c.name for c in _slash_parts(Cut("AFP/The Local", 10, 23))]
    ['AFP', 'The Local']
    >>> [(c.name, c.start) for c in _slash_parts(Cut("MDR THÜRINGEN/ls", 0, 16))]
    [('MDR THÜRINGEN', 0)]
    >>> [c.name for c in _slash_parts(Cut("MDR THÜRINGEN/sar Dieses Thema", 0, 30))]
    ['MDR THÜRINGEN']
    >>> [c.name for c in _slash_parts(Cut("APA/sda/dpa", 0, 11), lambda name: name in ("sda", "dpa"))]
    ['APA', 'sda', 'dpa']
    >>> [c.name for c in _slash_parts(Cut("MDR/dpa Dieses Thema", 0, 20), lambda name: name == "dpa")]
    ['MDR', 'dpa']
    >>> [c.name for c in _slash_parts(Cut("example.de/dpa/lhe", 0, 18), lambda name: name != "lhe")]
    ['example.de', 'dpa']
    >>> [c.name for c in _slash_parts(Cut("t.me/examplechannel", 0, 19), lambda name: False)]
    ['t.me/examplechannel']

    Names joined by a hyphen are split only where the whole is no known name and each part is
    ("ANSA-AFP"; not "dpa-AFX"):

    >>> [c.name for c in _slash_parts(Cut("ANSA-AFP", 0, 8), lambda name: name in ("ANSA", "AFP"))]
    ['ANSA', 'AFP']

    Chinese and Japanese write the slash full-width, or list with "、": "（法新社／路透社）".

    >>> [c.name for c in _slash_parts(Cut("法新社／路透社", 0, 7))]
    ['法新社', '路透社']
    """
    if "／" in cut.name or "、" in cut.name:  # one character for one: the offsets hold
        cut = Cut(cut.name.replace("／", "/").replace("、", "/"), cut.start, cut.end, cut.url)
    if cut.url is None and known is not None and "-" in cut.name and "/" not in cut.name:
        return _hyphen_parts(cut, known)
    if (
        cut.url is not None
        or "/" not in cut.name
        # (Not a site's address before the agency's name: "Quelle: hessenschau.de/dpa/lhe".)
        or (known is not None and known(cut.name) and not looks_like_domain(cut.name.split("/", 1)[0]))
    ):
        return [cut]  # "Página/12" is one name
    head, _, path = cut.name.partition("/")
    if (
        looks_like_domain(head)
        and _ADDRESS_PATH.fullmatch(path)
        and not _DESK_INITIALS.fullmatch(path)
        and not (known is not None and any(known(p) for p in path.split("/")))
    ):
        return [cut]  # an address with its path: "t.me/examplechannel" is one channel
    parts = []
    for m in _SLASH_PART.finditer(cut.name):
        part = m.group().strip()
        # An editor's initials, or the words after them that the name ran on into ("MDR/sar
        # Dieses Thema im Programm": the page's next heading).
        initials = part.split(None, 1)[0] if part else ""
        if not part or (_DESK_INITIALS.fullmatch(initials) and not (known is not None and known(initials))):
            continue
        if known is not None and " " in part and not known(part):
            # A registered name and the words it ran on into ("MDR/dpa Dieses Thema im
            # Programm"): the name.
            part = next(
                (
                    part[: w.start()]
                    for w in reversed(list(re.finditer(r"\s+", part)))
                    if known(part[: w.start()])
                ),
                part,
            )
        start = cut.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
        parts.append(Cut(part, start, start + len(part)))
    return parts


def _hyphen_parts(cut: Cut, known: Callable[[str], bool]) -> list[Cut]:
    pieces = cut.name.split("-")
    if known(cut.name) or not all(known(piece) for piece in pieces):
        return [cut]
    parts, start = [], cut.start
    for piece in pieces:
        parts.append(Cut(piece, start, start + len(piece)))
        start += len(piece) + 1
    return parts


def _ends_at(
    forward: re.Pattern[str],
    backward: re.Pattern[str] | None,
    text: str,
    window: int,
    ts: int,
    screen: Any = None,
) -> bool:
    """True when ``forward`` matches in the ``window`` characters before ``ts`` (it ends at ``ts``).

    ``screen`` (RE2's, `Rule.not_before_screen`) is searched there first: where it finds nothing,
    neither can ``forward``.
    """
    low = max(0, ts - window)
    if screen is not None:
        data = text[low:ts].encode("utf-8", "surrogatepass")
        if _span(screen, data, 0, len(data), anchored=False) is None:
            return False
    answer = ends_here(backward, text, low, ts) if backward is not None else None
    return forward.search(text, low, ts) is not None if answer is None else answer


def _words_end(text: str, pos: int, end: int) -> int:
    """Where the words a name is cut from end: the line's end, or `MAX_NAME_SPAN` characters on."""
    newline = text.find("\n", pos, end)
    return min(end, pos + MAX_NAME_SPAN) if newline < 0 else newline


def _remembered(
    memory: dict[Any, Cut | None], key: Any, cut: Callable[[], Cut | None], pos: int
) -> Cut | None:
    """The cut that ``memory`` holds for ``key`` (made by ``cut`` the first time, the memory
    emptied when full), moved from the words' start to ``pos`` in the text."""
    if key in memory:
        found = memory[key]
    else:
        if len(memory) >= _CUT_MEMORY:
            memory.clear()
        found = memory[key] = cut()
    if found is None or pos == 0:
        return found
    return Cut(found.name, found.start + pos, found.end + pos, found.url)


# A pattern that refers back to a group it matched cannot be rewritten with its groups as marks.
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _sieve(group: Sequence[_Compiled]) -> tuple[re.Pattern[str], tuple[int, ...]] | None:
    """One match, at the trigger's end, that tells which of a group's rules have a pattern matching
    there: each pattern in a look-ahead of its own whose group marks it, tried in turn by `re`
    itself (most of the tries fail; the agencies' names share two dozen rules). Also the place of
    each rule's mark in the match (0: no mark, the rule is always tried). None for a group with
    fewer than three such rules.

    >>> from dataclasses import replace
    >>> rules = [replace(RULES[0], pattern=p, name_from_trigger=True) for p in ("a", "(?P<name>b)", "c")]
    >>> pattern, places = _sieve([_compile(r) for r in rules])
    >>> places, [span[0] >= 0 for span in pattern.match("b", 0).regs[1:]]
    ((1, 2, 3), [False, True, False])
    """
    places: list[int] = []
    parts: list[str] = []
    for c in group:
        if not c.rule.name_from_trigger or c.rule.fallback or _BACK_REFERENCE.search(c.rule.pattern):
            places.append(0)
            continue
        parts.append(f"(?:(?=({without_groups(c.rule.pattern)}))|)")
        places.append(len(parts))
    if len(parts) < 3:
        return None
    try:
        return re.compile("".join(parts), group[0].pattern.flags), tuple(places)
    except re.error:  # a pattern that does not stand inside another: each is tried alone
        return None


@dataclass(frozen=True)
class _Plan:
    """The rules tried at a hit of one trigger, in table order, each with its place among the
    marks of their `sieve` (0: tried whatever the sieve says)."""

    entries: tuple[tuple[_Compiled, int], ...]
    sieve: re.Pattern[str] | None

    @classmethod
    def of(cls, group: Sequence[_Compiled]) -> _Plan:
        sieve = _sieve(group)
        places = sieve[1] if sieve else (0,) * len(group)
        return cls(tuple(zip(group, places, strict=True)), sieve[0] if sieve else None)


def _compile(rule: Rule) -> _Compiled:
    flags = re.MULTILINE | (0 if rule.case_sensitive else re.IGNORECASE)
    before = re.compile(rule.before, flags) if rule.before else None
    not_before = re.compile(rule.not_before, flags) if rule.not_before else None
    return _Compiled(
        rule=rule,
        pattern=re.compile(rule.pattern, flags),
        before=before,
        not_before=not_before,
        reject_after=re.compile(rule.reject_after, flags) if rule.reject_after else None,
        hints=re.compile("|".join(map(re.escape, rule.hints))) if rule.hints else None,
        before_back=reverse_end_anchored(before) if before is not None else None,
        not_before_back=reverse_end_anchored(not_before) if not_before is not None else None,
        not_before_screen=re2.compile(rule.not_before_screen, _OPTIONS) if rule.not_before_screen else None,
    )
