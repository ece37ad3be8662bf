"""The WARC reader: HTML records become documents at their target URIs; the rest is skipped or
reported, never fatal; an archive of pages with chains resolves in the store."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance import InputError, Store, graph_around, ingest, origin
from provenance.readers import Skipped, iter_path
from tests.conftest import Run

RunCli = Callable[..., Run]


def _page(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>".encode()


def _write(writer: WARCWriter, record: object) -> None:
    writer.write_record(record)
    record.raw_stream.close()  # type: ignore[attr-defined]  # warcio spools the payload to a temp file


def _record(
    writer: WARCWriter, url: str, payload: bytes, content_type: str = "text/html; charset=utf-8"
) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
    _write(
        writer, writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
    )


def _archive(path: Path, stories: int = 66) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(stories):
            title = f"Harbor story number {i}"
            origin_url = f"https://harborledger.com/2024/05/{i}"
            _record(
                writer, origin_url, _page(title, "<p>The original words of the story, told here first.</p>")
            )
            _record(
                writer,
                f"https://tidewaterdispatch.com/{i}",
                _page(
                    title,
                    f'<p>Originally published by <a href="{origin_url}">Harbor Ledger</a></p><p>The words.</p>',
                ),
            )
            _record(
                writer,
                f"https://feedcopies.com/{i}",
                _page(
                    title,
                    f'<p>The words.</p><p>The post <a href="https://tidewaterdispatch.com/{i}">{title}</a> '
                    'appeared first on <a href="https://tidewaterdispatch.com">Tidewater Dispatch</a>.</p>',
                ),
            )
        _record(writer, "https://harborledger.com/report.pdf", b"%PDF-1.7 not html", "application/pdf")
        _record(
            writer, "https://harborledger.com/huge", b"<html><body>" + b"x" * 3_000_000 + b"</body></html>"
        )
    # A truncated record at the end: half of one more gzip member.
    member = io.BytesIO()
    writer = WARCWriter(member, gzip=True)
    _record(writer, "https://cut.example/", _page("Cut", "<p>cut</p>"))
    with path.open("ab") as out:
        out.write(member.getvalue()[: len(member.getvalue()) // 2])


def test_archive_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _archive(path, stories=66)  # 198 pages, a PDF, an oversized page, a truncated record
    items = list(iter_path(path, max_bytes=2_000_000))
    docs = [i for i in items if not isinstance(i, (Skipped, Exception))]
    assert len(docs) == 198
    assert docs[0].url == "https://harborledger.com/2024/05/0" and docs[0].kind == "warc"
    assert [i.reason for i in items if isinstance(i, Skipped)] == ["not HTML (application/pdf)"]
    errors = [str(i) for i in items if isinstance(i, Exception)]
    assert len(errors) == 2 and "over the limit" in errors[0]
    assert "truncated" in errors[1]


def test_archive_chains_resolve(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _archive(path, stories=10)
    with Store(tmp_path / "p.db") as store:
        summary = ingest(store, [str(path)], max_bytes=2_000_000)
        assert (summary.new, summary.skipped, len(summary.failed)) == (30, 1, 2)
        found = origin(graph_around(store, "https://feedcopies.com/3"), "https://feedcopies.com/3")
        assert [a.id for a in found[0].path.articles] == [
            "https://harborledger.com/2024/05/3",
            "https://tidewaterdispatch.com/3",
            "https://feedcopies.com/3",
        ]


def test_bomb_like_record_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "bomb.warc.gz"
    body = gzip.compress(b"<html><body>" + b"A" * 50_000_000 + b"</body></html>")
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], protocol="HTTP/1.0"
        )
        _write(
            writer,
            writer.create_warc_record(
                "https://bomb.example/", "response", payload=io.BytesIO(body), http_headers=headers
            ),
        )
    [item] = list(iter_path(path, max_bytes=1_000_000))
    assert isinstance(item, Exception) and "over the limit" in str(item)


def test_cli_ingest_counts_skipped(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _archive(path, stories=2)
    result = run_cli(
        "ingest", str(path), "--db", str(tmp_path / "p.db"), "--max-size", "2", "--format", "json"
    )
    summary = json.loads(result.out)
    assert result.status == 1 and (summary["new"], summary["skipped"], summary["failed"]) == (6, 1, 2)


def test_archive_parsed_by_workers_lands_as_parsed_here(tmp_path: Path) -> None:
    """With 2 workers, the writer reads the archive and a worker parses its pages: the store and
    the summary are the ones one process makes (pages, skipped records and failures alike)."""
    from tests.rows import store_rows

    path = tmp_path / "crawl.warc.gz"
    _archive(path, stories=66)
    states = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            summary = ingest(store, [str(path)], max_bytes=2_000_000, workers=workers)
            states.append(
                (store_rows(store._db), summary.as_dict() | {"seconds": 0, "documents_per_second": 0})
            )
    assert states[0] == states[1]
    assert (states[0][1]["new"], states[0][1]["skipped"], states[0][1]["failed"]) == (198, 1, 2)


def test_a_header_line_of_gigabytes_is_refused_without_reading_it_into_memory(tmp_path: Path) -> None:
    """A sparse file: a header line of 64 MB of NULs (a damaged or hostile archive)."""
    path = tmp_path / "sparse.warc"
    with path.open("wb") as out:
        out.write(b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: ")
        out.seek(64 << 20)
        out.write(b"\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n")
    [error] = list(iter_path(path, max_bytes=1 << 20))
    assert isinstance(error, InputError)
    assert (error.source, error.reason) == (
        f"{path}#1",
        "truncated or malformed archive (over 2,162,688 bytes without a line end); the rest is skipped",
    )
