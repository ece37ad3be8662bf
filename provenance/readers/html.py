"""HTML reader: a page (or a fragment of one) to a `Document` with the article's text, its
links, and the metadata that states where the page came from.

The text keeps the page's block structure (one line per paragraph, heading, list item or
caption) and leaves out what is not the article: scripts, navigation, asides (but for a note on
the text inside the article: an editor's note, a disclaimer, a republication note), forms, and blocks
whose class or id says they are related-article lists, share bars, comments or site chrome.
Links keep their place in the text, so that "originally appeared on <a href=...>Grist</a>"
yields Grist's URL. The host URL is the one the user or the archive gives; ``og:url`` on a copy
often names the original, so it is read as a statement, never as the host.

Metadata read as statements (see `provenance.extractors.html`): ``rel=canonical`` and
``og:url``, ``syndication-source`` and ``original-source`` (meta or link), Dublin Core ``source`` and
``<meta name="source">``,
author fields (and microdata's ``itemprop="author"`` of the page's first article item), JSON-LD
``isBasedOn`` (not a paper's, a dataset's or a book's), ``sourceOrganization``, and the article's
``publisher``, ``provider``, ``author``, ``copyrightHolder``, ``creditText``, ``mainEntityOfPage``
and ``url`` (never a picture's or a video's), the republication-tracker pixel, and a C2PA manifest
link.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance._exceptions import InputError, InputTooLarge
from provenance.models import Document, Location, Region, TextLink
from provenance.readers.text import DEFAULT_MAX_BYTES, binary_kind, decode

# Elements whose content is never the article's text.
_SKIP_TAGS = frozenset(
    "script style noscript template svg iframe form nav button select option textarea head "
    "object embed canvas map dialog menu".split()
)
# An <aside> is left out too, but for one inside the article whose class or id says it is a note on
# the text (an editor's note, a disclaimer, a republication note): credit lines live there.
_NOTE = re.compile(
    r"(?:^|[\s_-])(?:notes?|editor\w*|disclaimer|republish\w*|republication|syndicat\w*|origin\w*|hinweis\w*"
    r"|anmerkung|nota|remarque)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Elements that end a line of text.
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote figure figcaption section article header "
    "footer main table tr td th thead tbody caption pre address hr br center details summary aside".split()
)
_LEAVE_TAGS = _BLOCK_TAGS | {"a", "article", "main", "figcaption", "footer"}
# class or id words of blocks that are site furniture rather than the article.
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:related|recommend\w*|more-?stories|read-?more|also-?read|share|sharing|social|comments?|"
    r"newsletter|subscribe|signup|promo|advert\w*|ads?|sponsor\w*|sidebar|menu|nav\w*|breadcrumbs?|cookie\w*|"
    r"popup|modal|paywall|site-?footer|site-?header|masthead|outbrain|taboola|trending|most-?popular|popular|headlines|"
    r"most-?(?:read|viewed|shared|commented|emailed)|widgets?|tags|tag-?list|tag-?cloud|keywords)(?:$|[\s_-])",
    re.IGNORECASE,
)
_PAYWALL = re.compile(r"paywall", re.IGNORECASE)
# class or id words of picture captions and credits ("wp-caption-text", "image-credit", "credit",
# BEM's "image__credit").
_CAPTION = re.compile(
    r"caption|(?:^|[\s_-])(?:photo|image|img|media|picture|pic|foto|bild)[-_]{0,2}(?:credit|source|copyright|byline)s?"
    r"(?:$|[\s_-])|(?:^|\s)credit(?:$|\s)",
    re.IGNORECASE,
)
# The body of a post on a page without <article> or <main>.
_POST_BODY = (
    '[itemprop~="articleBody"], .post-body, .entry-content, .post-content, .article-body, .story-body'
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]{2,40})""", re.IGNORECASE)
_WS = re.compile(r"\s+")


def _attr(node: LexborNode, name: str) -> str:
    value = node.attributes.get(name)
    return value.strip() if isinstance(value, str) else ""


