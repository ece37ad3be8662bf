"""The store's promises under trouble: queries answer while another process ingests, a full disk
stops an ingest with whole documents kept and a rerun completes it, and a damaged, foreign,
newer or read-only store file gets one line naming it and is left as it was."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance import Store, ingest
from provenance._exceptions import StoreError
from tests.conftest import Run
from tests.rows import store_rows, write_chain_corpus


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as con:
        return store_rows(con)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------ queries during an ingest


def test_queries_answer_while_another_process_ingests(tmp_path: Path, run_cli: Callable[..., Run]) -> None:
    db = tmp_path / "s.db"
    first = write_chain_corpus(tmp_path / "first.jsonl", 8)
    assert run_cli("ingest", str(first), "--db", str(db), "--no-progress").status == 0
    big = write_chain_corpus(tmp_path / "big.jsonl", 20_000, start=8)
    errors = tmp_path / "ingest.err"
    with errors.open("wb") as err:
        command = [
            "ingest",
            str(big),
            "--db",
            str(db),
            "--no-progress",
            "--commit-every",
            "500",
            "--workers",
            "2",
        ]
        ingesting = subprocess.Popen(
            [sys.executable, "-m", "provenance", *command],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    queries = [
        ("origin", "https://site1.com/0/1"),
        ("paths", "https://site1.com/0/1"),
        ("show", "https://site1.com/0/1"),
        ("stats",),
        ("render", "https://site1.com/0/1", "-o", str(tmp_path / "story.html")),
        ("audit", "site1.com"),
    ]
    rounds = 0
    try:
        while ingesting.poll() is None or rounds < 2:
            for query in queries:
                result = run_cli(*query, "--db", str(db))
                assert (query, result.status, result.err[:300]) == (query, 0, result.err[:300])
            rounds += 1
    finally:
        ingesting.wait(timeout=600)
    assert (ingesting.returncode, errors.read_text()) == (0, "")
    assert rounds >= 2
    assert json.loads(run_cli("stats", "--db", str(db), "--format", "json").out)["documents"] == 20_008


# ------------------------------------------------------------------ a full disk


@pytest.mark.parametrize("workers", [1, 2])
def test_a_full_disk_stops_the_ingest_with_whole_documents_kept(tmp_path: Path, workers: int) -> None:
    corpus = write_chain_corpus(tmp_path / "c.jsonl", 3_000)
    whole = tmp_path / "whole.db"
    with Store(whole) as store:
        ingest(store, [str(corpus)])
    db = tmp_path / "s.db"
    with Store(db) as store:
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages + 400}")  # a disk with 1.6 MB free
        with pytest.raises(StoreError, match=r"s\.db: the disk is full .*run the same command again"):
            ingest(store, [str(corpus)], workers=workers, commit_every=200)
    with Store(db) as store:
        assert store.integrity_check() == "ok"
    partial, full = _rows(db), _rows(whole)
    assert 0 < len(partial["documents"]) < len(full["documents"])
    # Whole documents only: each one stored holds every statement it has in the whole store.
    stored = {row[0] for row in partial["documents"]}
    assert partial["attributions"] == [row for row in full["attributions"] if row[0] in stored]
    # Space freed, the same ingest again completes the store.
    with Store(db) as store:
        summary = ingest(store, [str(corpus)], workers=workers)
    assert summary.new == len(full["documents"]) - len(stored)
    assert _rows(db) == full


# ------------------------------------------------------------------ damaged and foreign stores


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(store, [str(write_chain_corpus(tmp_path / "c.jsonl", 400))])
    return db


def _one_line_naming(run: Run, db: Path, *words: str) -> None:
    assert run.status == 1
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {db}: ")
    assert "internal error" not in run.err
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize("command", ["stats", "ingest"])
def test_a_truncated_store(stored: Path, run_cli: Callable[..., Run], command: str) -> None:
    stored.write_bytes(stored.read_bytes()[: stored.stat().st_size // 3])
    before = _digest(stored)
    args = ("ingest", str(stored.parent / "c.jsonl")) if command == "ingest" else ("stats",)
    _one_line_naming(run_cli(*args, "--db", str(stored)), stored, "damaged", "restore it from a copy")
    assert _digest(stored) == before


@pytest.mark.parametrize("command", ["stats", "ingest"])
def test_a_file_that_is_no_store(tmp_path: Path, run_cli: Callable[..., Run], command: str) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my notes, not a database\n" * 100)
    args = ("ingest", str(write_chain_corpus(tmp_path / "c.jsonl", 3))) if command == "ingest" else ("stats",)
    _one_line_naming(run_cli(*args, "--db", str(db)), db, "not a provenance store", "give another --db")
    assert db.read_text() == "my notes, not a database\n" * 100


def test_a_store_of_a_newer_version(stored: Path, run_cli: Callable[..., Run]) -> None:
    with sqlite3.connect(stored) as con:
        con.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', '2099-01-01')")
    before = _digest(stored)
    _one_line_naming(run_cli("stats", "--db", str(stored)), stored, "newer provenance", "upgrade")
    assert _digest(stored) == before


def test_a_read_only_store_answers_queries_and_refuses_an_ingest(
    stored: Path, run_cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, whom no permission stops: the store is told the file is read-only.
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK and access(path, mode))
    for wal in stored.parent.glob("s.db-*"):
        wal.unlink()
    before = _digest(stored)
    assert run_cli("stats", "--db", str(stored)).status == 0
    more = write_chain_corpus(stored.parent / "more.jsonl", 3, start=1000)
    _one_line_naming(run_cli("ingest", str(more), "--db", str(stored)), stored, "read-only", "chmod u+w")
    assert _digest(stored) == before
