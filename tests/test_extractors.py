"""Extraction end to end: the seed, layers, self-credits, offsets, and robustness on any text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import Attribution, Location, Relation, extract, read_path, text_document
from provenance.extractors import extractors_for
from provenance.readers import html_document


def _summary(found: list[Attribution]) -> list[tuple[str, str, int | None, str]]:
    return [(a.relation.value, a.outlet_id, a.layer, a.evidence.location.value) for a in found]


def test_seed(seed_path: Path) -> None:
    found = extract(read_path(seed_path)[0])
    assert _summary(found) == [
        ("republished_from", "southfront", 0, "footer"),
        ("republished_from", "zerohedge", 1, "header"),
        ("image_credit", "ap", 0, "caption"),
        ("image_credit", "russia-mod-press-service", 1, "caption"),
    ]
    assert found[0].title == "China Rebuffs Pentagon Chief For Talks Due To Sanctions On Top General"
    assert found[0].evidence.method == "text:yoast-footer"
    assert found[1].evidence.text == "Originally published by ZeroHedge"


def test_seed_has_no_quote_attribution_or_related_titles(seed_path: Path) -> None:
    outlets = " ".join(a.outlet for a in extract(read_path(seed_path)[0]))
    assert "Center for Strategic" not in outlets
    assert "Decoupling" not in outlets and "NATO" not in outlets


def test_evidence_is_verbatim(seed_path: Path) -> None:
    doc = read_path(seed_path)[0]
    for a in extract(doc):
        assert doc.text[a.evidence.start : a.evidence.end] == a.evidence.text
        assert a.outlet in a.evidence.text


def test_offsets_after_non_ascii_text() -> None:
    text = "Ünïcödé «prose» — ça va? " * 50 + "\nMADRID (EFE).- Сообщение"
    found = extract(text)
    assert [a.outlet for a in found] == ["EFE"]
    assert text[found[0].evidence.start : found[0].evidence.end] == found[0].evidence.text


def test_wire_is_the_innermost_layer() -> None:
    text = (
        "KUALA LUMPUR (AP) — The head of the command said on Monday that actions were challenging stability.\n"
        "More words of the story, enough of them to form a paragraph of the body.\n"
        "And another paragraph, so that the last line reads as a footer line.\n"
        "The post Admiral warns appeared first on Island Times News."
    )
    assert [(a.outlet, a.relation.value, a.layer) for a in extract(text)] == [
        ("Island Times News", "republished_from", 0),
        ("AP", "wire_credit", 1),
    ]


def test_self_credit_has_no_layer() -> None:
    found = extract("The story. Originally published on Live Science.", url="https://www.livescience.com/x")
    assert [(a.outlet, a.self_credit, a.layer) for a in found] == [("Live Science", True, None)]


def test_self_credit_of_a_brand_name() -> None:
    found = extract("It adds to the mix. SOURCE: Al Jazeera News", url="https://www.aljazeera.com/news/x")
    assert [a.self_credit for a in found] == [True]


def test_same_outlet_shares_a_layer() -> None:
    text = "Quelle: dpa-AFX Von Max Muster, dpa\nBerlin (dpa) - Immer mehr junge Menschen legen Geld an."
    layers = {(a.outlet_id, a.layer) for a in extract(text)}
    assert layers == {("dpa-afx", 0), ("dpa", 1)}


def test_document_url_overrides() -> None:
    doc = text_document("Originally published by ZeroHedge")
    assert extract(doc, url="https://www.zerohedge.com/a")[0].self_credit


def test_related_list_is_skipped() -> None:
    text = (
        "A headline\nThe body of the story, with enough words in it to count as a paragraph.\n"
        "Read more:\n- Originally published by Someone Else\n- This story first appeared in Elsewhere\n"
        "The post A headline appeared first on Example News."
    )
    assert [a.outlet for a in extract(text)] == ["Example News"]
    assert extract(text)[0].evidence.location is Location.FOOTER


def test_extractors_are_registered_once_per_registry() -> None:
    assert extractors_for() is extractors_for()
    assert [e.name for e in extractors_for()] == ["text", "html"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_extraction_never_raises(text: str) -> None:
    for a in extract(text):
        assert 0 <= a.evidence.start <= a.evidence.end <= len(text)
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text


PHRASES = st.sampled_from(
    [
        "originally published by ",
        "The post ",
        " appeared first on ",
        "(AP) — ",
        "(Reuters) - ",
        "Source: ",
        "Quelle: ",
        "Photo: ",
        " via AP",
        "By Jane Doe, ",
        "Associated Press",
        "\n",
        "(",
        ")",
        "/",
        "—",
        "Zero Hedge",
        "ТАСС",
        "«",
        "»",
        "„",
        "“",
        "https://example.org/a",
        "WASHINGTON ",
        "erschien zuerst in ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASES | st.text(max_size=12), max_size=60))
def test_extraction_never_raises_on_credit_soup(parts: list[str]) -> None:
    text = "".join(parts)
    for a in extract(text):
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text
        assert a.relation in Relation


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "A version of this story was originally published by ProPublica.",
            "A version of this story was originally published by ProPublica",
        ),
        (
            "Our column has been originally published in Aeon.",
            "Our column has been originally published in Aeon",
        ),
        (
            "The   article\n\nwas originally published by Grist.",
            "The   article\n\nwas originally published by Grist",
        ),
        ("xarticle was originally published by Grist.", "originally published by Grist"),
    ],
    ids=["a-version-of-this", "our-column", "spaces-and-lines", "noun-inside-a-word"],
)
def test_evidence_of_a_credit_begins_with_its_subject(text: str, evidence: str) -> None:
    assert [a.evidence.text for a in extract(text)] == [evidence]


@pytest.mark.parametrize(
    ("text", "url", "self_credit"),
    [
        (
            "This article originally appeared on the Reuters Best website.",
            "https://agency.reuters.com/a",
            True,
        ),
        ("This article originally appeared on Reuters.", "https://www.example.org/a", False),
        ("This article originally appeared on VICE US.", "https://www.vice.com/en_uk/article/x", False),
        ("This article originally appeared on Coastal Weekly.", "https://www.example.org/a", False),
        # A site the registry does not know, named after a state: a paper of that state is no brand of
        # its own.
        (
            "This story is republished from the Kentucky Example Lantern under a Creative Commons license.",
            "https://www.kentucky.com/news/a",
            False,
        ),
        # The brand's other address, written out: a licensee's site names the original's.
        ("Cet article a été initialement publié sur Slate.com.", "https://www.slate.fr/story/1", False),
    ],
    ids=[
        "house-brand",
        "other-host",
        "unrelated",
        "other-edition",
        "unregistered-host",
        "brands-other-address",
    ],
)
def test_a_house_brand_of_the_host_is_a_self_credit(text: str, url: str, self_credit: bool) -> None:
    found = [a for a in extract(text, url=url) if a.relation is Relation.REPUBLISHED_FROM]
    assert [a.self_credit for a in found] == [self_credit]


@pytest.mark.parametrize(
    ("name", "url", "self_credit"),
    [
        ("ZDFheute", "https://www.zdf.de/nachrichten/a", True),
        ("BR24", "https://www.br.de/nachrichten/a", True),
        ("SWR Aktuell", "https://www.swr.de/swraktuell/a", True),
        ("ZDFheute", "https://www.example.de/a", False),
        ("APA", "https://apnews.com/article/a", False),
        # The address adds the word to the name.
        ("EDJ", "https://www.edjonline.com/news/a", True),
        ("EDJ", "https://www.edjwatch.com/a", False),
    ],
)
def test_a_brand_the_house_adds_to_its_name_is_its_own(name: str, url: str, self_credit: bool) -> None:
    text = (
        "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Eine Mehrheit stimmte zu.\nQuelle: "
        + name
    )
    found = [a for a in extract(text, url=url) if a.outlet == name]
    assert [a.self_credit for a in found] == [self_credit]


@pytest.mark.parametrize(
    ("text", "url", "self_credit"),
    [
        # The site's address keeps the article the credit declines ("der „Presse“").
        (
            "Dieser Artikel ist in der Printausgabe der „Presse“ vom 13.03.2024 erschienen.",
            "https://www.diepresse.com/1",
            True,
        ),
        # The credit keeps the article the address drops.
        ("Par Le Journal de Saône avec AFP", "https://www.journaldesaone.fr/a", True),
        (
            "Dieser Artikel ist in der Printausgabe der „Presse“ vom 13.03.2024 erschienen.",
            "https://www.example.at/1",
            False,
        ),
    ],
)
def test_an_article_the_address_keeps_or_drops_is_still_the_host(
    text: str, url: str, self_credit: bool
) -> None:
    found = [a for a in extract(text, url=url) if a.relation.value != "wire_credit"]
    assert [a.self_credit for a in found] == [self_credit]


def test_a_garbled_no_break_space_reads_as_a_space_and_is_quoted_as_it_stands() -> None:
    text = "A version of this article originally appeared onÂ Example Science"
    found = extract(text)
    assert [a.outlet for a in found] == ["Example Science"]
    evidence = found[0].evidence
    assert evidence.text == text[evidence.start : evidence.end]
    assert "onÂ Example" in evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "Exports to the Middle East and North Africa (MENA) - the region grew fastest.",
        "New Data From the Association of American Publishers (AAP): Revenues Rose",
        "Ein Sprecher der Deutschen Presse-Agentur (dpa) - so hieß es - bestätigte das.",
    ],
    ids=["mena", "aap", "dpa"],
)
def test_an_abbreviation_after_its_words_is_no_agency_credit(text: str) -> None:
    assert [a for a in extract(text) if a.relation is Relation.WIRE_CREDIT] == []


def test_an_agency_dateline_with_a_slash_and_a_space_before_it() -> None:
    found = extract("Cairo, 3 May /MENA/ - Egypt's cabinet approved the budget.")
    assert [(a.outlet, a.relation) for a in found] == [("MENA", Relation.WIRE_CREDIT)]


def test_an_outlet_and_its_own_wire_are_one_credit() -> None:
    # CNN's wire service (The CNN Wire, CNN Newsource) supplies CNN's own stories: its name is CNN's,
    # and its mark line is a wire's credit whatever kind the house is.
    text = (
        "The council met on Tuesday to discuss the budget for the coming year.\n"
        "CNN's Jane Doe and John Roe contributed to this report.\n"
        "The-CNN-Wire ™ & © 2013 Cable News Network, Inc."
    )
    found = extract(text)
    assert {(a.outlet_id, a.relation.value) for a in found} == {("cnn", "wire_credit")}
    assert [a.evidence.method for a in found] == ["text:outlet-staff-contributed", "text:trademark-copyright"]
    # Alone, the outlet's staff credit stands.
    alone = extract("The council met on Tuesday.\nCNN's Jane Doe contributed to this report.")
    assert [(a.outlet_id, a.relation.value) for a in alone] == [("cnn", "source_credit")]
    footer = (
        "The council met on Tuesday.\nThe CNN Wire ™ & © 2024 Cable News Network, Inc. All rights reserved."
    )
    assert [(a.outlet_id, a.relation.value) for a in extract(footer)] == [("cnn", "wire_credit")]
    # A house whose wire service is registered apart: the wire's credit is the one kept.
    news24 = extract(
        "The council met on Tuesday to discuss the budget for the coming year.\n"
        "News24's Jane Doe contributed to this report.\nSource: News24 Wire"
    )
    assert [(a.outlet_id, a.relation.value) for a in news24] == [("news24-wire", "wire_credit")]
    # An agency and its own service are two credits.
    both = extract("Quelle: dpa-AFX\nFrankfurt (dpa) - Die Börse schloss fester.")
    assert sorted(a.outlet_id for a in both) == ["dpa", "dpa-afx"]


def test_a_reporter_at_a_registered_outlet_credits_the_outlet() -> None:
    found = extract(
        "Recipients can ask for help online.\nThis story was originally published by Jane Doe at KSHB."
    )
    assert [(a.outlet, a.relation.value) for a in found] == [("KSHB", "republished_from")]


def test_a_registered_outlets_reporter_credits_the_outlet() -> None:
    text = "The union said staffing shortages remained severe.\nWith files from CBC’s Jane Doe"
    assert [(a.outlet, a.relation.value) for a in extract(text)] == [("CBC", "source_credit")]
    # A name that holds a possessive goes on: no outlet is called "Harper".
    magazine = extract(
        "The union said staffing shortages remained severe.\nWith files from Harper's Magazine"
    )
    assert [a.outlet for a in magazine] == ["Harper's Magazine"]


def test_an_outlet_credited_twice_in_the_text_has_one_relation() -> None:
    text = (
        "Hog Farms Foul the Rivers\n\nBy Jane Doe, Inside Climate News\n\n"
        "The state has more hogs than people, and the manure is spread on fields that drain into streams.\n\n"
        "This story was originally published by Inside Climate News."
    )
    found = extract(text)
    assert [(a.outlet, a.relation.value, a.evidence.method) for a in found] == [
        ("Inside Climate News", "republished_from", "text:this-article-was-originally-published"),
        ("Inside Climate News", "republished_from", "text:byline-comma-outlet"),
    ]
    # Alone, the byline is a source credit.
    byline = extract(text.rpartition("\n\n")[0])
    assert [(a.outlet, a.relation.value) for a in byline] == [("Inside Climate News", "source_credit")]
    # A page's metadata keeps its own relation beside the words of the text.
    page = (
        '<html><head><link rel="canonical" href="https://www.harborledger.com/a"></head><body><article>'
        "<p>The council met on Tuesday to discuss the budget for the coming year, officials said.</p>"
        "<p>Source: Harbor Ledger</p></article></body></html>"
    )
    doc = html_document(page, "page.html", url="https://www.example-city.com/a")
    assert sorted((a.outlet_id, a.relation.value) for a in extract(doc)) == [
        ("harborledger", "republished_from"),
        ("harborledger", "source_credit"),
    ]


def test_a_papers_dateline_takes_the_relation_of_its_republication() -> None:
    story = "SACRAMENTO, Calif. ({}) — The reservoirs are at half their level, officials said on Tuesday."
    note = "\nThis story was originally published by {} and distributed through a partnership."
    found = extract(story.format("Harbor Ledger") + note.format("Harbor Ledger"))
    assert {(a.outlet, a.relation.value) for a in found} == {("Harbor Ledger", "republished_from")}
    assert len(found) == 2  # both statements kept, with their evidence
    # An agency's dateline stays an agency's, and so is the note: the story is the agency's copy.
    found = extract(story.format("Reuters") + note.format("Reuters"))
    assert [(a.outlet, a.relation.value) for a in found] == [("Reuters", "wire_credit")] * 2


def test_an_agencys_feed_footer_under_its_dispatch_is_its_wire_credit() -> None:
    text = (
        "PALERMO (Italpress) – L'Assemblea regionale ha approvato il bilancio con 38 voti favorevoli.\n"
        "(Italpress).\n"
        "L'articolo Approvato il bilancio proviene da Italpress."
    )
    found = extract(text)
    assert {(a.outlet, a.relation.value) for a in found} == {("Italpress", "wire_credit")}
    # The footer alone still says where the article came from.
    footer = extract(
        "Il consiglio ha approvato il bilancio.\nL'articolo Approvato il bilancio proviene da Italpress."
    )
    assert [(a.outlet, a.relation.value) for a in footer] == [("Italpress", "republished_from")]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000"])
def test_wide_spaces_read_as_spaces_and_quoted_as_they_stand(space: str) -> None:
    text = f"The council met on Tuesday.\nOriginally{space}published by ZeroHedge\nSource:{space}AFP"
    found = extract(text)
    assert [(a.outlet, a.relation.value) for a in found] == [
        ("ZeroHedge", "republished_from"),
        ("AFP", "wire_credit"),
    ]
    _assert_quoted_as_they_stand(text, found)
    assert all(space in a.evidence.text for a in found)


@pytest.mark.parametrize("dash", ["\u2015", "\u2012", "\u2212", "\ufe58"])
def test_rarer_dashes_read_as_dashes_and_quoted_as_they_stand(dash: str) -> None:
    text = (
        f"WASHINGTON (AP) {dash} The Senate voted on Tuesday.\nBern (Keystone\u2011SDA) {dash} Der Rat tagte."
    )
    found = extract(text)
    assert [(a.outlet_id, a.relation.value) for a in found] == [
        ("ap", "wire_credit"),
        ("keystone-sda", "wire_credit"),
    ]
    _assert_quoted_as_they_stand(text, found)


def _assert_quoted_as_they_stand(text: str, found: list[Attribution]) -> None:
    """Each statement's evidence is the text at its offsets, as written (one character for one)."""
    for a in found:
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text