def decode_html(data: bytes, source: str, max_bytes: int, charset: str | None = None) -> str:
    """Decode a page: a byte-order mark first, then the HTTP charset, the page's meta charset,
    and detection (see `provenance.readers.text.decode`)."""
    if len(data) > max_bytes:
        raise InputTooLarge(source, f"{len(data):,} bytes is over the limit of {max_bytes:,} bytes")
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:4096])
        for name in (charset, declared.group(1).decode("ascii") if declared else None):
            if name:
                try:
                    return data.decode(name, errors="replace")
                except LookupError:
                    continue
    return decode(data, source, max_bytes=max_bytes)


def page_input(data: bytes, source: str, max_bytes: int, charset: str | None = None) -> str | bytes:
    """A page as the parser is given it: its own bytes when they are UTF-8 (declared so, or not
    declared at all; the parser then reads them itself, measured a quarter faster than from a
    str), else the text `decode_html` makes of them. Refuses what `decode_html` refuses."""
    if len(data) > max_bytes:
        raise InputTooLarge(source, f"{len(data):,} bytes is over the limit of {max_bytes:,} bytes")
    body = data.removeprefix(codecs.BOM_UTF8)
    declared = charset
    if declared is None and len(body) == len(data):
        found = _META_CHARSET.search(data[:4096])
        declared = found.group(1).decode("ascii") if found else None
    if declared is None or _codec(declared) in ("utf-8", "ascii"):
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if body.strip() and binary_kind(body) is None:
                return body
    return decode_html(data, source, max_bytes, charset)


@lru_cache(maxsize=64)
def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


class _Builder:
    """Text with its block structure, links and caption spans, written in one pass over the tree."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.last = "\n"  # the last character written (a new text starts as after a line)
        self.links: list[TextLink] = []
        self.captions: list[tuple[int, int]] = []
        self.footers: list[tuple[int, int]] = []
        self.images: list[int] = []  # where each picture stood in the text
        # The pictures with words after them in their own block ("<p><img> Courtesy of X</p>").
        self.pictures_with_words: list[int] = []
        self._picture: int | None = None

    def text(self, value: str) -> None:
        if value.isspace():  # most text nodes of a page: the white space between its tags
            if self.last not in " \n":
                self._add(" ")
            return
        words = _WS.sub(" ", value)
        if self.last in " \n":
            words = words.lstrip(" ")
        if words:
            if self._picture is not None:
                self.pictures_with_words.append(self._picture)
                self._picture = None
            self._add(words)

    def picture(self) -> None:
        self.images.append(self.length)
        self._picture = self.length

    def newline(self) -> None:
        self._picture = None
        if self.last == " ":
            # A line ends without its trailing space (no part holds a newline but "\n" itself).
            self.parts[-1] = self.parts[-1][:-1]
            self.length -= 1
            self._add("\n")
        elif self.last != "\n":
            self._add("\n")

    def _add(self, value: str) -> None:
        self.parts.append(value)
        self.length += len(value)
        self.last = value[-1]

    def result(self) -> str:
        return "".join(self.parts)


@lru_cache(maxsize=4096)
def _furniture(words: str) -> tuple[bool, bool, bool]:
    """Whether blocks of this class and id are site furniture, a footer, a picture's caption."""
    return (
        _BOILERPLATE.search(words) is not None,
        "footer" in words.lower(),
        _CAPTION.search(words) is not None,
    )


def _verdict(node: LexborNode, tag: str) -> tuple[bool, bool, bool]:
    """(left out whatever, left out outside an article, a caption): one look at the node's attributes.

    A <figure> is a caption as a whole: what it holds besides the picture is the picture's
    caption and credit, with or without a <figcaption>.
    """
    if tag in _SKIP_TAGS:
        return True, True, False
    attrs = node.attributes
    if tag == "aside":
        words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        note = _NOTE.search(words) is not None and not _furniture(words)[0]
        return not note, True, False
    if not attrs:
        return False, tag == "footer", tag == "figure"
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True, True, False
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    if not words.strip():
        return False, tag == "footer", tag == "figure"
    furniture, footer, caption = _furniture(words)
    if furniture and tag == "p" and _furniture(_PAYWALL.sub(" ", words)) == (False, footer, caption):
        # A paragraph marked as behind the paywall is the story's own (Condé Nast's <p
        # class="paywall">); a paywall's box is a <div> or an <aside>.
        furniture = False
    return furniture, furniture or footer or tag == "footer", caption or tag == "figure"


