"""The HTML metadata extractor: statements a page makes in its markup rather than its words.

A cross-site ``rel=canonical`` says the page is a copy of the canonical one; so, more weakly, does
a cross-site ``og:url``. ``syndication-source`` and ``original-source`` meta name the original
outright, as do JSON-LD ``isBasedOn`` and ``sourceOrganization``; the article's JSON-LD
``mainEntityOfPage`` or ``url`` on another site says, as weakly as ``og:url``, that the copy kept
the original's data. So does a Dublin Core ``source`` or a plain ``<meta name="source">`` that
names a known outlet or a page. A JSON-LD ``publisher`` or ``provider`` that is a known outlet
other than the host hints at a copy (an unknown one is most often the host's parent
company). The republication tracker's pixel is served by the original publisher's site. A link to
a C2PA manifest on another site is a weak signal. A canonical (or any of these) pointing at the
host itself is no credit and is dropped, as is one pointing at the host's outlet on another of
its domains ("example.co.uk" for a page of "example.com").

An author field (``<meta name="author">``, ``dc.creator``, a JSON-LD ``author`` or ``creditText``,
microdata's ``itemprop="author"``, a feed's ``<dc:creator>``) gives a ``wire_credit`` when it begins
with a news agency's name ("Associated Press in Palm Beach"), one for each agency of a list
("APA/dpa"), and a ``republished_from`` when it names another known publisher, alone or after a
person ("Jane Doe, Futurism"), or the house's name and an agency's ("Le Quotidien Exemple avec
AFP"). A feed item's ``<source>`` (or ``<dc:source>``) names the feed or the page it was taken
from: a ``source_credit`` for a teaser (a headline and a few lines, as news aggregators give), a
``republished_from`` for a whole copy. A name that is a news agency's gives a ``wire_credit``.
Where an item links off the feed's own site (an aggregator's roundup), the credit naming the
site it links to is the aggregator's credit, not that site's own (`extractors._copy_url`).

A link standing alone on its line whose words say where it leads ("Original article", "Read the
original", "Source", "Quelle") credits the site it leads to, when that is another site than the
copy's: a ``republished_from`` (with the article's address) for the original, a ``source_credit``
(a ``wire_credit`` for a wire's site) for the source. Its evidence is the link's words, where
they stand in the text.

Never a credit: addresses of papers, datasets and code (`provenance.extractors.works`: JSON-LD
``isBasedOn`` pointing at PubMed is a citation), ``og:site_name``, ``article:publisher`` (a
social-media page), ``citation_*`` meta (a paper's own record).

The evidence of a metadata statement is the tag as it would be written; it has no span in the
text (start and end are 0) and its location is ``meta``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from provenance.extractors.names import PERSON_SHAPED, is_generic
from provenance.extractors.works import is_work_address
from provenance.models import Attribution, Document, Evidence, Location, Outlet, OutletKind, Relation
from provenance.resolver import (
    OutletRegistry,
    host_of,
    looks_like_domain,
    name_key,
    outlet_name_from_url,
    registered_domain,
)
from provenance.urls import WRAPPER_HOSTS, unwrap_archive


class Signal(NamedTuple):
    """How one kind of metadata is read."""

    rule: str  # the method is html:<rule>
    weight: float
    evidence: str  # the tag as written, with {} for the value
    article: bool = False  # a URL value is the credited article's own address
    cross_site: bool = False  # counts only when it names another site than the copy's
    known: bool = False  # counts only for an outlet the registry knows as a publisher or wire
    href: bool = False  # an address in an attribute: a relative path is read against the page


SIGNALS: dict[str, Signal] = {
    "canonical": Signal(
        "canonical", 0.85, '<link rel="canonical" href="{}">', article=True, cross_site=True, href=True
    ),
    "og:url": Signal("og-url", 0.6, '<meta property="og:url" content="{}">', article=True, cross_site=True),
    "syndication-source": Signal(
        "syndication-source", 0.9, '<meta name="syndication-source" content="{}">', article=True
    ),
    "original-source": Signal(
        "original-source", 0.9, '<meta name="original-source" content="{}">', article=True
    ),
    "dc.source": Signal("dc-source", 0.7, '<meta name="dc.source" content="{}">', article=True, known=True),
    "meta:source": Signal("source-meta", 0.7, '<meta name="source" content="{}">', article=True, known=True),
    "jsonld:isBasedOn": Signal("jsonld-is-based-on", 0.85, '"isBasedOn": "{}"', article=True),
    "jsonld:isBasedOnUrl": Signal("jsonld-is-based-on", 0.85, '"isBasedOnUrl": "{}"', article=True),
    "jsonld:sourceOrganization": Signal("jsonld-source-organization", 0.75, '"sourceOrganization": "{}"'),
    "jsonld:mainEntityOfPage": Signal(
        "jsonld-url", 0.6, '"mainEntityOfPage": "{}"', article=True, cross_site=True
    ),
    "jsonld:url": Signal("jsonld-url", 0.6, '"url": "{}"', article=True, cross_site=True),
    "jsonld:publisher": Signal("jsonld-publisher", 0.5, '"publisher": "{}"', cross_site=True, known=True),
    "jsonld:provider": Signal("jsonld-provider", 0.6, '"provider": "{}"', cross_site=True, known=True),
    "republication-tracker": Signal("republication-tracker", 0.9, '<img src="{}">', href=True),
    "c2pa-manifest": Signal(
        "c2pa-manifest", 0.5, '<link rel="c2pa-manifest" href="{}">', cross_site=True, href=True
    ),
    "feed:source": Signal("feed-source", 0.85, "<source>{}</source>"),
    "feed:dc-source": Signal("dc-source", 0.7, "<dc:source>{}</dc:source>", article=True, known=True),
    "feed:via": Signal("feed-via", 0.7, '<link rel="via" href="{}">', article=True, cross_site=True),
}
# Fields naming who wrote the piece: (rule, weight, evidence).
AUTHOR_SIGNALS: dict[str, tuple[str, float, str]] = {
    "author": ("author", 0.85, "<author>{}</author>"),
    "jsonld:author": ("author", 0.85, '"author": "{}"'),
    "jsonld:creator": ("author", 0.85, '"creator": "{}"'),
    "jsonld:copyrightHolder": ("jsonld-copyright-holder", 0.8, '"copyrightHolder": "{}"'),
    "jsonld:creditText": ("jsonld-credit-text", 0.8, '"creditText": "{}"'),
}
# A link alone on its line whose words say where it leads: to the original article
# ("html:original-link"), or to the source ("html:source-link").
_ORIGINAL_LINK_WORDS = frozenset(
    "original|original article|original story|original post|read the original|read the original article|"
    "read the original story|originalartikel|zum original|zum originalartikel|artículo original|"
    "article original|article d'origine|articolo originale|artigo original".split("|")
)
_SOURCE_LINK_WORDS = frozenset(
    "source|sources|source link|quelle|fuente|fonte|bron|źródło|kaynak|источник".split("|")
)
_LABEL_TRIM = " \t.:()[]|•·-–—»›"
# Their weights, by rule.
LINK_SIGNALS = {"original-link": 0.8, "source-link": 0.7}
# A feed item shorter than this (a headline and a teaser) points at its source; a longer one is a
# copy of it.
TEASER_CHARS = 600
_CREDITABLE = frozenset({OutletKind.PUBLISHER, OutletKind.WIRE})
_BYLINE_WORD = re.compile(r"^(?:by|von|por|par)\s+", re.IGNORECASE)
# A writer's initials ("B. R.", "J.R.").
_INITIALS_ONLY = re.compile(r"(?:[^\W\d_]\.[ \t]?){1,4}")
# Where an author field puts a person before the outlet: "Jane Doe, Futurism", "Jane Doe | CNN";
# or the house and the agency it worked with: "Le Quotidien Exemple avec AFP", "Redaktion mit dpa".
_AUTHOR_PARTS = re.compile(r"\s*(?:[,|;/]|\s[-–—]\s)\s*|\s+(?:with|avec|mit|con|com|and|und|et|y|e|&)\s+")


def _address(value: str, signal: Signal, page: str | None) -> str | None:
    """The absolute address a value names, or None when it is a name (or a path nobody can place).

    A value written as a bare host ("www.example.com", "example.com/story") is an address on
    that host, not a path on the page's own site.
    """
    if value.startswith("//"):
        return "https:" + value
    scheme = value.find("://")
    if 0 < scheme < 10:
        return value
    if _hostlike(value):
        return "https://" + value
    if signal.href or value.startswith(("/", "./", "../")):
        try:
            return urljoin(page, value) if page else None
        except ValueError:  # "http://[bad/": an address that no parser can read is none
            return None
    return None


def _publisher_address(url: str) -> str | None:
    """``url`` as a publisher's address (the original inside a web archive's), or None where it
    names none: a paper, a dataset or code (a citation, not a copy), an archive's or a news
    reader's own page."""
    url = unwrap_archive(url)
    if is_work_address(url) or host_of(url) in WRAPPER_HOSTS:
        return None
    return url


