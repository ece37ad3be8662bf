"""The domain model: documents, the statements found in them, and the outlets they name.

Every model is a frozen pydantic v2 model that forbids unknown fields, so that anything crossing
the library's edge (a JSON file, a user's registry, a CLI option) is validated once.
"""

from __future__ import annotations

import bisect
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


M = TypeVar("M", bound=BaseModel)


def unchecked(model: type[M], **values: Any) -> M:
    """An instance of ``model`` made of ``values`` without validation, every field given.

    For the extractors' hot path, whose every value comes from code (STYLE: validate at the
    edges): about three times as fast as pydantic's own ``model_construct``, which also fills
    defaults and sorts out aliases.

    >>> unchecked(Region, location=Location.BODY, start=0, end=5) == Region(location="body", start=0, end=5)
    True
    """
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", values)
    _set_fields_set(instance, set(values))
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance


def _slot_setter(name: str) -> Any:
    # The slot's own descriptor sets it without object.__setattr__'s look-up by name (a third
    # of unchecked's time); a pydantic without that slot gets the general way.
    slot = BaseModel.__dict__.get(name)
    if slot is not None and hasattr(slot, "__set__"):
        return slot.__set__
    return lambda instance, value: object.__setattr__(instance, name, value)


_set_fields_set = _slot_setter("__pydantic_fields_set__")
_set_extra = _slot_setter("__pydantic_extra__")
_set_private = _slot_setter("__pydantic_private__")


def replaced(instance: M, **changes: Any) -> M:
    """A copy of ``instance`` with ``changes``, unchecked (see `unchecked`)."""
    return unchecked(type(instance), **{**instance.__dict__, **changes})


class Relation(StrEnum):
    """What a statement says about where a text (or a part of it) came from.

    ``republished_from``
        The text is a copy of an article first published by the credited outlet.
        "Originally published by ZeroHedge"; "The post China Rebuffs Pentagon Chief ... appeared
        first on South Front."; "This article is republished from The Conversation under a Creative
        Commons license."; "This story was originally published by ProPublica."; "Dieser Artikel
        erschien zuerst in der Zeit."; a cross-site ``rel=canonical``.
    ``wire_credit``
        The story comes from a news agency. "WASHINGTON (AP) —"; "LONDON, May 3 (Reuters) -";
        "(dpa)"; "By Paul Wiseman, The Associated Press"; "Reporting by Jane Doe; Editing by John
        Roe"; "Mit Material von dpa"; "Quelle: dpa-AFX".
    ``source_credit``
        The piece draws on the credited outlet without being a copy of it. "Source: Redfin";
        "Quelle: Deutscher Alpenverein"; "h/t Boing Boing"; "Courtesy of NASA"; a line "Via Axios".
    ``image_credit``
        The provenance of a picture, never of the text. "Photo: Jane Doe/Reuters"; "(AP
        Photo/Evan Vucci)"; "Moscow in April: Russian Defense Ministry Press Service via AP" (an
        image chain: the Press Service, then AP).
    """

    REPUBLISHED_FROM = "republished_from"
    WIRE_CREDIT = "wire_credit"
    SOURCE_CREDIT = "source_credit"
    IMAGE_CREDIT = "image_credit"


class Location(StrEnum):
    """Where in a document a statement was found.

    ``title``, ``header`` (the lines between title and body: captions, bylines, "Originally
    published by" lines), ``body``, ``footer`` (closing lines, feed footers), ``caption``,
    ``meta`` (HTML metadata), ``feed`` (feed-level fields), and ``related`` (a related-article
    list: nothing in it is ever extracted).
    """

    TITLE = "title"
    HEADER = "header"
    BODY = "body"
    FOOTER = "footer"
    CAPTION = "caption"
    META = "meta"
    FEED = "feed"
    RELATED = "related"


class OutletKind(StrEnum):
    """What sort of organisation an outlet is.

    ``wire``: news agencies and press-release wires (AP, Reuters, AFP, dpa, TASS, PR Newswire).
    ``agency``: picture agencies (Getty Images, Shutterstock, EPA). ``publisher``: newspapers,
    broadcasters, magazines, sites. ``government``: state bodies (a ministry's press service).
    ``aggregator``: sites that only collect others' articles (MSN, Yahoo News). ``unknown``: a
    name found in a statement that no registry knows.
    """

    WIRE = "wire"
    AGENCY = "agency"
    PUBLISHER = "publisher"
    GOVERNMENT = "government"
    AGGREGATOR = "aggregator"
    UNKNOWN = "unknown"


