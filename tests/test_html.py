"""The HTML reader and the metadata extractor: text with block structure, links, metadata."""

from __future__ import annotations

import pytest

from provenance import Location, Outlet, OutletRegistry, Relation, extract
from provenance.readers.html import html_document, read_html

PAGE = """<!doctype html><html><head>
<title>Ferry fares rise | Copy Site</title>
<meta property="og:title" content="Ferry Fares Rise">
<meta property="article:published_time" content="2024-05-04T08:00:00Z">
<link rel="canonical" href="{canonical}">
<meta name="syndication-source" content="{syndication}">
<script type="application/ld+json">{{"@type": "NewsArticle", "isBasedOn": "https://harborledger.com/2024/05/03/ferry",
 "publisher": {{"name": "Copy Site", "url": "https://copysite.com"}}}}</script>
</head><body>
<nav><a href="/">Home</a> Originally published by Nowhere Daily</nav>
<article>
<h1>Ferry Fares Rise</h1>
<figure><img src="x.jpg"><figcaption>The harbour at dawn. (Jane Doe/AP)</figcaption></figure>
<p>This story was originally published by <a href="https://harborledger.com/2024/05/03/ferry">Harbor Ledger</a>.</p>
<p>Fares   will rise
 by twelve percent, the authority said.</p>
<div class="related-posts"><p>The post Other appeared first on Elsewhere News.</p></div>
<footer><p>Reprinted with permission from Harbor Ledger.</p></footer>
</article>
<aside>Read more: Originally published by Sidebar Times</aside>
<footer class="site"><p>Copyright 2024 The Associated Press. All rights reserved.</p></footer>
<img src="https://harborledger.com/wp-content/plugins/republication-tracker-tool/includes/pixel.php?post=7">
</body></html>"""


def _page(
    canonical: str = "https://harborledger.com/2024/05/03/ferry", syndication: str = "Harbor Ledger"
) -> str:
    return PAGE.format(canonical=canonical, syndication=syndication)


def test_text_keeps_blocks_and_drops_furniture() -> None:
    doc = html_document(_page(), "page.html", url="https://copysite.com/ferry")
    lines = doc.text.split("\n")
    assert lines[0] == "Ferry Fares Rise"
    assert "Fares will rise by twelve percent, the authority said." in lines
    for gone in ("Nowhere Daily", "Elsewhere News", "Sidebar Times", "All rights reserved"):
        assert gone not in doc.text
    assert "Reprinted with permission from Harbor Ledger." in lines  # the article's own footer stays
    assert doc.title == "Ferry Fares Rise" and doc.published == "2024-05-04T08:00:00Z"


def test_an_articles_tag_list_is_furniture_and_its_sign_off_the_last_line() -> None:
    # The sign-off closes the text; the tags under it are the site's links to topic pages.
    html = (
        "<html><body><article><h1>Water cuts</h1><p>Supply will be restored by Wednesday.</p>"
        "<p><strong>African News Agency (ANA)</strong></p>"
        '<div class="tags"><a href="/tags/water">Water crisis</a> <a href="/tags/city">Service delivery</a></div>'
        "</article></body></html>"
    )
    doc = html_document(html, "page.html", url="https://copysite.com/water")
    assert "Water crisis" not in doc.text
    assert [(a.outlet, a.relation.value) for a in extract(doc)] == [("African News Agency", "wire_credit")]


@pytest.mark.parametrize(
    ("aside", "kept"),
    [
        ('<aside class="disclaimer"><p>First published by Harbor Ledger.</p></aside>', True),
        ('<aside class="editor-note"><p>First published by Harbor Ledger.</p></aside>', True),
        ("<aside><p>First published by Harbor Ledger.</p></aside>", False),
        ('<aside class="related-notes"><p>First published by Harbor Ledger.</p></aside>', False),
    ],
)
def test_an_aside_in_the_article_is_kept_when_it_is_a_note_on_the_text(aside: str, kept: bool) -> None:
    page = f"<html><body><article><h1>Ferry Fares Rise</h1><p>Fares will rise.</p>{aside}</article></body></html>"
    doc = html_document(page, "page.html")
    assert ("First published by Harbor Ledger." in doc.text.split("\n")) is kept
    # Outside the article a note is the site's.
    outside = html_document(page.replace("</article>", "").replace(aside, "</article>" + aside), "page.html")
    assert "Harbor Ledger" not in outside.text


