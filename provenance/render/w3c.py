"""W3C PROV: the repost graph as PROV-JSON and PROV-N, through the ``prov`` package.

Mapping: an article is a ``prov:Entity``, an outlet a ``prov:Agent`` of type
``prov:Organization``; an article ``wasAttributedTo`` the outlet that published it and the wire
it credits; a verbatim copy ``wasQuotedFrom`` its source (a derivation of type
``prov:Quotation``), an edited copy or one whose titles are unknown ``wasDerivedFrom`` it; source
and picture credits are ``wasInfluencedBy``. The statements behind each relation ride along as
attributes of the ``provenance:`` namespace: ``evidence`` (the verbatim words, one value per
statement), ``method``, ``location``, ``document`` and ``confidence``. In a flow view, outlet
``wasInfluencedBy`` outlet with the counts of copies and credits.
"""

from __future__ import annotations

from urllib.parse import quote

from prov.model import PROV, PROV_LABEL, PROV_TYPE, Namespace, ProvDocument, QualifiedName

from provenance.render.view import EDITED, FLOW, UNKNOWN, View, ViewEdge, ViewNode

NS = "https://github.com/news-provenance/provenance/ns#"
ARTICLE_NS = "urn:provenance:article:"
OUTLET_NS = "urn:provenance:outlet:"

_Attributes = list[tuple[QualifiedName | str, object]]


def prov_document(view: View) -> ProvDocument:
    """The PROV document of a view."""
    doc = ProvDocument()
    ns = doc.add_namespace("provenance", NS)
    art = doc.add_namespace("article", ARTICLE_NS)
    org = doc.add_namespace("outlet", OUTLET_NS)

    def ident(node: ViewNode) -> QualifiedName:
        space: Namespace = art if node.kind == "article" else org
        return space[quote(node.key, safe="")]

    for node in view.nodes:
        if node.kind == "article":
            attributes: _Attributes = [(PROV_LABEL, node.label), (ns["key"], node.key)]
            attributes += [(ns[k], v) for k, v in (("url", node.url), ("published", node.published)) if v]
            attributes.append((ns["inferred"], node.inferred))
            doc.entity(ident(node), attributes)
        else:
            doc.agent(
                ident(node),
                [
                    (PROV_TYPE, PROV["Organization"]),
                    (PROV_LABEL, node.label),
                    (ns["kind"], node.outlet_kind or "unknown"),
                ],
            )
    for edge in view.edges:
        source, target = ident(view.node(edge.source)), ident(view.node(edge.target))
        attributes = _edge_attributes(ns, edge)
        if edge.kind == FLOW:
            doc.influence(target, source, other_attributes=attributes)
        elif edge.relation == "republished_from":
            if edge.copy in (EDITED, UNKNOWN):
                doc.wasDerivedFrom(target, source, other_attributes=attributes)
            else:
                doc.wasQuotedFrom(target, source, other_attributes=attributes)
        elif edge.relation in ("published_by", "wire_credit"):
            doc.wasAttributedTo(source, target, other_attributes=attributes)
        else:
            doc.influence(source, target, other_attributes=attributes)
    return doc


def _edge_attributes(ns: Namespace, edge: ViewEdge) -> _Attributes:
    out: _Attributes = [(ns["relation"], edge.relation)]
    if edge.kind == FLOW:
        out += [(ns[relation], n) for relation, n in edge.counts if n]
        if edge.counts and edge.counts[0][1]:
            out.append((ns["confidence"], round(edge.confidence, 4)))
    elif edge.relation != "published_by":
        out.append((ns["confidence"], round(edge.confidence, 4)))
    if edge.copy:
        out.append((ns["copy"], edge.copy))
    if edge.lag_hours is not None:
        out.append((ns["lag_hours"], round(edge.lag_hours, 3)))
    for e in edge.evidence:
        out += [
            (ns["evidence"], e.text),
            (ns["method"], e.method),
            (ns["location"], e.location),
            (ns["document"], e.document),
        ]
    return out


def prov_json(view: View) -> str:
    """PROV-JSON (W3C member submission), readable with ``ProvDocument.deserialize``."""
    return str(prov_document(view).serialize(format="json", indent=1))


def prov_n(view: View) -> str:
    """PROV-N, the W3C notation."""
    text: str = prov_document(view).get_provn()
    return text + "\n"
