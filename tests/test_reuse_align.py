"""Alignment of candidate pairs: spans, coverage, edit rate; what is a copy, which way, and which source."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.reuse import (
    REUSE_SCHEMA,
    DocRef,
    ReuseIndex,
    ReuseKind,
    align,
    links_of,
    orient,
    select_copies,
)


@pytest.fixture
def index() -> Iterator[ReuseIndex]:
    db = sqlite3.connect(":memory:")
    db.executescript(REUSE_SCHEMA)
    yield ReuseIndex(db)
    db.close()


def prose(seed: int, n: int = 400) -> list[str]:
    """``n`` words that no other seed shares, with the function words that make chance matches."""
    rng = random.Random(seed)
    common = "the of and to a in that is was for".split()
    return [
        rng.choice(common) if rng.random() < 0.4 else f"{rng.choice('bdfgklmnprstvz')}{rng.randrange(10**6)}"
        for _ in range(n)
    ]


def edited(ws: list[str], rate: float, seed: int) -> list[str]:
    """About ``rate`` of the words replaced, dropped or followed by a new word, a third each."""
    rng = random.Random(seed)
    out: list[str] = []
    for w in ws:
        mark = rng.random()
        if mark >= rate:
            out.append(w)
        elif mark < rate / 3:
            out.append(f"new{rng.randrange(10**6)}")
        elif mark < 2 * rate / 3:
            continue
        else:
            out += [w, f"new{rng.randrange(10**6)}"]
    return out


def text(ws: list[str]) -> str:
    return "\n".join(" ".join(ws[i : i + 40]) for i in range(0, len(ws), 40))


def ids(ws: list[str]) -> list[int]:
    return [hash(w) for w in ws]


@pytest.mark.parametrize("rate", [0.0, 0.03, 0.08, 0.15], ids=["verbatim", "3%", "8%", "15%"])
def test_an_edited_copy_aligns_whole_with_its_edit_rate(rate: float) -> None:
    source = prose(1)
    found = align(ids(source), ids(edited(source, rate, 2)))
    assert found.a_covered > 0.95 and found.b_covered > 0.95
    assert abs(found.edit_rate - rate) < 0.04


def test_unrelated_texts_share_no_span_despite_common_words() -> None:
    found = align(ids(prose(1)), ids(prose(2)))
    assert found.spans == () and found.matched == 0
    assert found.a_covered == 0.0 and found.edit_rate == 0.0


def test_a_part_between_an_intro_and_an_outro_is_located() -> None:
    source = prose(1)
    copy = prose(3, 80) + source[100:340] + prose(4, 80)
    found = align(ids(source), ids(copy))
    [span] = found.spans
    # A chance match of a common word may stretch the span by a word at either end.
    assert abs(span.a_start - 100) <= 2 and abs(span.a_end - 340) <= 2
    assert abs(span.b_start - 80) <= 2 and abs(span.b_end - 320) <= 2
    assert 0.59 <= found.a_covered <= 0.61 and 0.59 <= found.b_covered <= 0.61
    assert min(found.own_text("b")) >= 78 and min(found.own_text("a")) >= 58


@pytest.mark.parametrize("rate", [0.0, 0.08, 0.15], ids=["verbatim", "8%", "15%"])
def test_edited_copies_are_copies_whatever_their_jaccard(index: ReuseIndex, rate: float) -> None:
    source = prose(1)
    index.index(1, text(source), outlet_id="alpha", published="2024-01-01")
    [c] = index.index(2, text(edited(source, rate, 5)), outlet_id="beta", published="2024-01-02")
    assert c.copy and c.kind is ReuseKind.NEAR_COPY and c.alignment is not None
    [(_, edge)] = links_of(DocRef(2, "beta", "2024-01-02"), [c])
    assert (edge.source, edge.target, edge.reason) == (1, 2, "dates")
    assert edge.edit_rate is not None and abs(edge.edit_rate - rate) < 0.04


def test_a_partial_copy_with_its_own_intro_and_outro_is_a_copy(index: ReuseIndex) -> None:
    source = prose(1, 500)
    index.index(1, text(source), outlet_id="alpha")
    copy = prose(3, 120) + edited(source[80:430], 0.02, 6) + prose(4, 120)
    [c] = index.index(2, text(copy), outlet_id="beta")
    assert c.copy and c.kind is ReuseKind.PARTIAL
    assert 0.65 < c.match_in_query < 0.75  # 70 % of the source was taken
    assert 0.5 < c.query_in_match < 0.65  # into a copy of which it makes a little more than half
    # No dates: the text that holds the other's part between words of its own is not the later
    # one here (it holds only a part); the direction stays unknown, and nothing is linked.
    edge = orient(DocRef(2, "beta"), c)
    assert not edge.direction_known and edge.reason == "unknown"


def test_without_dates_the_text_holding_the_other_with_an_intro_and_outro_is_later(index: ReuseIndex) -> None:
    source = prose(1)
    index.index(1, text(prose(3, 100) + source + prose(4, 100)), outlet_id="beta")
    [c] = index.index(2, text(source), outlet_id="alpha")
    edge = orient(DocRef(2, "alpha"), c)
    assert (edge.source, edge.target, edge.reason, edge.direction_known) == (2, 1, "containment", True)


def test_a_shared_quotation_is_reported_but_not_a_copy(index: ReuseIndex) -> None:
    quote = prose(9, 70)
    index.index(1, text(prose(1, 300) + quote + prose(2, 200)), outlet_id="alpha", published="2024-01-01")
    [c] = index.index(
        2, text(prose(3, 250) + quote + prose(4, 250)), outlet_id="beta", published="2024-01-02"
    )
    assert not c.copy and c.kind is ReuseKind.PARTIAL
    assert links_of(DocRef(2, "beta", "2024-01-02"), [c]) == []


@pytest.mark.parametrize("same", [True, False], ids=["same title", "other title"])
def test_the_same_title_makes_a_third_of_the_text_a_copy(index: ReuseIndex, same: bool) -> None:
    source = prose(1, 600)
    index.index(1, text(source), outlet_id="alpha", title="Harbor board approves the dredging plan")
    copy = prose(3, 300) + source[:240] + prose(4, 300)  # 40 % of the source, 29 % of the copy
    title = "Harbor Board approves the dredging plan!" if same else "What the port did on Monday"
    [c] = index.index(2, text(copy), outlet_id="beta", title=title)
    assert c.same_title is same and c.copy is same


def test_a_sibling_copy_is_not_linked_to_the_copy_after_it(index: ReuseIndex) -> None:
    source = prose(1)
    index.index(1, text(source), outlet_id="alpha", published="2024-01-01")
    index.index(2, text(edited(source, 0.05, 2)), outlet_id="beta", published="2024-01-02")
    found = index.index(3, text(edited(source, 0.05, 3)), outlet_id="gamma", published="2024-01-03")
    assert sorted(c.doc_id for c in found if c.copy) == [1, 2]
    me = DocRef(3, "gamma", "2024-01-03")
    assert select_copies(3, [(c, orient(me, c)) for c in found]) == {1}


def test_a_sibling_dated_earlier_but_indexed_later_is_not_linked(index: ReuseIndex) -> None:
    source = prose(1)
    index.index(1, text(source), outlet_id="alpha", published="2024-01-01")
    index.index(2, text(edited(source, 0.05, 2)), outlet_id="beta", published="2024-01-05")
    found = index.index(3, text(edited(source, 0.05, 3)), outlet_id="gamma", published="2024-01-03")
    assert [c.doc_id for c, _ in links_of(DocRef(3, "gamma", "2024-01-03"), found)] == [1]


def test_an_index_without_words_decides_on_sketches_as_before() -> None:
    db = sqlite3.connect(":memory:")
    db.executescript(REUSE_SCHEMA)
    db.execute("DROP TABLE reuse_texts")  # an index made before words were kept
    index = ReuseIndex(db)
    source = prose(1)
    index.index(1, text(source), outlet_id="alpha", published="2024-01-01")
    [c] = index.index(2, text(source[:-2]), outlet_id="beta", published="2024-01-02")
    assert c.alignment is None and c.kind is ReuseKind.NEAR_COPY and c.copy
    assert index.index(3, text(edited(source, 0.15, 3)), outlet_id="gamma") == []  # the sketches miss it


@given(
    st.lists(st.integers(0, 30), max_size=300),
    st.lists(st.integers(0, 30), max_size=300),
)
@settings(max_examples=200, deadline=None)
def test_spans_are_ordered_and_within_both_texts(a: list[int], b: list[int]) -> None:
    found = align(a, b, min_span=5)
    ends = [(0, 0)] + [(s.a_end, s.b_end) for s in found.spans]
    for (a_end, b_end), span in zip(ends, found.spans, strict=False):
        assert a_end <= span.a_start < span.a_end <= len(a) and b_end <= span.b_start < span.b_end <= len(b)
        assert 5 <= span.matched <= min(span.a_end - span.a_start, span.b_end - span.b_start)
        assert a[span.a_start] == b[span.b_start] and a[span.a_end - 1] == b[span.b_end - 1]
    assert 0.0 <= found.a_covered <= 1.0 and 0.0 <= found.b_covered <= 1.0 and 0.0 <= found.edit_rate <= 1.0
    assert align(a, a, min_span=5).edit_rate == 0.0


@given(st.text(alphabet="abcdefgh", max_size=200), st.text(alphabet="abcdefgh", max_size=60))
@settings(max_examples=200, deadline=None)
def test_a_verbatim_part_aligns_whole_as_strings_do(outer: str, inner: str) -> None:
    whole = outer[:70] + inner + outer[70:]
    found = align(inner, whole, min_span=5)
    if len(inner) >= 5:
        assert found.a_covered == 1.0 and found.edit_rate == 0.0
        [span] = found.spans
        assert whole[span.b_start : span.b_end] == inner
    assert align(whole, whole, min_span=5).b_covered == (1.0 if len(whole) >= 5 else 0.0)
