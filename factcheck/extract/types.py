"""Plain dataclasses for extraction results (no spaCy, no database)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.vocab import Attribution, Certainty, ClaimType

# The vocabulary fields are factcheck.vocab's enums (StrEnum: they compare and serialise as
# their string values); a plain string given for one is converted, so a typo fails here.


# Every field of a claim that is an offset into the article text (shifted together when a
# text is processed in pieces, range-checked together when a backup is restored).
OFFSET_FIELDS = (
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "cue_start",
    "cue_end",
    "speaker_start",
    "speaker_end",
)


@dataclass
class ExtractedClaim:
    """One assertion, anchored by code-point offsets into the text as given."""

    quote: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    attribution: Attribution = Attribution.ASSERTED
    cue: str | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_kind: str | None = None
    direct_quote: bool = False
    certainty: Certainty = Certainty.CERTAIN
    checkworthiness: float = 0.0
    claim_type: ClaimType = ClaimType.OTHER
    claim_text: str = ""
    # code points of the cue words and of the source mention in the same text; None when
    # the claim has no cue (asserted) or no named source ("reportedly")
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None

    def __post_init__(self) -> None:
        self.attribution = Attribution(self.attribution)
        self.certainty = Certainty(self.certainty)
        self.claim_type = ClaimType(self.claim_type)

    def take_attribution(self, other: ExtractedClaim) -> None:
        """Attribute this claim as `other` is: same cue, same speaker, same anchors (a
        quotation continued from the sentence that names its speaker)."""
        self.attribution, self.cue = other.attribution, other.cue
        self.cue_start, self.cue_end = other.cue_start, other.cue_end
        self.speaker, self.speaker_role = other.speaker, other.speaker_role
        self.speaker_kind = other.speaker_kind
        self.speaker_start, self.speaker_end = other.speaker_start, other.speaker_end

    def to_json(self) -> dict[str, Any]:
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "attribution": self.attribution,
            "cue": self.cue,
            "speaker": self.speaker,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "direct_quote": self.direct_quote,
            "certainty": self.certainty,
            "checkworthiness": self.checkworthiness,
            "claim_type": self.claim_type,
            "speaker_role": self.speaker_role,
            "speaker_kind": self.speaker_kind,
            "claim_text": self.claim_text,
        }


@dataclass
class ExtractedLink:
    """A relation between two claims of the same result, by index into `claims`."""

    from_index: int
    to_index: int
    relation: str = "denies"

    def to_json(self) -> dict[str, Any]:
        return {"from": self.from_index, "to": self.to_index, "relation": self.relation}


@dataclass
class ExtractedSource:
    """A speaker found in the article, with the other names it goes by."""

    name: str
    kind: str = "unknown"
    role: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "aliases": list(self.aliases),
        }


@dataclass
class ExtractedCitation:
    """A work the article relies on or summarises ("an article by X posted on Y")."""

    title: str | None
    author: str | None
    publisher: str | None
    url: str | None
    cue_quote: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "author": self.author,
            "publisher": self.publisher,
            "url": self.url,
            "cue_quote": self.cue_quote,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class ExtractionResult:
    """Everything extracted from one article."""

    article: str
    claims: list[ExtractedClaim] = field(default_factory=list)
    links: list[ExtractedLink] = field(default_factory=list)
    sources: list[ExtractedSource] = field(default_factory=list)
    citations: list[ExtractedCitation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The `factcheck extract --format json` structure of DESIGN.md."""
        return {
            "article": self.article,
            "claims": [c.to_json() for c in self.claims],
            "links": [lk.to_json() for lk in self.links],
        }
