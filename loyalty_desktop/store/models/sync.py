"""What offline sync (services/sync/) keeps: the packages already imported, for each row of
an append-only table that came from another till, what its till hashed, and the sales that
used a coupon another till's earlier sale redeemed.

A ledger or audit row's hash (store/chain.py) covers the ids it points at (member, sale,
refund, staff) as its own till numbered them; this database numbers the same rows differently.
``SyncedRef`` keeps the till's values, so ``loyalty check`` verifies the row as it was made,
and the uuids they stood for, so ``check`` also proves the local ids point at the same rows.
"""

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class SyncPackage(SQLModel, table=True):
    """A package imported here (another till's export): its till and sequence number."""

    __tablename__ = "sync_package"
    __table_args__ = (UniqueConstraint("till", "sequence"),)

    id: int | None = Field(default=None, primary_key=True)
    till: str = Field(max_length=64)
    sequence: int
    name: str = Field(max_length=255)
    imported_at: datetime
    rows: str = "{}"  # JSON: {table: rows new here}


class SyncedRef(SQLModel, table=True):
    """An imported ledger or audit row's hashed values that differ from the stored ones."""

    __tablename__ = "synced_ref"
    __table_args__ = (UniqueConstraint("table_name", "row_uuid"),)

    id: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=30)
    row_uuid: str = Field(max_length=36)
    # JSON {column: [value as its till hashed it, uuid of the row it names or null]}
    hashed: str


class DoubleRedemption(SQLModel, table=True):
    """A sale that used a coupon another sale redeemed first, at another till offline. The
    earlier sale holds the redemption; this one keeps its discount (the customer has left).
    Each till writes it when a sync brings the two sales together; it never travels."""

    __tablename__ = "double_redemption"

    id: int | None = Field(default=None, primary_key=True)
    sale_id: int = Field(foreign_key="sale.id", unique=True)
    coupon_id: int = Field(foreign_key="coupon.id", index=True)
