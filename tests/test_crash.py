"""Crash safety: an ingest killed with SIGKILL leaves a sound store of whole documents, and a
second run ends where an uninterrupted run ends."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provenance import Store
from tests.rows import store_rows, write_chain_corpus

N = 5_000

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _ingest(corpus: Path, db: Path, workers: int = 1) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "provenance",
            "ingest",
            str(corpus),
            "--db",
            str(db),
            "--no-progress",
            "--commit-every",
            "500",
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in children.read_text().split()] if children.exists() else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not status.exists() or status.read_text().split(") ")[-1][:1] != "Z"  # a zombie is gone


def _state(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as con:
        return store_rows(con)


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_sigkill_mid_ingest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_chain_corpus(corpus, N)
    reference = tmp_path / "reference.db"
    assert _ingest(corpus, reference).wait(timeout=600) == 0
    expected = _state(reference)
    per_document = {}
    for row in expected["attributions"]:
        per_document[row[0]] = per_document.get(row[0], 0) + 1

    db = tmp_path / "killed.db"
    process = _ingest(corpus, db, workers=2)  # killed: the writer, with two workers reading for it
    deadline = time.monotonic() + 300
    while _documents(db) < N // 5 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed"
    workers = _children(process.pid)
    assert workers, "the ingest runs its workers in processes of their own"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # Its workers go with it: none is left waiting for work for ever.
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)

    with Store(db) as store:
        assert store.integrity_check() == "ok"
    killed = _state(db)
    assert 0 < len(killed["documents"]) < N
    # Only whole documents: each one holds all the statements the uninterrupted run gave it.
    counts: dict[object, int] = {}
    for row in killed["attributions"]:
        counts[row[0]] = counts.get(row[0], 0) + 1
    assert all(counts.get(doc[0], 0) == per_document.get(doc[0], 0) for doc in killed["documents"])

    assert _ingest(corpus, db).wait(timeout=600) == 0
    assert _state(db) == expected
