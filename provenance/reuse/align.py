"""Alignment of two texts' words: the spans they share, how much of each those cover, the edits inside.

Candidates come from the sketches (`provenance.reuse.index`); each is then decided on an
alignment of the two word sequences, as passim does after its n-gram candidates. The words are
ids (the top 32 bits of each word's xxh3 hash, `Fingerprint.tokens`), and the alignment is the
longest common subsequence of the two, computed by RapidFuzz's bit-parallel ``Indel.opcodes``
(Hyyrö's algorithm: about 30 microseconds for two 550-word texts). A longest common subsequence
also pairs words that two unrelated passages share by chance ("of the"), so spans are built from
*seeds*, runs of at least ``min_run`` (3) equal words, chained while the words between two seeds
number at most ``max_gap`` (12) on each side; a span keeps the equal words inside it, and counts
only when it holds ``min_span`` (20) of them.

>>> a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] * 5
>>> b = [90, 91, 92] + a[:20] + [77] + a[21:] + [93, 94]
>>> found = align(a, b, min_span=10)
>>> [(s.a_start, s.a_end, s.b_start, s.b_end, s.matched, s.edits) for s in found.spans]
[(0, 50, 3, 53, 49, 1)]
>>> found.a_covered, round(found.b_covered, 3), round(found.edit_rate, 3)
(1.0, 0.909, 0.02)
>>> align(a, [5, 6, 7] * 3).spans
()
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel, Levenshtein

__all__ = ["Alignment", "Span", "align"]


@dataclass(frozen=True, slots=True)
class Span:
    """One passage the two texts share: word offsets ``[start, end)`` in each, the equal words,
    and the edits (Levenshtein distance over words: a word replaced, dropped or inserted is one)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    matched: int
    edits: int = 0


@dataclass(frozen=True, slots=True)
class Alignment:
    """The shared spans of texts ``a`` and ``b`` (of ``a_words`` and ``b_words`` words).

    ``a_covered`` is the share of ``a``'s words inside a span (how much of ``a`` is found in
    ``b``), ``b_covered`` the reverse; ``edit_rate`` the words edited inside the spans (replaced,
    dropped or inserted: the Levenshtein distance over words) per word of the longer side of
    each span: 0 for a verbatim copy, 0.1 when one word in ten was replaced, dropped, or
    followed by a new one.
    """

    spans: tuple[Span, ...]
    a_words: int
    b_words: int

    @property
    def matched(self) -> int:
        """Equal words inside the spans."""
        return sum(s.matched for s in self.spans)

    @property
    def a_covered(self) -> float:
        return sum(s.a_end - s.a_start for s in self.spans) / self.a_words if self.a_words else 0.0

    @property
    def b_covered(self) -> float:
        return sum(s.b_end - s.b_start for s in self.spans) / self.b_words if self.b_words else 0.0

    @property
    def edit_rate(self) -> float:
        longer = sum(max(s.a_end - s.a_start, s.b_end - s.b_start) for s in self.spans)
        return sum(s.edits for s in self.spans) / longer if longer else 0.0

    def own_text(self, side: str) -> tuple[int, int]:
        """Words of ``side`` (``"a"`` or ``"b"``) before the first span and after the last one."""
        if not self.spans:
            n = self.a_words if side == "a" else self.b_words
            return n, n
        first, last = self.spans[0], self.spans[-1]
        if side == "a":
            return first.a_start, self.a_words - last.a_end
        return first.b_start, self.b_words - last.b_end


def align(
    a: Sequence[int], b: Sequence[int], *, min_run: int = 3, max_gap: int = 12, min_span: int = 20
) -> Alignment:
    """The spans that word-id sequences ``a`` and ``b`` share, in order (see the module docstring)."""
    spans: list[Span] = []
    current: list[int] | None = None  # a_start, a_end, b_start, b_end, matched
    pending = 0  # equal words of short runs since the last seed, counted if the span goes on
    for op in Indel.opcodes(a, b):
        if op.tag != "equal":
            continue
        a0, a1, b0, b1 = op.src_start, op.src_end, op.dest_start, op.dest_end
        run = a1 - a0
        if run < min_run:
            if current is not None and a0 - current[1] <= max_gap and b0 - current[3] <= max_gap:
                pending += run
            continue
        if current is not None and a0 - current[1] <= max_gap and b0 - current[3] <= max_gap:
            current[1], current[3] = a1, b1
            current[4] += pending + run
        else:
            if current is not None and current[4] >= min_span:
                spans.append(_span(a, b, current))
            current = [a0, a1, b0, b1, run]
        pending = 0
    if current is not None and current[4] >= min_span:
        spans.append(_span(a, b, current))
    return Alignment(tuple(spans), len(a), len(b))


def _span(a: Sequence[int], b: Sequence[int], found: list[int]) -> Span:
    a0, a1, b0, b1, matched = found
    return Span(a0, a1, b0, b1, matched, Levenshtein.distance(a[a0:a1], b[b0:b1]))