def test_links_and_captions_keep_their_place() -> None:
    doc = html_document(_page(), "page.html", url="https://copysite.com/ferry")
    [link] = [k for k in doc.links if k.href.startswith("https://harborledger.com")]
    assert doc.text[link.start : link.end] == "Harbor Ledger"
    assert doc.location_at(doc.text.index("The harbour at dawn")) is Location.CAPTION


def test_statements_of_text_and_metadata() -> None:
    found = extract(html_document(_page(), "page.html", url="https://copysite.com/ferry"))
    methods = {(a.evidence.method, a.outlet_id) for a in found}
    assert ("text:this-article-was-originally-published", "harborledger") in methods
    assert ("html:canonical", "harborledger") in methods
    assert ("html:syndication-source", "harborledger") in methods
    assert ("html:jsonld-is-based-on", "harborledger") in methods
    assert ("html:republication-tracker", "harborledger") in methods
    assert not any(a.evidence.method == "html:jsonld-publisher" for a in found)  # the host's own name
    linked = next(a for a in found if a.evidence.method.startswith("text:this-article"))
    assert linked.url == "https://harborledger.com/2024/05/03/ferry"
    meta = next(a for a in found if a.evidence.method == "html:canonical")
    assert meta.evidence.location is Location.META and meta.relation is Relation.REPUBLISHED_FROM


def test_canonical_to_the_host_is_no_credit() -> None:
    found = extract(
        html_document(_page(canonical="/ferry"), "page.html", url="https://www.copysite.com/ferry")
    )
    assert not any(a.evidence.method == "html:canonical" for a in found)


@pytest.mark.parametrize(
    ("canonical", "url", "credited"),
    [
        # A page saved from the Wayback Machine keeps its canonical tag rewritten to the archive.
        (
            "https://web.archive.org/web/20240504080000/https://www.copysite.com/ferry",
            "https://www.copysite.com/ferry",
            None,
        ),
        (
            "https://web.archive.org/web/20240504080000/https://harborledger.com/2024/05/03/ferry",
            "https://www.copysite.com/ferry",
            "harborledger",
        ),
        (
            "https://harborledger.com/2024/05/03/ferry",
            "https://web.archive.org/web/20240504080000/https://www.copysite.com/ferry",
            "harborledger",
        ),
        ("https://web.archive.org/web/20240504080000/https://harborledger.com/x", None, None),
        # A news reader's or an archive's own page names no publisher.
        ("https://news.google.com/articles/CBMiWmh0dHBzOi8v", "https://www.copysite.com/ferry", None),
        ("https://archive.ph/AbCdE", "https://www.copysite.com/ferry", None),
    ],
)
def test_canonical_through_an_archive(canonical: str, url: str | None, credited: str | None) -> None:
    found = extract(html_document(_page(canonical=canonical), "page.html", url=url))
    canonicals = [a.outlet_id for a in found if a.evidence.method == "html:canonical"]
    assert canonicals == ([credited] if credited else [])


@pytest.mark.parametrize(
    "furniture", ["widget most-read", "most-viewed", "popular-posts", "textwidget widget", "ap-headlines"]
)
def test_a_list_of_other_stories_is_furniture(furniture: str) -> None:
    teaser = "<p>LONDON (Reuters) - Shares fell sharply on Tuesday as investors weighed new data.</p>"
    html = (
        "<html><body><article><h1>Ferry fares rise</h1><p>Fares will rise by twelve percent, the authority "
        "said on Tuesday after a long meeting of its board.</p></article>"
        f"<div class='{furniture}'><h3>Most read</h3>{teaser}</div></body></html>"
    )
    doc = html_document(html, "page.html", url="https://www.copysite.com/ferry")
    assert "Reuters" not in doc.text and extract(doc) == []


def test_an_agencys_headline_widget_and_its_copyright_are_furniture() -> None:
    # A station's own story, with a box of an agency's headlines under it: the box's copyright line
    # is the box's, not the story's.
    html = (
        "<html><body><main><article><h1>Council passes budget</h1><p>The council approved the budget on "
        "Friday after a long meeting, its president said.</p></article>"
        "<section class='ap-headlines'><h2>National News</h2><ul><li><a href='/a'>Storms cut power</a></li>"
        "<li><a href='/b'>Stocks drift</a></li></ul>"
        "<p>Copyright 2024 The Associated Press. All rights reserved.</p></section></main></body></html>"
    )
    doc = html_document(html, "page.html", url="https://www.station.example/budget")
    assert "Associated Press" not in doc.text and extract(doc) == []
    # The same copyright line under the story itself is the story's credit.
    story = html.replace(
        "</p></article>", "</p><p>Copyright 2024 The Associated Press. All rights reserved.</p></article>"
    )
    assert [
        a.outlet_id for a in extract(html_document(story, "page.html", url="https://www.station.example/b"))
    ] == ["ap"]


