"""Graph formats for other tools: node-link JSON, GraphML and GEXF (Gephi), Graphviz DOT and SVG, Mermaid.

Each renderer is a pure function of a `View` that returns the file's text. Every string that
comes from a document is escaped for the format it lands in (XML, DOT or Mermaid), and characters
that XML cannot hold (control characters) are dropped, so that a hostile title cannot break the
file or the program that reads it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import asdict
from xml.sax.saxutils import escape, quoteattr

from provenance._exceptions import RenderError
from provenance.render.view import FLOW, View, ViewEdge, ViewNode

SVG_TIMEOUT = 300  # seconds given to Graphviz


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """A value as XML character data: escaped, without the characters XML 1.0 forbids.

    >>> xml_text('<b a="1">\\x00&')
    '&lt;b a="1"&gt;&amp;'
    """
    return escape(_NOT_XML.sub("", str(value)))


def xml_attr(value: object) -> str:
    """A value as a quoted XML attribute."""
    return quoteattr(_NOT_XML.sub("", str(value)), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _evidence_summary(edge: ViewEdge) -> str:
    if edge.counts:
        return "; ".join(f"{relation}: {n}" for relation, n in edge.counts if n)
    return " | ".join(e.text for e in edge.evidence)


# ---------------------------------------------------------------------- node-link JSON


def node_link_json(view: View) -> str:
    """Node-link JSON (the form of ``networkx.node_link_data`` and d3): ``nodes`` and ``links``."""
    data = {
        "directed": True,
        "multigraph": False,
        "graph": {"title": view.title, "kind": view.kind},
        "nodes": [asdict(n) for n in view.nodes],
        "links": [
            {**asdict(e), "counts": dict(e.counts), "evidence": [asdict(x) for x in e.evidence]}
            for e in view.edges
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------------- GraphML and GEXF

# (name, GraphML type, GEXF type, getter); None values are left out.
_NodeField = tuple[str, str, str, Callable[[ViewNode], object]]
_EdgeField = tuple[str, str, str, Callable[[ViewEdge], object]]
NODE_FIELDS: tuple[_NodeField, ...] = (
    ("kind", "string", "string", lambda n: n.kind),
    ("key", "string", "string", lambda n: n.key),
    ("outlet_id", "string", "string", lambda n: n.outlet_id),
    ("url", "string", "string", lambda n: n.url),
    ("title", "string", "string", lambda n: n.title),
    ("published", "string", "string", lambda n: n.published),
    ("inferred", "boolean", "boolean", lambda n: n.inferred if n.kind == "article" else None),
    ("outlet_kind", "string", "string", lambda n: n.outlet_kind),
    ("articles", "int", "integer", lambda n: n.articles),
)
EDGE_FIELDS: tuple[_EdgeField, ...] = (
    ("kind", "string", "string", lambda e: e.kind),
    ("relation", "string", "string", lambda e: e.relation),
    ("confidence", "double", "double", lambda e: round(e.confidence, 6)),
    ("copy", "string", "string", lambda e: e.copy or None),
    ("reuse", "boolean", "boolean", lambda e: e.reuse if e.kind == "republished" else None),
    ("lag_hours", "double", "double", lambda e: None if e.lag_hours is None else round(e.lag_hours, 3)),
    ("statements", "int", "integer", lambda e: len(e.evidence) if e.kind != FLOW else None),
    ("evidence", "string", "string", lambda e: _evidence_summary(e) or None),
    ("methods", "string", "string", lambda e: " ".join(sorted({x.method for x in e.evidence})) or None),
)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def graphml(view: View) -> str:
    """GraphML with typed attributes (Gephi, yEd, Cytoscape, networkx read them)."""
    return "".join(_graphml(view))


def _graphml(view: View) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    yield '<key id="label" for="node" attr.name="label" attr.type="string"/>\n'
    for name, kind, _, _ in NODE_FIELDS:
        yield f'<key id="n_{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n'
    yield '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n'
    for name, kind, _, _ in EDGE_FIELDS:
        yield f'<key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n'
    yield f'<graph id="provenance" edgedefault="directed">\n<desc>{xml_text(view.title)}</desc>\n'
    for node in view.nodes:
        parts = [f"<node id={xml_attr(node.id)}>", f'<data key="label">{xml_text(node.label)}</data>']
        for name, _, _, get in NODE_FIELDS:
            value = get(node)
            if value is not None:
                parts.append(f'<data key="n_{name}">{xml_text(_value(value))}</data>')
        yield "".join(parts) + "</node>\n"
    for i, edge in enumerate(view.edges):
        parts = [
            f'<edge id="e{i}" source={xml_attr(edge.source)} target={xml_attr(edge.target)}>',
            f'<data key="weight">{edge.weight:g}</data>',
        ]
        for name, _, _, get_edge in EDGE_FIELDS:
            value = get_edge(edge)
            if value is not None:
                parts.append(f'<data key="e_{name}">{xml_text(_value(value))}</data>')
        yield "".join(parts) + "</edge>\n"
    yield "</graph>\n</graphml>\n"


# Colours by outlet kind and edge relation, for Gephi's first look.
_COLOURS = {
    "article": (90, 110, 140),
    "wire": (214, 96, 77),
    "agency": (200, 150, 60),
    "publisher": (70, 130, 180),
    "government": (120, 90, 160),
    "aggregator": (110, 160, 90),
    "unknown": (140, 140, 140),
    "republished_from": (50, 90, 160),
    "wire_credit": (214, 96, 77),
    "source_credit": (120, 160, 80),
    "image_credit": (190, 150, 50),
    "published_by": (200, 200, 200),
}


def gexf(view: View) -> str:
    """GEXF 1.2 with attributes and colours (Gephi's own format)."""
    return "".join(_gexf(view))


def _gexf(view: View) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" '
        'version="1.2">\n'
    )
    yield f"<meta><creator>provenance</creator><description>{xml_text(view.title)}</description></meta>\n"
    yield '<graph defaultedgetype="directed" mode="static">\n<attributes class="node">\n'
    for i, (name, _, kind, _) in enumerate(NODE_FIELDS):
        yield f'<attribute id="{i}" title="{name}" type="{kind}"/>\n'
    yield '</attributes>\n<attributes class="edge">\n'
    for i, (name, _, kind, _) in enumerate(EDGE_FIELDS):
        yield f'<attribute id="{i}" title="{name}" type="{kind}"/>\n'
    yield "</attributes>\n<nodes>\n"
    for node in view.nodes:
        values = "".join(
            f'<attvalue for="{i}" value={xml_attr(_value(value))}/>'
            for i, (_, _, _, get) in enumerate(NODE_FIELDS)
            if (value := get(node)) is not None
        )
        r, g, b = _COLOURS.get(node.outlet_kind or node.kind, _COLOURS["unknown"])
        size = 10.0 if node.kind == "outlet" else 5.0
        yield (
            f"<node id={xml_attr(node.id)} label={xml_attr(node.label)}><attvalues>{values}</attvalues>"
            f'<viz:color r="{r}" g="{g}" b="{b}"/><viz:size value="{size}"/></node>\n'
        )
    yield "</nodes>\n<edges>\n"
    for i, edge in enumerate(view.edges):
        values = "".join(
            f'<attvalue for="{k}" value={xml_attr(_value(value))}/>'
            for k, (_, _, _, get) in enumerate(EDGE_FIELDS)
            if (value := get(edge)) is not None
        )
        r, g, b = _COLOURS.get(edge.relation, _COLOURS["unknown"])
        yield (
            f'<edge id="{i}" source={xml_attr(edge.source)} target={xml_attr(edge.target)} '
            f'weight="{edge.weight:g}" label={xml_attr(edge.relation)}><attvalues>{values}</attvalues>'
            f'<viz:color r="{r}" g="{g}" b="{b}"/></edge>\n'
        )
    yield "</edges>\n</graph>\n</gexf>\n"


