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
    pin_hash: str | None = Field(default=None, max_length=200)
    active: bool = True
    created_at: datetime