@pytest.mark.parametrize(
    ("html", "outlet", "url"),
    [
        # After its article, whatever its case ("sur le site de la <a>...</a>").
        (
            "<p>Le club ajoute un paragraphe.</p><p><em>Cet article a été publié initialement sur le site de la "
            '<a href="https://www.exemple-cyclisme.fr/">Fédération exemple de cyclisme</a>.</em></p>',
            "Fédération exemple de cyclisme",
            "https://www.exemple-cyclisme.fr/",
        ),
        # A house's blog names the house.
        (
            '<p>This post was originally published on <a href="https://www.example-labs.com/blog/x">'
            "Example Labs’s blog</a>.</p><p>High dynamic range support landed this week.</p>",
            "Example Labs",
            "https://www.example-labs.com/blog/x",
        ),
    ],
    ids=["after-its-article", "a-houses-blog"],
)
def test_a_linked_name_is_the_credits_name(html: str, outlet: str, url: str) -> None:
    doc = html_document(html, "x.html", url="https://www.copy-example.org/a")
    [a] = [a for a in extract(doc) if a.relation is Relation.REPUBLISHED_FROM]
    assert (a.outlet, a.url) == (outlet, url)


def test_lower_case_name_in_a_link() -> None:
    doc = html_document(
        '<p>This article was originally published on <a href="https://www.coolimba.com/x">coolimba</a>'
        " and has been republished here with permission.</p>",
        "x.html",
        url="https://copy.example/a",
    )
    [a] = [a for a in extract(doc) if a.evidence.method.startswith("text:")]
    assert (a.outlet, a.url) == ("coolimba", "https://www.coolimba.com/x")


def test_yoast_footer_links_the_credited_article() -> None:
    doc = html_document(
        '<p>Body.</p><p>The post <a href="https://islandtimes.org/story">Admiral warns</a> appeared'
        ' first on <a href="https://islandtimes.org">Island Times News</a>.</p>',
        "feed-item",
    )
    [a] = extract(doc)
    assert (a.outlet, a.title, a.url) == (
        "Island Times News",
        "Admiral warns",
        "https://islandtimes.org/story",
    )


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            "<div>" * 50_000 + "Originally published by Deep Site" + "</div>" * 50_000, id="deep-nesting"
        ),
        pytest.param("<p>unclosed <b><i><a href='x'>Originally published by Loose Tags", id="unclosed"),
        pytest.param("\x00\x01<html><body>\ud800 broken", id="control-and-surrogates"),
        pytest.param("", id="empty"),
    ],
)
def test_malformed_html_degrades(html: str) -> None:
    doc = html_document(html, "bad.html")
    extract(doc)  # never raises


def test_declared_charset() -> None:
    data = '<html><head><meta charset="iso-8859-1"></head><body><p>Café à Genève</p></body></html>'.encode(
        "latin-1"
    )
    assert read_html(data, "x.html", max_bytes=10_000)[0].text == "Café à Genève"


def test_invalid_utf8_degrades() -> None:
    data = b"<html><body><p>Originally published by Harbor Ledger \xff\xfe\xc3( broken</p></body></html>"
    [doc] = read_html(data, "bad.html", max_bytes=10_000)
    assert "Harbor Ledger" in doc.text
    assert [a.outlet for a in extract(doc)] == ["Harbor Ledger"]


def test_oversized_page_is_refused() -> None:
    from provenance import InputTooLarge

    with pytest.raises(InputTooLarge, match=r"big\.html"):
        read_html(b"<html>" + b"x" * 2_000 + b"</html>", "big.html", max_bytes=1_000)


def _meta_credits(head: str, url: str | None = "https://copysite.com/2024/05/story") -> list[tuple[str, ...]]:
    """The metadata statements of a page whose head is ``head``: (method, relation, outlet id, url)."""
    html = f"<html><head>{head}</head><body><article><p>The story.</p></article></body></html>"
    return [
        (a.evidence.method, a.relation.value, a.outlet_id, a.url or "")
        for a in extract(html_document(html, "page.html", url=url))
        if a.evidence.location is Location.META and not a.self_credit
    ]


