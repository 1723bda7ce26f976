from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class TierChange(Travelling, table=True):
    """Tier history: every upgrade, downgrade and re-evaluation, so the tier on any date is
    known (a back-dated receipt earns by the tier of its own date)."""

    __tablename__ = "tier_change"
    __table_args__ = (Index("ix_tier_change_member_at", "member_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id")
    tier: str = Field(max_length=30)
    previous: str = Field(default="", max_length=30)
    reason: str = Field(max_length=20)  # upgrade | downgrade | rules
    at: datetime
    sale_id: int | None = Field(default=None, foreign_key="sale.id")
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
