"""The graph formats: they read back into the same graph, and hostile strings stay inert."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from prov.model import ProvDocument

from provenance import Store, whole_graph
from provenance.render import RENDERERS, formats
from provenance.render.export import RenderError, dot_string, mermaid_text
from provenance.render.view import View, view_of_graph
from tests.conftest import ROOT, SEED, Run

RunCli = Callable[..., Run]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def example_view(tmp_path_factory: pytest.TempPathFactory) -> View:
    from provenance import ingest

    db = tmp_path_factory.mktemp("render") / "p.db"
    with Store(db) as store:
        ingest(store, [str(ROOT / "examples" / "syndication-chain"), str(SEED)], workers=1)
        return view_of_graph(whole_graph(store), "Example corpus")


@pytest.fixture(scope="module")
def hostile_view(tmp_path_factory: pytest.TempPathFactory) -> View:
    from provenance import ingest
    from provenance.resolver import OutletRegistry

    db = tmp_path_factory.mktemp("hostile") / "p.db"
    registry = OutletRegistry.from_file(DATA / "hostile-registry.json")
    with Store(db, registry=registry) as store:
        ingest(store, [str(DATA / "hostile")], workers=1)
        return view_of_graph(whole_graph(store), "<script>alert('title')</script>")


def _edges(view: View) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.relation) for e in view.edges}


def test_every_graph_format_is_registered() -> None:
    assert formats("graph") == sorted(
        ["dot", "gexf", "graphml", "html", "json", "mermaid", "prov-json", "prov-n", "svg"]
    )


def test_graphml_reads_back_into_the_same_graph(example_view: View, tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    path.write_text(RENDERERS[("graph", "graphml")](example_view), encoding="utf-8")
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == {n.id for n in example_view.nodes}
    assert {(u, v, d["relation"]) for u, v, d in graph.edges(data=True)} == _edges(example_view)
    seed = next(n for n in example_view.nodes if n.kind == "article" and n.outlet_id == "southfront")
    assert graph.nodes[seed.id]["title"] == seed.title and graph.nodes[seed.id]["inferred"] is True
    copy = next(e for e in example_view.edges if e.relation == "republished_from")
    assert graph.edges[copy.source, copy.target]["confidence"] == pytest.approx(copy.confidence)
    assert graph.edges[copy.source, copy.target]["evidence"] == copy.evidence[0].text


def test_gexf_reads_back_into_the_same_graph(example_view: View, tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    path.write_text(RENDERERS[("graph", "gexf")](example_view), encoding="utf-8")
    graph = nx.read_gexf(path)
    assert set(graph.nodes) == {n.id for n in example_view.nodes}
    assert {(u, v, d["relation"]) for u, v, d in graph.edges(data=True)} == _edges(example_view)
    ap = graph.nodes["outlet:ap"]
    assert (ap["label"], ap["outlet_kind"]) == ("Associated Press", "wire")


def test_node_link_json_reads_back(example_view: View) -> None:
    data = json.loads(RENDERERS[("graph", "json")](example_view))
    graph = nx.node_link_graph(data, edges="links")
    assert set(graph.nodes) == {n.id for n in example_view.nodes}
    assert {(u, v, d["relation"]) for u, v, d in graph.edges(data=True)} == _edges(example_view)


def test_prov_json_reads_back_with_prov(example_view: View) -> None:
    text = RENDERERS[("graph", "prov-json")](example_view)
    doc = ProvDocument.deserialize(content=text, format="json")
    records = doc.get_records()
    kinds = [r.get_type().localpart for r in records]
    assert kinds.count("Entity") == sum(n.kind == "article" for n in example_view.nodes)
    assert kinds.count("Agent") == sum(n.kind == "outlet" for n in example_view.nodes)
    derivations = [r for r in records if r.get_type().localpart == "Derivation"]
    assert len(derivations) == sum(e.relation == "republished_from" for e in example_view.edges)
    quoted = [r for r in derivations if "prov:Quotation" in str(r.get_asserted_types())]
    assert quoted, "verbatim copies are quotations"
    evidence = {str(v) for r in derivations for k, v in r.attributes if k.localpart == "evidence"}
    assert "Originally published by Harbor Ledger" in evidence
    assert doc == ProvDocument.deserialize(content=doc.serialize(format="json"), format="json")


def test_prov_n_is_a_document(example_view: View) -> None:
    text = RENDERERS[("graph", "prov-n")](example_view)
    assert text.startswith("document\n") and text.rstrip().endswith("endDocument")
    assert "wasAttributedTo(" in text and "wasDerivedFrom(" in text and "prov:Quotation" in text


def test_graphml_and_gexf_keep_hostile_strings_as_data(hostile_view: View, tmp_path: Path) -> None:
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"h.{fmt}"
        path.write_text(RENDERERS[("graph", fmt)](hostile_view), encoding="utf-8")
        graph = read(path)
        labels = {d["label"] for _, d in graph.nodes(data=True)}
        assert {n.label for n in hostile_view.nodes} == labels
        assert not list(ET.parse(path).getroot().iter("script"))


def test_dot_escapes_quotes_and_backslashes() -> None:
    assert dot_string('a "b" \\N') == '"a \\"b\\" \\\\N"'
    assert dot_string("two\nlines") == '"two\\nlines"'


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_svg_of_hostile_strings_has_no_script(hostile_view: View) -> None:
    svg = RENDERERS[("graph", "svg")](hostile_view)
    root = ET.fromstring(svg)
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert "script" not in tags and "image" not in tags and "foreignObject" not in tags
    assert not any(name.startswith("on") for element in root.iter() for name in element.attrib)
    assert "&lt;script&gt;window.__pwned" in svg


def test_svg_without_graphviz_says_so(example_view: View, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(RenderError, match="apt-get install graphviz"):
        RENDERERS[("graph", "svg")](example_view)


def test_mermaid_labels_hold_no_markup(hostile_view: View) -> None:
    text = RENDERERS[("graph", "mermaid")](hostile_view)
    assert text.startswith("flowchart LR\n")
    for forbidden in ("<", ">", "`"):
        assert forbidden not in text.replace("-->", "").replace("-.->", "")
    assert mermaid_text('say "hi" & <b>') == "say #quot;hi#quot; #amp; #lt;b#gt;"


def test_html_report_escapes_everything(hostile_view: View) -> None:
    page = RENDERERS[("graph", "html")](hostile_view)
    assert page.count("<script") == 2  # the data and the report's own script
    assert "<img" not in page and "<svg onload" not in page
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src &#x27;none&#x27;" in page
    assert "https://" not in page.split('id="report-data"')[0].replace("https://github.com", "")


def test_render_command_writes_each_format(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert run_cli("ingest", str(ROOT / "examples" / "syndication-chain"), "--db", str(db)).status == 0
    for suffix, marker in (
        (".graphml", "<graphml"),
        (".gexf", "<gexf"),
        (".dot", "digraph"),
        (".mmd", "flowchart"),
    ):
        out = tmp_path / f"story{suffix}"
        result = run_cli(
            "render", "https://harborledger.com/2024/05/03/ferry-fares-rise", "-o", str(out), "--db", str(db)
        )
        assert result.status == 0, result.err
        assert marker in out.read_text(encoding="utf-8")
        assert result.err.startswith(f"Wrote {out}: 4 articles, 3 links")
    result = run_cli("render", "--outlet", "Tidewater Dispatch", "--format", "json", "--db", str(db))
    assert result.status == 0 and len(json.loads(result.out)["nodes"]) > 4
    result = run_cli("flows", "--format", "json", "--db", str(db))
    flows = json.loads(result.out)
    assert {(e["source"], e["target"]) for e in flows["links"]} >= {
        ("outlet:harborledger", "outlet:tidewaterdispatch"),
        ("outlet:ap", "outlet:mesagazette"),
    }


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["render", "no such story at all"], 1, "Error: no article matches 'no such story at all'"),
        (["render"], 2, "give one of REF, --all or --outlet OUTLET"),
        (["render", "x", "--all"], 2, "give one of REF, --all or --outlet OUTLET"),
        (["render", "--all", "--format", "png"], 2, "'png' is not one of"),
        (
            ["render", "--all", "-o", "/no/such/folder/r.html"],
            1,
            "Error: /no/such/folder/r.html: cannot write",
        ),
        (["render", "--outlet", "nowhere"], 1, "Error: no outlet matches 'nowhere'"),
    ],
    ids=["missing-article", "no-ref", "ref-and-all", "bad-format", "unwritable", "missing-outlet"],
)
def test_render_errors_are_one_line(
    run_cli: RunCli, tmp_path: Path, args: list[str], status: int, message: str
) -> None:
    db = tmp_path / "p.db"
    assert run_cli("ingest", str(SEED), "--db", str(db)).status == 0
    result = run_cli(*args, "--db", str(db))
    assert result.status == status
    assert message in result.err
    if status == 1:
        assert result.err.count("\n") == 1
