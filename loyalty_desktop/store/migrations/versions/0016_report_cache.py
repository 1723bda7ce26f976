"""The monthly report of a finished month kept once computed (``report_cache``), and the
triggers that forget it when anything it was computed from changes (store/report_cache.py).

Revision ID: 0016
Revises: 0014
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from loyalty_desktop.store import report_cache

revision: str = "0016"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        report_cache.TABLE,
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("month"),
    )
    report_cache.create_triggers(op.get_bind())


def downgrade() -> None:
    report_cache.drop_triggers(op.get_bind())
    op.drop_table(report_cache.TABLE)
