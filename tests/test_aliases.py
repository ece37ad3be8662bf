"""Outlet aliases: names read from pages and links, kept with their evidence, used to close chains
across name and domain whatever order the pages come in."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance import OutletRegistry, Store, extract, graph_around, ingest, origin
from provenance.aliases import alias_claims
from provenance.readers.feed import read_feed
from provenance.readers.html import html_document
from provenance.synthetic_pages import score, write_pages
from tests.conftest import Run

RunCli = Callable[..., Run]

TEXT = (
    "<p>The harbor authority voted to raise fares by twelve percent from July, citing the cost of diesel.</p>"
)
ORIGINAL = "https://coxvel.net/2024/05/ferry-fares"
COPY = "https://islanddaily.com/2024/05/ferry"


def page(head: str, body: str = TEXT) -> str:
    return f"<html><head>{head}</head><body><h1>Ferry fares rise</h1>{body}</body></html>"


def claims_of(html: str, url: str | None = "https://coxvel.net/a") -> list[tuple[str, str, str]]:
    doc = html_document(html, "p.html", url=url)
    return [(c.name, c.host, c.method) for c in alias_claims(doc, extract(doc))]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="og:site_name" content="Coastal Observer">', [("og:site_name")]),
        ('<meta name="application-name" content="Coastal Observer">', ["application-name"]),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
            '{"@type": "Organization", "name": "Coastal Observer", "url": "https://coxvel.net/"}}</script>',
            ["jsonld:publisher"],
        ),
        (
            '<script type="application/ld+json">{"@type": "WebSite", "name": "Coastal Observer"}</script>',
            ["jsonld:website"],
        ),
        ("<title>Ferry fares rise | Coastal Observer</title>", ["title-suffix"]),
        ("<title>Ferry fares rise - Coastal Observer</title>", ["title-suffix"]),
    ],
    ids=[
        "og-site-name",
        "application-name",
        "jsonld-publisher",
        "jsonld-website",
        "title-pipe",
        "title-dash",
    ],
)
def test_a_page_names_its_own_site(head: str, expected: list[str]) -> None:
    assert claims_of(page(head)) == [("Coastal Observer", "coxvel.net", m) for m in expected]


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ("<title>Ferry fares rise</title>", "https://coxvel.net/a"),
        ('<meta property="og:site_name" content="coxvel.net">', "https://coxvel.net/a"),
        ('<meta property="og:site_name" content="Coastal Observer">', None),
        (
            '<meta property="og:site_name" content="Coastal Observer">',
            "https://www.facebook.com/coastal/posts/1",
        ),
    ],
    ids=["title-without-suffix", "a-domain-is-no-name", "page-without-address", "social-site"],
)
def test_no_claim(head: str, url: str | None) -> None:
    assert claims_of(page(head), url) == []


def test_a_linked_credit_ties_the_anchor_words_to_the_linked_site() -> None:
    body = (
        TEXT
        + '<p>This article was originally published on <a href="https://coxvel.net/">Coastal Observer</a>.</p>'
    )
    assert claims_of(page("", body), COPY) == [("Coastal Observer", "coxvel.net", "credit-link")]


def test_a_feed_names_the_site_of_its_items() -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Coastal Observer</title>'
        b"<link>https://coxvel.net/</link><item><title>Ferry fares rise</title><link>"
        + ORIGINAL.encode()
        + b"</link>"
        b"<description>Fares will rise.</description></item></channel></rss>"
    )
    [doc] = read_feed(feed, "feed.xml", max_bytes=1 << 20)
    assert [(c.name, c.method) for c in alias_claims(doc, [])] == [("Coastal Observer", "feed-title")]


def _write(folder: Path, name: str, url: str, html: str) -> str:
    path = folder / f"{name}.jsonl"
    path.write_text(json.dumps({"url": url, "html": html}) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, str]:
    """A copy crediting "Coastal Observer" by name only, and the original on coxvel.net."""
    copy = page(
        '<meta property="og:site_name" content="Island Daily">',
        TEXT + "<p>The post Ferry fares rise appeared first on Coastal Observer.</p>",
    )
    original = page(
        '<meta property="og:site_name" content="Coastal Observer"><title>Ferry fares rise</title>'
    )
    return {
        "copy": _write(tmp_path, "copy", COPY, copy),
        "original": _write(tmp_path, "original", ORIGINAL, original),
    }


def _origin(store: Store, url: str) -> str:
    [article] = store.find_articles(url)
    return origin(graph_around(store, article.id), article.id)[0].article.id


@pytest.mark.parametrize(
    "order", [("copy", "original"), ("original", "copy")], ids=["credit-first", "page-first"]
)
def test_a_chain_closes_across_name_and_domain_in_any_order(
    pages: dict[str, str], order: tuple[str, str]
) -> None:
    with Store(":memory:") as store:
        for name in order:
            ingest(store, [pages[name]])
        assert _origin(store, COPY) == "https://coxvel.net/2024/05/ferry-fares"
        assert {o.id for o, _, _ in store.outlets()} == {"coxvel", "islanddaily"}
        assert store.outlet("coxvel").name == "Coastal Observer"  # type: ignore[union-attr]
        assert store.stats()["inferred_articles"] == 0


def test_a_late_alias_merges_the_placeholder_once(pages: dict[str, str]) -> None:
    with Store(":memory:") as store:
        ingest(store, [pages["copy"], pages["original"]])
        merges = store._db.execute("SELECT inferred_id, article_id, reason FROM merges ORDER BY 1").fetchall()
        assert ("outlet:coastalobserver", "outlet:coxvel", "alias:og:site_name") in merges
        assert any(reason == "alias" for _, article, reason in merges if article == ORIGINAL)
        before = store.stats()
        ingest(store, [pages["copy"], pages["original"]])
        assert store.stats() == before


def test_aliases_keep_their_evidence(pages: dict[str, str]) -> None:
    with Store(":memory:") as store:
        ingest(store, [pages["copy"], pages["original"]])
        [alias] = store.aliases("coxvel")
        assert (alias.name, alias.method, alias.documents, alias.first_source, alias.conflict) == (
            "Coastal Observer",
            "og:site_name",
            1,
            pages["original"] + ":1",
            False,
        )
        assert alias.evidence == '<meta property="og:site_name" content="Coastal Observer">'
        assert store.outlet_names() == {
            "coxvel": [("Coastal Observer", 1)],
            "islanddaily": [("Island Daily", 1)],
        }


def test_two_sites_claiming_one_name_are_a_conflict_and_never_merged(
    tmp_path: Path, pages: dict[str, str]
) -> None:
    other = _write(
        tmp_path,
        "other",
        "https://observer-franchise.org/x",
        page('<meta property="og:site_name" content="Coastal Observer">'),
    )
    with Store(":memory:") as store:
        ingest(store, [other, pages["original"], pages["copy"]])
        conflicts = store.alias_conflicts()
        assert sorted(a.outlet_id for a in conflicts) == ["coxvel", "observerfranchise"]
        # The credit stays with the name: its outlet is neither site.
        assert _origin(store, COPY).startswith("inferred:coastalobserver:")


def test_a_title_suffix_counts_once_it_recurs(tmp_path: Path) -> None:
    first = _write(
        tmp_path, "a", "https://coxvel.net/a", page("<title>Ferry fares rise | Coastal Observer</title>")
    )
    copy = _write(tmp_path, "c", COPY, page("", TEXT + "<p>Originally published by Coastal Observer</p>"))
    second = _write(
        tmp_path, "b", "https://coxvel.net/b", page("<title>Bridge reopens | Coastal Observer</title>")
    )
    with Store(":memory:") as store:
        ingest(store, [first, copy])
        assert store.learned_outlet("Coastal Observer") is None
        ingest(store, [second])
        assert store.learned_outlet("Coastal Observer") == "coxvel"
        assert store.learned_outlet("Coastal Observer Online") == "coxvel"


def test_a_registry_file_forbids_an_alias(tmp_path: Path, pages: dict[str, str]) -> None:
    registry_file = tmp_path / "registry.json"
    registry_file.write_text(json.dumps({"outlets": [], "not_aliases": [{"name": "Coastal Observer"}]}))
    with Store(":memory:", registry=OutletRegistry.from_file(registry_file)) as store:
        ingest(store, [pages["original"], pages["copy"]])
        assert store.aliases("coxvel") == []
        assert store.learned_outlet("Coastal Observer") is None


def test_a_registry_outlet_pins_a_name_to_its_domain(tmp_path: Path, pages: dict[str, str]) -> None:
    registry_file = tmp_path / "registry.json"
    outlet = {"id": "coastal-observer", "name": "Coastal Observer", "domains": ["coxvel.net"]}
    registry_file.write_text(json.dumps({"outlets": [outlet]}))
    with Store(":memory:", registry=OutletRegistry.from_file(registry_file)) as store:
        ingest(store, [pages["copy"], pages["original"]])
        assert _origin(store, COPY) == ORIGINAL


def test_origin_and_path_on_generated_pages_with_renamed_outlets(tmp_path: Path) -> None:
    corpus = write_pages(tmp_path, 1200, seed=11)
    with Store(tmp_path / "p.db") as store:
        summary = ingest(store, [str(corpus)])
        assert summary.new == 1200 and not summary.failed
        result = score(store, corpus)
    assert result.copies > 700
    assert result.origin_share >= 0.99, result
    assert result.path_share >= 0.95, result


def test_an_article_is_found_by_its_own_canonical_and_og_url(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://coxvel.net/2024/05/ferry-fares-rise">'
        '<meta property="og:url" content="https://www.coxvel.net/p/123">'
    )
    path = _write(tmp_path, "p", "https://coxvel.net/2024/05/ferry-fares?utm_source=x&ref=feed", page(head))
    with Store(":memory:") as store:
        ingest(store, [path])
        [article] = store.articles()
        for ref in ("https://coxvel.net/2024/05/ferry-fares-rise", "https://coxvel.net/p/123"):
            assert [a.id for a in store.find_articles(ref)] == [article.id]


def test_a_document_is_found_by_every_path_it_was_read_from(tmp_path: Path) -> None:
    first = tmp_path / "a.html"
    first.write_text(page("", TEXT), encoding="utf-8")
    second = tmp_path / "copies" / "same.html"
    second.parent.mkdir()
    second.write_bytes(first.read_bytes())
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(first)])
        summary = ingest(store, [str(second)])
        assert summary.unchanged == 1
        assert store.find_articles(str(second)) == store.find_articles(str(first)) != []


EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "outlet-aliases"


@pytest.fixture
def example_db(run_cli: RunCli, tmp_path: Path) -> Path:
    if not EXAMPLE.is_dir():
        pytest.skip("the examples are not beside the tests (an installed package)")
    db = tmp_path / "aliases.db"
    assert run_cli("ingest", str(EXAMPLE), "--db", str(db)).status == 0
    return db


def test_outlets_lists_names_with_their_evidence(run_cli: RunCli, example_db: Path) -> None:
    result = run_cli("outlets", "--db", str(example_db), "--format", "json")
    outlets = {o["id"]: o for o in json.loads(result.out)}
    assert outlets["coxvel"]["name"] == "Coastal Observer"
    assert outlets["coxvel"]["domains"] == ["coxvel.net"]
    assert outlets["coxvel"]["names"] == [
        {"name": "Coastal Observer", "evidence": 4},
        {"name": "Coastal Observer Online", "evidence": 1},
    ]
    assert "coastalobserver" not in outlets


@pytest.mark.parametrize(
    "ref", ["coxvel", "Coastal Observer", "coxvel.net"], ids=["id", "learned-name", "domain"]
)
def test_outlets_aliases_says_where_each_name_was_learned(
    run_cli: RunCli, example_db: Path, ref: str
) -> None:
    result = run_cli("outlets", "--aliases", ref, "--db", str(example_db), "--format", "json")
    assert result.status == 0
    assert {(a["name"], a["method"], a["documents"]) for a in json.loads(result.out)} == {
        ("Coastal Observer", "title-suffix", 2),
        ("Coastal Observer", "og:site_name", 1),
        ("Coastal Observer", "jsonld:publisher", 1),
        ("Coastal Observer Online", "credit-link", 1),
    }


def test_outlets_conflicts_lists_both_claims(run_cli: RunCli, example_db: Path) -> None:
    result = run_cli("outlets", "--conflicts", "--db", str(example_db))
    assert result.status == 0
    assert "names two outlets claim: 2" in result.out
    assert "sfbaytimes" in result.out and "thebaytimes" in result.out


def test_outlets_aliases_of_an_unknown_outlet_is_an_error(run_cli: RunCli, example_db: Path) -> None:
    result = run_cli("outlets", "--aliases", "Nobody Here", "--db", str(example_db))
    assert result.status == 1
    assert result.err.startswith("Error: no outlet matches 'Nobody Here'")


def test_extraction_output_keeps_the_names_so_loading_it_builds_the_same_store(
    tmp_path: Path, run_cli: RunCli
) -> None:
    pytest.importorskip("pyarrow")
    from provenance.extracted import extract_shard, load, write_manifest
    from provenance.ingest import input_files
    from tests.test_spark import _assert_same_store

    corpus = write_pages(tmp_path / "pages", 300, seed=5)
    direct = tmp_path / "direct.db"
    with Store(direct) as store:
        ingest(store, [str(corpus)])
        assert store.aliases()
    out = tmp_path / "out"
    results = [extract_shard(i, path, str(out)) for i, path in enumerate(input_files([str(corpus)]))]
    write_manifest(str(out), results, 1.0)
    with Store(tmp_path / "loaded.db") as store:
        load(store, str(out))
    _assert_same_store(tmp_path / "loaded.db", direct)
    with Store(tmp_path / "loaded.db") as loaded, Store(direct) as store:
        assert loaded.aliases() == store.aliases()