class Outlet(_Frozen):
    """A publisher, wire or other organisation that articles and pictures come from.

    >>> Outlet(id="zerohedge", name="ZeroHedge", domains=("zerohedge.com",), aliases=("Zero Hedge",))
    Outlet(id='zerohedge', name='ZeroHedge', domains=('zerohedge.com',), aliases=('Zero Hedge',), kind=<OutletKind.UNKNOWN: 'unknown'>, country='', quiet_aliases=())
    """

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9.-]*$")
    name: str = Field(min_length=1)
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    kind: OutletKind = OutletKind.UNKNOWN
    country: str = ""
    # Short names that are also common words or initials elsewhere ("AA", Anadolu's; "NA",
    # Noticias Argentinas'): known only as written, where a credit's words already read a name
    # (after "Kaynak:", in a desk's sign-off, in a dateline read by its shape), never looked for
    # in the text.
    quiet_aliases: tuple[str, ...] = ()

    def spells(self, name: str) -> bool:
        """True when ``name`` is written exactly as one of the outlet's names.

        >>> Outlet(id="anadolu", name="Anadolu Agency", quiet_aliases=("AA",)).spells("AA")
        True
        """
        return name == self.name or name in self.aliases or name in self.quiet_aliases


class Region(_Frozen):
    """A span of a document's text with the role it plays (title, header, body, ...)."""

    location: Location
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TextLink(_Frozen):
    """A link in a document's text: the words it covers (``start``..``end``) and where it points."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    href: str


class Document(_Frozen):
    """One article's text as a reader produced it, with the regions the reader marked.

    ``source`` names where it was read from (a path, ``-`` for standard input, or a case id);
    ``url`` is the address of this copy when known (the host: used to recognise self-credits).

    >>> doc = Document(text="Hello\\nOriginally published by ZeroHedge", source="-")
    >>> doc.location_at(10)
    <Location.BODY: 'body'>
    """

    text: str
    source: str = "-"
    kind: str = "text"
    url: str | None = None
    title: str | None = None
    published: str | None = None
    item: str | None = None
    regions: tuple[Region, ...] = ()
    links: tuple[TextLink, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()

    @model_validator(mode="after")
    def _regions_in_text(self) -> Document:
        n = len(self.text)
        for region in self.regions:
            if region.start > region.end or region.end > n:
                raise ValueError(f"region {region} lies outside the text of {self.source}")
        return self

    def meta_value(self, signal: str) -> str | None:
        """The first value ``meta`` gives for ``signal`` (``"site:feed-link"``, ...), or None."""
        return next((value for name, value in self.meta if name == signal), None)

    def location_at(self, offset: int) -> Location:
        """The location of the region holding ``offset`` (``body`` where no region was marked)."""
        starts = [r.start for r in self.regions]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.regions[i].end:
            return self.regions[i].location
        return Location.BODY


class Evidence(_Frozen):
    """The verbatim words a statement was read from, where they stand and which rule read them.

    ``method`` names the extractor and the rule, e.g. ``text:originally-published``,
    ``text:yoast-footer``, ``html:canonical``.
    """

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    method: str
    location: Location


class Attribution(_Frozen):
    """One statement that a document (or its picture) came from an outlet.

    ``outlet`` is the name as written, ``outlet_id`` its resolved key. ``url`` and ``title``
    name the credited article where the statement gives them. ``layer`` orders a document's
    statements outermost first (0 = the wrapper added last, such as a feed footer); a
    self-credit (the credited outlet is the host) has no layer and ``self_credit`` set.
    """

    relation: Relation
    outlet: str
    outlet_id: str
    url: str | None = None
    title: str | None = None
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    layer: int | None = None
    self_credit: bool = False


class Article(_Frozen):
    """An article: one text at one address, seen in a document or only named by a statement.

    ``id`` is the article's key: the normalised URL (``https://zerohedge.com/geopolitical/x``), a
    hash of the text for a document without a URL (``text:4f1c...``), or, for an article that
    only a statement names, ``inferred:<outlet>:<normalised title>``. ``inferred`` is true until a
    document of the article itself is ingested.
    """

    id: str
    url: str | None = None
    title: str | None = None
    outlet_id: str | None = None
    published: str | None = None
    published_source: str | None = None
    inferred: bool = False
