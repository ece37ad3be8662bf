"""Extractors: pure functions from a `Document` to the `Attribution`s it states.

An extractor has a ``name`` and an ``extract(doc)`` method that yields attributions; extractors
are made by factories that take the outlet registry, registered by name in `EXTRACTORS`. Third
parties add their own through the entry-point group ``provenance.extractors`` (a factory
``(registry) -> extractor``).

`extract` runs them all, drops repeated statements, marks self-credits and orders the rest in
layers, outermost first, so that a chain can be read off them:

- layer 0 is the wrapper added last: a feed footer ("The post ... appeared first on X.");
- then the other republication credits, footer before header before body;
- then source credits, then wire credits (the innermost: where the story began);
- picture credits have their own layers ("Press Service via AP": AP 0, the Press Service 1).

A statement naming the same outlet as another shares its layer. A self-credit (the credited
outlet is the host of the document's URL) gets no layer: it is kept as evidence of the host.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from importlib.metadata import entry_points
from typing import Protocol

from provenance.extractors.decide import decided
from provenance.extractors.html import HtmlMetaExtractor
from provenance.extractors.rules import RULES, Rule
from provenance.extractors.text import TextExtractor
from provenance.models import Attribution, Document, Location, OutletKind, Relation, replaced, unchecked
from provenance.resolver import (
    BRAND_SUFFIXES,
    HOSTING_HOSTS,
    SOCIAL_HOSTS,
    OutletRegistry,
    host_of,
    looks_like_domain,
    name_key,
    outlet_name_from_url,
    own_subdomain,
    registered_domain,
)

log = logging.getLogger(__name__)

__all__ = [
    "EXTRACTORS",
    "RULES",
    "Extractor",
    "HtmlMetaExtractor",
    "Rule",
    "TextExtractor",
    "extract",
    "extractors_for",
]


class Extractor(Protocol):
    """What an extractor is: a name and a pure function of a document."""

    name: str

    def extract(self, doc: Document) -> Iterator[Attribution]: ...


ExtractorFactory = Callable[[OutletRegistry], Extractor]

EXTRACTORS: dict[str, ExtractorFactory] = {"text": TextExtractor, "html": HtmlMetaExtractor}

_LOCATION_ORDER = {
    Location.FOOTER: 0,
    Location.FEED: 0,
    Location.META: 1,
    Location.TITLE: 2,
    Location.HEADER: 2,
}


# A document of plain text: every field at its default (the text and URL are filled in).
_PLAIN_DOCUMENT = {
    name: field.get_default(call_default_factory=True) for name, field in Document.model_fields.items()
}


@cache
def _plugin_factories() -> tuple[tuple[str, ExtractorFactory], ...]:
    found = []
    for ep in entry_points(group="provenance.extractors"):
        try:
            found.append((ep.name, ep.load()))
        except Exception as exc:  # a broken plugin must not take the tool down
            log.warning("disabled extractor %s: %s", ep.name, exc)
    return tuple(found)


# A process uses one registry or two; one that makes many (a server, the fuzzer) keeps the
# extractors of the last few only, not of every registry it ever made.
@lru_cache(maxsize=8)
def _instances(registry: OutletRegistry) -> tuple[Extractor, ...]:
    factories = [*EXTRACTORS.items(), *_plugin_factories()]
    return tuple(factory(registry) for _, factory in factories)


@cache
def default_registry() -> OutletRegistry:
    """The bundled outlet registry, loaded once."""
    return OutletRegistry.bundled()


def extractors_for(registry: OutletRegistry | None = None) -> tuple[Extractor, ...]:
    """The registered extractors, built once per registry."""
    return _instances(registry if registry is not None else default_registry())


def extract(
    text_or_document: str | Document, *, url: str | None = None, registry: OutletRegistry | None = None
) -> list[Attribution]:
    """The syndication statements of a text or document, outermost first.

    >>> [(a.relation.value, a.outlet, a.layer) for a in extract(
    ...     "Originally published by ZeroHedge\\n"
    ...     "The story itself, long enough to be a paragraph of an article body.\\n"
    ...     "The post A story appeared first on South Front.")]
    [('republished_from', 'South Front', 0), ('republished_from', 'ZeroHedge', 1)]
    """
    if isinstance(text_or_document, str) and (url is None or isinstance(url, str)):
        # Regions are marked by the extractor, and only if something is found. Built unchecked:
        # a str and a str or None are all there is to check.
        doc = unchecked(Document, **{**_PLAIN_DOCUMENT, "text": text_or_document, "url": url})
    elif isinstance(text_or_document, str):
        doc = Document(text=text_or_document, url=url)  # a URL of another type: validation says so
    elif url is not None:
        doc = text_or_document.model_copy(update={"url": url})
    else:
        doc = text_or_document
    registry = registry if registry is not None else default_registry()
    found = [a for extractor in extractors_for(registry) for a in extractor.extract(doc)]
    return _layered(
        _marked_self(_one_relation(_one_house(decided(_deduplicated(found), doc)), registry), doc, registry)
    )


def _deduplicated(found: list[Attribution]) -> list[Attribution]:
    """Drop a statement whose words overlap an earlier, stronger one naming the same outlet."""
    if len(found) < 2:  # most documents state one thing or nothing
        return found
    kept: list[tuple[int, Attribution]] = []
    for i, a in sorted(enumerate(found), key=lambda ia: (-ia[1].confidence, ia[1].evidence.start)):
        same = (
            k
            for _, k in kept
            if k.outlet_id == a.outlet_id
            and (k.relation is a.relation or Relation.IMAGE_CREDIT not in (k.relation, a.relation))
            and k.evidence.start < a.evidence.end
            and a.evidence.start < k.evidence.end
        )
        if next(same, None) is None:
            kept.append((i, a))
    return [a for _, a in sorted(kept, key=lambda ia: ia[0])]


def _one_house(found: list[Attribution]) -> list[Attribution]:
    """Drop the source or wire credit of an outlet whose own wire service the same text credits:
    "News24's Jane Doe contributed" beside "Source: News24 Wire" is one credit, of the wire (ids
    "news24" and "news24-wire")."""
    if len(found) < 2:
        return found
    wires = {a.outlet_id for a in found if a.relation is Relation.WIRE_CREDIT}
    return [
        a
        for a in found
        if a.relation in (Relation.REPUBLISHED_FROM, Relation.IMAGE_CREDIT)
        or (a.relation is Relation.SOURCE_CREDIT and not any(w.startswith(a.outlet_id + "-") for w in wires))
        # An agency and its own service are two credits ("dpa" and "dpa-AFX"); a house and its
        # wire ("news24", "news24-wire") one.
        or (a.relation is Relation.WIRE_CREDIT and a.outlet_id + "-wire" not in wires)
    ]


def _one_relation(found: list[Attribution], registry: OutletRegistry) -> list[Attribution]:
    """Give a source credit in the words of the text the relation of a stronger credit of the same
    outlet in them: "By Jane Doe, Harbor Ledger" above "This story was originally published by
    Harbor Ledger" is one credit of where the story came from, said twice (both statements and
    their evidence are kept). So is a dateline's credit of a paper, not an agency, that the text
    says it was first published by ("SACRAMENTO (Example Matters) —" over "This story was
    originally published by Example Matters"). A page's metadata is another kind of statement and
    keeps its own; a link in the text labelled as its source ("Source link" under a copied post)
    is the text's. An agency's copy is credited to the agency as its wire, however else the text
    names it too: "PALERMO (ITALPRESS) –" over a feed's footer "L'articolo ... proviene da
    Italpress" is the agency's dispatch, not a republished article."""
    if len(found) < 2:
        return found
    in_text = [a for a in found if a.evidence.method.startswith(("text:", "html:source-link"))]
    stronger: dict[str, Relation] = {}
    for a in in_text:
        if a.relation is Relation.REPUBLISHED_FROM or (
            a.relation is Relation.WIRE_CREDIT and a.outlet_id not in stronger
        ):
            stronger[a.outlet_id] = a.relation
    for a in in_text:
        if a.relation is Relation.WIRE_CREDIT and _is_agency(registry, a.outlet_id):
            stronger[a.outlet_id] = Relation.WIRE_CREDIT
    weaker = {
        id(a)
        for a in in_text
        if a.outlet_id in stronger
        and a.relation is not stronger[a.outlet_id]
        and (
            a.relation is Relation.SOURCE_CREDIT
            or (
                a.relation is Relation.WIRE_CREDIT
                and stronger[a.outlet_id] is Relation.REPUBLISHED_FROM
                and not _is_agency(registry, a.outlet_id)
            )
            or (a.relation is Relation.REPUBLISHED_FROM and stronger[a.outlet_id] is Relation.WIRE_CREDIT)
        )
    }
    if not weaker:
        return found
    return [replaced(a, relation=stronger[a.outlet_id]) if id(a) in weaker else a for a in found]


def _is_agency(registry: OutletRegistry, outlet_id: str) -> bool:
    outlet = registry.get(outlet_id)
    return outlet is not None and outlet.kind is OutletKind.WIRE


def _copy_url(doc: Document) -> str | None:
    """The address of the copy a document is: its own, or for an item of a feed that links off its
    site (an aggregator's roundup, a planet of blogs), the feed's site, where that copy stands: a
    credit of the item's original is a credit, not the original's own ("<source>The Example
    Times</source>" on an item linking to the Times)."""
    if doc.kind != "feed" or not doc.url:
        return doc.url
    link = doc.meta_value("site:feed-link")
    if link is None:
        return doc.url
    site = registered_domain(host_of(link))
    return link if site and site != registered_domain(host_of(doc.url)) else doc.url


def _host_key(url: str | None, registry: OutletRegistry) -> str | None:
    if not url:
        return None
    host = host_of(url)
    if host in HOSTING_HOSTS:
        return name_key(outlet_name_from_url(url))
    domain = registered_domain(host)
    if domain in SOCIAL_HOSTS and (sub := own_subdomain(host, domain)):
        # A newsletter's own subdomain ("examplenotes.substack.com") is its site; an account in a
        # path ("medium.com/@jane") shares the platform's host.
        return name_key(sub)
    known = registry.lookup(url)
    if known is not None:
        return known.id
    return name_key(domain) if domain else None


# The articles a site's address keeps where a credit drops or declines them ("The Example Ledger"
# on theexampleledger.com, "der „Presse“" on diepresse.com, "du Monde" on lemonde.fr), or drops
# where the credit keeps them ("Le Journal de Saône" on journaldesaone.fr).
_ARTICLES = ("the", "die", "der", "das", "le", "la", "les", "el", "il", "lo", "los", "las", "het", "de")


def _is_host(outlet_id: str, host: str) -> bool:
    if outlet_id == host:
        return True
    joined = host.replace("-", "")  # a registered outlet's id: "die-presse"
    if len(outlet_id) >= 3 and len(joined) >= 3:
        for article in _ARTICLES:
            if joined == article + outlet_id or outlet_id == article + joined:
                return True
    # The name adds a brand's word to the address, or the address adds it to the name ("the MDJ" on
    # mdjonline.com).
    return (outlet_id.startswith(host) and outlet_id[len(host) :] in BRAND_SUFFIXES) or (
        len(outlet_id) >= 3 and host.startswith(outlet_id) and host[len(outlet_id) :] in BRAND_SUFFIXES
    )


def _marked_self(found: list[Attribution], doc: Document, registry: OutletRegistry) -> list[Attribution]:
    url = _copy_url(doc) if found else None
    host = _host_key(url, registry)
    if host is None:
        return found
    site = registered_domain(host_of(url or ""))
    own = _own_names(doc, site)
    found = [_without_host_tail(a, host, registry) for a in found]
    return [
        replaced(a, self_credit=True)
        if (_is_host(name_key(a.outlet), host) and not _another_domain(a.outlet, site))
        # (Not a credit that names another address of the brand: "initialement publié sur
        # Slate.com" on slate.fr, a licensee's site.)
        or (_is_host(a.outlet_id, host) and not _another_domain(a.outlet, site))
        # (A site the registry does not know may share its address's word with another paper: on
        # kentucky.com, "republished from the Kentucky Lantern" names the Lantern.)
        or (
            _is_house_brand(a.outlet, host)
            and (registry.get(host) is not None or a.relation is not Relation.REPUBLISHED_FROM)
        )
        or (a.evidence.method.startswith("text:") and name_key(a.outlet) in own)
        or _names_every_part(a, doc.text, site)
        else a
        for a in found
    ]


def _without_host_tail(a: Attribution, host: str, registry: OutletRegistry) -> Attribution:
    """A name read from the text that ran on into the site's own name, as a credit line runs into
    the page's masthead ("publicado originalmente na Agência Pública Outras Palavras" on
    outraspalavras.net): the words before it.

    >>> text = "O garimpo voltou a crescer.\\nArtigo publicado originalmente na Agência Exemplo Outras Palavras"
    >>> [a.outlet for a in extract(text, url="https://outraspalavras.net/crise/garimpo/")]
    ['Agência Exemplo']
    """
    words = a.outlet.split()
    if len(words) < 3 or not a.evidence.method.startswith("text:") or a.url:
        return a
    for k in range(len(words) - 1, 1, -1):  # two words of the name at least stay
        if name_key(" ".join(words[k:])) == host:
            name = " ".join(words[:k])
            return replaced(a, outlet=name, outlet_id=registry.resolve(name).id)
    return a


_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n")


def _names_every_part(a: Attribution, text: str, site: str) -> bool:
    """True for a credit whose words, from the name on, hold every part of the site's hyphenated
    address: "... erschien zuerst auf Sommerfrische – der Reiseblog." on reiseblog-sommerfrische.de
    names the site itself, its words in another order. (One part is not enough: a mirror's address
    may carry the name of the site it copies.)"""
    label = site.split(".", 1)[0]
    if "-" not in label or not a.evidence.method.startswith("text:"):
        return False
    parts = label.split("-")
    if len(parts) > 4 or any(len(p) < 3 for p in parts):
        return False
    # The words of the name and the few after it in its sentence (a cut name may leave its
    # subtitle out).
    ev = a.evidence
    words = text[ev.start : ev.end + 60]
    words = _SENTENCE_END.split(words[max(0, words.rfind(a.outlet)) :], maxsplit=1)[0]
    keys = {name_key(w) for w in words.split()[:8]}
    return all(p in keys for p in parts)


def _another_domain(name: str, site: str) -> bool:
    """True for a credit written as another site's address: "jane-roe.dev" on medium.com/@jane-roe
    is the writer's own site, not the account the copy stands on."""
    return looks_like_domain(name) and registered_domain(name) != site


# The names a document gives its own site (see `provenance.aliases`): a feed's channel title
# counts for the items on the channel's own site only (an aggregator's names the aggregator).
_OWN_NAME_SIGNALS = frozenset(
    ("site:og:site_name", "site:jsonld:website", "site:application-name", "site:name", "site:feed-title")
)


def _own_names(doc: Document, site: str) -> frozenset[str]:
    """The keys of the names ``doc`` calls its own site by: "The post ... appeared first on
    Portal Example Notícias." in the feed of that name is the site's own footer, whatever its
    address (portalexample.com.br). Only the text's statements are read against them: a page's
    metadata may name the brand it carries as its site ("Technology Review" on heise.de, whose
    ``sourceOrganization`` it is too)."""
    if not doc.meta or not doc.url:
        return frozenset()
    names = set()
    for signal, value in doc.meta:
        if signal not in _OWN_NAME_SIGNALS:
            continue
        if signal == "site:feed-title":
            link = doc.meta_value("site:feed-link")
            if link is None or registered_domain(host_of(link)) != site:
                continue
        key = name_key(value)
        if key:
            names.add(key)
    return frozenset(names)


def _is_house_brand(name: str, host: str) -> bool:
    """True for a name that opens with the host's own ("the Reuters Best website" on reuters.com,
    "Guardian Australia" on theguardian.com): another property of the same house."""
    words = name.split()
    if len(words) < 2:
        return False
    brand = 1 if words[0].lower() == "the" and len(words) > 2 else 0
    if len(host) < 3 or name_key(words[brand]) != host:
        return False
    # "VICE US" on VICE's British edition is another edition's article, not the host's own.
    return not any(w.lower().strip(".,") in _EDITIONS for w in words[brand + 1 :])


_EDITIONS = frozenset(
    "us usa uk america americas australia au canada ca india in europe asia africa international "
    "deutschland de france fr españa espana es italia it brasil br méxico mexico latam arabic "
    "edition".split()
)


def _chain_rank(a: Attribution) -> tuple[int, int, int]:
    if a.relation is Relation.REPUBLISHED_FROM:
        footer = a.evidence.method.split(":", 1)[-1].startswith("yoast-footer")
        return (0 if footer else 1, _LOCATION_ORDER.get(a.evidence.location, 3), a.evidence.start)
    if a.relation is Relation.SOURCE_CREDIT:
        return (2, 0, a.evidence.start)
    return (3, 0, a.evidence.start)


def _layered(found: list[Attribution]) -> list[Attribution]:
    if not found:  # most documents state nothing
        return found
    if len(found) == 1:  # most of the rest: one statement, the outermost layer (or a self-credit)
        return [found[0] if found[0].self_credit else replaced(found[0], layer=0)]
    chain = sorted(
        (a for a in found if a.relation is not Relation.IMAGE_CREDIT and not a.self_credit), key=_chain_rank
    )
    images = [a for a in found if a.relation is Relation.IMAGE_CREDIT and not a.self_credit]
    # Within one picture credit the outer name comes last ("X via AP"): read each one backwards.
    if len(images) > 1:
        images.sort(key=lambda a: (a.evidence.start, -_index(found, a)))
    layered: list[Attribution] = []
    for group in (chain, images):
        layers: dict[tuple[Relation, str], int] = {}
        for a in group:
            layer = layers.setdefault((a.relation, a.outlet_id), len(set(layers.values())))
            layered.append(replaced(a, layer=layer))
    layered.extend(a for a in found if a.self_credit)
    return layered


def _index(found: list[Attribution], a: Attribution) -> int:
    """``found.index(a)``, without comparing models field by field where cheap fields differ."""
    for i, other in enumerate(found):
        if other is a or (
            other.evidence.start == a.evidence.start and other.outlet_id == a.outlet_id and other == a
        ):
            return i
    raise ValueError(a)
