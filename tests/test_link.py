"""The linking module: what a document and its statements state, with no store."""

from __future__ import annotations

import dataclasses

import pytest

from provenance import Document, text_document
from provenance.aliases import AliasClaim
from provenance.extractors import extract
from provenance.link import (
    COPY,
    CREDITS,
    REPUBLISHED,
    Plan,
    article_key,
    plan_document,
)
from provenance.models import Attribution, Evidence, Location, Relation
from provenance.resolver import OutletRegistry
from provenance.urls import inferred_key, normalize_url, title_key

COPY_URL = "https://copysite.org/2024/05/story"


def statement(
    relation: Relation,
    outlet: str,
    outlet_id: str,
    *,
    layer: int | None = 0,
    url: str | None = None,
    title: str | None = None,
    self_credit: bool = False,
    confidence: float = 0.9,
) -> Attribution:
    return Attribution(
        relation=relation,
        outlet=outlet,
        outlet_id=outlet_id,
        url=url,
        title=title,
        layer=layer,
        self_credit=self_credit,
        confidence=confidence,
        evidence=Evidence(text=outlet, start=0, end=len(outlet), method="test:rule", location=Location.BODY),
    )


def copy(**fields: object) -> Document:
    values: dict[str, object] = {"text": "The story.", "url": COPY_URL, "title": "Ferry fares rise"}
    return Document(**{**values, **fields})  # type: ignore[arg-type]


def ends(plan: Plan) -> list[tuple[str, str, str]]:
    """The plan's links with each end named: the copy, a reference's key, or an outlet."""

    def name(end: int | None) -> str:
        return "copy" if end == COPY else plan.references[end].key if end is not None else "-"

    return [
        (link.kind, name(link.src), name(link.dst) if link.kind == REPUBLISHED else str(link.outlet_id))
        for link in plan.links
    ]


def test_the_document_states_its_own_article(registry: OutletRegistry) -> None:
    doc = copy(published="2024-05-03", meta=(("canonical", "https://www.copysite.org/story?id=7"),))
    plan = plan_document(doc, [], registry=registry)
    assert plan.article.key == article_key(doc) == normalize_url(COPY_URL)
    assert plan.article.title == "Ferry fares rise" and plan.article.title_key == title_key(
        "Ferry fares rise"
    )
    assert plan.article.published == "2024-05-03" and plan.article.published_source == "document"
    assert plan.site is not None and plan.article.outlet_id == plan.site.id
    assert plan.own_urls == (normalize_url("https://www.copysite.org/story?id=7"),)
    assert plan.references == () and plan.links == ()


def test_a_canonical_on_another_site_is_not_an_own_url(registry: OutletRegistry) -> None:
    doc = copy(meta=(("canonical", "https://elsewhere.net/story"), ("og:url", COPY_URL)))
    assert plan_document(doc, [], registry=registry).own_urls == ()


def test_a_document_without_a_url_has_no_site(registry: OutletRegistry) -> None:
    doc = copy(url=None)
    plan = plan_document(doc, [], registry=registry)
    assert plan.article.key.startswith("text:") and plan.site is None and plan.article.outlet_id is None


def test_a_chain_of_two_layers_links_origin_to_source_to_copy(registry: OutletRegistry) -> None:
    # The seed article: South Front's footer (layer 0) wraps ZeroHedge's credit (layer 1).
    found = [
        statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge", layer=1),
        statement(Relation.REPUBLISHED_FROM, "South Front", "southfront", layer=0, title="China Rebuffs"),
    ]
    plan = plan_document(copy(), found, registry=registry)
    assert [r.outlet_id for r in plan.references] == ["southfront", "zerohedge"]
    south, zero = (r.key for r in plan.references)
    assert ends(plan) == [(REPUBLISHED, south, "copy"), (REPUBLISHED, zero, south)]
    # Each link keeps the statement that states it.
    assert [plan.statements[link.statement].outlet_id for link in plan.links] == ["southfront", "zerohedge"]
    assert {o.id for o in plan.outlets} == {"southfront", "zerohedge"}