def _ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            '<meta name="syndication-source" content="www.harborledger.com">',
            [("html:syndication-source", "republished_from", "harborledger", "")],
            id="syndication-source-names-a-host",
        ),
        pytest.param(
            '<meta name="original-source" content="harborledger.com/2024/05/03/ferry">',
            [
                (
                    "html:original-source",
                    "republished_from",
                    "harborledger",
                    "https://harborledger.com/2024/05/03/ferry",
                )
            ],
            id="original-source-without-scheme",
        ),
        pytest.param(
            '<link rel="canonical" href="www.harborledger.com/2024/05/03/ferry">',
            [
                (
                    "html:canonical",
                    "republished_from",
                    "harborledger",
                    "https://www.harborledger.com/2024/05/03/ferry",
                )
            ],
            id="canonical-without-scheme",
        ),
        pytest.param(
            '<link rel="canonical" href="https://copysite.co.uk/2024/05/story">',
            [],
            id="canonical-to-own-other-domain",
        ),
        pytest.param('<link rel="canonical" href="story.html">', [], id="canonical-relative-file"),
        pytest.param(
            '<meta name="dc.source" content="https://harborledger.com/2024/05/03/ferry">',
            [
                (
                    "html:dc-source",
                    "republished_from",
                    "harborledger",
                    "https://harborledger.com/2024/05/03/ferry",
                )
            ],
            id="dc-source-page",
        ),
        pytest.param('<meta name="DC.Source" content="Annual Report 2023">', [], id="dc-source-no-outlet"),
        pytest.param(
            '<meta name="dcterms.source" content="Reuters">',
            [("html:dc-source", "wire_credit", "reuters", "")],
            id="dc-source-names-a-wire",
        ),
        pytest.param(
            '<meta name="author" content="Jane Doe, Associated Press">',
            [("html:author", "wire_credit", "ap", "")],
            id="author-person-then-wire",
        ),
        pytest.param(
            '<meta name="author" content="Victoria Roe, Futurism">',
            [("html:author", "republished_from", "futurism", "")],
            id="author-person-then-publisher",
        ),
        pytest.param(
            '<meta name="source" content="Agence France-Presse">',
            [("html:source-meta", "wire_credit", "afp", "")],
            id="source-meta-names-a-wire",
        ),
        pytest.param('<meta name="source" content="Press office">', [], id="source-meta-no-outlet"),
        pytest.param(
            '<meta name="cXenseParse:author" content="AFP">',
            [("html:author", "wire_credit", "afp", "")],
            id="cxense-author-names-a-wire",
        ),
        pytest.param(
            '<meta name="author" content="APA/dpa">',
            [("html:author", "wire_credit", "dpa", ""), ("html:author", "wire_credit", "apa", "")],
            id="author-a-list-of-agencies",
        ),
        pytest.param(
            '<meta itemprop="author" content="AFP">',
            [("html:author", "wire_credit", "afp", "")],
            id="microdata-author-as-meta",
        ),
        pytest.param('<meta name="parsely-author" content="Jane Doe">', [], id="author-a-person"),
        pytest.param(
            '<meta property="article:author" content="https://www.facebook.com/theguardian">',
            [],
            id="author-a-profile",
        ),
        pytest.param(
            '<meta property="og:site_name" content="The Guardian">'
            '<meta property="article:publisher" content="https://www.facebook.com/theguardian">'
            '<meta name="citation_journal_title" content="The Lancet">',
            [],
            id="site-name-publisher-page-and-citation-are-no-credits",
        ),
    ],
)
def test_meta_tags(head: str, expected: list[tuple[str, ...]]) -> None:
    assert _meta_credits(head) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            '{"@type": "NewsArticle", "isBasedOn": "https://pubmed.ncbi.nlm.nih.gov/25998000/"}',
            [],
            id="paper-on-pubmed",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "creator": ["Reuters"]}',
            [("html:author", "wire_credit", "reuters", "")],
            id="creator-names-a-wire",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "isBasedOn": "https://www.science.org/doi/10.1126/science.abc1234"}',
            [],
            id="paper-by-doi",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "isBasedOn": "https://github.com/example/tool"}',
            [],
            id="code-repository",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "isBasedOn": {"@type": "ScholarlyArticle", "url": "https://journal.example/a1"}}',
            [],
            id="scholarly-article",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "isBasedOn": {"@type": "CreativeWork", "name": "Doe et al. (2015): A study"}}',
            [],
            id="work-known-by-its-title",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "isBasedOn": {"@type": "NewsArticle", "url": "https://harborledger.com/a"}}',
            [("html:jsonld-is-based-on", "republished_from", "harborledger", "https://harborledger.com/a")],
            id="news-article",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Riverbend Media Group LLC"}}',
            [],
            id="publisher-parent-company",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "The Guardian"}}',
            [("html:jsonld-publisher", "republished_from", "guardian", "")],
            id="publisher-known-outlet",
        ),
        pytest.param(
            '{"@type": "VideoObject", "publisher": {"name": "Reuters"}, "author": {"name": "Reuters"}}',
            [],
            id="video-publisher-is-the-video-s",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"}, '
            '{"@type": "Organization", "name": "Associated Press"}]}',
            [("html:author", "wire_credit", "ap", "")],
            id="author-organization-wire",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "copyrightHolder": {"@type": "Organization", "name": "Agence France-Presse"}}',
            [("html:jsonld-copyright-holder", "wire_credit", "afp", "")],
            id="copyright-holder-wire",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": "https://harborledger.com/a"}}',
            [("html:jsonld-url", "republished_from", "harborledger", "https://harborledger.com/a")],
            id="main-entity-on-another-site",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "url": "https://copysite.com/2024/05/story", '
            '"mainEntityOfPage": "https://copysite.com/2024/05/story"}',
            [],
            id="main-entity-and-url-of-the-page-itself",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "creditText": "Reuters"}',
            [("html:jsonld-credit-text", "wire_credit", "reuters", "")],
            id="credit-text-names-a-wire",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "image": {"@type": "ImageObject", "creditText": "Reuters"}}',
            [],
            id="credit-text-of-a-picture",
        ),
        pytest.param(
            '{"@type": "NewsArticle", "provider": {"@type": "Organization", "name": "Reuters"}}',
            [("html:jsonld-provider", "wire_credit", "reuters", "")],
            id="provider-wire",
        ),
    ],
)
def test_json_ld(data: str, expected: list[tuple[str, ...]]) -> None:
    assert _meta_credits(_ld(data)) == expected


