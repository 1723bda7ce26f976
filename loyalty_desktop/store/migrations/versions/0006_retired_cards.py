"""Retired card numbers: a lost card replaced by a new number is refused from then on and never
given out again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retired_card",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_till", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.ForeignKeyConstraint(["retired_by"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("card"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index(op.f("ix_retired_card_member_id"), "retired_card", ["member_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_retired_card_member_id"), table_name="retired_card")
    op.drop_table("retired_card")