def _content_path(tree: LexborHTMLParser) -> frozenset[int]:
    """The page's main article and every element around it, by ``mem_id``.

    These are never left out as furniture: a wrapper whose class merely contains a furniture word
    ("nav2-wrapper", "content-with-sidebar", an ASP.NET page's all-enclosing <form>) or a post
    whose class lists its tags ("tag-newsletter", "category-sponsored") would otherwise take the
    whole article with it. The main article is the one with the most text among the <article>s
    and the post bodies marked by microdata or class (`_POST_BODY`: Blogger's, an older CMS's,
    whose "widget Blog" wrapper would otherwise go as a sidebar's widget; a theme's whose only
    <article>s are the related rail's teasers); on a page with none, its <main>.
    """
    candidates = (tree.css("article") + tree.css(_POST_BODY)) or tree.css("main")
    best: LexborNode | None = None
    if candidates:  # teasers are articles too: the story is the longest (the first of the longest)
        sizes = [len(node.text(deep=True)) for node in candidates]
        longest = max(range(len(candidates)), key=sizes.__getitem__)
        best = candidates[longest]
    if best is not None and (dense := _densest_block(tree)) is not None:
        # A story in no <article> of its own ("<div class="story-content">") beside the teasers of
        # a rail, each an <article> ("<aside class="sidebar"><article class="rail-story">"): the
        # block that holds the most paragraphs' words, where it holds twice the words of the
        # longest <article> and is not inside it.
        block, held = dense
        if held > 2 * sizes[longest] and not _within(block, best):
            best = block
    path: set[int] = set()
    while best is not None:
        path.add(best.mem_id)
        best = best.parent
    return frozenset(path)


def _within(node: LexborNode, ancestor: LexborNode) -> bool:
    """Whether ``node`` is ``ancestor`` or inside it."""
    at: LexborNode | None = node
    while at is not None:
        if at.mem_id == ancestor.mem_id:
            return True
        at = at.parent
    return False


def _densest_block(tree: LexborHTMLParser) -> tuple[LexborNode, int] | None:
    """The element whose own paragraphs (<p> children) hold the most words' characters, and
    their count."""
    totals: dict[int, tuple[LexborNode, int]] = {}
    for paragraph in tree.css("p"):
        parent = paragraph.parent
        if parent is not None:
            held = totals.get(parent.mem_id)
            totals[parent.mem_id] = (parent, (held[1] if held else 0) + len(paragraph.text(deep=True)))
    return max(totals.values(), key=lambda held: held[1]) if totals else None


def _walk(root: LexborNode, out: _Builder, keep: frozenset[int] = frozenset()) -> None:
    """Write the text under ``root``; an explicit stack, so deep nesting cannot overflow.

    Footers inside an <article> or <main> belong to the article (credit lines live there);
    footers elsewhere are the site's (copyright and licence notices) and are left out. The
    elements of ``keep`` (see `_content_path`) are never left out.
    """
    stack: list[tuple[LexborNode, str, int, int]] = [(root, "", 0, 0)]
    inside = 0  # open <article>/<main> elements
    while stack:
        node, leaving, start, first_part = stack.pop()
        if leaving:  # the element's tag, when it ends here
            tag = leaving
            if tag in ("article", "main"):
                inside -= 1
            if tag == "a":
                href = _attr(node, "href")
                end = out.length
                if href and end > start and not href.startswith(("#", "javascript:", "mailto:")):
                    text = "".join(out.parts[first_part:])[: end - start]
                    stripped = text.strip()
                    if stripped:
                        offset = start + text.index(stripped)
                        out.links.append(TextLink(start=offset, end=offset + len(stripped), href=href))
            elif tag in ("figcaption", "-caption"):
                out.captions.append((start, out.length))
            elif tag == "footer":
                out.footers.append((start, out.length))
            if tag in _BLOCK_TAGS:
                out.newline()
            continue
        tag = node.tag or ""
        if tag == "-text":
            out.text(node.text_content or "")
            continue
        caption = False
        if node is not root:
            always, outside, caption = _verdict(node, tag)
            if (always or (outside and not inside)) and node.mem_id not in keep:
                continue
        if tag in ("article", "main"):
            inside += 1
        if tag in _BLOCK_TAGS:
            out.newline()
        if tag == "img":
            out.picture()
            continue
        if tag == "br":
            continue
        if caption and tag not in ("a", "article", "main"):
            # Marked a caption where it ends; an inline one ends no line.
            leave = "figcaption" if tag in _BLOCK_TAGS else "-caption"
            stack.append((node, leave, out.length, len(out.parts)))
        elif tag in _LEAVE_TAGS:  # something to do where it ends
            stack.append((node, tag, out.length, len(out.parts)))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, "", 0, 0))