_ARTICLE_ITEM = (
    '<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferry</h1>{}</div>'
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _ARTICLE_ITEM.format(
                '<span itemprop="author" itemscope itemtype="https://schema.org/Organization">'
                '<meta itemprop="name" content="Reuters"></span><p>The story.</p>'
            ),
            [("html:author", "wire_credit", "reuters", "")],
            id="organization-author-of-the-article",
        ),
        pytest.param(
            _ARTICLE_ITEM.format('<p>By <span itemprop="author">Jane Doe</span></p><p>The story.</p>')
            + '<aside><div itemscope itemtype="https://schema.org/NewsArticle"><a href="/x">Storm</a>'
            '<span itemprop="author">Associated Press</span></div></aside>',
            [],
            id="author-of-a-related-story-card",
        ),
        pytest.param(
            _ARTICLE_ITEM.format(
                '<p>The story.</p><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
                '<span itemprop="author">Reuters</span><p>Nice.</p></div>'
            ),
            [],
            id="author-of-a-comment",
        ),
        pytest.param(
            _ARTICLE_ITEM.format("<p>The story.</p>")
            + '<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="author" content="AFP"></div>',
            [],
            id="author-meta-of-a-second-article-item",
        ),
    ],
)
def test_microdata_author(body: str, expected: list[tuple[str, ...]]) -> None:
    html = f"<html><head><title>Ferry</title></head><body>{body}</body></html>"
    found = extract(html_document(html, "page.html", url="https://copysite.com/2024/05/story"))
    assert [
        (a.evidence.method, a.relation.value, a.outlet_id, a.url or "")
        for a in found
        if a.evidence.location is Location.META
    ] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            '<p><a href="https://harborledger.com/2024/05/03/ferry">Source</a></p>',
            [("html:source-link", "source_credit", "harborledger", "")],
            id="a-source-link-alone",
        ),
        pytest.param(
            '<p>(<a href="https://www.reuters.com/world/story">source</a>)</p>',
            [("html:source-link", "wire_credit", "reuters", "")],
            id="a-source-link-to-a-wire",
        ),
        pytest.param(
            '<p><a href="https://harborledger.com/2024/05/03/ferry">Read the original article</a></p>',
            [
                (
                    "html:original-link",
                    "republished_from",
                    "harborledger",
                    "https://harborledger.com/2024/05/03/ferry",
                )
            ],
            id="an-original-link-alone",
        ),
        pytest.param(
            '<p>See the <a href="https://harborledger.com/x">source</a> for the figures.</p>',
            [],
            id="a-link-inside-a-sentence",
        ),
        pytest.param('<p><a href="https://copysite.com/about">Source</a></p>', [], id="a-link-to-the-host"),
        pytest.param('<p><a href="https://doi.org/10.1000/xyz">Source</a></p>', [], id="a-link-to-a-paper"),
    ],
)
def test_labelled_links(paragraph: str, expected: list[tuple[str, ...]]) -> None:
    html = f"<html><body><article><h1>Ferry</h1><p>Fares will rise by twelve percent.</p>{paragraph}</article></body></html>"
    found = extract(html_document(html, "page.html", url="https://copysite.com/2024/05/story"))
    assert [(a.evidence.method, a.relation.value, a.outlet_id, a.url or "") for a in found] == expected
    for a in found:
        assert a.evidence.text.strip(" ()").lower() in ("source", "read the original article")


