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

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import Indel

U32 = npt.NDArray[np.uint32]
_CODE_POINTS = 0x10000 - 0x800  # the Basic Multilingual Plane less the surrogates
_SURROGATES = 0xD800

__all__ = ["Alignment", "Span", "align", "token_text"]


@dataclass(frozen=True, slots=True)
class Span:
    """One passage the two texts share: word offsets ``[start, end)`` in each, the equal words,
    and the edits (a word replaced, dropped or inserted is one)."""

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
    dropped or inserted, as the alignment pairs them) per word of the longer side of each span: 0 for a verbatim copy, 0.1 when one word in ten was replaced, dropped, or
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
        return min(1.0, sum(s.edits for s in self.spans) / longer) if longer else 0.0

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
    a: Sequence[int] | str, b: Sequence[int] | str, *, min_run: int = 3, max_gap: int = 12, min_span: int = 20
) -> Alignment:
    """The spans that word-id sequences ``a`` and ``b`` share, in order (see the module docstring).

    ``a`` and ``b`` may also be strings of one character per word (`token_text`): the same
    alignment, without converting a list of integers at each call.
    """
    if isinstance(a, str) and isinstance(
        b, str
    ):  # a verbatim copy, whole or inside the other: no alignment to run
        shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
        at = longer.find(shorter) if shorter else -1
        if at >= 0:
            n = len(shorter)
            span = Span(0, n, at, at + n, n) if shorter is a else Span(at, at + n, 0, n, n)
            return Alignment((span,) if n >= min_span else (), len(a), len(b))
    spans: list[Span] = []
    # The span being grown: a_start, a_end, b_start, b_end, equal words, edits.
    current: list[int] | None = None
    pending = [0, 0]  # equal words and edits since the last seed, counted if the span goes on
    last_a = last_b = 0  # the end of the last equal run
    for block in Indel.opcodes(a, b).as_matching_blocks():
        a0, b0, run = block.a, block.b, block.size
        if not run:
            continue
        a1, b1 = a0 + run, b0 + run
        # The words between two equal runs: a word replaced, dropped or inserted is one edit.
        gap = a0 - last_a if a0 - last_a > b0 - last_b else b0 - last_b
        last_a, last_b = a1, b1
        near = current is not None and a0 - current[1] <= max_gap and b0 - current[3] <= max_gap
        if run < min_run:
            pending[0] += run
            pending[1] += gap
            continue
        if near:
            assert current is not None
            current[1], current[3] = a1, b1
            current[4] += pending[0] + run
            current[5] += pending[1] + gap
        else:
            if current is not None and current[4] >= min_span:
                spans.append(Span(*current))
            current = [a0, a1, b0, b1, run, 0]
        pending = [0, 0]
    if current is not None and current[4] >= min_span:
        spans.append(Span(*current))
    return Alignment(tuple(spans), len(a), len(b))


def token_text(tokens: U32) -> str:
    """Word ids as a string of one character each, the form the alignment runs fastest on and
    the index keeps (in UTF-16: 2 bytes a word).

    An id is folded to one of the 63,488 characters of the Basic Multilingual Plane that are not
    surrogates: two distinct words meet on one character about once in 63,000, a stray equal
    word that spans, grown from runs of 3 equal words, are not made of.
    """
    folded = (tokens % np.uint32(_CODE_POINTS)).astype("<u2")
    folded[folded >= _SURROGATES] += np.uint16(0x800)
    return folded.tobytes().decode("utf-16-le")
