from datetime import datetime

from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class RulesVersion(Travelling, table=True):
    """One saved version of the programme's rules (a JSON document), in force from
    ``valid_from`` until the next version."""

    __tablename__ = "rules_version"

    id: int | None = Field(default=None, primary_key=True)
    valid_from: datetime = Field(index=True)
    document: str
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
