"""SQLAlchemy 2 ORM models of the claims ledger: articles, sources, claims, reviews, links.

Each class is mapped onto its table in factcheck/tables.py (the columns are defined there,
once; the annotations here give their Python types), and adds the relationships.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from factcheck import tables
from factcheck.tables import (  # noqa: F401  (services import these from here too)
    NAMING_CONVENTION,
    as_utc,
    enum_column,
    utcnow,
)
from factcheck.vocab import (
    Attribution,
    Certainty,
    ClaimType,
    Origin,
    Relation,
    SourceKind,
    Stance,
    Status,
)


class Base(DeclarativeBase):
    metadata = tables.metadata


class Article(Base):
    """One version of an ingested text; the text itself is never edited."""

    __table__ = tables.articles

    id: Mapped[int]
    slug: Mapped[str]
    version: Mapped[int]
    first_version_id: Mapped[int | None]
    is_current: Mapped[bool]
    title: Mapped[str | None]
    outlet: Mapped[str | None]
    authors: Mapped[list[str]]
    url: Mapped[str | None]
    published: Mapped[date | None]
    filename: Mapped[str | None]
    format: Mapped[str]
    text: Mapped[str]
    sha256: Mapped[str]
    extracted_with: Mapped[str | None]
    created_at: Mapped[datetime]

    claims: Mapped[list[Claim]] = relationship(back_populates="article", lazy="raise")
    citations: Mapped[list[Citation]] = relationship(back_populates="article", lazy="raise")


class Source(Base):
    """Whoever asserts something: a person, organisation, government, publication or document."""

    __table__ = tables.sources

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[SourceKind]
    role: Mapped[str | None]
    created_at: Mapped[datetime]

    aliases: Mapped[list[SourceAlias]] = relationship(
        back_populates="source", lazy="raise", cascade="all, delete-orphan"
    )


class SourceAlias(Base):
    """Another name for a source ("Matvienko", "Dushanbe"); unique across sources."""

    __table__ = tables.source_aliases

    id: Mapped[int]
    source_id: Mapped[int]
    alias: Mapped[str]
    alias_key: Mapped[str]

    source: Mapped[Source] = relationship(back_populates="aliases", lazy="raise")


class Citation(Base):
    """An article's reference to another work it relies on or summarises."""

    __table__ = tables.citations

    id: Mapped[int]
    article_id: Mapped[int]
    source_id: Mapped[int | None]
    author_id: Mapped[int | None]
    title: Mapped[str | None]
    url: Mapped[str | None]
    mention: Mapped[str | None]
    created_at: Mapped[datetime]

    article: Mapped[Article] = relationship(back_populates="citations", lazy="raise")
    source: Mapped[Source | None] = relationship(
        foreign_keys=[tables.citations.c.source_id], lazy="raise"
    )
    author: Mapped[Source | None] = relationship(
        foreign_keys=[tables.citations.c.author_id], lazy="raise"
    )


class Claim(Base):
    """One assertion in one article, anchored by exact offsets: text[start:end] == quote."""

    __table__ = tables.claims

    id: Mapped[int]
    article_id: Mapped[int]
    quote: Mapped[str]
    start: Mapped[int]
    end: Mapped[int]
    prefix: Mapped[str]
    suffix: Mapped[str]
    sentence_start: Mapped[int | None]
    sentence_end: Mapped[int | None]
    claim_text: Mapped[str]
    speaker_id: Mapped[int | None]
    citation_id: Mapped[int | None]
    attribution: Mapped[Attribution]
    cue: Mapped[str | None]
    cue_start: Mapped[int | None]
    cue_end: Mapped[int | None]
    speaker_start: Mapped[int | None]
    speaker_end: Mapped[int | None]
    direct_quote: Mapped[bool]
    certainty: Mapped[Certainty]
    checkworthiness: Mapped[float | None]
    claim_type: Mapped[ClaimType]
    status: Mapped[Status]
    origin: Mapped[Origin]
    origin_detail: Mapped[str | None]
    orphaned: Mapped[bool]
    stale: Mapped[bool]
    dismissed: Mapped[bool]
    dismissed_reason: Mapped[str | None]
    published_status: Mapped[Status | None]
    published_at: Mapped[datetime | None]
    published_by: Mapped[str | None]
    published_review_id: Mapped[int | None]
    published_quote: Mapped[str | None]
    published_claim_text: Mapped[str | None]
    assignee: Mapped[str | None]
    due: Mapped[date | None]
    lock_version: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __mapper_args__ = {"version_id_col": tables.claims.c.lock_version}

    article: Mapped[Article] = relationship(back_populates="claims", lazy="raise")
    speaker: Mapped[Source | None] = relationship(lazy="raise")
    citation: Mapped[Citation | None] = relationship(lazy="raise")


