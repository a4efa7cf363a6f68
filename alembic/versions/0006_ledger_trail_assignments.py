"""One tamper-evident trail for the whole ledger, and claim assignments

`ledger_events` holds every change to the ledger as one append-only event, hash-chained
across the whole ledger (prev_hash -> hash over canonical JSON). Existing ledgers get one
event per row as it stands now (articles, claims, reviews in chain order, evidence, links:
a snapshot, marked `migrated`), then their per-claim history as `legacy` events that
record what was done before the trail existed; every event is stamped with the time of the
migration (the original time is in its payload). On PostgreSQL a trigger refuses UPDATE,
DELETE and TRUNCATE on the trail for every role but the table's owner, and stamps each
event a non-owner inserts with its session_user (db_role).
PostgreSQL group roles factcheck_reader < factcheck_reviewer < factcheck_editor <
factcheck_admin (created once per cluster, if missing) get what each may do on this schema,
so the database itself refuses a reader's review or a reviewer's publish.
`claims.assignee` / `claims.due`: who is to check a claim, by when.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:50:00
"""

from collections.abc import Sequence
import sqlalchemy as sa

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = """
CREATE OR REPLACE FUNCTION ledger_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE owner name;
BEGIN
  SELECT pg_get_userbyid(relowner) INTO owner FROM pg_class WHERE oid = TG_RELID;
  IF TG_OP = 'INSERT' THEN
    -- Whoever writes an event is recorded as the role that logged in, whatever the client
    -- says (a restore by the owner keeps the roles of the backup).
    IF session_user::name <> owner THEN NEW.db_role := session_user; END IF;
    RETURN NEW;
  END IF;
  IF session_user::name <> owner THEN
    RAISE EXCEPTION 'the ledger trail is append-only: % refused for role %',
      TG_OP, session_user USING ERRCODE = '42501';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "ledger_events",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("db_role", sa.String(length=200), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_ledger_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_ledger_events_hash")),
    )
    for column in ("kind", "claim_id", "actor", "created_at"):
        op.create_index(op.f(f"ix_ledger_events_{column}"), "ledger_events", [column])
    # Plain ALTER TABLE: a batch rebuild of `claims` would drop migration 0002's triggers.
    op.add_column("claims", sa.Column("assignee", sa.String(length=200), nullable=True))
    op.add_column("claims", sa.Column("due", sa.Date(), nullable=True))
    op.create_index(op.f("ix_claims_assignee"), "claims", ["assignee"])
    from factcheck.services.backfill import backfill_events

    backfill_events(op.get_bind())
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPEND_ONLY)
        op.execute(
            "CREATE TRIGGER ledger_events_append_only BEFORE UPDATE OR DELETE ON ledger_events "
            "FOR EACH ROW EXECUTE FUNCTION ledger_events_append_only()"
        )
        op.execute(
            "CREATE TRIGGER ledger_events_role BEFORE INSERT ON ledger_events "
            "FOR EACH ROW EXECUTE FUNCTION ledger_events_append_only()"
        )
        op.execute(
            "CREATE TRIGGER ledger_events_no_truncate BEFORE TRUNCATE ON ledger_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION ledger_events_append_only()"
        )
        _create_groups()
        _grant()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _revoke()
    op.drop_index(op.f("ix_claims_assignee"), table_name="claims")
    op.drop_column("claims", "due")
    op.drop_column("claims", "assignee")
    op.drop_table("ledger_events")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS ledger_events_append_only()")


# --- who may do what (PostgreSQL) ------------------------------------------------------------

GROUPS = ("factcheck_reader", "factcheck_reviewer", "factcheck_editor", "factcheck_admin")
# What a reviewer writes: reviews, evidence, links, dismissals, claims by hand, ingests.
REVIEWER_INSERTS = (
    "articles", "sources", "source_aliases", "citations", "claims", "claim_events",
    "reviews", "evidence", "links", "ledger_events",
)  # fmt: skip
REVIEWER_UPDATES = {
    "claims": (
        "status", "stale", "updated_at", "dismissed", "dismissed_reason", "claim_text",
        "speaker_id", "attribution", "cue", "lock_version", "article_id", "quote", "start",
        "end", "prefix", "suffix", "sentence_start", "sentence_end", "cue_start", "cue_end",
        "speaker_start", "speaker_end", "orphaned",
    ),
    "articles": ("is_current", "first_version_id", "extracted_with"),
    "sources": ("kind", "role"),  # what a later article says of a known source
    "evidence": ("retracted_at", "retracted_by", "retracted_reason"),
    "links": ("removed_at", "removed_by", "removed_reason"),
}  # fmt: skip
# An editor also publishes, assigns and re-fits triage.
EDITOR_UPDATES = {
    "claims": (
        "published_status", "published_at", "published_by", "published_review_id",
        "published_quote", "published_claim_text", "assignee", "due", "checkworthiness",
    ),
}  # fmt: skip


def _create_groups() -> None:
    """Group roles are cluster-wide: made once, by whichever schema migrates first (two
    migrating at once may race: the loser finds the role there)."""
    for group in GROUPS:
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    for lower, higher in zip(GROUPS, GROUPS[1:], strict=False):
        op.execute(
            f"DO $$ BEGIN GRANT {lower} TO {higher}; "
            "EXCEPTION WHEN unique_violation THEN NULL; END $$"
        )
    op.execute(f"DO $$ BEGIN GRANT {', '.join(GROUPS[:3])} TO factcheck_admin WITH ADMIN OPTION; "
               "EXCEPTION WHEN unique_violation THEN NULL; END $$")  # fmt: skip


def _quoted(columns) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _grant() -> None:
    op.execute(
        "DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO factcheck_reader', "
        "current_schema()); END $$"
    )
    op.execute(
        "DO $$ BEGIN EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO "
        "factcheck_reader', current_schema()); EXECUTE format('GRANT USAGE ON ALL SEQUENCES "
        "IN SCHEMA %I TO factcheck_reviewer', current_schema()); END $$"
    )
    op.execute(f"GRANT INSERT ON {', '.join(REVIEWER_INSERTS)} TO factcheck_reviewer")
    for group, updates in (("factcheck_reviewer", REVIEWER_UPDATES),
                           ("factcheck_editor", EDITOR_UPDATES)):  # fmt: skip
        for table, columns in updates.items():
            op.execute(f"GRANT UPDATE ({_quoted(columns)}) ON {table} TO {group}")
    op.execute("GRANT INSERT ON triage_weights TO factcheck_editor")


def _revoke() -> None:
    """Leave the (cluster-wide) groups, but take back what they had on this schema."""
    for group in GROUPS:
        op.execute(
            f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
            f"EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM {group}', "
            f"current_schema()); EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I "
            f"FROM {group}', current_schema()); EXECUTE format('REVOKE USAGE ON SCHEMA %I "
            f"FROM {group}', current_schema()); END IF; END $$"
        )
