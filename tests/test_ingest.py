"""Ingest's pieces of work: JSON lines cut by bytes read like the file, line by line; a file, line or
document that fails, or a worker that dies, loses nothing else."""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provenance import Store, ingest
from provenance._exceptions import InputError
from provenance.models import Document
from provenance.readers import READERS, iter_path

# The module, not the function `provenance.ingest` that the package exports under its name.
ingest_module = importlib.import_module("provenance.ingest")


def _line(i: int, words: int = 40) -> str:
    text = f"Story {i}. " + "word " * words + "\nOriginally published by ZeroHedge"
    return json.dumps({"url": f"https://copy.example/a/{i}", "title": f"Story {i}", "text": text})


@pytest.mark.parametrize("workers", [1, 2])
def test_json_lines_over_several_pieces_read_as_the_file_says(tmp_path: Path, workers: int) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [_line(i, words=i % 700) for i in range(400)]  # about 600 KB: several pieces
    lines[123] = "{broken"
    corpus.write_text("\r\n".join(lines))  # CRLF, and no newline at the end
    expected = [d for d in iter_path(corpus) if isinstance(d, Document)]
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(corpus)], workers=workers)
        sources = sorted(row[0] for row in store._db.execute("SELECT source FROM documents"))
    assert summary.new == len(expected) == 399
    assert summary.failed == [(f"{corpus}:124", summary.failed[0][1])]
    assert sources == sorted(d.source for d in expected)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_line_over_the_limit_is_reported_and_skipped_unread(tmp_path: Path, workers: int) -> None:
    corpus = tmp_path / "c.jsonl"
    huge = json.dumps({"text": "x" * 3_000_000})
    corpus.write_text("\n".join([_line(1), huge, _line(3)]) + "\n")
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(corpus)], workers=workers, max_bytes=1_000_000)
    assert summary.new == 2
    assert [source for source, _ in summary.failed] == [f"{corpus}:2"]
    assert "over the limit of 1,000,000 bytes" in summary.failed[0][1]


# ---------------------------------------------------------------- one bad record stops nothing


def _folder(tmp_path: Path, count: int = 6) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:02}.txt").write_text(
            f"Story {i}\nOriginally published by ZeroHedge\nWords of story {i}.\n"
        )
    return folder


def _breaking(monkeypatch: pytest.MonkeyPatch, how: Callable[[bytes], None]) -> None:
    """Make the text reader call ``how`` on each file's bytes before reading it."""
    read = READERS["text"]

    def reader(data: bytes, source: str, **options: Any) -> list[Document]:
        how(data)
        return read(data, source, **options)

    monkeypatch.setitem(READERS, "text", reader)


def _in_worker() -> bool:
    return multiprocessing.parent_process() is not None


@pytest.mark.parametrize("workers", [1, 2])
def test_a_reader_failing_unforeseen_loses_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    folder = _folder(tmp_path)

    def how(data: bytes) -> None:
        if b"story 3" in data:
            raise ValueError("chr() arg not in range(0x110000)")

    _breaking(monkeypatch, how)
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(folder)], workers=workers)
    assert summary.new == 5
    [(source, reason)] = summary.failed
    assert source == str(folder / "03.txt")
    assert reason.startswith("could not be read (ValueError: chr() arg not in range(0x110000))")


def test_a_worker_that_dies_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A worker killed on a piece (out of memory, say): the piece is worked on again here."""
    folder = _folder(tmp_path, count=80)  # several pieces

    def how(data: bytes) -> None:
        if b"story 40" in data and _in_worker():
            os._exit(9)

    _breaking(monkeypatch, how)
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(folder)], workers=3)
    assert (summary.new, summary.failed) == (80, [])
    assert "an ingest worker stopped (exit status 9)" in caplog.text


def test_a_record_that_kills_every_worker_is_reported_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, count=80)

    def how(data: bytes) -> None:
        if b"story 40" in data:
            if _in_worker():
                os._exit(9)
            raise MemoryError("out of memory")

    _breaking(monkeypatch, how)
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(folder)], workers=2)
    assert summary.new == 79
    assert [(source, reason.split(" (")[0]) for source, reason in summary.failed] == [
        (str(folder / "40.txt"), "could not be read")
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_line_failing_unforeseen_loses_only_that_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(_line(i) for i in range(50)) + "\n")
    read = ingest_module.iter_jsonl

    def iter_jsonl(lines: Any, source: str, **options: Any) -> Any:
        for doc in read(lines, source, **options):
            if isinstance(doc, Document) and doc.title == "Story 17":
                raise RecursionError("maximum recursion depth exceeded")
            yield doc

    monkeypatch.setattr(ingest_module, "iter_jsonl", iter_jsonl)
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(corpus)], workers=workers)
    assert summary.new == 49
    assert [source for source, _ in summary.failed] == [f"{corpus}:18"]


def test_a_document_the_store_fails_on_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    write = Store._write

    def failing(store: Store, doc: Document, *args: Any) -> None:
        write(store, doc, *args)  # half written, then undone
        if doc.source.endswith("02.txt"):
            raise TypeError("unhashable type: 'list'")

    monkeypatch.setattr(Store, "_write", failing)
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(folder)])
        sources = sorted(Path(row[0]).name for row in store._db.execute("SELECT source FROM documents"))
        assert store.integrity_check() == "ok"
    assert summary.new == 5
    assert [Path(source).name for source, _ in summary.failed] == ["02.txt"]
    assert sources == ["00.txt", "01.txt", "03.txt", "04.txt", "05.txt"]


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "03.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    with Store(tmp_path / "s.db") as store, pytest.raises(InputError, match=r"03\.txt: this is a PNG image"):
        ingest(store, [str(folder)], fail_fast=True)