def _json_ld(scripts: list[LexborNode]) -> Iterator[dict[str, Any]]:
    for script in scripts:
        try:
            data = json.loads(script.text() or "null")
        except (json.JSONDecodeError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item[:100])
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"][:100])


# <meta name|property> -> signal. Author fields are read for news agencies and other outlets;
# og:site_name and application-name are the site's own name (``site:`` signals: no statement, a
# name the store learns for the host, see `provenance.aliases`); article:publisher (a
# social-media page) and citation_* (a paper's own record) are not read at all.
_META_SIGNALS = {
    "og:site_name": "site:og:site_name",
    "application-name": "site:application-name",
    "og:url": "og:url",
    "syndication-source": "syndication-source",
    "original-source": "original-source",
    "dc.source": "dc.source",
    "dcterms.source": "dc.source",
    "source": "meta:source",
    "article:source": "meta:source",
    "author": "author",
    "article:author": "author",
    "og:article:author": "author",
    "parsely-author": "author",
    "sailthru.author": "author",
    "dc.creator": "author",
    "dcterms.creator": "author",
    "byl": "author",
    "cxenseparse:author": "author",
}
# <link rel> -> signal.
_LINK_SIGNALS = {
    "canonical": "canonical",
    "c2pa-manifest": "c2pa-manifest",
    "c2pa": "c2pa-manifest",
    "original-source": "original-source",
    "syndication-source": "syndication-source",
}
# JSON-LD items that describe the article (their publisher, provider and author are the article's);
# the publisher of a VideoObject or an ImageObject is the picture's, never the text's.
_LD_ARTICLES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle backgroundnewsarticle "
    "reviewnewsarticle asknewsarticle askpublicnewsarticle satiricalarticle blogposting liveblogposting "
    "socialmediaposting discussionforumposting report techarticle webpage itempage".split()
)
_LD_MEDIA = frozenset("imageobject videoobject audioobject mediaobject photograph clip".split())
# Works an article can be based on without copying a news outlet: a citation, never a credit.
_LD_WORKS = frozenset(
    "scholarlyarticle medicalscholarlyarticle dataset datacatalog datadownload softwaresourcecode "
    "softwareapplication book chapter thesis periodical publicationissue publicationvolume patent "
    "legislation movie tvseries musicrecording".split()
)


def _ld_types(item: dict[str, Any]) -> set[str]:
    kinds = item.get("@type")
    if isinstance(kinds, str):
        return {kinds.rpartition("/")[2].lower()}
    if isinstance(kinds, list):
        return {k.rpartition("/")[2].lower() for k in kinds if isinstance(k, str)}
    return set()


def _ld_values(value: object, keys: tuple[str, ...]) -> Iterator[str]:
    """The strings a JSON-LD value gives: itself, or the first of ``keys`` each of its objects has."""
    for entry in (value if isinstance(value, list) else [value])[:20]:
        if isinstance(entry, str) and entry.strip():
            yield entry.strip()
        elif isinstance(entry, dict):
            text = next((entry[k] for k in keys if isinstance(entry.get(k), str) and entry[k].strip()), "")
            if text:
                yield str(text).strip()


