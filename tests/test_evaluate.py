"""Scoring: the arithmetic on a small made-up set, and the dev set's thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import CasesError
from provenance.evaluate import evaluate


def _write(tmp_path: Path, cases: list[dict[str, object]]) -> Path:
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    return tmp_path


def test_scoring_arithmetic(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        [
            {
                "id": "hit",
                "kind": "text",
                "text": "LONDON (Reuters) - Shares fell.",
                "expected": [{"outlet": "REUTERS", "relation": "wire_credit"}],
            },
            {
                "id": "wrong-relation",
                "kind": "text",
                "text": "Source: Example Wire Service",
                "expected": [{"outlet": "Example Wire Service", "relation": "wire_credit"}],
            },
            {
                "id": "miss",
                "kind": "text",
                "text": "Nothing here.",
                "expected": [{"outlet": "AP", "relation": "wire_credit"}],
                "notes": "ambiguous: test",
            },
            {
                "id": "self",
                "kind": "text",
                "text": "Originally published on Live Science.",
                "page_url": "https://www.livescience.com/x",
                "expected": [
                    {"outlet": "Live Science", "relation": "republished_from", "self_reference": True}
                ],
            },
            {"id": "archive", "kind": "warc", "file": "docs/x.warc.gz", "expected": []},
        ],
    )
    evaluation = evaluate(root)
    strict, lenient = evaluation.score(), evaluation.score(strict=False)
    assert (strict.hits, strict.found, strict.expected) == (1, 2, 3)
    assert (lenient.hits, lenient.found, lenient.expected) == (2, 2, 3)
    unambiguous = evaluation.score(ambiguous=False)
    assert (unambiguous.hits, unambiguous.found, unambiguous.expected) == (1, 2, 2)
    assert evaluation.skipped == {"archive": "no reader for warc cases yet"}
    assert strict.precision == pytest.approx(0.5)
    assert strict.f1 == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))


def test_bad_case_file(tmp_path: Path) -> None:
    (tmp_path / "cases.jsonl").write_text('{"id": "a", "expected": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(CasesError, match=r"cases\.jsonl:2: not JSON"):
        evaluate(tmp_path)
    with pytest.raises(CasesError, match=r"no cases\.jsonl"):
        evaluate(tmp_path / "elsewhere")


def test_dev_set_plain_text(dev_dir: Path) -> None:
    evaluation = evaluate(dev_dir)
    strict = evaluation.score()
    assert evaluation.errors == {}
    assert len(evaluation.cases) >= 40
    assert strict.precision >= 0.95, evaluation.as_dict()["misses"]
    assert strict.recall >= 0.90, evaluation.as_dict()["misses"]
