"""What a store holds, read with SQL by keys (not by the numbers the store gives its rows), to
compare two stores or one store before and after."""

from __future__ import annotations

import sqlite3


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
