"""On a generated corpus with known chains, `origin` finds the true origin of at least 99% of articles."""

from __future__ import annotations

import json
from pathlib import Path

from provenance import Store, graph_around, ingest, origin
from provenance.resolver import name_key
from provenance.synthetic import write_corpus
from provenance.urls import normalize_url, title_key


def test_origin_accuracy_on_synthetic_corpus(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, 1500, seed=7)
    docs = {d["id"]: d for d in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())}
    truth = [json.loads(line) for line in (tmp_path / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    outlets = {fact["id"]: fact["outlet"] for fact in truth}
    right = 0
    with Store(tmp_path / "p.db") as store:
        summary = ingest(store, [str(corpus)])
        assert summary.new == len(docs) and not summary.failed
        for line_number, fact in enumerate(truth, 1):
            doc = docs[fact["id"]]
            [article] = store.find_articles(doc["url"] or f"{corpus}:{line_number}")
            best = origin(graph_around(store, article.id), article.id)[0].article
            true = docs[fact["origin_id"]]
            if true["url"]:
                right += best.id == normalize_url(true["url"])
            else:  # a saved file with no URL: its outlet and title are all there is to know
                right += (
                    best.title is not None
                    and title_key(best.title) == title_key(true["title"])
                    and (best.id == article.id or best.outlet_id == name_key(outlets[fact["origin_id"]]))
                )
    assert right / len(truth) >= 0.99, f"{right} of {len(truth)}"
