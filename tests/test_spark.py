"""Extraction as Parquet (`provenance.extracted`) and as a Spark job (`provenance spark extract`):
loading the output gives the store that `provenance ingest` of the same files gives."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from provenance import Store, graph_around, ingest, origin
from provenance.cli import main
from provenance.extracted import ExtractOutputError, extract_shard, is_extract_output, load, write_manifest
from provenance.ingest import input_files
from provenance.synthetic import write_warc_corpus

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three WARC files of a generated corpus with chains, and a broken one among them."""
    folder = tmp_path_factory.mktemp("crawl")
    write_warc_corpus(folder, 450, seed=11, shards=3)
    (folder / "warc" / "crawl-00001b.warc.gz").write_bytes(b"not an archive\n" * 20)
    return folder / "warc"


@pytest.fixture(scope="module")
def ingested(crawl: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("direct") / "direct.db"
    with Store(db) as store:
        summary = ingest(store, list(input_files([str(crawl)])))
    # Every page generated is read; the broken file is named.
    assert summary.documents == 450 and not summary.skipped and len(summary.failed) == 1
    return db


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row that matters of a store, by what it says rather than its row numbers."""
    con = sqlite3.connect(db)
    queries = {
        "outlets": "SELECT id, name, kind, domains FROM outlets",
        "articles": "SELECT id, url, title, outlet_id, published, published_source, inferred FROM articles",
        "documents": "SELECT d.content_hash, d.source, d.item, d.kind, d.url, d.title, d.published, a.id "
        "FROM documents d JOIN articles a ON a.n = d.article",
        "attributions": "SELECT d.content_hash, t.relation, t.outlet, t.outlet_id, t.url, t.title, t.confidence, "
        "t.layer, t.self_credit, t.evidence_text, t.evidence_start, t.evidence_end, t.method, t.location "
        "FROM attributions t JOIN documents d ON d.id = t.document_id",
        "links": "SELECT s.id, t.id, l.outlet_id, l.kind, d.content_hash, a.method, a.evidence_start, l.weight "
        "FROM links l JOIN articles s ON s.n = l.src LEFT JOIN articles t ON t.n = l.dst "
        "JOIN attributions a ON a.id = l.attribution_id JOIN documents d ON d.id = a.document_id",
        "merges": "SELECT inferred_id, article_id, reason FROM merges",
        "outlet_aliases": "SELECT x.key, x.outlet_id, x.method, x.name, x.host, x.documents, f.content_hash, "
        "l.content_hash, x.evidence FROM outlet_aliases x JOIN documents f ON f.id = x.first_document "
        "JOIN documents l ON l.id = x.last_document",
        "article_urls": "SELECT u.url, a.id FROM article_urls u JOIN articles a ON a.n = u.article",
        "document_sources": "SELECT s.source, d.content_hash FROM document_sources s "
        "JOIN documents d ON d.id = s.document",
    }
    try:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}
    finally:
        con.close()


def _origins(db: Path) -> dict[str, str]:
    with Store(db) as store:
        return {
            a.id: origin(graph_around(store, a.id), a.id)[0].article.id
            for a in store.articles()
            if not a.inferred
        }


def _counts(db: Path) -> dict[str, int]:
    """The number of rows of every table of a store."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables
            if t != "schema_migrations"
        }
    finally:
        con.close()


def _assert_same_store(loaded: Path, direct: Path) -> None:
    assert _counts(loaded) == _counts(direct)
    mine, theirs = _rows(loaded), _rows(direct)
    for table in theirs:
        assert mine[table] == theirs[table], table
    assert _origins(loaded) == _origins(direct)


def test_the_loaded_output_is_the_store_ingest_builds(crawl: Path, ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shards = list(input_files([str(crawl)]))
    results = [extract_shard(i, path, str(out)) for i, path in enumerate(shards)]
    write_manifest(str(out), results, 1.0)
    assert is_extract_output(str(out))
    bad = [r for r in results if r.path.endswith("00001b.warc.gz")]
    assert bad[0].failed == 1 and bad[0].documents == 0 and "00001b" in bad[0].first_failures[0][0]

    with Store(tmp_path / "loaded.db") as store:
        summary = load(store, str(out))
    assert summary.new == sum(r.documents for r in results) and len(summary.failed) == 1
    _assert_same_store(tmp_path / "loaded.db", ingested)

    # Loading it again adds nothing: every document is there already.
    with Store(tmp_path / "loaded.db") as store:
        again = load(store, str(out))
    assert again.new == 0 and again.unchanged == summary.new
    _assert_same_store(tmp_path / "loaded.db", ingested)


def test_an_unfinished_output_is_named_not_loaded(tmp_path: Path) -> None:
    for name in ("documents", "statements"):
        (tmp_path / "out" / name).mkdir(parents=True)
    with pytest.raises(ExtractOutputError, match="did not finish"):
        is_extract_output(str(tmp_path / "out"))
    assert main(["ingest", str(tmp_path / "out"), "--db", str(tmp_path / "p.db")]) == 1


def test_spark_extract_then_ingest(
    crawl: Path, ingested: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    out = tmp_path / "out"
    status = main(["spark", "extract", str(crawl), "--out", str(out), "--master", "local[2]"])
    captured = capfd.readouterr()
    assert status == 1, captured.err  # the broken file is named, and the job finished the rest
    assert "crawl-00001b.warc.gz" in captured.err and "internal error" not in captured.err
    manifest = json.loads((out / "_extract.json").read_text(encoding="utf-8"))
    assert manifest["failed"] == 1 and len(manifest["shards"]) == 4
    assert sorted(p.name for p in (out / "documents").iterdir()) == [
        f"part-0000{i}.parquet" for i in range(4)
    ]

    # An output is not overwritten unless asked.
    assert main(["spark", "extract", str(crawl), "--out", str(out), "--master", "local[1]"]) == 1
    assert "--overwrite" in capfd.readouterr().err

    db = tmp_path / "spark.db"
    assert main(["ingest", str(out), "--db", str(db), "--format", "json"]) == 1  # the failure, reported again
    report = json.loads(capfd.readouterr().out)
    assert report["new"] == manifest["documents"] and report["failed"] == 1
    _assert_same_store(db, ingested)


def test_an_input_named_by_url_streams_through_pyarrow(crawl: Path, tmp_path: Path) -> None:
    from provenance.spark import input_shards, open_url

    path = crawl / "crawl-00000.warc.gz"
    url = path.resolve().as_uri()  # file://, read as a cluster's storage is read
    assert input_shards([url, str(crawl / "crawl-0000[12].warc.gz")]) == [
        url,
        str((crawl / "crawl-00001.warc.gz").resolve()),
        str((crawl / "crawl-00002.warc.gz").resolve()),
    ]
    by_url = extract_shard(0, url, str(tmp_path / "a"), open_stream=open_url)
    by_path = extract_shard(0, str(path), str(tmp_path / "b"))
    assert (by_url.documents, by_url.statements, by_url.failed) == (by_path.documents, by_path.statements, 0)
    assert by_url.documents == 150


def test_a_relative_input_is_read_in_the_drivers_folder_and_named_as_given(
    crawl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    monkeypatch.chdir(tmp_path)  # a task's own folder, not the driver's
    result = extract_shard(0, "warc/crawl-00000.warc.gz", str(tmp_path / "out"), cwd=str(crawl.parent))
    assert result.documents == 150
    sources = (
        pq.read_table(tmp_path / "out" / "documents" / "part-00000.parquet").column("source").to_pylist()
    )
    assert all(s.startswith("warc/crawl-00000.warc.gz#") for s in sources)  # as `ingest warc/...` names them
