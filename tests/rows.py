"""What a store holds, read with SQL by keys (not by the numbers the store gives its rows), to
compare two stores or one store before and after; and a corpus of chains to fill one with."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

_WORDS = "the of and to a in is that for it as was with be by on not this are or from at which but".split()


def write_chain_corpus(path: Path, count: int, start: int = 0) -> Path:
    """JSON lines of ``count`` documents (numbered from ``start``): stories of four copies, three
    crediting one of 40 outlets, each with an AP dateline."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + count):
            story = i // 4
            body = " ".join(_WORDS[(i * 7 + k) % len(_WORDS)] for k in range(120))
            credit = "" if i % 4 == 0 else f"Originally published by Outlet {story % 40} Ledger\n"
            record = {
                "url": f"https://site{i % 50}.com/{story}/{i}",
                "title": f"Story {story}",
                "text": f"Story {story}\n{credit}{body}.\nWASHINGTON (AP) — more words follow here.",
            }
            out.write(json.dumps(record) + "\n")
    return path


def store_rows(db: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """The store's documents, articles, statements and links, each table sorted."""
    return {
        "articles": db.execute(
            "SELECT id, url, title, title_key, outlet_id, published, published_source, inferred "
            "FROM articles ORDER BY id"
        ).fetchall(),
        "documents": db.execute(
            "SELECT hex(d.content_hash), d.source, a.id FROM documents d JOIN articles a ON a.n = d.article "
            "ORDER BY 1"
        ).fetchall(),
        "attributions": db.execute(
            "SELECT hex(d.content_hash), a.relation, a.outlet_id, a.evidence_start, a.evidence_text "
            "FROM attributions a JOIN documents d ON d.id = a.document_id ORDER BY 1, 2, 3, 4, 5"
        ).fetchall(),
        "links": db.execute(
            "SELECT s.id, coalesce(t.id, l.outlet_id), l.kind, l.weight FROM links l "
            "JOIN articles s ON s.n = l.src LEFT JOIN articles t ON t.n = l.dst ORDER BY 1, 2, 3, 4"
        ).fetchall(),
    }
