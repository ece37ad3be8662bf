"""The Python sessions of the README and docs/ run as they read (`python -m doctest docs/X.md`
from the repository root): the docs stay true as the code changes."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(
    path
    for path in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
    if ">>> " in path.read_text(encoding="utf-8")
)


@pytest.mark.skipif(not PAGES, reason="the docs are not beside the tests (an installed package)")
@pytest.mark.parametrize("page", PAGES, ids=[path.name for path in PAGES])
def test_the_sessions_of_a_page_run_as_written(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the sessions read examples/ from the repository root
    examples = doctest.DocTestParser().get_examples(page.read_text(encoding="utf-8"))
    if any("../shared/" in e.source for e in examples) and not (ROOT.parent / "shared").is_dir():
        pytest.skip(f"{page.name} reads the dev set in ../shared/data, which is not beside this checkout")
    result = doctest.testfile(str(page), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0, (
        f"{result.failed} of {result.attempted} examples in {page.name} fail (output above)"
    )
