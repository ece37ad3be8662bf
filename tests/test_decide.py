"""The second stage: every context against its own examples and counterexamples."""

from __future__ import annotations

import pytest
import re2

from provenance import extract
from provenance.extractors import RULES, extractors_for
from provenance.extractors.contexts import CONTEXTS, SCREEN_WINDOW, Context, Verdict, Where
from provenance.extractors.decide import _Views, decided, judge
from provenance.models import Attribution, Document, Evidence, Location, Relation
from provenance.readers import html_document, text_document

EXAMPLES = [
    pytest.param(context, text, outlet, id=f"{context.id}:{i}")
    for context in CONTEXTS
    for i, (text, outlet) in enumerate(context.examples)
]
COUNTEREXAMPLES = [
    pytest.param(context, text, id=f"{context.id}:not{i}")
    for context in CONTEXTS
    for i, text in enumerate(context.counterexamples)
]
# Contexts whose examples cannot be plain text: each has a test of its own below.
_TESTED_APART = {"caption-region", "figure-source", "source-link-names-a-headline"}


# Credits of the text, in the shapes the contexts look at, that no context may overrule.
STANDING = {
    "dateline": "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to confirm the nominee.",
    "agency-copyright": "The vote is expected on Friday.\nCopyright 2021 The Associated Press. All rights "
    "reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "copyright-closing": "The talks ended without a deal.\n© 2021 Reuters",
    "source-after-figures-in-prose": "The index rose 1.2 percent to 4,512.3 points on Monday, its third gain "
    "in a row.\nSource: Reuters",
    "quelle-agency": "Die Bundesregierung will das Gesetz im Herbst beschließen.\nQuelle: dpa",
    "fuente-agency": "El Gobierno aprobó el decreto este martes.\nFuente: EFE",
    "quelle-after-temperatures": "Am Dienstag 12 bis 18 Grad, am Mittwoch 14 bis 20 Grad.\nQuelle: dpa",
    "source-institution-dated": "Source: Example Health Department, May 3, 2021",
    "source-after-quote": 'He said: "We will build it by 2030."\nSource: Xinhua',
    "source-after-percentages-in-prose": "Sales fell 3 percent in May, 2 percent in April and 1 percent in "
    "March.\nSource: Example Retail Association",
    "closing-parenthesis-de": "Das teilte die Polizei am Sonntag mit. (dpa)",
    "closing-parenthesis-it": "Il governo ha approvato il decreto, ha detto il ministro. (ANSA)",
    "closing-parenthesis-en-story": "LAGOS - Talks on the new budget resumed on Monday.\n"
    "The finance minister said a deal was close. (AFP)",
    "agency-byline": "By Jane Roe, Associated Press\nThe talks ended without a deal.",
    "first-appeared-article": "This story first appeared in Example Weekly on March 3.",
    "first-appeared-pronoun": "It first appeared on Example Blog.",
    "first-appeared-in-month": "This essay first appeared in Example Weekly in March.",
    "parts-of-this-column": "Parts of this column originally appeared in Example Weekly.",
    "originally-published-dated": "Originally published by Example News on May 3, 2021.",
    "courtesy-of-outlet": "Courtesy of Example Daily",
}


def _candidates(doc: Document) -> list[Attribution]:
    """What the extractors report before the decision."""
    return [a for extractor in extractors_for() for a in extractor.extract(doc)]


