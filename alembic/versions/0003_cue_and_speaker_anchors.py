"""Anchor each claim's cue and source mention: cue_start/cue_end, speaker_start/speaker_end

Reviewers see who said it and with which word, checked against the stored text like the
quote. Null when there is none (an `asserted` claim, a manual claim without a cue). The two
new attribution kinds (`believed`, `promised`) need no change: enums are stored as strings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("cue_start", "cue_end", "speaker_start", "speaker_end")


# Plain ALTER TABLE on both engines (SQLite >= 3.35 drops columns in place): a batch
# rebuild of `claims` would drop the full-text triggers of migration 0002.
def upgrade() -> None:
    for name in COLUMNS:
        op.add_column("claims", sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    for name in reversed(COLUMNS):
        op.drop_column("claims", name)
