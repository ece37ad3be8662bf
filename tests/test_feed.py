"""The feed reader: items as documents, Yoast footers with their links, authors, hostile feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import InputError, extract
from provenance.readers.feed import read_feed, read_feed_fragment

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Aggregator</title><link>https://aggregator.example</link>
<item><title>Ferry fares rise</title><link>https://aggregator.example/ferry</link>
<dc:creator>Associated Press in Millbrook</dc:creator>
<description>Short.</description>
<content:encoded><![CDATA[<p>Fares will rise.</p><p>The post <a href="https://harborledger.com/2024/05/03/ferry">Ferry fares rise</a>
appeared first on <a href="https://harborledger.com">Harbor Ledger</a>.</p>]]></content:encoded>
</item>
<item><title>Second</title><link>https://aggregator.example/second</link>
<source url="https://tidewaterdispatch.com/feed">Tidewater Dispatch</source>
<description><![CDATA[<p>Body of the second item.</p>]]></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom agg</title><id>urn:x</id><updated>2024-05-04T00:00:00Z</updated>
<entry><title>Library hours cut</title><link href="https://atom.example/library"/><id>urn:1</id>
<updated>2024-05-04T00:00:00Z</updated>
<content type="html">&lt;p&gt;Hours cut.&lt;/p&gt;&lt;p&gt;The post &lt;a href="https://ridgelinepost.com/2024/05/04/library"&gt;Library
hours cut&lt;/a&gt; first appeared on &lt;a href="https://ridgelinepost.com"&gt;Ridgeline Post&lt;/a&gt;.&lt;/p&gt;</content>
</entry></feed>"""


def _credits(data: str) -> list[tuple[str | None, str, str, str | None]]:
    return [
        (doc.item, a.relation.value, a.outlet, a.url)
        for doc in read_feed(data.encode(), "feed.xml", max_bytes=10**6)
        for a in extract(doc)
    ]


def test_rss_items_with_yoast_footer_and_author() -> None:
    assert _credits(RSS) == [
        (
            "https://aggregator.example/ferry",
            "republished_from",
            "Harbor Ledger",
            "https://harborledger.com/2024/05/03/ferry",
        ),
        ("https://aggregator.example/ferry", "wire_credit", "Associated Press", None),
        (
            "https://aggregator.example/second",
            "source_credit",  # a teaser points at its source; a whole copy would be republished_from
            "Tidewater Dispatch",  # as the item names it
            None,  # a feed's address names the outlet, not the article
        ),
    ]


def test_an_item_whose_markup_is_escaped_twice_is_read_as_markup() -> None:
    body = (
        "&amp;lt;p&amp;gt;Fares will rise by twelve percent, the authority said on Tuesday.&amp;lt;/p&amp;gt;"
        "&amp;lt;p&amp;gt;The post &amp;lt;a href='https://harborledger.com/ferry'&amp;gt;Ferry fares rise"
        "&amp;lt;/a&amp;gt; appeared first on &amp;lt;a href='https://harborledger.com'&amp;gt;Harbor Ledger"
        "&amp;lt;/a&amp;gt;.&amp;lt;/p&amp;gt;"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Aggregator</title>'
        "<item><title>Ferry fares rise</title><link>https://aggregator.example/ferry</link>"
        f"<description>{body}</description></item></channel></rss>"
    ).encode()
    [doc] = read_feed(feed, "feed.xml", max_bytes=1 << 20)
    assert "<a " not in doc.text and "</p>" not in doc.text
    assert [(a.outlet, a.url) for a in extract(doc)] == [("Harbor Ledger", "https://harborledger.com/ferry")]


def test_atom_entry_with_footer() -> None:
    assert _credits(ATOM) == [
        (
            "https://atom.example/library",
            "republished_from",
            "Ridgeline Post",
            "https://ridgelinepost.com/2024/05/04/library",
        )
    ]


def test_atom_via_link_names_the_source() -> None:
    entry = (
        '<entry><title>Storm</title><link rel="alternate" href="https://atom.example/{0}"/>'
        '<link rel="via" href="{1}"/><id>urn:{0}</id><updated>2024-05-04T00:00:00Z</updated>'
        '<content type="html">&lt;p&gt;A storm hit the coast.&lt;/p&gt;</content></entry>'
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom agg</title>'
        "<id>urn:x</id><updated>2024-05-04T00:00:00Z</updated>"
        + entry.format("storm", "https://ridgelinepost.com/2024/05/04/storm")
        + entry.format("own", "https://atom.example/earlier")  # a link to the feed's own site credits nobody
        + "</feed>"
    )
    assert _credits(feed) == [
        (
            "https://atom.example/storm",
            "source_credit",
            "ridgelinepost.com",
            "https://ridgelinepost.com/2024/05/04/storm",
        )
    ]


