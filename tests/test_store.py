"""The store: migrations, one transaction a document, idempotence, merges, references."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from provenance import StoreError, text_document
from provenance.store import MIGRATIONS, Store
from tests.rows import store_rows

SEED_TITLE = "China Rebuffs Pentagon Chief For Talks Due To Sanctions On Top General"


@pytest.fixture
def store() -> Store:
    with Store(":memory:") as fresh:
        yield fresh


def _rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return store_rows(store._db)


def test_migrations_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Store(path) as store:
        assert store.version == max(v for v, _, _ in MIGRATIONS)
    with Store(path) as again:
        assert again.version == max(v for v, _, _ in MIGRATIONS)
        rows = again._db.execute("SELECT version, name FROM schema_migrations").fetchall()
    assert rows == [(v, n) for v, n, _ in MIGRATIONS]


def test_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "p.db") as store:
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_not_a_store(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"bad\.db: not a provenance store"):
        Store(bad)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "p.db")


def test_seed_chain(store: Store, seed_path: Path) -> None:
    doc = text_document(seed_path.read_text(encoding="utf-8"), str(seed_path))
    result = store.add(doc)
    assert result.status == "new" and result.attributions == 4
    links = {
        (
            link.src.split(":")[1] if link.src.startswith("inferred:") else "seed",
            link.dst.split(":")[1]
            if link.dst.startswith("inferred:")
            else link.dst
            if link.kind == "credits"
            else "seed",
            link.kind,
        )
        for link in store.all_links()
    }
    assert ("southfront", "seed", "republished") in links
    assert ("zerohedge", "southfront", "republished") in links
    assert ("seed", "ap", "credits") in links
    inferred = [a for a in store.articles() if a.inferred]
    assert {a.outlet_id for a in inferred} == {"southfront", "zerohedge"}
    assert all(a.title == SEED_TITLE for a in inferred)


def test_same_document_twice_changes_nothing(store: Store, seed_path: Path) -> None:
    doc = text_document(seed_path.read_text(encoding="utf-8"), str(seed_path))
    store.add(doc)
    before = _rows(store)
    assert store.add(doc).status == "unchanged"
    assert _rows(store) == before


def test_a_document_given_with_its_statements_is_stored_once(store: Store, seed_path: Path) -> None:
    # The path of ingest's batches: statements and keys worked out beforehand, no look-up first.
    from provenance import extract
    from provenance.store import document_keys

    doc = text_document(seed_path.read_text(encoding="utf-8"), str(seed_path))
    found, keys = extract(doc), document_keys(doc)
    with store.grouped(), store.batch():  # the batch's documents share a savepoint, as ingest writes them
        first = store.add(doc, found, keys=keys)
        before = _rows(store)
        again = store.add(doc, found, keys=keys)
        assert _rows(store) == before
    assert (first.status, again.status) == ("new", "unchanged")
    assert again.article_id == first.article_id and again.attributions == first.attributions == len(found)
    assert _rows(store) == before


def test_inferred_article_merges_into_the_real_one(store: Store, seed_path: Path) -> None:
    store.add(text_document(seed_path.read_text(encoding="utf-8"), str(seed_path)))
    own = text_document(
        f"{SEED_TITLE}\nThe US confirmed Monday that Beijing continues resisting all contacts.\n"
        "The latest is that the Secretary of Defense reached out to his counterpart.\nMore words.",
        "zh.txt",
        url="https://www.zerohedge.com/geopolitical/china-rebuffs-pentagon-chief?utm_source=rss",
    )
    store.add(own)
    ids = [a.id for a in store.articles()]
    assert "https://zerohedge.com/geopolitical/china-rebuffs-pentagon-chief" in ids
    assert not any(i.startswith("inferred:zerohedge") for i in ids)
    merged = store._db.execute("SELECT inferred_id, article_id, reason FROM merges").fetchall()
    assert [(m[1], m[2]) for m in merged] == [
        ("https://zerohedge.com/geopolitical/china-rebuffs-pentagon-chief", "title")
    ]
    sources = {link.src for link in store.all_links() if link.kind == "republished"}
    assert "https://zerohedge.com/geopolitical/china-rebuffs-pentagon-chief" in sources


def test_linked_url_becomes_real(store: Store) -> None:
    store.add(
        text_document(
            "Copy text.\nOriginally published by Example at https://example.org/2024/story-one",
            "copy.txt",
            url="https://copies.net/story",
        )
    )
    assert (
        store.article("https://example.org/2024/story-one") is None
        or store.article("https://example.org/2024/story-one").inferred
    )
    store.add(
        text_document(
            "Story One\nThe original words of the story, long enough.",
            "orig.txt",
            url="https://www.example.org/2024/story-one/",
        )
    )
    article = store.article("https://example.org/2024/story-one")
    assert article is not None and not article.inferred


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        pytest.param("https://www.zerohedge.com/geopolitical/china-rebuffs-pentagon-chief#x", 1, id="url"),
        pytest.param("https://zerohedge.com/geopolitical/china-rebuffs-pentagon-chief", 1, id="key"),
        pytest.param("zh.txt", 1, id="path"),
        pytest.param("china rebuffs pentagon", 2, id="title-words-several"),
        pytest.param("nothing like this", 0, id="none"),
    ],
)
def test_find_articles(store: Store, ref: str, expected: int) -> None:
    store.add(
        text_document(
            f"{SEED_TITLE}\nOriginally published by ZeroHedge\n" + "Body words here. " * 10,
            "copy.txt",
            url="https://copies.net/a",
        )
    )
    store.add(
        text_document(
            f"{SEED_TITLE}\n" + "Other body words. " * 10,
            "zh.txt",
            url="https://www.zerohedge.com/geopolitical/china-rebuffs-pentagon-chief",
        )
    )
    assert len(store.find_articles(ref)) == expected


def test_integrity(store: Store) -> None:
    assert store.integrity_check() == "ok"


def test_rollback_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_link_chain", boom)
    with pytest.raises(sqlite3.OperationalError):
        store.add(text_document("Originally published by ZeroHedge", "x.txt"))
    assert store.stats()["documents"] == 0 and store.stats()["attributions"] == 0


def test_parallel_ingest_writes_the_same_store(tmp_path: Path) -> None:
    from provenance import ingest
    from provenance.synthetic import write_corpus

    corpus = write_corpus(tmp_path, 300, seed=3)
    states = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            summary = ingest(store, [str(corpus)], workers=workers)
            assert summary.new == 300
            states.append(_rows(store))
    assert states[0] == states[1]


def test_a_failed_batch_leaves_none_of_its_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [text_document(f"Story {i}. Originally published by ZeroHedge", f"{i}.txt") for i in range(4)]
    with Store(tmp_path / "b.db") as store:
        with pytest.raises(sqlite3.OperationalError), store.grouped():
            with store.batch():
                store.add(docs[0])
                store.add(docs[1])
            with store.batch():
                store.add(docs[2])
                monkeypatch.setattr(store, "_link_chain", _disk_error)
                store.add(docs[3])
        monkeypatch.undo()
        sources = [row[0] for row in store._db.execute("SELECT source FROM documents ORDER BY source")]
        assert sources == ["0.txt", "1.txt"]  # the first batch is kept whole, the second is gone
        assert store._db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        store.add(docs[2])  # and the outlets the undone batch wrote are written again
        assert store.outlet("zerohedge") is not None


def _disk_error(*args: object) -> None:
    raise sqlite3.OperationalError("disk I/O error")


def test_parallel_ingest_of_mixed_inputs_matches_one_process(tmp_path: Path) -> None:
    from provenance import ingest

    root = Path(__file__).resolve().parents[1]
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    lines = [
        '{"url": "https://harborledger.com/a/1", "title": "Tide", "text": "The tide rose."}',
        "not json",
        '{"url": "https://copy.example/a/2", "text": "The tide rose.\\nOriginally published by Harbor Ledger"}',
    ]
    (inputs / "a.jsonl").write_text("\n".join(lines * 40) + "\n")
    for i in range(40):  # more files than one piece of work holds
        (inputs / f"page{i:02}.html").write_text(
            f"<html><head><title>Page {i}</title></head><body><p>Words of page {i} here.</p>"
            "<p>This article was originally published by ProPublica.</p></body></html>"
        )
    paths = [str(inputs), str(root / "examples" / "syndication-chain"), str(tmp_path / "missing.txt")]
    states = []
    for workers in (1, 2):
        with Store(tmp_path / f"m{workers}.db") as store:
            summary = ingest(store, paths, workers=workers)
            again = ingest(store, paths, workers=workers)
            states.append((_rows(store), summary.as_dict() | {"seconds": 0, "documents_per_second": 0}))
            assert again.new == 0 and again.unchanged == summary.new + summary.unchanged
    assert states[0] == states[1]
    one = states[0][1]
    assert one["failed"] == 41  # 40 bad lines and the missing file, each named
    assert {f["source"] for f in one["failures"]} >= {
        f"{inputs / 'a.jsonl'}:2",
        str(tmp_path / "missing.txt"),
    }
    chain = sorted((root / "examples" / "syndication-chain").iterdir())
    examples = sum(
        len(f.read_text().splitlines()) if f.suffix == ".jsonl" else f.suffix == ".txt" for f in chain
    )
    assert one["new"] == 2 + 40 + examples  # repeated lines are one document each


def _v2_store(path: Path, monkeypatch: pytest.MonkeyPatch, text: str, url: str) -> None:
    """A store as migration 2 left it: article keys in documents and links, hex content hashes."""
    import hashlib

    import provenance.store
    from provenance.urls import title_key

    with monkeypatch.context() as patched:
        patched.setattr(provenance.store, "MIGRATIONS", MIGRATIONS[:2])
        Store(path).close()
    inferred = f"inferred:zerohedge:{url}"
    key = title_key(SEED_TITLE)
    digest = hashlib.sha256(url.encode() + b"\x00" + text.encode()).hexdigest()
    with sqlite3.connect(path) as db:
        db.executescript(
            f"""
            INSERT INTO outlets VALUES ('zerohedge', 'ZeroHedge', 'news', '["zerohedge.com"]');
            INSERT INTO outlets VALUES ('reuters', 'Reuters', 'wire', '["reuters.com"]');
            INSERT INTO articles VALUES ('{url}', '{url}', '{SEED_TITLE}', '{key}', 'southfront', NULL, NULL, 0);
            INSERT INTO articles VALUES ('{inferred}', NULL, '{SEED_TITLE}', '{key}', 'zerohedge', NULL, NULL, 1);
            INSERT INTO documents VALUES (1, '{digest}', 'copy.txt', NULL, 'text', '{url}', '{SEED_TITLE}', NULL,
                '{url}', '2026-01-01T00:00:00+00:00');
            INSERT INTO attributions VALUES (1, 1, 'republished_from', 'ZeroHedge', 'zerohedge', NULL, NULL, 0.9, 0,
                0, 'Originally published by ZeroHedge', 20, 53, 'rule:originally', 'footer');
            INSERT INTO attributions VALUES (2, 1, 'wire_credit', 'Reuters', 'reuters', NULL, NULL, 0.8, 0, 0,
                '(Reuters)', 0, 9, 'rule:wire', 'body');
            INSERT INTO links VALUES ('{inferred}', '{url}', 'republished', 1, 0.9);
            INSERT INTO links VALUES ('{inferred}', 'reuters', 'credits', 2, 0.8);
            INSERT INTO merges VALUES ('inferred:zerohedge:old', '{url}', 'title', '2026-01-01T00:00:00+00:00');
            """
        )


def test_migration_3_keeps_a_v2_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text, url = "(Reuters) China story.\nOriginally published by ZeroHedge", "https://southfront.press/china"
    path = tmp_path / "old.db"
    _v2_store(path, monkeypatch, text, url)
    with Store(path) as store:
        assert store.version == max(v for v, _, _ in MIGRATIONS)
        assert store.integrity_check() == "ok"
        assert store._db.execute("PRAGMA foreign_key_check").fetchall() == []
        links = {(link.src, link.dst, link.kind, link.weight) for link in store.links_around(url)}
        inferred = f"inferred:zerohedge:{url}"
        assert links == {(inferred, url, "republished", 0.9), (inferred, "reuters", "credits", 0.8)}
        assert [d.source for d in store.documents(url)] == ["copy.txt"]
        assert store.merged_into("inferred:zerohedge:old") == url
        # The content hash survives its new form: the same document again adds nothing.
        assert store.add(text_document(text, "again.txt", url=url)).status == "unchanged"
        # And the inferred article still merges into ZeroHedge's own when it comes.
        own = f"{SEED_TITLE}\nBeijing continues resisting all contacts.\nThe Secretary reached out.\nMore words."
        store.add(text_document(own, "zh.txt", url="https://zerohedge.com/china"))
        assert store.article(inferred) is None
        assert store.merged_into(inferred) == "https://zerohedge.com/china"
        assert {(link.src, link.dst) for link in store.links_around(url) if link.kind == "republished"} == {
            ("https://zerohedge.com/china", url)
        }


def test_exact_title_finds_articles_with_and_without_an_outlet(store: Store) -> None:
    body = "The first words of the story.\nMore words follow here.\n" + "Body words here. " * 10
    store.add(text_document(f"{SEED_TITLE}\n{body}", "saved.txt"))  # no URL: no outlet
    store.add(text_document(f"{SEED_TITLE}\n{body}", "zh.txt", url="https://zerohedge.com/china"))
    store.add(
        text_document(f"Another Title Entirely Here\n{body}", "other.txt", url="https://zerohedge.com/x")
    )
    found = store.find_articles(SEED_TITLE.upper())
    assert sorted(a.outlet_id or "" for a in found) == ["", "zerohedge"]
    assert all(a.title == SEED_TITLE for a in found)


def test_unknown_outlets_named_in_another_script_stay_apart(store: Store) -> None:
    # Each names an outlet no registry knows, in Chinese: two outlets, not one "unnamed".
    store.add(text_document("预算获得通过。\n本文转载自：示例日报\n", "a.txt", url="https://a.example.com/1"))
    store.add(text_document("预算获得通过。\n本文转载自：示例新闻\n", "b.txt", url="https://b.example.com/1"))
    ids = {row[0] for row in store._db.execute("SELECT id FROM outlets WHERE kind = 'unknown'")}
    assert "unnamed" not in ids
    assert len({i for i in ids if i.startswith("xn--")}) == 2


def test_migration_6_rekeys_the_names_of_another_script(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.add(text_document("Words of a page.\n", "a.txt", url="https://a.example.com/1"))
        db = store._db
        db.execute(
            "INSERT INTO outlet_aliases VALUES (?, ?, 'og:site_name', ?, 'a.example.com', 1, 1, 1, '')",
            ("示例新闻", "a-example", "示例新闻"),
        )
        db.execute(
            "INSERT INTO outlet_aliases VALUES (?, ?, 'og:site_name', ?, 'a.example.com', 1, 1, 1, '')",
            ("exampledaily", "a-example", "Example Daily"),
        )
        db.execute("DELETE FROM schema_migrations WHERE version = 6")
        db.commit()
    with Store(path) as store:
        keys = {row[0] for row in store._db.execute("SELECT key FROM outlet_aliases")}
    assert keys == {"xn--fsqt35cyznl90a", "exampledaily"}
