"""Render the scores of `provenance eval`: a rich table, or JSON."""

from __future__ import annotations

import json

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from provenance.evaluate import Evaluation, GroupScore
from provenance.folds import fold_of


def evaluation_json(evaluation: Evaluation, *, show_misses: bool = False, by_source: bool = False) -> str:
    """The scores as JSON (docs/cli.md); the misses only when asked for.

    ``by_source`` changes nothing here: the JSON always has every breakdown.
    """
    data = evaluation.as_dict()
    if not show_misses:
        data.pop("misses")
    return json.dumps(data, ensure_ascii=False, indent=2)


def evaluation_table(
    evaluation: Evaluation, *, show_misses: bool = False, by_source: bool = False
) -> RenderableType:
    """Strict and lenient precision, recall and F1, with and without the ambiguous cases, then the
    strict figures by relation, phrase kind and language (and by source family when asked)."""
    title = f"{len(evaluation.cases)} cases scored, {len(evaluation.skipped)} skipped"
    if evaluation.selection.fold is not None or evaluation.selection.except_fold is not None:
        title += f" ({evaluation.selection.describe()})"
    table = Table(title=title, title_justify="left")
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
    parts: list[RenderableType] = [table, _breakdowns(evaluation)]
    if by_source:
        parts.append(_by_source(evaluation))
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


def _measure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _listing(title: str, first: str) -> Table:
    """A lean table for the breakdowns: no side rules, so that long names fit in 80 columns.

    Precision and recall stand beside the counts behind them: "0.750  3/4" is 3 right of 4 found,
    or 3 hits of 4 expected.
    """
    table = Table(
        title=title,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        collapse_padding=True,
        pad_edge=False,
        show_edge=False,
    )
    table.add_column(first, overflow="fold")
    return table


def _figures(group: GroupScore) -> tuple[str, str, str]:
    return (
        f"{_measure(group.precision):>5} {group.right:>3}/{group.found:<3}",
        f"{_measure(group.recall):>5} {group.hits:>3}/{group.expected:<3}",
        _measure(group.f1),
    )


def _breakdowns(evaluation: Evaluation) -> Table:
    """One table, a section for each breakdown."""
    table = _listing("strict, by relation, phrase kind and language", "group")
    for column in ("cases", "precision", "recall", "F1"):
        table.add_column(column, justify="right", no_wrap=True)
    sections: list[tuple[str, dict[str, GroupScore]]] = [
        ("relation", evaluation.by_relation()),
        ("phrase kind", evaluation.by_phrase()),
        ("language", evaluation.by_lang()),
    ]
    for heading, groups in sections:
        table.add_row(Text(heading, style="bold"))
        for name, group in groups.items():
            table.add_row(f"  {name}", str(group.cases), *_figures(group))
    return table


def _by_source(evaluation: Evaluation) -> Table:
    """The source families, worst F1 first."""
    table = _listing("strict, by source family, worst F1 first", "source family")
    for column in ("fold", "cases", "precision", "recall", "F1"):
        table.add_column(column, justify="right", no_wrap=True)
    folds = evaluation.selection.folds
    for name, group in evaluation.by_source().items():
        table.add_row(name, str(fold_of(name, folds)), str(group.cases), *_figures(group))
    return table
