"""Scoring: the arithmetic on small made-up sets, the breakdowns and folds, and the dev set's thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from provenance import CasesError, extract
from provenance.evaluate import GroupScore, evaluate
from provenance.extractors import RULES
from provenance.extractors.html import AUTHOR_SIGNALS, SIGNALS
from provenance.folds import FoldSelection, fold_of, source_family
from provenance.phrase_kinds import METHOD_PHRASES, PHRASE_KINDS, phrase_kind
from provenance.readers import html_document
from provenance.render.evaluation import evaluation_json, evaluation_table


def _write(tmp_path: Path, cases: list[dict[str, object]]) -> Path:
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    return tmp_path


def test_scoring_arithmetic(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        [
            {
                "id": "hit",
                "kind": "text",
                "text": "LONDON (Reuters) - Shares fell.",
                "expected": [{"outlet": "REUTERS", "relation": "wire_credit"}],
            },
            {
                "id": "wrong-relation",
                "kind": "text",
                "text": "Source: Example Wire Service",
                "expected": [{"outlet": "Example Wire Service", "relation": "wire_credit"}],
            },
            {
                "id": "miss",
                "kind": "text",
                "text": "Nothing here.",
                "expected": [{"outlet": "AP", "relation": "wire_credit"}],
                "notes": "ambiguous: test",
            },
            {
                "id": "self",
                "kind": "text",
                "text": "Originally published on Live Science.",
                "page_url": "https://www.livescience.com/x",
                "expected": [
                    {"outlet": "Live Science", "relation": "republished_from", "self_reference": True}
                ],
            },
            {"id": "archive", "kind": "warc", "file": "docs/x.warc.gz", "expected": []},
        ],
    )
    evaluation = evaluate(root)
    strict, lenient = evaluation.score(), evaluation.score(strict=False)
    assert (strict.hits, strict.found, strict.expected) == (1, 2, 3)
    assert (lenient.hits, lenient.found, lenient.expected) == (2, 2, 3)
    unambiguous = evaluation.score(ambiguous=False)
    assert (unambiguous.hits, unambiguous.found, unambiguous.expected) == (1, 2, 2)
    assert evaluation.skipped == {"archive": "no reader for warc cases yet"}
    assert strict.precision == pytest.approx(0.5)
    assert strict.f1 == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))


def test_a_self_credit_in_another_script_hides_only_itself(tmp_path: Path) -> None:
    # Names in Arabic have no Latin key: the page's own name must not hide the agency beside it.
    root = _write(
        tmp_path,
        [
            {
                "id": "arabic-self",
                "kind": "text",
                "text": "استقبلت تركيا مئات الجرحى.\nالمصدر : الجزيرة + وكالة الأناضول",
                "page_url": "https://www.aljazeera.net/news/x",
                "expected": [
                    {"outlet": "الجزيرة", "relation": "source_credit", "self_reference": True},
                    {"outlet": "وكالة الأناضول", "relation": "wire_credit"},
                ],
            }
        ],
    )
    strict = evaluate(root).score()
    assert (strict.hits, strict.found, strict.expected) == (1, 1, 1)


def test_bad_case_file(tmp_path: Path) -> None:
    (tmp_path / "cases.jsonl").write_text('{"id": "a", "expected": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(CasesError, match=r"cases\.jsonl:2: not JSON"):
        evaluate(tmp_path)
    with pytest.raises(CasesError, match=r"no cases\.jsonl"):
        evaluate(tmp_path / "elsewhere")


def test_dev_set_plain_text(dev_dir: Path) -> None:
    evaluation = evaluate(dev_dir)
    strict = evaluation.score()
    assert evaluation.errors == {}
    assert len(evaluation.cases) >= 40
    misses = evaluation.as_dict()["misses"]
    assert strict.precision >= 0.97, misses
    assert strict.recall >= 0.93, misses


def test_dev_set_no_source_family_below_f1_085(dev_dir: Path) -> None:
    families = evaluate(dev_dir).by_source()
    weak = {
        name: score.as_dict() for name, score in families.items() if score.f1 is not None and score.f1 < 0.85
    }
    assert weak == {}


def _text_case(
    case_id: str, text: str, source: str, *labels: dict[str, object], lang: str = "en"
) -> dict[str, object]:
    return {
        "id": case_id,
        "kind": "text",
        "text": text,
        "source": source,
        "lang": lang,
        "expected": list(labels),
    }


def _wire(outlet: str) -> dict[str, object]:
    return {"outlet": outlet, "relation": "wire_credit", "phrase": "wire_credit"}


@pytest.mark.parametrize(
    ("source", "family"),
    [
        ("page: https://www.example.com/2024/05/story", "example.com"),
        ("page:http://News.Example.org:8080/a?b=c", "news.example.org"),
        ("page: example.net/path", "example.net"),
        ("page: https://www2.example.com/", "www2.example.com"),
        ("github.com/example/parser @ 0123abc : tests/a.html", "github.com/example/parser"),
        ("github.com/example/parser", "github.com/example/parser"),
        ("", "(none)"),
    ],
    ids=["page-www", "page-port-case", "page-no-scheme", "www2-kept", "repository", "no-commit", "no-source"],
)
def test_source_family(source: str, family: str) -> None:
    assert source_family(source) == family


def test_by_source_groups_the_cases_of_a_family(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        [
            _text_case(
                "a1", "LONDON (Reuters) - Shares fell.", "page: https://www.alpha.example/1", _wire("Reuters")
            ),
            _text_case("a2", "Nothing here.", "page: http://alpha.example/2", _wire("AP")),
            _text_case(
                "b1", "PARIS (AFP) - Il pleut.", "github.com/o/beta @ 1 : x.txt", _wire("AFP"), lang="fr"
            ),
            _text_case(
                "b2", "BERLIN (dpa) - Es regnet.", "github.com/o/beta @ 2 : y.txt", _wire("dpa"), lang="de"
            ),
            _text_case("c1", "LONDON (Reuters) - Shares fell.", "github.com/o/gamma @ 1 : z.txt"),
            _text_case("d1", "Nothing here at all.", "page: https://delta.example/x"),
        ],
    )
    groups = evaluate(root).by_source()
    # Worst F1 first: gamma found a credit nobody expected (F1 0), alpha missed one of two
    # (F1 0.667), beta found both; delta expected and found nothing: no F1, listed last.
    assert list(groups) == ["github.com/o/gamma", "alpha.example", "github.com/o/beta", "delta.example"]
    alpha = groups["alpha.example"]
    assert (alpha.cases, alpha.hits, alpha.found, alpha.expected) == (2, 1, 1, 2)
    assert alpha.precision == 1.0 and alpha.recall == 0.5
    gamma = groups["github.com/o/gamma"]
    assert (gamma.precision, gamma.recall, gamma.f1) == (0.0, None, 0.0)
    delta = groups["delta.example"]
    assert (delta.precision, delta.recall, delta.f1) == (None, None, None)


def test_a_family_with_nothing_expected_and_nothing_found_has_no_f1(tmp_path: Path) -> None:
    root = _write(tmp_path, [_text_case("quiet", "Nothing here.", "page: https://quiet.example/")])
    evaluation = evaluate(root)
    data = json.loads(evaluation_json(evaluation))
    assert data["by_source"]["quiet.example"] == {
        "cases": 1,
        "precision": None,
        "recall": None,
        "f1": None,
        "hits": 0,
        "right": 0,
        "found": 0,
        "expected": 0,
        "fold": fold_of("quiet.example"),
    }
    console = Console(width=100, color_system=None, record=True)
    console.print(evaluation_table(evaluation, by_source=True))
    row = next(line for line in console.export_text().splitlines() if line.startswith("quiet.example"))
    assert row.split()[-1] == "–"
    assert "0.000" not in row and "1.000" not in row


def test_group_score_measures() -> None:
    assert GroupScore().f1 is None
    assert GroupScore(hits=0, right=0, found=0, expected=3).f1 == 0.0
    assert GroupScore(hits=0, right=0, found=2, expected=0).f1 == 0.0
    # A phrase kind whose expected credit was found by a rule of another kind: recall 1, no precision.
    assert GroupScore(hits=1, right=0, found=0, expected=1).f1 == 1.0
    assert GroupScore(hits=1, right=1, found=2, expected=1).f1 == pytest.approx(2 / 3)


def _families(count: int) -> list[dict[str, object]]:
    return [
        _text_case(f"case-{n}", "Nothing here.", f"page: https://site{n}.example/a") for n in range(count)
    ]


@pytest.mark.parametrize("folds", [2, 3, 5, 7])
def test_the_folds_partition_the_cases(tmp_path: Path, folds: int) -> None:
    root = _write(tmp_path, _families(40))
    every = {c.id for c in evaluate(root).cases}
    parts = [{c.id for c in evaluate(root, folds=folds, fold=k).cases} for k in range(folds)]
    assert set().union(*parts) == every
    assert sum(len(part) for part in parts) == len(every)  # no case in two folds
    for k, part in enumerate(parts):
        assert {c.id for c in evaluate(root, folds=folds, except_fold=k).cases} == every - part
        assert all(fold_of(f"site{c.split('-')[1]}.example", folds) == k for c in part)


def test_a_family_stays_in_one_fold(tmp_path: Path) -> None:
    cases = [_text_case(f"r{n}", "Nothing here.", f"github.com/o/repo @ {n} : f{n}.txt") for n in range(6)]
    root = _write(tmp_path, [*cases, *_families(10)])
    k = fold_of("github.com/o/repo")
    assert {f"r{n}" for n in range(6)} <= {c.id for c in evaluate(root, fold=k).cases}
    assert not {c.id for c in evaluate(root, except_fold=k).cases} & {f"r{n}" for n in range(6)}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"fold": 0, "except_fold": 1}, "not both"),
        ({"fold": 5}, "not one of 0..4"),
        ({"except_fold": -1}, "not one of 0..4"),
        ({"folds": 0}, "at least 1"),
    ],
    ids=["both", "fold-too-high", "negative", "no-folds"],
)
def test_bad_fold_selection(arguments: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FoldSelection(**arguments)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Originally published by Example Daily.", "originally_published_by"),
        ("This story was originally published by Example Daily.", "originally_published_by"),
        ("Republished from Example Daily.", "originally_published_by"),
        ("The post Rain Falls appeared first on Example Daily.", "first_appeared_on"),
        ("This article first appeared in Example Daily.", "first_appeared_on"),
        ("Dieser Artikel erschien zuerst in der Beispielzeitung.", "first_appeared_on"),
        ("Republished with permission from Example Daily.", "republished_with_permission"),
        ("Reprinted by permission of Example Daily.", "republished_with_permission"),
        ("Veröffentlichung mit freundlicher Genehmigung von Beispiel Online.", "republished_with_permission"),
        ("LONDON (Reuters) - Shares fell.", "wire_credit"),
        ("Mit Material von dpa", "wire_credit"),
        ("Quelle: dpa", "source_credit"),
        ("Source: Example Research Institute", "source_credit"),
        ("Mit Material von Beispielfunk", "source_credit"),
    ],
    ids=lambda value: value[:40],
)
def test_phrase_kind_of_text_statements(text: str, kind: str) -> None:
    assert [phrase_kind(a) for a in extract(text)] == [kind]


def test_phrase_kind_of_page_metadata() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://origin.example/story">'
        '<meta name="syndication-source" content="https://other.example/story"></head>'
        "<body><p>Text.</p></body></html>"
    )
    doc = html_document(page, "page", url="https://copy.example/story")
    kinds = {a.evidence.method: phrase_kind(a) for a in extract(doc)}
    assert kinds == {"html:canonical": "canonical_link", "html:syndication-source": "syndication_meta"}


def test_every_rule_and_signal_has_a_phrase_kind() -> None:
    methods = {f"text:{rule.id}" for rule in RULES} | {f"html:{signal.rule}" for signal in SIGNALS.values()}
    methods |= {f"html:{rule}" for rule, _, _ in AUTHOR_SIGNALS.values()}
    assert methods - set(METHOD_PHRASES) == set(), (
        "give new rules a phrase kind in provenance/phrase_kinds.py"
    )
    assert set(METHOD_PHRASES.values()) <= {*PHRASE_KINDS, "image_credit", ""}


def test_the_phrase_kinds_are_documented() -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
    if not page.is_file():
        pytest.skip("the docs are not beside the tests (an installed package)")
    text = page.read_text(encoding="utf-8")
    assert [m for m in METHOD_PHRASES if f"`{m}`" not in text] == []


def test_by_phrase_precision_by_rule_recall_by_label(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        [
            # Labelled "originally published", found by the first-appeared rule: a strict hit, which
            # recall counts under the label's kind and precision under the rule's.
            _text_case(
                "mixed",
                "This article first appeared in Example Daily.",
                "s @ 1",
                {
                    "outlet": "Example Daily",
                    "relation": "republished_from",
                    "phrase": "originally_published_by",
                },
            ),
            _text_case("wire", "LONDON (Reuters) - Shares fell.", "s @ 2", _wire("Reuters")),
            _text_case("false-source", "Source: Example Research Institute", "s @ 3"),
        ],
    )
    groups = evaluate(root).by_phrase()
    assert list(groups) == ["originally_published_by", "first_appeared_on", "wire_credit", "source_credit"]
    counts = {name: (g.hits, g.expected, g.right, g.found) for name, g in groups.items()}
    assert counts == {
        "originally_published_by": (1, 1, 0, 0),
        "first_appeared_on": (0, 0, 1, 1),
        "wire_credit": (1, 1, 1, 1),
        "source_credit": (0, 0, 0, 1),
    }
    assert groups["originally_published_by"].precision is None
    assert groups["originally_published_by"].recall == 1.0
    assert groups["first_appeared_on"].precision == 1.0
    assert groups["source_credit"].f1 == 0.0


def test_by_relation_and_by_lang(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        [
            _text_case("en", "LONDON (Reuters) - Shares fell.", "s @ 1", _wire("Reuters")),
            _text_case("de", "Nichts.", "s @ 2", _wire("dpa"), lang="de"),
            _text_case("de2", "Quelle: Beispielinstitut", "s @ 3", lang="de"),
            {"id": "nolang", "kind": "text", "text": "Nothing.", "expected": []},
        ],
    )
    evaluation = evaluate(root)
    relations = {k: (g.cases, g.hits, g.found, g.expected) for k, g in evaluation.by_relation().items()}
    assert relations == {"wire_credit": (2, 1, 1, 2), "source_credit": (1, 0, 1, 0)}
    langs = evaluation.by_lang()
    assert list(langs) == ["de", "(none)", "en"]  # most cases first, then by name
    assert (langs["de"].cases, langs["de"].hits, langs["de"].found, langs["de"].expected) == (2, 0, 1, 1)


def test_json_keeps_its_keys_and_adds_the_breakdowns(tmp_path: Path) -> None:
    root = _write(tmp_path, [_text_case("a", "LONDON (Reuters) - Shares fell.", "s @ 1", _wire("Reuters"))])
    data = json.loads(evaluation_json(evaluate(root)))
    assert list(data) == [
        "cases",
        "skipped",
        "errors",
        "strict",
        "lenient",
        "strict_unambiguous",
        "lenient_unambiguous",
        "selection",
        "by_relation",
        "by_phrase",
        "by_lang",
        "by_source",
    ]
    assert data["selection"] == {"folds": 5, "fold": None, "except_fold": None}
    assert data["by_relation"]["wire_credit"]["f1"] == 1.0
    assert set(data["by_source"]["s"]) == {
        "cases",
        "precision",
        "recall",
        "f1",
        "hits",
        "right",
        "found",
        "expected",
        "fold",
    }


def test_an_rss_fragment_case_is_read_as_an_item(tmp_path: Path) -> None:
    item = (
        "<title>Talks resume</title><link>https://www.example.org/talks</link>"
        "<description>LONDON (Reuters) - Talks resumed on Monday.</description>"
    )
    case = {
        "id": "frag-1",
        "source": "github.com/example/feeds @ 1 : a.xml",
        "kind": "text",
        "text_format": "rss-fragment",
        "text": item,
        "expected": [{"outlet": "Reuters", "relation": "wire_credit", "phrase": "wire_credit"}],
    }
    (tmp_path / "cases.jsonl").write_text(json.dumps(case) + "\n", encoding="utf-8")
    evaluation = evaluate(tmp_path)
    assert evaluation.skipped == {}
    assert evaluation.score().hits == 1


@pytest.mark.parametrize(("page_url", "hits"), [(None, 1), ("https://www.theguardian.com", 0)])
def test_an_aggregators_copy_of_an_item_credits_the_items_site(
    tmp_path: Path, page_url: str | None, hits: int
) -> None:
    # With `item_link` and no `page_url`, the fragment is an aggregator's copy: the item's own link
    # is the original's, so a <source> naming its site is a credit, not a self-credit.
    item = (
        "<title>Water firms face penalties</title><link>https://www.theguardian.com/water</link>"
        "<dc:source>The Guardian</dc:source><description>Bosses could face jail.</description>"
    )
    case: dict[str, object] = {
        "id": "frag-2",
        "source": "github.com/example/feeds @ 1 : b.xml",
        "kind": "text",
        "text_format": "rss-fragment",
        "text": item,
        "item_link": "https://www.theguardian.com/water",
        "expected": [{"outlet": "The Guardian", "relation": "source_credit", "phrase": "source_credit"}],
    }
    if page_url:
        case["page_url"] = page_url
    (tmp_path / "cases.jsonl").write_text(json.dumps(case) + "\n", encoding="utf-8")
    assert evaluate(tmp_path).score().hits == hits
