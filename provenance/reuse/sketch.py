"""Fingerprints of a text: normalised word shingles, a MinHash signature and winnowed anchors.

A text becomes a list of *words*: NFKC-normalised, case-folded, maximal runs of word characters
(Python's ``\\w``: letters, digits, underscore); punctuation and white space only separate them, so
"U.S.-led" gives ``u s led``. Consecutive words make *shingles* of ``ReuseConfig.shingle`` words
(5 by default; a text shorter than that is one shingle), each a 64-bit hash: every word is hashed
with xxh3-64 and the ``k`` word hashes are combined by a polynomial modulo 2**64. Shingles run across
line breaks, but not across a *boilerplate* line, which is dropped whole before shingling (the index
decides which lines are boilerplate for an outlet, see `provenance.reuse.index`).

From the distinct shingles:

- the *signature*: ``num_perm`` (128) minimum values of the hash family
  ``h_i(x) = (a_i * x + b_i mod 2**64) >> 32`` over ``x``, the top 32 bits of each shingle hash
  (Dietzfelbinger's multiply-add-shift, 2-independent); the share of equal positions of two
  signatures estimates the Jaccard similarity of the two shingle sets, with a standard error of
  ``sqrt(J (1 - J) / num_perm)`` (0.035 at J = 0.8);
- the *anchors*: the shingles that winnowing (Schleimer, Wilkerson and Aiken 2003) selects, the
  smallest hash of every window of ``window`` consecutive shingles. Any passage of
  ``window + shingle - 1`` words or more that two texts share gives them a common anchor, and a
  share of the anchors of one text found in another estimates how much of it the other contains.

Everything is computed with numpy in a few vector operations per document; the output depends only
on the text and on the fingerprint fields of the configuration (``shingle``, ``num_perm``,
``window``, ``seed``, ``max_words``), never on numpy's random streams or Python's hash seed.

>>> a = fingerprint("The city council approved a new budget after a long debate on Tuesday night.")
>>> b = fingerprint("The city council approved a new budget after a long debate on Tuesday evening!")
>>> a.shingles, len(a.signature), round(a.jaccard(b), 1)
(10, 128, 0.8)
>>> fingerprint("").shingles, fingerprint("Hello").shingles
(0, 1)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

import numpy as np
import numpy.typing as npt
import xxhash

from provenance.reuse.config import DEFAULT_CONFIG, ReuseConfig

__all__ = ["Fingerprint", "LineHashes", "fingerprint", "jaccard_estimate", "words"]

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
U32 = npt.NDArray[np.uint32]
# Given the distinct line hashes of a text, the ones to drop as boilerplate.
LineHashes = Callable[[I64], Collection[int]]

_WORD = re.compile(r"\w+")
_LINE = re.compile("[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")  # what str.splitlines splits on
# ASCII fast path: after case folding, line breaks become \n, bytes other than [a-z0-9_] spaces.
_ASCII_WORDS = bytes(
    c if (97 <= c <= 122 or 48 <= c <= 57 or c == 95) else 10 if c in b"\n\r\x0b\x0c\x1c\x1d\x1e" else 32
    for c in range(256)
)
_DIGITS_FOLDED = bytes(48 if 48 <= c <= 57 else c for c in range(256))
_MULTIPLIER = 0x9E3779B97F4A7C15  # odd: the base of the shingle polynomial
_SHIFT32 = np.uint64(32)
_U64_MAX = np.uint64(0xFFFFFFFFFFFFFFFF)
_CHUNK = 4096  # shingles per block of the signature product: bounds its memory at 4 MB
_CHARS_PER_WORD = 32  # text read past max_words * this is never looked at
_LINE_WORDS = 64  # lines longer than this are never boilerplate
_h64 = xxhash.xxh3_64_intdigest


@dataclass(frozen=True, slots=True, eq=False)
class Fingerprint:
    """What the index keeps of a text: its signature, its anchors and its sizes.

    ``signature`` holds ``num_perm`` unsigned 32-bit minima (all ``0xFFFFFFFF`` for a text
    without words); ``anchors`` the sorted distinct winnowed shingle hashes as signed 64-bit
    integers (SQLite's integer); ``shingles`` the number of distinct shingles; ``words`` the words
    kept; ``lines`` the sorted distinct hashes of the text's lines of 1 to 64 words (digits
    folded to ``0``), for the boilerplate counts; ``boilerplate`` how many of those were dropped;
    ``tokens`` the kept words themselves, in order, each by the top 32 bits of its hash (the
    first ``config.align_words``), for the alignment of a candidate pair (`provenance.reuse.alignment`).
    """

    signature: U32
    anchors: I64
    shingles: int
    words: int
    lines: I64
    boilerplate: int = 0
    tokens: U32 = field(default_factory=lambda: np.zeros(0, dtype=np.uint32))

    @property
    def empty(self) -> bool:
        """True when the text had no word left to shingle."""
        return self.shingles == 0

    def jaccard(self, other: Fingerprint) -> float:
        """The estimated Jaccard similarity of the two texts' shingle sets (0 for an empty text)."""
        if self.empty or other.empty:
            return 0.0
        return jaccard_estimate(self.signature, other.signature)

    def containment(self, other: Fingerprint) -> float:
        """The estimated share of this text's shingles that ``other`` also has (by anchors)."""
        if len(self.anchors) == 0:
            return 0.0
        shared = np.intersect1d(self.anchors, other.anchors, assume_unique=True)
        return len(shared) / len(self.anchors)


