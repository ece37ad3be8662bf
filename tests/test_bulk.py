"""The bulk load (`provenance.bulk`): an extract output loaded into an empty store many documents
at a time gives the store that `Store.add` of each document gives, bad rows and all."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provenance import Store, extracted, ingest
from provenance.bulk import BulkWriter
from provenance.extracted import extract_shard, load, write_manifest
from provenance.ingest import input_files
from provenance.synthetic import write_warc_corpus
from provenance.synthetic_pages import write_pages
from tests.test_spark import _assert_same_store

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def _extract(inputs: Path, out: Path) -> list[str]:
    shards = list(input_files([str(inputs)]))
    write_manifest(str(out), [extract_shard(i, path, str(out)) for i, path in enumerate(shards)], 1.0)
    return shards


@pytest.fixture(scope="module", params=["chains", "aliases"])
def output(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[str]]:
    """An extract output: of a crawl with chains in three WARC files, or of pages that name
    their sites (learned aliases, outlets merged into sites)."""
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "chains":
        write_warc_corpus(folder, 400, seed=7, shards=3)
        inputs = folder / "warc"
    else:
        # Enough pages that names learned for sites take placeholder outlets into them (merges
        # of reason "alias"), which the bulk path hands to the store's SQL.
        inputs = write_pages(folder / "pages", 1200, seed=11)
    return folder / "out", _extract(inputs, folder / "out"), request.param


def _load(db: Path, out: Path, *, bulk: bool) -> tuple[int, int, int]:
    with Store(db) as store:
        summary = load(store, str(out), bulk=bulk)
    return summary.new, summary.unchanged, len(summary.failed)


@pytest.mark.parametrize("window", [100_000, 97], ids=["one-window", "small-windows"])
def test_the_bulk_load_gives_the_store_of_one_document_at_a_time(
    output: tuple[Path, list[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    # In small windows, articles named in one window are merged in another: moved in the store.
    monkeypatch.setattr(extracted, "_WINDOW", window)
    out, _, corpus = output
    bulk = _load(tmp_path / "bulk.db", out, bulk=True)
    each = _load(tmp_path / "each.db", out, bulk=False)
    assert bulk == each and bulk[0] > 0
    _assert_same_store(tmp_path / "bulk.db", tmp_path / "each.db")
    con = sqlite3.connect(tmp_path / "bulk.db")
    try:
        reasons = {row[0].split(":")[0] for row in con.execute("SELECT reason FROM merges")}
    finally:
        con.close()
    assert reasons >= ({"title", "alias"} if corpus == "aliases" else {"title"})


def test_a_store_with_documents_is_loaded_a_document_at_a_time(
    output: tuple[Path, list[str], str], tmp_path: Path
) -> None:
    out, shards, _ = output
    with Store(tmp_path / "direct.db") as store:
        total = ingest(store, shards).new
    with Store(tmp_path / "loaded.db") as store:
        first = ingest(store, shards[:1]).new  # the first input read directly, the rest loaded
        assert not BulkWriter.usable(store)
        summary = load(store, str(out))
    assert (summary.unchanged, summary.new) == (first, total - first)
    _assert_same_store(tmp_path / "loaded.db", tmp_path / "direct.db")


def _spoil(out: Path, values: dict[str, object]) -> bytes:
    """Give a picture credit of the first shard bad ``values``; returns its document's hash."""
    part = out / "statements" / "part-00000.parquet"
    table = pq.read_table(part)
    rows = table.to_pylist()
    spoilt = next(r for r in rows if r["relation"] == "image_credit" and not r["self_credit"])
    spoilt.update(values)
    # A null where the schema allows none: the file is written with a looser schema.
    loose = pa.schema([field.with_nullable(True) for field in table.schema])
    pq.write_table(pa.Table.from_pylist(rows, schema=loose), part)
    return bytes(spoilt["content_hash"])


@pytest.mark.parametrize(
    "values",
    [
        {"relation": "borrowed_from"},
        {"location": "sidebar"},
        {"outlet_id": None},
        {"outlet": "", "outlet_id": "Not An Id"},  # no outlet can be made of it: planning fails
    ],
    ids=["relation", "location", "outlet", "unplanned"],
)
@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "each"])
def test_a_bad_row_is_counted_and_skipped(tmp_path: Path, values: dict[str, object], bulk: bool) -> None:
    write_warc_corpus(tmp_path, 120, seed=3, shards=2)
    out = tmp_path / "out"
    _extract(tmp_path / "warc", out)
    with Store(tmp_path / "good.db") as store:
        good = load(store, str(out))
    bad = _spoil(out, values)
    new, unchanged, failed = _load(tmp_path / "p.db", out, bulk=bulk)
    assert (new, unchanged, failed) == (good.new - 1, 0, 1)
    con = sqlite3.connect(tmp_path / "p.db")
    try:
        assert con.execute("SELECT count(*) FROM documents WHERE content_hash = ?", (bad,)).fetchone() == (0,)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    # Loading it again adds nothing and duplicates nothing: the bad row is skipped again.
    assert _load(tmp_path / "p.db", out, bulk=bulk) == (0, good.new - 1, 1)