# Pages whose lines were joined into one (an HTML extractor's output, whitespace collapsed).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name runs into the page's next field: the registered name ends before the label.
        (
            "Officials met in the capital on Friday. Source: Xinhua Editor: Li Wen",
            [("xinhua", "wire_credit")],
        ),
        (
            "Die Region war bereits betroffen. Quelle: SWR Dieses Thema im Programm: SWR Aktuell",
            [("swr", "source_credit")],
        ),
        # A heading of the page after a sentence and an agency's sign-off opens a line of its own.
        (
            "Farmers were told not to resell the fertiliser. Those caught would be prosecuted. (NAN) "
            "Related Farmers lament high cost of inputs",
            [("nan", "wire_credit")],
        ),
        (
            "Nach UN-Angaben sind acht Millionen Menschen auf der Flucht. uh/kle (dpa, afp, kna) "
            "Werbung Mehr zum Thema Sudan",
            [("dpa", "wire_credit"), ("afp", "wire_credit"), ("kna", "wire_credit")],
        ),
        # A word that opens prose as well as a heading does not end the line before prose.
        (
            "More than 3,000 court documents have been released on the case. (AP) More than anything, "
            "the public is still fascinated by the men in the financier's circle.",
            [],
        ),
        # Fields of a page run together: each name ends before the next field's label.
        (
            "The battery is smaller than last year's. Via: 9to5Google Source: SamMobile Tags: Samsung",
            [("9to5google", "source_credit"), ("sammobile", "source_credit")],
        ),
        (
            "Two nominees were stepped down pending security checks. *Culled from ThisDay Share this: "
            "Facebook X WhatsApp",
            [("thisday", "republished_from")],
        ),
        # A byline block of an agency, its place and the page's date label, run together.
        (
            "Govt extends deadline by one month Press Trust of India New Delhi Last Updated : Sep 24 2024 "
            "The government on Tuesday extended the deadline.",
            [("pti", "wire_credit")],
        ),
        # A story about an agency, which names it in an apposition, credits nobody.
        (
            "Updated - September 27, 2024 at 10:12 PM. Press Trust of India, the country's largest news "
            "agency, on Friday elected a new chairman.",
            [],
        ),
        # A credit's note after a list of other stories opens a line of its own: it is no list item.
        (
            "Flood maps show more homes at risk. Related: Sea levels rise faster along the coast. "
            "This article originally appeared on Grist.",
            [("grist", "republished_from")],
        ),
        # A heading after an unnamed agencies' credit names nobody.
        (
            "Con información de agencias LECTURAS RECOMENDADAS Humo de incendios en Canadá llega a Nueva York",
            [],
        ),
        # An agency's short name inside a longer word of another script's letters ("EL PAÍS").
        ("Más información © EDICIONES EL PAÍS S.L.", []),
        # An agency's archive picture: "AFP/File" under a caption.
        (
            "The climber said he wanted to show what was possible. A climber on the Baltoro glacier. "
            "— AFP/File Trending PSL draft: full list of picks",
            [],
        ),
    ],
)
def test_credits_where_a_pages_lines_were_joined(text: str, expected: list[tuple[str, str]]) -> None:
    found = [a for a in extract(text) if a.relation is not Relation.IMAGE_CREDIT]
    assert [(a.outlet_id, a.relation.value) for a in found] == expected
    _assert_quoted_as_they_stand(text, found)


