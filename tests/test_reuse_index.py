"""The reuse index: add and query, persistence, transactions, boilerplate, common anchors, hostile input."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance._exceptions import StoreError
from provenance.reuse import REUSE_SCHEMA, ReuseConfig, ReuseIndex, ReuseKind, fingerprint
from provenance.reuse.corpus import generate_reuse_corpus


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    db.executescript(REUSE_SCHEMA)
    yield db
    db.close()


def prose(seed: int, n: int = 300) -> str:
    """``n`` words that no other seed shares, in lines of 50."""
    rng = random.Random(seed)
    ws = [f"{rng.choice('bdfgklmnprstvz')}{rng.choice('aeiou')}{rng.randrange(10**6)}" for _ in range(n)]
    return "\n".join(" ".join(ws[i : i + 50]) for i in range(0, n, 50))


def edit(text: str, every: int) -> str:
    ws = text.split(" ")
    return " ".join(f"edited{i}" if i % every == every // 2 else w for i, w in enumerate(ws))


def test_near_copy_found_unrelated_not(conn: sqlite3.Connection) -> None:
    index = ReuseIndex(conn)
    original = prose(1)
    assert index.index(1, original, outlet_id="alpha", published="2024-01-01") == []
    assert index.index(2, prose(2), outlet_id="beta") == []
    found = index.index(3, edit(original, 100), outlet_id="gamma", published="2024-01-02")
    assert [(c.doc_id, c.kind) for c in found] == [(1, ReuseKind.NEAR_COPY)]
    (c,) = found
    assert c.jaccard >= 0.8
    assert c.query_in_match > 0.85 and c.match_in_query > 0.85
    assert (c.outlet_id, c.published) == ("alpha", "2024-01-01")


def test_partial_copy_found_with_its_shares(conn: sqlite3.Connection) -> None:
    index = ReuseIndex(conn)
    source = prose(10, 600)
    excerpt = "\n".join(source.split("\n")[4:8])  # 200 of the 600 words
    index.index(1, source, outlet_id="alpha")
    (c,) = index.index(2, excerpt + "\n" + prose(11, 100), outlet_id="beta")
    assert c.kind is ReuseKind.PARTIAL
    assert c.jaccard < 0.8
    assert 0.55 < c.query_in_match < 0.85  # two thirds of the copy come from the source
    assert 0.2 < c.match_in_query < 0.45  # a third of the source was copied
    assert c.containment == c.query_in_match


def test_query_does_not_add_and_excludes_itself(conn: sqlite3.Connection) -> None:
    index = ReuseIndex(conn)
    text = prose(3)
    fp = index.fingerprint(text)
    assert index.query(fp) == []
    assert len(index) == 0
    assert index.add(7, fp, outlet_id="alpha") is True
    assert index.add(7, fp, outlet_id="alpha") is False
    assert len(index) == 1 and 7 in index and 8 not in index
    assert [c.doc_id for c in index.query(fp, outlet_id="beta")] == [7]
    assert index.query(fp, outlet_id="beta", exclude=7) == []


def test_index_of_a_known_id_adds_nothing(conn: sqlite3.Connection) -> None:
    index = ReuseIndex(conn)
    text = prose(4)
    index.index(1, text, outlet_id="alpha")
    index.index(2, text, outlet_id="beta")
    rows = conn.execute("SELECT count(*) FROM reuse_postings").fetchone()
    lines = conn.execute("SELECT sum(docs) FROM reuse_lines").fetchone()
    assert [c.doc_id for c in index.index(2, text, outlet_id="beta")] == [1]
    assert conn.execute("SELECT count(*) FROM reuse_postings").fetchone() == rows
    assert conn.execute("SELECT sum(docs) FROM reuse_lines").fetchone() == lines


def test_pairs_within_one_outlet_are_left_out_unless_asked(conn: sqlite3.Connection) -> None:
    text = prose(5)
    index = ReuseIndex(conn)
    index.index(1, text, outlet_id="alpha")
    assert index.index(2, text, outlet_id="alpha") == []
    assert [c.doc_id for c in ReuseIndex(conn, ReuseConfig(same_outlet=True)).query(fingerprint(text))] == [
        1,
        2,
    ]


def test_persists_across_connections(tmp_path: Path) -> None:
    path = tmp_path / "reuse.db"
    first = sqlite3.connect(path)
    first.executescript(REUSE_SCHEMA)
    index = ReuseIndex(first)
    index.index(1, prose(6), outlet_id="alpha", published="2024-02-03T10:00:00+01:00")
    first.commit()
    first.close()
    second = sqlite3.connect(path)
    index = ReuseIndex(second)
    assert len(index) == 1
    doc = index.get(1)
    assert doc is not None
    assert (doc.outlet_id, doc.published, len(doc.signature)) == ("alpha", "2024-02-03T09:00:00+00:00", 128)
    assert doc.signature.tolist() == fingerprint(prose(6)).signature.tolist()
    assert [c.doc_id for c in index.index(2, edit(prose(6), 50), outlet_id="beta")] == [1]
    second.close()


def test_never_commits(tmp_path: Path) -> None:
    path = tmp_path / "reuse.db"
    conn = sqlite3.connect(path)
    conn.executescript(REUSE_SCHEMA)
    index = ReuseIndex(conn)
    conn.commit()
    index.index(1, prose(7), outlet_id="alpha")
    assert conn.in_transaction
    conn.rollback()
    assert len(index) == 0
    assert conn.execute("SELECT count(*) FROM reuse_postings").fetchone() == (0,)
    conn.close()


def test_refuses_other_fingerprint_settings(conn: sqlite3.Connection) -> None:
    ReuseIndex(conn)
    ReuseIndex(conn, ReuseConfig(jaccard_threshold=0.9, containment_threshold=0.5))  # decisions may change
    with pytest.raises(StoreError, match=r"shingle=5 \(asked 4\)"):
        ReuseIndex(conn, ReuseConfig(shingle=4))
    conn.execute("UPDATE reuse_settings SET value = '0' WHERE name = 'sketch'")
    with pytest.raises(StoreError, match=r"sketch=0 \(asked 2\)"):
        ReuseIndex(conn)


def test_missing_tables_are_a_store_error() -> None:
    with pytest.raises(StoreError, match="REUSE_SCHEMA"):
        ReuseIndex(sqlite3.connect(":memory:"))


def test_too_short_texts_are_kept_but_never_matched(conn: sqlite3.Connection) -> None:
    index = ReuseIndex(conn)
    short = "Read more on our website today please"
    assert index.index(1, short, outlet_id="alpha") == []
    assert index.index(2, short, outlet_id="beta") == []
    assert len(index) == 2
    assert conn.execute("SELECT count(*) FROM reuse_postings").fetchone() == (0,)


def footer_outlet(index: ReuseIndex, outlet: str, footer: str, first_id: int, pages: int) -> list[list[int]]:
    """Index ``pages`` short pages of one outlet, each a distinct 60-word body and the same long footer."""
    found = []
    for i in range(pages):
        hits = index.index(first_id + i, prose(1000 + first_id + i, 60) + "\n" + footer, outlet_id=outlet)
        found.append([c.doc_id for c in hits])
    return found


def test_boilerplate_does_not_make_an_outlets_pages_copies() -> None:
    footer = prose(99, 150)  # a disclaimer of three 50-word lines on every page
    with_boilerplate = ReuseIndex(_fresh(), ReuseConfig(same_outlet=True))
    found = footer_outlet(with_boilerplate, "alpha", footer, 1, 8)
    # The first pages, before the footer is known as boilerplate, look alike; later ones match nothing.
    assert found[1] == [1]
    assert all(hits == [] for hits in found[4:])
    assert with_boilerplate.boilerplate_lines("alpha") == 3
    without = ReuseIndex(_fresh(), ReuseConfig(same_outlet=True, boilerplate_docs=10**6))
    assert all(hits for hits in footer_outlet(without, "alpha", footer, 1, 8)[1:])


def test_long_lines_are_never_boilerplate() -> None:
    index = ReuseIndex(_fresh())
    long_line = prose(94, 100).replace("\n", " ")  # 100 words: prose, however often repeated
    footer_outlet(index, "alpha", long_line, 1, 6)
    assert index.boilerplate_lines("alpha") == 0


def test_boilerplate_is_counted_per_outlet() -> None:
    index = ReuseIndex(_fresh())
    footer = prose(98, 150)
    footer_outlet(index, "alpha", footer, 1, 5)
    assert index.boilerplate_lines("alpha") == 3
    assert index.boilerplate_lines("beta") == 0
    assert index.fingerprint("x\n" + footer, "alpha").boilerplate == 3
    assert index.fingerprint("x\n" + footer, "beta").boilerplate == 0


def test_boilerplate_removal_lets_copies_across_outlets_match() -> None:
    """A copy on another outlet with each side's long footer: a near copy only once footers are known."""
    index = ReuseIndex(_fresh())
    footer_a, footer_b = prose(97, 200), prose(96, 200)
    footer_outlet(index, "alpha", footer_a, 1, 4)
    footer_outlet(index, "beta", footer_b, 101, 4)
    article = prose(95, 300)
    index.index(200, article + "\n" + footer_a, outlet_id="alpha")
    (c,) = index.index(201, edit(article, 100) + "\n" + footer_b, outlet_id="beta")
    assert (c.doc_id, c.kind) == (200, ReuseKind.NEAR_COPY)
    plain = fingerprint(article + "\n" + footer_a).jaccard(fingerprint(edit(article, 100) + "\n" + footer_b))
    assert plain < 0.6  # without the boilerplate step it would not be a near copy


