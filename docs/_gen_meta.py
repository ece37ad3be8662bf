"""Print the table of metadata statements of docs/relations.md: one small page or feed per signal.

Run from the repository root and paste the output into docs/relations.md:

    python docs/_gen_meta.py

Each example is read by the real reader (HTML or feed) as a copy at PAGE_URL, and the yields are
what `provenance.extract` returns for it with the bundled registry.
"""

from __future__ import annotations

import provenance
from provenance.extractors.html import AUTHOR_SIGNALS, LINK_SIGNALS, SIGNALS
from provenance.readers import html_document
from provenance.readers.feed import read_feed

PAGE_URL = "https://riverbendgazette.com/2024/05/14/story/"

# method -> (where the tag stands, the tag as written in the example)
HTML_EXAMPLES: dict[str, tuple[str, str]] = {
    "canonical": ("head", '<link rel="canonical" href="https://www.propublica.org/article/nursing-homes">'),
    "og-url": (
        "head",
        '<meta property="og:url" content="https://www.theguardian.com/world/2024/may/14/story">',
    ),
    "syndication-source": (
        "head",
        '<meta name="syndication-source" content="https://www.nytimes.com/2024/05/14/us/story.html">',
    ),
    "original-source": (
        "head",
        '<meta name="original-source" content="https://www.washingtonpost.com/story/">',
    ),
    "jsonld-is-based-on": (
        "head",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"isBasedOn": "https://theconversation.com/story-123"}</script>',
    ),
    "jsonld-source-organization": (
        "head",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"sourceOrganization": {"@type": "Organization", "name": "CalMatters"}}</script>',
    ),
    "jsonld-publisher": (
        "head",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"publisher": {"@type": "Organization", "name": "KFF Health News", "url": "https://kffhealthnews.org"}}'
        "</script>",
    ),
    "jsonld-provider": (
        "head",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"provider": {"@type": "Organization", "name": "Reuters"}}</script>',
    ),
    "jsonld-copyright-holder": (
        "head",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"copyrightHolder": {"@type": "Organization", "name": "Agence France-Presse"}}</script>',
    ),
    "jsonld-url": (
        "head",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"mainEntityOfPage": {"@type": "WebPage", "@id": "https://www.cicero.de/innenpolitik/story"}}</script>',
    ),
    "jsonld-credit-text": (
        "head",
        '<script type="application/ld+json">{"@type": "NewsArticle", "creditText": "Reuters"}</script>',
    ),
    "dc-source": (
        "head",
        '<meta name="dc.source" content="https://www.propublica.org/article/nursing-homes">',
    ),
    "source-meta": ("head", '<meta name="source" content="The Guardian">'),
    "republication-tracker": (
        "body",
        '<img src="https://www.texastribune.org/wp-content/plugins/republication-tracker-tool/'
        'includes/pixel.php?post=123" width="1" height="1">',
    ),
    "c2pa-manifest": ("head", '<link rel="c2pa-manifest" href="https://www.bbc.co.uk/c2pa/story.c2pa">'),
    "original-link": (
        "body",
        '<p><a href="https://www.propublica.org/article/nursing-homes">Original article</a></p>',
    ),
    "source-link": ("body", '<p>(<a href="https://www.reuters.com/world/story">Source</a>)</p>'),
    "author": ("head", '<meta name="author" content="Associated Press">'),
    "author ": ("head", '<meta name="author" content="Jane Doe, Futurism">'),
    "author  ": (
        "body",
        '<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="author" content="AFP"></div>',
    ),
}

FEED_EXAMPLES: dict[str, str] = {
    "feed-source": '<source url="https://www.propublica.org/feeds/main">ProPublica</source>',
    "author": "<dc:creator>Associated Press</dc:creator>",
    "feed-via": '<link rel="via" href="https://www.propublica.org/article/nursing-homes"/>',
}

