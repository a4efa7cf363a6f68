"""The ledger's schema as SQLAlchemy Core tables: articles, sources, claims, reviews, links.

The ORM classes of factcheck/models.py are mapped onto these tables; code that only reads
rows (the read commands, reports, disputes) can query them without loading the ORM, which
is a good part of a command's start-up time. Every column is defined here, once.

Each table is built when it is first named (`from factcheck.tables import claims`, or
`tables.claims`), together with the tables its foreign keys name: a read command builds the
four it reads, not all eleven (building them all, with their indexes and SQLAlchemy's
events, cost ~10 ms of a listing's start-up). `metadata` is the whole schema, every table
built (the ORM, Alembic, create_all).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy import Enum as SAEnum

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


# Every table made so far registers itself here; `metadata` (__getattr__ below) has them all.
_schema = MetaData(naming_convention=NAMING_CONVENTION)
_BUILDERS: dict[str, Callable[[], Table]] = {}
_built: dict[str, Table] = {}  # each complete: the tables its foreign keys name are built too
_building = threading.Lock()  # two threads (ingest's writer, the desk) may name one at once


def table(name: str) -> Table:
    """The table `name`, built on first use with the tables its foreign keys name (so that
    its keys resolve and their columns take the types of the columns they refer to)."""
    found = _built.get(name)
    if found is None:
        with _building:
            if name not in _built:
                made: dict[str, Table] = {}
                _build(name, made)
                # Published once complete: no thread finds a table whose keys do not resolve.
                _built.update(made)
                globals().update(made)  # later lookups skip __getattr__
            found = _built[name]
    return found


def _build(name: str, made: dict[str, Table]) -> None:
    made[name] = _BUILDERS[name]()
    for key in made[name].foreign_keys:
        target = key.target_fullname.partition(".")[0]
        if target not in _schema.tables:
            _build(target, made)


def __getattr__(name: str):
    """`tables.claims`, `from factcheck.tables import claims`: built when first named."""
    if name == "metadata":
        for each in _BUILDERS:
            table(each)
        globals()["metadata"] = _schema
        return _schema
    if name in _BUILDERS:
        return table(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _builds(function: Callable[[], Table]) -> Callable[[], Table]:
    """Register a table's builder, under the table's name (the function's, less its `_`)."""
    _BUILDERS[function.__name__.removeprefix("_")] = function
    return function


@_builds
def _articles() -> Table:
    return Table(
        "articles",
        _schema,
        Column("id", Integer, primary_key=True),
        Column("slug", String(200), index=True, nullable=False),
        Column("version", Integer, default=1, nullable=False),
        # The id the article keeps across versions: its first version's id (itself for v1).
        Column("first_version_id", Integer, index=True),
        Column("is_current", Boolean, default=True, index=True, nullable=False),
        Column("title", String(500)),
        Column("outlet", String(200)),
        Column("authors", JSON, default=list, nullable=False),
        Column("url", String(2000), index=True),
        Column("published", Date),
        Column("filename", String(500)),
        Column("format", String(8), default="txt", nullable=False),
        Column("text", Text, nullable=False),
        Column("sha256", String(64), index=True, nullable=False),
        Column("extracted_with", String(40)),
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
        UniqueConstraint("slug", "version"),
    )


@_builds
def _sources() -> Table:
    return Table(
        "sources",
        _schema,
        Column("id", Integer, primary_key=True),
        Column("name", String(300), unique=True, nullable=False),
        Column("kind", enum_column(SourceKind), default=SourceKind.UNKNOWN, nullable=False),
        Column("role", String(300)),
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
    )


@_builds
def _source_aliases() -> Table:
    return Table(
        "source_aliases",
        _schema,
        Column("id", Integer, primary_key=True),
        Column(
            "source_id", ForeignKey("sources.id", ondelete="CASCADE"), index=True, nullable=False
        ),
        Column("alias", String(300), nullable=False),
        Column("alias_key", String(300), unique=True, nullable=False),
    )


@_builds
def _citations() -> Table:
    return Table(
        "citations",
        _schema,
        Column("id", Integer, primary_key=True),
        Column("article_id", ForeignKey("articles.id"), index=True, nullable=False),
        Column("source_id", ForeignKey("sources.id"), index=True),
        Column("author_id", ForeignKey("sources.id"), index=True),
        Column("title", String(500)),
        Column("url", String(2000)),
        Column("mention", Text),
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
    )


@_builds
def _claims() -> Table:
    return Table(
        "claims",
        _schema,
        Column("id", Integer, primary_key=True),
        Column("article_id", ForeignKey("articles.id"), nullable=False),
        Column("quote", Text, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("prefix", String(64), default="", nullable=False),
        Column("suffix", String(64), default="", nullable=False),
        Column("sentence_start", Integer),
        Column("sentence_end", Integer),
        Column("claim_text", Text, nullable=False),
        Column("speaker_id", ForeignKey("sources.id")),
        Column("citation_id", ForeignKey("citations.id"), index=True),
        Column(
            "attribution", enum_column(Attribution), default=Attribution.ASSERTED, nullable=False
        ),
        Column("cue", String(200)),
        # Where the cue and the source mention stand in the article text (null when absent,
        # as for `asserted`): who said it, with which word, anchored like the quote.
        Column("cue_start", Integer),
        Column("cue_end", Integer),
        Column("speaker_start", Integer),
        Column("speaker_end", Integer),
        Column("direct_quote", Boolean, default=False, nullable=False),
        Column("certainty", enum_column(Certainty), default=Certainty.CERTAIN, nullable=False),
        Column("checkworthiness", Float),
        Column("claim_type", enum_column(ClaimType), default=ClaimType.OTHER, nullable=False),
        Column("status", enum_column(Status), default=Status.UNVERIFIED, nullable=False),
        Column("origin", enum_column(Origin), default=Origin.MANUAL, nullable=False),
        Column("origin_detail", String(200)),
        Column("orphaned", Boolean, default=False, nullable=False),
        # Reworded on a newer version of its article after its last verdict: re-review it.
        Column("stale", Boolean, default=False, server_default=false(), nullable=False),
        # Judged not a claim / not worth checking: out of queues and exports, restorable.
        Column("dismissed", Boolean, default=False, server_default=false(), nullable=False),
        Column("dismissed_reason", Text),
        # The verdict an editor published: a later review changes none of these until the
        # claim is published again. Exports carry only this.
        Column("published_status", enum_column(Status)),
        Column("published_at", DateTime(timezone=True)),
        Column("published_by", String(200)),
        Column("published_review_id", Integer),
        # The wording the verdict was published on: a correction or an edit does not change
        # what the published fact-check says.
        Column("published_quote", Text),
        Column("published_claim_text", Text),
        # Who is to check it (a reviewer's name or database role) and by when: the work queue.
        Column("assignee", String(200), index=True),
        Column("due", Date),
        Column("lock_version", Integer, default=1, nullable=False),
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
        Column(
            "updated_at",
            DateTime(timezone=True),
            default=utcnow,
            onupdate=utcnow,
            index=True,
            nullable=False,
        ),
        # `claims list` filters and pages by id: each filter has an (filter, id) index so a
        # page of 200 is read straight off the index even at millions of claims.
        Index("ix_claims_article_start", "article_id", "start"),
        Index("ix_claims_status_id", "status", "id"),
        Index("ix_claims_attribution_id", "attribution", "id"),
        Index("ix_claims_speaker_id_id", "speaker_id", "id"),
        # `claims list --sort checkworthiness` reads the top of the ranking off this index.
        Index("ix_claims_checkworthiness_id", "checkworthiness", "id"),
        # The few dismissed claims, for the disputes rules' `id NOT IN (dismissed)` (a plain
        # index on `dismissed` would tempt SQLite into reading it for the many live ones).
        # Its PostgreSQL condition: with_postgresql_options() below.
        Index("ix_claims_dismissed", "id", sqlite_where=text("dismissed IS 1")),
    )


def with_postgresql_options() -> None:
    """Give the schema its PostgreSQL-only options; db.get_engine calls it for a PostgreSQL
    engine. Naming `postgresql_where` in the table above would import the PostgreSQL dialect
    into every command on SQLite too (about 20 ms of start-up)."""
    (dismissed,) = (
        index for index in table("claims").indexes if index.name == "ix_claims_dismissed"
    )
    dismissed.dialect_options["postgresql"]["where"] = text("dismissed")


@_builds
def _claim_events() -> Table:
    return Table(
        "claim_events",
        _schema,
        Column("id", Integer, primary_key=True),
        Column("claim_id", ForeignKey("claims.id"), index=True, nullable=False),
        Column("actor", String(200), nullable=False),
        Column("action", String(40), nullable=False),
        Column("field", String(40)),
        Column("old_value", Text),
        Column("new_value", Text),
        Column("note", Text),  # the reason or note given
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
    )


@_builds
def _reviews() -> Table:
    return Table(
        "reviews",
        _schema,
        Column("id", Integer, primary_key=True),
        # Position in the ledger; unique so two writers can never fork the chain.
        Column("seq", Integer, unique=True, nullable=False),
        Column("claim_id", ForeignKey("claims.id"), index=True, nullable=False),
        Column("reviewer", String(200), index=True, nullable=False),
        Column("status", enum_column(Status), nullable=False),
        Column("rationale", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
        Column("prev_hash", String(64), nullable=False),
        Column("hash", String(64), unique=True, nullable=False),
    )


@_builds
def _evidence() -> Table:
    return Table(
        "evidence",
        _schema,
        Column("id", Integer, primary_key=True),
        Column("claim_id", ForeignKey("claims.id"), index=True, nullable=False),
        Column("url", String(2000)),
        Column("reference", Text),
        Column("publisher", String(300)),
        Column("excerpt", Text),
        Column("accessed", Date),
        Column("stance", enum_column(Stance), index=True, nullable=False),
        Column("added_by", String(200), nullable=False),
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
        # Retracted evidence stays on record but no longer counts (stance, disputes, exports).
        Column("retracted_at", DateTime(timezone=True)),
        Column("retracted_by", String(200)),
        Column("retracted_reason", Text),
    )


@_builds
def _links() -> Table:
    return Table(
        "links",
        _schema,
        Column("id", Integer, primary_key=True),
        Column("from_claim_id", ForeignKey("claims.id"), index=True, nullable=False),
        Column("to_claim_id", ForeignKey("claims.id"), index=True, nullable=False),
        Column("relation", enum_column(Relation), nullable=False),
        Column("origin", enum_column(Origin), default=Origin.MANUAL, nullable=False),
        Column("created_by", String(200), nullable=False),
        Column("score", Float),
        Column("note", Text),
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
        # A removed link stays on record but relates nothing any more.
        Column("removed_at", DateTime(timezone=True)),
        Column("removed_by", String(200)),
        Column("removed_reason", Text),
        UniqueConstraint("from_claim_id", "to_claim_id", "relation"),
    )


@_builds
def _ledger_events() -> Table:
    return Table(
        "ledger_events",
        _schema,
        # The position in the chain is the key: two writers can never both write seq N.
        Column("seq", Integer, primary_key=True, autoincrement=False),
        Column("kind", String(40), index=True, nullable=False),
        Column("claim_id", Integer, index=True),
        Column("article_id", Integer),
        Column("actor", String(200), index=True, nullable=False),
        # The database role that wrote it (PostgreSQL session_user); null on SQLite.
        Column("db_role", String(200)),
        Column("payload", JSON, nullable=False),
        Column("created_at", DateTime(timezone=True), index=True, nullable=False),
        Column("prev_hash", String(64), nullable=False),
        Column("hash", String(64), unique=True, nullable=False),
    )


@_builds
def _triage_weights() -> Table:
    return Table(
        "triage_weights",
        _schema,
        Column("id", Integer, primary_key=True),
        Column("fitted_by", String(200), nullable=False),
        Column("labelled", Integer, nullable=False),
        Column("positives", Integer, nullable=False),
        # the model as JSON (factcheck.triage.model.TriageModel.to_json), held-out check included
        Column("model", JSON, nullable=False),
        Column("created_at", DateTime(timezone=True), default=utcnow, nullable=False),
    )