def test_common_anchors_stop_being_evidence() -> None:
    config = ReuseConfig(max_anchor_docs=3)
    index = ReuseIndex(_fresh(), config)
    stock = prose(90, 120)  # a long stock passage many unrelated texts carry
    hits = [index.index(i, prose(500 + i, 150) + "\n" + stock, outlet_id=f"o{i}") for i in range(8)]
    assert [c.doc_id for c in hits[1]] == [0]  # while rare, the shared passage is partial reuse
    assert all(h == [] for h in hits[4:])  # once common, it is not
    marked = index.conn.execute(
        "SELECT count(DISTINCT key) FROM reuse_postings WHERE doc_id = -1"
    ).fetchone()[0]
    assert marked > 0
    busiest = index.conn.execute(
        "SELECT max(n) FROM (SELECT count(*) AS n FROM reuse_postings GROUP BY key)"
    ).fetchone()[0]
    assert busiest <= config.max_anchor_docs


def test_band_buckets_keep_their_first_documents() -> None:
    config = ReuseConfig(max_anchor_docs=3)
    index = ReuseIndex(_fresh(), config)
    text = prose(80)
    for i in range(6):
        index.index(i, text, outlet_id=f"o{i}")
    # The origin stays findable however many verbatim copies follow.
    assert [c.doc_id for c in index.query(fingerprint(text), outlet_id="late")] == [0, 1, 2]


