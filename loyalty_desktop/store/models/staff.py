from datetime import datetime
from enum import StrEnum

from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    CASHIER = "cashier"


class Staff(Travelling, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    role: str = Field(default=Role.CASHIER, max_length=16)
    pin_hash: str | None = Field(default=None, max_length=200)  # argon2id; None: not set yet
    active: bool = True
    created_at: datetime
    # Wrong PINs in a row, and until when the account refuses even the right one.
    failed_pins: int = 0
    locked_until: datetime | None = None
    # The member card of this staff member's own, on which they may not adjust nor refund.
    # No foreign key: member.created_by already points here, and a cycle would leave the
    # tables without an order to copy or import them in. The service checks the id.
    member_id: int | None = None
