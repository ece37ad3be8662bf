"""Credits as they are worded, by kind of statement, and statements that are no credit.

`tests/data/wordings.json` holds about 1,100 short texts written for this project (the outlets
other than the agencies are made up): each kind of credit in the words of many languages and
layouts (feed footers in twenty languages, datelines of seventy agencies, source labels, bylines,
"contributed to this report" lines), and sentences that name an outlet without crediting it (told
Reuters, according to AFP, a photo's credit, a report named in passing). They were written to test
whether the rules capture how credits are written rather than the dev set's cases; each text here
is read as the battery that wrote it expects today, so a change to one rule that breaks another's
wording shows here.

A case: ``text`` (``{en}``, ``{en-short}``, ``{pl}`` and ``{story}`` stand for the sentences of
filler below), and either ``outlet`` and ``relation`` expected among the statements found
(``outlet`` null: any outlet; ``relation`` a ``|``-separated choice; ``contains``: the outlet's
name holds these words), or ``outlet`` null and no ``relation``: nothing but picture credits found.

Each text is also read with its lines joined and its spaces collapsed, as most excerpts of pages
come (markup removed, whitespace collapsed): a credit that stood on a line of its own must still be
read where it closes the text or follows a sentence. A case marked ``lines`` is read only where its
lines are kept (a byline's "(AFP)" before the story, a desk line "PAP/ISBnews", "AFP · 2 min read").

And each is read a third time between a page's furniture (a menu before it, share buttons and a
comment form after it, all on the same line): a name must end before "Share this" ("Source: Example
Daily Share this: Facebook"). A case marked ``edge`` is read only at the start or the end of a text
(an agency's name closing the text after its last sentence, a dateline with no dash and no date,
"(CNN) —" opening it): between a menu's words, such a place cannot be told from the menu.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import extract

_FILLER = {
    "{en}": "The council met on Tuesday to discuss the budget for the coming year. "
    "Members said the plan would be voted on next month.",
    "{en-short}": "The council met on Tuesday to discuss the budget for the coming year.",
    "{pl}": "Rząd przyjął budżet na przyszły rok. Posłowie mają głosować w przyszłym miesiącu.",
    "{de}": "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beraten. "
    "Die Mitglieder wollen im nächsten Monat darüber abstimmen.",
    "{es}": "El consejo se reunió el martes para debatir el presupuesto del próximo año. "
    "Los miembros votarán el plan el mes que viene.",
    "{story}": "More words follow in the story here.",
}
_CASES: list[dict[str, object]] = json.loads(
    (Path(__file__).parent / "data" / "wordings.json").read_text(encoding="utf-8")
)


def _text(case: dict[str, object]) -> str:
    text = str(case["text"])
    for key, words in _FILLER.items():
        text = text.replace(key, words)
    return text


def _joined(case: dict[str, object]) -> str:
    return " ".join(_text(case).split())


@pytest.mark.parametrize("case", _CASES, ids=[f"{c['battery']}-{i}" for i, c in enumerate(_CASES)])
def test_wording(case: dict[str, object]) -> None:
    _check(case, _text(case))


_JOINED = [c for c in _CASES if not c.get("lines")]


@pytest.mark.parametrize("case", _JOINED, ids=[f"{c['battery']}-{i}" for i, c in enumerate(_JOINED)])
def test_wording_with_lines_joined(case: dict[str, object]) -> None:
    _check(case, _joined(case))


_MENU = "Skip to content Menu Home News World Politics Business "
_FOOTER = " Share this: Facebook X Email Print Like this: Like Loading... Related Leave a Reply Cancel reply"
_FURNISHED = [c for c in _JOINED if not c.get("edge")]


@pytest.mark.parametrize("case", _FURNISHED, ids=[f"{c['battery']}-{i}" for i, c in enumerate(_FURNISHED)])
def test_wording_between_page_furniture(case: dict[str, object]) -> None:
    _check(case, _MENU + _joined(case) + _FOOTER)


def _check(case: dict[str, object], text: str) -> None:
    found = extract(text)
    outlet, relation = case["outlet"], case.get("relation")
    if outlet is None and relation is None:
        assert [(a.outlet, a.relation.value) for a in found if a.relation.value != "image_credit"] == []
        return
    relations = str(relation).split("|") if relation else None
    named = [
        a.outlet
        for a in found
        if (relations is None or a.relation.value in relations)
        and (
            outlet is None
            or (
                str(outlet).lower() in a.outlet.lower()
                if case.get("contains")
                else a.outlet.lower() == str(outlet).lower()
            )
        )
    ]
    assert named, [(a.outlet, a.relation.value, a.evidence.method) for a in found]


def test_few_cases_need_their_lines_or_the_edges() -> None:
    assert len(_CASES) - len(_JOINED) < 10
    assert len(_JOINED) - len(_FURNISHED) < 40


def test_the_batteries_hold_both_kinds() -> None:
    credits = sum(1 for c in _CASES if c["outlet"] is not None or c.get("relation") is not None)
    assert credits > 400 and len(_CASES) - credits > 150