# ---------------------------------------------------------------------- Graphviz


def dot_string(value: str) -> str:
    """A DOT double-quoted string: backslashes (Graphviz's ``\\N``, ``\\l`` escapes) and quotes
    escaped, line breaks written as ``\\n``.

    >>> dot_string('say "hi"\\\\N\\nnext')
    '"say \\\\"hi\\\\"\\\\\\\\N\\\\nnext"'
    """
    clean = _NOT_XML.sub("", value).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + clean.replace("\r", "").replace("\n", "\\n") + '"'


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _wrap(text: str, width: int = 28) -> str:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


_DOT_EDGE_STYLE = {
    "republished_from": 'color="#3a5a9f"',
    "wire_credit": 'color="#d6604d", style=dashed',
    "source_credit": 'color="#78a050", style=dashed',
    "image_credit": 'color="#be9632", style=dotted',
    "text_reuse": 'color="#8e44ad", style=dashed',
    "published_by": 'color="#bbbbbb", style=dotted, arrowhead=none',
}


def dot(view: View) -> str:
    """Graphviz DOT: for articles, one box per outlet holding its articles (left to right in
    time order), republications as solid arrows, credits dashed (pictures dotted); for flows,
    outlets with arrows as thick as the copies."""
    out = [
        "digraph provenance {",
        f"  graph [rankdir=LR, fontname=Helvetica, fontsize=11, labelloc=t, label={dot_string(view.title)}];",
        '  node [fontname=Helvetica, fontsize=9, shape=box, style="rounded,filled", fillcolor="#ffffff"];',
        "  edge [fontname=Helvetica, fontsize=8];",
    ]
    if view.kind == FLOW + "s":
        out += _dot_flows(view)
    else:
        out += _dot_articles(view)
    out.append("}")
    return "\n".join(out) + "\n"


