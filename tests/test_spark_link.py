"""`provenance spark link`: the articles, links, merges and origins that Spark computes from an
extract output are those of a store that `provenance ingest` of the same inputs builds, row for
row, and the origins (every one, in order) those `provenance origin` gives."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from provenance import Store, graph_around, ingest, origin
from provenance.cli import main
from provenance.extracted import extract_shard, write_manifest
from provenance.ingest import input_files
from provenance.synthetic import write_warc_corpus

pq = pytest.importorskip("pyarrow.parquet")

# Documents whose chains hold what a generated crawl lacks: two copies that credit each other (a
# cycle), one article read twice with two different sources (two origins, tied), a copy read
# twice, a credit by URL read before the page it names and one whose page never comes, a URL
# credited before a page of that outlet and title at another URL (which takes its article in, and
# a later credit of the URL names it anew), a page that names its own site (its title loses the
# name) and a copy of it, and two articles of one outlet with one title.
HAND = [
    {
        "id": "a1",
        "url": "https://alphatimes.com/2024/03/01/dam/",
        "title": "Dam Holds After Storm",
        "published": "2024-03-01",
        "text": "The dam held through the night.\n\nOriginally published by Bravo News.",
    },
    {
        "id": "b1",
        "url": "https://bravonews.com/2024/03/01/dam/",
        "title": "Dam Holds After Storm",
        "published": "2024-03-01",
        "text": "The dam held through the night, engineers said.\n\nOriginally published by Alpha Times.",
    },
    {
        "id": "c1",
        "url": "https://charliepost.com/2024/03/02/dam/",
        "title": "Dam Holds After Storm",
        "published": "2024-03-02",
        "text": "The dam held.\n\nOriginally published by Alpha Times.",
    },
    {
        "id": "e1",
        "url": "https://echoherald.com/2024/04/02/rail/",
        "title": "Rail Strike Ends",
        "published": "2024-04-02",
        "text": "The strike ended on Tuesday.\n\nOriginally published by Delta Daily.",
    },
    {
        "id": "e2",
        "url": "https://echoherald.com/2024/04/02/rail/",
        "title": "Rail Strike Ends",
        "published": "2024-04-02",
        "text": "The strike ended on Tuesday, the union said.\n\nOriginally published by Foxtrot Tribune.",
    },
    {
        "id": "d1",
        "url": "https://deltadaily.com/2024/04/01/rail/",
        "title": "Rail Strike Ends",
        "published": "2024-04-01",
        "text": "The strike ended.",
    },
    {
        "id": "d1-again",
        "url": "https://deltadaily.com/2024/04/01/rail/",
        "title": "Rail Strike Ends",
        "published": "2024-04-01",
        "text": "The strike ended.",
    },
    {
        "id": "g1",
        "url": "https://golfgazette.com/2024/05/01/fire/",
        "title": "Fire Contained",
        "published": "2024-05-02",
        "html": '<html><head><title>Fire Contained</title></head><body><p>The fire was contained.</p><p>The post <a href="https://hotelherald.com/2024/05/01/fire/">Fire Contained</a> appeared first on <a href="https://hotelherald.com/">Hotel Herald</a>.</p></body></html>',
    },
    {
        "id": "h1",
        "url": "https://hotelherald.com/2024/05/01/fire/",
        "title": "Fire Contained",
        "published": "2024-05-01",
        "text": "The fire was contained by Friday.",
    },
    {
        "id": "i1",
        "url": "https://indiaink.com/2024/05/03/fire/",
        "title": "Fire Contained Again",
        "published": "2024-05-03",
        "html": '<html><head><title>Fire Contained Again</title></head><body><p>The fire was contained.</p><p>The post <a href="https://julietjournal.com/2024/05/02/fire/">Fire Contained Again</a> appeared first on <a href="https://julietjournal.com/">Juliet Journal</a>.</p></body></html>',
    },
    {
        "id": "n1",
        "url": "https://novemberdaily.com/2024/07/02/storm/",
        "title": "Storm Damage",
        "published": "2024-07-02",
        "html": '<html><head><title>Storm Damage</title></head><body><p>The storm damaged roofs.</p><p>The post <a href="https://mikemonitor.com/2024/07/01/storm/">Storm Damage</a> appeared first on <a href="https://mikemonitor.com/">Mike Monitor</a>.</p></body></html>',
    },
    {
        "id": "m1",
        "url": "https://mikemonitor.com/storm-damage/",
        "title": "Storm Damage",
        "published": "2024-07-01",
        "text": "The storm damaged roofs across the county.",
    },
    {
        "id": "o1",
        "url": "https://oscarobserver.com/2024/07/03/storm/",
        "title": "Storm Damage",
        "published": "2024-07-03",
        "html": '<html><head><title>Storm Damage</title></head><body><p>The storm damaged roofs.</p><p>The post <a href="https://mikemonitor.com/2024/07/01/storm/">Storm Damage</a> appeared first on <a href="https://mikemonitor.com/">Mike Monitor</a>.</p></body></html>',
    },
    {
        "id": "p1",
        "url": "https://papaplanet.com/2024/08/01/bridge/",
        "title": "Bridge Reopens | Papa Planet",
        "published": "2024-08-01",
        "html": '<html><head><title>Bridge Reopens | Papa Planet</title><meta property="og:site_name" content="Papa Planet"></head><body><p>The bridge reopened on Monday.</p></body></html>',
    },
    {
        "id": "q1",
        "url": "https://quebecquarterly.com/2024/08/02/bridge/",
        "title": "Bridge Reopens",
        "published": "2024-08-02",
        "text": "The bridge reopened.\n\nOriginally published by Papa Planet.",
    },
    {
        "id": "k1",
        "url": "https://kilokourier.com/2024/06/01/vote/",
        "title": "Council Vote Delayed",
        "published": "2024-06-01",
        "text": "The vote was delayed.",
    },
    {
        "id": "k2",
        "url": "https://kilokourier.com/2024/06/05/vote/",
        "title": "Council Vote Delayed",
        "published": "2024-06-05",
        "text": "The vote was delayed again.",
    },
    {
        "id": "l1",
        "url": "https://limaledger.com/2024/06/06/vote/",
        "title": "Council Vote Delayed",
        "published": "2024-06-06",
        "text": "The vote was delayed.\n\nOriginally published by Kilo Kourier.",
    },
    {
        "id": "l2",
        "url": "https://limaledger.com/2024/06/03/vote/",
        "title": "Council Vote Delayed",
        "published": "2024-06-03",
        "text": "The vote was delayed, it said.\n\nOriginally published by Kilo Kourier.",
    },
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Three WARC files of a generated crawl with chains, then the documents of `HAND`."""
    folder = tmp_path_factory.mktemp("crawl")
    write_warc_corpus(folder, 360, seed=7, shards=3)
    hand = folder / "hand.jsonl"
    hand.write_text("".join(json.dumps(r) + "\n" for r in HAND), encoding="utf-8")
    return [*input_files([str(folder / "warc")]), str(hand)]