def test_a_source_link_beside_the_texts_credit_of_the_same_outlet_is_that_credit() -> None:
    # A copied post's feed footer and the "Source link" under it say one thing: where it came from.
    html = (
        "<html><body><article><h1>Ferry</h1><p>Fares will rise by twelve percent.</p>"
        "<p>The post Ferry fares rise appeared first on Harbor Ledger.</p>"
        '<p><a href="https://harborledger.com/2024/05/03/ferry">Source link</a></p></article></body></html>'
    )
    found = extract(html_document(html, "page.html", url="https://copysite.com/2024/05/story"))
    assert {(a.evidence.method, a.relation.value) for a in found if a.outlet_id == "harborledger"} == {
        ("text:yoast-footer", "republished_from"),
        ("html:source-link", "republished_from"),
    }


def test_author_naming_the_host_is_no_credit() -> None:
    head = '<meta name="author" content="The Guardian">'
    assert _meta_credits(head, url="https://www.theguardian.com/world/2024/may/14/story") == []


def test_metadata_of_an_unknown_address() -> None:
    head = (
        '<link rel="canonical" href="https://harborledger.com/a"><meta name="original-source" content="/a">'
    )
    assert _meta_credits(head, url=None) == []


def test_article_inside_furniture_like_wrappers_is_kept() -> None:
    html = (
        '<body><div class="nav2-wrapper"><form id="aspnetForm"><main>'
        '<article class="post tag-newsletter category-sponsored"><p>The article itself.</p></article>'
        '<aside class="related"><article><p>A teaser.</p></article></aside>'
        '<div class="related-posts"><article><p>Another teaser.</p></article></div>'
        "</main></form></div></body>"
    )
    assert html_document(html, "x.html").text == "The article itself."


def test_a_story_without_article_markup_beside_a_rail_of_teaser_articles_is_kept_and_the_rail_is_not() -> (
    None
):
    html = (
        '<body><div class="story"><div class="story-content"><p>Crews dug out a skier on Monday, the sheriff '
        "said, after snow buried a section of the canyon road.</p><p>The road stayed closed overnight while "
        "crews cleared the slide and checked the slopes above it.</p><p>Source: Example Daily</p></div></div>"
        '<aside class="sidebar"><article class="rail-story"><h3>Storm brings ice</h3><div class="rail-byline">'
        "Jane Roe, Example Wire</div></article></aside></body>"
    )
    text = html_document(html, "x.html").text
    assert "Source: Example Daily" in text
    assert "Example Wire" not in text


def test_a_post_without_article_markup_is_kept_inside_its_widget() -> None:
    # Blogger's layout: every block is a "widget", the post's too; its body is marked by class and
    # microdata only. The sidebar's widgets stay furniture.
    html = (
        '<body><div class="main section"><div class="widget Blog" id="Blog1"><div class="post hentry">'
        '<h3 class="post-title">Bridge closed at night</h3>'
        '<div class="post-body entry-content" itemprop="description articleBody">The bridge is tested.<br>'
        "Quelle: SWR</div>"
        '<div class="post-footer">Eingestellt von Gerd</div></div></div></div>'
        '<div class="sidebar section"><div class="widget PopularPosts"><p>Originally published by Sidebar Times'
        "</p></div></div></body>"
    )
    text = html_document(html, "x.html").text
    assert "The bridge is tested.\nQuelle: SWR" in text
    assert "Sidebar Times" not in text and "Eingestellt" not in text
    assert [(a.outlet, a.relation) for a in extract(html_document(html, "x.html"))] == [
        ("SWR", Relation.SOURCE_CREDIT)
    ]