def test_billion_laughs_is_not_expanded() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">' for i in range(1, 10))
        + ']><rss version="2.0"><channel><title>x</title><item><title>&lol9;</title><link>https://x.example/a</link>'
        "<description>Body.</description></item></channel></rss>"
    )
    docs = read_feed(bomb.encode(), "bomb.xml", max_bytes=10**6)
    assert all(len(d.text) < 10_000 and len(d.title or "") < 10_000 for d in docs)


@pytest.mark.parametrize(
    "data", [b"", b"not a feed at all", b"<rss><channel></channel></rss>"], ids=["empty", "text", "no-items"]
)
def test_not_a_feed(data: bytes) -> None:
    with pytest.raises(InputError, match=r"feed\.xml"):
        read_feed(data, "feed.xml", max_bytes=10**6)


def _item(
    tags: str, body: str = "<p>Body of the item.</p>", link: str = "https://aggregator.example/a"
) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:media="http://search.yahoo.com/mrss/"'
        ' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"'
        ' xmlns:News="https://www.bing.com:443/news/search?q=x&amp;format=RSS">'
        f"<channel><title>Agg</title><item><title>Story</title><link>{link}</link>{tags}"
        f"<description><![CDATA[{body}]]></description></item></channel></rss>"
    )


LONG_BODY = "<p>" + "A whole copy of the story, paragraph after paragraph. " * 20 + "</p>"


@pytest.mark.parametrize(
    ("tags", "body", "expected"),
    [
        pytest.param(
            '<source url="https://tidewaterdispatch.com/feed">Tidewater Dispatch</source>',
            LONG_BODY,
            [("republished_from", "Tidewater Dispatch", None)],
            id="source-of-a-whole-copy",
        ),
        pytest.param(
            "<source>Reuters</source>",
            "<p>A headline.</p>",
            [("wire_credit", "Reuters", None)],
            id="source-a-wire",
        ),
        pytest.param(
            "<News:Source>Tidewater Dispatch</News:Source>",
            "<p>A headline.</p>",
            [("source_credit", "Tidewater Dispatch", None)],
            id="aggregator-label",
        ),
        pytest.param(
            "<dc:creator>Jane Doe</dc:creator><dc:creator>Reuters</dc:creator>",
            "<p>Body.</p>",
            [("wire_credit", "Reuters", None)],
            id="second-creator-a-wire",
        ),
        pytest.param(
            "<dc:creator>Le Quotidien Exemple avec AFP</dc:creator>",
            "<p>Body.</p>",
            [("wire_credit", "AFP", None)],
            id="house-with-agency",
        ),
        pytest.param(
            "<dc:creator>By Jane Doe Associated Press</dc:creator>",
            "<p>Body.</p>",
            [("wire_credit", "Associated Press", None)],
            id="byline-and-agency-without-a-comma",
        ),
        pytest.param(
            "<dc:creator>By Jane Doe The Washington Post</dc:creator>",
            "<p>Body.</p>",
            [("republished_from", "The Washington Post", None)],
            id="byline-and-paper-without-a-comma",
        ),
        pytest.param(
            "<dc:creator>Nonprofit Mississippi News</dc:creator>",
            "<p>Body.</p>",
            [],
            id="a-word-of-a-name-is-no-name",
        ),
        pytest.param(
            "<dc:creator>Jane Doe and John Roe</dc:creator>",
            "<p>Body.</p>",
            [],
            id="two-writers",
        ),
        pytest.param(
            "<author>desk@aggregator.example (Associated Press)</author>",
            "<p>Body.</p>",
            [("wire_credit", "Associated Press", None)],
            id="rss-author-with-email",
        ),
        pytest.param(
            "<dc:source>https://harborledger.com/2024/05/03/ferry</dc:source>",
            "<p>" + "The ferry fares rose again this spring, the third rise in two years. " * 10 + "</p>",
            [("republished_from", "harborledger.com", "https://harborledger.com/2024/05/03/ferry")],
            id="dc-source-page",
        ),
        pytest.param(
            "<dc:source>https://harborledger.com/2024/05/03/ferry</dc:source>",
            "<p>Ferry fares rise again.</p>",
            [("source_credit", "harborledger.com", "https://harborledger.com/2024/05/03/ferry")],
            id="dc-source-of-a-teaser",
        ),
        pytest.param(
            "<dcterms:source>Annual report</dcterms:source>", "<p>Body.</p>", [], id="dc-source-no-outlet"
        ),
        pytest.param(
            '<media:credit role="photographer">Jane Doe/AP</media:credit>',
            "<p>Body.</p>",
            [],
            id="media-credit",
        ),
    ],
)
def test_item_metadata(tags: str, body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(r, o, u) for _, r, o, u in _credits(_item(tags, body))] == expected