def test_context_ids_are_unique() -> None:
    ids = [c.id for c in CONTEXTS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("context", CONTEXTS, ids=[c.id for c in CONTEXTS])
def test_every_context_is_described_and_has_examples(context: Context) -> None:
    assert context.description
    assert context.relations
    assert context.examples or context.id in _TESTED_APART


@pytest.mark.parametrize("context", CONTEXTS, ids=[c.id for c in CONTEXTS])
def test_contexts_judge_rules_that_exist(context: Context) -> None:
    rule_ids = {f"text:{rule.id}" for rule in RULES}
    for method in context.methods:
        assert method.endswith(":") or method in rule_ids, method


@pytest.mark.parametrize("context", CONTEXTS, ids=[c.id for c in CONTEXTS])
def test_screens_reach_as_far_as_the_checks(context: Context) -> None:
    """A screen is searched within SCREEN_WINDOW characters: no check may look further."""
    for check in context.checks:
        if check.where not in (Where.NAME, Where.URL, Where.EVIDENCE):
            assert check.window <= SCREEN_WINDOW
    if context.screen:
        assert re2.compile(context.screen)


@pytest.mark.parametrize(("context", "text", "outlet"), EXAMPLES)
def test_context_overrules_its_examples(context: Context, text: str, outlet: str) -> None:
    doc = text_document(text)
    judged = {a.outlet: judge(a, doc) for a in _candidates(doc) if a.relation is not Relation.IMAGE_CREDIT}
    assert outlet in judged, f"no candidate {outlet!r} in {sorted(judged)}"
    assert judged[outlet] is context
    after = [a for a in extract(text) if a.outlet == outlet]
    assert all(a.relation is Relation.IMAGE_CREDIT for a in after)
    if context.verdict is Verdict.IMAGE:
        assert after, "a picture credit is kept as one"


@pytest.mark.parametrize(("context", "text", "outlet"), EXAMPLES)
def test_context_overrules_its_examples_written_with_no_break_spaces(
    context: Context, text: str, outlet: str
) -> None:
    # The rules read a no-break space as a space (`text.plain_text`); the checks read it so too.
    written = text.replace(" ", "\u00a0")
    after = [a for a in extract(written) if a.outlet.replace("\u00a0", " ") == outlet]
    assert all(a.relation is Relation.IMAGE_CREDIT for a in after)


@pytest.mark.parametrize(("context", "text"), COUNTEREXAMPLES)
def test_context_leaves_its_counterexamples(context: Context, text: str) -> None:
    doc = text_document(text)
    candidates = [a for a in _candidates(doc) if a.relation is not Relation.IMAGE_CREDIT]
    assert candidates, "a counterexample must hold a candidate for the context to leave alone"
    assert [a.outlet for a in candidates if judge(a, doc) is context] == []
    assert any(a.relation is not Relation.IMAGE_CREDIT for a in extract(text))


@pytest.mark.parametrize("text", STANDING.values(), ids=STANDING.keys())
def test_credits_of_the_text_stand(text: str) -> None:
    doc = text_document(text)
    candidates = [a for a in _candidates(doc) if a.relation is not Relation.IMAGE_CREDIT]
    assert candidates
    assert [(a.outlet, judge(a, doc)) for a in candidates] == [(a.outlet, None) for a in candidates]


def test_agency_in_a_figure_caption_credits_the_picture() -> None:
    page = (
        "<html><body><article><p>The neon signs of the old town were restored last year by a team of "
        "volunteers, who worked on them for months.</p><figure><img src=x.jpg><figcaption>A neon sign on "
        "the roof of the station in 1989. (AP)</figcaption></figure><p>More of the story follows here, "
        "long enough to be a paragraph of its body.</p></article></body></html>"
    )
    doc = html_document(page, "page.html", url="https://www.example-city.com/a")
    judged = [(a.outlet, judge(a, doc)) for a in _candidates(doc) if a.relation is Relation.WIRE_CREDIT]
    assert [(outlet, c.id if c else None) for outlet, c in judged] == [("AP", "caption-region")]
    assert [a.relation for a in extract(doc)] == [Relation.IMAGE_CREDIT]


def _figure_page(caption: str) -> str:
    return (
        "<html><body><article><p>The number of people out of work fell again in April, the third "
        "fall in a row, and the state's economists expect it to fall further.</p><figure><img "
        f"src=chart.png><figcaption>{caption}</figcaption></figure><p>More of the story follows here, "
        "long enough to be a paragraph of its body.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("caption", "outlet"),
    [
        (
            "Unemployment rate, seasonally adjusted. Source: Bureau of Labor Statistics",
            "Bureau of Labor Statistics",
        ),
        ("Protesters outside the parliament on Tuesday. Source: Reuters", "Reuters"),
    ],
)
def test_a_source_line_in_a_figure_caption_credits_the_figure(caption: str, outlet: str) -> None:
    doc = html_document(_figure_page(caption), "page.html", url="https://www.example-city.com/a")
    judged = [(a.outlet, judge(a, doc)) for a in _candidates(doc) if a.relation is not Relation.IMAGE_CREDIT]
    assert [(name, c.id if c else None) for name, c in judged] == [(outlet, "figure-source")]
    assert [(a.outlet, a.relation) for a in extract(doc)] == [(outlet, Relation.IMAGE_CREDIT)]


def test_a_source_line_a_plain_text_reader_takes_for_a_caption_stays_a_credit() -> None:
    # The same words as a plain text's header line: its reader guesses a caption from the layout.
    text = (
        "Jobless Rate Falls Again\nFonte: La Repubblica, 1 marzo 2020\n"
        + "The rate fell again in April. " * 8
    )
    doc = text_document(text)
    found = [a for a in _candidates(doc) if a.outlet == "La Repubblica"]
    assert [a.evidence.location for a in found] == [Location.CAPTION]
    assert [(a.outlet, a.relation) for a in extract(text)] == [("La Repubblica", Relation.SOURCE_CREDIT)]


def test_a_picture_credit_read_twice_is_reported_once() -> None:
    doc = Document(text="Quelle: Unsplash")
    evidence = Evidence(
        text="Quelle: Unsplash", start=0, end=16, method="text:source-line", location=Location.BODY
    )
    source = Attribution(
        relation=Relation.SOURCE_CREDIT,
        outlet="Unsplash",
        outlet_id="unsplash",
        evidence=evidence,
        confidence=0.7,
    )
    image = source.model_copy(
        update={
            "relation": Relation.IMAGE_CREDIT,
            "evidence": evidence.model_copy(update={"method": "text:photo-credit"}),
        }
    )
    assert decided([image, source], doc) == [image]


def test_decided_keeps_what_no_context_fits_in_order() -> None:
    text = "LONDON (Reuters) - Shares fell on Monday.\nThis article originally appeared on Example Weekly."
    doc = text_document(text)
    found = _candidates(doc)
    assert decided(found, doc) == found


@pytest.mark.parametrize("where", list(Where), ids=[w.value for w in Where])
def test_views_are_bounded_by_their_window(where: Where) -> None:
    """The cost of a decision does not grow with the document: every view is a small window."""
    text = "word " * 20_000 + "Source: Example" + " more" * 20_000
    start = text.index("Source")
    evidence = Evidence(
        text="Source: Example", start=start, end=start + 15, method="text:source-line", location=Location.BODY
    )
    a = Attribution(
        relation=Relation.SOURCE_CREDIT,
        outlet="Example",
        outlet_id="example",
        evidence=evidence,
        confidence=0.7,
    )
    view = _Views(a, text).get(where, 120)
    assert len(view) <= 2 * 120 + len(evidence.text)


def test_a_list_of_links_to_articles_under_a_source_label_credits_nobody() -> None:
    items = "".join(
        f'<li><a href="https://{host}/">{words}</a></li>'
        for host, words in (
            ("example-zeitung.de", "example-zeitung.de: Koalition einigt sich auf Änderungen beim Gesetz"),
            ("example-blatt.de", "Example Blatt: Lokführer stimmen für unbefristeten Streik"),
        )
    )
    html = f"<p>Diese Woche: Heizung und Bahn.</p><p><strong>Quellen:</strong></p><ul>{items}</ul>"
    doc = html_document(html, "item.html", url="https://example-podcast.de/folge-1/")
    assert [a for a in extract(doc) if a.relation is not Relation.IMAGE_CREDIT] == []
    one = html_document(
        '<p>Die Gespräche enden.</p><p>Quelle: <a href="https://example-zeitung.de/">Example Zeitung</a></p>',
        "item.html",
        url="https://example-podcast.de/folge-2/",
    )
    assert [a.outlet for a in extract(one)] == ["Example Zeitung"]


def test_a_dispatch_after_a_pictures_credit_of_the_same_agency_is_the_storys() -> None:
    # CNA's photographer credits the picture, then the story opens with CNA's dispatch.
    text = (
        "市長說明進度。（中央社記者王大明攝 113年5月12日） （中央社記者王大明台中12日電）綠線延伸案獲核定。"
    )
    assert sorted((a.outlet, a.relation.value) for a in extract(text)) == [
        ("中央社", "image_credit"),
        ("中央社", "wire_credit"),
    ]
