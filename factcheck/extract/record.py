"""The extractor's working record: a claim under construction with what later passes need."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.extract.clauses import Segment
from factcheck.extract.types import ExtractedClaim, ExtractedSource


@dataclass
class ClaimRecord:
    """One claim being built, with the bookkeeping of the passes that follow the parse:
    quotation propagation reads `para`, `regions` and `quoted`; denial links read `parent`,
    `obj_lemma`, `anaphoric` and `lemmas`; colon frames set `colon_frame`."""

    claim: ExtractedClaim
    seg: Segment
    unit: int  # index of the sentence unit it comes from
    para: int  # index of its paragraph
    regions: list[int]  # quotation regions it overlaps
    quoted: float  # share of its visible characters inside quotation marks
    lemmas: set[str] = field(default_factory=set)  # content lemmas, to match denials
    source: ExtractedSource | None = None
    parent: int | None = None  # index into records of the clause a parenthetical denies
    obj_lemma: str | None = None  # what a denial rejects ("claims", "report")
    anaphoric: bool = False  # "rejected the claims": denies something said before
    colon_frame: bool = False  # "the firm said:" introducing the next paragraph's quotation