def test_feed_proxy_link_gives_way_to_the_original_link() -> None:
    body = (
        '<p>Body.</p><p>The post <a href="https://harborledger.com/2024/05/03/ferry">Ferry</a> appeared first on'
        ' <a href="https://harborledger.com">Harbor Ledger</a>.</p>'
    )
    tags = "<feedburner:origLink>https://harborledger.com/2024/05/03/ferry</feedburner:origLink>"
    [doc] = read_feed(
        _item(tags, body, link="http://feedproxy.google.com/~r/hl/~3/x/ferry").encode(),
        "f.xml",
        max_bytes=10**6,
    )
    assert (doc.item, doc.url) == (
        "http://feedproxy.google.com/~r/hl/~3/x/ferry",
        "https://harborledger.com/2024/05/03/ferry",
    )
    assert [a.self_credit for a in extract(doc)] == [True]  # the publisher's own footer


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        pytest.param(
            "<title>Ferry fares rise</title><link>https://aggregator.example/a</link>"
            "<source url='https://harborledger.com/feed'>Harbor Ledger</source>"
            "<description>&lt;p&gt;Fares will rise.&lt;/p&gt;</description>",
            [("source_credit", "Harbor Ledger")],
            id="elements-of-an-item",
        ),
        pytest.param(
            "<item><title>Ferry</title><dc:creator>Associated Press</dc:creator>"
            "<description><![CDATA[<p>Fares will rise.</p>]]></description></item>",
            [("wire_credit", "Associated Press")],
            id="a-whole-item",
        ),
        pytest.param(
            '<p>Fares will rise.</p><p>The post <a href="https://harborledger.com/a">Ferry</a> appeared first on '
            '<a href="https://harborledger.com">Harbor Ledger</a>.</p>',
            [("republished_from", "Harbor Ledger")],
            id="a-description-alone",
        ),
        pytest.param(
            '<p>A picture.</p><picture><source srcset="x.webp"></picture>', [], id="html-source-element"
        ),
    ],
)
def test_item_fragment(fragment: str, expected: list[tuple[str, str]]) -> None:
    docs = read_feed_fragment(fragment, "case-1")
    assert [(a.relation.value, a.outlet) for doc in docs for a in extract(doc)] == expected
    assert [doc.source for doc in docs] == ["case-1"]


def _feed(items: int) -> bytes:
    entries = "".join(
        f"<item><title>Story {i}</title><link>https://x.example/{i}</link>"
        f"<description>Originally published by ZeroHedge</description></item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'.encode()
    )


def test_a_feed_of_more_items_than_the_limit_is_refused_before_it_is_parsed() -> None:
    with pytest.raises(
        InputError, match=r"big\.xml: about 1,000 items is over the limit of 100 items a feed"
    ):
        read_feed(_feed(1000), "big.xml", max_bytes=1 << 20, max_items=100)
    assert len(read_feed(_feed(100), "big.xml", max_bytes=1 << 20, max_items=100)) == 100


def test_feed_bytes_that_name_a_file_are_read_as_a_feed_not_as_that_file(tmp_path: Path) -> None:
    """feedparser reads bytes that name a file as that file: the reader hands it a stream."""
    other = tmp_path / "other.xml"
    other.write_bytes(_feed(3))
    with pytest.raises(InputError, match="not a readable feed"):
        read_feed(str(other).encode(), "path.xml", max_bytes=1 << 20)


@pytest.mark.parametrize(
    ("declared", "encoded"),
    [("iso-8859-1", "latin-1"), ("windows-1251", "cp1251"), (None, "cp1252")],
    ids=["latin-1", "cyrillic", "undeclared-cp1252"],
)
def test_a_feed_is_decoded_with_its_own_encoding(declared: str | None, encoded: str) -> None:
    title = "Café" if encoded != "cp1251" else "Новости"
    head = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    feed = f'{head}<rss version="2.0"><channel><title>t</title><item><title>{title} dans la presse</title>'
    feed += "<link>https://x.example/1</link><description>Originally published by ZeroHedge, déjà vu, "
    feed += "à la française</description></item></channel></rss>"
    if encoded == "cp1251":
        feed = feed.replace("déjà vu, à la française", "новости дня")
    [doc] = read_feed(feed.encode(encoded), "f.xml", max_bytes=1 << 20)
    assert doc.title == f"{title} dans la presse"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"], ids=["le", "be", "with-bom"])
