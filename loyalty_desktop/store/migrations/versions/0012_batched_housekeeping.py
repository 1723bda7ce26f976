"""Indexes so the daily housekeeping and the survey read only what is due: the lots that
lapse in a span of time (``points_entry.expires_at``), the members born on a day of the year
(an index on the birthday's month and day), and a till's own sales newest first (the survey's
"every Nth sale" of this till, which otherwise walked the sale table for a rarely used till).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MEMBER = sa.table("member", sa.column("birthday", sa.Date))


def upgrade() -> None:
    op.create_index("ix_sale_origin_till_id", "sale", ["origin_till", "id"])
    op.create_index("ix_points_entry_expires_member", "points_entry", ["expires_at", "member_id"])
    op.create_index(
        "ix_member_birthday_day",
        "member",
        [sa.extract("month", _MEMBER.c.birthday), sa.extract("day", _MEMBER.c.birthday)],
    )


def downgrade() -> None:
    op.drop_index("ix_member_birthday_day", table_name="member")
    op.drop_index("ix_points_entry_expires_member", table_name="points_entry")
    op.drop_index("ix_sale_origin_till_id", table_name="sale")