CROSS_SITE_ONLY = {"canonical", "og-url", "c2pa-manifest"}
NOTES = {
    "jsonld-publisher": "only a registered publisher or wire other than the copy's site (not a parent company)",
    "jsonld-provider": "as for `publisher`; a wire's name gives a `wire_credit`",
    "jsonld-copyright-holder": "as for an author field",
    "jsonld-credit-text": "as for an author field (the article's, not a picture's)",
    "original-link": "a link alone on its line, its words 'Original', 'Original article', 'Read the original' (also "
    "German, French, Spanish, Italian, Portuguese), to another site than the copy's; the evidence is the link's words",
    "source-link": "the same for 'Source', 'Quelle', 'Fuente', 'Fonte', 'Bron', 'Źródło', 'Kaynak', 'Источник': "
    "`wire_credit` for a wire's site, else `source_credit`",
    "jsonld-url": "the article's `mainEntityOfPage` or `url` (as the original's data kept by a copy gives it); "
    "only when it names another site than the copy's",
    "dc-source": "a page's address, or the name of a registered publisher or wire",
    "source-meta": "as for `dc.source` (also `article:source`)",
    "jsonld-is-based-on": "not a paper's, a dataset's, code's or a book's address (see below)",
    "feed-via": "a feed entry's `<link rel=\"via\">` (Atom's, or `atom:link` in RSS) (where its information came from) to another site than the "
    "entry's: `source_credit`, or `wire_credit` for a wire's site",
    "feed-source": "an RSS 2.0 `<source url>` or Atom `<source>`; `source_credit` for a teaser of under 600 "
    "characters (as here), `republished_from` for a whole copy",
}


def cell(text: str) -> str:
    """Text for a code span in a table cell: pipes escaped."""
    return text.replace("|", "\\|")


def page(where: str, tag: str) -> provenance.Document:
    head, body = (tag, "") if where == "head" else ("", tag)
    html = f"<html><head>{head}</head><body><article><p>The story.</p>{body}</article></body></html>"
    return html_document(html, "example.html", url=PAGE_URL)


def feed(tag: str) -> provenance.Document:
    rss = (
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title>'
        f"<item><title>Story</title><link>{PAGE_URL}</link>{tag}<description>The story.</description></item>"
        "</channel></rss>"
    )
    return read_feed(rss.encode(), "example.rss", max_bytes=1 << 20)[0]


def yields(doc: provenance.Document) -> str:
    found = provenance.extract(doc)
    if not found:
        return "nothing"
    out = []
    for a in found:
        item = f"{a.outlet} → `{a.outlet_id}`, `{a.relation.value}` ({a.confidence:g})"
        if a.url:
            item += f", url `{cell(a.url)}`"
        out.append(item)
    return "; ".join(out)


def weight(method: str) -> str:
    authors = {rule: w for rule, w, _ in AUTHOR_SIGNALS.values()}
    if method in authors:
        return f"{authors[method]:g}"
    if method in LINK_SIGNALS:
        return f"{LINK_SIGNALS[method]:g}"
    return next(f"{s.weight:g}" for s in SIGNALS.values() if s.rule == method)


def main() -> None:
    print(
        "| method | example (in a page or feed item at the copy's URL) | yields (confidence) | weight | notes |"
    )
    print("|---|---|---|---|---|")
    for key, (where, tag) in HTML_EXAMPLES.items():
        method = key.strip()
        note = "only when it names another site than the copy's" if method in CROSS_SITE_ONLY else ""
        note = NOTES.get(method, note)
        if key == "author":
            note = "a registered wire's name first, or last after a person's name: `wire_credit`"
        elif key == "author ":
            note = "a registered publisher other than the copy's, alone or after a person's name (0.7)"
        elif key == "author  ":
            note = "microdata: the author of the page's first article item (not of a related story's card or a comment)"
        print(f"| `html:{method}` | `{cell(tag)}` | {yields(page(where, tag))} | {weight(method)} | {note} |")
    for method, tag in FEED_EXAMPLES.items():
        note = NOTES.get(method, "as for a page")
        print(
            f"| `html:{method}` | `{cell(tag)}` (a feed item) | {yields(feed(tag))} | {weight(method)} | {note} |"
        )


if __name__ == "__main__":
    main()
