"""Score the extractors on a labelled case set in the format of ``shared/data/dev``.

A case set is a folder with ``cases.jsonl`` (one case a line: ``id``, ``kind``, ``text`` or
``file``, ``page_url``, ``expected`` credits, ``notes``) and the whole documents under ``docs/``.
The unit scored is (case, outlet, relation[, item]). Self-references (the credited outlet is the
host) are neither hits nor misses; picture credits are left out of precision. Strict figures
need outlet and relation right; lenient figures the outlet only. An outlet matches when both
names resolve to the same outlet, or their keys agree (case, "The", "www." and a domain suffix
do not count).

Besides the totals, the strict figures are broken down by language (a case's ``lang``), by
relation, by phrase kind (`provenance.phrase_kinds`) and by source family (`provenance.folds`).
A case set is split in folds by source family, so that a change can be scored on families it was
not made on: ``evaluate(root, except_fold=0)`` while tuning, ``fold=0`` at the end.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from provenance._exceptions import CasesError, ProvenanceError
from provenance.extractors import default_registry, extract
from provenance.folds import DEFAULT_FOLDS, NONE, FoldSelection, fold_of, source_family
from provenance.models import Attribution, Document, Relation
from provenance.phrase_kinds import PHRASE_KINDS, phrase_kind
from provenance.readers import DEFAULT_MAX_BYTES, html_document, read_feed, read_html, text_document
from provenance.readers.feed import read_feed_fragment
from provenance.resolver import OutletRegistry, name_key, unknown_id

Unit = tuple[str, str, str]  # (outlet key, relation, item)

# How each kind of case becomes documents; kinds without a reader yet are skipped and counted.
CaseReader = Callable[[dict[str, object], Path], list[Document]]


def _plain_text(case: dict[str, object], root: Path) -> list[Document]:
    url = case.get("page_url")
    text = case.get("text")
    if not isinstance(text, str):
        raise CasesError(f"case {case['id']}: a text case needs a text")
    return [text_document(text, str(case["id"]), url=str(url).strip() if url else None)]


def _html(case: dict[str, object], root: Path) -> list[Document]:
    url = case.get("page_url")
    page = str(url).strip() if url else None
    if case.get("file"):
        path = root / str(case["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CasesError(f"case {case['id']}: {path}: {exc.strerror}") from None
        return read_html(data, str(case["id"]), url=page, max_bytes=DEFAULT_MAX_BYTES)
    text = case.get("text")
    if not isinstance(text, str):
        raise CasesError(f"case {case['id']}: an HTML case needs a file or a text")
    return [html_document(text, str(case["id"]), url=page)]


def _feed(case: dict[str, object], root: Path) -> list[Document]:
    path = root / str(case.get("file") or "")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CasesError(f"case {case['id']}: {path}: {exc.strerror}") from None
    return read_feed(data, str(case["id"]), max_bytes=DEFAULT_MAX_BYTES)


def _feed_fragment(case: dict[str, object], root: Path) -> list[Document]:
    url = case.get("page_url")
    text = case.get("text")
    if not isinstance(text, str):
        raise CasesError(f"case {case['id']}: an RSS fragment case needs a text")
    docs = read_feed_fragment(text, str(case["id"]), url=str(url).strip() if url else None)
    if not url and case.get("item_link"):
        # An aggregator's copy of another site's item (the dev set's `item_link`): the copy's own
        # address is unknown, and the item's link is the original's, so no credit of the item's
        # site is the copy's own.
        docs = [doc.model_copy(update={"url": None}) for doc in docs]
    return docs


CASE_READERS: dict[str, CaseReader] = {
    "text/plain": _plain_text,
    "text/html": _html,
    "text/rss-fragment": _feed_fragment,
    "html": _html,
    "rss": _feed,
    "atom": _feed,
}


@dataclass
class CaseResult:
    """What the extractors found in one case, against what it expects."""

    id: str
    ambiguous: bool
    expected: set[Unit]
    found: set[Unit]
    hits: set[Unit]
    misses: set[Unit]
    false: set[Unit]
    lenient_hits: int
    lenient_found: int
    lenient_expected: int
    lang: str = NONE
    family: str = NONE
    # The phrase kinds of each unit: the labels' for an expected one, the rules' for a found one
    # (a unit stated in two ways has two).
    expected_phrases: dict[Unit, set[str]] = field(default_factory=dict)
    found_phrases: dict[Unit, set[str]] = field(default_factory=dict)


@dataclass
class Score:
    """Precision, recall and F1 from counts."""

    hits: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "hits": self.hits,
            "found": self.found,
            "expected": self.expected,
        }


@dataclass
class GroupScore:
    """The strict figures of one group of a breakdown (a language, a relation, a phrase kind, a family).

    ``hits`` are the expected units found (recall's numerator), ``right`` the found units that
    were expected (precision's numerator). They differ only by phrase kind, where a found unit
    counts under the kind of the rule that found it and an expected one under its label's. A
    measure with nothing to count is None, not 1.0; F1 is then the other measure, and None when
    both are.
    """

    cases: int = 0
    hits: int = 0
    right: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float | None:
        return self.right / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.hits / self.expected if self.expected else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return r if p is None else p
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int | None]:
        p, r, f1 = self.precision, self.recall, self.f1
        return {
            "cases": self.cases,
            "precision": None if p is None else round(p, 4),
            "recall": None if r is None else round(r, 4),
            "f1": None if f1 is None else round(f1, 4),
            "hits": self.hits,
            "right": self.right,
            "found": self.found,
            "expected": self.expected,
        }


@dataclass
class Evaluation:
    """The scores of a case set: strict and lenient, with and without the ambiguous cases, and the
    strict breakdowns."""

    cases: list[CaseResult] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    selection: FoldSelection = field(default_factory=FoldSelection)

    def score(self, *, strict: bool = True, ambiguous: bool = True) -> Score:
        score = Score()
        for case in self.cases:
            if case.ambiguous and not ambiguous:
                continue
            if strict:
                score.hits += len(case.hits)
                score.found += len(case.found)
                score.expected += len(case.expected)
            else:
                score.hits += case.lenient_hits
                score.found += case.lenient_found
                score.expected += case.lenient_expected
        return score

    def by_relation(self) -> dict[str, GroupScore]:
        """Strict figures per relation, in the order of `Relation`."""
        groups = _tally_units(self.cases, lambda case, unit, found: (unit[1],))
        return _ordered(groups, [r.value for r in Relation])

    def by_phrase(self) -> dict[str, GroupScore]:
        """Strict figures per phrase kind: the rule's kind for precision, the label's for recall."""
        groups = _tally_units(
            self.cases,
            lambda case, unit, found: (case.found_phrases if found else case.expected_phrases).get(
                unit, {NONE}
            ),
        )
        return _ordered(groups, list(PHRASE_KINDS))

    def by_lang(self) -> dict[str, GroupScore]:
        """Strict figures per language, the languages with most cases first."""
        groups = _tally_cases(self.cases, lambda case: case.lang)
        return dict(sorted(groups.items(), key=lambda item: (-item[1].cases, item[0])))

    def by_source(self) -> dict[str, GroupScore]:
        """Strict figures per source family, worst F1 first; the families with no F1 last."""
        groups = _tally_cases(self.cases, lambda case: case.family)

        def worst_first(item: tuple[str, GroupScore]) -> tuple[bool, float, int, str]:
            name, group = item
            f1 = group.f1
            return (f1 is None, f1 or 0.0, -(group.found + group.expected), name)

        return dict(sorted(groups.items(), key=worst_first))

    def as_dict(self) -> dict[str, object]:
        return {
            "cases": len(self.cases),
            "skipped": dict(sorted(self.skipped.items())),
            "errors": dict(sorted(self.errors.items())),
            "strict": self.score().as_dict(),
            "lenient": self.score(strict=False).as_dict(),
            "strict_unambiguous": self.score(ambiguous=False).as_dict(),
            "lenient_unambiguous": self.score(strict=False, ambiguous=False).as_dict(),
            "selection": self.selection.as_dict(),
            "by_relation": {k: g.as_dict() for k, g in self.by_relation().items()},
            "by_phrase": {k: g.as_dict() for k, g in self.by_phrase().items()},
            "by_lang": {k: g.as_dict() for k, g in self.by_lang().items()},
            "by_source": {
                k: {**g.as_dict(), "fold": fold_of(k, self.selection.folds)}
                for k, g in self.by_source().items()
            },
            "misses": {
                c.id: {"missed": sorted(map(list, c.misses)), "false": sorted(map(list, c.false))}
                for c in self.cases
                if c.misses or c.false
            },
        }


def _tally_cases(cases: Iterable[CaseResult], group_of: Callable[[CaseResult], str]) -> dict[str, GroupScore]:
    groups: dict[str, GroupScore] = {}
    for case in cases:
        group = groups.setdefault(group_of(case), GroupScore())
        group.cases += 1
        group.hits += len(case.hits)
        group.right += len(case.hits)
        group.found += len(case.found)
        group.expected += len(case.expected)
    return groups


def _tally_units(
    cases: Iterable[CaseResult], groups_of: Callable[[CaseResult, Unit, bool], Iterable[str]]
) -> dict[str, GroupScore]:
    """Group the units of every case; ``groups_of(case, unit, found)`` names a unit's groups."""
    groups: dict[str, GroupScore] = {}
    for case in cases:
        touched: set[str] = set()
        for unit in case.found:
            for name in groups_of(case, unit, True):
                group = groups.setdefault(name, GroupScore())
                group.found += 1
                group.right += unit in case.hits
                touched.add(name)
        for unit in case.expected:
            for name in groups_of(case, unit, False):
                group = groups.setdefault(name, GroupScore())
                group.expected += 1
                group.hits += unit in case.hits
                touched.add(name)
        for name in touched:
            groups[name].cases += 1
    return groups


def _ordered(groups: dict[str, GroupScore], order: list[str]) -> dict[str, GroupScore]:
    """The groups in a vocabulary's order, then any others by name."""
    rank = {name: i for i, name in enumerate(order)}
    return dict(sorted(groups.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0])))


