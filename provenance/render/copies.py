"""Render an article's text reuse (`provenance.copies.CopiesReport`): tables, or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from provenance.render.graph import article_dict, label

if TYPE_CHECKING:
    from provenance.copies import CopiesReport, OutletCopy, Reuse


def _reuse_dict(reuse: Reuse) -> dict[str, object]:
    edge = reuse.edge
    return {
        "source": article_dict(reuse.source) if reuse.source else None,
        "target": article_dict(reuse.target) if reuse.target else None,
        "kind": edge.kind.value,
        "jaccard": round(edge.jaccard, 4),
        "similarity": round(edge.similarity, 4),
        "weight": edge.weight,
        "source_covered": edge.source_covered,
        "target_covered": edge.target_covered,
        "edit_rate": edge.edit_rate,
        "same_title": edge.same_title,
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
    for column in ("kind", "of source", "of copy", "edited", "weight", "direction"):
        table.add_column(column, justify="left" if column in ("kind", "direction") else "right")
    for r in rows:
        article = r.source if other == "source" else r.target
        direction = r.direction + ("" if r.linked or r.direction == "shared source" else ", not linked")
        edge = r.edge
        table.add_row(
            label(article) if article else Text("?"),
            edge.kind.value.replace("_", " "),
            _share(edge.source_covered),
            _share(edge.target_covered),
            _share(edge.edit_rate),
            f"{edge.weight:.2f}",
            direction,
        )
    return table


def _share(value: float | None) -> str:
    """A share as a percentage; a pair decided before alignment existed has none."""
    return "" if value is None else f"{value:.0%}"


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


OUTLET_COPY_COLUMNS = (
    "article",
    "article_url",
    "copy",
    "copy_url",
    "copy_outlet",
    "credit",
    "credited",
    "kind",
    "taken",
    "copy_share",
    "edit_rate",
    "direction",
    "linked",
    "lag_hours",
)


def _outlet_copy_dict(c: OutletCopy) -> dict[str, object]:
    return {
        "article": c.article.id,
        "article_url": c.article.url,
        "copy": c.copy.id,
        "copy_url": c.copy.url,
        "copy_outlet": c.copy.outlet_id,
        "credit": c.credit,
        "credited": list(c.credited),
        "kind": c.kind,
        "taken": c.taken,
        "copy_share": c.copy_share,
        "edit_rate": c.edit_rate,
        "direction": c.direction,
        "linked": c.linked,
        "lag_hours": c.lag_hours,
    }


def outlet_copies_json(found: Sequence[OutletCopy]) -> str:
    """``{"copies": [...]}``, one object per copy with the fields of `OUTLET_COPY_COLUMNS`."""
    return json.dumps({"copies": [_outlet_copy_dict(c) for c in found]}, indent=2, ensure_ascii=False)


def outlet_copies_csv(found: Sequence[OutletCopy]) -> str:
    """One row per copy; ``credited`` joins the other outlets with ``;``, an unknown figure is empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OUTLET_COPY_COLUMNS)
    for c in found:
        row = _outlet_copy_dict(c)
        row["credited"] = ";".join(c.credited)
        writer.writerow(["" if row[k] is None else row[k] for k in OUTLET_COPY_COLUMNS])
    return out.getvalue()


def outlet_copies_table(found: Sequence[OutletCopy]) -> RenderableType:
    if not found:
        return Text("copies found by their text (ingest --reuse): none", style="dim")
    credits = Counter(c.credit for c in found)
    said = ", ".join(f"{credits[k]} {_CREDIT_WORDS[k]}" for k in _CREDIT_WORDS if credits[k])
    table = Table(
        title=f"{len(found)} copies found by their text" + (f": {said}" if said else ""),
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    for column in ("article", "copy", "credit", "taken", "edited", "direction"):
        table.add_column(
            column, justify="right" if column in ("taken", "edited") else "left", overflow="fold"
        )
    for c in found:
        credit = c.credit if not c.credited or c.credit == "link" else f"{c.credit} ({', '.join(c.credited)})"
        table.add_row(
            label(c.article),
            label(c.copy),
            credit,
            _share(c.taken),
            _share(c.edit_rate),
            c.direction + ("" if c.linked else ", not linked"),
        )
    return table


_CREDIT_WORDS = {
    "link": "credit with a link",
    "name": "credit by name only",
    "other": "credit another outlet",
    "none": "credit nobody",
}