def test_a_related_rail_of_teaser_articles_is_furniture_beside_a_post_body() -> None:
    # A theme whose story has no <article>: its body is marked by class, and the only <article>s
    # are the related rail's teasers, each with its own byline.
    html = (
        '<body><div class="container"><div class="entry-content"><p>The vaccine reaches 625 more towns, '
        "the ministry said on Tuesday.</p><p>Fonte: Example Agency</p></div>"
        '<div class="jnews_related_post_container"><h3>Related</h3><article class="jeg_post"><h3>Another '
        'story</h3><div class="jeg_meta_author">Por Example Wire</div></article></div></div></body>'
    )
    text = html_document(html, "x.html").text
    assert "Fonte: Example Agency" in text
    assert "Example Wire" not in text


@pytest.mark.parametrize(
    "html",
    [
        pytest.param('<div class="abn-image-caption">The founder in 2019 (AFP)</div>', id="caption-class"),
        pytest.param('<p class="wp-caption-text">The founder in 2019 (AFP)</p>', id="wordpress-caption"),
        pytest.param(
            '<figure><img src="x.jpg"><span class="credit">The founder in 2019 (AFP)</span></figure>',
            id="figure",
        ),
        pytest.param('<div class="photo-credit">The founder in 2019 (AFP)</div>', id="photo-credit"),
    ],
)
def test_captions_are_marked(html: str) -> None:
    doc = html_document(f"<article><p>The story begins.</p>{html}<p>It goes on.</p></article>", "x.html")
    assert doc.location_at(doc.text.index("(AFP)")) is Location.CAPTION
    assert doc.location_at(doc.text.index("It goes on")) is Location.BODY


@pytest.mark.parametrize(
    "credit",
    [
        "Courtesy of Example Fire Department",
        "Photo by Example Fire Department",
        "Source: Example Fire Department",
    ],
)
def test_a_credit_line_under_a_picture_is_its_caption(credit: str) -> None:
    # A feed item's picture with its credit on the line after it, no <figure> and no class.
    html = f'<p>The station opens in July.</p><p><img src="x.jpg" alt=""> {credit}</p><p>It goes on.</p>'
    doc = html_document(html, "item.html")
    assert doc.location_at(doc.text.index("Example Fire")) is Location.CAPTION
    assert [a.relation for a in extract(doc)] in ([], [Relation.IMAGE_CREDIT])
    # The same line with no picture before it is the story's.
    plain = html_document(html.replace('<img src="x.jpg" alt="">', ""), "item.html")
    assert plain.location_at(plain.text.index("Example Fire")) is Location.BODY


def test_a_paragraph_behind_the_paywall_is_the_storys_and_the_paywalls_box_is_not() -> None:
    html = (
        "<article><p>The first paragraph.</p>"
        '<p class="paywall"><em>This story originally appeared on Example Weekly.</em></p>'
        '<div class="paywall-prompt">Subscribe to keep reading</div></article>'
    )
    doc = html_document(html, "page.html", url="https://copysite.com/1")
    assert "originally appeared on Example Weekly" in doc.text
    assert "Subscribe" not in doc.text
    assert [(a.outlet, a.relation) for a in extract(doc)] == [("Example Weekly", Relation.REPUBLISHED_FROM)]


def test_a_publisher_named_as_the_host_calls_itself_is_no_credit() -> None:
    # Two outlets go by "Example News"; the page's own registers itself as "Example News Harbor".
    registry = OutletRegistry(
        [
            Outlet(id="example-news", name="Example News", domains=("examplenews.com",), kind="publisher"),
            Outlet(
                id="example-harbor",
                name="Example Harbor",
                domains=("exampleharbor.net",),
                aliases=("Example News Harbor",),
                kind="publisher",
            ),
        ]
    )
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": "Example News"}</script>'
    html = f"<html><head>{head}</head><body><p>Story.</p></body></html>"
    at_home = html_document(html, "page.html", url="https://exampleharbor.net/2024/story")
    assert extract(at_home, registry=registry) == []
    elsewhere = html_document(html, "page.html", url="https://copysite.com/2024/story")
    assert [a.outlet_id for a in extract(elsewhere, registry=registry)] == ["example-news"]


