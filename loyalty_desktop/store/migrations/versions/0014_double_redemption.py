"""Offline sync: a coupon two tills redeemed offline — the later sale, which keeps its
discount, recorded on each till (``loyalty check`` knows it).

Revision ID: 0014
Revises: 0012
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "double_redemption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("coupon_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["coupon_id"], ["coupon.id"]),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sale_id"),
    )
    op.create_index(
        op.f("ix_double_redemption_coupon_id"), "double_redemption", ["coupon_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_double_redemption_coupon_id"), table_name="double_redemption")
    op.drop_table("double_redemption")