def test_a_window_the_store_fails_on_is_written_again_a_document_at_a_time(
    output: tuple[Path, list[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, _, _ = output
    monkeypatch.setattr(extracted, "_WINDOW", 120)
    _load(tmp_path / "each.db", out, bulk=False)
    calls = []
    flush = BulkWriter.flush
    failing = 2  # the second window: the first is kept

    def fail_once(self: BulkWriter) -> None:
        calls.append(1)
        if len(calls) == failing:
            raise sqlite3.IntegrityError("constraint failed")
        flush(self)

    monkeypatch.setattr(BulkWriter, "flush", fail_once)
    assert _load(tmp_path / "bulk.db", out, bulk=True) == _load(tmp_path / "again.db", out, bulk=False)
    assert len(calls) == failing
    _assert_same_store(tmp_path / "bulk.db", tmp_path / "each.db")


def test_a_load_stopped_in_a_window_keeps_the_windows_before_and_ends_a_document_at_a_time(
    output: tuple[Path, list[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, _, _ = output
    monkeypatch.setattr(extracted, "_WINDOW", 120)
    _load(tmp_path / "each.db", out, bulk=False)
    end = BulkWriter.end
    ended = []

    def stop_in_the_second(self: BulkWriter) -> None:
        if ended:
            raise KeyboardInterrupt
        ended.append(1)
        end(self)

    monkeypatch.setattr(BulkWriter, "end", stop_in_the_second)
    with pytest.raises(KeyboardInterrupt):
        _load(tmp_path / "bulk.db", out, bulk=True)
    kept = sqlite3.connect(tmp_path / "bulk.db")
    try:
        assert kept.execute("SELECT count(*) FROM documents").fetchone() == (120,)  # the first window
        assert kept.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        kept.close()
    monkeypatch.undo()
    new, unchanged, _ = _load(tmp_path / "bulk.db", out, bulk=True)  # not empty: a document at a time
    assert unchanged == 120 and new > 0
    _assert_same_store(tmp_path / "bulk.db", tmp_path / "each.db")


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "a-document-at-a-time"])
def test_a_loaded_page_is_found_by_the_addresses_it_gives_itself(tmp_path: Path, bulk: bool) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    body = (
        "<p>" + "The harbour board approved the dredging plan on Tuesday after a long debate. " * 4 + "</p>"
    )
    (pages / "ferry.html").write_text(
        "<html><head><title>Dredging plan approved</title>"
        '<link rel="canonical" href="https://www.bayside-bulletin.com/news/2024/dredging">'
        '<meta property="og:url" content="https://bayside-bulletin.com/amp/dredging"></head>'
        f"<body><article><h1>Dredging plan approved</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    jsonl = tmp_path / "pages.jsonl"
    html = (pages / "ferry.html").read_text(encoding="utf-8")
    jsonl.write_text(
        json.dumps({"url": "https://bayside-bulletin.com/p/123", "html": html}) + "\n", encoding="utf-8"
    )
    _extract(jsonl, tmp_path / "out")
    with Store(tmp_path / "direct.db") as store:
        ingest(store, [str(jsonl)])
        direct = {a.id for a in store.find_articles("https://www.bayside-bulletin.com/news/2024/dredging")}
        amp = {a.id for a in store.find_articles("https://bayside-bulletin.com/amp/dredging")}
    assert direct and direct == amp
    _load(tmp_path / "loaded.db", tmp_path / "out", bulk=bulk)
    with Store(tmp_path / "loaded.db") as store:
        assert {
            a.id for a in store.find_articles("https://www.bayside-bulletin.com/news/2024/dredging")
        } == direct
        assert {a.id for a in store.find_articles("https://bayside-bulletin.com/amp/dredging")} == amp
    _assert_same_store(tmp_path / "loaded.db", tmp_path / "direct.db")


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "a-document-at-a-time"])
def test_a_damaged_part_is_named_and_its_shard_skipped(tmp_path: Path, bulk: bool) -> None:
    write_warc_corpus(tmp_path, 300, seed=3, shards=3)
    out = tmp_path / "out"
    _extract(tmp_path / "warc", out)
    whole = pq.read_table(out / "documents" / "part-00002.parquet").num_rows
    (out / "documents" / "part-00000.parquet").write_bytes(b"garbage")
    statements = out / "statements" / "part-00001.parquet"
    statements.write_bytes(statements.read_bytes()[:100])
    with Store(tmp_path / "loaded.db") as store:
        summary = load(store, str(out), bulk=bulk)
        assert summary.new == whole and store.stats()["documents"] == whole
    named = dict(summary.failed)
    assert set(named) == {str(out / "documents" / "part-00000.parquet"), str(statements)}
    assert all("not a readable Parquet part" in reason and "\n" not in reason for reason in named.values())


def test_the_command_names_a_damaged_part_in_one_line_and_loads_the_rest(
    tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    write_warc_corpus(tmp_path, 200, seed=4, shards=2)
    out = tmp_path / "out"
    _extract(tmp_path / "warc", out)
    (out / "documents" / "part-00001.parquet").write_bytes(b"not parquet")
    result = run_cli("ingest", str(out), "--db", str(tmp_path / "p.db"), "--no-progress", "--format", "json")
    assert result.status == 1
    assert "internal error" not in result.err and "Traceback" not in result.err
    errors = [line for line in result.err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1
    assert errors[0].startswith(
        f"Error: {out / 'documents' / 'part-00001.parquet'}: not a readable Parquet part ("
    )
    assert errors[0].endswith("); its shard is skipped")
    assert json.loads(result.out)["new"] == pq.read_table(out / "documents" / "part-00000.parquet").num_rows


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "a-document-at-a-time"])
def test_a_part_without_the_columns_the_job_writes_is_named(tmp_path: Path, bulk: bool) -> None:
    write_warc_corpus(tmp_path, 200, seed=4, shards=2)
    out = tmp_path / "out"
    _extract(tmp_path / "warc", out)
    part = out / "statements" / "part-00000.parquet"
    pq.write_table(pq.read_table(part).drop_columns(["method"]), part)
    with Store(tmp_path / "loaded.db") as store:
        summary = load(store, str(out), bulk=bulk)
    assert summary.new == pq.read_table(out / "documents" / "part-00001.parquet").num_rows
    assert summary.failed == [
        (str(part), "not a statements part of an extract output (no column method); its shard is skipped")
    ]
