from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, Index
from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class SaleStatus(StrEnum):
    COMPLETED = "completed"
    PARTLY_REFUNDED = "partly_refunded"
    REFUNDED = "refunded"


class Sale(Travelling, table=True):
    """A completed sale. Amounts in cents;
    paid = amount - tier discount - points discount - coupon discount."""

    __table_args__ = (
        Index("ix_sale_member_created", "member_id", "created_at"),
        # Covers the member's counted days (churn risk's gaps) without reading the rows.
        Index("ix_sale_member_day", "member_id", "shop_date", "status"),
        # The sales that asked the survey, by time (answer rates without a scan of all sales).
        Index("ix_sale_survey_asked", "survey_id", "created_at"),
        # A till's own sales, newest first (the survey's "every Nth sale" of this till).
        Index("ix_sale_origin_till_id", "origin_till", "id"),
        CheckConstraint("paid_cents >= 0", name="ck_sale_paid_nonnegative"),
        CheckConstraint("refunded_cents <= paid_cents", name="ck_sale_refund_le_paid"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int | None = Field(default=None, foreign_key="member.id")
    receipt: str | None = Field(default=None, max_length=64, unique=True)
    amount_cents: int = Field(sa_type=BigInteger)
    tier_discount_cents: int = Field(default=0, sa_type=BigInteger)  # the member tier's discount %
    points_discount_cents: int = Field(default=0, sa_type=BigInteger)
    coupon_discount_cents: int = Field(default=0, sa_type=BigInteger)
    paid_cents: int = Field(sa_type=BigInteger)
    points_earned: int = Field(default=0, sa_type=BigInteger)
    points_redeemed: int = Field(default=0, sa_type=BigInteger)
    refunded_cents: int = Field(default=0, sa_type=BigInteger)
    status: str = Field(default=SaleStatus.COMPLETED, max_length=16)
    created_at: datetime = Field(index=True)
    # The calendar day of the sale in shop time, fixed when it is recorded: reports count
    # visits, gaps and months by it in plain SQL on any database.
    shop_date: date = Field(index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    # The survey version this sale was chosen to ask (decided with the sale; DESIGN.md §9).
    survey_id: int | None = Field(default=None, foreign_key="survey.id")


class Refund(Travelling, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sale_id: int = Field(foreign_key="sale.id", index=True)
    amount_cents: int = Field(sa_type=BigInteger)
    points_reversed: int = Field(default=0, sa_type=BigInteger)  # earned points taken back
    points_returned: int = Field(default=0, sa_type=BigInteger)  # redeemed points given back
    created_at: datetime
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    note: str = Field(default="", max_length=500)
