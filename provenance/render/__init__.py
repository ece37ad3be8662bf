"""Renderers: pure functions from results to a rich renderable or a string, chosen by name.

`RENDERERS` maps (what, format) to a renderer, e.g. ``("extract", "json")``. The console is
always passed in by the caller; no renderer prints on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from provenance.render.evaluation import evaluation_json, evaluation_table
from provenance.render.extraction import ExtractResult, extraction_json, extraction_table

Renderer = Callable[..., Any]

RENDERERS: dict[tuple[str, str], Renderer] = {
    ("extract", "table"): extraction_table,
    ("extract", "json"): extraction_json,
    ("eval", "table"): evaluation_table,
    ("eval", "json"): evaluation_json,
}


def formats(what: str) -> list[str]:
    """The formats registered for ``what``."""
    return sorted(fmt for kind, fmt in RENDERERS if kind == what)


__all__ = ["RENDERERS", "ExtractResult", "formats"]