@pytest.fixture(scope="module")
def store(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("direct") / "direct.db"
    with Store(db) as s:
        summary = ingest(s, inputs)
    assert summary.documents == 360 + len(HAND) and not summary.failed
    return db


@pytest.fixture(scope="module")
def extracted(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extracted")
    results = [extract_shard(i, path, str(out)) for i, path in enumerate(inputs)]
    write_manifest(str(out), results, 1.0)
    return out


@pytest.fixture(scope="module")
def linked(extracted: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    out = tmp_path_factory.mktemp("linked") / "out"
    assert main(["spark", "link", "--in", str(extracted), "--out", str(out), "--master", "local[2]"]) == 0
    return out


def _store_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(db)
    queries = {
        "articles": "SELECT id, url, title, outlet_id, published, published_source, inferred = 1 FROM articles",
        "links": "SELECT s.id, t.id, l.outlet_id, l.kind, d.content_hash, a.method, a.evidence_start, l.weight "
        "FROM links l JOIN articles s ON s.n = l.src LEFT JOIN articles t ON t.n = l.dst "
        "JOIN attributions a ON a.id = l.attribution_id JOIN documents d ON d.id = a.document_id",
        "merges": "SELECT inferred_id, article_id, reason FROM merges",
    }
    try:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}
    finally:
        con.close()


def _parquet_rows(extracted: Path, linked: Path) -> dict[str, list[tuple[Any, ...]]]:
    said = {
        (r["shard"], r["seq"], r["index"]): (r["method"], r["evidence_start"])
        for r in pq.read_table(extracted / "statements").to_pylist()
    }
    rows = {name: pq.read_table(linked / name).to_pylist() for name in ("articles", "links", "merges")}
    found = {
        "articles": [
            (
                r["id"],
                r["url"],
                r["title"],
                r["outlet_id"],
                r["published"],
                r["published_source"],
                r["inferred"],
            )
            for r in rows["articles"]
        ],
        "links": [
            (
                r["src"],
                r["dst"],
                r["outlet_id"],
                r["kind"],
                r["content_hash"],
                *said[(r["shard"], r["seq"], r["index"])],
                r["weight"],
            )
            for r in rows["links"]
        ],
        "merges": [(r["inferred_id"], r["article_id"], r["reason"]) for r in rows["merges"]],
    }
    return {name: sorted(found[name], key=repr) for name in found}


@pytest.mark.parametrize("table", ["articles", "links", "merges"])
def test_the_rows_are_the_stores(table: str, store: Path, extracted: Path, linked: Path) -> None:
    theirs = _store_rows(store)[table]
    assert theirs  # the corpus has some of each
    assert _parquet_rows(extracted, linked)[table] == theirs


def _store_origins(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every origin `origin` gives of every article, best first: key, path, confidence, whether a
    cycle ends there and whether it is tied with another."""
    with Store(db) as s:
        return {
            a.id: [
                (
                    o.article.id,
                    [p.id for p in o.path.articles],
                    o.confidence,
                    "cycle" in o.note,
                    "tied" in o.note,
                )
                for o in origin(graph_around(s, a.id), a.id)
            ]
            for a in s.articles()
        }


def test_every_article_has_the_origins_the_store_gives(store: Path, linked: Path) -> None:
    theirs = _store_origins(store)
    mine: dict[str, list[tuple[Any, ...]]] = {}
    for r in sorted(pq.read_table(linked / "origins").to_pylist(), key=lambda r: (r["article"], r["rank"])):
        assert r["origins"] >= r["rank"]
        mine.setdefault(r["article"], []).append(
            (r["origin"], r["path"], r["confidence"], r["cyclic"], r["tied"])
        )
    assert mine == theirs
    # What the hand-made documents are there for: a cycle, ties, several roots.
    firsts = [found[0] for found in theirs.values()]
    assert any(cyclic for _, _, _, cyclic, _ in firsts)
    assert any(tied for _, _, _, _, tied in firsts)
    assert any(len(found) > 1 for found in theirs.values())


def test_the_manifest_is_written_last_and_counts_the_rows(extracted: Path, linked: Path) -> None:
    manifest = json.loads((linked / "_link.json").read_text(encoding="utf-8"))
    for name in ("articles", "links", "merges", "origins"):
        assert manifest[name] == pq.read_table(linked / name).num_rows
    assert manifest["origins"] >= manifest["articles"]  # one row per origin of each article
    # The documents that name their sites, whose aliases a store would learn, are counted.
    naming = [a for a in pq.read_table(extracted / "documents").column("aliases").to_pylist() if a]
    assert manifest["naming_documents"] == len(naming) > 0


def test_an_output_is_not_overwritten_unless_asked(
    extracted: Path, linked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["spark", "link", "--in", str(extracted), "--out", str(linked)]) == 1
    assert "--overwrite" in capsys.readouterr().err


def test_an_input_that_is_not_an_extract_output_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "half").mkdir()
    assert main(["spark", "link", "--in", str(tmp_path / "half"), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert str(tmp_path / "half") in err and "_extract.json" in err


def test_a_damaged_part_is_named_and_its_shard_left_out(
    inputs: list[str], extracted: Path, linked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "extracted"
    shutil.copytree(extracted, damaged)
    last = len(inputs) - 1  # the hand-made documents
    part = damaged / "statements" / f"part-{last:05d}.parquet"
    part.write_bytes(part.read_bytes()[:50])
    out = tmp_path / "linked"
    capsys.readouterr()
    assert main(["spark", "link", "--in", str(damaged), "--out", str(out), "--master", "local[2]"]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {part}: not a readable Parquet part (")
    # The rest is linked as a store links the other inputs alone.
    db = tmp_path / "rest.db"
    with Store(db) as s:
        ingest(s, inputs[:last])
    assert _parquet_rows(extracted, out) == _store_rows(db)