class ClaimEvent(Base):
    """Every change to a claim after creation (edits, re-anchoring, publish, dismiss,
    restore, evidence retraction, link removal), append-only."""

    __table__ = tables.claim_events

    id: Mapped[int]
    claim_id: Mapped[int]
    actor: Mapped[str]
    action: Mapped[str]
    field: Mapped[str | None]
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
    note: Mapped[str | None]
    created_at: Mapped[datetime]


class Review(Base):
    """One verdict on a claim. Append-only and hash-chained across the whole ledger."""

    __table__ = tables.reviews

    id: Mapped[int]
    seq: Mapped[int]
    claim_id: Mapped[int]
    reviewer: Mapped[str]
    status: Mapped[Status]
    rationale: Mapped[str]
    created_at: Mapped[datetime]
    prev_hash: Mapped[str]
    hash: Mapped[str]


class Evidence(Base):
    """A citation a reviewer attaches to a claim, with its stance."""

    __table__ = tables.evidence

    id: Mapped[int]
    claim_id: Mapped[int]
    url: Mapped[str | None]
    reference: Mapped[str | None]
    publisher: Mapped[str | None]
    excerpt: Mapped[str | None]
    accessed: Mapped[date | None]
    stance: Mapped[Stance]
    added_by: Mapped[str]
    created_at: Mapped[datetime]
    retracted_at: Mapped[datetime | None]
    retracted_by: Mapped[str | None]
    retracted_reason: Mapped[str | None]


class Link(Base):
    """A relation between two claims (denies, contradicts, supports, same_as)."""

    __table__ = tables.links

    id: Mapped[int]
    from_claim_id: Mapped[int]
    to_claim_id: Mapped[int]
    relation: Mapped[Relation]
    origin: Mapped[Origin]
    created_by: Mapped[str]
    score: Mapped[float | None]
    note: Mapped[str | None]
    created_at: Mapped[datetime]
    removed_at: Mapped[datetime | None]
    removed_by: Mapped[str | None]
    removed_reason: Mapped[str | None]


class LedgerEvent(Base):
    """One event of the whole ledger's trail, append-only and hash-chained: `prev_hash` is
    the hash of event seq-1, `hash` the sha256 of this event's canonical JSON."""

    __table__ = tables.ledger_events

    seq: Mapped[int]
    kind: Mapped[str]
    claim_id: Mapped[int | None]
    article_id: Mapped[int | None]
    actor: Mapped[str]
    db_role: Mapped[str | None]
    payload: Mapped[dict]
    created_at: Mapped[datetime]
    prev_hash: Mapped[str]
    hash: Mapped[str]


class TriageWeights(Base):
    """One `factcheck triage fit` of the check-worthiness model on this ledger's own labels.

    The newest row is the ledger's model; without one, the shipped weights apply. A table
    rather than a file next to the database, so it works alike on SQLite and PostgreSQL,
    travels in backups, and a fit commits atomically with the claims it rescored.
    """

    __table__ = tables.triage_weights

    id: Mapped[int]
    fitted_by: Mapped[str]
    labelled: Mapped[int]
    positives: Mapped[int]
    model: Mapped[dict]
    created_at: Mapped[datetime]
