"""Render what `provenance extract` found: a rich table per document, or the JSON contract."""

from __future__ import annotations

import json
from dataclasses import dataclass

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from provenance.models import Attribution, Document

_RELATION_STYLE = {
    "republished_from": "bold green",
    "wire_credit": "bold cyan",
    "source_credit": "yellow",
    "image_credit": "magenta",
}


@dataclass(frozen=True)
class ExtractResult:
    """One document and the attributions found in it."""

    document: Document
    attributions: list[Attribution]


def attribution_dict(a: Attribution) -> dict[str, object]:
    """One attribution as the JSON contract writes it (docs/cli.md)."""
    return {
        "relation": a.relation.value,
        "outlet": a.outlet,
        "outlet_id": a.outlet_id,
        "url": a.url,
        "title": a.title,
        "confidence": a.confidence,
        "layer": a.layer,
        "self_credit": a.self_credit,
        "evidence": {
            "text": a.evidence.text,
            "start": a.evidence.start,
            "end": a.evidence.end,
            "method": a.evidence.method,
            "location": a.evidence.location.value,
        },
    }


def result_dict(result: ExtractResult) -> dict[str, object]:
    """One input's object in the JSON array of `provenance extract --format json`."""
    doc = result.document
    out: dict[str, object] = {"source": doc.source, "kind": doc.kind}
    if doc.item is not None:
        out["item"] = doc.item
    out["attributions"] = [attribution_dict(a) for a in result.attributions]
    return out


def extraction_json(results: list[ExtractResult]) -> str:
    """The JSON array of `provenance extract --format json`: one object per input."""
    return json.dumps([result_dict(r) for r in results], ensure_ascii=False, indent=2)


def _evidence(a: Attribution) -> Text:
    text = Text(f"“{a.evidence.text}”", style="italic")
    start = a.evidence.text.find(a.outlet)
    if start >= 0:
        text.stylize("bold underline", start + 1, start + 1 + len(a.outlet))
    return text


def extraction_table(results: list[ExtractResult]) -> RenderableType:
    """Per document: each statement's layer, relation, outlet, location and confidence, and below
    it the verbatim evidence with the outlet's words highlighted."""
    parts: list[RenderableType] = []
    for result in results:
        doc = result.document
        caption = doc.source + (f" [{doc.item}]" if doc.item else "")
        if not result.attributions:
            parts.append(Text(f"{caption}: no syndication statements found", style="dim"))
            continue
        table = Table(
            title=Text(caption), title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, expand=True
        )
        table.add_column("layer", justify="right", no_wrap=True)
        table.add_column("relation / evidence", overflow="fold", ratio=2)
        table.add_column("outlet", overflow="fold", ratio=1, min_width=12)
        table.add_column("where", no_wrap=True)
        table.add_column("conf.", justify="right", no_wrap=True)
        for a in result.attributions:
            layer = "self" if a.self_credit else str(a.layer)
            outlet = Text(a.outlet)
            if a.outlet_id != a.outlet:
                outlet.append(f"\n{a.outlet_id}", style="dim")
            cell = Text(a.relation.value, style=_RELATION_STYLE.get(a.relation.value, ""))
            cell.append("\n")
            cell.append_text(_evidence(a))
            table.add_row(layer, cell, outlet, a.evidence.location.value, f"{a.confidence:.2f}")
        parts.append(table)
    return Group(*parts)
