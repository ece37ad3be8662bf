"""The audits: overlap against the truth of a generated corpus, one outlet's record, flows."""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from itertools import combinations
from pathlib import Path

import pytest

from provenance import Store, ingest
from provenance.audit import OutletNotFound, audit, outlet_flows, overlap
from provenance.resolver import name_key
from provenance.synthetic import CopyNetwork, generate_network, write_network_corpus
from tests.conftest import ROOT, SEED, Run

RunCli = Callable[..., Run]
Expected = dict[tuple[str, str], tuple[int, int, int, int, int, float | None, float | None]]


def _truth_overlap(truth: list[dict[str, str]], published: dict[str, str]) -> Expected:
    """Shared origins, origins of each, copies both ways and median lags, from the generator's truth."""
    outlet = {t["id"]: name_key(t["outlet"]) for t in truth}
    stories: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        stories[t["origin_id"]].add(outlet[t["id"]])
    per_outlet: dict[str, int] = defaultdict(int)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for outlets in stories.values():
        for o in outlets:
            per_outlet[o] += 1
        for pair in combinations(sorted(outlets), 2):
            shared[pair] += 1
    copies: dict[tuple[str, str], list[float]] = defaultdict(list)
    for t in truth:
        if t["parent_id"]:
            lag = datetime.fromisoformat(published[t["id"]]) - datetime.fromisoformat(
                published[t["parent_id"]]
            )
            copies[(outlet[t["parent_id"]], outlet[t["id"]])].append(lag.total_seconds() / 3600)

    def median(values: list[float]) -> float | None:
        return round(statistics.median(values), 6) if values else None

    return {
        (a, b): (
            n,
            per_outlet[a],
            per_outlet[b],
            len(copies[(a, b)]),
            len(copies[(b, a)]),
            median(copies[(a, b)]),
            median(copies[(b, a)]),
        )
        for (a, b), n in shared.items()
    }


@pytest.fixture(scope="module")
def network_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Expected]:
    folder = tmp_path_factory.mktemp("network")
    network = CopyNetwork.random(9, seed=4, max_rate=0.5)
    corpus = write_network_corpus(folder, 700, network, seed=11)
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    published = {
        d["id"]: d["published"] for d in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())
    }
    db = folder / "p.db"
    with Store(db) as store:
        summary = ingest(store, [str(corpus)], workers=1)
        assert summary.new == len(truth) and not summary.failed
    return db, _truth_overlap(truth, published)


def test_generated_network_is_deterministic_and_each_outlet_carries_a_story_once() -> None:
    network = CopyNetwork.random(6, seed=2)
    docs = list(generate_network(300, network, seed=1))
    assert docs == list(generate_network(300, network, seed=1))
    per_story: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        per_story[d.origin_id].append(d.outlet)
    assert all(len(o) == len(set(o)) for o in per_story.values())
    assert sum(d.parent_id is not None for d in docs) > 100


def test_overlap_returns_the_true_counts(network_store: tuple[Path, Expected]) -> None:
    db, expected = network_store
    with Store(db) as store:
        pairs = overlap(store)
    found = {
        (p.a.id, p.b.id): (
            p.shared,
            p.origins_a,
            p.origins_b,
            p.a_to_b,
            p.b_to_a,
            None if p.lag_a_to_b is None else round(p.lag_a_to_b, 6),
            None if p.lag_b_to_a is None else round(p.lag_b_to_a, 6),
        )
        for p in pairs
    }
    assert len(expected) > 20
    assert found == expected
    for p in pairs:
        shared, a, b = expected[(p.a.id, p.b.id)][:3]
        assert p.jaccard == pytest.approx(shared / (a + b - shared))


def test_overlap_top_and_min_shared(network_store: tuple[Path, Expected]) -> None:
    db, expected = network_store
    with Store(db) as store:
        top = overlap(store, top=3)
        strong = overlap(store, min_shared=5)
    assert [p.shared for p in top] == sorted((v[0] for v in expected.values()), reverse=True)[:3]
    assert {(p.a.id, p.b.id) for p in strong} == {k for k, v in expected.items() if v[0] >= 5}


