"""The generated reuse corpus keeps its promises, and the reuse package its public surface."""

from __future__ import annotations

from datetime import datetime

import pytest

import provenance.reuse
from provenance.reuse import fingerprint, words
from provenance.reuse.corpus import ReuseDoc, body_text, generate_reuse_corpus


@pytest.fixture(scope="module")
def docs() -> list[ReuseDoc]:
    return list(generate_reuse_corpus(600, near_copies=60, partial_copies=30, seed=7))


def test_counts_and_ids(docs: list[ReuseDoc]) -> None:
    assert [d.doc_id for d in docs] == list(range(600))
    assert sum(d.kind == "near_copy" for d in docs) == 60
    assert sum(d.kind == "partial" for d in docs) == 30
    assert all((d.source is None) == (d.kind == "original") for d in docs)


def test_copies_come_after_their_source_elsewhere_and_later(docs: list[ReuseDoc]) -> None:
    for d in docs:
        if d.source is None:
            continue
        source = docs[d.source]
        assert source.kind == "original" and d.root == source.doc_id < d.doc_id
        assert d.outlet_id != source.outlet_id
        if d.published and source.published:
            assert datetime.fromisoformat(d.published) > datetime.fromisoformat(source.published)


def test_near_copies_are_lightly_edited(docs: list[ReuseDoc]) -> None:
    for d in docs:
        if d.kind != "near_copy":
            continue
        mine, theirs = words(body_text(d)), set(words(body_text(docs[d.source or 0])))
        assert sum(w in theirs for w in mine) / len(mine) > 0.95  # 1 to 5 % of the words edited


def test_partial_copies_take_whole_paragraphs(docs: list[ReuseDoc]) -> None:
    for d in docs:
        if d.kind != "partial":
            continue
        source = fingerprint(body_text(docs[d.source or 0]))
        copy = fingerprint(body_text(d))
        assert copy.containment(source) > 0.25
        assert source.containment(copy) < 0.95


def test_boilerplate_lines_are_the_outlets(docs: list[ReuseDoc]) -> None:
    by_outlet: dict[str, set[str]] = {}
    for d in docs:
        assert set(d.boilerplate) <= set(d.text.split("\n"))
        by_outlet.setdefault(d.outlet_id, set()).update(line for line in d.boilerplate if "©" not in line)
    # Each outlet's navigation, disclaimer and newsletter lines: three, the same on every page.
    assert all(len(lines) <= 3 for lines in by_outlet.values())


def test_same_seed_same_corpus() -> None:
    first = list(generate_reuse_corpus(50, near_copies=5, partial_copies=5, seed=3))
    again = list(generate_reuse_corpus(50, near_copies=5, partial_copies=5, seed=3))
    other = list(generate_reuse_corpus(50, near_copies=5, partial_copies=5, seed=4))
    assert first == again
    assert [d.text for d in first] != [d.text for d in other]


@pytest.mark.parametrize(
    ("n", "near", "partial"),
    [(10, 8, 3), (10, -1, 0), (10, 0, -1)],
    ids=["too-many", "negative-near", "negative-partial"],
)
def test_impossible_counts_are_refused(n: int, near: int, partial: int) -> None:
    with pytest.raises(ValueError, match="do not fit"):
        list(generate_reuse_corpus(n, near_copies=near, partial_copies=partial))


def test_reuse_surface_is_sorted_and_complete() -> None:
    # Sorted as ruff's RUF022 wants it: constants, then classes, then functions.
    def key(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert provenance.reuse.__all__ == sorted(provenance.reuse.__all__, key=key)
    for name in provenance.reuse.__all__:
        assert hasattr(provenance.reuse, name), name