def test_generated_corpus_pairs(conn: sqlite3.Connection) -> None:
    index = ReuseIndex(conn)
    docs = list(generate_reuse_corpus(400, near_copies=40, partial_copies=20, seed=1))
    found: dict[tuple[int, int], ReuseKind] = {}
    for d in docs:
        for c in index.index(d.doc_id, d.text, outlet_id=d.outlet_id, published=d.published):
            found[(c.doc_id, d.doc_id)] = c.kind
    assert all(docs[a].root == docs[b].root for a, b in found)
    copies = [(d.source, d.doc_id) for d in docs if d.source is not None]
    assert sum(p in found for p in copies) >= 0.95 * len(copies)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "word",
        "word " * 2_000_000,
        "\n" * 10_000_000,
        " ".join(f"w{i}" for i in range(1_500_000)),
    ],
    ids=["empty", "one-word", "one-word-10MB", "newlines-10MB", "distinct-words-10MB"],
)
def test_hostile_texts_index_in_bounded_time(conn: sqlite3.Connection, text: str) -> None:
    index = ReuseIndex(conn)
    start = time.perf_counter()
    index.index(1, text, outlet_id="alpha")
    found = index.index(2, text, outlet_id="beta")
    assert time.perf_counter() - start < 10.0
    assert len(index) == 2
    assert [c.doc_id for c in found] == ([1] if fingerprint(text).shingles >= 20 else [])


def _fresh() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.executescript(REUSE_SCHEMA)
    return db
