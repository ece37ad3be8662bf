"""The HTML report: one self-contained file (inline script and style, no network) to share.

Its parts: the repost graph as a timeline (one lane per outlet, publication time across; undated
articles placed after their sources or before their copies), clickable nodes and edges that show
the verbatim evidence and the confidence, a confidence filter, an outlet overlap heatmap and a
summary table. For a flow view (outlet -> outlet) the graph is laid out in columns, sources left.

Safety: the data travels as JSON inside ``<script type="application/json">`` with ``<``, ``>``
and ``&`` escaped, and the script writes it into the page as text only; the tables are escaped
with `html.escape`. A Content-Security-Policy lets only the report's own script run (by its
hash) and forbids every network request, so even a string that escaped escaping could neither run
nor call home.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter, defaultdict
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from importlib import resources

from provenance.audit import ArticleFacts, Facts, classify, overlap_of_facts, parse_time
from provenance.render.view import FLOW, View, ViewNode

HEATMAP_OUTLETS = 20
LANE_ROW = 18  # pixels between stacked articles of one lane
LEFT = 210  # the lane labels' column
MIN_GAP = 14  # pixels between two articles on one row of a lane


def _asset(name: str) -> str:
    return resources.files("provenance.render").joinpath(name).read_text(encoding="utf-8")


def _json_for_script(data: object) -> str:
    """JSON that cannot end its ``<script>`` element nor open a comment or CDATA."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def facts_of_view(view: View) -> Facts:
    """The audit facts of an article view (its articles, republications and credits)."""
    articles = {
        n.key: ArticleFacts(n.outlet_id, parse_time(n.published), n.inferred)
        for n in view.nodes
        if n.kind == "article"
    }
    edges: dict[tuple[str, str], float] = {}
    credits: list[tuple[str, str, str]] = []
    for e in view.edges:
        s, t = view.node(e.source), view.node(e.target)
        if e.kind == "republished":
            edges[(s.key, t.key)] = e.confidence
        elif e.kind == "credits":
            credits += [(s.key, t.key, e.relation)] * max(1, len(e.evidence))
    outlets = {}
    from provenance.models import Outlet, OutletKind

    for n in view.nodes:
        if n.kind == "outlet":
            outlets[n.key] = Outlet(id=n.key, name=n.label, kind=OutletKind(n.outlet_kind or "unknown"))
    return Facts(articles, edges, credits, outlets)


# ---------------------------------------------------------------------- layout


