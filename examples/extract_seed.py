"""Read the seed article, extract its syndication statements and print the chains they form.

Run it from anywhere: ``python examples/extract_seed.py``. The seed is a copy with no URL that opens
with "Originally published by ZeroHedge" and ends with South Front's feed footer; its photo credit
("... Press Service via AP") is the picture's provenance, not the text's.
"""

from __future__ import annotations

from pathlib import Path

import provenance
from provenance import Attribution, Relation

SEED = Path(__file__).resolve().parent / "seed" / "000_80a42ec52d295585.txt"


def chain(start: str, attributions: list[Attribution]) -> str:
    """The outlets in layer order, outermost first: "this copy <- South Front <- ZeroHedge"."""
    names: dict[int, str] = {}
    for a in attributions:
        # Statements naming the same outlet share a layer; the first one names it.
        if a.layer is not None:
            names.setdefault(a.layer, a.outlet)
    return " <- ".join([start, *(names[layer] for layer in sorted(names))])


def show_evidence(attributions: list[Attribution]) -> None:
    for a in attributions:
        ev = a.evidence
        print(f"  layer {a.layer}: {a.relation.value} {a.outlet} ({a.outlet_id}), confidence {a.confidence}")
        print(f"    {ev.method} in the {ev.location.value}, characters {ev.start}-{ev.end}: “{ev.text}”")


def main() -> None:
    # read_path returns a list (a feed or an archive holds many documents); a text file is one.
    (doc,) = provenance.read_path(SEED)
    found = provenance.extract(doc)

    # Picture credits have layers of their own and never join the text's chain. A self-credit
    # (the host crediting itself, known only when the copy's URL is given) has no layer at all.
    text = [a for a in found if a.relation is not Relation.IMAGE_CREDIT and not a.self_credit]
    pictures = [a for a in found if a.relation is Relation.IMAGE_CREDIT and not a.self_credit]

    print(f"{SEED.name}: {doc.title}")
    print()
    print("Text:    " + chain("this copy", text))
    show_evidence(text)
    print()
    print("Picture: " + chain("the picture", pictures))
    show_evidence(pictures)


if __name__ == "__main__":
    main()