def test_flows_count_the_copies(network_store: tuple[Path, Expected]) -> None:
    db, expected = network_store
    with Store(db) as store:
        flows = outlet_flows(store)
    for (a, b), values in expected.items():
        for source, target, n in ((a, b, values[3]), (b, a, values[4])):
            edge = flows.get_edge_data(("outlet", source), ("outlet", target))
            assert (edge["copies"] if edge else 0) == n


@pytest.fixture
def example_db(run_cli: RunCli, tmp_path: Path) -> Path:
    db = tmp_path / "p.db"
    result = run_cli(
        "ingest", str(ROOT / "examples" / "syndication-chain"), str(SEED), "--db", str(db), "--workers", "1"
    )
    assert result.status == 0, result.err
    return db


def test_overlap_command_formats(run_cli: RunCli, example_db: Path) -> None:
    result = run_cli("overlap", "--db", str(example_db), "--format", "json")
    assert result.status == 0, result.err
    pairs = json.loads(result.out)
    ledger = next(p for p in pairs if {p["a"]["id"], p["b"]["id"]} == {"harborledger", "tidewaterdispatch"})
    assert (ledger["shared"], ledger["jaccard"], ledger["a_to_b"], ledger["lag_a_to_b_hours"]) == (
        1,
        1.0,
        1,
        24.0,
    )
    result = run_cli("overlap", "--db", str(example_db), "--format", "csv", "--top", "2")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 2 and set(rows[0]) >= {"a", "b", "shared", "jaccard", "a_to_b", "b_to_a"}
    result = run_cli("overlap", "--db", str(example_db), "--min-shared", "2")
    assert result.status == 0 and "0 pairs" in result.out


def test_audit_of_an_original_outlet(example_db: Path) -> None:
    with Store(example_db) as store:
        report = audit(store, "Harbor Ledger")
    assert report.outlet.id == "harborledger"
    assert dict(report.classes) == {"original": 1, "republished": 0, "wire": 0}
    assert [(c.outlet.id, c.count, c.lag_hours) for c in report.republishers] == [
        ("baysidebulletin", 1, 48.0),
        ("tidewaterdispatch", 1, 24.0),
    ]
    assert report.sources == () and report.timeline == (("2024-05", {"original": 1}),)


def test_audit_of_a_wire_copy_lists_its_credit(run_cli: RunCli, example_db: Path) -> None:
    result = run_cli("audit", "prairiesentinel.com", "--db", str(example_db), "--format", "json")
    assert result.status == 0, result.err
    data = json.loads(result.out)
    assert data["classes"] == {"original": 0, "republished": 0, "wire": 1}
    assert data["shares"]["wire"] == 1.0
    assert [(c["relation"], c["outlet"]["id"], c["statements"]) for c in data["credits"]] == [
        ("wire_credit", "ap", 1)
    ]
    table = run_cli("audit", "prairiesentinel", "--db", str(example_db))
    assert table.status == 0 and "wire copy" in table.out and "credits that name no article" in table.out


def test_audit_of_a_wire_lists_who_credits_it(example_db: Path) -> None:
    with Store(example_db) as store:
        report = audit(store, "ap")
    assert report.articles == 0
    assert sorted((r, o.id, n) for r, o, n in report.credited_by) == [
        ("wire_credit", "lakeshorecourier", 1),
        ("wire_credit", "mesagazette", 1),
        ("wire_credit", "prairiesentinel", 1),
    ]


def test_audit_of_an_unknown_outlet_is_one_line(run_cli: RunCli, example_db: Path) -> None:
    result = run_cli("audit", "harbor ledgr", "--db", str(example_db))
    assert result.status == 1
    assert result.err.strip() == "Error: no outlet matches 'harbor ledgr' (did you mean harborledger?)"
    with Store(example_db) as store, pytest.raises(OutletNotFound):
        audit(store, "nothing-like-it")


def test_audit_without_a_store(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("audit", "x", "--db", str(tmp_path / "none.db"))
    assert result.status == 1 and result.err.startswith("Error: ") and result.err.count("\n") == 1
