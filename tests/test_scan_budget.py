"""The trigger scan stays within its automaton's memory budget, with room to spare.

RE2 builds the states of its automata as a text needs them, within `text.SCAN_MAX_MEM`; past it,
a search falls back to a matcher about a hundred times slower and says only "DFA out of memory" on
stderr. One trigger more can tip the scan over (a wider trigger did: the credit corpus of
`benchmarks/extract_text.py` went from 120 us to 4.6 ms a document). So the scan is run here with
half its budget over a corpus of many kinds of text: every wording of `tests/data/wordings.json`
and generated articles with credits; a rule that needs more memory than that fails here first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import re2

from provenance.extractors import default_registry
from provenance.extractors import text as text_module
from provenance.extractors.text import SCAN_MAX_MEM, TextExtractor
from provenance.readers import text_document
from provenance.synthetic import generate

_WORDINGS = Path(__file__).parent / "data" / "wordings.json"


def _corpus() -> list[str]:
    cases = json.loads(_WORDINGS.read_text(encoding="utf-8"))
    texts = [str(case["text"]) for case in cases]
    articles = [doc.text for doc in generate(400, seed=3)]
    # Wordings one after another, as the lines of long pages, and each article alone.
    return ["\n".join(texts[i : i + 20]) for i in range(0, len(texts), 20)] + articles


def _scan(budget: int, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    options = re2.Options()
    options.max_mem = budget
    monkeypatch.setattr(text_module, "_OPTIONS", options)
    extractor = TextExtractor(default_registry())
    capfd.readouterr()
    for text in _corpus():
        list(extractor.extract(text_document(text)))
    return capfd.readouterr().err


def test_the_scan_needs_less_than_half_its_budget(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "DFA out of memory" not in _scan(SCAN_MAX_MEM // 2, capfd, monkeypatch)


def test_a_budget_too_small_is_seen(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corpus reaches far enough into the automaton to show a budget that is too small."""
    assert "DFA out of memory" in _scan(SCAN_MAX_MEM // 8, capfd, monkeypatch)