def _dot_flows(view: View) -> list[str]:
    out = []
    for node in view.nodes:
        fill = "#fde0dd" if node.outlet_kind in ("wire", "agency") else "#e8eef7"
        label = f"{_short(node.label, 40)}\n{node.articles or 0} articles"
        out.append(f"  {dot_string(node.id)} [label={dot_string(label)}, fillcolor={dot_string(fill)}];")
    for edge in view.edges:
        label = ", ".join(f"{n} {r.replace('_from', '').replace('_', ' ')}" for r, n in edge.counts if n)
        width = 1 + min(edge.weight, 50) ** 0.5
        style = _DOT_EDGE_STYLE.get("text_reuse" if edge.reuse else edge.relation, "")
        out.append(
            f"  {dot_string(edge.source)} -> {dot_string(edge.target)} "
            f"[label={dot_string(label)}, penwidth={width:.1f}, {style}];"
        )
    return out


def _dot_articles(view: View) -> list[str]:
    out: list[str] = []
    by_outlet: dict[str | None, list[ViewNode]] = {}
    for node in view.nodes:
        if node.kind == "article":
            by_outlet.setdefault(node.outlet_id, []).append(node)
    touched = {e.target for e in view.edges if e.kind != "published_by"}
    outlets = {n.key: n for n in view.nodes if n.kind == "outlet"}
    for i, (outlet_id, articles) in enumerate(sorted(by_outlet.items(), key=lambda kv: kv[0] or "~")):
        name = outlets[outlet_id].label if outlet_id in outlets else outlet_id or "no outlet known"
        out.append(f"  subgraph cluster_{i} {{")
        out.append(
            f'    label={dot_string(name)}; style="rounded,filled"; color="#dde3ec"; fillcolor="#f4f6fa";'
        )
        for node in sorted(articles, key=lambda n: (n.published or "~", n.id)):
            text = (
                _wrap(_short(node.label)) + "\n" + (node.published[:10] if node.published else "date unknown")
            )
            style = ', style="rounded,dashed,filled"' if node.inferred else ""
            out.append(f"    {dot_string(node.id)} [label={dot_string(text)}{style}];")
        if outlet_id and f"outlet:{outlet_id}" in touched:
            out.append(f"    {dot_string('outlet:' + outlet_id)} [label={dot_string(name)}, shape=ellipse];")
        out.append("  }")
    for key, node in sorted(outlets.items()):
        if key not in by_outlet and node.id in touched:
            fill = "#fde0dd" if node.outlet_kind in ("wire", "agency") else "#eeeeee"
            out.append(
                f"  {dot_string(node.id)} [label={dot_string(node.label)}, shape=ellipse, "
                f"fillcolor={dot_string(fill)}];"
            )
    for edge in view.edges:
        if edge.kind == "published_by":
            continue
        style = _DOT_EDGE_STYLE.get("text_reuse" if edge.reuse else edge.relation, "")
        label = f"{edge.confidence:.2f}" + (
            "" if edge.kind != "credits" else " " + edge.relation.split("_")[0]
        )
        out.append(
            f"  {dot_string(edge.source)} -> {dot_string(edge.target)} [label={dot_string(label)}, {style}];"
        )
    return out


