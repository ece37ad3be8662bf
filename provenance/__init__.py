"""provenance: trace where news articles came from.

Copies of articles say where they came from ("Originally published by ZeroHedge", "(Reuters) -",
"The post ... appeared first on South Front."). `provenance` reads those statements out of
documents, resolves the outlets they name and keeps each with its verbatim evidence.

>>> import provenance
>>> [a.outlet for a in provenance.extract("LONDON (Reuters) - Shares fell on Monday.")]
['Reuters']
"""

import logging

from provenance._exceptions import (
    BinaryInput,
    CasesError,
    EmptyInput,
    InputError,
    InputNotFound,
    InputTooLarge,
    OutletNotFound,
    ProvenanceError,
    ReferenceNotFound,
    RegistryError,
    RenderError,
    StoreError,
)
from provenance.audit import OutletAudit, OverlapPair, audit, outlet_flows, overlap
from provenance.extractors import extract
from provenance.graph import build_graph, graph_around, whole_graph
from provenance.ingest import IngestSummary, ingest
from provenance.models import (
    Article,
    Attribution,
    Document,
    Evidence,
    Location,
    Outlet,
    OutletKind,
    Region,
    Relation,
)
from provenance.queries import Conflict, Origin, Path, SpreadNode, conflicts, origin, paths, spread
from provenance.readers import iter_path, read_path, text_document
from provenance.resolver import OutletRegistry
from provenance.store import Store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "BinaryInput",
    "CasesError",
    "Conflict",
    "Document",
    "EmptyInput",
    "Evidence",
    "IngestSummary",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "Location",
    "Origin",
    "Outlet",
    "OutletAudit",
    "OutletKind",
    "OutletNotFound",
    "OutletRegistry",
    "OverlapPair",
    "Path",
    "ProvenanceError",
    "ReferenceNotFound",
    "Region",
    "RegistryError",
    "Relation",
    "RenderError",
    "SpreadNode",
    "Store",
    "StoreError",
    "__version__",
    "audit",
    "build_graph",
    "conflicts",
    "extract",
    "graph_around",
    "ingest",
    "iter_path",
    "origin",
    "outlet_flows",
    "overlap",
    "paths",
    "read_path",
    "spread",
    "text_document",
    "whole_graph",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
