"""Triage: the ledger's own fitted check-worthiness weights, and an index to rank claims

`triage_weights` keeps every `factcheck triage fit` (the newest is the ledger's model);
`ix_claims_checkworthiness_id` lets `claims list --sort checkworthiness` page the ranking
without sorting every claim.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "triage_weights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fitted_by", sa.String(length=200), nullable=False),
        sa.Column("labelled", sa.Integer(), nullable=False),
        sa.Column("positives", sa.Integer(), nullable=False),
        sa.Column("model", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triage_weights")),
    )
    # A plain CREATE INDEX: a batch rebuild of `claims` would drop migration 0002's triggers.
    op.create_index("ix_claims_checkworthiness_id", "claims", ["checkworthiness", "id"])


def downgrade() -> None:
    op.drop_index("ix_claims_checkworthiness_id", table_name="claims")
    op.drop_table("triage_weights")
