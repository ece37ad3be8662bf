"""The public surface: one sorted __all__, and every command documented."""

from __future__ import annotations

import re
from pathlib import Path

import provenance
from provenance.cli import cli

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_all_is_sorted_and_complete() -> None:
    assert provenance.__all__ == sorted(provenance.__all__)
    for name in provenance.__all__:
        assert hasattr(provenance, name), name
    public = {n for n in vars(provenance) if not n.startswith("_") and n[0].isupper()}
    assert public <= set(provenance.__all__)


def test_every_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^## `provenance ([a-z-]+)", text, flags=re.MULTILINE))
    assert documented == set(cli.commands)


def test_every_relation_is_documented() -> None:
    text = (DOCS / "relations.md").read_text(encoding="utf-8")
    for relation in provenance.Relation:
        assert f"`{relation.value}`" in text
    from provenance.extractors.rules import RULES

    for rule in RULES:
        assert f"`{rule.id}`" in text, rule.id