def _ld_based_on(value: object) -> Iterator[str]:
    """The addresses an ``isBasedOn`` gives; works that are not news (papers, data, code, books)
    and works known only by a title are left out."""
    for entry in (value if isinstance(value, list) else [value])[:20]:
        if isinstance(entry, dict):
            if _ld_types(entry) & _LD_WORKS:
                continue
            entry = next((entry[k] for k in ("url", "@id", "sameAs") if isinstance(entry.get(k), str)), "")
        if isinstance(entry, str) and "://" in entry:
            yield entry.strip()


def _ld_meta(item: dict[str, Any]) -> Iterator[tuple[str, str]]:
    kinds = _ld_types(item)
    if kinds & _LD_MEDIA:
        return
    for key in ("isBasedOn", "isBasedOnUrl"):
        for url in _ld_based_on(item.get(key)):
            yield f"jsonld:{key}", url
    for name in _ld_values(item.get("sourceOrganization"), ("url", "@id", "name")):
        yield "jsonld:sourceOrganization", name
    if "website" in kinds:
        for name in _ld_values(item.get("name"), ()):
            yield "site:jsonld:website", name
    if kinds & _LD_ARTICLES:
        for name in _ld_values(item.get("publisher"), ("name",)):
            yield "site:jsonld:publisher", name
        for key in ("publisher", "provider"):
            for name in _ld_values(item.get(key), ("url", "@id", "name")):
                yield f"jsonld:{key}", name
        for key in ("author", "creator", "copyrightHolder", "creditText"):
            for name in _ld_values(item.get(key), ("name",)):
                yield f"jsonld:{key}", name
        # The article's own address, as a copy that kept the original's data still gives it.
        for key in ("mainEntityOfPage", "url"):
            for url in _ld_values(item.get(key), ("@id", "url")):
                if "://" in url:
                    yield f"jsonld:{key}", url


def _item_type(node: LexborNode) -> str:
    """The last part of a microdata item's type ("https://schema.org/NewsArticle" -> "newsarticle")."""
    return (node.attributes.get("itemtype") or "").strip().rstrip("/").rpartition("/")[2].lower()


def _owner(node: LexborNode) -> LexborNode | None:
    """The microdata item a property belongs to: the nearest enclosing ``itemscope``."""
    parent = node.parent
    while parent is not None and parent.tag not in ("html", "-document"):
        if "itemscope" in parent.attributes:
            return parent
        parent = parent.parent
    return None


def _microdata_author(node: LexborNode, article: LexborNode | None) -> str:
    """The name of an ``itemprop="author"`` that is the page's article's (the first article item
    on the page): not a related story's card, a comment's or a review's author."""
    owner = _owner(node)
    if owner is not None and (article is None or owner.mem_id != article.mem_id):
        return ""
    if "itemscope" in node.attributes:  # an Organization or a Person item: its name
        inner = node.css_first('[itemprop="name"]')
        if inner is None:
            return ""
        node = inner
    if node.tag == "meta":  # <meta itemprop="author" content="AFP">
        return (node.attributes.get("content") or "").strip()
    text = _WS.sub(" ", node.text() or "").strip()
    return text if len(text) <= 100 else ""


_META_NODES = (
    'link[rel], meta, script[type="application/ld+json"], img[src*="republication-tracker"], title, '
    '[itemprop="author"], [itemprop="creator"]'
)


