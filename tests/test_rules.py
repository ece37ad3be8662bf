"""Every rule of the library against its own real examples and counterexamples."""

from __future__ import annotations

import re

import pytest
import re2

from provenance import extract
from provenance.extractors.rules import RULES, Rule
from provenance.models import Relation

POSITIVE = [
    pytest.param(rule, text, outlets, id=f"{rule.id}:{i}")
    for rule in RULES
    for i, (text, outlets) in enumerate(rule.examples)
]
NEGATIVE = [
    pytest.param(rule, text, id=f"{rule.id}:not{i}")
    for rule in RULES
    for i, text in enumerate(rule.counterexamples)
]


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


def test_a_shared_trigger_is_one_group() -> None:
    """Rules that share a trigger share its case too: the scan holds a trigger once per case, and
    a trigger as long as the agencies' names twice makes its automaton much larger."""
    cases: dict[str, set[bool]] = {}
    for rule in RULES:
        cases.setdefault(rule.trigger, set()).add(rule.case_sensitive)
    assert [trigger[:60] for trigger, seen in cases.items() if len(seen) > 1] == []


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_rule_has_examples_and_languages(rule: Rule) -> None:
    assert rule.examples, f"{rule.id} has no example"
    assert rule.languages
    assert 0 < rule.weight <= 1


@pytest.mark.parametrize(("rule", "text", "outlets"), POSITIVE)
def test_rule_fires_on_its_examples(rule: Rule, text: str, outlets: tuple[str, ...]) -> None:
    found = [a for a in extract(text) if a.evidence.method == f"text:{rule.id}"]
    assert [a.outlet for a in found] == list(outlets) or sorted(a.outlet for a in found) == sorted(outlets)
    for a in found:
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text
        # The name is in the words, or the rule knows it from their shape ("Reporting by X;
        # Editing by Y" is Reuters').
        assert a.outlet in a.evidence.text or rule.fixed_outlet is not None


@pytest.mark.parametrize(("rule", "text"), NEGATIVE)
def test_rule_ignores_its_counterexamples(rule: Rule, text: str) -> None:
    assert [a for a in extract(text) if a.evidence.method == f"text:{rule.id}"] == []


# Statements that are not syndication, whatever rule looks at them.
NOT_SYNDICATION = {
    "told-reuters": "The minister told Reuters on Monday that talks would resume.",
    "according-to-cnn": "The deal is worth $2 billion, according to CNN.",
    "according-to-reuters-start": "According to Reuters, the company is being investigated.",
    "interview-with": "She said in an interview with The Associated Press that she would run.",
    "email-to-ap": "His lawyer said in an email to The Associated Press that he is innocent.",
    "sagte-der-dpa": "Das sei ein Fehler, sagte ein Sprecher der Deutschen Presse-Agentur (dpa) am Abend.",
    "sagte-dpa-short": "Die Lage sei ernst, sagte eine Sprecherin der dpa.",
    "read-more": "Read more: Originally published by ZeroHedge, the story spread",
    "more-on-topic": "Body text of the story, long enough to count as a paragraph here.\n"
    "MORE ON THE TOPIC:\n- Originally published by Someone Else\n- Another headline here",
    "related": "Related: The post Foo appeared first on Bar",
    "date-only-published-at": "This story was originally published at 2:05 p.m. and has been updated.",
    "date-only-first-published": "First published on 3 May 2023.",
    "date-only-weekday": "First published on Tue 3 May 2022 12.00 BST",
    "reprinted-on": "This article was reprinted on Wired.com.",
    "cross-posted-to": "This thread was cross-posted to Bluesky.",
    "author-bio": "Dan is the security editor, who joined after working for The Register and Bloomberg News.",
    "journalist-reported": "An Associated Press journalist in the area reported hearing gunfire.",
    "news-agencies": "SOURCE: News agencies",
    "party-abbreviation": "Die FDP lehnt die Pläne ab, Olaf Scholz (SPD) hat sich skeptisch geäußert.",
    "licence": "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.",
    "copyright-reprint": "Nachdruck und Weiterverbreitung, auch auszugsweise, nur mit Genehmigung.",
    "other-editions": "Items originally published on other editions of the site are the property of its owner.",
    "data-source": "Beitrag 260 € 268 € Quelle: Statistisches Bundesamt (Stand: 5. Februar 2020)",
}


@pytest.mark.parametrize("text", NOT_SYNDICATION.values(), ids=NOT_SYNDICATION.keys())
def test_not_syndication(text: str) -> None:
    found = [a for a in extract(text) if a.relation is not Relation.IMAGE_CREDIT]
    assert found == []


def test_host_copyright_line_is_a_self_credit() -> None:
    found = extract("The story ends here.\n© 2024 Thomson Reuters", url="https://www.reuters.com/world/x")
    assert [a.self_credit for a in found] == [True]
    assert found[0].layer is None


# Windows where a look-back of a picture's credit or of a mention matches: each screen must find
# something in every one (a screen that misses would let the statement through).
_LOOK_BACK_WINDOWS = [
    "Foto: Jane Roe (",
    "Photo by Jane Roe/",
    "Bildquelle: Archiv ",
    "© APA/APA (",
    "Фото: Иван Иванов / ",
    "图片来源：",
    "Vídeo: ",
    "ภาพ: ",
    "the minister told ",
    "According to a report by the ",
    "Tags: Politics, ",
    "| DAX | +1.1% |\nSource: ",
    "Share this article on ",
    "As featured in: The Example Times · ",
    "(c) 2024 Example ",
    "CLICK HERE TO GET THE EXAMPLE NEWS ",
]


@pytest.mark.parametrize("rule", [r for r in RULES if r.not_before_screen], ids=lambda r: r.id)
def test_a_look_backs_screen_finds_what_the_look_back_finds(rule: Rule) -> None:
    assert rule.not_before is not None and rule.not_before_screen is not None
    flags = re.MULTILINE | (0 if rule.case_sensitive else re.IGNORECASE)
    look_back = re.compile(rule.not_before, flags)
    screen = re2.compile(rule.not_before_screen)
    texts = [*_LOOK_BACK_WINDOWS, *(t for t, _ in rule.examples), *rule.counterexamples]
    matched = 0
    for text in texts:
        for end in range(len(text) + 1):
            window = text[max(0, end - rule.not_before_window) : end]
            if look_back.search(window) is not None:
                matched += 1
                assert screen.search(window) is not None, (rule.id, window)
    assert matched  # the windows above do reach the look-back
