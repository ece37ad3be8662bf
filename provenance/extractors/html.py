"""The HTML metadata extractor: statements a page makes in its markup rather than its words.

A cross-site ``rel=canonical`` says the page is a copy of the canonical one; so, more weakly, does
a cross-site ``og:url``. ``syndication-source`` and ``original-source`` meta name the original
outright, as do JSON-LD ``isBasedOn`` and ``sourceOrganization``; a JSON-LD ``publisher`` other
than the host hints at a copy. The republication tracker's pixel is served by the original
publisher's site. A link to a C2PA manifest on another site is a weak signal. A canonical (or any
of these) pointing at the host itself is no credit and is dropped.

The evidence of a metadata statement is the tag as it would be written; it has no span in the
text (start and end are 0) and its location is ``meta``.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

from provenance.models import Attribution, Document, Evidence, Location, OutletKind, Relation
from provenance.resolver import OutletRegistry, host_of, outlet_name_from_url, registered_domain

# signal -> (rule id, weight, how the evidence is written)
SIGNALS: dict[str, tuple[str, float, str]] = {
    "canonical": ("canonical", 0.85, '<link rel="canonical" href="{}">'),
    "og:url": ("og-url", 0.6, '<meta property="og:url" content="{}">'),
    "syndication-source": ("syndication-source", 0.9, '<meta name="syndication-source" content="{}">'),
    "original-source": ("original-source", 0.9, '<meta name="original-source" content="{}">'),
    "jsonld:isBasedOn": ("jsonld-is-based-on", 0.85, '"isBasedOn": "{}"'),
    "jsonld:isBasedOnUrl": ("jsonld-is-based-on", 0.85, '"isBasedOnUrl": "{}"'),
    "jsonld:sourceOrganization": ("jsonld-source-organization", 0.75, '"sourceOrganization": "{}"'),
    "jsonld:publisher": ("jsonld-publisher", 0.5, '"publisher": "{}"'),
    "republication-tracker": ("republication-tracker", 0.9, '<img src="{}">'),
    "c2pa-manifest": ("c2pa-manifest", 0.5, '<link rel="c2pa-manifest" href="{}">'),
    "feed:source": ("feed-source", 0.85, '<source url="{}">'),
}
# Signals whose address is the credited article itself (the others name a pixel, a manifest, a
# feed or a home page: the outlet, not the article).
_ARTICLE_ADDRESS = frozenset(
    {
        "canonical",
        "og:url",
        "syndication-source",
        "original-source",
        "jsonld:isBasedOn",
        "jsonld:isBasedOnUrl",
    }
)
# Signals that only count when they point at another site (a page names itself all the time).
_CROSS_SITE_ONLY = frozenset({"canonical", "og:url", "c2pa-manifest", "jsonld:publisher"})


class HtmlMetaExtractor:
    """Reads the provenance statements of a page's metadata (see the module docstring)."""

    name = "html"

    def __init__(self, registry: OutletRegistry) -> None:
        self.registry = registry

    def extract(self, doc: Document) -> Iterator[Attribution]:
        if not doc.meta:
            return
        host = registered_domain(host_of(doc.url)) if doc.url else ""
        host_outlet = self.registry.resolve(doc.url).id if doc.url else ""
        seen: set[tuple[str, str]] = set()
        for signal, raw in doc.meta:
            if signal == "author":
                credit = self._wire_author(raw)
                if credit is not None and (credit.outlet_id, "author") not in seen:
                    seen.add((credit.outlet_id, "author"))
                    yield credit
                continue
            if signal not in SIGNALS:
                continue
            rule, weight, template = SIGNALS[signal]
            value = raw.strip()
            is_url = "://" in value or value.startswith(("/", "www."))
            if is_url and doc.url:
                value = urljoin(doc.url, value)
            elif is_url and value.startswith("/"):
                continue  # a relative address on a page whose own address is unknown
            if is_url:
                name = outlet_name_from_url(value)
                domain = registered_domain(value)
            else:
                name, domain = value, ""
            if not name:
                continue
            outlet = self.registry.resolve(value if is_url else name)
            same_site = (bool(domain) and domain == host) or (bool(host_outlet) and outlet.id == host_outlet)
            if signal in _CROSS_SITE_ONLY and (same_site or not doc.url):
                continue
            if (outlet.id, rule) in seen:
                continue
            seen.add((outlet.id, rule))
            known = outlet.kind is not OutletKind.UNKNOWN
            yield Attribution(
                relation=Relation.REPUBLISHED_FROM,
                outlet=name,
                outlet_id=outlet.id,
                url=value if is_url and signal in _ARTICLE_ADDRESS else None,
                evidence=Evidence(
                    text=template.format(raw), start=0, end=0, method=f"html:{rule}", location=Location.META
                ),
                confidence=round(weight if known else weight * 0.9, 3),
            )

    def _wire_author(self, author: str) -> Attribution | None:
        """An author field that names a news agency ("Associated Press in Palm Beach, Florida")."""
        words = author.replace(",", " ").split()
        for n in range(min(len(words), 5), 0, -1):
            name = " ".join(words[:n])
            outlet = self.registry.lookup(name)
            if outlet is not None and outlet.kind is OutletKind.WIRE:
                return Attribution(
                    relation=Relation.WIRE_CREDIT,
                    outlet=name,
                    outlet_id=outlet.id,
                    evidence=Evidence(
                        text=f"<author>{author}</author>",
                        start=0,
                        end=0,
                        method="html:author",
                        location=Location.META,
                    ),
                    confidence=0.85,
                )
        return None
