"""The knobs of reuse detection, with the defaults docs/reuse.md explains.

>>> ReuseConfig().lsh_threshold
0.574
>>> ReuseConfig(jaccard_threshold=0.9).candidate_probability(0.9)
1.0
>>> ReuseConfig(bands=30)
Traceback (most recent call last):
...
ValueError: bands * rows (150) must not exceed num_perm (128)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["DEFAULT_CONFIG", "FINGERPRINT_FIELDS", "SKETCH_VERSION", "ReuseConfig"]

# The fields that shape what the index stores: an index built with one value of these cannot be
# queried with another (`ReuseIndex` checks them against the values recorded in the store).
# The version of the fingerprint computation (words, hashes, signature, winnowing) and of the form of
# the stored keys, recorded beside the fields: bump it whenever the same text and fields would give
# other rows.
SKETCH_VERSION = 2
FINGERPRINT_FIELDS = (
    "shingle",
    "num_perm",
    "bands",
    "rows",
    "window",
    "seed",
    "max_words",
    "max_anchor_docs",
)


@dataclass(frozen=True, slots=True)
class ReuseConfig:
    """How texts are fingerprinted and when two of them count as reuse.

    Fingerprint fields (fixed for the life of an index):

    ``shingle``
        Words per shingle (5). Fewer makes edited copies look more alike, and unrelated texts too.
    ``num_perm``
        MinHash values per signature (128): standard error of the Jaccard estimate
        ``sqrt(J (1 - J) / num_perm)``.
    ``bands``, ``rows``
        LSH banding (16 bands of 5 values): two texts become candidates when one band agrees,
        with probability ``1 - (1 - J**rows)**bands``: 0.998 at J = 0.8, 0.987 at 0.75, 0.40 at
        0.5, 5e-8 at 0.02 (unrelated texts). Candidates are then checked on the whole signature.
    ``window``
        Winnowing window (40 shingles): a passage of ``window + shingle - 1`` (44) words shared by
        two texts always yields a common anchor; a text keeps about ``2 / (window + 1)`` of its
        shingles (5 %) as anchors.
    ``seed``
        Seed of the hash family.
    ``max_words``
        Words of a text that are looked at (100,000); the rest is ignored.
    ``max_anchor_docs``
        An anchor found in more documents than this (50) is a common phrase: it stops being
        indexed and is ignored by queries (stock phrases, licences, disclaimers shared across
        outlets).

    Decision fields (may change between runs):

    ``jaccard_threshold``
        Estimated Jaccard at or above which a pair is a near copy (0.8), when it cannot be
        aligned (a document indexed before the index kept words).
    ``containment_threshold``
        Share of the shorter text found in the other (by anchors) at or above which a pair that
        shares no LSH band is a candidate (0.1; the alignment decides).
    ``min_shared_anchors``
        Anchors two texts must share to be such a candidate (2).

    Alignment fields (`provenance.reuse.alignment`; the decision of a candidate pair):

    ``align_words``
        Words of a text kept for alignment (20,000).
    ``max_aligned``
        Candidates aligned with a new text, the closest by their sketches first (20): a story
        shared by more documents than that is compared with the closest and earliest of them.
    ``min_run``, ``max_gap``, ``min_span``
        A span of shared text grows from runs of ``min_run`` (3) equal words, chained across at
        most ``max_gap`` (12) words of either text, and counts with ``min_span`` (20) equal words.
    ``copy_coverage``
        A pair is a copy (linked: origin and paths follow it) when its spans cover this share
        (0.5) of one of the two texts: most of the copy, or most of the source.
    ``title_coverage``
        The same when the two titles are the same or nearly (0.3): a title and a third of the
        text is a copy under a new introduction.
    ``near_coverage``
        Spans covering this share (0.8) of both texts make it a near copy, else a partial copy.
    ``min_copy_words``
        Equal words a copy holds at the least (50): a shared quotation is not a copy.
    ``passage_words``
        Equal words of a shared passage that is not a copy for it to be reported all the same,
        as partial reuse that is flagged, never linked (40).
    ``min_shingles``
        Texts with fewer distinct shingles (20) are kept but never matched: too short to judge.
    ``boilerplate_docs``
        A line already seen in this many earlier documents of the same outlet (3) is boilerplate
        for that outlet and left out of its later fingerprints.
    ``same_outlet``
        Report pairs of documents of one outlet (False: as passim, reuse within one series is
        not reuse).
    """

    shingle: int = 5
    num_perm: int = 128
    bands: int = 16
    rows: int = 5
    window: int = 40
    seed: int = 1
    max_words: int = 100_000
    max_anchor_docs: int = 50
    jaccard_threshold: float = 0.8
    containment_threshold: float = 0.1
    min_shared_anchors: int = 2
    align_words: int = 20_000
    max_aligned: int = 20
    min_run: int = 3
    max_gap: int = 12
    min_span: int = 20
    copy_coverage: float = 0.5
    title_coverage: float = 0.3
    near_coverage: float = 0.8
    min_copy_words: int = 50
    passage_words: int = 40
    min_shingles: int = 20
    boilerplate_docs: int = 3
    same_outlet: bool = False

    def __post_init__(self) -> None:
        for name in ("shingle", "num_perm", "bands", "rows", "window", "max_words", "max_anchor_docs"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be 1 or more, not {getattr(self, name)}")
        if self.bands * self.rows > self.num_perm:
            raise ValueError(
                f"bands * rows ({self.bands * self.rows}) must not exceed num_perm ({self.num_perm})"
            )
        for name in (
            "jaccard_threshold",
            "containment_threshold",
            "copy_coverage",
            "title_coverage",
            "near_coverage",
        ):
            if not 0.0 < getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], not {getattr(self, name)}")
        for name in (
            "min_shared_anchors",
            "min_shingles",
            "boilerplate_docs",
            "align_words",
            "min_run",
            "max_aligned",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be 1 or more, not {getattr(self, name)}")

    @property
    def lsh_threshold(self) -> float:
        """The Jaccard at which the banding's S-curve is steepest, ``(1 / bands) ** (1 / rows)``."""
        return round(float((1 / self.bands) ** (1 / self.rows)), 3)

    def candidate_probability(self, jaccard: float) -> float:
        """The probability that two texts of this Jaccard share a band (become candidates)."""
        return round(1 - (1 - jaccard**self.rows) ** self.bands, 4)

    def fingerprint_settings(self) -> dict[str, str]:
        """The fingerprint fields as the index records them."""
        values = asdict(self)
        return {"sketch": str(SKETCH_VERSION)} | {name: str(values[name]) for name in FINGERPRINT_FIELDS}


DEFAULT_CONFIG = ReuseConfig()