def svg(view: View) -> str:
    """SVG drawn by Graphviz's ``dot`` program from `dot` (Debian: ``apt-get install graphviz``)."""
    program = shutil.which("dot")
    if program is None:
        raise RenderError(
            "svg needs Graphviz's dot program, which is not installed "
            "(apt-get install graphviz); --format dot writes the DOT source"
        )
    try:
        done = subprocess.run(
            [program, "-Tsvg"],
            input=dot(view).encode("utf-8"),
            capture_output=True,
            timeout=SVG_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(f"dot took more than {SVG_TIMEOUT} s; render a smaller graph") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"dot failed: {message[-1] if message else 'no message'}")
    return done.stdout.decode("utf-8")


# ---------------------------------------------------------------------- Mermaid

_MERMAID_ENTITIES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;"}


def mermaid_text(value: str) -> str:
    """A Mermaid label: quotes, angle brackets, ampersands and backticks as entity codes.

    >>> mermaid_text('<script>"x"</script>')
    '#lt;script#gt;#quot;x#quot;#lt;/script#gt;'
    """
    clean = " ".join(_NOT_XML.sub("", value).split())
    return "".join(_MERMAID_ENTITIES.get(c, c) for c in clean)


def mermaid(view: View) -> str:
    """A Mermaid flowchart, for Markdown docs (GitHub and most doc sites draw it)."""
    ids = {node.id: f"n{i}" for i, node in enumerate(view.nodes)}
    out = ["flowchart LR"]
    groups: dict[str | None, list[ViewNode]] = {}
    for node in view.nodes:
        groups.setdefault(node.outlet_id if node.kind == "article" else None, []).append(node)
    outlets = {n.key: n for n in view.nodes if n.kind == "outlet"}
    touched = {e.target for e in view.edges if e.kind != "published_by"} | {e.source for e in view.edges}
    for i, (outlet_id, nodes) in enumerate(sorted(groups.items(), key=lambda kv: kv[0] or "~")):
        if outlet_id is not None:
            name = outlets[outlet_id].label if outlet_id in outlets else outlet_id
            out.append(f'  subgraph g{i}["{mermaid_text(name)}"]')
        indent = "  " if outlet_id is None else "    "
        for node in nodes:
            if node.kind == "outlet":
                if node.id in touched or view.kind == FLOW + "s":
                    out.append(f'{indent}{ids[node.id]}(["{mermaid_text(_short(node.label, 40))}"])')
            else:
                date = (node.published or "")[:10]
                text = _short(node.label, 50) + (f" ({date})" if date else "")
                out.append(f'{indent}{ids[node.id]}["{mermaid_text(text)}"]')
        if outlet_id is not None:
            out.append("  end")
    for edge in view.edges:
        if edge.kind == "published_by":
            continue
        if edge.kind == FLOW:
            label = ", ".join(f"{n} {r.split('_')[0]}" for r, n in edge.counts if n)
        else:
            label = f"{edge.confidence:.2f}" if edge.kind != "credits" else edge.relation.replace("_", " ")
        arrow = "-->" if edge.relation == "republished_from" else "-.->"
        out.append(f'  {ids[edge.source]} {arrow}|"{mermaid_text(label)}"| {ids[edge.target]}')
    return "\n".join(out) + "\n"
