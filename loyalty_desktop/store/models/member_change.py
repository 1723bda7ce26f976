from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class MemberChange(Travelling, table=True):
    """One field of a member's profile changed at one till (services/member_changes.py): the
    facts a member's details are rebuilt from on every till, the latest change of each field
    winning. Not append-only: erasing the member blanks the values."""

    __tablename__ = "member_change"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    field: str = Field(max_length=32)
    value: str | None = Field(default=None, sa_type=Text)  # as a sync package writes it
    changed_at: datetime
    # The change of this field its till held as current when this one was made (None: the
    # value the member was enrolled with): a change nobody replaced knowingly lost a conflict.
    replaces: str | None = Field(default=None, max_length=36)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