def _ticks(start: datetime, end: datetime, x0: float, scale: float) -> list[dict[str, object]]:
    span = (end - start).total_seconds()
    steps = [
        (3600, "%H:%M"),
        (6 * 3600, "%d %b %H:%M"),
        (86400, "%d %b"),
        (7 * 86400, "%d %b"),
        (30 * 86400, "%b %Y"),
        (91 * 86400, "%b %Y"),
        (365 * 86400, "%Y"),
    ]
    step, form = next(((s, f) for s, f in steps if span / s <= 12), steps[-1])
    first = start.replace(minute=0, second=0, microsecond=0)
    if step >= 86400:
        first = first.replace(hour=0)
    if step >= 30 * 86400:
        first = first.replace(day=1)
    ticks: list[dict[str, object]] = []
    when = first
    while when <= end and len(ticks) < 40:
        if when >= start:
            ticks.append(
                {"x": round(x0 + (when - start).total_seconds() * scale, 1), "label": when.strftime(form)}
            )
        if step >= 30 * 86400:
            months = 12 if step >= 365 * 86400 else 3 if step >= 91 * 86400 else 1
            month = when.month - 1 + months
            when = when.replace(year=when.year + month // 12, month=month % 12 + 1)
        else:
            when += timedelta(seconds=step)
    return ticks


def _timeline(view: View) -> tuple[dict[str, object], dict[str, tuple[float, float]]]:
    """Lanes, ticks and a position for each article and outlet of an article view."""
    articles = [n for n in view.nodes if n.kind == "article"]
    outlets = {n.key: n for n in view.nodes if n.kind == "outlet"}
    times = {n.id: parse_time(n.published) for n in articles}
    dated = [t for t in times.values() if t is not None]
    width = min(4200, max(760, 26 * len(articles)))
    x: dict[str, float] = {}
    undated_x = None
    if dated:
        start, end = min(dated), max(dated)
        if end - start < timedelta(hours=2):
            start, end = start - timedelta(hours=1), end + timedelta(hours=1)
        x0 = LEFT + 90
        scale = (width - x0 - 40) / (end - start).total_seconds()
        for node_id, t in times.items():
            if t is not None:
                x[node_id] = x0 + (t - start).total_seconds() * scale
        ticks = _ticks(start, end, x0, scale)
    else:
        ticks = []
    # Undated articles: just after their latest source, else just before their first copy.
    sources: dict[str, list[str]] = defaultdict(list)
    copies: dict[str, list[str]] = defaultdict(list)
    for e in view.edges:
        if e.kind == "republished":
            sources[e.target].append(e.source)
            copies[e.source].append(e.target)
    for _ in range(8):
        moved = False
        for n in articles:
            if n.id in x:
                continue
            before = [x[s] for s in sources[n.id] if s in x]
            after = [x[c] for c in copies[n.id] if c in x]
            if before:
                x[n.id] = max(before) + 28
            elif after:
                x[n.id] = min(after) - 28
            else:
                continue
            moved = True
        if not moved:
            break
    rest = [n for n in articles if n.id not in x]
    if rest:
        undated_x = LEFT + 8
        for i, n in enumerate(sorted(rest, key=lambda n: n.id)):
            x[n.id] = undated_x + 12 + (i % 3) * 16
    # Lanes: outlets by their first article, then credited outlets, then articles with no outlet.
    first: dict[str | None, float] = {}
    for n in articles:
        first[n.outlet_id] = min(first.get(n.outlet_id, float("inf")), x[n.id])
    credited = sorted(
        {view.node(e.target).key for e in view.edges if e.kind == "credits"} - set(first),
        key=lambda k: outlets[k].label.casefold() if k in outlets else k,
    )
    order: list[str | None] = sorted((k for k in first if k is not None), key=lambda k: (first[k], k))
    order += credited
    if None in first:
        order.append(None)
    by_lane: dict[str | None, list[ViewNode]] = defaultdict(list)
    for n in articles:
        by_lane[n.outlet_id].append(n)
    lanes = []
    positions: dict[str, tuple[float, float]] = {}
    y = 22.0
    for key in order:
        rows: list[float] = []
        placed: list[tuple[ViewNode, int]] = []
        for n in sorted(by_lane.get(key, []), key=lambda n: (x[n.id], n.id)):
            row = next((i for i, last in enumerate(rows) if x[n.id] - last >= MIN_GAP), len(rows))
            if row == len(rows):
                rows.append(x[n.id])
            rows[row] = x[n.id]
            placed.append((n, row))
        height = max(30.0, 12 + LANE_ROW * max(1, len(rows)))
        for n, row in placed:
            positions[n.id] = (round(x[n.id], 1), round(y + 15 + row * LANE_ROW, 1))
        label = outlets[key].label if key in outlets else key or "no outlet known (saved copies)"
        node = f"outlet:{key}" if key in outlets else None
        if node is not None:
            positions[node] = (LEFT - 12, round(y + height / 2, 1))
        lanes.append({"y": y, "height": height, "label": label, "node": node})
        y += height
    layout = {
        "width": width + (250 if len(view.nodes) <= 60 else 0),
        "height": round(y + 10),
        "lanes": lanes,
        "ticks": ticks,
        "undated": undated_x,
    }
    return layout, positions


def _columns(view: View) -> tuple[dict[str, object], dict[str, tuple[float, float]]]:
    """A flow view in columns: an outlet one column right of the furthest outlet it copies from."""
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(n.id for n in view.nodes)
    graph.add_edges_from((e.source, e.target) for e in view.edges)
    dag = nx.condensation(graph)
    level: dict[int, int] = {}
    for c in nx.topological_sort(dag):
        level[c] = max((level[p] + 1 for p in dag.predecessors(c)), default=0)
    column = {n: level[dag.graph["mapping"][n]] for n in graph}
    per_column: dict[int, list[str]] = defaultdict(list)
    for n in sorted(column, key=lambda n: (column[n], view.node(n).label.casefold())):
        per_column[column[n]].append(n)
    tallest = max((len(v) for v in per_column.values()), default=1)
    positions = {
        n: (80.0 + 260 * c, 40.0 + 56 * i) for c, members in per_column.items() for i, n in enumerate(members)
    }
    width = 80 + 260 * (max(per_column, default=0) + 1) + 120
    return {"width": width, "height": 60 + 56 * tallest, "lanes": [], "ticks": [], "undated": None}, positions


# ---------------------------------------------------------------------- tables


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _summary_rows(view: View, facts: Facts) -> list[list[str]]:
    if view.kind == FLOW + "s":
        out_copies: Counter[str] = Counter()
        in_copies: Counter[str] = Counter()
        credited: Counter[str] = Counter()
        for e in view.edges:
            counts = dict(e.counts)
            out_copies[e.source] += counts.get("republished_from", 0)
            in_copies[e.target] += counts.get("republished_from", 0)
            credited[e.source] += sum(n for r, n in e.counts if r != "republished_from")
        nodes = sorted(view.nodes, key=lambda n: (-(n.articles or 0), n.label.casefold()))
        return [
            [
                n.label,
                n.outlet_kind or "",
                str(n.articles or 0),
                str(out_copies[n.id]),
                str(in_copies[n.id]),
                str(credited[n.id]),
            ]
            for n in nodes
        ]
    classes = classify(facts)
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for key, a in facts.articles.items():
        if a.outlet_id:
            per[a.outlet_id][classes[key]] += 1
            per[a.outlet_id]["named only"] += a.inferred
    sources: dict[str, set[str]] = defaultdict(set)
    republishers: dict[str, set[str]] = defaultdict(set)
    for s, t in facts.edges:
        src, dst = facts.articles[s].outlet_id, facts.articles[t].outlet_id
        if src and dst and src != dst:
            sources[dst].add(src)
            republishers[src].add(dst)
    credited = Counter(outlet for _, outlet, _ in facts.credits)
    keys = sorted(set(per) | set(credited), key=lambda k: (-sum(per[k].values()) + per[k]["named only"], k))
    rows = []
    for k in keys:
        c = per[k]
        total = c["original"] + c["republished"] + c["wire"]
        rows.append(
            [
                facts.outlet(k).name,
                facts.outlet(k).kind.value,
                str(total),
                str(c["named only"]),
                str(c["original"]),
                str(c["republished"]),
                str(c["wire"]),
                str(len(sources[k])),
                str(len(republishers[k])),
                str(credited[k]),
            ]
        )
    return rows


def _table(head: list[str], rows: list[list[str]], limit: int = 300) -> str:
    out = ['<table class="data"><thead><tr>', *(f"<th>{_e(h)}</th>" for h in head), "</tr></thead><tbody>"]
    for row in rows[:limit]:
        out.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    if len(rows) > limit:
        out.append(f'<p class="note">… and {len(rows) - limit} more outlets.</p>')
    return "".join(out)


def _heatmap(view: View, facts: Facts) -> str:
    """Shared origins between the outlets that share most (directed copies for a flow view)."""
    cells: dict[tuple[str, str], tuple[int, str]] = {}
    names: dict[str, str] = {}
    totals: Counter[str] = Counter()
    if view.kind == FLOW + "s":
        for e in view.edges:
            n = dict(e.counts).get("republished_from", 0)
            if n:
                s, t = view.node(e.source), view.node(e.target)
                names[s.key], names[t.key] = s.label, t.label
                cells[(s.key, t.key)] = (n, f"{s.label} → {t.label}: {n} copies")
                totals[s.key] += n
                totals[t.key] += n
        caption = "Copies from the row's outlet to the column's (direct republications)."
    else:
        for p in overlap_of_facts(facts):
            names[p.a.id], names[p.b.id] = p.a.name, p.b.name
            tip = (
                f"{p.a.name} & {p.b.name}: {p.shared} shared origin(s), Jaccard {p.jaccard:.2f}; "
                f"{p.a.name} → {p.b.name}: {p.a_to_b} copies; {p.b.name} → {p.a.name}: {p.b_to_a} copies"
            )
            cells[(p.a.id, p.b.id)] = cells[(p.b.id, p.a.id)] = (p.shared, tip)
            totals[p.a.id] += p.shared
            totals[p.b.id] += p.shared
        caption = (
            "Origins shared by two outlets (both carried the same story); hover a cell for the Jaccard "
            "index and the copies each way."
        )
    if not cells:
        return '<p class="note">No two outlets share a story here.</p>'
    top = sorted(totals, key=lambda k: (-totals[k], k))[:HEATMAP_OUTLETS]
    peak = max(n for n, _ in cells.values())
    out = [f'<p class="note">{_e(caption)}</p><table class="heat"><tr><th></th>']
    out += [f'<th class="col" title="{_e(names[k])}">{_e(names[k][:24])}</th>' for k in top]
    out.append("</tr>")
    for r in top:
        out.append(f'<tr><th class="rowh" title="{_e(names[r])}">{_e(names[r][:28])}</th>')
        for c in top:
            n, tip = cells.get((r, c), (0, ""))
            if r == c:
                out.append('<td style="background:#eef0f3"></td>')
            elif n:
                alpha = 0.15 + 0.85 * n / peak
                out.append(f'<td style="background:rgba(58,90,159,{alpha:.2f})" title="{_e(tip)}">{n}</td>')
            else:
                out.append("<td></td>")
        out.append("</tr>")
    out.append("</table>")
    if len(totals) > HEATMAP_OUTLETS:
        out.append(f'<p class="note">The {HEATMAP_OUTLETS} outlets that share most, of {len(totals)}.</p>')
    return "".join(out)


# ---------------------------------------------------------------------- the page


def _legend(view: View) -> str:
    present = Counter("text_reuse" if e.reuse else e.relation for e in view.edges if e.kind != "published_by")
    items = [
        ("republished_from", "republication", "", "#3a5a9f"),
        ("text_reuse", "text reuse (no statement)", "dashdot", "#8e44ad"),
        ("wire_credit", "wire credit", "dashed", "#d6604d"),
        ("source_credit", "source credit", "dashed", "#5f8f3a"),
        ("image_credit", "picture credit", "dotted", "#b8860b"),
    ]
    out = []
    for relation, name, style, colour in items:
        if present[relation]:
            out.append(
                f'<label><input type="checkbox" checked data-relation="{relation}">'
                f'<span class="swatch {style}" style="border-color:{colour}"></span>{name} ({present[relation]})</label>'
            )
    return "".join(out)


def html_report(view: View) -> str:
    """The self-contained HTML report of a view."""
    facts = facts_of_view(view)
    if view.kind == FLOW + "s":
        layout, positions = _columns(view)
        mode = "flows"
    else:
        layout, positions = _timeline(view)
        mode = "timeline"
    nodes = []
    for n in view.nodes:
        item = asdict(n)
        x, y = positions.get(n.id, (None, None))
        if n.kind == "outlet" and mode == "timeline":
            item["y"], item["x"] = y, None  # drawn as its lane's label
        else:
            item["x"], item["y"] = x, y
        nodes.append(item)
    edges = [
        {**asdict(e), "counts": list(e.counts), "evidence": [asdict(x) for x in e.evidence]}
        for e in view.edges
        if e.kind != "published_by"
    ]
    data = {"mode": mode, "layout": layout, "nodes": nodes, "edges": edges, "labels": len(nodes) <= 60}
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    articles = sum(n.kind == "article" for n in view.nodes)
    outlets = sum(n.kind == "outlet" for n in view.nodes)
    links = sum(e.kind != "published_by" for e in view.edges)
    dated = sum(1 for n in view.nodes if n.kind == "article" and parse_time(n.published) is not None)
    if mode == "flows":
        sub = f"{outlets} outlets, {links} flows between them"
        head = ["outlet", "kind", "articles", "copied by others", "copied from others", "credited"]
    else:
        sub = (
            f"{articles} articles ({dated} dated) in {outlets} outlets, {links} links "
            f"({sum(e.kind == 'republished' for e in view.edges)} republications)"
        )
        head = [
            "outlet",
            "kind",
            "articles",
            "only named",
            "original",
            "republished",
            "wire",
            "copies from",
            "copied by",
            "credited",
        ]
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_e(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="provenance">
<link rel="icon" href="data:,">
<title>{_e(view.title)}</title>
<style>{_asset("report.css")}</style>
</head>
<body>
<header>
<h1>{_e(view.title)}</h1>
<p class="sub">{_e(sub)}. Made by provenance on {made}.</p>
</header>
<div class="controls">
<label>minimum confidence <input id="min-confidence" type="range" min="0" max="1" step="0.05" value="0">
<output id="min-confidence-value">0.00</output></label>
{_legend(view)}
<span id="shown" class="note"></span>
</div>
<main>
<div id="graph"></div>
<aside id="details"><p class="hint">{_e(_hint(mode))}</p></aside>
</main>
<section id="overlap"><h2>Outlet overlap</h2>{_heatmap(view, facts)}</section>
<section id="summary"><h2>Summary</h2>{_table(head, _summary_rows(view, facts))}
<p class="note">{_e(_summary_note(mode))}</p></section>
<script type="application/json" id="report-data">{_json_for_script(data)}</script>
<script>{script}</script>
</body>
</html>
"""


def _hint(mode: str) -> str:
    if mode == "flows":
        return "Click an outlet or an arrow: an arrow's thickness is the number of copies it stands for."
    return (
        "Click an article (a dot), a link or an outlet's name to see its evidence. Lanes are outlets; "
        "time runs left to right. Solid arrows are republications (source to copy); dashed lines go "
        "to the wire or source an article credits, dotted ones to a picture's source; hollow dashed "
        "dots are articles only named by a statement."
    )


def _summary_note(mode: str) -> str:
    if mode == "flows":
        return "Copies count republications between the outlets' articles; credits count statements naming the outlet."
    return (
        "An article is republished when a statement says it was copied, wire when it has no source but "
        "credits a wire, and original otherwise. 'only named' articles were named by a statement but "
        "never ingested."
    )
