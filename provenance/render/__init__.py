"""Renderers: pure functions from results to a rich renderable or a string, chosen by name.

`RENDERERS` maps (what, format) to a renderer, e.g. ``("extract", "json")``. The console is
always passed in by the caller; no renderer prints on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from provenance.render import audit as au
from provenance.render import export as ex
from provenance.render import graph as g
from provenance.render.copies import (
    copies_json,
    copies_table,
    outlet_copies_csv,
    outlet_copies_json,
    outlet_copies_table,
)
from provenance.render.evaluation import evaluation_json, evaluation_table
from provenance.render.extraction import ExtractResult, extraction_json, extraction_table

Renderer = Callable[..., Any]

RENDERERS: dict[tuple[str, str], Renderer] = {
    ("extract", "table"): extraction_table,
    ("extract", "json"): extraction_json,
    ("eval", "table"): evaluation_table,
    ("eval", "json"): evaluation_json,
    ("origin", "tree"): g.origin_tree,
    ("origin", "table"): g.origin_table,
    ("origin", "json"): g.origin_json,
    ("paths", "tree"): g.paths_tree,
    ("paths", "table"): g.paths_table,
    ("paths", "json"): g.paths_json,
    ("spread", "tree"): g.spread_tree,
    ("spread", "table"): g.spread_table,
    ("spread", "json"): g.spread_json,
    ("show", "table"): g.show_table,
    ("show", "json"): g.show_json,
    ("outlets", "table"): g.outlets_table,
    ("outlets", "json"): g.outlets_json,
    ("aliases", "table"): g.aliases_table,
    ("aliases", "json"): g.aliases_json,
    ("alias-conflicts", "table"): g.conflicts_table,
    ("alias-conflicts", "json"): g.aliases_json,
    ("stats", "table"): g.stats_table,
    ("stats", "json"): g.stats_json,
    ("ingest", "table"): g.ingest_table,
    ("ingest", "json"): g.ingest_json,
    ("overlap", "table"): au.overlap_table,
    ("overlap", "json"): au.overlap_json,
    ("overlap", "csv"): au.overlap_csv,
    ("audit", "table"): au.audit_table,
    ("audit", "json"): au.audit_json,
    ("copies", "table"): copies_table,
    ("copies", "json"): copies_json,
    ("audit-copies", "table"): outlet_copies_table,
    ("audit-copies", "json"): outlet_copies_json,
    ("audit-copies", "csv"): outlet_copies_csv,
    # Graph formats: pure functions of a `provenance.render.view.View`, returning the file's text.
    ("graph", "html"): lambda view: _html().html_report(view),
    ("graph", "dot"): ex.dot,
    ("graph", "svg"): ex.svg,
    ("graph", "graphml"): ex.graphml,
    ("graph", "gexf"): ex.gexf,
    ("graph", "json"): ex.node_link_json,
    ("graph", "prov-json"): lambda view: _w3c().prov_json(view),
    ("graph", "prov-n"): lambda view: _w3c().prov_n(view),
    ("graph", "mermaid"): ex.mermaid,
}


def _html() -> Any:
    from provenance.render import html

    return html


def _w3c() -> Any:
    # The prov package is imported only when a PROV format is asked for.
    from provenance.render import w3c

    return w3c


def formats(what: str) -> list[str]:
    """The formats registered for ``what``."""
    return sorted(fmt for kind, fmt in RENDERERS if kind == what)


__all__ = ["RENDERERS", "ExtractResult", "formats"]
