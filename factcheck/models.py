"""SQLAlchemy 2 ORM models of the claims ledger: articles, sources, claims, reviews, links."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def enum_column(enum_cls: type[StrEnum]) -> SAEnum:
    """Store an enum as its string value (VARCHAR), identical on SQLite and PostgreSQL."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    """One version of an ingested text; the text itself is never edited."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("slug", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The id the article keeps across versions: its first version's id (itself for v1).
    first_version_id: Mapped[int | None] = mapped_column(Integer, index=True)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    title: Mapped[str | None] = mapped_column(String(500))
    outlet: Mapped[str | None] = mapped_column(String(200))
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    published: Mapped[date | None] = mapped_column(Date)
    filename: Mapped[str | None] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(8), default="txt")
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    extracted_with: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claims: Mapped[list[Claim]] = relationship(back_populates="article", lazy="raise")
    citations: Mapped[list[Citation]] = relationship(back_populates="article", lazy="raise")


class Source(Base):
    """Whoever asserts something: a person, organisation, government, publication or document."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[SourceKind] = mapped_column(enum_column(SourceKind), default=SourceKind.UNKNOWN)
    role: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    aliases: Mapped[list[SourceAlias]] = relationship(
        back_populates="source", lazy="raise", cascade="all, delete-orphan"
    )


class SourceAlias(Base):
    """Another name for a source ("Matvienko", "Dushanbe"); unique across sources."""

    __tablename__ = "source_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    alias_key: Mapped[str] = mapped_column(String(300), unique=True)

    source: Mapped[Source] = relationship(back_populates="aliases", lazy="raise")


class Citation(Base):
    """An article's reference to another work it relies on or summarises."""

    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    mention: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[Article] = relationship(back_populates="citations", lazy="raise")
    source: Mapped[Source | None] = relationship(foreign_keys=[source_id], lazy="raise")
    author: Mapped[Source | None] = relationship(foreign_keys=[author_id], lazy="raise")


class Claim(Base):
    """One assertion in one article, anchored by exact offsets: text[start:end] == quote."""

    __tablename__ = "claims"
    # `claims list` filters and pages by id: each filter has an (filter, id) index so a
    # page of 200 is read straight off the index even at millions of claims.
    __table_args__ = (
        Index("ix_claims_article_start", "article_id", "start"),
        Index("ix_claims_status_id", "status", "id"),
        Index("ix_claims_attribution_id", "attribution", "id"),
        Index("ix_claims_speaker_id_id", "speaker_id", "id"),
        # `claims list --sort checkworthiness` reads the top of the ranking off this index.
        Index("ix_claims_checkworthiness_id", "checkworthiness", "id"),
        # The few dismissed claims, for the disputes rules' `id NOT IN (dismissed)` (a plain
        # index on `dismissed` would tempt SQLite into reading it for the many live ones).
        Index(
            "ix_claims_dismissed",
            "id",
            sqlite_where=text("dismissed IS 1"),
            postgresql_where=text("dismissed"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    quote: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    prefix: Mapped[str] = mapped_column(String(64), default="")
    suffix: Mapped[str] = mapped_column(String(64), default="")
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)
    claim_text: Mapped[str] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    citation_id: Mapped[int | None] = mapped_column(ForeignKey("citations.id"), index=True)
    attribution: Mapped[Attribution] = mapped_column(
        enum_column(Attribution), default=Attribution.ASSERTED
    )
    cue: Mapped[str | None] = mapped_column(String(200))
    # Where the cue and the source mention stand in the article text (null when absent,
    # as for `asserted`): who said it, with which word, anchored like the quote.
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    direct_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    certainty: Mapped[Certainty] = mapped_column(enum_column(Certainty), default=Certainty.CERTAIN)
    checkworthiness: Mapped[float | None] = mapped_column(Float)
    claim_type: Mapped[ClaimType] = mapped_column(enum_column(ClaimType), default=ClaimType.OTHER)
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.UNVERIFIED)
    origin: Mapped[Origin] = mapped_column(enum_column(Origin), default=Origin.MANUAL)
    origin_detail: Mapped[str | None] = mapped_column(String(200))
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)
    # Reworded on a newer version of its article after its last verdict: re-review it.
    stale: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Judged not a claim / not worth checking: out of queues and exports, restorable.
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    dismissed_reason: Mapped[str | None] = mapped_column(Text)
    # The verdict an editor published: a later review changes none of these until the
    # claim is published again. Exports carry only this.
    published_status: Mapped[Status | None] = mapped_column(enum_column(Status))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str | None] = mapped_column(String(200))
    published_review_id: Mapped[int | None] = mapped_column(Integer)
    # The wording the verdict was published on: a correction or an edit does not change
    # what the published fact-check says.
    published_quote: Mapped[str | None] = mapped_column(Text)
    published_claim_text: Mapped[str | None] = mapped_column(Text)
    # Who is to check it (a reviewer's name or database role) and by when: the work queue.
    assignee: Mapped[str | None] = mapped_column(String(200), index=True)
    due: Mapped[date | None] = mapped_column(Date)
    lock_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, index=True
    )

    __mapper_args__ = {"version_id_col": lock_version}

    article: Mapped[Article] = relationship(back_populates="claims", lazy="raise")
    speaker: Mapped[Source | None] = relationship(lazy="raise")
    citation: Mapped[Citation | None] = relationship(lazy="raise")


