from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class AuditEntry(Travelling, table=True):
    """Who did what: written in the same transaction as the action it records."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_origin_till_id", "origin_till", "id"),)  # chain's end

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    action: str = Field(max_length=50)
    subject: str = Field(default="", max_length=100)
    detail: str = Field(default="{}")  # JSON
    # Tamper evidence (store/chain.py): the hash of the till's previous line, and this one's.
    prev_hash: str = Field(default="", max_length=64)
    row_hash: str = Field(default="", max_length=64)