def test_a_caption_beside_its_picture_closed_by_a_credit_in_brackets_is_the_pictures() -> None:
    caption = "Students at a meeting in Buenos Aires. Jana Roe (EFE)"
    html = f'<p><img src="x.jpg" alt=""> <em>{caption}</em></p><p>The universities may close by June.</p>'
    doc = html_document(html, "item.html")
    assert doc.location_at(doc.text.index("(EFE)")) is Location.CAPTION
    assert [a.relation for a in extract(doc)] in ([], [Relation.IMAGE_CREDIT])
    # A story's first paragraph beside the picture stays the story's: its dateline credits.
    story = (
        '<p><img src="x.jpg" alt=""> MADRID (EFE).- The universities may close by June, the rectors said.</p>'
    )
    assert [(a.outlet, a.relation) for a in extract(html_document(story, "item.html"))] == [
        ("EFE", Relation.WIRE_CREDIT)
    ]


def test_a_line_under_a_picture_closed_by_a_credit_in_brackets_is_its_caption() -> None:
    html = (
        '<p><img src="x.jpg" alt=""></p><p><em>Services will be disrupted all week (PA Wire)</em></p>'
        "<p>Passengers face a week of cancellations, the operator said.</p>"
    )
    doc = html_document(html, "item.html")
    assert doc.location_at(doc.text.index("(PA Wire)")) is Location.CAPTION
    assert [a.relation for a in extract(doc)] in ([], [Relation.IMAGE_CREDIT])
    # A paragraph ending with its full stop and a sign-off is the story's.
    story = '<p><img src="x.jpg" alt=""></p><p>Passengers face a week of cancellations, the operator said. (AP)</p>'
    doc = html_document(story, "item.html")
    assert doc.location_at(doc.text.index("(AP)")) is Location.BODY


def test_a_credit_after_a_picture_of_its_own_block_is_the_storys() -> None:
    # A page's header picture, then the story opening with its source's credit.
    html = '<div class="hero"><img src="x.jpg" alt=""></div><p><em>Courtesy of Example News</em></p><p>It goes on.</p>'
    doc = html_document(html, "page.html")
    assert doc.location_at(doc.text.index("Example News")) is Location.BODY
    assert [(a.outlet, a.relation) for a in extract(doc)] == [("Example News", Relation.SOURCE_CREDIT)]


def test_author_naming_the_host_by_an_alias_only() -> None:
    # The registry knows the outlet by its names but not by the host's domain.
    registry = OutletRegistry(
        [
            Outlet(
                id="harbor-ledger-daily",
                name="Harbor Ledger Daily",
                aliases=("Harbor Ledger",),
                kind="publisher",
            )
        ]
    )
    html = '<html><head><meta name="author" content="Harbor Ledger Daily"></head><body><p>Story.</p></body></html>'
    doc = html_document(html, "page.html", url="https://harborledger.com/2024/story")
    assert extract(doc, registry=registry) == []
    elsewhere = doc.model_copy(update={"url": "https://copysite.com/2024/story"})
    assert [a.outlet_id for a in extract(elsewhere, registry=registry)] == ["harbor-ledger-daily"]


@pytest.mark.parametrize(
    "href",
    ["https://[bad/story", "/[::1/story", "//[bad]x/story"],
    ids=["absolute", "relative", "scheme-less"],
)
def test_a_link_to_an_address_no_parser_reads_is_no_credit_and_no_crash(href: str) -> None:
    doc = html_document(f'<link rel="canonical" href="{href}"><p>Words.</p>', "x", url="https://a.example/1")
    assert all(a.url is None or "[" not in a.url for a in extract(doc))


@pytest.mark.parametrize(
    "credit",
    [
        'This post was originally published on <a href="https://harbor-ledger.example/2024/budget">this site</a>.',
        'This article originally appeared <a href="https://harbor-ledger.example/2024/budget">here</a>.',
        'Read the original story <a href="https://harbor-ledger.example/2024/budget">here</a>.',
        'Originally published <a href="https://harbor-ledger.example/2024/budget">here</a>.',
        'Source: <a href="https://harbor-ledger.example/2024/budget">link</a>',
    ],
)
def test_a_link_whose_words_name_no_outlet_credits_its_address(credit: str) -> None:
    page = f"<html><body><article><h1>Budget</h1><p>{'The council met on Tuesday. ' * 5}</p><p>{credit}</p></article></body></html>"
    found = extract(html_document(page, "p.html", url="https://bayside.example/news/budget"))
    assert [(a.outlet, a.url) for a in found] == [
        ("harbor-ledger.example", "https://harbor-ledger.example/2024/budget")
    ]


def test_the_same_words_without_a_link_credit_nobody() -> None:
    text = (
        "The council met on Tuesday.\nThis article originally appeared here.\nRead the original story here.\n"
        "Originally published here.\n"
    )
    assert extract(text) == []
