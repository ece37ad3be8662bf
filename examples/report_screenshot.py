"""Make the pictures of docs/render.md: the HTML report of the example corpus in headless Chromium
(a PNG, with a republication clicked open) and the SVG of one story.

    python examples/report_screenshot.py            # writes docs/img/report.png and docs/img/story.svg

Needs Debian's chromium, Graphviz's dot and the playwright package (the test extra).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
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


def provenance(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "provenance", *args], check=True, cwd=ROOT)


def main() -> None:
    images = ROOT / "docs" / "img"
    images.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        db, report = Path(scratch) / "p.db", Path(scratch) / "report.html"
        provenance("ingest", "examples/syndication-chain", "--db", str(db), "--no-progress")
        provenance("render", "--all", "--format", "html", "-o", str(report), "--db", str(db))
        provenance(
            "render",
            "https://harborledger.com/2024/05/03/ferry-fares-rise",
            "-o",
            str(images / "story.svg"),
            "--db",
            str(db),
        )
        provenance("flows", "-o", str(images / "flows.svg"), "--db", str(db))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(report.as_uri())
            page.wait_for_selector("body[data-ready=yes]")
            page.locator("g.edge.republished_from").nth(3).dispatch_event("click")
            page.screenshot(path=str(images / "report.png"), full_page=True)
            browser.close()
    print(f"wrote {images / 'report.png'}, {images / 'story.svg'} and {images / 'flows.svg'}")


if __name__ == "__main__":
    main()
