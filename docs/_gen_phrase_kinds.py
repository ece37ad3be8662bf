"""Print the phrase-kind table of docs/cli.md from `provenance.phrase_kinds.METHOD_PHRASES`.

Run from the repository root and paste the output over the table in docs/cli.md:

    python docs/_gen_phrase_kinds.py
"""

from __future__ import annotations

from provenance.phrase_kinds import METHOD_PHRASES, PHRASE_KINDS

NOTES = {
    "republished_with_permission": ', and any republication whose evidence asks leave ("with permission", '
    '"by permission", "Genehmigung", "autorisation", "autorizzazione", "permiso", "permissão", "разрешение")',
    "source_credit": ' ("Quelle: dpa" is a `source_credit` phrase with the relation `wire_credit`, as the labels '
    "have it)",
    "": ": `wire_credit` when they name an agency, `source_credit` otherwise",
}
TITLES = {"": "the relation's", "image_credit": "`image_credit` (never scored)"}


def main() -> None:
    print("| phrase kind | methods |")
    print("|---|---|")
    for kind in (*PHRASE_KINDS, "", "image_credit"):
        methods = ", ".join(f"`{m}`" for m, k in METHOD_PHRASES.items() if k == kind)
        print(f"| {TITLES.get(kind, f'`{kind}`')} | {methods}{NOTES.get(kind, '')} |")


if __name__ == "__main__":
    main()
