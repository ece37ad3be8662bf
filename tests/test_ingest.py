"""Ingest's pieces of work: JSON lines cut by bytes read like the file, line by line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import Store, ingest
from provenance.models import Document
from provenance.readers import iter_path


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