def _names_article(url: str) -> bool:
    """Whether an address names a page (it has a path), not a site; an unreadable one does not."""
    try:
        return urlsplit(url).path.strip("/") != ""
    except ValueError:  # "http://[bad/": urlsplit refuses a broken IPv6 host
        return False


def _hostlike(value: str) -> bool:
    first = value.split("/", 1)[0]
    return first.lower().startswith("www.") or (
        not any(c in first for c in "?#= ") and looks_like_domain(first)
    )


def _names_host(outlet: Outlet, host_outlet: str) -> bool:
    """Whether ``outlet`` is the host's, also where the registry misses the host's domain
    ("New York Post" on nypost.com when only its name is registered)."""
    if not host_outlet:
        return False
    return outlet.id == host_outlet or any(name_key(n) == host_outlet for n in (outlet.name, *outlet.aliases))


class HtmlMetaExtractor:
    """Reads the provenance statements of a page's metadata (see the module docstring)."""

    name = "html"

    def __init__(self, registry: OutletRegistry) -> None:
        self.registry = registry

    def extract(self, doc: Document) -> Iterator[Attribution]:
        if not doc.meta and not (doc.links and doc.url):
            return
        page = unwrap_archive(doc.url) if doc.url else None  # a saved page is its original's
        host = registered_domain(host_of(page)) if page else ""
        host_outlet = self.registry.resolve(page).id if page else ""
        if doc.links and host:
            yield from self._labelled_links(doc, host, host_outlet)
        seen: set[tuple[str, str]] = set()
        for signal_name, raw in doc.meta:
            value = raw.strip()
            if not value:
                continue
            if signal_name in AUTHOR_SIGNALS:
                for credit in self._authors(signal_name, value, host_outlet):
                    if (credit.outlet_id, credit.evidence.method) not in seen:
                        seen.add((credit.outlet_id, credit.evidence.method))
                        yield credit
                continue
            signal = SIGNALS.get(signal_name)
            if signal is None:
                continue
            url = _address(value, signal, doc.url)
            if url is None and (signal.href or value.startswith("/")):
                continue  # a relative address on a page whose own address is unknown
            if url is not None:
                url = _publisher_address(url)
                if url is None:
                    continue
            name = outlet_name_from_url(url) if url else value
            if not name:
                continue
            outlet = self.registry.resolve(url or name)
            same_site = (
                (bool(host) and registered_domain(url or "") == host)
                or (bool(host_outlet) and _names_host(outlet, host_outlet))
                or (url is None and page is not None and self._host_calls_itself(page, value))
            )
            if signal.cross_site and (same_site or not doc.url):
                continue
            if signal.known and outlet.kind not in _CREDITABLE and (url is None or signal.cross_site):
                continue  # most often the host's parent company, or a name that is no outlet
            if (outlet.id, signal.rule) in seen:
                continue
            seen.add((outlet.id, signal.rule))
            article = url is not None and signal.article and _names_article(url)
            yield Attribution(
                relation=self._relation(signal_name, outlet, article, doc),
                outlet=name,
                outlet_id=outlet.id,
                url=url if article else None,
                evidence=Evidence(
                    text=signal.evidence.format(raw),
                    start=0,
                    end=0,
                    method=f"html:{signal.rule}",
                    location=Location.META,
                ),
                confidence=round(
                    signal.weight if outlet.kind is not OutletKind.UNKNOWN else signal.weight * 0.9, 3
                ),
            )

    def _host_calls_itself(self, page: str, name: str) -> bool:
        """True where a name of the page's own outlet begins with ``name`` and goes on with words of
        its own: "ABC News" on abc.net.au, registered as "ABC News Australia", is the host's name for
        itself, not the American network's, which the name alone would resolve to."""
        known = self.registry.lookup(page)
        if known is None:
            return False
        words = name.split()
        return bool(words) and any(
            n.split()[: len(words)] == words and len(n.split()) > len(words)
            for n in (known.name, *known.aliases)
        )

    def _labelled_links(self, doc: Document, host: str, host_outlet: str) -> Iterator[Attribution]:
        """Links alone on their line whose words are "Original article" or "Source" and that lead
        to another site: the original's site, or the source's, is credited."""
        text = doc.text
        for link in doc.links:
            words = text[link.start : link.end].strip(_LABEL_TRIM).lower()
            original = words in _ORIGINAL_LINK_WORDS
            if not (original or words in _SOURCE_LINK_WORDS) or "://" not in link.href:
                continue
            line_start = text.rfind("\n", 0, link.start) + 1
            line_end = text.find("\n", link.end)
            rest = text[link.end : len(text) if line_end < 0 else line_end]
            if text[line_start : link.start].strip(_LABEL_TRIM) or rest.strip(_LABEL_TRIM):
                continue
            url = _publisher_address(link.href)
            if url is None or registered_domain(host_of(url)) == host:
                continue
            outlet = self.registry.resolve(url)
            location = doc.location_at(link.start)
            if _names_host(outlet, host_outlet) or location is Location.RELATED:
                continue
            if original:
                relation, rule = Relation.REPUBLISHED_FROM, "original-link"
            else:
                wire = outlet.kind is OutletKind.WIRE
                relation, rule = (Relation.WIRE_CREDIT if wire else Relation.SOURCE_CREDIT), "source-link"
            weight = LINK_SIGNALS[rule]
            yield Attribution(
                relation=relation,
                outlet=outlet_name_from_url(url),
                outlet_id=outlet.id,
                url=url if original and _names_article(url) else None,
                evidence=Evidence(
                    text=text[link.start : link.end],
                    start=link.start,
                    end=link.end,
                    method=f"html:{rule}",
                    location=location,
                ),
                confidence=weight if outlet.kind is not OutletKind.UNKNOWN else round(weight * 0.9, 3),
            )

    @staticmethod
    def _relation(signal: str, outlet: Outlet, article: bool, doc: Document) -> Relation:
        if outlet.kind is OutletKind.WIRE and not article:
            return Relation.WIRE_CREDIT  # an agency named, not one of its pages
        if (
            signal in ("feed:source", "feed:dc-source") and len(doc.text) < TEASER_CHARS
        ) or signal == "feed:via":
            # A teaser points at its source (by RSS's element or Dublin Core's); Atom's "via" names one.
            return Relation.SOURCE_CREDIT
        return Relation.REPUBLISHED_FROM

    def _authors(self, signal: str, value: str, host_outlet: str) -> list[Attribution]:
        """The wires and the known publisher an author field names (see the module docstring):
        each agency of a list ("APA/dpa", "Reuters, AFP")."""
        if "://" in value or value.startswith("@") or _INITIALS_ONLY.fullmatch(value.strip()):
            return []  # a profile page, a handle, or a writer's initials ("B. R.": no "BR")
        rule, field_weight, template = AUTHOR_SIGNALS[signal]
        weight = field_weight
        evidence = Evidence(
            text=template.format(value), start=0, end=0, method=f"html:{rule}", location=Location.META
        )
        text = _BYLINE_WORD.sub("", value)
        parts = [p for p in _AUTHOR_PARTS.split(text) if p]
        found = self._wire_prefix(text)
        relation = Relation.WIRE_CREDIT
        if found is None:
            # The whole field, or its last part after a person's name, with a separator or none
            # ("By Jane Roe Associated Press", "By Jane Roe The Washington Post").
            for name in dict.fromkeys((text, parts[-1] if parts else "", self._after_person(text))):
                outlet = self.registry.lookup(name) if name else None
                if outlet is not None and outlet.kind in _CREDITABLE:
                    found = (name, outlet)
                    break
            if found is None:
                return []
            if found[1].kind is OutletKind.PUBLISHER:
                if _names_host(found[1], host_outlet):
                    return []  # the host's own staff
                relation, weight = Relation.REPUBLISHED_FROM, weight - 0.15
        credits = [(found[0], found[1], relation, weight)]
        for part in parts:
            outlet = self.registry.lookup(part)
            if (
                outlet is not None
                and outlet.kind is OutletKind.WIRE
                and all(c[1].id != outlet.id for c in credits)
            ):
                credits.append((part, outlet, Relation.WIRE_CREDIT, field_weight))
        return [
            Attribution(relation=rel, outlet=name, outlet_id=outlet.id, evidence=evidence, confidence=conf)
            for name, outlet, rel, conf in credits
        ]

    def _after_person(self, text: str) -> str:
        """The registered name that ends a field after a person's name of two or three words and
        no separator ("Jane Roe Associated Press"), or ""."""
        words = text.split()
        for n in range(min(len(words) - 2, 5), 0, -1):
            person, name = " ".join(words[:-n]), " ".join(words[-n:])
            # (A word of a name is no name: "Nonprofit Example News" is no "News".)
            if (
                PERSON_SHAPED.fullmatch(person)
                and not is_generic(name)
                and self.registry.lookup(name) is not None
            ):
                return name
        return ""

    def _wire_prefix(self, text: str) -> tuple[str, Outlet] | None:
        """A news agency whose name begins the field ("Associated Press in Palm Beach, Florida"),
        not a person's first name that an agency bears ("Petra Malá": Jordan's agency is Petra)."""
        words = text.replace(",", " ").split()
        for n in range(min(len(words), 5), 0, -1):
            name = " ".join(words[:n])
            outlet = self.registry.lookup(name)
            if outlet is not None and outlet.kind is OutletKind.WIRE:
                if n == 1 and len(words) in (2, 3) and PERSON_SHAPED.fullmatch(" ".join(words)):
                    return None
                return name, outlet
        return None
