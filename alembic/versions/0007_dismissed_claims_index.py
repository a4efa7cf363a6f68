"""A partial index of the dismissed claims

The disputes rules leave out links whose challenger was dismissed (`id NOT IN (SELECT id
FROM claims WHERE dismissed)`); without an index that subquery reads every claim, which made
a disputed claim's page on the review desk take a second on a million-claim ledger. Only the
few dismissed claims are in this index.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_claims_dismissed",
        "claims",
        ["id"],
        sqlite_where=sa.text("dismissed IS 1"),
        postgresql_where=sa.text("dismissed"),
    )


def downgrade() -> None:
    op.drop_index("ix_claims_dismissed", table_name="claims")
