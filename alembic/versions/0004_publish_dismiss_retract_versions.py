"""Publishing, dismissal, stale verdicts, evidence retraction, link removal, article identity

A verdict is a reviewer's; an editor publishes it (claims.published_*, with the quote and
claim text it was published on), and exports carry only published verdicts. A claim can be dismissed (with a reason) and restored; a reworded
claim is flagged stale until reviewed again. Evidence is retracted and links are removed
by marking the row (who, when, why), never by deleting it. claim_events gets a note column
for the reason or note of such an event. articles.first_version_id is the id an article
keeps across versions (the id of its first version); existing rows are backfilled by slug.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _columns() -> dict[str, list[sa.Column]]:
    when = sa.DateTime(timezone=True)
    return {
        "claims": [
            sa.Column("stale", sa.Boolean(), nullable=False, server_default=sa.false()),
            sa.Column("dismissed", sa.Boolean(), nullable=False, server_default=sa.false()),
            sa.Column("dismissed_reason", sa.Text(), nullable=True),
            sa.Column("published_status", sa.String(length=24), nullable=True),
            sa.Column("published_at", when, nullable=True),
            sa.Column("published_by", sa.String(length=200), nullable=True),
            sa.Column("published_review_id", sa.Integer(), nullable=True),
            sa.Column("published_quote", sa.Text(), nullable=True),
            sa.Column("published_claim_text", sa.Text(), nullable=True),
        ],
        "claim_events": [sa.Column("note", sa.Text(), nullable=True)],
        "evidence": [
            sa.Column("retracted_at", when, nullable=True),
            sa.Column("retracted_by", sa.String(length=200), nullable=True),
            sa.Column("retracted_reason", sa.Text(), nullable=True),
        ],
        "links": [
            sa.Column("removed_at", when, nullable=True),
            sa.Column("removed_by", sa.String(length=200), nullable=True),
            sa.Column("removed_reason", sa.Text(), nullable=True),
        ],
        "articles": [sa.Column("first_version_id", sa.Integer(), nullable=True)],
    }


# Plain ALTER TABLE on both engines: a batch rebuild of `claims` would drop the full-text
# triggers of migration 0002.
def upgrade() -> None:
    for table, columns in _columns().items():
        for column in columns:
            op.add_column(table, column)
    op.create_index("ix_articles_first_version_id", "articles", ["first_version_id"])
    # Versions of one article share a slug: each takes the id of the slug's first version.
    op.execute(
        "UPDATE articles SET first_version_id = "
        "(SELECT MIN(a2.id) FROM articles a2 WHERE a2.slug = articles.slug)"
    )


def downgrade() -> None:
    op.drop_index("ix_articles_first_version_id", table_name="articles")
    for table, columns in reversed(list(_columns().items())):
        for column in reversed(columns):
            op.drop_column(table, column.name)
