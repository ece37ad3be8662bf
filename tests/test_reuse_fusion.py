"""Orientation of reuse pairs, their weights, and the flags against a copy's credits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from provenance.reuse import (
    REUSE_METHOD,
    REUSE_SCHEMA,
    Candidate,
    DocRef,
    ReuseEdge,
    ReuseFlagKind,
    ReuseIndex,
    ReuseKind,
    flag_copy,
    orient,
    reuse_weight,
)

SEED = Path(__file__).resolve().parent.parent / "examples" / "seed" / "000_80a42ec52d295585.txt"


def candidate(doc_id: int, outlet: str | None, published: str | None, **kw: object) -> Candidate:
    fields: dict[str, object] = {
        "kind": ReuseKind.NEAR_COPY,
        "jaccard": 0.9,
        "query_in_match": 0.95,
        "match_in_query": 0.9,
        "shared": 30,
    }
    fields.update(kw)
    return Candidate(doc_id, outlet, published, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("mine", "theirs", "source", "known"),
    [
        ("2024-03-02T10:00:00+00:00", "2024-03-01T10:00:00+00:00", 1, True),
        ("2024-03-01T10:00:00+00:00", "2024-03-02T10:00:00+00:00", 2, True),
        ("2024-03-01T12:00:00+02:00", "2024-03-01T11:00:00Z", 2, True),  # 10:00 UTC is earlier
        ("2024-03-01T10:00:00+00:00", "2024-03-01T10:00:00+00:00", 1, False),  # a tie
        ("2024-03-01", "2024-03-01T23:00:00+00:00", 1, False),  # a bare day: compared by day
        ("2024-03-02", "2024-03-01T23:00:00+00:00", 1, True),
        (None, "2024-03-01T10:00:00+00:00", 1, False),
        ("2024-03-01T10:00:00+00:00", None, 1, False),
        (None, None, 1, False),
        ("not a date", "2024-03-01", 1, False),
    ],
    ids=[
        "later",
        "earlier",
        "time-zones",
        "tie",
        "day-vs-time",
        "day-after",
        "no-date-mine",
        "no-date-theirs",
        "no-dates",
        "unreadable",
    ],
)
def test_orient(mine: str | None, theirs: str | None, source: int, known: bool) -> None:
    edge = orient(DocRef(2, "beta", mine), candidate(1, "alpha", theirs))
    assert (edge.source, edge.direction_known) == (source, known)
    assert edge.target == 3 - source
    assert edge.method == REUSE_METHOD == "reuse:minhash"
    assert edge.weight == reuse_weight(0.9, direction_known=known)


def test_orientation_keeps_outlets_and_dates_with_their_documents() -> None:
    edge = orient(DocRef(2, "beta", "2024-03-01"), candidate(1, "alpha", "2024-03-05"))
    assert (edge.source, edge.source_outlet, edge.source_published) == (2, "beta", "2024-03-01")
    assert (edge.target, edge.target_outlet, edge.target_published) == (1, "alpha", "2024-03-05")
    assert edge.lag_seconds == 4 * 86400


def test_weight_rises_with_similarity() -> None:
    weights = [reuse_weight(s / 10) for s in range(11)]
    assert weights == sorted(weights) and len(set(weights)) == 11
    assert weights[-1] == 0.8 and weights[8] == pytest.approx(0.512)
    assert reuse_weight(0.9, direction_known=False) == reuse_weight(0.9) / 2
    assert reuse_weight(1.7) == 0.8 and reuse_weight(-1) == 0.0


def test_partial_edge_weighs_the_share_of_the_copy_taken() -> None:
    c = candidate(
        1, "alpha", "2024-01-01", kind=ReuseKind.PARTIAL, jaccard=0.2, query_in_match=0.7, match_in_query=0.25
    )
    later = orient(DocRef(2, "beta", "2024-01-02"), c)
    assert (later.source, later.similarity) == (1, 0.7)  # 70 % of the copy (doc 2) is in the source
    earlier = orient(DocRef(2, "beta", "2023-12-31"), c)
    assert (earlier.source, earlier.similarity) == (2, 0.25)  # doc 1 is the copy: a quarter of it
    unknown = orient(DocRef(2, "beta", None), c)
    assert unknown.similarity == 0.7
    assert later.weight > earlier.weight


def edge(source: int, target: int, src_outlet: str, dst_outlet: str, day: int, **kw: object) -> ReuseEdge:
    fields: dict[str, object] = {
        "kind": ReuseKind.NEAR_COPY,
        "jaccard": 0.9,
        "similarity": 0.9,
        "weight": reuse_weight(0.9),
        "direction_known": True,
        "lag_seconds": 3600.0,
    }
    fields.update(kw)
    return ReuseEdge(source, target, src_outlet, dst_outlet, f"2024-01-{day:02d}", "2024-01-20", **fields)  # type: ignore[arg-type]


COPY = DocRef(9, "copycat", "2024-01-20")


def kinds(flags: list) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    return [(f.kind.value, f.outlet_id) for f in flags]


def test_unattributed_copy_names_the_earliest_source() -> None:
    edges = [edge(2, 9, "bravo", "copycat", 5), edge(1, 9, "alpha", "copycat", 3)]
    assert kinds(flag_copy(COPY, [], edges)) == [("unattributed_copy", "alpha")]


def test_credit_to_the_origin_raises_nothing() -> None:
    edges = [edge(2, 9, "bravo", "copycat", 5), edge(1, 9, "alpha", "copycat", 3)]
    assert flag_copy(COPY, ["alpha"], edges) == []


def test_laundering_is_a_credit_mismatch_naming_the_first_outlet() -> None:
    edges = [edge(2, 9, "bravo", "copycat", 5), edge(1, 9, "alpha", "copycat", 3)]
    (flag,) = flag_copy(COPY, ["bravo"], edges)
    assert (flag.kind, flag.outlet_id, flag.doc_id) == (ReuseFlagKind.CREDIT_MISMATCH, "alpha", 9)
    assert "credits bravo" in flag.message and "alpha" in flag.message
    assert flag.edge.source == 1


def test_credit_passed_along_a_chain_is_no_mismatch() -> None:
    edges = [edge(2, 9, "bravo", "copycat", 5), edge(1, 9, "alpha", "copycat", 3)]
    # bravo's own version credits alpha: crediting bravo is honest.
    assert flag_copy(COPY, ["bravo"], edges, source_credits={2: ["alpha"]}) == []


def test_crediting_what_the_origin_credits_is_no_mismatch() -> None:
    # The first outlet ran a wire story and credited the wire; the copy credits the wire too.
    edges = [edge(1, 9, "alpha", "copycat", 3)]
    assert flag_copy(COPY, ["ap"], edges, source_credits={1: ["ap"]}) == []
    assert kinds(flag_copy(COPY, ["ap"], edges)) == [("credit_mismatch", "alpha")]


def test_partial_reuse_is_flagged_beside_the_credit_flags() -> None:
    edges = [edge(1, 9, "alpha", "copycat", 3, kind=ReuseKind.PARTIAL, similarity=0.6)]
    flags = flag_copy(COPY, [], edges)
    assert kinds(flags) == [("partial_reuse", "alpha"), ("unattributed_copy", "alpha")]
    assert "60%" in flags[0].message
    assert kinds(flag_copy(COPY, ["alpha"], edges)) == [("partial_reuse", "alpha")]


def test_direction_unknown_is_flagged_and_not_judged() -> None:
    edges = [edge(1, 9, "alpha", "copycat", 3, direction_known=False)]
    assert kinds(flag_copy(COPY, [], edges)) == [("direction_unknown", "alpha")]
    reverse = [edge(9, 1, "copycat", "alpha", 3, direction_known=False)]
    assert kinds(flag_copy(COPY, [], reverse)) == [("direction_unknown", "alpha")]


@pytest.mark.parametrize(
    "edges",
    [
        [],
        [edge(9, 1, "copycat", "alpha", 3)],  # the copy is the source here
        [edge(1, 5, "alpha", "other", 3)],  # not about the copy
        [edge(1, 9, "copycat", "copycat", 3)],  # reuse within one outlet
    ],
    ids=["no-edges", "outgoing", "unrelated", "same-outlet"],
)
def test_no_flags_without_incoming_reuse(edges: list[ReuseEdge]) -> None:
    assert flag_copy(COPY, [], edges) == []


def test_seed_copy_without_credits_is_flagged_through_the_index() -> None:
    """The seed article, and an edited copy with its credit lines removed, elsewhere and later."""
    seed = SEED.read_text(encoding="utf-8")
    lines = [
        ln
        for ln in seed.splitlines()
        if "Originally published by" not in ln and "appeared first on" not in ln
    ]
    ws = "\n".join(lines).split(" ")
    copy = " ".join("indeed" if i % 100 == 50 else w for i, w in enumerate(ws))  # 1 % of the words edited
    conn = sqlite3.connect(":memory:")
    conn.executescript(REUSE_SCHEMA)
    index = ReuseIndex(conn)
    index.index(1, seed, outlet_id="southfront", published="2023-06-05T10:00:00+00:00")
    found = index.index(2, copy, outlet_id="launderer", published="2023-06-06T08:00:00+00:00")
    (c,) = found
    assert c.kind is ReuseKind.NEAR_COPY and c.jaccard >= 0.8
    the_copy = DocRef(2, "launderer", "2023-06-06T08:00:00+00:00")
    e = orient(the_copy, c)
    assert (e.source, e.target, e.direction_known) == (1, 2, True)
    # The seed credits ZeroHedge (its statements); the copy credits nobody.
    flags = flag_copy(the_copy, [], [e], source_credits={1: ["zerohedge", "southfront"]})
    assert kinds(flags) == [("unattributed_copy", "southfront")]


def test_laundering_fixture_through_the_index() -> None:
    """A publishes; B copies without credit; C copies B's version and credits B: C is flagged naming A."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(REUSE_SCHEMA)
    index = ReuseIndex(conn)
    text = SEED.read_text(encoding="utf-8")
    dates = {1: "2024-01-01T08:00:00+00:00", 2: "2024-01-01T12:00:00+00:00", 3: "2024-01-02T09:00:00+00:00"}
    outlets = {1: "alpha", 2: "bravo", 3: "charlie"}
    edges = []
    for doc_id in (1, 2, 3):
        ref = DocRef(doc_id, outlets[doc_id], dates[doc_id])
        edges += [
            orient(ref, c)
            for c in index.index(doc_id, text, outlet_id=ref.outlet_id, published=ref.published)
        ]
    flags = flag_copy(DocRef(3, "charlie", dates[3]), ["bravo"], edges)
    assert kinds(flags) == [("credit_mismatch", "alpha")]
    assert kinds(flag_copy(DocRef(2, "bravo", dates[2]), [], edges)) == [("unattributed_copy", "alpha")]
    assert flag_copy(DocRef(1, "alpha", dates[1]), [], edges) == []
