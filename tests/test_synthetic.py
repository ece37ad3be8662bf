"""The synthetic corpus: exact, deterministic, with chains that the extractor reads back as they were made."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from provenance import Attribution, OutletRegistry, Relation, extract
from provenance.resolver import host_of, name_key
from provenance.synthetic import CREDIT_TEMPLATES, FEED_FOOTER, SyntheticDoc, generate, write_corpus

DATELINE = re.compile(r"^[A-Z][A-Z ]+ \((?:AP|Reuters|AFP)\) [—-] ", re.MULTILINE)
SELF_CREDIT = re.compile(r"^Originally published on (.+)\.$", re.MULTILINE)


@pytest.fixture(scope="module")
def small() -> list[SyntheticDoc]:
    return list(generate(500, seed=0))


@pytest.fixture(scope="module")
def medium() -> list[SyntheticDoc]:
    return list(generate(2000, seed=0))


def _by_id(docs: list[SyntheticDoc]) -> dict[str, SyntheticDoc]:
    return {d.id: d for d in docs}


def _credits(doc: SyntheticDoc, layer: int) -> list[Attribution]:
    return [
        a
        for a in extract(doc.text, url=doc.url)
        if a.relation is Relation.REPUBLISHED_FROM and a.layer == layer and not a.self_credit
    ]


def _body_words(doc: SyntheticDoc) -> int:
    return sum(line.count(" ") + 1 for line in doc.text.split("\n") if line.count(" ") >= 25)


def _title_key(title: str) -> str:
    return title.casefold().rstrip(".").translate(str.maketrans("“”’", '""\''))


@pytest.mark.parametrize(
    ("n", "seed", "max_depth"), [(50, 0, 6), (300, 7, 6), (200, 3, 2)], ids=["small", "seed-7", "shallow"]
)
def test_same_arguments_same_documents(n: int, seed: int, max_depth: int) -> None:
    assert list(generate(n, seed=seed, max_depth=max_depth)) == list(
        generate(n, seed=seed, max_depth=max_depth)
    )


def test_another_seed_other_documents() -> None:
    assert [d.text for d in generate(20, seed=1)] != [d.text for d in generate(20, seed=2)]


@pytest.mark.parametrize("n", [0, 1, 2, 7, 100, 333], ids=lambda n: f"n={n}")
def test_exactly_n_documents_with_unique_ids(n: int) -> None:
    docs = list(generate(n, seed=5))
    assert len(docs) == n
    assert len({d.id for d in docs}) == n
    assert all(re.fullmatch(r"syn-\d{6}", d.id) for d in docs)


@pytest.mark.parametrize(("n", "max_depth"), [(-1, 6), (10, -1)], ids=["negative-n", "negative-depth"])
def test_bad_arguments_are_refused_at_the_call(n: int, max_depth: int) -> None:
    with pytest.raises(ValueError):
        generate(n, max_depth=max_depth)


@pytest.mark.parametrize("seed", [0, 1, 2], ids=lambda s: f"seed={s}")
def test_depths_reach_max_depth_and_most_copies_are_shallow(seed: int) -> None:
    depths = Counter(d.depth for d in generate(2000, seed=seed))
    assert max(depths) == 6
    copies = sum(v for k, v in depths.items() if k > 0)
    assert depths[1] + depths[2] > 0.75 * copies
    assert depths[1] > depths[2] > depths[3] > depths[6]


@pytest.mark.parametrize("max_depth", [0, 1, 3], ids=lambda d: f"max_depth={d}")
def test_max_depth_bounds_the_chains(max_depth: int) -> None:
    depths = {d.depth for d in generate(1000, seed=4, max_depth=max_depth)}
    assert depths == set(range(max_depth + 1))


def test_every_copy_has_its_parent_at_another_outlet(medium: list[SyntheticDoc]) -> None:
    by_id = _by_id(medium)
    for doc in medium:
        if doc.parent_id is None:
            assert (doc.depth, doc.origin_id) == (0, doc.id)
            continue
        assert doc.parent_id in by_id
        parent = by_id[doc.parent_id]
        assert parent.outlet != doc.outlet
        assert (parent.origin_id, parent.depth + 1) == (doc.origin_id, doc.depth)


def test_a_story_has_one_document_per_outlet_and_one_title(medium: list[SyntheticDoc]) -> None:
    stories: dict[str, list[SyntheticDoc]] = {}
    for doc in medium:
        stories.setdefault(doc.origin_id, []).append(doc)
    for docs in stories.values():
        assert len({d.outlet for d in docs}) == len(docs)
        assert len({_title_key(d.title) for d in docs}) == 1
    assert any(len({d.title for d in docs}) > 1 for docs in stories.values())


def test_copies_are_published_after_their_parent(medium: list[SyntheticDoc]) -> None:
    by_id = _by_id(medium)
    dated = [
        (by_id[d.parent_id].published, d.published)
        for d in medium
        if d.parent_id is not None and d.published and by_id[d.parent_id].published
    ]
    assert dated
    assert all(datetime.fromisoformat(p) < datetime.fromisoformat(c) for p, c in dated if p and c)
    assert 0.05 < sum(d.published is None for d in medium) / len(medium) < 0.15


def test_urls_are_on_the_outlets_domain(medium: list[SyntheticDoc]) -> None:
    with_url = [d for d in medium if d.url is not None]
    assert 0.01 < 1 - len(with_url) / len(medium) < 0.06
    for doc in with_url:
        assert doc.url is not None
        assert host_of(doc.url) == name_key(doc.outlet) + ".com"
        assert doc.url.endswith(f"-{int(doc.id[4:])}")


def test_outlets_are_invented(registry: OutletRegistry, medium: list[SyntheticDoc]) -> None:
    outlets = {d.outlet for d in medium}
    assert len(outlets) >= 200
    assert [o for o in outlets if registry.lookup(o) is not None] == []
    assert all(1 <= len(o.split()) <= 3 and all(w[:1].isupper() for w in o.split()) for o in outlets)


PLACED_TEMPLATES = [(t, where) for t in CREDIT_TEMPLATES for where in ("header", "last-line")]
PLACED_TEMPLATES.append((FEED_FOOTER, "last-line"))


@pytest.mark.parametrize(
    ("template", "where"),
    PLACED_TEMPLATES,
    ids=[f"{t.split('{')[0].strip()}-{w}" for t, w in PLACED_TEMPLATES],
)
def test_each_credit_template_reads_back(
    registry: OutletRegistry, small: list[SyntheticDoc], template: str, where: str
) -> None:
    origin = next(d for d in small if d.parent_id is None and not DATELINE.search(d.text))
    body = "\n".join(line for line in origin.text.split("\n") if line.count(" ") >= 25)
    missed = []
    for outlet in sorted({d.outlet for d in small})[::5]:
        line = template.format(outlet=outlet, title="Mayor backs new budget")
        text = f"Mayor backs new budget\n{line}\n{body}" if where == "header" else f"{body}\n{line}"
        found = [a for a in extract(text) if a.relation is Relation.REPUBLISHED_FROM and a.layer == 0]
        if [registry.resolve(a.outlet).id for a in found] != [registry.resolve(outlet).id]:
            missed.append(outlet)
    assert missed == []


def test_layer_0_credits_the_parent(registry: OutletRegistry, small: list[SyntheticDoc]) -> None:
    """At least 99% of copies credit their parent at layer 0; the rate is printed (pytest -rP shows it)."""
    by_id = _by_id(small)
    copies = [d for d in small if d.parent_id is not None]
    right = 0
    for doc in copies:
        assert doc.parent_id is not None
        parent = registry.resolve(by_id[doc.parent_id].outlet).id
        found = _credits(doc, 0)
        right += bool(found) and all(registry.resolve(a.outlet).id == parent for a in found)
    rate = right / len(copies)
    print(f"layer-0 credit accuracy: {rate:.4f} ({right}/{len(copies)} copies)")
    assert rate >= 0.99, f"layer-0 credit accuracy {rate:.4f} over {len(copies)} copies"


def test_feed_copies_have_the_grandparent_at_layer_1(
    registry: OutletRegistry, small: list[SyntheticDoc]
) -> None:
    by_id = _by_id(small)
    two_layers = [(d, _credits(d, 1)) for d in small if d.depth >= 2]
    two_layers = [(d, found) for d, found in two_layers if found]
    assert len(two_layers) >= 10
    for doc, found in two_layers:
        assert doc.parent_id is not None
        parent = by_id[doc.parent_id]
        assert parent.parent_id is not None
        grandparent = by_id[parent.parent_id]
        assert [registry.resolve(a.outlet).id for a in found] == [registry.resolve(grandparent.outlet).id]
        assert doc.text.rstrip().endswith(f"appeared first on {parent.outlet}.")
        assert found[0].evidence.text in parent.text


def test_origins_credit_nothing_but_themselves_and_their_wire(small: list[SyntheticDoc]) -> None:
    stray = []
    for doc in (d for d in small if d.parent_id is None):
        dateline = DATELINE.search(doc.text)
        for a in extract(doc.text, url=doc.url):
            if a.self_credit or a.relation is Relation.IMAGE_CREDIT:
                continue
            in_dateline = dateline is not None and dateline.start() <= a.evidence.start < dateline.end()
            if not (a.relation is Relation.WIRE_CREDIT and in_dateline):
                stray.append((doc.id, a.relation.value, a.outlet))
    assert stray == []


@pytest.mark.parametrize(
    "pattern",
    [
        r"told Reuters",
        r"According to CNN",
        r"interview with The Associated Press",
        r"^Read more:$",
        r"^Photo: ",
    ],
    ids=["told", "according-to", "interview", "related", "photo"],
)
def test_distractors_are_there(small: list[SyntheticDoc], pattern: str) -> None:
    assert any(re.search(pattern, d.text, re.MULTILINE) for d in small)


def test_self_credits_name_the_host(small: list[SyntheticDoc]) -> None:
    credited = [(d, m.group(1)) for d in small if (m := SELF_CREDIT.search(d.text))]
    assert credited
    assert all(d.parent_id is None and d.url is not None and name == d.outlet for d, name in credited)


def test_mix_of_stories(medium: list[SyntheticDoc]) -> None:
    size = Counter(d.origin_id for d in medium)
    standalone = sum(1 for d in medium if size[d.id] == 1) / len(medium)
    origins = [d for d in medium if d.parent_id is None]
    wire = sum(bool(DATELINE.search(d.text)) for d in origins) / len(origins)
    position = {d.id: i for i, d in enumerate(medium)}
    copies = [d for d in medium if d.parent_id is not None]
    late = sum(position[d.parent_id] > position[d.id] for d in copies if d.parent_id) / len(copies)
    assert 0.15 < standalone < 0.25
    assert 0.05 < wire < 0.15
    assert 0.12 < late < 0.28


def test_bodies_run_250_to_900_words(small: list[SyntheticDoc]) -> None:
    words = [_body_words(d) for d in small]
    assert min(words) >= 250
    assert max(words) <= 900
    assert 450 <= sum(words) / len(words) <= 650


def test_write_corpus_round_trips(tmp_path: Path) -> None:
    path = write_corpus(tmp_path / "out", 120, seed=9)
    assert path == tmp_path / "out" / "corpus.jsonl"
    docs = list(generate(120, seed=9))
    corpus = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    truth = [
        json.loads(line) for line in (path.parent / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert corpus == [d.as_json() for d in docs]
    urls = {d.id: d.url for d in docs}
    assert truth == [
        {
            "id": d.id,
            "url": d.url,
            "origin_id": d.origin_id,
            "origin_url": urls[d.origin_id],
            "parent_id": d.parent_id,
            "depth": d.depth,
            "outlet": d.outlet,
        }
        for d in docs
    ]


def test_write_corpus_is_byte_identical(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 80, seed=2).read_bytes()
    assert write_corpus(tmp_path / "b", 80, seed=2).read_bytes() == first
