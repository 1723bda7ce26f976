"""Each member's first month with a counted sale, last visit and last visit in an earlier month
(``member.first_month``, ``last_visit``, ``earlier_visit``), kept with the usual gap, so the
monthly report counts new buyers, days away and RFM recency from indexes instead of grouping
every member's months. Filled from the monthly rollups in one statement. Each member's monthly
rollup also carries the member's enrolment (``member_month.enrolled_at``), so a cohort's buyers
in a month are counted in an index.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("first_month", "last_visit", "earlier_visit")
MONTH = ("member_id", "visits", "net_cents", "returned")  # ix_member_month_month after the month


def upgrade() -> None:
    for name in COLUMNS:
        op.add_column("member", sa.Column(name, sa.Date(), nullable=True))
    # A member's rollup months are their counted sales by month: the first month, the last
    # month's last day and the last day of the months before it.
    op.execute(
        "UPDATE member SET first_month = visits.first_month, last_visit = visits.last_visit,"
        " earlier_visit = visits.earlier_visit"
        " FROM (SELECT member_id, min(month) AS first_month, max(last_day) AS last_visit,"
        " max(CASE WHEN month < latest THEN last_day END) AS earlier_visit"
        " FROM (SELECT member_id, month, last_day,"
        " max(month) OVER (PARTITION BY member_id) AS latest FROM member_month) AS months"
        " GROUP BY member_id) AS visits"
        " WHERE member.id = visits.member_id"
    )
    op.add_column("member_month", sa.Column("enrolled_at", sa.DateTime(timezone=True)))
    op.execute(
        "UPDATE member_month SET enrolled_at = member.enrolled_at FROM member"
        " WHERE member.id = member_month.member_id"
    )
    op.drop_index("ix_member_month_month", table_name="member_month")
    op.create_index("ix_member_month_month", "member_month", ["month", "enrolled_at", *MONTH])
    op.create_index("ix_member_first_month", "member", ["first_month"], unique=False)
    op.create_index(
        "ix_member_last_visit",
        "member",
        ["last_visit", "usual_gap", "earlier_visit"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_member_month_month", table_name="member_month")
    op.execute("ALTER TABLE member_month DROP COLUMN enrolled_at")
    op.create_index("ix_member_month_month", "member_month", ["month", *MONTH])
    op.drop_index("ix_member_last_visit", table_name="member")
    op.drop_index("ix_member_first_month", table_name="member")
    for name in COLUMNS:
        # Dropped in place: a batch copy of the table would lose its triggers.
        op.execute(f"ALTER TABLE member DROP COLUMN {name}")
