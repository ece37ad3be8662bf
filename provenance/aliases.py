"""Outlet aliases: the names a site goes by, read from its own pages and from the links to it.

A credit names an outlet the way the copier writes it ("Originally published by Coastal Observer")
while the outlet's pages live on a domain that may share nothing with that name
(``coxvel.net``). What ties the two is evidence that documents carry, read here as *claims* (a
name for a registered domain), which the store counts and then uses to resolve names (see
docs/outlets.md):

- a page's own name for its host: ``og:site_name`` (``og:site_name``), a JSON-LD article's
  ``publisher.name`` (``jsonld:publisher``), a JSON-LD ``WebSite``'s ``name`` (``jsonld:website``),
  ``<meta name="application-name">`` (``application-name``), the part of the ``<title>`` after the
  last " | " or " - " (``title-suffix``: counts only once it recurs on two pages of the host), a
  feed's channel title for the items on the channel's own host (``feed-title``), a JSON-lines
  record's ``site_name`` (or ``outlet_name``, ``media_name``, ``source_name``) for its URL's site
  (``record:site_name``);
- a credit whose name is a link: the anchor's words name the linked host (``credit-link``);
- a credit that gives a URL: the name names the URL's host (``credit-url``).

A JSON-LD ``sourceOrganization`` is read as a credit by `provenance.extractors.html`, not as the
host's name. Claims are a pure function of a document and its statements (an ingest worker makes
them beside the statements); nothing here touches the store.

>>> from provenance.readers.html import html_document
>>> page = html_document('<head><meta property="og:site_name" content="Coastal Observer">'
...     '<title>Ferry fares rise | Coastal Observer</title></head><p>x</p>', "p", url="https://coxvel.net/a")
>>> [(c.name, c.host, c.method) for c in alias_claims(page, [])]
[('Coastal Observer', 'coxvel.net', 'og:site_name'), ('Coastal Observer', 'coxvel.net', 'title-suffix')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.models import Attribution, Document, Relation
from provenance.resolver import (
    HOSTING_HOSTS,
    SOCIAL_HOSTS,
    host_of,
    looks_like_domain,
    name_key,
    registered_domain,
)

__all__ = ["SELF_METHODS", "AliasClaim", "alias_claims", "bare_title", "title_suffix"]

# How a page names its own site: meta signal (see `provenance.readers.html`) -> method.
_SITE_SIGNALS = {
    "site:og:site_name": "og:site_name",
    "site:jsonld:publisher": "jsonld:publisher",
    "site:jsonld:website": "jsonld:website",
    "site:application-name": "application-name",
    "site:feed-title": "feed-title",
    "site:name": "record:site_name",
}
# The evidence of each, as the tag would be written.
_EVIDENCE = {
    "og:site_name": '<meta property="og:site_name" content="{}">',
    "jsonld:publisher": '"publisher": {{"name": "{}"}}',
    "jsonld:website": '{{"@type": "WebSite", "name": "{}"}}',
    "application-name": '<meta name="application-name" content="{}">',
    "feed-title": "<channel><title>{}</title>",
    "record:site_name": '"site_name": "{}"',
    "title-suffix": "<title>{}</title>",
}
# Methods by which a site names itself (the others are a third party's credit).
SELF_METHODS = frozenset({*_SITE_SIGNALS.values(), "title-suffix"})
# What a title suffix is cut at: the last of these separators.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
_MAX_NAME = 80


@dataclass(frozen=True, slots=True)
class AliasClaim:
    """One document's word that ``name`` names the site at ``host`` (a registered domain)."""

    name: str
    host: str
    method: str
    evidence: str


def title_suffix(title: str) -> str | None:
    """The part of a page title after its last separator, when it may be a site's name.

    >>> title_suffix("Ferry fares rise | Coastal Observer"), title_suffix("A - B - The Bugle")
    ('Coastal Observer', 'The Bugle')
    >>> title_suffix("Ferry fares rise") is None, title_suffix("Mayor says no | a long sentence of many words here") is None
    (True, True)
    """
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    suffix = parts[-1].strip()
    return suffix if _plausible(suffix) and len(suffix.split()) <= 5 else None


def bare_title(title: str, claims: Sequence[AliasClaim]) -> str:
    """A page title without its site's name: the suffix goes when the page names its site so in
    another way too (``og:site_name`` "Coastal Observer", title "Ferry fares rise | Coastal
    Observer"), so that the title meets the one a credit gives.

    >>> claims = [AliasClaim("Coastal Observer", "coxvel.net", m, "") for m in ("og:site_name", "title-suffix")]
    >>> bare_title("Ferry fares rise | Coastal Observer", claims), bare_title("Ferry fares rise | Coastal Observer", claims[1:])
    ('Ferry fares rise', 'Ferry fares rise | Coastal Observer')
    """
    suffix = title_suffix(title)
    if suffix is None:
        return title
    named = {name_key(c.name) for c in claims if c.method in SELF_METHODS and c.method != "title-suffix"}
    if name_key(suffix) not in named:
        return title
    return title[: title.rstrip().rfind(suffix)].rstrip().rstrip("|-–—:·").rstrip()


def _plausible(name: str) -> bool:
    """A name that may be an outlet's: some letters, not too long, not a URL."""
    return (
        1 < len(name) <= _MAX_NAME
        and "://" not in name
        and not looks_like_domain(name)
        and bool(name_key(name))
        and any(ch.isalpha() for ch in name)
    )


def _site(url: str | None) -> str:
    """The registered domain a page's name is a name of; "" where a site hosts others' pages."""
    if not url:
        return ""
    host = host_of(url)
    domain = registered_domain(host)
    if not domain or domain in SOCIAL_HOSTS or host in HOSTING_HOSTS:
        return ""
    return domain


def alias_claims(doc: Document, attributions: Sequence[Attribution]) -> tuple[AliasClaim, ...]:
    """The names ``doc`` gives its own site and the sites its credits link to (see the module
    docstring); one claim for each name, host and method."""
    claims: dict[tuple[str, str, str], AliasClaim] = {}
    if not doc.meta:
        for a in attributions:
            if a.url:
                break
        else:
            return ()  # most documents of a text corpus: nothing to claim, nothing to look up
    site = _site(doc.url)
    if site and doc.meta:
        feed_link = doc.meta_value("site:feed-link")
        for signal, value in doc.meta:
            method = _SITE_SIGNALS.get(signal)
            name = value.strip()
            if signal == "site:title":
                method, name = "title-suffix", title_suffix(name) or ""
            if method is None or not _plausible(name):
                continue
            if method == "feed-title" and feed_link is not None and _site(feed_link) != site:
                continue  # a channel on another host (a proxy, an aggregator) names that one
            evidence = _EVIDENCE[method].format(value)
            claims.setdefault((name, site, method), AliasClaim(name, site, method, evidence))
    for a in attributions:
        if a.self_credit or a.relation is Relation.IMAGE_CREDIT or not a.url or not _plausible(a.outlet):
            continue
        host = _site(a.url)
        if not host or host == site:
            continue
        method = "credit-url"
        for link in doc.links:
            words = doc.text[link.start : link.end].strip()
            if words.casefold() == a.outlet.casefold() and _site(link.href) == host:
                method = "credit-link"
                break
        claims.setdefault((a.outlet, host, method), AliasClaim(a.outlet, host, method, a.evidence.text))
    return tuple(claims.values())
