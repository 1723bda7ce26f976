from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Index
from sqlmodel import Field, SQLModel

from loyalty_desktop.store.models.base import Travelling


class EntryKind(StrEnum):
    EARN = "earn"  # points earned on a sale (+)
    REDEEM = "redeem"  # points spent as a discount on a sale (-)
    REFUND_EARN = "refund_earn"  # earned points taken back by a refund (-)
    REFUND_REDEEM = "refund_redeem"  # redeemed points given back by a refund (+)
    ADJUST = "adjust"  # manual correction by the owner, with a reason (±)
    IMPORT = "import"  # opening balance carried over from a previous system (±)
    BONUS = "bonus"  # enrolment, birthday, referral bonuses (+)
    EXPIRE = "expire"  # points that lapsed (-)


class PointsEntry(Travelling, table=True):
    """One line of the append-only points ledger. Never updated, never deleted."""

    __tablename__ = "points_entry"
    __table_args__ = (
        Index("ix_points_entry_member_created", "member_id", "created_at"),
        # Once-only entries (a birthday bonus per year, a lot's expiry, a referral bonus) carry a
        # key; the unique index makes "at most once" hold even with two tills at the same time.
        Index("uq_points_entry_member_dedupe", "member_id", "dedupe_key", unique=True),
        Index("ix_points_entry_origin_till_id", "origin_till", "id"),  # a chain's last row
        # The lots that lapse in a span of time, and whose (the daily expiry run).
        Index("ix_points_entry_expires_member", "expires_at", "member_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id")
    kind: str = Field(max_length=16, index=True)
    points: int = Field(sa_type=BigInteger)
    sale_id: int | None = Field(default=None, foreign_key="sale.id", index=True)
    refund_id: int | None = Field(default=None, foreign_key="refund.id")
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    note: str = Field(default="", max_length=500)
    created_at: datetime = Field(index=True)
    expires_at: datetime | None = None
    dedupe_key: str | None = Field(default=None, max_length=60)
    # Tamper evidence (store/chain.py): the hash of the till's previous entry, and this one's.
    prev_hash: str = Field(default="", max_length=64)
    row_hash: str = Field(default="", max_length=64)


class PointsLot(SQLModel, table=True):
    """What is left of one lot (a positive ledger entry) while it still holds points: derived
    from the ledger by services/lots.py in the same transaction as each entry, never travels,
    and can be rebuilt from the ledger at any time. A lot spent to nothing is removed."""

    __tablename__ = "points_lot"
    __table_args__ = (
        Index("ix_points_lot_member_expires", "member_id", "expires_at"),  # to spend, to show
        Index("ix_points_lot_expires", "expires_at"),  # the lots due to lapse (the expiry run)
    )

    # The ledger entry's id; no foreign keys: a cache, rebuilt when entries are taken out.
    entry_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    member_id: int
    sale_id: int | None = None  # an earned lot's sale: a refund of that sale takes these first
    earned_at: datetime  # the entry's time: lots are spent oldest-earned first
    expires_at: datetime | None = None
    remaining: int = Field(sa_type=BigInteger)
