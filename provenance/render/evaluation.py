"""Render the scores of `provenance eval`: a rich table, or JSON."""

from __future__ import annotations

import json

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from provenance.evaluate import Evaluation


def evaluation_json(evaluation: Evaluation, *, show_misses: bool = False) -> str:
    """The scores as JSON (docs/cli.md); the misses only when asked for."""
    data = evaluation.as_dict()
    if not show_misses:
        data.pop("misses")
    return json.dumps(data, ensure_ascii=False, indent=2)


def evaluation_table(evaluation: Evaluation, *, show_misses: bool = False) -> RenderableType:
    """Strict and lenient precision, recall and F1, with and without the ambiguous cases."""
    table = Table(
        title=f"{len(evaluation.cases)} cases scored, {len(evaluation.skipped)} skipped", title_justify="left"
    )
    for column in ("match", "cases", "precision", "recall", "F1", "hits", "found", "expected"):
        table.add_column(column, justify="left" if column in ("match", "cases") else "right")
    for strict in (True, False):
        for ambiguous in (True, False):
            score = evaluation.score(strict=strict, ambiguous=ambiguous)
            table.add_row(
                "strict" if strict else "lenient",
                "all" if ambiguous else "unambiguous",
                f"{score.precision:.3f}",
                f"{score.recall:.3f}",
                f"{score.f1:.3f}",
                str(score.hits),
                str(score.found),
                str(score.expected),
            )
    parts: list[RenderableType] = [table]
    if evaluation.skipped:
        reasons: dict[str, int] = {}
        for reason in evaluation.skipped.values():
            reasons[reason] = reasons.get(reason, 0) + 1
        for reason, count in sorted(reasons.items()):
            parts.append(Text(f"skipped {count}: {reason}", style="dim"))
    for case_id, message in sorted(evaluation.errors.items()):
        parts.append(Text(f"error in {case_id}: {message}", style="red"))
    if show_misses:
        misses = Table(title="misses and false finds (strict)", title_justify="left")
        misses.add_column("case")
        misses.add_column("missed")
        misses.add_column("found, not expected")
        for case in evaluation.cases:
            if case.misses or case.false:
                misses.add_row(
                    case.id,
                    "\n".join(f"{k} ({r})" for k, r, _ in sorted(case.misses)),
                    "\n".join(f"{k} ({r})" for k, r, _ in sorted(case.false)),
                )
        parts.append(misses)
    return Group(*parts)
