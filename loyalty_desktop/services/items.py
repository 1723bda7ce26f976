"""Line items (商品明细): the shop's item list and the optional lines of a sale.

A sale's lines are copies of what was sold — code, name, category, quantity, unit price — so
renaming or repricing an item never rewrites a sale, and lines imported from another system
need no item list. When a sale has lines, they add up to its amount to the cent."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

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


def _by_code(session: Session, code: str) -> Item | None:
    return session.exec(select(Item).where(col(Item.code) == code)).first()


def _check_item(session: Session, line: ItemLine, barcode: str | None) -> tuple[str, str | None]:
    """The code and barcode (stripped; an empty barcode is none), refused when the barcode is
    another item's."""
    _check_text(line)
    check_length("barcode", barcode, col(Item.barcode))
    _check_price(line.unit_price_cents)
    code, barcode = line.code.strip(), (barcode or "").strip() or None
    scanned = session.exec(select(Item.code).where(col(Item.barcode) == code)).first()
    if scanned is not None and scanned != code:  # the till would find that item instead
        raise InvalidInput(field="code", reason="item_taken", code=code)
    if barcode is not None:
        other = session.exec(
            select(Item.code).where(or_(col(Item.barcode) == barcode, col(Item.code) == barcode))
        ).first()
        if other is not None and other != code:
            raise InvalidInput(field="barcode", reason="item_taken", code=barcode)
    return code, barcode


def _write(item: Item, line: ItemLine, barcode: str | None) -> None:
    item.name, item.category = line.name.strip(), line.category.strip()
    item.price_cents, item.barcode, item.active = line.unit_price_cents, barcode, True


def add_item(
    session: Session,
    actor: Actor,
    line: ItemLine,
    barcode: str | None = None,
) -> Item:
    """A new item in the list (its code and barcode unique), sold at ``line``'s unit price. The
    code of an item taken off the list brings it back with these details."""
    require(session, actor, Action.MANAGE_ITEMS)
    code, barcode = _check_item(session, line, barcode)
    item = _by_code(session, code)
    if item is not None and item.active:
        raise InvalidInput(field="code", reason="item_taken", code=code)
    if item is None:
        item = Item(
            code=code, name="", price_cents=0, created_at=utcnow(), origin_till=actor.till_id
        )
    _write(item, line, barcode)
    session.add(item)
    session.flush()
    audit.record(session, actor, "item.add", code, price=format_cents(item.price_cents))
    return item


def change_item(session: Session, actor: Actor, line: ItemLine, barcode: str | None) -> Item:
    """New name, category, price or barcode for the item with ``line``'s code (the code stays:
    the sales' lines know the item by it). Sales already made keep what they were sold at."""
    require(session, actor, Action.MANAGE_ITEMS)
    code, barcode = _check_item(session, line, barcode)
    item = _by_code(session, code)
    if item is None:
        raise InvalidInput(field="code", reason="no_item", code=code)
    _write(item, line, barcode)
    session.flush()
    audit.record(session, actor, "item.change", code, price=format_cents(item.price_cents))
    return item


def save_item(
    session: Session,
    actor: Actor,
    line: ItemLine,
    barcode: str | None,
    columns: Collection[str] = ("category", "barcode"),
) -> Item:
    """An item list's row (an import): a new code is added, a known one changed. A known
    item keeps its category or barcode when the file has no such column (a price list)."""
    known = _by_code(session, line.code.strip())
    if known is None or not known.active:  # new, or back on the list: added (and audited so)
        return add_item(session, actor, line, barcode)
    if "category" not in columns:
        line = replace(line, category=known.category)
    if "barcode" not in columns:
        barcode = known.barcode
    return change_item(session, actor, line, barcode)


def retire_item(session: Session, actor: Actor, code: str) -> None:
    """Take the item off the list: the till no longer finds it, its barcode is free for
    another; the sales that sold it keep their lines."""
    require(session, actor, Action.MANAGE_ITEMS)
    item = _by_code(session, code)
    if item is None or not item.active:
        raise InvalidInput(field="code", reason="no_item", code=code)
    item.active, item.barcode = False, None
    audit.record(session, actor, "item.retire", code)


def find_item(session: Session, text: str) -> Item | None:
    """The active item with this barcode or code."""
    text = text.strip()
    return session.exec(
        select(Item).where(
            or_(col(Item.barcode) == text, col(Item.code) == text), col(Item.active).is_(True)
        )
    ).first()


@dataclass(frozen=True)
class ListedItem:
    code: str
    name: str
    category: str
    barcode: str | None
    price_cents: int


def item_list(session: Session) -> list[ListedItem]:
    """The active items, by code."""
    rows = session.exec(select(Item).where(col(Item.active).is_(True)).order_by(Item.code))
    return [ListedItem(i.code, i.name, i.category, i.barcode, i.price_cents) for i in rows]
