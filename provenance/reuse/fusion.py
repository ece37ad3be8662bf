"""From candidate pairs to directed reuse edges, and the flags they raise against a copy's credits.

`orient` turns a `Candidate` into a `ReuseEdge` that runs from the earlier publication to the later
one; without two comparable dates, or on a tie, the direction is unknown (``direction_known`` is
False, the edge runs from the document indexed first and its weight is halved). Its evidence method
is ``reuse:minhash`` and its weight rises with the similarity ``s`` (the Jaccard estimate of a near
copy; for a partial copy the share of the copy's text found in the source)::

    weight = 0.8 * s ** 2        (x 0.5 when the direction is unknown)

so a verbatim copy weighs 0.8, a near copy at the 0.8 threshold 0.51, a half-reused text 0.2:
below what an explicit credit ("Originally published by ...") weighs, which is the point.

`flag_copy` is a pure function of plain inputs: the edges into one copy, the outlets the copy
credits (its ``republished_from``, ``wire_credit`` and ``source_credit`` statements; picture credits
do not count) and, optionally, what each source document credits. It returns `ReuseFlag`\\ s:

``unattributed_copy``
    The copy reuses text published earlier elsewhere and credits no outlet at all.
``credit_mismatch``
    The copy credits some outlet X, but the same text appeared earlier at Y, and neither Y nor an
    outlet that Y's version credits is among the copy's credits, nor does the credited outlet's
    own version credit Y. The flag names Y (laundering: C credits B, A had it first).
``partial_reuse``
    The copy takes one part of an earlier text (not a near copy of the whole).
``direction_unknown``
    Reused text whose order cannot be told from the dates.

>>> from provenance.reuse.index import Candidate, ReuseKind
>>> origin = DocRef(1, "alpha", "2024-03-01T08:00:00+00:00")
>>> copy = DocRef(2, "beta", "2024-03-01T11:00:00+00:00")
>>> edge = orient(copy, Candidate(1, "alpha", origin.published, ReuseKind.NEAR_COPY, 0.9, 0.95, 0.93, 40))
>>> edge.source, edge.target, edge.direction_known, edge.weight, edge.lag_seconds
(1, 2, True, 0.648, 10800.0)
>>> [(f.kind.value, f.outlet_id) for f in flag_copy(copy, credited=[], edges=[edge])]
[('unattributed_copy', 'alpha')]
>>> [(f.kind.value, f.outlet_id) for f in flag_copy(copy, credited=["gamma"], edges=[edge])]
[('credit_mismatch', 'alpha')]
>>> flag_copy(copy, credited=["alpha"], edges=[edge])
[]
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from provenance.reuse.alignment import Alignment
from provenance.reuse.index import Candidate, ReuseKind, normalise_published

__all__ = [
    "MAX_REUSE_WEIGHT",
    "REUSE_METHOD",
    "DocRef",
    "ReuseEdge",
    "ReuseFlag",
    "ReuseFlagKind",
    "flag_copy",
    "links_of",
    "orient",
    "reuse_weight",
    "select_copies",
]

REUSE_METHOD = "reuse:minhash"
MAX_REUSE_WEIGHT = 0.8
_HELD = 0.8  # share of a text the other must hold for containment to tell the direction
_OWN_WORDS = 20  # words of its own a text must have before and after the shared ones


class ReuseFlagKind(StrEnum):
    """What is wrong, or worth a look, about a copy."""

    UNATTRIBUTED_COPY = "unattributed_copy"
    CREDIT_MISMATCH = "credit_mismatch"
    PARTIAL_REUSE = "partial_reuse"
    DIRECTION_UNKNOWN = "direction_unknown"


@dataclass(frozen=True, slots=True)
class DocRef:
    """A document as orientation needs it: id, outlet and publication date (any ISO form)."""

    doc_id: int
    outlet_id: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class ReuseEdge:
    """Text flowed from ``source`` to ``target`` (document ids), as far as the dates tell.

    ``similarity`` is what the weight rises with: the Jaccard estimate for a near copy, the share
    of the target found in the source for a partial copy (the larger share when the direction is
    unknown). ``lag_seconds`` is the time between the two publications, when both are known.
    """

    source: int
    target: int
    source_outlet: str | None
    target_outlet: str | None
    source_published: str | None
    target_published: str | None
    kind: ReuseKind
    jaccard: float
    similarity: float
    weight: float
    direction_known: bool
    lag_seconds: float | None
    method: str = REUSE_METHOD
    reason: str = "dates"  # how the direction was told: dates, containment, unknown (statements: the store)
    copy: bool = False  # a copy (most of one text is the other's): a link, when the direction is known
    source_covered: float | None = None  # share of the source's words inside the aligned spans
    target_covered: float | None = None  # share of the target's (the copy's)
    edit_rate: float | None = None  # share of the spans' words not equal
    same_title: bool = False


@dataclass(frozen=True, slots=True)
class ReuseFlag:
    """One finding about a copy: its kind, the copy, the edge behind it and the outlet it names."""

    kind: ReuseFlagKind
    doc_id: int
    outlet_id: str | None
    edge: ReuseEdge
    message: str


def reuse_weight(similarity: float, *, direction_known: bool = True) -> float:
    """The evidence weight of a reuse edge: ``0.8 * s ** 2``, halved when the direction is unknown.

    >>> reuse_weight(1.0), reuse_weight(0.8), reuse_weight(0.8, direction_known=False)
    (0.8, 0.512, 0.256)
    """
    s = min(1.0, max(0.0, similarity))
    weight = MAX_REUSE_WEIGHT * s * s
    return round(weight if direction_known else weight / 2, 4)


def orient(doc: DocRef, candidate: Candidate) -> ReuseEdge:
    """The reuse edge between the queried document ``doc`` and one of its candidates.

    The earlier publication is the source. Dates are compared in UTC; when one of the two is a
    bare day, they are compared by day. No date on either side, or the same moment (the same day
    for bare days): a copy whose alignment shows one text holding the other whole between an
    introduction and a conclusion of its own makes that text the later one (``reason``
    ``"containment"``); else the direction is unknown, and the edge runs from the candidate
    (indexed first) to ``doc``.
    """
    mine = _moment(doc.published)
    theirs = _moment(candidate.published)
    order = _order(theirs, mine)  # -1: the candidate is earlier, 1: doc is earlier, 0: unknown
    reason = "dates"
    found = candidate.alignment
    if order == 0:
        later = _superset(found) if found is not None and candidate.copy else None
        order, reason = (-1 if later == "a" else 1, "containment") if later else (0, "unknown")
    if order <= 0:
        source = DocRef(candidate.doc_id, candidate.outlet_id, candidate.published)
        target, target_in_source = doc, candidate.query_in_match
        covered = (found.b_covered, found.a_covered) if found is not None else None
    else:
        source = doc
        target = DocRef(candidate.doc_id, candidate.outlet_id, candidate.published)
        target_in_source = candidate.match_in_query
        covered = (found.a_covered, found.b_covered) if found is not None else None
    known = order != 0
    if found is not None:  # what the alignment shows: most of one text, edited at this rate
        similarity = max(found.a_covered, found.b_covered) * (1.0 - found.edit_rate)
    elif candidate.kind is ReuseKind.NEAR_COPY:
        similarity = candidate.jaccard
    else:
        similarity = target_in_source if known else candidate.containment
    lag = None
    if mine is not None and theirs is not None:
        lag = abs((_sort_moment(doc.published) - _sort_moment(candidate.published)).total_seconds())
    return ReuseEdge(
        source=source.doc_id,
        target=target.doc_id,
        source_outlet=source.outlet_id,
        target_outlet=target.outlet_id,
        source_published=normalise_published(source.published),
        target_published=normalise_published(target.published),
        kind=candidate.kind,
        jaccard=candidate.jaccard,
        similarity=round(similarity, 4),
        weight=reuse_weight(similarity, direction_known=known),
        direction_known=known,
        lag_seconds=lag,
        reason=reason,
        copy=candidate.copy,
        source_covered=None if covered is None else round(covered[0], 4),
        target_covered=None if covered is None else round(covered[1], 4),
        edit_rate=None if found is None else round(found.edit_rate, 4),
        same_title=candidate.same_title,
    )


def _superset(found: Alignment) -> str | None:
    """The side (``"a"`` or ``"b"``) that holds nearly all of the other between text of its own
    before and after, or None: a copy with its own introduction and conclusion is the later text."""
    for side, other, other_covered in (("a", "b", found.b_covered), ("b", "a", found.a_covered)):
        before, after = found.own_text(side)
        other_before, other_after = found.own_text(other)
        if (
            other_covered >= _HELD
            and min(before, after) >= _OWN_WORDS
            and max(other_before, other_after) < _OWN_WORDS
        ):
            return side
    return None


def select_copies(doc_id: int, edges: Sequence[tuple[Candidate, ReuseEdge]]) -> set[int]:
    """The candidates (document ids) of a new document ``doc_id`` that are linked to it as copies.

    ``edges`` are its candidates with their edges, as ranked by the index (most shared words
    first; among equals, one without a date, which may be the earliest, then the earliest). An edge is a link when the pair is a copy and its direction is known, and the text
    it carries did not come from elsewhere: two copies of one story share all of their text, but
    the second copy's text came from the original, not from the first. So, where the new
    document is the copy, a further source is linked only when most of the text it shares with
    the new document is text that no better source gave (a source whose direction is unknown
    still counts as one); where the new document is the earlier one, a later text is linked as
    its copy only when what the two share is not text the new document itself took from an
    earlier source.
    """
    chosen: set[int] = set()
    given: list[tuple[int, int]] = []  # spans of the new document that its sources cover
    later: list[tuple[Candidate, ReuseEdge]] = []
    for candidate, edge in edges:
        if not edge.copy:
            continue
        found = candidate.alignment
        if found is None:
            if edge.direction_known:
                chosen.add(candidate.doc_id)
            continue
        if edge.direction_known and edge.target != doc_id:
            later.append((candidate, edge))
            continue
        spans = [(s.a_start, s.a_end) for s in found.spans]
        if not _mostly_within(spans, given):
            given += spans
            if edge.direction_known:
                chosen.add(candidate.doc_id)
    for candidate, _ in later:
        assert candidate.alignment is not None
        if not _mostly_within([(s.a_start, s.a_end) for s in candidate.alignment.spans], given):
            chosen.add(candidate.doc_id)
    return chosen


def _mostly_within(spans: list[tuple[int, int]], given: list[tuple[int, int]]) -> bool:
    total = sum(end - start for start, end in spans)
    return bool(given) and total > 0 and 2 * sum(_overlap(span, given) for span in spans) >= total


def links_of(doc: DocRef, candidates: Iterable[Candidate]) -> list[tuple[Candidate, ReuseEdge]]:
    """The candidates of a new document that become republication links, with their edges
    (statements aside: the store weighs those first, see `provenance.store.reuse_direction`)."""
    pairs = [(c, orient(doc, c)) for c in candidates]
    chosen = select_copies(doc.doc_id, pairs)
    return [(c, e) for c, e in pairs if c.doc_id in chosen]


def _overlap(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> int:
    start, end = span
    return sum(max(0, min(end, e) - max(start, s)) for s, e in spans)


def flag_copy(
    copy: DocRef,
    credited: Collection[str],
    edges: Iterable[ReuseEdge],
    source_credits: Mapping[int, Collection[str]] | None = None,
) -> list[ReuseFlag]:
    """The flags one copy raises: its reuse edges weighed against the outlets it credits.

    ``edges`` may hold any edges: only those whose target is ``copy`` (or, for
    ``direction_unknown``, that touch it) count. ``credited`` holds outlet ids;
    ``source_credits`` maps a source document id to the outlet ids that document credits.
    """
    credits = set(credited)
    known = source_credits or {}
    flags: list[ReuseFlag] = []
    incoming: list[ReuseEdge] = []
    for edge in edges:
        if copy.doc_id not in (edge.source, edge.target):
            continue
        other = edge.source_outlet if edge.target == copy.doc_id else edge.target_outlet
        if copy.outlet_id is not None and other == copy.outlet_id:
            continue  # reuse within one outlet is not republication
        if not edge.direction_known:
            flags.append(
                _flag(ReuseFlagKind.DIRECTION_UNKNOWN, copy, other, edge, "cannot tell which came first")
            )
        elif edge.target == copy.doc_id:
            incoming.append(edge)
    if not incoming:
        return flags
    for edge in incoming:
        if edge.kind is ReuseKind.PARTIAL:
            share = f"{edge.similarity:.0%} of its text"
            flags.append(
                _flag(ReuseFlagKind.PARTIAL_REUSE, copy, edge.source_outlet, edge, f"reuses {share}")
            )
    first = min(incoming, key=lambda e: (_sort_moment(e.source_published), -e.weight, e.source))
    origin = first.source_outlet
    if not credits:
        flags.append(
            _flag(
                ReuseFlagKind.UNATTRIBUTED_COPY,
                copy,
                origin,
                first,
                "reuses earlier text and credits no outlet",
            )
        )
        return flags
    fine = {origin} | set(known.get(first.source, ()))
    # A credited outlet whose own version of the text credits the origin passes the credit on.
    chained = any(e.source_outlet in credits and origin in set(known.get(e.source, ())) for e in incoming)
    if origin is not None and not (credits & fine) and not chained:
        named = ", ".join(sorted(credits))
        flags.append(
            _flag(
                ReuseFlagKind.CREDIT_MISMATCH,
                copy,
                origin,
                first,
                f"credits {named}, but the text appeared earlier at {origin}",
            )
        )
    return flags


def _flag(kind: ReuseFlagKind, copy: DocRef, outlet: str | None, edge: ReuseEdge, message: str) -> ReuseFlag:
    return ReuseFlag(kind, copy.doc_id, outlet, edge, message)


def _moment(value: str | None) -> datetime | date | None:
    text = normalise_published(value)
    if text is None:
        return None
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text)


def _order(a: datetime | date | None, b: datetime | date | None) -> int:
    """-1 if ``a`` is earlier, 1 if ``b`` is, 0 if unknown or equal (by day if either is a day)."""
    if a is None or b is None:
        return 0
    if isinstance(a, datetime) and isinstance(b, datetime):
        return (a > b) - (a < b)
    da = a.date() if isinstance(a, datetime) else a
    db = b.date() if isinstance(b, datetime) else b
    return (da > db) - (da < db)


def _sort_moment(value: str | None) -> datetime:
    moment = _moment(value)
    if moment is None:
        return datetime.max.replace(tzinfo=UTC)
    if not isinstance(moment, datetime):
        return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)
    return moment
