"""Addresses of scholarly and reference works: papers, datasets, code and their repositories.

A page that says it is based on a paper (JSON-LD ``isBasedOn`` pointing at PubMed or a DOI), or
whose metadata points at a journal, a preprint server, a dataset or a code repository, cites a
work; it does not copy a news outlet. Such an address is never a syndication credit, whichever
tag carries it. The hosts are data: the registries, indexes and preprint servers of research, the
publishers whose sites carry journals only, and the repositories of code and data. Publishers
that also run newsrooms (nature.com, science.org, bmj.com) are left out: their papers are caught
by the DOI in the address instead.

>>> [is_work_address(u) for u in (
...     "https://pubmed.ncbi.nlm.nih.gov/25998000/",
...     "https://www.science.org/doi/10.1126/science.abc1234",
...     "https://github.com/adbar/trafilatura",
...     "https://www.theguardian.com/world/2024/may/14/story",
... )]
[True, True, True, False]
"""

from __future__ import annotations

import re
from functools import lru_cache

from provenance.resolver import host_of

# Hosts (and every host under them) that serve scholarly or reference works.
WORK_HOSTS = frozenset(
    {
        # identifiers, indexes and catalogues of research
        "doi.org",
        "dx.doi.org",
        "ncbi.nlm.nih.gov",
        "europepmc.org",
        "scholar.google.com",
        "semanticscholar.org",
        "researchgate.net",
        "academia.edu",
        "openalex.org",
        "orcid.org",
        "dblp.org",
        "core.ac.uk",
        "jstor.org",
        "clinicaltrials.gov",
        # preprint servers and open archives
        "arxiv.org",
        "biorxiv.org",
        "medrxiv.org",
        "ssrn.com",
        "osf.io",
        "hal.science",
        "hal.archives-ouvertes.fr",
        "scielo.org",
        "scielo.br",
        "jstage.jst.go.jp",
        # publishers whose sites carry journals and books only
        "sciencedirect.com",
        "link.springer.com",
        "onlinelibrary.wiley.com",
        "tandfonline.com",
        "journals.sagepub.com",
        "academic.oup.com",
        "journals.plos.org",
        "frontiersin.org",
        "mdpi.com",
        "cell.com",
        "thelancet.com",
        "jamanetwork.com",
        "nejm.org",
        "pnas.org",
        "dl.acm.org",
        "ieeexplore.ieee.org",
        "iopscience.iop.org",
        "journals.aps.org",
        "pubs.acs.org",
        "pubs.rsc.org",
        "elifesciences.org",
        "peerj.com",
        "hindawi.com",
        "karger.com",
        "degruyter.com",
        "emerald.com",
        "ingentaconnect.com",
        "cambridge.org",
        # repositories of code and data
        "github.com",
        "gitlab.com",
        "bitbucket.org",
        "zenodo.org",
        "figshare.com",
        "huggingface.co",
        "kaggle.com",
        "datadryad.org",
        "dataverse.harvard.edu",
        "data.world",
    }
)
# A DOI in the path ("/doi/10.1126/...", "/10.1038/s41586-...").
_DOI = re.compile(r"/(?:doi/(?:abs/|full/|pdf/)?)?10\.\d{4,9}/\S")


@lru_cache(maxsize=4096)
def is_work_address(url: str) -> bool:
    """Whether ``url`` points at a paper, a dataset or code rather than at a news outlet's page."""
    host = host_of(url)
    while host:
        if host in WORK_HOSTS:
            return True
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return _DOI.search(url) is not None