def jaccard_estimate(a: U32, b: U32) -> float:
    """The share of positions where two signatures agree: an unbiased estimate of Jaccard."""
    return float(np.count_nonzero(a == b)) / len(a)


def words(text: str, config: ReuseConfig = DEFAULT_CONFIG) -> list[str]:
    """The normalised words of ``text``, as the fingerprint sees them.

    >>> words("Café  “Déjà-vu” – U.S.-led, 2024!")
    ['café', 'déjà', 'vu', 'u', 's', 'led', '2024']
    """
    return [w.decode() for line in _split(text, config) for w in line]


def fingerprint(
    text: str, config: ReuseConfig = DEFAULT_CONFIG, *, boilerplate: LineHashes | None = None
) -> Fingerprint:
    """Fingerprint ``text``; ``boilerplate``, if given, names the line hashes to leave out.

    Only the first ``config.max_words`` words count, so that time and memory stay bounded
    whatever the input (a 10 MB text takes well under a second).
    """
    line_words: list[list[bytes]] = []
    line_keys: list[int] = []
    budget = config.max_words
    for ws in _split(text, config):
        if len(ws) > budget:
            ws = ws[:budget]
        budget -= len(ws)
        line_words.append(ws)
        # A long line is prose: only lines of up to 64 words are counted as possible boilerplate.
        line_keys.append(
            _signed(_h64(b" ".join(ws).translate(_DIGITS_FOLDED))) if len(ws) <= _LINE_WORDS else 0
        )
        if budget <= 0:
            break
    lines = np.array(sorted(set(line_keys) - {0}), dtype=np.int64)
    dropped = set(boilerplate(lines)) if boilerplate is not None and len(lines) else set()
    kept = [w for ws, key in zip(line_words, line_keys, strict=True) if key not in dropped for w in ws]
    hashes = np.fromiter(map(_h64, kept), dtype=np.uint64, count=len(kept))
    shingles = _shingles(hashes, config.shingle)
    distinct = _distinct(shingles)
    return Fingerprint(
        signature=_signature(distinct, config),
        anchors=_distinct(_winnow(shingles, config.window)).view(np.int64),
        shingles=len(distinct),
        words=len(kept),
        lines=lines,
        boilerplate=len(dropped.intersection(line_keys)),
        tokens=(hashes[: config.align_words] >> _SHIFT32).astype(np.uint32),
    )


