from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger
from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class CouponKind(StrEnum):
    FIXED = "fixed"  # value: cents off (满减券 with a minimum spend)
    PERCENT = "percent"  # value: percent off, optional cap in cents (折扣券)
    FREE_ITEM = "free_item"  # value: the item's price in cents, given free (兑换券)
    POINTS = "points"  # value: bonus points on the sale


class CouponStatus(StrEnum):
    ISSUED = "issued"
    REDEEMED = "redeemed"
    VOID = "void"


class CouponTemplate(Travelling, table=True):
    """What an offer is. Issued coupons copy these terms, so editing a template never changes
    a coupon already in a customer's hand."""

    __tablename__ = "coupon_template"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    terms: str  # JSON of services.coupons.Terms
    active: bool = True
    created_at: datetime


class Campaign(Travelling, table=True):
    """One issue run (to a member, a segment or as bearer coupons), reported on later."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    template_id: int = Field(foreign_key="coupon_template.id")
    target: str = Field(default="", max_length=200)
    created_at: datetime
    staff_id: int | None = Field(default=None, foreign_key="staff.id")


class Coupon(Travelling, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=20, unique=True)
    template_id: int = Field(foreign_key="coupon_template.id")
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    terms: str  # the template's terms as they were when issued (JSON)
    status: str = Field(default=CouponStatus.ISSUED, max_length=16, index=True)
    issued_at: datetime = Field(index=True)
    valid_from: datetime
    expires_at: datetime
    redeemed_at: datetime | None = None
    sale_id: int | None = Field(default=None, foreign_key="sale.id")
    discount_cents: int = Field(default=0, sa_type=BigInteger)
    void_reason: str = Field(default="", max_length=200)
