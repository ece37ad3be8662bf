"""Text reuse through the store: copies nobody credits, laundered credits, and origin through reuse."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from provenance import Store, graph_around, ingest, origin
from provenance.copies import copies
from provenance.reuse.corpus import ReuseDoc, generate_reuse_corpus
from tests.conftest import Run

RunCli = Callable[..., Run]


def _edited(text: str, share: float, seed: int) -> str:
    """``text`` with about ``share`` of its words replaced."""
    rng = random.Random(seed)
    words = text.split(" ")
    for i in rng.sample(range(len(words)), int(len(words) * share)):
        words[i] = "edited"
    return " ".join(words)


def _without_credits(seed_text: str) -> str:
    lines = [
        line
        for line in seed_text.splitlines()
        if not line.startswith(("Originally published by", "The post ")) and "appeared first on" not in line
    ]
    return "\n".join(lines)


def test_seed_copy_without_credits_is_flagged_and_traced_through_the_seed(
    seed_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(
        _edited(_without_credits(seed_path.read_text(encoding="utf-8")), 0.01, 1), encoding="utf-8"
    )
    with Store(tmp_path / "p.db", reuse=True) as store:
        summary = ingest(store, [str(seed_path), str(copy)])
        assert summary.new == 2 and not summary.failed
        [article] = store.find_articles(str(copy))
        report = copies(store, article.id)
        assert [f.kind.value for f in report.flags] == ["unattributed_copy"]
        [source] = report.sources
        assert source.linked and source.direction == "credits" and source.edge.jaccard > 0.8
        best = origin(graph_around(store, article.id), article.id)[0]
        assert best.outlet is not None and best.outlet.id == "zerohedge"
        assert [a.outlet_id for a in best.path.articles] == ["zerohedge", "southfront", None, None]
        assert best.path.articles[-1].id == article.id


def _record(url: str, published: str, text: str, credit: str = "") -> str:
    body = text + (f"\nOriginally published by {credit}." if credit else "")
    return json.dumps(
        {"url": url, "title": "Harbor dredging plan approved", "published": published, "text": body}
    )


def _story(seed: int) -> str:
    rng = random.Random(seed)
    words = "harbor board dredging plan vote council budget residents ferry tide permit channel study".split()
    return "\n".join(
        " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(60)) for _ in range(6)
    )


def test_laundered_credit_is_flagged_naming_the_earlier_outlet(tmp_path: Path, run_cli: RunCli) -> None:
    text = _story(3)
    corpus = tmp_path / "laundering.jsonl"
    corpus.write_text(
        "\n".join(
            [
                _record("https://alpha-ledger.com/2024/05/01/dredging", "2024-05-01T08:00:00+00:00", text),
                _record(
                    "https://gamma-post.com/2024/05/03/dredging",
                    "2024-05-03T08:00:00+00:00",
                    _edited(text, 0.01, 2),
                    credit="Beta Weekly",
                ),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "p.db")
    assert run_cli("ingest", str(corpus), "--db", db, "--reuse", "--no-progress").status == 0
    result = run_cli("copies", "https://gamma-post.com/2024/05/03/dredging", "--db", db, "--format", "json")
    assert result.status == 0, result.err
    report = json.loads(result.out)
    assert [(f["flag"], f["outlet_id"]) for f in report["flags"]] == [("credit_mismatch", "alphaledger")]
    [source] = report["sources"]
    assert source["source"]["url"] == "https://alpha-ledger.com/2024/05/01/dredging"
    assert source["direction"] == "dates" and source["kind"] == "near_copy" and source["linked"]
    # The original raises nothing, and lists the copy.
    result = run_cli("copies", "https://alpha-ledger.com/2024/05/01/dredging", "--db", db, "--format", "json")
    original = json.loads(result.out)
    assert original["flags"] == [] and [c["target"]["url"] for c in original["copies"]] == [
        "https://gamma-post.com/2024/05/03/dredging"
    ]


def test_without_reuse_no_edges_are_kept(tmp_path: Path, run_cli: RunCli) -> None:
    text = _story(5)
    corpus = tmp_path / "two.jsonl"
    corpus.write_text(
        _record("https://alpha-ledger.com/a", "2024-05-01", text)
        + "\n"
        + _record("https://gamma-post.com/b", "2024-05-02", text)
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "p.db")
    assert run_cli("ingest", str(corpus), "--db", db, "--no-progress").status == 0
    result = run_cli("copies", "https://gamma-post.com/b", "--db", db)
    assert result.status == 0 and "appeared earlier in: none" in result.out and "flags: none" in result.out


def test_wire_siblings_are_not_copies_of_each_other(tmp_path: Path) -> None:
    text = _story(7)
    corpus = tmp_path / "wire.jsonl"
    lines = [
        json.dumps(
            {
                "url": f"https://{site}.com/2024/05/0{day}/storm",
                "title": "Storm knocks out power",
                "published": f"2024-05-0{day}T10:00:00+00:00",
                "text": f"SPRINGFIELD (AP) — {_edited(text, 0.01, day)}",
            }
        )
        for day, site in ((2, "lakeshore-courier"), (3, "prairie-sentinel"), (4, "mesa-gazette"))
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "p.db", reuse=True) as store:
        ingest(store, [str(corpus)])
        [article] = store.find_articles("https://mesa-gazette.com/2024/05/04/storm")
        report = copies(store, article.id)
        assert {r.direction for r in report.sources} == {"shared source"}
        assert not any(r.linked for r in report.sources) and report.flags == ()
        assert origin(graph_around(store, article.id), article.id)[0].article.id == article.id


def test_reuse_links_are_drawn_apart_from_stated_ones(tmp_path: Path, run_cli: RunCli) -> None:
    root = Path(__file__).resolve().parent.parent
    db = str(tmp_path / "p.db")
    assert run_cli("ingest", str(root / "examples" / "text-reuse"), "--reuse", "--db", db).status == 0
    view = json.loads(run_cli("render", "--all", "--format", "json", "--db", db).out)
    reuse = {(e["source"], e["target"]) for e in view["links"] if e["reuse"]}
    assert (
        "article:https://alpha-ledger.com/2024/05/01/harbor-dredging-plan",
        "article:https://delta-daily.com/2024/05/02/harbor-dredging",
    ) in reuse
    assert all(x["method"] == "reuse:minhash" for e in view["links"] if e["reuse"] for x in e["evidence"])
    page = run_cli("render", "--all", "--format", "html", "--db", db).out
    assert 'data-relation="text_reuse"' in page and "text reuse (no statement)" in page
    dot = run_cli("render", "--all", "--format", "dot", "--db", db).out
    assert 'color="#8e44ad", style=dashed' in dot


def test_audit_lists_the_flags_of_an_outlets_copies(tmp_path: Path, run_cli: RunCli) -> None:
    root = Path(__file__).resolve().parent.parent
    db = str(tmp_path / "p.db")
    assert run_cli("ingest", str(root / "examples" / "text-reuse"), "--reuse", "--db", db).status == 0
    report = json.loads(run_cli("audit", "Gamma Post", "--format", "json", "--db", db).out)
    assert [(f["flag"], f["article"]) for f in report["reuse_flags"]] == [
        ("credit_mismatch", "https://gamma-post.com/2024/05/03/harbor-dredging-plan")
    ]
    delta = json.loads(run_cli("audit", "delta-daily.com", "--format", "json", "--db", db).out)
    assert [f["flag"] for f in delta["reuse_flags"]] == ["unattributed_copy"]
    alpha = json.loads(run_cli("audit", "alpha-ledger.com", "--format", "json", "--db", db).out)
    assert alpha["reuse_flags"] == []


def test_the_store_names_reuse_evidence_as_the_engine_does() -> None:
    import provenance.reuse
    import provenance.store

    assert provenance.store.REUSE_METHOD == provenance.reuse.REUSE_METHOD


def _reuse_corpus_as_jsonl(path: Path, n: int, seed: int) -> list[ReuseDoc]:
    """A generated corpus with edited and partial uncredited copies, as pages of sites with titles.

    Half the copies keep their source's title, the other half get a title of their own.
    """
    docs = list(
        generate_reuse_corpus(
            n,
            near_copies=n // 8,
            partial_copies=n // 16,
            seed=seed,
            edit_rates=(0.0, 0.03, 0.08, 0.15),
            partial_share=(0.6, 0.8),
        )
    )
    lines = []
    for doc in docs:
        story = docs[doc.root]
        own = doc.kind == "original" or doc.doc_id % 2
        title = (
            " ".join(doc.text.split("\n")[1].split()[:8])
            if own
            else " ".join(story.text.split("\n")[1].split()[:8])
        )
        record = {"url": _url(doc), "title": title, "text": doc.text}
        if doc.published:
            record["published"] = doc.published
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs


def _url(doc: ReuseDoc) -> str:
    return f"https://{doc.outlet_id}.com/story/{doc.doc_id}"


def test_uncredited_edited_and_partial_copies_reach_their_origin(tmp_path: Path, run_cli: RunCli) -> None:
    docs = _reuse_corpus_as_jsonl(tmp_path / "corpus.jsonl", 480, seed=11)
    db = str(tmp_path / "p.db")
    assert (
        run_cli("ingest", str(tmp_path / "corpus.jsonl"), "--reuse", "--db", db, "--no-progress").status == 0
    )
    # Uncredited: a stock line of the generator ("the Associated Press contributed to this report")
    # is a credit, and two texts that credit one outlet are taken as siblings (shared source).
    dated = [
        d
        for d in docs
        if d.source is not None
        and d.published
        and docs[d.source].published
        and "Associated Press" not in d.text
    ]
    kinds = {(d.kind, d.edit_rate if d.kind == "near_copy" else None) for d in dated}
    assert len(kinds) == 5  # four edit rates and the partial copies
    reached = []
    for doc in dated:
        found = json.loads(run_cli("origin", _url(doc), "--db", db, "--format", "json").out)
        reached.append(
            bool(found["origins"]) and found["origins"][0]["article"]["url"] == _url(docs[doc.root])
        )
    assert sum(reached) >= 0.95 * len(reached)


def test_undated_copies_are_found_with_their_direction_unknown(tmp_path: Path, run_cli: RunCli) -> None:
    docs = _reuse_corpus_as_jsonl(tmp_path / "corpus.jsonl", 480, seed=11)
    db = str(tmp_path / "p.db")
    assert (
        run_cli("ingest", str(tmp_path / "corpus.jsonl"), "--reuse", "--db", db, "--no-progress").status == 0
    )
    undated = [
        d
        for d in docs
        if d.source is not None
        and not (d.published and docs[d.source].published)
        and "Associated Press" not in d.text + docs[d.source].text
    ]
    assert undated
    for doc in undated:
        report = json.loads(run_cli("copies", _url(doc), "--db", db, "--format", "json").out)
        pairs = {(r["source"]["url"], r["target"]["url"]): r for r in report["sources"]}
        pair = pairs.get((_url(docs[doc.source]), _url(doc))) or pairs.get(
            (_url(doc), _url(docs[doc.source]))
        )
        assert pair is not None, doc.doc_id
        assert pair["direction"] in {"unknown", "containment"}


def test_audit_copies_lists_who_took_an_outlets_story_and_how_they_credit_it(
    tmp_path: Path, run_cli: RunCli
) -> None:
    text = _story(5)
    lines = text.split("\n")
    part = "\n".join([_story(6).split("\n")[0], *lines[1:5], _story(7).split("\n")[0]])
    alpha = "https://alpha-ledger.com/2024/05/01/dredging"
    copies_of = {
        "https://beta-weekly.com/2024/05/02/dredging": (_edited(text, 0.08, 4), ""),
        "https://gamma-post.com/2024/05/03/dredging": (part, "Originally published by Alpha Ledger."),
        "https://delta-times.com/2024/05/03/dredging": (
            _edited(text, 0.03, 5),
            f"This article was originally published on {alpha}.",
        ),
        "https://epsilon-news.com/2024/05/04/dredging": (
            _edited(text, 0.03, 6),
            "Originally published by Beta Weekly.",
        ),
    }
    records = [_record(alpha, "2024-05-01T08:00:00+00:00", text)]
    for url, (body, credit) in copies_of.items():
        day = url.split("/")[5]
        records.append(
            json.dumps(
                {
                    "url": url,
                    "title": "Dredging",
                    "published": f"2024-05-{day}T08:00:00+00:00",
                    "text": body + "\n" + credit,
                }
            )
        )
    corpus = tmp_path / "desk.jsonl"
    corpus.write_text("\n".join(records) + "\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    assert run_cli("ingest", str(corpus), "--db", db, "--reuse", "--no-progress").status == 0
    result = run_cli("audit", "alphaledger", "--copies", "--db", db, "--format", "json")
    assert result.status == 0, result.err
    found = {c["copy_url"]: c for c in json.loads(result.out)["copies"]}
    assert {url: (c["credit"], c["credited"]) for url, c in found.items()} == {
        "https://beta-weekly.com/2024/05/02/dredging": ("none", []),
        "https://gamma-post.com/2024/05/03/dredging": ("name", []),
        "https://delta-times.com/2024/05/03/dredging": ("link", []),
        "https://epsilon-news.com/2024/05/04/dredging": ("other", ["betaweekly"]),
    }
    gamma = found["https://gamma-post.com/2024/05/03/dredging"]
    assert (
        gamma["kind"] == "partial" and 0.6 <= gamma["taken"] <= 0.7 and gamma["copy_share"] < gamma["taken"]
    )
    beta = found["https://beta-weekly.com/2024/05/02/dredging"]
    assert beta["taken"] > 0.95 and 0.04 <= beta["edit_rate"] <= 0.12 and beta["linked"]
    csv_out = run_cli("audit", "alphaledger", "--copies", "--db", db, "--format", "csv").out
    assert csv_out.splitlines()[0].startswith("article,article_url,copy,copy_url,copy_outlet,credit,")
    assert len(csv_out.splitlines()) == 5
    table = run_cli("audit", "alphaledger", "--copies", "--db", db).out
    assert "4 copies found by their text" in table and "credit nobody" in table


def test_audit_csv_is_for_copies_only(tmp_path: Path, run_cli: RunCli) -> None:
    db = str(tmp_path / "p.db")
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(_record("https://alpha-ledger.com/a", "2024-05-01", _story(1)) + "\n", encoding="utf-8")
    assert run_cli("ingest", str(corpus), "--db", db, "--no-progress").status == 0
    result = run_cli("audit", "alphaledger", "--db", db, "--format", "csv")
    assert result.status == 2 and "--copies" in result.err
    assert run_cli("audit", "alphaledger", "--copies", "--db", db).out.strip() == (
        "copies found by their text (ingest --reuse): none"
    )
    assert json.loads(run_cli("audit", "alphaledger", "--copies", "--db", db, "--format", "json").out) == {
        "copies": []
    }


def test_a_store_made_before_words_were_kept_links_near_copies_on_sketches(
    tmp_path: Path, run_cli: RunCli
) -> None:
    text = _story(8)
    db = tmp_path / "p.db"
    first = tmp_path / "first.jsonl"
    first.write_text(
        _record("https://alpha-ledger.com/a", "2024-05-01T08:00:00+00:00", text) + "\n", encoding="utf-8"
    )
    assert run_cli("ingest", str(first), "--reuse", "--db", str(db), "--no-progress").status == 0
    with Store(db) as store:  # back to schema 3: no words kept, no alignment columns
        store._db.executescript(
            "DROP TABLE reuse_texts; ALTER TABLE reuse_edges DROP COLUMN source_covered; "
            "ALTER TABLE reuse_edges DROP COLUMN target_covered; ALTER TABLE reuse_edges DROP COLUMN edit_rate; "
            "ALTER TABLE reuse_edges DROP COLUMN same_title; DELETE FROM schema_migrations WHERE version = 4;"
        )
    second = tmp_path / "second.jsonl"
    second.write_text(
        _record("https://beta-weekly.com/b", "2024-05-02T08:00:00+00:00", _edited(text, 0.01, 3)) + "\n",
        encoding="utf-8",
    )
    assert run_cli("ingest", str(second), "--reuse", "--db", str(db), "--no-progress").status == 0
    report = json.loads(
        run_cli("copies", "https://beta-weekly.com/b", "--db", str(db), "--format", "json").out
    )
    [source] = report["sources"]
    assert source["linked"] and source["kind"] == "near_copy" and source["edit_rate"] is None
    found = json.loads(
        run_cli("origin", "https://beta-weekly.com/b", "--db", str(db), "--format", "json").out
    )
    assert found["origins"][0]["article"]["url"] == "https://alpha-ledger.com/a"
