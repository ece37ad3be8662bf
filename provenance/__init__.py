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
    ProvenanceError,
    RegistryError,
)
from provenance.extractors import extract
from provenance.models import Attribution, Document, Evidence, Location, Outlet, OutletKind, Region, Relation
from provenance.readers import read_path, text_document
from provenance.resolver import OutletRegistry

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "BinaryInput",
    "CasesError",
    "Document",
    "EmptyInput",
    "Evidence",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "Location",
    "Outlet",
    "OutletKind",
    "OutletRegistry",
    "ProvenanceError",
    "Region",
    "RegistryError",
    "Relation",
    "__version__",
    "extract",
    "read_path",
    "text_document",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
