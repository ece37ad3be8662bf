"""Render graph answers: origin, paths, spread, one article's evidence, outlets, store statistics.

Each answer has a JSON form (the contracts of docs/cli.md) and a rich form (tree or table).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from provenance.ingest import IngestSummary
from provenance.models import Article, Attribution, Outlet
from provenance.queries import Conflict, Origin, Path, SpreadNode
from provenance.render.extraction import attribution_dict
from provenance.store import OutletAlias, StoredDocument


def article_dict(article: Article) -> dict[str, object]:
    """An article as every JSON answer writes it."""
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "outlet_id": article.outlet_id,
        "published": article.published,
        "inferred": article.inferred,
    }


def outlet_dict(outlet: Outlet | None) -> dict[str, object] | None:
    """An outlet as every JSON answer writes it."""
    if outlet is None:
        return None
    return {"id": outlet.id, "name": outlet.name, "kind": outlet.kind.value, "domains": list(outlet.domains)}


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def label(article: Article, width: int = 70) -> Text:
    """A one-line label: title (or key), outlet, and whether only a statement names it."""
    title = article.title or article.url or article.id
    if len(title) > width:
        title = title[: width - 1] + "…"
    text = Text(title, style="bold" if not article.inferred else "italic")
    if article.outlet_id:
        text.append(f"  [{article.outlet_id}]", style="cyan")
    if article.inferred:
        text.append("  (named by a statement, not seen)", style="dim")
    elif article.url:
        text.append(f"  {article.url}", style="dim")
    else:
        text.append(f"  {article.id} (no URL)", style="dim")
    return text


# ---------------------------------------------------------------------- origin


def origin_json(article: Article, origins: Sequence[Origin]) -> str:
    return _dump(
        {
            "article": article_dict(article),
            "origins": [
                {
                    "article": article_dict(o.article),
                    "outlet": outlet_dict(o.outlet),
                    "path": [article_dict(a) for a in o.path.articles],
                    "hops": [round(h, 4) for h in o.path.hops],
                    "confidence": round(o.confidence, 4),
                    "credits": [outlet_dict(c) for c in o.credits],
                    "note": o.note,
                }
                for o in origins
            ],
        }
    )


def _path_tree(tree: Tree, path: Path) -> None:
    node = tree
    for i, article in enumerate(path.articles):
        text = label(article)
        if i:
            text = Text(f"→ ({path.hops[i - 1]:.2f}) ", style="green").append_text(text)
        node = node.add(text)


def origin_tree(article: Article, origins: Sequence[Origin]) -> RenderableType:
    root = Tree(Text("Origin of ").append_text(label(article)))
    for rank, o in enumerate(origins, 1):
        outlet = o.outlet.name if o.outlet else "unknown outlet"
        head = Text(f"#{rank} {outlet}  confidence {o.confidence:.3f}", style="bold green")
        if o.credits:
            head.append("  credits: " + ", ".join(c.name for c in o.credits), style="cyan")
        if o.note:
            head.append(f"  ({o.note})", style="yellow")
        _path_tree(root.add(head), o.path)
    return root


def origin_table(article: Article, origins: Sequence[Origin]) -> RenderableType:
    table = Table(
        title=Text("Origin of ").append_text(label(article)), box=box.SIMPLE_HEAD, title_justify="left"
    )
    for column in ("#", "origin", "outlet", "hops", "confidence", "note"):
        table.add_column(column, overflow="fold")
    for rank, o in enumerate(origins, 1):
        table.add_row(
            str(rank),
            label(o.article, 50),
            o.outlet.name if o.outlet else "",
            str(len(o.path.articles) - 1),
            f"{o.confidence:.3f}",
            o.note,
        )
    return table


# ---------------------------------------------------------------------- paths


def paths_json(article: Article, found: Sequence[Path]) -> str:
    return _dump(
        {
            "article": article_dict(article),
            "paths": [
                {
                    "path": [article_dict(a) for a in p.articles],
                    "hops": [round(h, 4) for h in p.hops],
                    "confidence": round(p.confidence, 4),
                }
                for p in found
            ],
        }
    )


def paths_tree(article: Article, found: Sequence[Path]) -> RenderableType:
    root = Tree(Text("Republication paths to ").append_text(label(article)))
    for p in found:
        _path_tree(root.add(Text(f"confidence {p.confidence:.3f}", style="bold green")), p)
    return root


def paths_table(article: Article, found: Sequence[Path]) -> RenderableType:
    table = Table(
        title=Text("Paths to ").append_text(label(article)), box=box.SIMPLE_HEAD, title_justify="left"
    )
    table.add_column("confidence")
    table.add_column("path", overflow="fold")
    for p in found:
        table.add_row(f"{p.confidence:.3f}", " → ".join(a.outlet_id or a.id for a in p.articles))
    return table


# ---------------------------------------------------------------------- spread


def _spread_dict(node: SpreadNode) -> dict[str, object]:
    return {
        "article": article_dict(node.article),
        "confidence": round(node.confidence, 4),
        "copies": [_spread_dict(c) for c in node.children],
    }


def spread_json(tree: SpreadNode) -> str:
    return _dump(_spread_dict(tree))


def spread_tree(tree: SpreadNode) -> RenderableType:
    def add(parent: Tree, node: SpreadNode) -> None:
        for child in node.children:
            text = Text(f"({child.confidence:.2f}) ", style="green").append_text(label(child.article))
            add(parent.add(text), child)

    root = Tree(Text("Spread of ").append_text(label(tree.article)))
    add(root, tree)
    return root


def spread_table(tree: SpreadNode) -> RenderableType:
    table = Table(
        title=Text("Spread of ").append_text(label(tree.article)), box=box.SIMPLE_HEAD, title_justify="left"
    )
    for column in ("depth", "article", "confidence"):
        table.add_column(column, overflow="fold")
    for depth, node in tree.walk():
        if depth:
            table.add_row(str(depth), label(node.article, 60), f"{node.confidence:.3f}")
    return table


# ---------------------------------------------------------------------- show


def show_json(
    article: Article, documents: Sequence[StoredDocument], statements: Sequence[Attribution]
) -> str:
    return _dump(
        {
            "article": article_dict(article),
            "documents": [
                {
                    "source": d.source,
                    "item": d.item,
                    "kind": d.kind,
                    "url": d.url,
                    "ingested_at": d.ingested_at,
                }
                for d in documents
            ],
            "attributions": [attribution_dict(a) for a in statements],
        }
    )


def show_table(
    article: Article, documents: Sequence[StoredDocument], statements: Sequence[Attribution]
) -> RenderableType:
    head = Text("Article ").append_text(label(article, 90))
    head.append(f"\nkey: {article.id}", style="dim")
    docs = Table(title="documents", box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("source", "kind", "url", "ingested"):
        docs.add_column(column, overflow="fold")
    for d in documents:
        docs.add_row(d.source + (f" [{d.item}]" if d.item else ""), d.kind, d.url or "", d.ingested_at)
    evidence = Table(title="statements", box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("layer", "relation", "outlet", "where", "conf.", "evidence"):
        evidence.add_column(column, overflow="fold")
    for a in statements:
        evidence.add_row(
            "self" if a.self_credit else str(a.layer),
            a.relation.value,
            a.outlet,
            a.evidence.location.value,
            f"{a.confidence:.2f}",
            Text(f"“{a.evidence.text}”", style="italic"),
        )
    parts: list[RenderableType] = [head]
    parts.append(docs if documents else Text("no document of this article was ingested", style="dim"))
    parts.append(evidence if statements else Text("no statements", style="dim"))
    return Group(*parts)


# ---------------------------------------------------------------------- outlets, stats, ingest


def outlets_json(
    rows: Sequence[tuple[Outlet, int, int]], names: Mapping[str, Sequence[tuple[str, int]]] | None = None
) -> str:
    names = names or {}
    return _dump(
        [
            {
                **(outlet_dict(o) or {}),
                "articles": n,
                "credited": c,
                "names": [{"name": name, "evidence": d} for name, d in names.get(o.id, ())],
            }
            for o, n, c in rows
        ]
    )


def outlets_table(
    rows: Sequence[tuple[Outlet, int, int]], names: Mapping[str, Sequence[tuple[str, int]]] | None = None
) -> RenderableType:
    names = names or {}
    table = Table(title=f"{len(rows)} outlets", box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("id", "names (evidence), domains", "kind", "articles", "credited"):
        table.add_column(
            column, justify="right" if column in ("articles", "credited") else "left", no_wrap=column == "id"
        )
    for o, n, c in rows:
        cell = _names_cell(o, names.get(o.id, ())) + "\n" + _domains_cell(o.domains)
        table.add_row(o.id, cell.strip("\n"), o.kind.value, str(n), str(c))
    return table


def _names_cell(outlet: Outlet, learned: Sequence[tuple[str, int]]) -> str:
    """The outlet's name, then the other names documents gave it, each with its document count."""
    counts = dict(learned)
    lines = [outlet.name + (f" ({counts.pop(outlet.name)})" if outlet.name in counts else "")]
    lines += [f"{name} ({d})" for name, d in learned if name in counts]
    return "\n".join(lines)


