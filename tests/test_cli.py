"""The command line through its entry point: output contracts, bad input, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance import __version__
from tests.conftest import Run

RunCli = Callable[..., Run]


def test_extract_seed_json(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli("extract", str(seed_path), "--format", "json")
    assert result.status == 0, result.err
    [doc] = json.loads(result.out)
    assert doc["source"] == str(seed_path) and doc["kind"] == "text"
    rows = [(a["relation"], a["outlet"], a["layer"], a["evidence"]["location"]) for a in doc["attributions"]]
    assert rows == [
        ("republished_from", "South Front", 0, "footer"),
        ("republished_from", "ZeroHedge", 1, "header"),
        ("image_credit", "AP", 0, "caption"),
        ("image_credit", "Russian Defense Ministry Press Service", 1, "caption"),
    ]
    first = doc["attributions"][0]
    assert first["title"] == "China Rebuffs Pentagon Chief For Talks Due To Sanctions On Top General"
    assert set(first) == {
        "relation",
        "outlet",
        "outlet_id",
        "url",
        "title",
        "confidence",
        "layer",
        "self_credit",
        "evidence",
    }
    assert set(first["evidence"]) == {"text", "start", "end", "method", "location"}


def test_extract_table(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli("extract", str(seed_path))
    assert result.status == 0
    for words in ("republished_from", "South Front", "ZeroHedge", "footer", "header", "image_credit", "0.95"):
        assert words in result.out


def test_extract_stdin(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"LONDON (Reuters) - Shares fell.")))
    result = run_cli("extract", "-", "--format", "json")
    assert result.status == 0
    [doc] = json.loads(result.out)
    assert doc["source"] == "-" and [a["outlet_id"] for a in doc["attributions"]] == ["reuters"]


def test_extract_url_marks_self_credit(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Originally published by ZeroHedge", encoding="utf-8")
    result = run_cli("extract", str(path), "--url", "https://www.zerohedge.com/x", "--format", "json")
    [a] = json.loads(result.out)[0]["attributions"]
    assert a["self_credit"] is True and a["layer"] is None


def test_bad_inputs_each_get_one_line(run_cli: RunCli, tmp_path: Path, seed_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes(
        "Le texte a été publié à l'origine par Mediapart, a précisé le journal à Genève.".encode("latin-1")
    )
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "folder").mkdir()
    names = ["empty.txt", "image.png", "latin1.txt", "big.txt", "missing.txt", "folder"]
    result = run_cli("extract", *(str(tmp_path / n) for n in names), str(seed_path), "--format", "json")
    assert result.status == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == len(names), result.err
    for name, line in zip(names, lines, strict=True):
        assert name in line
    assert "Traceback" not in result.err
    sources = [d["source"] for d in json.loads(result.out)]
    assert sources == [str(tmp_path / "latin1.txt"), str(seed_path)]
    assert json.loads(result.out)[0]["attributions"][0]["outlet"] == "Mediapart"


def test_usage_errors_exit_2(run_cli: RunCli) -> None:
    assert run_cli("extract").status == 2
    assert run_cli("extract", "x", "--format", "yaml").status == 2
    assert run_cli("no-such-command").status == 2


def test_version(run_cli: RunCli) -> None:
    result = run_cli("--version")
    assert result.status == 0 and __version__ in result.out


def test_bad_registry_is_one_line(run_cli: RunCli, tmp_path: Path, seed_path: Path) -> None:
    bad = tmp_path / "reg.json"
    bad.write_text("{", encoding="utf-8")
    result = run_cli("--registry", str(bad), "extract", str(seed_path))
    assert result.status == 1
    assert result.err.startswith("Error: ") and "reg.json" in result.err and len(result.err.splitlines()) == 1


def test_eval_dev(run_cli: RunCli, dev_dir: Path) -> None:
    result = run_cli("eval", str(dev_dir), "--format", "json", "--show-misses")
    assert result.status == 0
    data = json.loads(result.out)
    assert data["strict"]["precision"] >= 0.95 and data["strict"]["recall"] >= 0.90
    assert "misses" in data


def test_eval_table(run_cli: RunCli, dev_dir: Path) -> None:
    result = run_cli("eval", str(dev_dir), "--show-misses")
    assert result.status == 0
    assert "strict" in result.out and "lenient" in result.out and "unambiguous" in result.out


def test_eval_missing_dir(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("eval", str(tmp_path))
    assert result.status == 1 and "no cases.jsonl" in result.err


def test_python_dash_m(seed_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "provenance", "extract", str(seed_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["attributions"][1]["outlet_id"] == "zerohedge"
