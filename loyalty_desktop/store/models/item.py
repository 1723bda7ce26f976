"""The shop's items (商品) and the lines of a sale. Line items are optional: a sale without
them is as complete as one with them; with them, the till knows what a regular usually buys
and the owner which items sell together (services/items.py, services/habits.py)."""

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, Index
from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class Item(Travelling, table=True):
    """An item the till can sell by its code or barcode."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    name: str = Field(max_length=100)
    category: str = Field(default="", max_length=50)
    barcode: str | None = Field(default=None, max_length=64, unique=True)
    price_cents: int = Field(sa_type=BigInteger)
    active: bool = True
    created_at: datetime


class SaleItem(Travelling, table=True):
    """One line of a sale, copied from the item when sold (a later price or name change does
    not rewrite history), or from the imported file."""

    __tablename__ = "sale_item"
    __table_args__ = (
        # Pairs bought together and a member's usual items read the lines by sale and by item.
        Index("ix_sale_item_code_sale", "code", "sale_id"),
        CheckConstraint("quantity > 0", name="ck_sale_item_quantity_positive"),
        CheckConstraint("unit_price_cents >= 0", name="ck_sale_item_price_nonnegative"),
    )

    id: int | None = Field(default=None, primary_key=True)
    sale_id: int = Field(foreign_key="sale.id", index=True)
    code: str = Field(max_length=32)
    name: str = Field(max_length=100)
    category: str = Field(default="", max_length=50)
    quantity: int
    unit_price_cents: int = Field(sa_type=BigInteger)