def _domains_cell(domains: Sequence[str]) -> str:
    shown = "\n".join(domains[:2])
    return shown + (f"\n+{len(domains) - 2} more" if len(domains) > 2 else "")


def _alias_dict(alias: OutletAlias) -> dict[str, object]:
    return {
        "outlet_id": alias.outlet_id,
        "name": alias.name,
        "method": alias.method,
        "host": alias.host,
        "documents": alias.documents,
        "first_source": alias.first_source,
        "last_source": alias.last_source,
        "evidence": alias.evidence,
        "usable": alias.usable,
        "conflict": alias.conflict,
    }


def aliases_json(aliases: Sequence[OutletAlias]) -> str:
    return _dump([_alias_dict(a) for a in aliases])


def aliases_table(
    aliases: Sequence[OutletAlias], title: str = "names learned", outlets: bool = False
) -> RenderableType:
    table = Table(title=f"{title}: {len(aliases)}", box=box.SIMPLE_HEAD, title_justify="left")
    columns = [
        "name",
        *(["outlet"] if outlets else []),
        "method",
        "evidence",
        "first document, and what it says",
    ]
    for column in columns:
        table.add_column(
            column,
            justify="right" if column == "evidence" else "left",
            overflow="fold",
            no_wrap=column == "method",
        )
    for a in aliases:
        notes = [] if a.usable else ["not yet: one page"]
        if a.conflict:
            notes.append("conflict")
        count = f"{a.documents} {'strong' if a.documents > 1 else 'weak'}" + "".join(f"\n{n}" for n in notes)
        where = f"{a.first_source}\n{a.evidence}"
        table.add_row(a.name, *([a.outlet_id] if outlets else []), a.method, count, where)
    return table


