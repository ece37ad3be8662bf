"""Fingerprints: normalisation, estimates against exact Jaccard, containment, stability, hostile input."""

from __future__ import annotations

import random
import re
import time
import tracemalloc
import unicodedata

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.reuse import ReuseConfig, fingerprint, words
from provenance.reuse.corpus import body_text, generate_reuse_corpus


def exact_jaccard(a: str, b: str, k: int = 5) -> float:
    """Jaccard of the word k-gram sets, computed on the words themselves (no hashing)."""
    sa, sb = shingle_set(a, k), shingle_set(b, k)
    return len(sa & sb) / len(sa | sb)


def shingle_set(text: str, k: int = 5) -> set[tuple[str, ...]]:
    ws = words(text)
    return {tuple(ws[i : i + k]) for i in range(max(1, len(ws) - k + 1))}


def edited(text: str, rate: float, rng: random.Random) -> str:
    out = [w if rng.random() >= rate else f"edit{rng.randrange(10**6)}" for w in text.split(" ")]
    return " ".join(out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, World!", ["hello", "world"]),
        ("U.S.-led talks", ["u", "s", "led", "talks"]),
        ("ﬁnance ＡＢＣ ①", ["finance", "abc", "1"]),  # NFKC: ligature, full width, circled digit
        ("Straße STRASSE", ["strasse", "strasse"]),  # case folding
        ("“Déjà vu” — l’été", ["déjà", "vu", "l", "été"]),
        ("snake_case and 2024", ["snake_case", "and", "2024"]),
        ("  \n\t ...!?  ", []),
    ],
    ids=["punctuation", "dots-hyphens", "nfkc", "casefold", "curly-quotes", "underscore-digits", "no-words"],
)
def test_words_normalise(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
@settings(max_examples=200, deadline=None)
def test_ascii_fast_path_agrees_with_the_regex(text: str) -> None:
    expected = [
        w
        for line in text.splitlines()
        for w in re.findall(r"\w+", unicodedata.normalize("NFKC", line).casefold())
    ]
    assert words(text) == expected


def test_signature_is_stable_across_versions() -> None:
    # Stored indexes depend on these values: a change here needs a new index and SKETCH_VERSION bumped.
    fp = fingerprint("The harbor authority approved the dredging contract after a long debate on Tuesday.")
    assert fp.shingles == 9
    assert fp.signature[:4].tolist() == [233619636, 407573252, 543704016, 802019736]
    assert fp.anchors.tolist() == [415360193449479408]


def test_estimates_follow_exact_jaccard() -> None:
    rng = random.Random(5)
    bodies = [d.text for d in generate_reuse_corpus(80, near_copies=0, partial_copies=0, seed=4)]
    errors: list[float] = []
    scaled: list[float] = []
    for i, body in enumerate(bodies):
        other = edited(body, rate=0.005 + 0.12 * i / len(bodies), rng=rng)
        exact = exact_jaccard(body, other)
        estimate = fingerprint(body).jaccard(fingerprint(other))
        sigma = (exact * (1 - exact) / 128) ** 0.5
        assert abs(estimate - exact) <= 4 * sigma + 0.01, (i, exact, estimate)
        errors.append(estimate - exact)
        scaled.append((estimate - exact) / max(sigma, 0.01))
    # Spread over Jaccard 0.3 to 0.97: unbiased, and errors of the binomial size sqrt(J(1-J)/128)
    # (their root mean square in units of it is 1 in theory, within 0.2 for 80 pairs).
    assert abs(float(np.mean(errors))) < 0.01
    assert 0.7 < float(np.sqrt(np.mean(np.square(scaled)))) < 1.3


def test_unrelated_texts_estimate_near_zero() -> None:
    corpus = generate_reuse_corpus(60, near_copies=0, partial_copies=0, seed=9)
    docs = [fingerprint(body_text(d)) for d in corpus]
    worst = max(a.jaccard(b) for i, a in enumerate(docs) for b in docs[i + 1 :])
    assert worst < 0.05


def test_containment_of_an_excerpt() -> None:
    doc = next(iter(generate_reuse_corpus(1, near_copies=0, partial_copies=0, seed=3))).text
    ws = doc.split(" ")
    excerpt = " ".join(ws[len(ws) // 3 : 2 * len(ws) // 3])
    part, whole = fingerprint(excerpt), fingerprint(doc)
    assert part.containment(whole) > 0.9
    assert 0.2 < whole.containment(part) < 0.5
    assert part.jaccard(whole) < 0.5


def test_boilerplate_lines_are_left_out() -> None:
    body = " ".join(f"body{i}" for i in range(60))
    footer = " ".join(f"footer{i}" for i in range(60))
    text = body + "\n" + footer
    plain = fingerprint(text)
    dropped = fingerprint(text, boilerplate=lambda lines: set(lines.tolist()[:2]) - {_line_key(body)})
    assert plain.boilerplate == 0 and dropped.boilerplate == 1
    assert dropped.words == 60
    assert dropped.jaccard(fingerprint(body)) == 1.0
    assert len(plain.lines) == len(dropped.lines) == 2


def _line_key(line: str) -> int:
    (key,) = fingerprint(line).lines.tolist()
    return int(key)


def test_line_hashes_fold_digits() -> None:
    assert (
        fingerprint("© 2023 Harbor Ledger").lines.tolist()
        == fingerprint("© 2024 Harbor Ledger").lines.tolist()
    )


@pytest.mark.parametrize(
    ("text", "shingles", "words_kept"),
    [("", 0, 0), ("   \n\n  ", 0, 0), ("!!! ---", 0, 0), ("Hello", 1, 1), ("one two three", 1, 3)],
    ids=["empty", "blank", "punctuation", "one-word", "three-words"],
)
def test_tiny_texts(text: str, shingles: int, words_kept: int) -> None:
    fp = fingerprint(text)
    assert (fp.shingles, fp.words) == (shingles, words_kept)
    assert fp.empty == (shingles == 0)
    assert len(fp.signature) == 128
    assert fp.jaccard(fp) == (1.0 if shingles else 0.0)


@pytest.mark.parametrize(
    "make",
    [
        lambda: "word " * 2_000_000,
        lambda: "\n" * 10_000_000,
        lambda: "!" * 10_000_000,
        lambda: " ".join(f"w{i}" for i in range(1_500_000)),
    ],
    ids=["one-word-10MB", "newlines-10MB", "punctuation-10MB", "distinct-words-10MB"],
)
def test_hostile_text_is_bounded(make: object) -> None:
    text = make()  # type: ignore[operator]
    assert len(text) >= 10_000_000
    tracemalloc.start()
    start = time.perf_counter()
    fp = fingerprint(text)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 5.0
    assert peak < 250 * 2**20
    assert fp.words <= ReuseConfig().max_words
    assert fp.shingles <= ReuseConfig().max_words
