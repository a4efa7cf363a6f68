"""The fixed vocabulary of DESIGN.md as Python enums (stored in the database as their values)."""

from enum import StrEnum


class Attribution(StrEnum):
    ASSERTED = "asserted"
    SAID = "said"
    ACCORDING_TO = "according_to"
    CLAIMED = "claimed"
    REPORTEDLY = "reportedly"
    ALLEGED = "alleged"
    DENIED = "denied"
    ESTIMATED = "estimated"
    RUMORED = "rumored"
    BELIEVED = "believed"  # a mental state: believes, thinks, expects, wants, fears
    PROMISED = "promised"  # a commitment: promises, vows, pledges, commits to


# Attributions where the article does not name who stands behind the claim.
UNSOURCED_ATTRIBUTIONS = frozenset(
    {Attribution.REPORTEDLY, Attribution.ALLEGED, Attribution.RUMORED}
)


class Certainty(StrEnum):
    CERTAIN = "certain"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    UNCOMMITTED = "uncommitted"
    NEGATED = "negated"


class ClaimType(StrEnum):
    QUANTITY = "quantity"
    PREDICTION = "prediction"
    RULE = "rule"
    CAUSATION = "causation"
    PERSONAL = "personal"
    OTHER = "other"
    OPINION = "opinion"


class Status(StrEnum):
    UNVERIFIED = "unverified"
    IN_REVIEW = "in_review"
    VERIFIED = "verified"
    MOSTLY_TRUE = "mostly_true"
    MIXED = "mixed"
    MISLEADING = "misleading"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"
    DISPUTED = "disputed"


# Statuses that are a verdict (ClaimReview ratings); unverified/in_review are not.
VERDICT_STATUSES = frozenset(Status) - {Status.UNVERIFIED, Status.IN_REVIEW}


class Origin(StrEnum):
    EXTRACTED = "extracted"
    MANUAL = "manual"
    MATCHED = "matched"


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class Relation(StrEnum):
    DENIES = "denies"
    CONTRADICTS = "contradicts"
    SUPPORTS = "supports"
    SAME_AS = "same_as"


class SourceKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GOVERNMENT = "government"
    PUBLICATION = "publication"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


def parse_enum(enum_cls: type[StrEnum], value: str, what: str) -> StrEnum:
    """Turn user input into an enum member, or raise a one-line error listing the choices."""
    from factcheck.errors import BadInput

    normalised = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum_cls(normalised)
    except ValueError:
        choices = ", ".join(m.value for m in enum_cls)
        raise BadInput(f"unknown {what} {value!r}; choose one of: {choices}") from None


def voice_of(speaker: str | None, attribution: str) -> str:
    """Who stands behind a claim, in words: its speaker, the article, or an unnamed source."""
    if speaker:
        return speaker
    if attribution == Attribution.ASSERTED:
        return "the article itself"
    return "no named source"
