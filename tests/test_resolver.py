"""The outlet resolver: keys, registered domains, the bundled registry and users' own files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from provenance import Outlet, OutletKind, RegistryError
from provenance.resolver import OutletRegistry, host_of, name_key, outlet_name_from_url, registered_domain


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Zero Hedge", "zerohedge"),
        ("ZeroHedge", "zerohedge"),
        ("zerohedge.com", "zerohedge"),
        ("https://www.zerohedge.com/news/x", "zerohedge"),
        ("The Guardian", "guardian"),
        ("www.elpais.com", "elpais"),
        ("Time.com", "time"),
        ("Le Monde", "lemonde"),
        ("Süddeutsche Zeitung", "suddeutschezeitung"),
        ("Deutscher Jagdverband (DJV)", "deutscherjagdverband"),
        ("ТАСС", "tass"),
        ("РИА Новости", "rianovosti"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://business.financialpost.com/x", "financialpost.com"),
        ("https://www.bbc.co.uk/news", "bbc.co.uk"),
        ("stol.it", "stol.it"),
        ("not a url", ""),
        ("localhost", ""),
    ],
)
def test_registered_domain_is_offline(url: str, domain: str) -> None:
    assert registered_domain(url) == domain


def test_host_and_url_names() -> None:
    assert host_of("HTTPS://WWW.Example.COM:8080/a") == "example.com"
    assert outlet_name_from_url("https://twitter.com/@someone/status/1") == "someone"
    assert outlet_name_from_url("https://www.reddit.com/r/x/comments/1") == "reddit.com"


def test_bundled_registry_size_and_kinds(registry: OutletRegistry) -> None:
    kinds = Counter(o.kind for o in registry)
    assert len(registry) >= 200
    assert kinds[OutletKind.WIRE] >= 40
    assert {OutletKind.PUBLISHER, OutletKind.AGENCY, OutletKind.GOVERNMENT, OutletKind.AGGREGATOR} <= set(
        kinds
    )


def test_bundled_names_are_unambiguous(registry: OutletRegistry) -> None:
    owners: dict[str, set[str]] = {}
    for outlet in registry:
        for name in (outlet.name, *outlet.aliases):
            if name_key(name):
                owners.setdefault(name_key(name), set()).add(outlet.id)
    # A key two houses share is decided by each one's spelling (as written, asked first).
    for key, ids in owners.items():
        if len(ids) > 1:
            for outlet in (o for o in registry if o.id in ids):
                for name in (outlet.name, *outlet.aliases):
                    found = registry.lookup(name)
                    assert found is not None and found.id == outlet.id, (key, name)


@pytest.mark.parametrize(
    ("written", "outlet_id"),
    [
        ("Zero Hedge", "zerohedge"),
        ("AP", "ap"),
        ("The Associated Press", "ap"),
        ("https://apnews.com/article/x", "ap"),
        ("Reuters", "reuters"),
        ("South Front", "southfront"),
        ("SouthFront", "southfront"),
        ("dpa-AFX", "dpa-afx"),
        ("The Conversation", "the-conversation"),
    ],
)
def test_resolve_known(registry: OutletRegistry, written: str, outlet_id: str) -> None:
    assert registry.resolve(written).id == outlet_id


def test_resolve_unknown_keeps_the_name(registry: OutletRegistry) -> None:
    outlet = registry.resolve("Manu Valley Gazette")
    assert (outlet.id, outlet.name, outlet.kind) == (
        "manuvalleygazette",
        "Manu Valley Gazette",
        OutletKind.UNKNOWN,
    )
    assert registry.resolve("Al Jazeera News").id == registry.resolve("aljazeera.com").id
    assert registry.resolve("https://www.ultiumcell.com/a").domains == ("ultiumcell.com",)


def test_a_quiet_alias_is_known_as_written_and_never_looked_for() -> None:
    from provenance.extractors.text import TextExtractor
    from provenance.readers import text_document

    agency = Outlet(id="example-agency", name="Example Agency", kind="wire", quiet_aliases=("EA",))
    registry = OutletRegistry([agency])
    assert registry.lookup("EA") == agency
    assert registry.lookup("ea") is None and registry.lookup("Ea") is None
    extractor = TextExtractor(registry)
    found = list(extractor.extract(text_document("The council voted on Tuesday.\nSource: EA", "x")))
    assert [(a.outlet_id, a.relation.value) for a in found] == [("example-agency", "wire_credit")]
    # The short name alone, where no credit's words read it, names no one.
    assert list(extractor.extract(text_document("The council voted on Tuesday. (EA)", "x"))) == []
    assert list(extractor.extract(text_document("The council voted on Tuesday. (Example Agency)", "x")))


def test_bundled_quiet_aliases(registry: OutletRegistry) -> None:
    lookup = {name: registry.lookup(name) for name in ("AA", "NA", "rts")}
    assert {name: o.id if o else None for name, o in lookup.items()} == {
        "AA": "anadolu",
        "NA": "noticias-argentinas",
        "rts": "reuters",
    }
    assert registry.lookup("aa") is None
    assert "AA" not in registry.names_of_kind(OutletKind.WIRE)


def test_a_site_known_by_its_address_is_not_another_address() -> None:
    # "news.ro" and "news.com.au" read "news" once their endings are dropped.
    registry = OutletRegistry(
        [Outlet(id="news-au", name="news.com.au", domains=("news.com.au",), kind="publisher")]
    )
    assert registry.resolve("news.com.au").id == "news-au"
    assert registry.lookup("News.ro") is None
    assert registry.resolve("News.ro").domains == ("news.ro",)


def test_user_registry_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps(
            {
                "outlets": [
                    {
                        "id": "island-times",
                        "name": "Island Times",
                        "aliases": ["Island Times News"],
                        "domains": ["islandtimes.org"],
                        "kind": "publisher",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    registry = OutletRegistry.from_file(path)
    assert registry.resolve("Island Times News").id == "island-times"
    assert registry.resolve("https://islandtimes.org/x").id == "island-times"
    assert registry.resolve("Zero Hedge").id == "zerohedge"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        pytest.param("{not json", "not a JSON registry file", id="not-json"),
        pytest.param('{"outlets": {}}', "expected", id="not-a-list"),
        pytest.param('{"outlets": [{"id": "Bad Id!", "name": "x"}]}', "outlet #1: id", id="bad-id"),
        pytest.param(
            '{"outlets": [{"id": "x", "name": "x", "kind": "blog"}]}', "outlet #1: kind", id="bad-kind"
        ),
    ],
)
def test_bad_registry_file(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "reg.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=words):
        OutletRegistry.from_file(path)


def test_missing_registry_file(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="no such registry file"):
        OutletRegistry.from_file(tmp_path / "none.json")


def test_a_compatibility_letter_folds_to_lower_case() -> None:
    # Found by hypothesis: "originally published by 𝓐" made an outlet id "A", which no Outlet takes.
    from provenance import extract
    from provenance.resolver import name_key

    assert name_key("𝓐𝓟") == "ap" and name_key("Ｚｅｒｏ Ｈｅｄｇｅ") == "zerohedge"
    assert [a.outlet_id for a in extract("originally published by 𝓐")] in ([], ["a"])
