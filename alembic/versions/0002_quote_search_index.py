"""Substring search on claim quotes through a trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL)

`factcheck claims list --search` must stay fast at millions of claims; a plain LIKE '%x%'
reads every quote. Both engines index trigrams, so the search keeps substring semantics
(case-insensitive) and behaves the same on SQLite and PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 13:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5("
    "quote, content='claims', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, quote) VALUES (new.id, new.quote); END",
    "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, quote) VALUES ('delete', old.id, old.quote); END",
    "CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, quote) VALUES ('delete', old.id, old.quote); "
    "INSERT INTO claims_fts(rowid, quote) VALUES (new.id, new.quote); END",
    "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS claims_fts_update",
    "DROP TRIGGER IF EXISTS claims_fts_delete",
    "DROP TRIGGER IF EXISTS claims_fts_insert",
    "DROP TABLE IF EXISTS claims_fts",
]
# pg_trgm is a trusted extension: a database owner may create it. It goes in `public` so
# that every schema using this database finds its operator class. CREATE EXTENSION IF NOT
# EXISTS is not safe against a concurrent twin (unique violation on pg_extension), so two
# `factcheck init` at once queue on a transaction-scoped advisory lock first.
POSTGRES_UP = [
    "SELECT pg_advisory_xact_lock(7306010)",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public",
    "CREATE INDEX ix_claims_quote_trgm ON claims USING gin (lower(quote) public.gin_trgm_ops)",
]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS ix_claims_quote_trgm"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRES_DOWN)