def test_two_statements_of_one_layer_name_one_article(registry: OutletRegistry) -> None:
    found = [
        statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge", confidence=0.9),
        statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge", confidence=0.6),
    ]
    plan = plan_document(copy(), found, registry=registry)
    assert len(plan.references) == 1
    assert [(link.src, link.dst, link.weight) for link in plan.links] == [(0, COPY, 0.9), (0, COPY, 0.6)]


def test_a_url_reference_names_the_article_at_that_url(registry: OutletRegistry) -> None:
    found = [
        statement(
            Relation.REPUBLISHED_FROM,
            "ProPublica",
            "propublica",
            url="https://www.propublica.org/article/x?utm_source=a",
        )
    ]
    (ref,) = plan_document(copy(), found, registry=registry).references
    assert not ref.by_title
    assert ref.key == normalize_url("https://www.propublica.org/article/x") and ref.outlet_id == "propublica"


def test_a_title_reference_names_the_outlets_article_of_that_title(registry: OutletRegistry) -> None:
    found = [
        statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge", title="China Rebuffs Pentagon Chief")
    ]
    (ref,) = plan_document(copy(published="2024-05-03"), found, registry=registry).references
    assert ref.by_title and ref.title_key == title_key("China Rebuffs Pentagon Chief")
    assert ref.key == inferred_key("zerohedge", "China Rebuffs Pentagon Chief", normalize_url(COPY_URL))
    assert ref.published == "2024-05-03"  # the last article of that title published before the copy


