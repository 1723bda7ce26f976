from datetime import datetime

from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class RetiredCard(Travelling, table=True):
    """A card number taken out of use (a lost card replaced by a new number): refused at the
    till from then on, and never given to anyone again. The member keeps their history, which
    is keyed by the member's id, not by the card."""

    __tablename__ = "retired_card"

    id: int | None = Field(default=None, primary_key=True)
    card: str = Field(max_length=64, unique=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    retired_at: datetime
    retired_by: int | None = Field(default=None, foreign_key="staff.id")
