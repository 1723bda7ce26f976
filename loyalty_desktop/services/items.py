"""Line items (商品明细): the shop's item list and the optional lines of a sale.

A sale's lines are copies of what was sold — code, name, category, quantity, unit price — so
renaming or repricing an item never rewrites a sale, and lines imported from another system
need no item list. When a sale has lines, they add up to its amount to the cent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert, or_
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.core.limits import check_amount
from loyalty_desktop.core.money import format_cents
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.store.models import Item, SaleItem
from loyalty_desktop.store.models.base import new_uuid, table_of

MAX_LINES = 200
MAX_QUANTITY = 9_999


@dataclass(frozen=True)
class ItemLine:
    code: str
    name: str
    quantity: int
    unit_price_cents: int
    category: str = ""

    @property
    def total_cents(self) -> int:
        return self.quantity * self.unit_price_cents


def line_of(item: Item, quantity: int = 1) -> ItemLine:
    return ItemLine(item.code, item.name, quantity, item.price_cents, item.category)


def _check_text(line: ItemLine) -> None:
    if not line.code.strip():
        raise InvalidInput(field="code", reason="required")
    if not line.name.strip():
        raise InvalidInput(field="name", reason="required")
    check_length("code", line.code, col(SaleItem.code))
    check_length("name", line.name, col(SaleItem.name))
    check_length("category", line.category, col(SaleItem.category))


def _check_price(cents: int) -> None:
    if cents < 0:
        raise InvalidInput(field="unit_price", reason="negative")
    check_amount(cents, format_cents(cents))


def check_lines(lines: Sequence[ItemLine], amount_cents: int) -> None:
    """Refuse lines that cannot be a sale's: too many, a quantity or price out of range, a
    missing or over-long text, or a total that is not the sale's amount."""
    if len(lines) > MAX_LINES:
        raise InvalidInput(field="items", reason="too_many_lines", most=MAX_LINES)
    for line in lines:
        _check_text(line)
        if line.quantity < 1:
            raise InvalidInput(field="quantity", reason="not_positive")
        if line.quantity > MAX_QUANTITY:
            raise InvalidInput(field="quantity", reason="at_most", most=MAX_QUANTITY)
        _check_price(line.unit_price_cents)
    total = sum(line.total_cents for line in lines)
    if lines and total != amount_cents:
        raise InvalidInput(
            field="items",
            reason="items_total",
            total=format_cents(total, symbol="¥"),
            amount=format_cents(amount_cents, symbol="¥"),
        )


def write_lines(
    session: Session, till: str, sales: Sequence[tuple[int, Sequence[ItemLine]]]
) -> None:
    """The lines of sales just written — (sale id, its lines) each — in one statement."""
    rows = [
        {
            "uuid": new_uuid(),
            "origin_till": till,
            "sale_id": sale_id,
            "code": line.code.strip(),
            "name": line.name.strip(),
            "category": line.category.strip(),
            "quantity": line.quantity,
            "unit_price_cents": line.unit_price_cents,
        }
        for sale_id, lines in sales
        for line in lines
    ]
    if rows:
        session.execute(insert(table_of(SaleItem)), rows)


def add_item(
    session: Session,
    actor: Actor,
    line: ItemLine,
    barcode: str | None = None,
) -> Item:
    """A new item in the list (its code and barcode unique), sold at ``line``'s unit price."""
    require(session, actor, Action.MANAGE_ITEMS)
    _check_text(line)
    check_length("barcode", barcode, col(Item.barcode))
    _check_price(line.unit_price_cents)
    code, barcode = line.code.strip(), (barcode or "").strip() or None
    taken = [col(Item.code) == code] + ([col(Item.barcode) == barcode] if barcode else [])
    if session.exec(select(Item.id).where(or_(*taken))).first() is not None:
        raise InvalidInput(field="code", reason="item_taken", code=barcode or code)
    item = Item(
        code=code,
        name=line.name.strip(),
        category=line.category.strip(),
        barcode=barcode,
        price_cents=line.unit_price_cents,
        created_at=utcnow(),
        origin_till=actor.till_id,
    )
    session.add(item)
    session.flush()
    audit.record(session, actor, "item.add", code, price=format_cents(item.price_cents))
    return item


def find_item(session: Session, text: str) -> Item | None:
    """The active item with this barcode or code."""
    text = text.strip()
    return session.exec(
        select(Item).where(
            or_(col(Item.barcode) == text, col(Item.code) == text), col(Item.active).is_(True)
        )
    ).first()


def item_list(session: Session) -> list[Item]:
    """The active items, by code."""
    return list(session.exec(select(Item).where(col(Item.active).is_(True)).order_by(Item.code)))
