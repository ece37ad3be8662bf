"""The graph commands end to end: ingest, origin, paths, spread, show, outlets, stats."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

RunCli = Callable[..., Run]
TITLE = "China Rebuffs Pentagon Chief For Talks Due To Sanctions On Top General"
ZH_URL = "https://www.zerohedge.com/geopolitical/china-rebuffs-pentagon-chief-talks-due-sanctions-top-general"


@pytest.fixture
def seeded(run_cli: RunCli, tmp_path: Path, seed_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "seed"
    folder.mkdir()
    shutil.copy(seed_path, folder / seed_path.name)
    db = tmp_path / "p.db"
    result = run_cli("ingest", str(folder), "--db", str(db), "--format", "json")
    assert result.status == 0, result.err
    return db, folder / seed_path.name


def _origin(run_cli: RunCli, db: Path, ref: str) -> dict[str, object]:
    result = run_cli("origin", ref, "--db", str(db), "--format", "json")
    assert result.status == 0, result.err
    data: dict[str, object] = json.loads(result.out)
    return data


def test_seed_origin_is_zerohedge_through_south_front(run_cli: RunCli, seeded: tuple[Path, Path]) -> None:
    db, seed = seeded
    data = _origin(run_cli, db, str(seed))
    [first, *_] = data["origins"]  # type: ignore[misc]
    assert first["outlet"]["id"] == "zerohedge"
    assert [a["outlet_id"] for a in first["path"]] == ["zerohedge", "southfront", None]
    assert first["path"][-1]["id"] == data["article"]["id"]  # type: ignore[index]
    assert first["path"][0]["inferred"] is True


def test_spread_from_zerohedge_reaches_the_seed(run_cli: RunCli, seeded: tuple[Path, Path]) -> None:
    db, seed = seeded
    origin = _origin(run_cli, db, str(seed))["origins"][0]["article"]["id"]  # type: ignore[index]
    result = run_cli("spread", origin, "--db", str(db), "--format", "json")
    assert result.status == 0, result.err
    tree = json.loads(result.out)
    [south_front] = tree["copies"]
    [seed_copy] = south_front["copies"]
    assert south_front["article"]["outlet_id"] == "southfront"
    assert seed_copy["article"]["title"] == TITLE


def test_zerohedge_article_takes_the_inferred_place(
    run_cli: RunCli, seeded: tuple[Path, Path], tmp_path: Path
) -> None:
    db, seed = seeded
    own = tmp_path / "zh.jsonl"
    record = {
        "url": ZH_URL,
        "title": TITLE,
        "text": "The US confirmed Monday that Beijing resists all contacts.",
    }
    own.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert run_cli("ingest", str(own), "--db", str(db)).status == 0
    data = _origin(run_cli, db, str(seed))
    [first] = data["origins"]  # type: ignore[misc]
    assert first["article"]["url"] == ZH_URL and first["article"]["inferred"] is False
    stats = json.loads(run_cli("stats", "--db", str(db), "--format", "json").out)
    assert stats["merges"] == 1 and stats["inferred_articles"] == 1  # South Front's is still only named


def test_ingest_twice_changes_nothing(run_cli: RunCli, seeded: tuple[Path, Path]) -> None:
    db, seed = seeded
    before = run_cli("stats", "--db", str(db), "--format", "json").out
    again = json.loads(run_cli("ingest", str(seed), "--db", str(db), "--format", "json").out)
    assert (again["new"], again["unchanged"]) == (0, 1)
    assert run_cli("stats", "--db", str(db), "--format", "json").out == before


def test_bad_file_among_good_ones(run_cli: RunCli, tmp_path: Path, seed_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_path, folder / "a.txt")
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "README.md").write_text("Originally published by Nobody Here", encoding="utf-8")
    (folder / "c.jsonl").write_text(
        '{"text": "LONDON (Reuters) - Shares fell.", "url": "https://x.com/a"}\n{oops\n', encoding="utf-8"
    )
    result = run_cli("ingest", str(folder), "--db", str(tmp_path / "p.db"), "--format", "json")
    assert result.status == 1
    summary = json.loads(result.out)
    assert (summary["new"], summary["failed"]) == (2, 2)
    assert {f["source"].rsplit("/", 1)[-1] for f in summary["failures"]} == {"b.txt", "c.jsonl:2"}


@pytest.mark.parametrize("fmt", ["tree", "table", "json"])
@pytest.mark.parametrize("command", ["origin", "paths", "spread"])
def test_every_format_renders(run_cli: RunCli, seeded: tuple[Path, Path], command: str, fmt: str) -> None:
    db, seed = seeded
    result = run_cli(command, str(seed), "--db", str(db), "--format", fmt)
    assert result.status == 0, result.err
    assert "China Rebuffs" in result.out


def test_show_lists_the_evidence(run_cli: RunCli, seeded: tuple[Path, Path]) -> None:
    db, seed = seeded
    result = run_cli("show", str(seed), "--db", str(db), "--format", "json")
    data = json.loads(result.out)
    assert [a["outlet"] for a in data["attributions"]][:2] == ["South Front", "ZeroHedge"]
    assert data["documents"][0]["source"] == str(seed)


def test_outlets_and_stats(run_cli: RunCli, seeded: tuple[Path, Path]) -> None:
    db, _ = seeded
    outlets = {o["id"]: o for o in json.loads(run_cli("outlets", "--db", str(db), "--format", "json").out)}
    assert outlets["zerohedge"]["credited"] == 1 and outlets["ap"]["credited"] == 1
    stats = json.loads(run_cli("stats", "--db", str(db), "--format", "json", "--conflicts").out)
    assert stats["documents"] == 1 and stats["republication_links"] == 2 and stats["conflicts"] == []


def test_title_words_with_several_matches_exit_1(run_cli: RunCli, seeded: tuple[Path, Path]) -> None:
    db, _ = seeded
    result = run_cli("origin", "china rebuffs", "--db", str(db))
    assert result.status == 1
    assert "matches 3 articles" in result.err


def test_unknown_ref_and_missing_store(run_cli: RunCli, seeded: tuple[Path, Path], tmp_path: Path) -> None:
    db, _ = seeded
    missing = run_cli("origin", "nothing of the sort", "--db", str(db))
    assert missing.status == 1 and "no article matches" in missing.err
    nostore = run_cli("origin", "x", "--db", str(tmp_path / "none.db"))
    assert nostore.status == 1 and "no store here yet" in nostore.err


def test_mutual_claims_are_reported_not_looped(run_cli: RunCli, tmp_path: Path) -> None:
    lines = [
        {
            "url": "https://alpha-news.com/a",
            "title": "Same Story",
            "text": "Same Story\nOriginally published by Beta Daily\nBody.",
        },
        {
            "url": "https://betadaily.com/b",
            "title": "Same Story",
            "text": "Same Story\nOriginally published by Alpha News\nBody.",
        },
    ]
    path = tmp_path / "mutual.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    assert run_cli("ingest", str(path), "--db", db).status == 0
    stats = json.loads(run_cli("stats", "--db", db, "--conflicts", "--format", "json").out)
    assert [c["kind"] for c in stats["conflicts"]] == ["mutual claim"]
    result = run_cli("origin", "https://alpha-news.com/a", "--db", db, "--format", "json")
    assert result.status == 0
    assert "cycle" in json.loads(result.out)["origins"][0]["note"]


def test_failed_inputs_are_also_on_stderr(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli(
        "ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "p.db"), "--format", "json"
    )
    assert result.status == 1
    assert result.err.startswith("Error: ") and "empty.txt" in result.err


def test_url_names_one_copy(run_cli: RunCli, tmp_path: Path, seed_path: Path) -> None:
    result = run_cli(
        "ingest", str(seed_path), str(seed_path), "--url", "https://x.org/a", "--db", str(tmp_path / "p.db")
    )
    assert result.status == 2


def test_ref_by_json_lines_path(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    records = [
        {"url": f"https://site.com/{i}", "title": f"Story {i}", "text": f"Story {i}\nWords."}
        for i in range(2)
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    assert run_cli("ingest", str(path), "--db", db).status == 0
    several = run_cli("show", str(path), "--db", db)
    assert several.status == 1 and "matches 2 articles" in several.err
    one = run_cli("show", f"{path}:2", "--db", db, "--format", "json")
    assert json.loads(one.out)["article"]["url"] == "https://site.com/1"