def test_a_newsletters_own_subdomain_makes_its_footer_a_self_credit() -> None:
    text = "Grain elevators are closing.\nThis post first appeared on The Example Ledger."
    own = extract(text, url="https://theexampleledger.substack.com/p/grain-elevators")
    assert [(a.outlet, a.self_credit) for a in own] == [("The Example Ledger", True)]
    # An account in a platform's path shares its host: the writer's own site is another one.
    moved = extract(
        "Short version: the heat pump was worth it.\nOriginally published at janeroe.net on March 3, 2024.",
        url="https://medium.com/@janeroe/what-i-learned-9c8d7e",
    )
    assert [(a.outlet, a.self_credit) for a in moved] == [("janeroe.net", False)]


@pytest.mark.parametrize(
    ("text", "wires"),
    [
        # A desk's word after the agency's slash is no photographer ("Red": Redaktion).
        ("Die U5 soll nach aktuellem Zeitplan ab 2026 fahren. (APA/Red) Kommentare", ["APA"]),
        ("Die U5 soll nach aktuellem Zeitplan ab 2026 fahren. (EFE/Jane Roe) Kommentare", []),
    ],
)
def test_a_desk_after_the_agencys_slash_is_no_photographer(text: str, wires: list[str]) -> None:
    assert [a.outlet for a in extract(text) if a.relation.value == "wire_credit"] == wires


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Пассажиров стало больше.\nИсточник: Интерфакс-Поволжье",
            [("Интерфакс-Поволжье", "interfax", "wire_credit")],
            id="a-regional-desk-in-a-source-line",
        ),
        pytest.param(
            "Новосибирск. 11 апреля. ИНТЕРФАКС-СИБИРЬ - Около 60 участков подтоплены.",
            [("ИНТЕРФАКС-СИБИРЬ", "interfax", "wire_credit")],
            id="a-desk-glued-to-the-agency-in-a-dateline",
        ),
        pytest.param(
            "Прием участников завершен. Источник: Интерфакс-Экспорт-Лес-Торг",
            [("Интерфакс-Экспорт-Лес-Торг", "interfakseksportlestorg", "source_credit")],
            id="a-name-of-several-hyphens-is-no-desk",
        ),
    ],
)
def test_an_agencys_regional_desk_is_the_agency(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.outlet, a.outlet_id, a.relation.value) for a in extract(text)] == expected


