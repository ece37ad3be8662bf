"""The backward reading of end-anchored look-backs gives the forward search's answer, always."""

from __future__ import annotations

import re

import pytest

from provenance.extractors.backwards import ends_here, reverse_end_anchored
from provenance.extractors.rules import RULES, Rule

# Text that exercises the edges: word boundaries, line starts, case, punctuation, non-ASCII
# letters and the Kelvin sign and long s that re's IGNORECASE folds onto "k" and "s".
PROBES = (
    "The post A story appeared first on",
    "By Jane Doe and John Roe, The Associated Press",
    "BY JANE DOE | ",
    "(AP Photo/Evan Vucci) via ",
    "68% of deaths were in the city\n  Source: ",
    "the\n\nthe  ",
    "Moscow in April: Russian Defense Ministry Press Service via ",
    "© 2020 Thomson ",
    "LONDON, May 3 ",
    "ſource KELVIN \u212aelvin ÉCOLE école Ärger ÄRGER ",
    "x(y)z - (c) Copyright ",
    "",
)

CONSTRUCTS = (
    (r"\bthe\s+\Z", re.IGNORECASE),
    (r"(?:^|[^\w])[A-ZÀ-Þ]{3,}(?:[ ,.'-]+\w[\w.'-]*){0,4}\s\Z", re.MULTILINE),
    (r"^\s*\Z", re.MULTILINE),
    (r"\n$\s*\Z", re.MULTILINE),
    (r"(?P<title>[^\n]{1,30}?)\s+\Z", re.MULTILINE),
    (r"(?:a|b)*?c?\Z|\d\s?%[^\n]{0,10}\n\s*\Z", re.IGNORECASE | re.MULTILINE),
    (r"\Athe\Z|\Bhe\Z", re.IGNORECASE),
    (r"(s|k)\s+\Z", re.IGNORECASE),
    (r"(?i:a)b\Z|(?-i:\bThe\b)[^\n]{0,20}\Z", re.IGNORECASE),
    (r"(?m:^x)\s*\Z", 0),
    # Look-arounds: a look-behind of one character (at the window's edge the reversed text holds
    # the one character before the window), a look-ahead of any fixed width.
    (r"(?<=[a-z])[ \t]+[A-Z]\w*\s*\Z", 0),
    (r"(?<!\w)the\s+\Z|(?<=\n)\s*\Z", re.IGNORECASE),
    (r"y(?=\n)\s*\Z|the(?! post)\s[^\n]{0,9}\Z", 0),
)

IRREVERSIBLE = (
    (r"via\s+", 0),  # not anchored at the end
    (r"x\Z|y", 0),  # one alternative is not
    (r"(?<=xy)z\Z", 0),  # a look-behind of two characters could look past the window's edge
    (r"a(?=b*)\Z|x", 0),  # a look-ahead of no fixed width (and an alternative not anchored)
    (r"a(?=b+)c*\Z", 0),  # a look-ahead of no fixed width
    (r"(a)\1\Z", 0),
    (r"(?>ab)\Z", 0),
    (r"a++\Z", 0),
    (r"^a\Z", 0),  # "^" without MULTILINE has no mirror
    (r"(?-m:^a)\Z", re.MULTILINE),  # nor inside a group that turns it off
)


def assert_agrees(
    forward: re.Pattern[str], text: str, windows: tuple[int, ...] = (0, 1, 3, 12, 60, 400)
) -> None:
    backward = reverse_end_anchored(forward)
    assert backward is not None
    for end in range(len(text) + 1):
        for window in windows:
            start = max(0, end - window)
            answer = ends_here(backward, text, start, end)
            if answer is not None:
                expected = forward.search(text, start, end) is not None
                assert answer is expected, (forward.pattern, text[start:end], start, end)


@pytest.mark.parametrize(("pattern", "flags"), CONSTRUCTS, ids=[p for p, _ in CONSTRUCTS])
def test_a_reversed_construct_answers_as_the_forward_search(pattern: str, flags: int) -> None:
    forward = re.compile(pattern, flags)
    for probe in PROBES:
        assert_agrees(forward, probe)


@pytest.mark.parametrize(("pattern", "flags"), IRREVERSIBLE, ids=[p for p, _ in IRREVERSIBLE])
def test_what_cannot_be_reversed_exactly_is_left_to_the_forward_search(pattern: str, flags: int) -> None:
    assert reverse_end_anchored(re.compile(pattern, flags)) is None


CHECKS = [
    (rule, kind, pattern)
    for rule in RULES
    for kind, pattern in (("before", rule.before), ("not_before", rule.not_before))
    if pattern
]


@pytest.mark.parametrize(
    ("rule", "kind", "pattern"), CHECKS, ids=[f"{rule.id}-{kind}" for rule, kind, _ in CHECKS]
)
def test_every_look_back_of_the_rules_reads_backwards_as_forwards(
    rule: Rule, kind: str, pattern: str
) -> None:
    flags = re.MULTILINE | (0 if rule.case_sensitive else re.IGNORECASE)
    forward = re.compile(pattern, flags)
    if reverse_end_anchored(forward) is None:
        pytest.skip("not reversible: the extractor keeps the forward search")
    texts = [example for example, _ in rule.examples] + list(rule.counterexamples)
    for text in texts + list(PROBES):
        assert_agrees(forward, text)


def test_a_match_that_takes_in_the_character_before_the_window_is_left_undecided() -> None:
    backward = reverse_end_anchored(re.compile(r"\w+ \Z"))
    assert backward is not None
    # "ab " from 1: the reversed match runs on to "a", before the window; "b " alone also matches.
    assert ends_here(backward, "ab ", 1, 3) is None
    assert ends_here(backward, "ab ", 0, 3) is True
    assert ends_here(backward, " b ", 1, 3) is True


# The look-backs that cannot be read backwards (a look-behind longer than one character): each
# costs a forward search of its window at every trigger hit, so a new one is a slowdown to see.
FORWARD_ONLY = {("agency-after-byline-line", "not_before"), ("outlet-avec-agency", "before")}


def test_only_the_known_look_backs_keep_the_forward_search() -> None:
    forward_only = {
        (rule.id, kind)
        for rule, kind, pattern in CHECKS
        if reverse_end_anchored(
            re.compile(pattern, re.MULTILINE | (0 if rule.case_sensitive else re.IGNORECASE))
        )
        is None
    }
    assert forward_only == FORWARD_ONLY
