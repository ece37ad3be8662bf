"""The fuzz harness: every target survives a short, repeatable run, and every input that once
broke a reader (tests/data/fuzz/TARGET/) stays harmless."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import fuzz

FOUND = Path(__file__).parent / "data" / "fuzz"
REGRESSIONS = sorted(p for p in FOUND.glob("*/*") if p.is_file() and p.parent.name in fuzz.TARGETS)

# Inputs a target runs in CI: the same ones at every run (derandomized), from the seeds in the
# tests' data only; a few seconds a target.
EXAMPLES = 150


@pytest.mark.parametrize("target", sorted(fuzz.TARGETS))
def test_a_short_fuzz_run_finds_nothing(target: str) -> None:
    assert fuzz.run_hypothesis(target, EXAMPLES, dev=False) >= EXAMPLES


@pytest.mark.parametrize("path", REGRESSIONS, ids=[f"{p.parent.name}/{p.name}" for p in REGRESSIONS])
def test_an_input_that_broke_a_reader_is_harmless(path: Path) -> None:
    fuzz.check(path.parent.name, path.read_bytes(), hang=None)


def test_every_target_has_seeds() -> None:
    assert {target: bool(fuzz.seeds(target, dev=False)[0]) for target in fuzz.TARGETS} == dict.fromkeys(
        fuzz.TARGETS, True
    )


def test_a_failing_input_is_caught_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: bytes) -> None:
        if b"<" in data:
            raise ValueError("a reader's bug")

    monkeypatch.setitem(fuzz.TARGETS, "html", fuzz.Target(broken, ()))
    with pytest.raises(fuzz.Failure) as failure:
        fuzz.run_hypothesis("html", 50, dev=False)
    assert b"<" in failure.value.data
    assert isinstance(failure.value.__cause__, ValueError)


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        ([(0, 1, ord("X"), 1)], b"aXc"),
        ([(1, 2, 0, 1)], b"ab"),
        ([(2, 0, 0, 2)], b"<<abc"),
        ([(3, 1, 0, 1)], b"a"),
        ([(4, 0, 0, 1)], b"abcabc"),
    ],
    ids=["flip", "cut", "insert", "remove", "repeat"],
)
def test_mutations(edits: list[tuple[int, int, int, int]], expected: bytes) -> None:
    assert fuzz.mutate(b"abc", edits) == expected


def test_the_command_replays_saved_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "crash-1"
    saved.write_bytes(b"<rss><channel><item><title>&#x110000;</title></item></channel></rss>")
    assert fuzz.main(["feed", "--replay", str(saved)]) == 0
    assert capsys.readouterr().out.endswith(": ok\n")
