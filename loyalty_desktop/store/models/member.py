from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Index, extract, text
from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling, table_of


class MemberStatus(StrEnum):
    ACTIVE = "active"
    ANONYMISED = "anonymised"


class Member(Travelling, table=True):
    __table_args__ = (
        # A phone identifies one active member; an anonymised member frees it.
        Index(
            "uq_member_phone_active",
            "phone",
            unique=True,
            sqlite_where=text("status = 'active'"),
            postgresql_where=text("status = 'active'"),
        ),
        # The report's days away, churn risk and RFM recency: a range of last visits, read
        # with what else they need.
        Index("ix_member_last_visit", "last_visit", "usual_gap", "earlier_visit"),
    )

    id: int | None = Field(default=None, primary_key=True)
    card: str = Field(max_length=64, unique=True)
    name: str = Field(max_length=200, index=True)
    phone: str | None = Field(default=None, max_length=32)
    # Indexed so the till's "last 4 digits" search does not scan the table.
    phone_last4: str | None = Field(default=None, max_length=4, index=True)
    birthday: date | None = None
    tags: str = Field(default="", max_length=1000)  # ";"-separated
    marketing_consent: bool = False
    consent_at: datetime | None = None
    enrolled_at: datetime = Field(index=True)
    status: str = Field(default=MemberStatus.ACTIVE, max_length=16)
    referred_by_id: int | None = Field(default=None, foreign_key="member.id")
    # Cache of sum(points_entry.points); written in the same transaction as every entry.
    balance: int = Field(default=0, sa_type=BigInteger, index=True)  # sorted in the browser
    # Current tier name (cache of the latest tier_change); "" = the base tier.
    tier: str = Field(default="", max_length=30)
    created_by: int | None = Field(default=None, foreign_key="staff.id")
    # Cache: the median of the days between consecutive counted sales (None: fewer than two),
    # kept with every sale and refund, so churn risk needs no scan of the member's history.
    usual_gap: float | None = None
    # Caches kept with the usual gap (None: no counted sale): the month of the first counted
    # sale (the report's new buyers), the day of the last (days away, RFM recency) and the
    # last day in an earlier month than that (the last visit as of last month's end, for a
    # member who came back this month).
    first_month: date | None = Field(default=None, index=True)
    last_visit: date | None = None
    earlier_visit: date | None = None

    @property
    def flagged(self) -> bool:
        """A negative balance: a refund took back points the member had already spent."""
        return self.balance < 0


# Whose birthday falls on a day of the year (the daily "on the day" bonus), without reading
# every member: the same expressions as the query's, so the database matches them.
BIRTHDAY_MONTH = extract("month", table_of(Member).c.birthday)
BIRTHDAY_DAY = extract("day", table_of(Member).c.birthday)
Index("ix_member_birthday_day", BIRTHDAY_MONTH, BIRTHDAY_DAY)
