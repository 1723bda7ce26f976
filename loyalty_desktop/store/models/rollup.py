"""Monthly sums the report reads instead of millions of rows (services/rollups.py keeps them,
in the same transaction as what they sum; ``loyalty check`` proves them equal to their source).

They are derived data, rebuilt from sales and the ledger on any till, so they carry no UUID.
"""

from datetime import date, datetime

from sqlalchemy import BigInteger, Index, Text
from sqlmodel import Field, SQLModel


class MemberMonth(SQLModel, table=True):
    """A member's counted sales (not wholly refunded) in a month of shop time."""

    __tablename__ = "member_month"
    __table_args__ = (
        # A month's rows read from the index alone, those of members enrolled in a month (the
        # report's cohorts) a range of it.
        Index(
            "ix_member_month_month",
            "month",
            "enrolled_at",
            "member_id",
            "visits",
            "net_cents",
            "returned",
        ),
        # Rows clustered by member: a member's months are read together (RFM, churn, cohorts).
        {"sqlite_with_rowid": False},
    )

    member_id: int = Field(foreign_key="member.id", primary_key=True)
    month: date = Field(primary_key=True)  # its first day
    visits: int
    net_cents: int = Field(sa_type=BigInteger)  # paid − refunded
    last_day: date  # the day of the month's last counted sale
    returned: int = 0  # 1: the member bought in the month before too (retention)
    # The member's enrolment, copied when the row is written (it never changes): set on
    # every row (a column added to a filled table stays nullable).
    enrolled_at: datetime | None = None


class ShopMonth(SQLModel, table=True):
    """Every counted sale of a month, walk-ins included."""

    __tablename__ = "shop_month"

    month: date = Field(primary_key=True)
    sales: int
    net_cents: int = Field(sa_type=BigInteger)


class LedgerMonth(SQLModel, table=True):
    """The points ledger summed by month (by entry time in shop time) and kind."""

    __tablename__ = "ledger_month"

    month: date = Field(primary_key=True)
    kind: str = Field(max_length=16, primary_key=True)
    points: int = Field(sa_type=BigInteger)


class ReportCache(SQLModel, table=True):
    """The monthly report of a finished month as it was computed, kept to be shown at once;
    forgotten by triggers when anything it was computed from changes (store/report_cache.py).
    A row without ``body`` is a computation under way: it is kept only if its row is still
    there, with its ``token``, when the computation ends."""

    __tablename__ = "report_cache"

    month: date = Field(primary_key=True)  # its first day
    token: str = Field(max_length=32)
    body: str | None = Field(default=None, sa_type=Text)  # services/report_cache.py's JSON
