"""Put the generated tables into the pages: the rule and context tables of docs/relations.md and
the phrase-kind table of docs/cli.md. Run from the repository root after a rule changes:

    python docs/_refresh.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent


def table(*args: str) -> str:
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True).stdout
    return out.rstrip("\n")


def replace_table(page: Path, header: str, new: str) -> None:
    """Replace the Markdown table that starts with ``header`` (up to the first blank line)."""
    text = page.read_text(encoding="utf-8")
    start = text.index(header)
    end = text.find("\n\n", start)
    page.write_text(text[:start] + new + (text[end:] if end >= 0 else "\n"), encoding="utf-8")


def main() -> None:
    relations = DOCS / "relations.md"
    replace_table(relations, "| rule | relation |", table(str(DOCS / "_gen_relations.py")))
    replace_table(relations, "| context | verdict |", table(str(DOCS / "_gen_relations.py"), "--contexts"))
    replace_table(DOCS / "cli.md", "| phrase kind | methods |", table(str(DOCS / "_gen_phrase_kinds.py")))


if __name__ == "__main__":
    main()
