"""Score the extractors on a labelled case set in the format of ``shared/data/dev``.

A case set is a folder with ``cases.jsonl`` (one case a line: ``id``, ``kind``, ``text`` or
``file``, ``page_url``, ``expected`` credits, ``notes``) and the whole documents under ``docs/``.
The unit scored is (case, outlet, relation[, item]). Self-references (the credited outlet is the
host) are neither hits nor misses; picture credits are left out of precision. Strict figures
need outlet and relation right; lenient figures the outlet only. An outlet matches when both
names resolve to the same outlet, or their keys agree (case, "The", "www." and a domain suffix
do not count).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from provenance._exceptions import CasesError, ProvenanceError
from provenance.extractors import default_registry, extract
from provenance.models import Attribution, Document, Relation
from provenance.readers import DEFAULT_MAX_BYTES, html_document, read_feed, read_html, text_document
from provenance.resolver import OutletRegistry, name_key

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


CASE_READERS: dict[str, CaseReader] = {
    "text/plain": _plain_text,
    "text/html": _html,
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
class Evaluation:
    """The scores of a case set: strict and lenient, with and without the ambiguous cases."""

    cases: list[CaseResult] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

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

    def as_dict(self) -> dict[str, object]:
        return {
            "cases": len(self.cases),
            "skipped": dict(sorted(self.skipped.items())),
            "errors": dict(sorted(self.errors.items())),
            "strict": self.score().as_dict(),
            "lenient": self.score(strict=False).as_dict(),
            "strict_unambiguous": self.score(ambiguous=False).as_dict(),
            "lenient_unambiguous": self.score(strict=False, ambiguous=False).as_dict(),
            "misses": {
                c.id: {"missed": sorted(map(list, c.misses)), "false": sorted(map(list, c.false))}
                for c in self.cases
                if c.misses or c.false
            },
        }


def load_cases(cases_dir: str | Path) -> Iterator[dict[str, object]]:
    """The cases of ``cases_dir/cases.jsonl``, one dict each."""
    path = Path(cases_dir) / "cases.jsonl"
    if not path.is_file():
        raise CasesError(f"{cases_dir}: no cases.jsonl in this folder")
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
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
) -> Evaluation:
    """Run the extractors over every case of ``cases_dir`` and score them.

    A case that crashes is recorded in ``errors`` (it never stops the run); a case whose kind has
    no reader yet is recorded in ``skipped``.
    """
    registry = registry if registry is not None else default_registry()
    readers = readers if readers is not None else CASE_READERS
    root = Path(cases_dir)
    evaluation = Evaluation()
    for case in list(load_cases(root)):
        case_id = str(case["id"])
        fmt = case_format(case)
        reader = readers.get(fmt)
        if reader is None:
            evaluation.skipped[case_id] = f"no reader for {fmt} cases yet"
            continue
        try:
            found = [(doc.item, a) for doc in reader(case, root) for a in extract(doc, registry=registry)]
            evaluation.cases.append(_score_case(case, found, registry))
        except ProvenanceError as exc:
            evaluation.errors[case_id] = str(exc)
    return evaluation


def _key(name: str, registry: OutletRegistry) -> str:
    known = registry.lookup(name)
    return known.id if known is not None else name_key(name)


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
    self_keys: set[str] = set()
    for label in labels:
        key = _key(str(label["outlet"]), registry)
        if label.get("self_reference"):
            self_keys.update({key, name_key(str(label["outlet"]))})
        else:
            expected.add((key, str(label["relation"]), str(label.get("item") or "")))
    predicted: set[Unit] = set()
    aliases: dict[str, str] = {}
    per_item = any(k[2] for k in expected) or str(case.get("kind")) in ("rss", "atom")
    for item, a in found:
        if a.relation is Relation.IMAGE_CREDIT or a.self_credit:
            continue
        keys = {a.outlet_id, name_key(a.outlet)}
        if keys & self_keys:
            continue
        # A prediction matches a label through either of its keys.
        matched = next((e[0] for e in expected if e[0] in keys), a.outlet_id)
        aliases[a.outlet_id] = matched
        predicted.add((matched, a.relation.value, (item or "") if per_item else ""))
    # Feeds are scored per item: the unit is (outlet, relation, item).
    item_free = expected if per_item else {(k, r, "") for k, r, _ in expected}
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
    )
