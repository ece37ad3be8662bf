"""Near-duplicate text reuse: find the copies that no statement admits, and weigh them against credits.

Three layers, each usable alone (docs/reuse.md has the method, the thresholds and the figures):

1. `fingerprint` (pure): a text's normalised 5-word shingles, a 128-value MinHash signature and
   its winnowed anchors, for Jaccard and containment (`provenance.reuse.sketch`).
2. `ReuseIndex` (SQLite): fingerprints kept in the tables of `REUSE_SCHEMA`, added one document at
   a time, queried through LSH bands (near copies) and anchors (partial copies), with per-outlet
   boilerplate lines left out (`provenance.reuse.index`).
3. `orient` and `flag_copy` (pure): a candidate pair becomes a directed `ReuseEdge` (earlier
   publication -> later, evidence method ``reuse:minhash``, weight ``0.8 * s**2``), and a copy's
   edges against its credits raise `ReuseFlag`\\ s: ``unattributed_copy``, ``credit_mismatch``,
   ``partial_reuse``, ``direction_unknown`` (`provenance.reuse.fusion`).

Wiring into the store (the plan; none of it is done here):

- the store adds `REUSE_SCHEMA` as one numbered migration; the tables name documents by
  ``documents.id``;
- ingest, for each *new* document, inside the document's transaction::

      index = ReuseIndex(conn)                      # once per store; cheap; never commits
      found = index.index(doc_id, doc.text, outlet_id=article.outlet_id, published=doc.published)
      edges = [orient(DocRef(doc_id, article.outlet_id, doc.published), c) for c in found]

  and writes each edge as a link (source article -> copy article, kind ``republished``) whose
  evidence has method ``REUSE_METHOD`` and weight ``edge.weight``; a direction-unknown edge is
  kept but should not lead `origin` anywhere;
- the index reads and writes its pages at random (about 1.3 KB per document): commit in groups
  (as ``Store.grouped`` does) and give a large store ``PRAGMA mmap_size``;
- flags are computed when asked (``provenance copies``, ``audit``): for a copy, its reuse edges,
  the outlet ids of its ``republished_from``/``wire_credit``/``source_credit`` statements and
  those of its sources go to `flag_copy`.

>>> import sqlite3
>>> conn = sqlite3.connect(":memory:")
>>> _ = conn.executescript(REUSE_SCHEMA)
>>> index = ReuseIndex(conn)
>>> text = " ".join(f"w{i}" for i in range(300))
>>> index.index(1, text, outlet_id="alpha", published="2024-05-01")
[]
>>> found = index.index(2, text.replace("w7 ", "x7 "), outlet_id="beta", published="2024-05-02")
>>> edge = orient(DocRef(2, "beta", "2024-05-02"), found[0])
>>> (edge.source, edge.target, edge.kind.value, edge.direction_known)
(1, 2, 'near_copy', True)
>>> [f.kind.value for f in flag_copy(DocRef(2, "beta", "2024-05-02"), credited=[], edges=[edge])]
['unattributed_copy']
"""

from provenance.reuse.alignment import Alignment, Span, align
from provenance.reuse.config import DEFAULT_CONFIG, ReuseConfig
from provenance.reuse.fusion import (
    MAX_REUSE_WEIGHT,
    REUSE_METHOD,
    DocRef,
    ReuseEdge,
    ReuseFlag,
    ReuseFlagKind,
    flag_copy,
    links_of,
    orient,
    reuse_weight,
    select_copies,
)
from provenance.reuse.index import (
    REUSE_SCHEMA,
    Candidate,
    IndexedDocument,
    ReuseIndex,
    ReuseKind,
    band_keys,
    normalise_published,
    title_key,
)
from provenance.reuse.sketch import Fingerprint, fingerprint, jaccard_estimate, words

__all__ = [
    "DEFAULT_CONFIG",
    "MAX_REUSE_WEIGHT",
    "REUSE_METHOD",
    "REUSE_SCHEMA",
    "Alignment",
    "Candidate",
    "DocRef",
    "Fingerprint",
    "IndexedDocument",
    "ReuseConfig",
    "ReuseEdge",
    "ReuseFlag",
    "ReuseFlagKind",
    "ReuseIndex",
    "ReuseKind",
    "Span",
    "align",
    "band_keys",
    "fingerprint",
    "flag_copy",
    "jaccard_estimate",
    "links_of",
    "normalise_published",
    "orient",
    "reuse_weight",
    "select_copies",
    "title_key",
    "words",
]
