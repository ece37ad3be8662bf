"""The bundled registry knows the world's news agencies: by name, abbreviation and declined form."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources

import pytest

from provenance import OutletKind, extract
from provenance.resolver import OutletRegistry, name_key, script_key

_AGENCY_KINDS = {OutletKind.WIRE, OutletKind.AGENCY}


def _bundled_entries() -> list[dict[str, object]]:
    text = resources.files("provenance").joinpath("data/outlets.json").read_text(encoding="utf-8")
    entries: list[dict[str, object]] = json.loads(text)["outlets"]
    return entries


def test_bundled_ids_are_unique_and_sorted() -> None:
    ids = [str(entry["id"]) for entry in _bundled_entries()]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)


def test_no_name_or_domain_is_claimed_by_two_outlets(registry: OutletRegistry) -> None:
    # Keys as the registry compares names: a second claimant would silently lose the name.
    by_key: dict[str, set[str]] = defaultdict(set)
    by_domain: dict[str, set[str]] = defaultdict(set)
    for outlet in registry:
        for name in (outlet.name, *outlet.aliases, outlet.id):
            by_key[name_key(name) or script_key(name)].add(outlet.id)
        for domain in outlet.domains:
            by_domain[domain.lower()].add(outlet.id)
    # Two houses may share a key when each one's every spelling still finds it ("LaPresse", Italy's
    # agency; "La Presse", Montreal's paper): the registry asks the spelling first.
    shared = {k: v for k, v in by_key.items() if len(v) > 1}
    assert {k: v for k, v in shared.items() if not _spellings_decide(registry, v)} == {}
    assert {d: v for d, v in by_domain.items() if len(v) > 1} == {}


def _spellings_decide(registry: OutletRegistry, outlet_ids: set[str]) -> bool:
    outlets = [outlet for outlet in registry if outlet.id in outlet_ids]
    return all(
        (found := registry.lookup(name)) is not None and found.id == outlet.id
        for outlet in outlets
        for name in (outlet.name, *outlet.aliases)
    )


@pytest.mark.parametrize(
    ("name", "outlet_id"),
    [
        # EU national agencies
        ("ANSA", "ansa"),
        ("Ansa", "ansa"),
        ("AGI", "agi"),
        ("Adnkronos", "adnkronos"),
        ("askanews", "askanews"),
        ("Agencia EFE", "efe"),
        ("Europa Press", "europa-press"),
        ("Lusa", "lusa"),
        ("AFP", "afp"),
        ("Belga", "belga"),
        ("ANP", "anp"),
        ("APA", "apa"),
        ("SDA", "keystone-sda"),
        ("ATS", "keystone-sda"),
        ("Schweizerischen Depeschenagentur", "keystone-sda"),
        ("dpa", "dpa"),
        ("Deutschen Presse-Agentur", "dpa"),
        ("dts", "dts"),
        ("dts Nachrichtenagentur", "dts"),
        ("ddp", "ddp"),
        ("PAP", "pap"),
        ("Polskiej Agencji Prasowej", "pap"),
        ("ČTK", "ctk"),
        ("CTK", "ctk"),
        ("České tiskové kanceláře", "ctk"),
        ("TASR", "tasr"),
        ("MTI", "mti"),
        ("STA", "sta"),
        ("Hina", "hina"),
        ("BTA", "bta"),
        ("БТА", "bta"),
        ("Agerpres", "agerpres"),
        ("ΑΠΕ-ΜΠΕ", "amna"),
        ("ANA-MPA", "amna"),
        ("Cyprus News Agency", "cna-cyprus"),
        ("ΚΥΠΕ", "cna-cyprus"),
        ("ELTA", "elta"),
        ("LETA", "leta"),
        ("BNS", "bns"),
        ("TT", "tt"),
        ("Ritzau", "ritzau"),
        ("STT", "stt"),
        # G20 and elsewhere
        ("NTB", "ntb"),
        ("Yonhap", "yonhap"),
        ("연합뉴스", "yonhap"),
        ("Kyodo", "kyodo"),
        ("共同通信", "kyodo"),
        ("Jiji", "jiji"),
        ("Xinhua", "xinhua"),
        ("新华社", "xinhua"),
        ("China News Service", "china-news-service"),
        ("PTI", "pti"),
        ("IANS", "ians"),
        ("Antara", "antara"),
        ("BERNAMA", "bernama"),
        ("AAP", "aap"),
        ("The Canadian Press", "canadian-press"),
        ("Agência Brasil", "agencia-brasil"),
        ("Télam", "telam"),
        ("Notimex", "notimex"),
        ("TASS", "tass"),
        ("ИТАР-ТАСС", "tass"),
        ("РИА Новости", "ria-novosti"),
        ("Интерфакс", "interfax"),
        ("Интерфакса", "interfax"),
        ("Ukrinform", "ukrinform"),
        ("Укрінформ", "ukrinform"),
        ("Укрінформу", "ukrinform"),
        ("Укрінформом", "ukrinform"),
        ("УНІАН", "unian"),
        ("БелТА", "belta"),
        ("Anadolu Agency", "anadolu"),
        ("SPA", "spa"),
        ("واس", "spa"),
        ("WAM", "wam"),
        ("MENA", "mena"),
        ("QNA", "qna"),
        ("KUNA", "kuna"),
        ("WAFA", "wafa"),
        ("IRNA", "irna"),
        ("SANA", "sana"),
        ("APS", "aps-algeria"),
        ("MAP", "map-morocco"),
        ("TAP", "tap-tunisia"),
        ("NAN", "nan"),
        ("ANGOP", "angop"),
        ("ФедералПресс", "fedpress"),
        # church agencies
        ("KNA", "kna"),
        ("Katholischen Nachrichten-Agentur", "kna"),
        ("epd", "epd"),
        ("Evangelischen Pressedienstes", "epd"),
        ("IDEA", "idea"),
        ("Kathpress", "kathpress"),
        ("KAP", "kathpress"),
        ("SIR", "sir"),
        ("Agenzia Fides", "fides"),
        ("Vatican News", "vatican-news"),
        ("Radio Vatikan", "vatican-news"),
        ("Catholic News Agency", "catholic-news-agency"),
        ("CNS", "catholic-news-service"),
        ("RNS", "religion-news-service"),
        ("Ecumenical News International", "eni"),
        # financial wires
        ("dpa-AFX", "dpa-afx"),
        ("AWP", "awp"),
        ("Bloomberg", "bloomberg"),
        ("Dow Jones Newswires", "dow-jones"),
        ("Reuters", "reuters"),
        ("REUTERS", "reuters"),
        ("Thomson Reuters", "reuters"),
        ("Refinitiv", "refinitiv"),
        ("MNI", "mni"),
        ("Platts", "platts"),
        ("Argus Media", "argus-media"),
        ("The Associated Press", "ap"),
    ],
)
def test_agency_resolves(registry: OutletRegistry, name: str, outlet_id: str) -> None:
    outlet = registry.resolve(name)
    assert (outlet.id, outlet.kind in _AGENCY_KINDS) == (outlet_id, True)


@pytest.mark.parametrize(
    "name",
    ["ANSA", "Ansa", "AGI", "askanews", "dts", "KAP", "SDA", "REUTERS", "Укрінформу", "Интерфакса", "MAP"],
)
def test_agency_sign_offs_are_triggers(registry: OutletRegistry, name: str) -> None:
    # The text extractor's agency triggers are these names as written: case and form matter.
    assert name in registry.names_of_kind(OutletKind.WIRE, OutletKind.AGENCY)


@pytest.mark.parametrize(
    "word", ["idea", "Idea", "ansa", "Petra", "ANA", "AA", "CP", "RSS", "Dow Jones", "CNA", "PPI"]
)
def test_common_words_are_no_agency_triggers(registry: OutletRegistry, word: str) -> None:
    # An agency's name that is also an ordinary word or a common abbreviation would fire where
    # the word stands alone, and "CNA" is the sign-off of three agencies and the brand of a
    # broadcaster: only sign-offs that name one agency are listed as written. ("MENA" is one: the
    # "Middle East and North Africa (MENA)" of a market report spells its words' initials, which
    # the parenthesis rules check; "PPI", Pakistan Press International's, is every producer price
    # index's "（PPI）".)
    assert word not in registry.names_of_kind(OutletKind.WIRE, OutletKind.AGENCY)


@pytest.mark.parametrize(
    ("host", "outlet_id"),
    [
        ("https://www.askanews.it/x", "askanews"),
        ("https://www.kathpress.at/goto/meldung/1", "kathpress"),
        ("https://www.dts-nachrichtenagentur.de/x", "dts"),
        ("https://g1.globo.com/economia/x", "g1"),
        ("https://www.mdr.de/nachrichten/x", "mdr"),
        ("https://www.stol.it/artikel/x", "stol"),
    ],
)
def test_new_outlets_resolve_by_domain(registry: OutletRegistry, host: str, outlet_id: str) -> None:
    assert registry.resolve(host).id == outlet_id


@pytest.mark.parametrize(
    ("text", "outlet_id"),
    [
        ("القاهرة (رويترز) - قالت الحكومة إن الخطة ستمضي قدما.", "reuters"),
        ("باريس (أ ف ب) - قالت الحكومة إن الخطة ستمضي قدما.", "afp"),
        ("قالت الحكومة إن الخطة ستمضي قدما.\nالمصدر: وكالة الأنباء الفرنسية", "afp"),
        # Hebrew, Devanagari, Thai and kana are no scripts of the scan's agency list: their names
        # are found after a label, not in a dateline.
        ("הממשלה אישרה את התקציב.\nמקור: רויטרס", "reuters"),
        ("МОСКВА, 3 мая (Рейтер) - Правительство утвердило бюджет.", "reuters"),
        ("【ワシントン共同】米政府は3日、予算案を発表した。", "kyodo"),
    ],
)
def test_agencies_written_in_other_scripts(text: str, outlet_id: str) -> None:
    # A name of several words in a script without capitals ("وكالة الأنباء الفرنسية") is found
    # whole when the registry knows it, not cut after its first word.
    assert [(a.outlet_id, a.relation.value) for a in extract(text + "\n")] == [(outlet_id, "wire_credit")]


@pytest.mark.parametrize(
    "text", ["وقال الوزير لرويترز إن الخطة ستمضي قدما.", "两国共同发表声明，双方将共同努力。"]
)
def test_agencies_in_other_scripts_told_or_as_words_are_no_credit(text: str) -> None:
    assert extract(text + "\n") == []


# Registered names the cutter cannot take whole from a plain credit, each for a reason of its own:
# an apostrophe inside the name, and names whose words are another registered outlet's.
_NOT_READ_WHOLE = {
    "isna": "an apostrophe inside the name (Iranian Students' News Agency)",
    "agencia-o-globo": "read as O Globo, the paper the agency belongs to",
    "lapresse-it": "read as La Presse, whose key it shares",
}


def test_every_registered_name_is_read_whole_from_a_plain_credit(registry: OutletRegistry) -> None:
    # Names with a day's word ("Sunday Times"), a "!" ("YES! Magazine"), a slash ("Página/12"),
    # a digit in another script, a domain ("news.com.au") or an article of their own ("il
    # Giornale") are names like the others; and no part of a name is credited beside it ("The
    # Hill Times" is no "The Hill").
    misread = []
    for outlet in registry:
        text = f"The council met on Tuesday.\nThis article was originally published by {outlet.name}."
        found = {a.outlet_id for a in extract(text)}
        if found != {outlet.id} and outlet.id not in _NOT_READ_WHOLE:
            misread.append((outlet.id, outlet.name, sorted(found)))
    assert misread == []


def test_no_part_of_an_unknown_name_is_credited_beside_it() -> None:
    found = [
        a.outlet for a in extract("The council met.\nThis story was originally published by The Hill Times.")
    ]
    assert found == ["The Hill Times"]