def test_a_statement_without_a_title_names_the_copys_title(registry: OutletRegistry) -> None:
    found = [statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge")]
    (ref,) = plan_document(copy(), found, registry=registry).references
    assert ref.by_title and ref.title == "Ferry fares rise"


def test_a_link_to_a_home_page_is_not_an_article(registry: OutletRegistry) -> None:
    found = [statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge", url="https://www.zerohedge.com/")]
    (ref,) = plan_document(copy(), found, registry=registry).references
    assert ref.by_title and ref.url is None


def test_without_any_title_the_inferred_article_is_keyed_by_the_copy(registry: OutletRegistry) -> None:
    found = [statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge")]
    (ref,) = plan_document(copy(title=None), found, registry=registry).references
    assert not ref.by_title and ref.key == inferred_key("zerohedge", None, normalize_url(COPY_URL))


def test_wire_credits_belong_to_the_innermost_article(registry: OutletRegistry) -> None:
    found = [
        statement(Relation.REPUBLISHED_FROM, "South Front", "southfront", layer=0),
        statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge", layer=1),
        statement(Relation.WIRE_CREDIT, "AP", "ap", layer=None),
        statement(Relation.SOURCE_CREDIT, "Reuters", "reuters", layer=None),
    ]
    plan = plan_document(copy(), found, registry=registry)
    innermost = plan.references[1].key
    assert [e for e in ends(plan) if e[0] == CREDITS] == [
        (CREDITS, innermost, "ap"),
        (CREDITS, innermost, "reuters"),
    ]


def test_a_wire_credit_without_a_chain_belongs_to_the_copy(registry: OutletRegistry) -> None:
    plan = plan_document(copy(), [statement(Relation.WIRE_CREDIT, "AP", "ap", layer=None)], registry=registry)
    assert ends(plan) == [(CREDITS, "copy", "ap")]


def test_image_credits_belong_to_the_copy(registry: OutletRegistry) -> None:
    found = [
        statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge"),
        statement(Relation.IMAGE_CREDIT, "AP", "ap", layer=None),
    ]
    plan = plan_document(copy(), found, registry=registry)
    assert ends(plan)[1] == (CREDITS, "copy", "ap")


@pytest.mark.parametrize(
    "relation", [Relation.REPUBLISHED_FROM, Relation.WIRE_CREDIT, Relation.IMAGE_CREDIT], ids=str
)
def test_self_credits_are_ignored(registry: OutletRegistry, relation: Relation) -> None:
    found = [statement(relation, "Copy Site", "copysite", self_credit=True)]
    plan = plan_document(copy(), found, registry=registry)
    assert plan.references == () and plan.links == () and plan.outlets == ()
    assert plan.statements == tuple(found)  # kept as statements all the same


def test_a_learned_alias_takes_a_credit_to_its_site(registry: OutletRegistry) -> None:
    found = [
        statement(Relation.REPUBLISHED_FROM, "Harbor Ledger", "harborledger"),
        statement(Relation.WIRE_CREDIT, "Coastal Observer Online", "coastalobserveronline", layer=None),
    ]
    aliases = {"harborledger": "harborledger.com", "coastalobserver": "coxvel.net"}
    plan = plan_document(copy(), found, registry=registry, aliases=aliases)
    assert [a.outlet_id for a in plan.statements] == ["harborledger.com", "coxvel.net"]
    assert plan.aliased == {"harborledger.com", "coxvel.net"}
    assert [o.id for o in plan.outlets] == ["harborledger.com", "coxvel.net"]
    assert plan.references[0].outlet_id == "harborledger.com"


def test_a_credit_a_learned_alias_takes_to_the_host_is_a_self_credit(registry: OutletRegistry) -> None:
    site = plan_document(copy(), [], registry=registry).site
    assert site is not None
    found = [statement(Relation.REPUBLISHED_FROM, "The Copy", "copy")]
    plan = plan_document(copy(), found, registry=registry, aliases={"copy": site.id})
    assert plan.statements[0].self_credit and plan.links == ()


def test_the_sites_name_comes_off_the_title(registry: OutletRegistry) -> None:
    doc = copy(url="https://coxvel.net/ferry", title="Ferry fares rise | Coastal Observer")
    claims = [AliasClaim("Coastal Observer", "coxvel.net", m, "") for m in ("og:site_name", "title-suffix")]
    plan = plan_document(
        doc, [statement(Relation.REPUBLISHED_FROM, "AP", "ap")], claims=claims, registry=registry
    )
    assert plan.article.title == "Ferry fares rise"
    assert plan.references[0].title == "Ferry fares rise"


def test_edges_resolve_references_and_drop_a_copy_linked_to_itself(registry: OutletRegistry) -> None:
    found = [
        statement(Relation.REPUBLISHED_FROM, "South Front", "southfront", layer=0),
        statement(Relation.REPUBLISHED_FROM, "ZeroHedge", "zerohedge", layer=1),
        statement(Relation.WIRE_CREDIT, "AP", "ap", layer=None),
    ]
    plan = plan_document(copy(), found, registry=registry)
    edges = plan.edges([10, 20], 1)
    assert [(e.kind, e.src, e.dst, e.outlet_id) for e in edges] == [
        (REPUBLISHED, 10, 1, None),
        (REPUBLISHED, 20, 10, None),
        (CREDITS, 20, None, "ap"),
    ]
    # A source that a store resolves to the copy itself is no edge.
    assert [(e.src, e.dst) for e in plan.edges([1, 20], 1) if e.kind == REPUBLISHED] == [(20, 1)]


def test_the_plan_is_immutable(registry: OutletRegistry) -> None:
    plan = plan_document(copy(), [], registry=registry)
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.links = ()  # type: ignore[misc]


def test_the_plan_of_extracted_statements_matches_the_text(registry: OutletRegistry) -> None:
    doc = text_document(
        "WASHINGTON (AP) -- The story.\nThe post China Rebuffs Pentagon Chief appeared first on South Front.",
        url=COPY_URL,
    )
    plan = plan_document(doc, extract(doc, registry=registry), registry=registry)
    kinds = {(kind, dst) for kind, _, dst in ends(plan)}
    assert (REPUBLISHED, "copy") in kinds and (CREDITS, "ap") in kinds
    assert plan.references[0].title_key == title_key("China Rebuffs Pentagon Chief")


def test_pages_of_a_social_site_are_the_accounts_their_paths_name(registry: OutletRegistry) -> None:
    # The site of a page is remembered by its address's host part, but not a social site's.
    first = plan_document(copy(url="https://www.facebook.com/pages/x/1"), [], registry=registry)
    second = plan_document(copy(url="https://www.facebook.com/SomePaper/posts/1"), [], registry=registry)
    assert first.site is not None and second.site is not None
    assert first.site.id != second.site.id
    again = plan_document(copy(url="https://copysite.org/other/page"), [], registry=registry)
    assert again.site == plan_document(copy(), [], registry=registry).site