class ClaimEvent(Base):
    """Every change to a claim after creation (edits, re-anchoring, publish, dismiss,
    restore, evidence retraction, link removal), append-only."""

    __tablename__ = "claim_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    field: Mapped[str | None] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)  # the reason or note given
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Review(Base):
    """One verdict on a claim. Append-only and hash-chained across the whole ledger."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Position in the ledger; unique so two writers can never fork the chain.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    reviewer: Mapped[str] = mapped_column(String(200), index=True)
    status: Mapped[Status] = mapped_column(enum_column(Status))
    rationale: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Evidence(Base):
    """A citation a reviewer attaches to a claim, with its stance."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    reference: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(300))
    excerpt: Mapped[str | None] = mapped_column(Text)
    accessed: Mapped[date | None] = mapped_column(Date)
    stance: Mapped[Stance] = mapped_column(enum_column(Stance), index=True)
    added_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Retracted evidence stays on record but no longer counts (stance, disputes, exports).
    retracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    retracted_by: Mapped[str | None] = mapped_column(String(200))
    retracted_reason: Mapped[str | None] = mapped_column(Text)


class Link(Base):
    """A relation between two claims (denies, contradicts, supports, same_as)."""

    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("from_claim_id", "to_claim_id", "relation"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    from_claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    to_claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    relation: Mapped[Relation] = mapped_column(enum_column(Relation))
    origin: Mapped[Origin] = mapped_column(enum_column(Origin), default=Origin.MANUAL)
    created_by: Mapped[str] = mapped_column(String(200))
    score: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # A removed link stays on record but relates nothing any more.
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    removed_by: Mapped[str | None] = mapped_column(String(200))
    removed_reason: Mapped[str | None] = mapped_column(Text)


class LedgerEvent(Base):
    """One event of the whole ledger's trail, append-only and hash-chained: `prev_hash` is
    the hash of event seq-1, `hash` the sha256 of this event's canonical JSON."""

    __tablename__ = "ledger_events"

    # The position in the chain is the key: two writers can never both write seq N.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    claim_id: Mapped[int | None] = mapped_column(Integer, index=True)
    article_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(200), index=True)
    # The database role that wrote it (PostgreSQL session_user); null on SQLite.
    db_role: Mapped[str | None] = mapped_column(String(200))
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class TriageWeights(Base):
    """One `factcheck triage fit` of the check-worthiness model on this ledger's own labels.

    The newest row is the ledger's model; without one, the shipped weights apply. A table
    rather than a file next to the database, so it works alike on SQLite and PostgreSQL,
    travels in backups, and a fit commits atomically with the claims it rescored.
    """

    __tablename__ = "triage_weights"

    id: Mapped[int] = mapped_column(primary_key=True)
    fitted_by: Mapped[str] = mapped_column(String(200))
    labelled: Mapped[int] = mapped_column(Integer)
    positives: Mapped[int] = mapped_column(Integer)
    # the model as JSON (factcheck.triage.model.TriageModel.to_json), held-out check included
    model: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
