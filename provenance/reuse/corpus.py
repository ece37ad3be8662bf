"""A generated corpus of originals, near copies and partial copies whose relations are known.

For tests and ``benchmarks/reuse.py``. Texts are made of pseudo-words drawn with Zipf frequencies
from a 30,000-word vocabulary whose most frequent words are English function words, in sentences
of 6 to 30 words and paragraphs of 2 to 6 sentences (250 to 850 words per text, as news runs); now
and then a stock phrase that many unrelated texts share ("did not immediately respond to a request
for comment"). Every outlet has its own boilerplate: a navigation line, a copyright line with the
year, a disclaimer and a newsletter line, each on about nine pages in ten.

- an *original* is a new text at a random outlet and time (one in twenty without a date);
- a *near copy* takes one of the 2,000 latest originals to another outlet, minutes to days later: 1 to 5 % of its
  words edited (a third replaced, a third dropped, a third with a word inserted after them), the
  last paragraph dropped or its last sentence cut about one time in three each, and the copying
  outlet's boilerplate instead of the source's;
- a *partial copy* takes a run of whole paragraphs (a quarter of the source or more, never all of
  it) with up to 2 % of words edited, and wraps it in up to as many words of its own.

Each `ReuseDoc` keeps its truth: ``kind``, ``source`` (the document copied) and ``root`` (the
original of its story). The output depends only on the arguments (and numpy's PCG64 stream).

>>> docs = list(generate_reuse_corpus(60, near_copies=10, partial_copies=5, seed=2))
>>> len(docs), sum(d.kind == "near_copy" for d in docs), sum(d.kind == "partial" for d in docs)
(60, 10, 5)
>>> copy = next(d for d in docs if d.kind == "near_copy")
>>> copy.source == copy.root and docs[copy.source].kind == "original"
True
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import numpy as np

__all__ = ["ReuseDoc", "body_text", "generate_reuse_corpus"]

Kind = Literal["original", "near_copy", "partial"]

_FUNCTION_WORDS = (
    "the of and to a in that is was he for it with as his on be at by i this had not are but from or "
    "have an they which one you were her all she there would their we him been has when who will more "
    "no if out so said what up its about into than them can only other new some could time these two "
    "may then do first any my now such like our over man me even most made after also did many before "
    "must through back years where much your way well down should because each just those people how"
).split()
_STOCK_PHRASES = (
    "did not immediately respond to a request for comment",
    "according to a statement released on",
    "the Associated Press contributed to this report",
    "this is a developing story and will be updated",
    "officials said the investigation is ongoing",
    "the company declined to comment on the matter",
    "it was not immediately clear how many people were affected",
    "the full report is expected to be published later this year",
    "sign up for our daily newsletter to get the latest news",
    "speaking on condition of anonymity because they were not authorized to speak publicly",
)
_SYLLABLES = (
    "ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no "
    "nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo tra tre tri "
    "str pla ple pri pro gra gre gri bra bre cha che chi sho shi"
).split()
_NAV = "Home|News|Local|Politics|Business|Sports|Opinion|Culture|Science|Weather|Obituaries|Podcasts".split(
    "|"
)
_EPOCH = datetime(2023, 1, 1, tzinfo=UTC)
_SPAN = 2 * 365 * 86400
_VOCABULARY = 30_000
_ZIPF = 1.07
_RECENT = 2_000  # copies are of one of the last originals (a crawl meets copies within days)


@dataclass(frozen=True, slots=True)
class ReuseDoc:
    """One generated document and its truth (``source`` and ``root`` are ``doc_id``\\ s)."""

    doc_id: int
    outlet_id: str
    published: str | None
    text: str
    kind: Kind
    source: int | None
    root: int
    boilerplate: tuple[str, ...]  # the lines of this text that are its outlet's boilerplate
    edit_rate: float = 0.0  # the share of words edited, for a copy


def body_text(doc: ReuseDoc) -> str:
    """The text without its outlet's boilerplate lines."""
    skip = set(doc.boilerplate)
    return "\n".join(line for line in doc.text.split("\n") if line not in skip)


@dataclass(slots=True)
class _Outlet:
    id: str
    name: str
    nav: str
    disclaimer: str


@dataclass(slots=True)
class _Story:
    doc_id: int
    outlet: int
    seconds: int
    paragraphs: list[list[list[str]]]  # paragraphs of sentences of words


