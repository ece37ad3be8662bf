"""Print the rule table of docs/relations.md: every rule of RULES, run on its own first example.

Run from the repository root and paste the output into docs/relations.md:

    python docs/_gen_relations.py               # the rules
    python docs/_gen_relations.py --contexts    # the contexts of the second stage

The yields are what `provenance.extract` returns for the example text with the bundled registry,
so they show what the whole extractor does (another rule may take over an overlapping statement).
"""

from __future__ import annotations

import provenance
from provenance.extractors.rules import RULES, Rule


def cell(text: str) -> str:
    """Text for a code span in a table cell: pipes escaped, a line break written as \\n."""
    return text.replace("|", "\\|").replace("\n", "\\n")


def notes(rule: Rule) -> str:
    parts = [rule.description] if rule.description else []
    if rule.by_kind:
        parts.append("Relation by outlet kind: `wire_credit` for a wire, else `source_credit`.")
    if rule.wire_only:
        parts.append("Only names of wire outlets.")
    if rule.publisher_only:
        parts.append("Not the names of wire outlets (the agencies' rules read those).")
    if rule.known_only:
        parts.append("Only registered outlets, domains or URLs.")
    if rule.fixed_outlet:
        parts.append(f"Always credits {rule.fixed_outlet}.")
    if rule.chain_via:
        parts.append('Follows "via X" chains.')
    if rule.more_names:
        parts.append("Credits the known names listed after it too.")
    if rule.abbreviation_check:
        parts.append("Not after the words it abbreviates.")
    if rule.max_prose_words is not None:
        parts.append("Not among the words of a sentence.")
    if rule.fallback:
        parts.append("Tried last, where no other rule fires.")
    return " ".join(parts)


def contexts() -> None:
    """The table of the second stage's contexts."""
    from provenance.extractors.contexts import CONTEXTS

    print("| context | verdict | judges | example (the credit it overrules) | description |")
    print("|---|---|---|---|---|")
    for context in CONTEXTS:
        judges = ", ".join(f"`{m}`" for m in context.methods)
        relations = ", ".join(f"`{r.value}`" for r in context.relations)
        example = f"`{cell(context.examples[0][0])}` ({context.examples[0][1]})" if context.examples else ""
        print(
            f"| `{context.id}` | {context.verdict.value} | {relations} from {judges} | {example} "
            f"| {cell(context.description)} |"
        )


def yields(rule: Rule, text: str) -> str:
    found = provenance.extract(text)
    if not found:
        return "nothing"
    out = []
    for a in found:
        item = f"{a.outlet} → `{a.outlet_id}` ({a.confidence:g}"
        if a.relation is not rule.relation:
            item += f", `{a.relation.value}`"
        if a.evidence.method != f"text:{rule.id}":
            item += f", by `{a.evidence.method}`"
        out.append(item + ")")
    return "; ".join(out)


def main() -> None:
    print("| rule | relation | languages | weight | example | yields (confidence) | notes |")
    print("|---|---|---|---|---|---|---|")
    for rule in RULES:
        examples = [text for text, expected in rule.examples if expected] or [rule.examples[0][0]]
        text = examples[0]
        languages = ", ".join("any" if lang == "*" else lang for lang in rule.languages)
        print(
            f"| `{rule.id}` | `{rule.relation.value}` | {languages} | {rule.weight:g} "
            f"| `{cell(text)}` | {yields(rule, text)} | {notes(rule)} |"
        )


if __name__ == "__main__":
    import sys

    contexts() if sys.argv[1:] == ["--contexts"] else main()
