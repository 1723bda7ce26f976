"""What is left of each points lot, kept (``points_lot``): the expiry run finds the lots due by
an index on their expiry date and the till shows the points expiring soon without replaying a
ledger. The lots are filled from the ledger when the shop is next opened for work
(services/lots.py, asked by the setting this revision adds); the expiry's old marks go, the
lots replace them.

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SETTING = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.String))
REFILL = "lots.refill"  # services/lots.py REFILL
EXPIRY_MARKS = "expiry.marks"


def upgrade() -> None:
    op.create_table(
        "points_lot",
        sa.Column("entry_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("earned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("remaining", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id"),
    )
    op.create_index("ix_points_lot_member_expires", "points_lot", ["member_id", "expires_at"])
    op.create_index("ix_points_lot_expires", "points_lot", ["expires_at"])
    op.execute(_SETTING.delete().where(_SETTING.c.key.in_([REFILL, EXPIRY_MARKS])))
    op.execute(_SETTING.insert().values(key=REFILL, value="true"))


def downgrade() -> None:
    op.execute(_SETTING.delete().where(_SETTING.c.key == REFILL))
    op.drop_index("ix_points_lot_expires", table_name="points_lot")
    op.drop_index("ix_points_lot_member_expires", table_name="points_lot")
    op.drop_table("points_lot")