def read_meta(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """The page's provenance metadata as (signal, value) pairs, in page order (one pass)."""
    found: list[tuple[str, str]] = []
    ld: list[LexborNode] = []
    title = True  # the page's first <title> (the head's) only
    scopes: list[LexborNode] | None = None
    for node in tree.css(_META_NODES):
        tag = node.tag
        attrs = node.attributes
        microdata = (attrs.get("itemprop") or "").strip().lower() in ("author", "creator")
        if microdata and not (attrs.get("name") or attrs.get("property")):
            if scopes is None:
                scopes = [n for n in tree.css("[itemscope][itemtype]") if _item_type(n) in _LD_ARTICLES][:1]
            name = _microdata_author(node, scopes[0] if scopes else None)
            if name:
                found.append(("author", name))
            continue
        if tag == "title":
            text = _WS.sub(" ", node.text() or "").strip() if title else ""
            title = False
            if text:
                found.append(("site:title", text))
            continue
        if tag == "link":
            href = (attrs.get("href") or "").strip()
            if href:
                for rel in (attrs.get("rel") or "").lower().split():
                    if rel in _LINK_SIGNALS:
                        found.append((_LINK_SIGNALS[rel], href))
        elif tag == "meta":
            name = (attrs.get("name") or attrs.get("property") or "").strip().lower()
            content = (attrs.get("content") or attrs.get("value") or "").strip()
            if content and name in _META_SIGNALS:
                found.append((_META_SIGNALS[name], content))
        elif tag == "script":
            ld.append(node)
        else:
            found.append(("republication-tracker", (attrs.get("src") or "").strip()))
    for item in _json_ld(ld):
        found.extend(_ld_meta(item))
    return found


def _first(tree: LexborHTMLParser, selectors: tuple[str, ...], attribute: str | None = None) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is None:
            continue
        value = _attr(node, attribute) if attribute else _WS.sub(" ", node.text() or "").strip()
        if value:
            return value
    return None


def html_document(
    html: str | bytes, source: str, *, url: str | None = None, kind: str = "html", item: str | None = None
) -> Document:
    """Make a `Document` of an HTML page or fragment (text, or bytes in UTF-8).

    >>> doc = html_document('<p>This post originally appeared on <a href="https://grist.org/a">Grist</a>.</p>', "x")
    >>> doc.text, [(doc.text[l.start:l.end], l.href) for l in doc.links]
    ('This post originally appeared on Grist.', [('Grist', 'https://grist.org/a')])

    Markup escaped twice, as some feeds send their items, is read as markup:

    >>> html_document("&lt;p&gt;Fares rise.&lt;/p&gt;&lt;p&gt;By &lt;a href='https://x.org'&gt;X&lt;/a&gt;&lt;/p&gt;", "x").text
    'Fares rise.\\nBy X'
    """
    return _document(html, source, url=url, kind=kind, item=item, reread=True)


def _document(
    html: str | bytes, source: str, *, url: str | None, kind: str, item: str | None, reread: bool
) -> Document:
    tree = LexborHTMLParser(html)
    # Metadata first: the scripts (JSON-LD) and the head go before the text is walked.
    meta = tuple(read_meta(tree))
    title = _first(tree, ('meta[property="og:title"]', 'meta[name="twitter:title"]'), "content") or _first(
        tree, ("title", "h1")
    )
    published = _first(
        tree,
        (
            'meta[property="article:published_time"]',
            'meta[name="date"]',
            'meta[itemprop="datePublished"]',
            'meta[name="pubdate"]',
        ),
        "content",
    ) or _first(tree, ("time[datetime]",), "datetime")
    out = _Builder()
    body = tree.body if tree.body is not None else tree.root
    if body is not None:
        _walk(body, out, _content_path(tree))
    text = out.result().strip("\n")
    if reread and len(_ESCAPED_MARKUP.findall(text, 0, _ESCAPE_SCAN)) >= 2:
        # Markup escaped twice, as some feeds send their items ("&amp;lt;p&amp;gt;"): the text is
        # itself a page. Read once more, not again.
        inner = _document(text, source, url=url, kind=kind, item=item, reread=False)
        return inner.model_copy(
            update={
                "meta": meta + inner.meta,
                "title": title or inner.title,
                "published": published or inner.published,
            }
        )
    shift = len(out.result()) - len(out.result().lstrip("\n"))
    links = tuple(
        TextLink(start=k.start - shift, end=k.end - shift, href=k.href)
        for k in out.links
        if k.start - shift >= 0 and k.end - shift <= len(text)
    )
    regions = _regions(text, out, shift)
    return Document(
        text=text,
        source=source,
        kind=kind,
        url=url,
        title=title,
        published=published,
        item=item,
        regions=regions,
        links=links,
        meta=meta,
    )


# Tags left in a text after it was read as HTML: its markup was escaped twice.
_ESCAPED_MARKUP = re.compile(
    r"</?(?:p|a|div|span|br|em|strong|b|i|li|ul|h[1-6]|img|figure|blockquote)\b[^<>\n]{0,300}>"
)
_ESCAPE_SCAN = 4000  # characters looked at for them


# A credit's label opening the line under a picture that stands alone on its own line: the picture's
# credit or its figures' source ("<img ...></p><p>Source: Example Council</p>").
_LABEL_UNDER_PICTURE = re.compile(
    r"[ \t]*(?:sources?|quellen?|fuentes?|fontes?|bron|credits?|photo|foto|bild|image|chart|grafik|graphic)[ \t]*:",
    re.IGNORECASE,
)
# A credit's words with no colon after a picture in the same block ("<p><img ...> Courtesy of the
# Fire Department</p>"); after a picture of a block of its own they may open the story ("<div><img>
# </div><p>Courtesy of Example News</p>").
_CREDIT_BESIDE_PICTURE = re.compile(
    r"[ \t]*(?:courtesy\b|(?:photos?|images?|pictures?)[ \t]+(?:by|courtesy|via|from)\b)", re.IGNORECASE
)


# A caption's sentence beside its picture, closed by the photographer and the agency in brackets
# ("<p><img ...> <em>Students at a meeting in Buenos Aires. Jana Roe (EFE)</em></p>").
_CREDITED_CAPTION = re.compile(r"[^\n]{10,}[.!?][ \t]+[^\n.!?()]{2,60}\([^()\n]{2,30}\)[ \t]*")
# A line of words right under a picture, closed by its credit in brackets with no full stop
# ("<img ...></p><p><em>Services will be disrupted (Example Wire)</em></p>"): the picture's caption.
# A story's paragraph ends with its full stop, a sign-off after it ("... on Monday. (AP)").
_CAPTION_CLOSED_BY_CREDIT = re.compile(r"[^\n.!?]{10,200}?[^\W\d_][ \t]*\([^()\n.!?]{2,30}\)[ \t]*")


def _under_pictures(text: str, images: list[int], with_words: frozenset[int]) -> list[tuple[int, int]]:
    """The lines a credit's label opens right under a picture that ends a line or opens one (a
    picture within a line of words has no line of its own); a credit's words without a label
    only after a picture of their own block (``with_words``)."""
    spans = []
    for at in images:
        beside = at in with_words
        if at < len(text) and text[at] == "\n":
            at += 1
        elif at > 0 and text[at - 1] != "\n":
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - at <= 200 and (
            _LABEL_UNDER_PICTURE.match(text, at, end)
            or (beside and _CREDIT_BESIDE_PICTURE.match(text, at, end))
            or (beside and _CREDITED_CAPTION.fullmatch(text, at, end))
            or _CAPTION_CLOSED_BY_CREDIT.fullmatch(text, at, end)
        ):
            spans.append((at, end))
    return spans


def _regions(text: str, out: _Builder, shift: int) -> tuple[Region, ...]:
    images = [at - shift for at in out.images if 0 <= at - shift <= len(text)]
    with_words = frozenset(at - shift for at in out.pictures_with_words)
    marks: list[tuple[int, int, Location]] = (
        [(s - shift, e - shift, Location.CAPTION) for s, e in out.captions]
        + [(s, e, Location.CAPTION) for s, e in _under_pictures(text, images, with_words)]
        + [(s - shift, e - shift, Location.FOOTER) for s, e in out.footers]
    )
    marks = sorted((max(0, s), min(len(text), e), loc) for s, e, loc in marks if e - shift > 0)
    regions: list[Region] = []
    pos = 0
    for s, e, loc in marks:
        if s < pos or e <= s:
            continue
        if s > pos:
            regions.append(Region(location=Location.BODY, start=pos, end=s))
        regions.append(Region(location=loc, start=s, end=e))
        pos = e
    if pos < len(text) or not regions:
        regions.append(Region(location=Location.BODY, start=pos, end=len(text)))
    return tuple(regions)


def read_html(
    data: bytes, source: str, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Document]:
    """Read one HTML page; the reader behind ``--kind html``."""
    page = page_input(data, source, max_bytes)
    try:
        return [html_document(page, source, url=url)]
    except (ValueError, RecursionError) as exc:
        raise InputError(source, f"not readable as HTML ({exc})") from None
