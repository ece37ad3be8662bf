"""Render an article's text reuse (`provenance.copies.CopiesReport`): tables, or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from provenance.render.graph import article_dict, label

if TYPE_CHECKING:
    from provenance.copies import CopiesReport, Reuse


def _reuse_dict(reuse: Reuse) -> dict[str, object]:
    edge = reuse.edge
    return {
        "source": article_dict(reuse.source) if reuse.source else None,
        "target": article_dict(reuse.target) if reuse.target else None,
        "kind": edge.kind.value,
        "jaccard": round(edge.jaccard, 4),
        "similarity": round(edge.similarity, 4),
        "weight": edge.weight,
        "direction": reuse.direction,
        "linked": reuse.linked,
        "lag_hours": None if edge.lag_seconds is None else round(edge.lag_seconds / 3600, 2),
    }


def copies_json(report: CopiesReport) -> str:
    """``{"article", "sources", "copies", "flags"}``; see docs/cli.md."""
    return json.dumps(
        {
            "article": article_dict(report.article),
            "sources": [_reuse_dict(r) for r in report.sources],
            "copies": [_reuse_dict(r) for r in report.copies],
            "flags": [
                {"flag": f.kind.value, "outlet_id": f.outlet_id, "message": f.message} for f in report.flags
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


def _table(title: str, rows: tuple[Reuse, ...], other: str) -> RenderableType:
    if not rows:
        return Text(f"{title}: none", style="dim")
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(other, overflow="fold", ratio=1)
    for column in ("kind", "jaccard", "similarity", "weight", "direction"):
        table.add_column(column, justify="left" if column in ("kind", "direction") else "right")
    for r in rows:
        article = r.source if other == "source" else r.target
        direction = r.direction + ("" if r.linked or r.direction == "shared source" else ", not linked")
        table.add_row(
            label(article) if article else Text("?"),
            r.edge.kind.value.replace("_", " "),
            f"{r.edge.jaccard:.2f}",
            f"{r.edge.similarity:.2f}",
            f"{r.edge.weight:.2f}",
            direction,
        )
    return table


def copies_table(report: CopiesReport) -> RenderableType:
    parts: list[RenderableType] = [label(report.article)]
    parts.append(_table("its text appeared earlier in", report.sources, "source"))
    parts.append(_table("its text was copied by", report.copies, "copy"))
    if report.flags:
        flags = Text("flags:", style="bold")
        for f in report.flags:
            flags.append(f"\n  {f.kind.value}", style="red" if f.kind.value != "partial_reuse" else "yellow")
            flags.append(f"  {f.message}" + (f" ({f.outlet_id})" if f.outlet_id else ""))
        parts.append(flags)
    else:
        parts.append(Text("flags: none", style="dim"))
    return Group(*parts)
