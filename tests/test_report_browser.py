"""The HTML report in a real browser (headless Chromium): it draws, it reacts, it stays offline,
and hostile strings from documents stay text.

Skipped where Chromium or playwright is missing; .ci/run installs both, so on CI it runs.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEED, Run

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.environ.get("CI"):
    pytest.fail("CI must install Chromium (.ci/run does): the browser test cannot be skipped there")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)"
)

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DATA = Path(__file__).resolve().parent / "data"
RunCli = Callable[..., Run]


@dataclass
class Visit:
    page: Any
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def _report(run_cli: RunCli, tmp_path: Path, *inputs: Path, registry: Path | None = None) -> Path:
    db, report = tmp_path / "p.db", tmp_path / "report.html"
    head = ["--registry", str(registry)] if registry else []
    result = run_cli(*head, "ingest", *map(str, inputs), "--db", str(db), "--no-progress", "--workers", "1")
    assert result.status == 0, result.err
    result = run_cli(*head, "render", "--all", "--format", "html", "-o", str(report), "--db", str(db))
    assert result.status == 0, result.err
    return report


def _visit(browser: Any, report: Path) -> Visit:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    visit = Visit(page)
    page.on("console", lambda m: visit.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: visit.console_errors.append(str(e)))
    page.on("request", lambda r: visit.requests.append(r.url))

    def dialog(d: Any) -> None:
        visit.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)

    def route(r: Any) -> None:
        # Anything but the report itself is refused (and was recorded above).
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            r.abort()

    context.route("**/*", route)
    page.goto(report.as_uri())
    page.wait_for_selector("body[data-ready=yes]", timeout=10_000)
    return visit


def _click_everything(page: Any) -> None:
    for selector in ("g.node", "g.edge", "text.lane-label.clickable", "button.edge-link"):
        for i in range(page.locator(selector).count()):
            page.locator(selector).nth(i).dispatch_event("click")


def test_report_of_the_example_corpus_draws_offline_without_errors(
    run_cli: RunCli, tmp_path: Path, browser: Any
) -> None:
    report = _report(run_cli, tmp_path, ROOT / "examples" / "syndication-chain", SEED)
    visit = _visit(browser, report)
    page = visit.page
    assert page.locator("g.node.article").count() == 12
    assert page.locator("g.edge.republished_from").count() == 7
    assert page.locator("g.edge.wire_credit").count() == 3
    assert page.locator("g.edge.image_credit").count() == 2
    assert page.locator("table.heat td[title]").count() > 0
    assert "Harbor Ledger" in page.locator("#summary").inner_text()
    # Clicking an edge shows its verbatim evidence and confidence.
    page.locator("g.edge.republished_from").first.dispatch_event("click")
    details = page.locator("#details").inner_text()
    assert "evidence (1 statement)" in details.lower() and "confidence" in details
    assert page.locator("#details blockquote").count() >= 1
    # The confidence filter hides weaker links.
    assert page.locator("#shown").inner_text() == "12 of 12 links shown"
    page.locator("#min-confidence").fill("0.9")
    shown = page.locator("#shown").inner_text()
    assert shown != "12 of 12 links shown" and shown.endswith("of 12 links shown")
    hidden = page.locator("g.edge[style*='display: none']").count()
    assert 0 < hidden < 12
    _click_everything(page)
    assert visit.console_errors == []
    assert visit.dialogs == []
    assert visit.requests == [report.as_uri()]


def test_hostile_strings_stay_text(run_cli: RunCli, tmp_path: Path, browser: Any) -> None:
    report = _report(run_cli, tmp_path, DATA / "hostile", registry=DATA / "hostile-registry.json")
    source = report.read_text(encoding="utf-8")
    assert "<script>window" not in source and "<img" not in source
    visit = _visit(browser, report)
    page = visit.page
    _click_everything(page)
    plain_urls = []
    for ref in range(page.locator("g.node.article").count()):
        page.locator("g.node.article").nth(ref).dispatch_event("click")
        plain_urls += page.locator("#details .plain-url").all_inner_texts()
    assert "javascript:window.__pwned='javascript url'" in plain_urls  # shown, not a link
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert visit.dialogs == []
    assert visit.console_errors == []
    assert visit.requests == [report.as_uri()]
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 2  # the data and the report's own script
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert all(h.startswith("https://") for h in hrefs)
    # The payloads are on the page, as text.
    page.locator("g.node.article").first.dispatch_event("click")
    text = page.locator("body").inner_text()
    assert "<script>window.__pwned" in text
    assert "<script>window.__pwned = 'outlet name'</script>" in page.locator("#summary").inner_text()
    page.locator("g.edge.republished_from").first.dispatch_event("click")
    assert "The post <script>window.__pwned" in page.locator("#details blockquote").first.inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