def test_a_feed_in_utf16(encoding: str) -> None:
    feed = '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>t</title>'
    feed += "<item><title>Café</title><link>https://x.example/1</link>"
    feed += "<description>Originally published by ZeroHedge</description></item></channel></rss>"
    [doc] = read_feed(feed.encode(encoding), "f.xml", max_bytes=1 << 20)
    assert (doc.title, doc.text) == ("Café", "Originally published by ZeroHedge")


OWN_FOOTER = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{title}</title><link>{link}</link>
<item><title>Fares rise</title><link>https://www.portalexemplo.com.br/brasil/tarifas/</link>
<description><![CDATA[<p>As tarifas sobem em junho. O post Tarifas sobem apareceu primeiro em Portal Exemplo
Notícias.</p>]]></description></item>
</channel></rss>"""


def test_a_footer_naming_the_feeds_own_title_is_a_self_credit() -> None:
    # The channel's title names the items' site, whatever its address: its footer is the site's own.
    own = OWN_FOOTER.format(title="Portal Exemplo Notícias", link="https://www.portalexemplo.com.br")
    found = [a for doc in read_feed(own.encode(), "feed.xml", max_bytes=10**6) for a in extract(doc)]
    assert [(a.outlet, a.self_credit) for a in found] == [("Portal Exemplo Notícias", True)]
    # A channel on another host (an aggregator's) names that host, not the items' site.
    other = OWN_FOOTER.format(title="Portal Exemplo Notícias", link="https://aggregator.example")
    found = [a for doc in read_feed(other.encode(), "feed.xml", max_bytes=10**6) for a in extract(doc)]
    assert [(a.outlet, a.self_credit) for a in found] == [("Portal Exemplo Notícias", False)]


def test_a_pictures_caption_after_the_items_text_is_not_read_as_the_item() -> None:
    # feedparser files Media RSS's description after the item's own as the item's content.
    feed = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>KX News</title>
<item><title>Grass fire</title><link>https://kx.example/fire</link>
<description><![CDATA[<p>Residents were told to leave on Tuesday as a grass fire spread.</p>
<p>The Associated Press contributed to this report.</p>]]></description>
<media:content url="https://kx.example/fire.jpg" type="image/jpeg">
<media:description>Smoke rises north of town. (Source: County Sheriff)</media:description></media:content>
</item>
<item><title>A video</title><link>https://kx.example/video</link>
<media:group><media:description>The council meets. Originally published by Example Ledger.</media:description></media:group>
</item></channel></rss>"""
    docs = read_feed(feed, "feed")
    assert "grass fire spread" in docs[0].text and "Smoke rises" not in docs[0].text
    assert [(a.outlet, a.relation.value) for a in extract(docs[0])] == [
        ("The Associated Press", "wire_credit")
    ]
    # An item whose only text is the media's description still has it.
    assert "council meets" in docs[1].text


def test_the_readers_take_the_default_size_limit() -> None:
    from provenance.readers import read_feed as read_any_feed
    from provenance.readers import read_html

    data = RSS.encode("utf-8")
    assert [d.title for d in read_any_feed(data, "feed")] == [d.title for d in read_feed(data, "feed")]
    assert read_feed(data, "feed")[0].title == "Ferry fares rise"
    assert read_html(b"<html><body><p>A page.</p></body></html>", "page")[0].text.strip() == "A page."


def test_an_aggregators_item_credits_the_site_it_links_to() -> None:
    # A roundup feed's item links to the original on its publisher's site: the item is the
    # aggregator's copy, and its source element a credit, not the original's own.
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>North Example Roundup</title>
<link>https://www.northexample.org/roundup/</link>
<item><title>Ferry cuts</title><link>https://www.harborledger.com/news/ferry-cuts</link>
<description>The ferry system expects to run one fewer boat this summer.</description>
<source url="https://www.harborledger.com/feed/">Harbor Ledger</source></item>
<item><title>Council vote</title><link>https://www.northexample.org/2024/03/council-vote</link>
<description>The council put off a decision.</description>
<source url="https://www.northexample.org/feed/">North Example News</source></item>
</channel></rss>"""
    found = [(a.outlet, a.self_credit) for doc in read_feed(feed, "feed") for a in extract(doc)]
    assert found == [("Harbor Ledger", False), ("North Example News", True)]