def test_a_first_word_guessed_in_a_script_without_case_is_no_name() -> None:
    # "وزارة" (ministry) is all a cut can take of an unknown Arabic name with words after it.
    assert extract("ارتفع الإنفاق 18 في المئة.\nالمصدر: وزارة المالية ونقلت وكالة عن مسؤولين") == []
    # At its line's end the word is the whole name, known or not.
    found = extract("ارتفع الإنفاق 18 في المئة.\nالمصدر: هسبريس")
    assert [(a.outlet, a.relation.value) for a in found] == [("هسبريس", "source_credit")]


def test_a_name_in_a_script_without_spaces_ends_at_its_punctuation() -> None:
    # The Latin letters further on ("... 请下载 APP") are no registered name's: the Chinese name
    # ends at its comma.
    found = extract("调解员说，村民最常咨询土地纠纷。（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）")
    assert [(a.outlet, a.outlet_id, a.relation.value) for a in found] == [
        ("澎湃新闻", "the-paper", "republished_from")
    ]


def test_a_registered_name_with_bars_between_its_words_is_read_whole() -> None:
    found = extract(
        "The market grew again.\nThis article was produced by Earth | Food | Life, a project of the "
        "Independent Media Institute."
    )
    assert [(a.outlet, a.outlet_id) for a in found] == [("Earth | Food | Life", "earth-food-life")]


def test_swiss_and_austrian_desk_abbreviations_of_agencies_are_read_in_a_sign_off() -> None:
    # SRF writes Reuters "reut" and Austrian and Swiss sites APA "apa" in their sign-offs; the same
    # words in prose ("es reut ihn") name nobody.
    srf = extract("Die Verhandlungen gehen weiter.\nSRF 4 News, 6.5.2024; sda/reut/heis")
    assert [(a.outlet_id, a.relation.value) for a in srf] == [
        ("keystone-sda", "wire_credit"),
        ("reuters", "wire_credit"),
    ]
    austrian = extract("Die neue Brücke wurde am Montag eröffnet. (sda/apa)\nMehr News")
    assert {a.outlet_id for a in austrian} == {"keystone-sda", "apa"}
    assert extract("Es reut ihn sehr, sagte der Trainer am Montag.") == []