def _split(text: str, config: ReuseConfig) -> Iterator[list[bytes]]:
    """The words of each line that has some, line breaks as ``str.splitlines`` sees them.

    At most ``max_words`` lines and ``max_words * 32`` characters are looked at.
    """
    limit = config.max_words * _CHARS_PER_WORD
    if len(text) > limit:
        text = text[:limit]
    if text.isascii():  # one pass in C for the whole text; the regex path gives the same words
        raw = text.lower().encode().translate(_ASCII_WORDS).split(b"\n")
        return (ws for ws in map(bytes.split, islice(filter(None, raw), config.max_words)) if ws)
    found = islice(_LINE.finditer(text), config.max_words)
    return (ws for ws in (_words_of(m.group()) for m in found) if ws)


def _words_of(line: str) -> list[bytes]:
    if line.isascii():
        return line.lower().encode().translate(_ASCII_WORDS).split()
    return [w.encode() for w in _WORD.findall(unicodedata.normalize("NFKC", line).casefold())]


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _shingles(hashes: U64, k: int) -> U64:
    """The hash of every run of ``k`` words (of all words, if fewer than ``k``)."""
    if len(hashes) == 0:
        return hashes
    k = min(k, len(hashes))
    n = len(hashes) - k + 1
    weights = powers(k, _MULTIPLIER)
    out: U64 = hashes[:n] * weights[0]
    for j in range(1, k):
        out += hashes[j : j + n] * weights[j]
    return out


def _distinct(values: U64) -> U64:
    """The sorted distinct values."""
    if len(values) < 2:
        return values
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


@lru_cache(maxsize=16)
def powers(k: int, base: int) -> U64:
    """``[base**(k-1), ..., base, 1]`` modulo 2**64: the weights of a polynomial hash of ``k`` values."""
    return np.array([pow(base, e, 1 << 64) for e in range(k - 1, -1, -1)], dtype=np.uint64)


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[U64, U64]:
    """The ``a_i`` (odd) and ``b_i`` of the hash family, from xxh3 of the seed: stable forever."""
    a = np.array([xxhash.xxh3_64_intdigest(b"a:%d" % i, seed=seed) | 1 for i in range(num_perm)], np.uint64)
    b = np.array([xxhash.xxh3_64_intdigest(b"b:%d" % i, seed=seed) for i in range(num_perm)], np.uint64)
    return a, b[:, None].copy()  # a column, to add to the rows of one permutation each


def _signature(distinct: U64, config: ReuseConfig) -> U32:
    if len(distinct) == 0:
        return np.full(config.num_perm, 0xFFFFFFFF, dtype=np.uint32)
    a, b = _permutations(config.num_perm, config.seed)
    x = distinct >> _SHIFT32
    low: U64 | None = None
    for start in range(0, len(x), _CHUNK):
        # One row per permutation: the reduction runs along contiguous memory.
        block = np.multiply.outer(a, x[start : start + _CHUNK])
        block += b
        least = block.min(axis=1)
        low = least if low is None else np.minimum(low, least)
    assert low is not None
    # The minimum of the 64-bit values has the minimum top half: shift after the reduction.
    return (low >> _SHIFT32).astype(np.uint32)


def _winnow(shingles: U64, window: int) -> U64:
    """The smallest hash of every window of ``window`` consecutive shingles (with repeats).

    Van Herk and Gil-Werman's running minimum: minima from the left and from the right within
    blocks of ``window``; a window's minimum is the smaller of the two at its ends.
    """
    n = len(shingles)
    if n <= window:
        return _distinct(shingles)[:1]
    blocks = np.empty(-(-n // window) * window, dtype=np.uint64)
    blocks[:n] = shingles
    blocks[n:] = _U64_MAX
    grid = blocks.reshape(-1, window)
    left = np.minimum.accumulate(grid, axis=1).ravel()
    right = np.minimum.accumulate(grid[:, ::-1], axis=1)[:, ::-1].ravel()
    chosen: U64 = np.minimum(right[: n - window + 1], left[window - 1 : n])
    return chosen