class _Generator:
    def __init__(self, seed: int, outlets: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.vocab = self._vocabulary()
        ranks = np.arange(1, len(self.vocab) + 1, dtype=np.float64)
        weights = ranks**-_ZIPF
        self.cdf = np.cumsum(weights / weights.sum())
        self.outlets = [self._outlet(i) for i in range(outlets)]

    def _vocabulary(self) -> list[str]:
        words = list(_FUNCTION_WORDS)
        seen = set(words)
        syl = np.array(_SYLLABLES)
        while len(words) < _VOCABULARY:
            parts = self.rng.integers(0, len(syl), size=(4096, 4))
            sizes = self.rng.integers(1, 5, size=4096)
            for row, size in zip(parts, sizes, strict=True):
                word = "".join(syl[row[:size]])
                if word not in seen:
                    seen.add(word)
                    words.append(word)
        return words[:_VOCABULARY]

    def _words(self, n: int) -> list[str]:
        picks = np.searchsorted(self.cdf, self.rng.random(n))
        vocab = self.vocab
        return [vocab[min(i, _VOCABULARY - 1)] for i in picks.tolist()]

    def _outlet(self, i: int) -> _Outlet:
        name = " ".join(w.capitalize() for w in self._words(2)) + f" {i}"
        nav = " | ".join(_NAV[k] for k in sorted(self.rng.choice(len(_NAV), size=7, replace=False).tolist()))
        disclaimer = " ".join(self._words(int(self.rng.integers(20, 41))))
        return _Outlet(f"outlet-{i:04d}", name, nav, f"Disclaimer: {disclaimer}.")

    def sentence(self) -> list[str]:
        if self.rng.random() < 0.04:
            return _STOCK_PHRASES[int(self.rng.integers(len(_STOCK_PHRASES)))].split()
        return self._words(int(self.rng.integers(6, 31)))

    def paragraphs(self, target: int) -> list[list[list[str]]]:
        out: list[list[list[str]]] = []
        total = 0
        while total < target:
            para = [self.sentence() for _ in range(int(self.rng.integers(2, 7)))]
            total += sum(map(len, para))
            out.append(para)
        return out

    def edit(self, paragraphs: list[list[list[str]]], rate: float) -> list[list[list[str]]]:
        """Replace, drop or follow with a new word about ``rate`` of the words."""
        out = []
        for para in paragraphs:
            new_para = []
            for sent in para:
                marks = self.rng.random(len(sent))
                if not (marks < rate).any():
                    new_para.append(sent)
                    continue
                words: list[str] = []
                for word, mark in zip(sent, marks.tolist(), strict=True):
                    if mark >= rate:
                        words.append(word)
                    elif mark < rate / 3:
                        words.append(self._words(1)[0])
                    elif mark < 2 * rate / 3:
                        continue
                    else:
                        words += [word, self._words(1)[0]]
                new_para.append(words or sent[:1])
            out.append(new_para)
        return out

    def render(
        self, outlet: _Outlet, seconds: int, paragraphs: list[list[list[str]]]
    ) -> tuple[str, tuple[str, ...]]:
        year = (_EPOCH + timedelta(seconds=seconds)).year
        lines: list[str] = []
        boiler: list[str] = []
        if self.rng.random() < 0.9:
            boiler.append(outlet.nav)
            lines.append(outlet.nav)
        for para in paragraphs:
            lines.append(" ".join(_sentence_text(s) for s in para))
        for line, p in (
            (f"© {year} {outlet.name}. All rights reserved.", 0.9),
            (outlet.disclaimer, 0.9),
            (f"Subscribe to the {outlet.name} newsletter for the day's news in your inbox.", 0.85),
        ):
            if self.rng.random() < p:
                boiler.append(line)
                lines.append(line)
        return "\n".join(lines), tuple(boiler)

    def date(self, seconds: int) -> str | None:
        if self.rng.random() < 0.05:
            return None
        return (_EPOCH + timedelta(seconds=seconds)).isoformat()

    def other_outlet(self, than: int) -> int:
        pick = int(self.rng.integers(len(self.outlets) - 1))
        return pick + 1 if pick >= than else pick


def _sentence_text(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def generate_reuse_corpus(
    n: int,
    *,
    near_copies: int,
    partial_copies: int,
    seed: int = 0,
    outlets: int | None = None,
    edit_rates: tuple[float, ...] | None = None,
    partial_share: tuple[float, float] | None = None,
) -> Iterator[ReuseDoc]:
    """Yield ``n`` documents, of which ``near_copies`` near copies and ``partial_copies`` partial ones.

    ``outlets`` defaults to one per 200 documents (20 at the least), so that an outlet's first
    pages, whose boilerplate the index cannot know yet, weigh the same at every size.

    ``edit_rates``, if given, replaces the near copies' 1 to 5 % of edited words: the near copies
    take these rates in turn (``edit_rate`` of each `ReuseDoc` says which), and keep all of the
    source's paragraphs. ``partial_share``, if given, makes every partial copy take a run of
    paragraphs holding that share of the source's words (``(0.6, 0.8)``: 60 to 80 %), with up to
    3 % of its words edited, between an introduction and a conclusion of its own.

    Documents come in ``doc_id`` order (0, 1, ...), copies interleaved with the originals they
    copy from (always after them in the stream; their dates are later too, when they have one).
    """
    if near_copies < 0 or partial_copies < 0 or near_copies + partial_copies > n:
        raise ValueError(
            f"{near_copies} near and {partial_copies} partial copies do not fit in {n} documents"
        )
    outlets = max(20, n // 200) if outlets is None else outlets
    if outlets < 2:
        raise ValueError(f"outlets must be 2 or more, not {outlets}")
    gen = _Generator(seed, outlets)
    rng = gen.rng
    ring: deque[_Story] = deque(maxlen=_RECENT)
    copies_left = {"near_copy": near_copies, "partial": partial_copies}
    near_made = 0
    for doc_id in range(n):
        left = n - doc_id
        copies = copies_left["near_copy"] + copies_left["partial"]
        originals_left = left - copies
        want_copy = bool(ring) and (originals_left == 0 or rng.random() < copies / left * 1.0)
        if not want_copy:
            outlet = int(rng.integers(outlets))
            seconds = int(rng.integers(_SPAN))
            paragraphs = gen.paragraphs(int(rng.integers(250, 851)))
            text, boiler = gen.render(gen.outlets[outlet], seconds, paragraphs)
            story = _Story(doc_id, outlet, seconds, paragraphs)
            ring.append(story)
            yield ReuseDoc(
                doc_id, gen.outlets[outlet].id, gen.date(seconds), text, "original", None, doc_id, boiler
            )
            continue
        share_near = copies_left["near_copy"] / copies
        kind: Kind = "near_copy" if rng.random() < share_near else "partial"
        copies_left[kind] -= 1
        source = ring[int(rng.integers(len(ring)))]
        outlet = gen.other_outlet(source.outlet)
        seconds = source.seconds + int(rng.integers(600, 3 * 86400))
        if kind == "near_copy" and edit_rates is not None:
            rate = edit_rates[near_made % len(edit_rates)]
            near_made += 1
            paragraphs = gen.edit(source.paragraphs, rate)
        elif kind == "near_copy":
            rate = float(rng.uniform(0.01, 0.05))
            paragraphs = gen.edit(source.paragraphs, rate)
            trim = rng.random()
            if trim < 1 / 3 and len(paragraphs) > 3:
                paragraphs = paragraphs[:-1]
            elif trim < 2 / 3 and len(paragraphs[-1]) > 1:
                paragraphs = [*paragraphs[:-1], paragraphs[-1][:-1]]
        elif partial_share is not None:
            rate = float(rng.uniform(0.0, 0.03))
            paragraphs = gen.edit(_share(gen, source.paragraphs, partial_share), rate)
            taken = sum(len(w) for p in paragraphs for w in p)
            intro = gen.paragraphs(int(rng.integers(30, max(31, taken // 2))))
            outro = gen.paragraphs(int(rng.integers(30, max(31, taken // 2))))
            paragraphs = [*intro, *paragraphs, *outro]
        else:
            rate = float(rng.uniform(0.0, 0.02))
            paragraphs = gen.edit(_excerpt(gen, source.paragraphs), rate)
            own = int(rng.integers(0, sum(len(w) for p in paragraphs for w in p) + 1))
            extra = gen.paragraphs(own) if own >= 30 else []
            cut = int(rng.integers(len(extra) + 1))
            paragraphs = [*extra[:cut], *paragraphs, *extra[cut:]]
        text, boiler = gen.render(gen.outlets[outlet], seconds, paragraphs)
        yield ReuseDoc(
            doc_id,
            gen.outlets[outlet].id,
            gen.date(seconds),
            text,
            kind,
            source.doc_id,
            source.doc_id,
            boiler,
            round(rate, 4),
        )


def _share(
    gen: _Generator, paragraphs: list[list[list[str]]], share: tuple[float, float]
) -> list[list[list[str]]]:
    """A run of sentences holding a share of the words within ``share`` (the closest run found)."""
    sentences = [s for p in paragraphs for s in p]
    sizes = [len(s) for s in sentences]
    total = sum(sizes)
    low, high = share
    want = float(gen.rng.uniform(low, high)) * total
    best = (float("inf"), 0, len(sentences))
    for start in gen.rng.permutation(len(sentences)).tolist():
        run = 0
        for end in range(start, len(sentences)):
            run += sizes[end]
            if abs(run - want) < best[0]:
                best = (abs(run - want), start, end + 1)
            if run > want:
                break
    _, start, end = best
    taken = sentences[start:end]
    # Paragraphs of the copy: the source's sentences regrouped by four.
    return [taken[i : i + 4] for i in range(0, len(taken), 4)]


def _excerpt(gen: _Generator, paragraphs: list[list[list[str]]]) -> list[list[list[str]]]:
    """A run of whole paragraphs holding a quarter of the words or more, never all of them."""
    sizes = [sum(map(len, p)) for p in paragraphs]
    total = sum(sizes)
    if len(paragraphs) == 1:  # cut the one paragraph by sentences instead
        sentences = paragraphs[0]
        half = max(1, len(sentences) // 2)
        return [sentences[:half]]
    for _ in range(20):
        start = int(gen.rng.integers(len(paragraphs)))
        end = int(gen.rng.integers(start + 1, len(paragraphs) + 1))
        if (start, end) != (0, len(paragraphs)) and sum(sizes[start:end]) * 4 >= total:
            return paragraphs[start:end]
    biggest = max(range(len(paragraphs)), key=sizes.__getitem__)
    return paragraphs[biggest : biggest + 1]
