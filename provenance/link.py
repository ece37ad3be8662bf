"""Linking: what one document and its statements state about articles, outlets and edges.

A pure function of plain values (no SQL, no store): `plan_document` turns a `Document`, its
statements and its article key (`provenance.store.document_keys`) into a `Plan`, a frozen
description of

- the document's own, real article (`OwnArticle`: key, url, title, title key, outlet, date) and
  the other addresses it gives itself on its own site (``rel=canonical``, ``og:url``);
- the outlets to write (its site, and every outlet its statements credit);
- the articles its republication statements name (`Reference`): by URL (the article of that
  key) or by outlet and title (a real article of that outlet and title, else an inferred one);
- the edges (`PlannedLink`): republication links between the layers' articles and the copy,
  credit links from the innermost article (wire and source credits) or from the copy (picture
  credits) to an outlet, each with the index of its statement and its weight.

The store (`provenance.store.Store`) resolves the references against what it holds, in SQL,
and persists the plan; `provenance spark link` does the same with joins. Both read a document
as this module reads it, so both build the same graph. What a store then does with the real
article is part of the contract too: the inferred article of the same key merges into it
(reason ``url``), and so do the inferred articles of its outlet with its title key (``title``).

Learned outlet aliases (`provenance.aliases`) are the one thing here that depends on the
documents read before: a store learns them as it writes, in order. They come in as a plain
mapping, ``aliases`` (the key of a name -> the one site it names), which a caller may leave
out: the statements then keep the outlets the registry gave them. Learning stays in the store
because it needs the document's row (which documents first and last gave a name) and may merge
outlets already written.

>>> from provenance import text_document
>>> from provenance.extractors import extract
>>> doc = text_document("Originally published by ZeroHedge", url="https://example.org/a")
>>> plan = plan_document(doc, extract(doc))
>>> plan.article.key, [(r.key, r.by_title) for r in plan.references]
('https://example.org/a', [('inferred:zerohedge:https://example.org/a', False)])
>>> [(link.kind, link.src, link.dst) for link in plan.links]  # reference 0 -> the copy
[('republished', 0, -1)]
>>> plan.edges(["inferred:zerohedge:https://example.org/a"], plan.article.key)[0].dst
'https://example.org/a'
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from provenance.aliases import AliasClaim, bare_title
from provenance.models import Attribution, Document, Outlet, OutletKind, Relation, replaced
from provenance.resolver import (
    BRAND_SUFFIXES,
    HOSTING_HOSTS,
    SOCIAL_HOSTS,
    OutletRegistry,
    host_of,
    outlet_name_from_url,
    registered_domain,
)
from provenance.urls import inferred_key, normalize_url, text_key, title_key

__all__ = [
    "COPY",
    "CREDITS",
    "REPUBLISHED",
    "Edge",
    "OwnArticle",
    "Plan",
    "PlannedLink",
    "Reference",
    "alias_target",
    "article_key",
    "own_article",
    "plan_document",
]

K = TypeVar("K")

# Edge kinds (the `links` table's, see docs/graph.md).
REPUBLISHED = "republished"  # source article -> copy
CREDITS = "credits"  # article -> outlet (wire, source and picture credits that name no article)

COPY = -1  # a link's end that is the document's own article (else an index into `Plan.references`)


@dataclass(frozen=True)
class OwnArticle:
    """What a document says of its own, real article."""

    key: str  # the normalised URL, else a hash of the text (`article_key`)
    url: str | None
    title: str | None  # without the site's name when the page names its site in another way too
    title_key: str | None
    outlet_id: str | None  # the site's, for a document read at a URL
    published: str | None

    @property
    def published_source(self) -> str | None:
        """Where the date came from: the document itself, when it gives one."""
        return "document" if self.published else None


@dataclass(frozen=True)
class Reference:
    """An article a republication statement names.

    ``by_title`` false: the article of ``key`` (the normalised URL the statement linked), as the
    store holds it, else inferred from the statement. ``by_title`` true: the real article of
    ``outlet_id`` whose title key is ``title_key`` (of several, the last published before
    ``published``, the copy's date; any of them when either date is missing), else the article
    of ``key`` (an `inferred_key`), inferred unless the store holds it.
    """

    key: str
    outlet_id: str
    url: str | None
    title: str | None
    title_key: str | None
    by_title: bool
    published: str | None  # the copy's date, to choose among several articles of one title


@dataclass(frozen=True)
class PlannedLink:
    """One edge a statement states: ``src`` -> ``dst`` (`COPY` or an index into the references)
    for a republication, ``src`` -> ``outlet_id`` for a credit; ``statement`` indexes
    `Plan.statements`."""

    kind: str
    src: int
    dst: int | None
    outlet_id: str | None
    statement: int
    weight: float


@dataclass(frozen=True)
class Edge(Generic[K]):
    """A `PlannedLink` whose ends are resolved to the caller's article ids (a row number, a key)."""

    kind: str
    src: K
    dst: K | None
    outlet_id: str | None
    statement: int
    weight: float


@dataclass(frozen=True)
class Plan:
    """What one document states, ready to be resolved and written (see the module's docstring)."""

    article: OwnArticle
    own_urls: tuple[str, ...]  # other keys of the article (same-site canonical and og:url)
    site: Outlet | None  # the outlet of the document's own site
    statements: tuple[Attribution, ...]  # as stored: learned aliases applied
    outlets: tuple[Outlet, ...]  # the outlets the statements credit, in the order met
    # Outlets a learned alias reached: the store writes the record it holds of them, if any,
    # rather than the bare one in `outlets`.
    aliased: frozenset[str]
    references: tuple[Reference, ...]
    links: tuple[PlannedLink, ...]

    def edges(self, resolved: Sequence[K], copy: K) -> list[Edge[K]]:
        """The links with their ends resolved: ``resolved[i]`` is what reference ``i`` resolved
        to, ``copy`` the document's own article. A republication whose two ends resolve to one
        article is no edge (a copy that credits itself through its own URL or title)."""
        out: list[Edge[K]] = []
        for link in self.links:
            src = copy if link.src == COPY else resolved[link.src]
            if link.kind == CREDITS:
                out.append(Edge(link.kind, src, None, link.outlet_id, link.statement, link.weight))
                continue
            assert link.dst is not None
            dst = copy if link.dst == COPY else resolved[link.dst]
            if src != dst:
                out.append(Edge(link.kind, src, dst, None, link.statement, link.weight))
        return out


def article_key(doc: Document) -> str:
    """A document's article key: its normalised URL, else a hash of its text and title."""
    url_key = normalize_url(doc.url) if doc.url else None
    return url_key or text_key(doc.text, doc.title)


def own_article(
    doc: Document, key: str, claims: Sequence[AliasClaim], registry: OutletRegistry
) -> tuple[OwnArticle, Outlet | None]:
    """The document's own article (``key`` from `article_key`) and the outlet of its site."""
    url = doc.url
    site = _site(url, registry) if url and not key.startswith("text:") else None
    title = doc.title
    if title and claims:
        title = bare_title(title, claims)
    article = OwnArticle(
        key=key,
        url=doc.url,
        title=title,
        title_key=title_key(title) if title else None,
        outlet_id=site.id if site is not None else None,
        published=doc.published,
    )
    return article, site


# The outlet of each site met, by the part of its URLs before the path, for each registry: every
# page of a site asks (parsing its URL again cost a quarter of planning a document).
_SITES: weakref.WeakKeyDictionary[OutletRegistry, dict[str, Outlet]] = weakref.WeakKeyDictionary()


def _site(url: str, registry: OutletRegistry) -> Outlet:
    """The outlet of the site ``url`` is on (`outlet_name_from_url`, resolved)."""
    scheme = url.find("://")
    path = url.find("/", scheme + 3) if scheme >= 0 else -1
    prefix = url[:path] if path >= 0 else None
    sites = _SITES.get(registry)
    if sites is None:
        sites = _SITES[registry] = {}
    if prefix is not None:
        found = sites.get(prefix)
        if found is not None:
            return found
    outlet = registry.resolve(outlet_name_from_url(url))
    if prefix is not None and len(sites) < 1 << 16:
        host = host_of(url)
        # A page of a hosting service or a social site is the outlet its path names: not remembered.
        if host not in HOSTING_HOSTS and registered_domain(host) not in SOCIAL_HOSTS:
            sites[prefix] = outlet
    return outlet


def plan_document(
    doc: Document,
    statements: Sequence[Attribution],
    *,
    key: str | None = None,
    claims: Sequence[AliasClaim] = (),
    registry: OutletRegistry | None = None,
    aliases: Mapping[str, str] | None = None,
) -> Plan:
    """What ``doc`` and its ``statements`` state: its article, outlets, references and links.

    ``key`` is the document's article key (`article_key`, computed unless given); ``claims`` the
    names it gives its site (`provenance.aliases.alias_claims`), which take the site's name off
    its title; ``registry`` resolves names to outlets (the bundled one unless given);
    ``aliases`` maps learned names to sites (see the module's docstring).
    """
    if registry is None:
        from provenance.extractors import default_registry

        registry = default_registry()
    article, site = own_article(doc, key if key is not None else article_key(doc), claims, registry)
    own_urls = _own_urls(doc, article.key) if site is not None and doc.meta else ()
    found = tuple(statements)
    if not found:
        return Plan(article, own_urls, site, (), (), frozenset(), (), ())
    aliased: frozenset[str] = frozenset()
    if aliases:
        found, aliased = _apply_aliases(found, aliases, article.outlet_id)
    outlets: list[Outlet] = []
    # Republication statements make a chain, read outermost first: layer 0's article is this
    # copy's source, layer 1's that source's source, and so on.
    chain = [
        (i, a) for i, a in enumerate(found) if a.relation is Relation.REPUBLISHED_FROM and not a.self_credit
    ]
    if len(chain) > 1:
        chain.sort(key=lambda ia: ia[1].layer or 0)
    references: list[Reference] = []
    by_layer: dict[int, int] = {}
    links: list[PlannedLink] = []
    for index, a in chain:
        layer = a.layer or 0
        if layer not in by_layer:
            by_layer[layer] = len(references)
            references.append(_reference(a, article))
            outlets.append(_credited_outlet(a, aliased, registry))
        downstream = by_layer.get(layer - 1, COPY) if layer > 0 else COPY
        links.append(PlannedLink(REPUBLISHED, by_layer[layer], downstream, None, index, a.confidence))
    # Wire and source credits belong to the innermost article of the chain; picture credits to
    # the copy itself.
    innermost = by_layer[max(by_layer)] if by_layer else COPY
    for index, a in enumerate(found):
        if a.relation is Relation.REPUBLISHED_FROM or a.self_credit:
            continue
        outlets.append(_credited_outlet(a, aliased, registry))
        holder = COPY if a.relation is Relation.IMAGE_CREDIT else innermost
        links.append(PlannedLink(CREDITS, holder, None, a.outlet_id, index, a.confidence))
    return Plan(article, own_urls, site, found, tuple(outlets), aliased, tuple(references), tuple(links))


def _credited_outlet(a: Attribution, aliased: frozenset[str], registry: OutletRegistry) -> Outlet:
    """The outlet a statement credits: the one its name resolves to, or (a learned alias took it
    there) a bare record of the site, which the store's own record of it stands in for."""
    if a.outlet_id in aliased:
        return Outlet(id=a.outlet_id, name=a.outlet or a.outlet_id, kind=OutletKind.UNKNOWN)
    if a.outlet:
        return registry.resolve(a.outlet)
    return Outlet(id=a.outlet_id, name=a.outlet_id, kind=OutletKind.UNKNOWN)


def _reference(a: Attribution, copy: OwnArticle) -> Reference:
    """The article a republication statement names: by the URL it links, else by title."""
    if a.url:
        url_key = normalize_url(a.url)
        if url_key and url_key.rstrip("/").count("/") > 2:  # an article, not a site's home page
            key = title_key(a.title) if a.title else None
            return Reference(url_key, a.outlet_id, a.url, a.title, key, False, copy.published)
    # A title the statement gives, else the copy's own (a copy keeps its source's title).
    title = a.title or copy.title
    key = title_key(title) if title else None
    return Reference(
        inferred_key(a.outlet_id, title, copy.key), a.outlet_id, None, title, key, bool(key), copy.published
    )


def _own_urls(doc: Document, key: str) -> tuple[str, ...]:
    """The other addresses a page gives itself on its own site (``rel=canonical``, ``og:url``):
    the article is found by them too. One on another site names the original (a statement)."""
    assert doc.url is not None
    site = None
    found: dict[str, None] = {}
    for signal, value in doc.meta:
        if signal not in ("canonical", "og:url") or "://" not in value:
            continue
        if site is None:
            site = registered_domain(host_of(doc.url))
        if registered_domain(host_of(value)) != site:
            continue
        other = normalize_url(value)
        if other and other != key:
            found[other] = None
    return tuple(found)


def alias_target(aliases: Mapping[str, str], key: str) -> str | None:
    """The outlet a learned alias takes an outlet key to: the key's own, or that of the name
    without a word a brand adds to it ("Coastal Observer Online" is "Coastal Observer")."""
    found = aliases.get(key)
    if found is None:
        for suffix in BRAND_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                found = aliases.get(key[: -len(suffix)])
                if found is not None:
                    break
    return found


def _apply_aliases(
    found: tuple[Attribution, ...], aliases: Mapping[str, str], host_id: str | None
) -> tuple[tuple[Attribution, ...], frozenset[str]]:
    """The statements with the outlets learned aliases take their names to (a credit to the
    host itself is a self-credit), and the outlet ids so reached."""
    out: list[Attribution] = []
    reached: set[str] = set()
    for a in found:
        target = alias_target(aliases, a.outlet_id)
        if target is None or target == a.outlet_id:
            out.append(a)
            continue
        reached.add(target)
        out.append(replaced(a, outlet_id=target, self_credit=a.self_credit or target == host_id))
    return tuple(out), frozenset(reached)