def conflicts_table(aliases: Sequence[OutletAlias]) -> RenderableType:
    return aliases_table(aliases, "names two outlets claim", outlets=True)


def stats_json(stats: dict[str, int], conflicts: Sequence[Conflict] = ()) -> str:
    return _dump(
        {
            **stats,
            "conflicts": [{"kind": c.kind, "articles": list(c.articles), "note": c.note} for c in conflicts],
        }
    )


def stats_table(stats: dict[str, int], conflicts: Sequence[Conflict] = ()) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, title="store", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, value in stats.items():
        table.add_row(name.replace("_", " "), f"{value:,}")
    if not conflicts:
        return table
    notes = Table(box=box.SIMPLE_HEAD, title="conflicting claims", title_justify="left")
    for column in ("kind", "articles", "note"):
        notes.add_column(column, overflow="fold")
    for c in conflicts:
        notes.add_row(c.kind, "\n".join(c.articles), c.note)
    return Group(table, notes)


def ingest_json(summary: IngestSummary) -> str:
    return _dump(summary.as_dict())


def ingest_table(summary: IngestSummary) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, title="ingest", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("new documents", f"{summary.new:,}")
    table.add_row("unchanged", f"{summary.unchanged:,}")
    if summary.skipped:
        table.add_row("skipped (not documents)", f"{summary.skipped:,}")
    table.add_row("failed", f"{len(summary.failed):,}", style="red" if summary.failed else "")
    table.add_row("statements", f"{summary.attributions:,}")
    table.add_row("outlets in store", f"{summary.outlets:,}")
    table.add_row("documents/s", f"{summary.rate:,.0f}")
    if not summary.failed:
        return table
    failures = Table(box=box.SIMPLE_HEAD, title="failed", title_justify="left")
    failures.add_column("input", overflow="fold")
    failures.add_column("reason", overflow="fold")
    for source, reason in summary.failed[:50]:
        failures.add_row(source, reason)
    if len(summary.failed) > 50:
        failures.add_row(f"... and {len(summary.failed) - 50} more", "")
    return Group(table, failures)
