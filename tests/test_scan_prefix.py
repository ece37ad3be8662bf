"""The scan looks for each trigger's prefix: it must match wherever the whole trigger does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import re2

from provenance.extractors import default_registry
from provenance.extractors.rules import RULES
from provenance.extractors.scan_prefix import scan_prefix
from provenance.extractors.text import TextExtractor, without_groups
from provenance.readers import text_document

_WORDINGS = Path(__file__).parent / "data" / "wordings.json"


def _texts() -> list[str]:
    texts = [str(case["text"]) for case in json.loads(_WORDINGS.read_text(encoding="utf-8"))]
    texts += [example for rule in RULES for example, _ in rule.examples]
    texts += [text for rule in RULES for text in rule.counterexamples]
    return texts


def test_every_trigger_start_is_a_start_of_its_prefix() -> None:
    extractor = TextExtractor(default_registry())
    text = "\n".join(_texts())
    cut = 0
    for trigger, prefix in zip(extractor._triggers, extractor._scan_triggers, strict=True):
        if prefix == trigger:
            continue
        cut += 1
        whole = re2.compile(without_groups(trigger))
        start = re2.compile(without_groups(prefix))
        starts = [m.start() for m in whole.finditer(text)]
        assert all(start.match(text, s) is not None for s in starts), prefix
    assert cut >= 5  # the test reads the triggers that were cut


@pytest.mark.parametrize(
    ("pattern", "prefix"),
    [
        # a count of characters past the limit ends the prefix; a small one stays
        (r"ab[^\n]{0,60}c", "ab"),
        (r"ab\d{1,2}c", r"ab\d{1,2}c"),
        (r"ab\d{2,}c", "ab"),
        (r"a[^x]{1,40}?b", "a"),
        # a group counted past twice ends it; once or twice stays
        (r"a(?:\s+\w+){0,3}b", "a"),
        (r"a(?:\s+\w+){1,2}b", r"a(?:\s+\w+){1,2}b"),
        # cut inside a group: the group, once (optional where it may be absent), ends the prefix
        (r"x(?:a[^y]{0,50}b|c)d", "x(?:a|c)"),
        (r"x(?P<n>a[^y]{0,50}b)?d", "x(?P<n>a)?"),
        (r"x(?:a.{0,50}b)+d", "x(?:a)"),
        # alternatives at the top are each cut alone
        (r"a.{0,40}b|cd", "a|cd"),
        # classes and escapes read whole: a "]" first in a class, escaped brackets, \p{..}
        (r"[]a]{0,20}x", ""),
        (r"[\]\[]x.{0,20}y", r"[\]\[]x"),
        (r"\p{Lu}\pL+\{2,30\}", r"\p{Lu}\pL+\{2,30\}"),
        (r"(?i:ab(?m:^)c{0,9})d", "(?i:ab(?m:^))"),
    ],
)
def test_scan_prefix(pattern: str, prefix: str) -> None:
    assert scan_prefix(pattern) == prefix


def test_an_unbalanced_pattern_is_refused() -> None:
    with pytest.raises(ValueError, match="unbalanced"):
        scan_prefix("a)b")
    with pytest.raises(ValueError, match="unbalanced"):
        scan_prefix("(a")


@pytest.mark.parametrize("filler", ["(" * 1000, "(Note " * 1000, "By Jane " * 1000])
def test_a_text_of_prefixes_still_reads_its_credits(filler: str) -> None:
    """Past `MAX_PREFIX_MISSES` places that start a prefix and no trigger, the scan looks for
    the whole triggers: the credit after them is still found, once."""
    text = filler + "\nLONDON (Reuters) - Shares fell.\nThe post Shares fell appeared first on South Front."
    found = [
        (a.outlet, a.evidence.method) for a in TextExtractor(default_registry()).extract(text_document(text))
    ]
    assert sorted(found) == [("Reuters", "text:wire-dateline"), ("South Front", "text:yoast-footer")]
