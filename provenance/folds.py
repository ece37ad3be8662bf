"""Source families and folds: how a labelled case set is split to score a change out of sample.

A case's *family* is where it came from: the site of a saved page (``source`` "page: <url>": the
host without "www."), else the repository its ``source`` names (the text before " @ "). Families
fall into folds by a hash of their name, so a family's cases always stay together and the split
never changes as cases are added. A change made while looking at all folds but one is scored
out of sample on that one: the project keeps fold 0 of 5 held back.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

NONE = "(none)"  # the group of a case or label that does not say its language, source or phrase
DEFAULT_FOLDS = 5


def source_family(source: str) -> str:
    """The family of a case's ``source``: the site of a saved page, else the repository.

    >>> source_family("page: https://www.example.com/2024/05/story")
    'example.com'
    >>> source_family("github.com/example/parser @ 0123abc : tests/fixtures/a.html")
    'github.com/example/parser'
    """
    source = source.strip()
    if source.startswith("page:"):
        address = source.removeprefix("page:").strip()
        host = urlsplit(address if "://" in address else f"//{address}").hostname or address
        return host.removeprefix("www.")
    return source.split(" @ ", 1)[0].strip() or NONE


def fold_of(family: str, folds: int = DEFAULT_FOLDS) -> int:
    """The fold a source family belongs to: ``zlib.crc32(family) % folds``, stable across runs.

    >>> fold_of("example.com"), fold_of("example.org")
    (0, 2)
    """
    return zlib.crc32(family.encode()) % folds


@dataclass(frozen=True)
class FoldSelection:
    """Which source families a run scores: all, one fold (``fold``), or all but one (``except_fold``)."""

    folds: int = DEFAULT_FOLDS
    fold: int | None = None
    except_fold: int | None = None

    def __post_init__(self) -> None:
        if self.folds < 1:
            raise ValueError(f"folds must be at least 1, not {self.folds}")
        if self.fold is not None and self.except_fold is not None:
            raise ValueError("give fold or except_fold, not both")
        for k in (self.fold, self.except_fold):
            if k is not None and not 0 <= k < self.folds:
                raise ValueError(f"fold {k} is not one of 0..{self.folds - 1}")

    def keeps(self, family: str) -> bool:
        """Whether the cases of ``family`` are scored."""
        if self.fold is not None:
            return fold_of(family, self.folds) == self.fold
        if self.except_fold is not None:
            return fold_of(family, self.folds) != self.except_fold
        return True

    def describe(self) -> str:
        if self.fold is not None:
            return f"fold {self.fold} of {self.folds}"
        if self.except_fold is not None:
            return f"all but fold {self.except_fold} of {self.folds}"
        return "all folds"

    def as_dict(self) -> dict[str, int | None]:
        return {"folds": self.folds, "fold": self.fold, "except_fold": self.except_fold}