def load_cases(cases_dir: str | Path) -> Iterator[dict[str, object]]:
    """The cases of ``cases_dir/cases.jsonl``, one dict each."""
    path = Path(cases_dir) / "cases.jsonl"
    if not path.is_file():
        raise CasesError(f"{cases_dir}: no cases.jsonl in this folder")
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                case = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise CasesError(f"{path}:{number}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
            except json.JSONDecodeError as exc:
                raise CasesError(f"{path}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(case, dict) or "id" not in case or "expected" not in case:
                raise CasesError(f"{path}:{number}: a case needs at least an id and an expected list")
            yield case


def case_format(case: dict[str, object]) -> str:
    """The kind of a case as the reader table names it: ``text/plain``, ``text/html``, ``html``, ``rss``."""
    kind = str(case.get("kind", "text"))
    return f"text/{case.get('text_format', 'plain')}" if kind == "text" else kind


def evaluate(
    cases_dir: str | Path,
    *,
    registry: OutletRegistry | None = None,
    readers: dict[str, CaseReader] | None = None,
    folds: int = DEFAULT_FOLDS,
    fold: int | None = None,
    except_fold: int | None = None,
) -> Evaluation:
    """Run the extractors over every case of ``cases_dir`` and score them.

    A case that crashes is recorded in ``errors`` (it never stops the run); a case whose kind has
    no reader yet is recorded in ``skipped``. With ``fold`` only the cases whose source family
    falls in that fold (of ``folds``) are scored, with ``except_fold`` all the others; the cases
    left out are not read at all. A bad fold is a ValueError.
    """
    selection = FoldSelection(folds, fold, except_fold)
    registry = registry if registry is not None else default_registry()
    readers = readers if readers is not None else CASE_READERS
    root = Path(cases_dir)
    evaluation = Evaluation(selection=selection)
    for case in list(load_cases(root)):
        family = source_family(str(case.get("source") or ""))
        if not selection.keeps(family):
            continue
        case_id = str(case["id"])
        fmt = case_format(case)
        reader = readers.get(fmt)
        if reader is None:
            evaluation.skipped[case_id] = f"no reader for {fmt} cases yet"
            continue
        try:
            found = [(doc.item, a) for doc in reader(case, root) for a in extract(doc, registry=registry)]
            result = _score_case(case, found, registry)
            result.family = family
            evaluation.cases.append(result)
        except ProvenanceError as exc:
            evaluation.errors[case_id] = str(exc)
    return evaluation


def _key(name: str, registry: OutletRegistry) -> str:
    known = registry.lookup(name)
    return known.id if known is not None else unknown_id(name)


def _score_case(
    case: dict[str, object], found: Iterable[tuple[str | None, Attribution]], registry: OutletRegistry
) -> CaseResult:
    labels = case.get("expected") or []
    if not isinstance(labels, list) or not all(
        isinstance(label, dict)
        and isinstance(label.get("outlet"), str)
        and isinstance(label.get("relation"), str)
        for label in labels
    ):
        raise CasesError(f"case {case['id']}: expected must be a list of {{outlet, relation}} labels")
    expected: set[Unit] = set()
    label_phrases: dict[Unit, set[str]] = {}
    self_keys: set[str] = set()
    for label in labels:
        key = _key(str(label["outlet"]), registry)
        if label.get("self_reference"):
            # (A name in a script of its own has no `name_key`: "" matches nothing.)
            self_keys.update({key, name_key(str(label["outlet"]))} - {""})
        else:
            unit = (key, str(label["relation"]), str(label.get("item") or ""))
            expected.add(unit)
            label_phrases.setdefault(unit, set()).add(str(label.get("phrase") or NONE))
    predicted: set[Unit] = set()
    found_phrases: dict[Unit, set[str]] = {}
    per_item = any(k[2] for k in expected) or str(case.get("kind")) in ("rss", "atom")
    for item, a in found:
        if a.relation is Relation.IMAGE_CREDIT or a.self_credit:
            continue
        keys = {a.outlet_id, name_key(a.outlet)} - {""}
        if keys & self_keys:
            continue
        # A prediction matches a label through either of its keys.
        matched = next((e[0] for e in expected if e[0] in keys), a.outlet_id)
        unit = (matched, a.relation.value, (item or "") if per_item else "")
        predicted.add(unit)
        found_phrases.setdefault(unit, set()).add(phrase_kind(a))
    # Feeds are scored per item: the unit is (outlet, relation, item).
    item_free = expected if per_item else {(k, r, "") for k, r, _ in expected}
    expected_phrases: dict[Unit, set[str]] = {}
    for (k, r, i), phrases in label_phrases.items():
        expected_phrases.setdefault((k, r, i) if per_item else (k, r, ""), set()).update(phrases)
    hits = predicted & item_free
    lenient_expected = {(k, i) for k, _, i in item_free}
    lenient_found = {(k, i) for k, _, i in predicted}
    notes = str(case.get("notes") or "")
    return CaseResult(
        id=str(case["id"]),
        ambiguous=notes.lower().startswith("ambiguous"),
        expected=item_free,
        found=predicted,
        hits=hits,
        misses=item_free - predicted,
        false=predicted - item_free,
        lenient_hits=len(lenient_found & lenient_expected),
        lenient_found=len(lenient_found),
        lenient_expected=len(lenient_expected),
        lang=str(case.get("lang") or NONE),
        expected_phrases=expected_phrases,
        found_phrases=found_phrases,
    )
