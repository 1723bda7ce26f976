from datetime import datetime

from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class AuditEntry(Travelling, table=True):
    """Who did what: written in the same transaction as the action it records."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    action: str = Field(max_length=50)
    subject: str = Field(default="", max_length=100)
    detail: str = Field(default="{}")  # JSON
