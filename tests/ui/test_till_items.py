"""Items at the till: scanned by barcode into the sale's lines, the amount their total, the
member's card scanned before or after them, Ctrl+Del to take one off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select
from support import scan

from loyalty_desktop.services.items import ItemLine, add_item
from loyalty_desktop.store.models import Sale, SaleItem

LATTE, CAKE = "6901234567892", "6909876543210"


@pytest.fixture
def shelf(db, actor) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        add_item(s, actor, ItemLine("LAT", "Latte", 1, 2800, "coffee"), barcode=LATTE)
        add_item(s, actor, ItemLine("CAKE", "Cheesecake", 1, 3500, "cake"), barcode=CAKE)


def lines_of_last_sale(db) -> tuple[Sale, list[tuple[str, int, int]]]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        sale = s.exec(select(Sale).order_by(Sale.id.desc())).first()  # type: ignore[union-attr]
        lines = s.exec(select(SaleItem).where(SaleItem.sale_id == sale.id)).all()
        return sale, [(x.code, x.quantity, x.unit_price_cents) for x in lines]


def test_items_then_the_card_then_enter(qtbot, window, db, zhang, shelf) -> None:
    till = window.till
    for code in (LATTE, LATTE, CAKE):
        scan(qtbot, till.scan_field, code)
    panel = till.sale_panel
    assert panel.lines.text() == "Latte ×2  ¥56.00\nCheesecake ×1  ¥35.00"
    assert panel.amount.text() == "91.00" and panel.amount.isReadOnly()
    assert till.member_panel.name.text() == "Walk-in customer"
    scan(qtbot, till.scan_field, zhang.card)  # the card after the items: they stay
    assert till.member_panel.name.text() == "Zhang San"
    assert panel.amount.text() == "91.00"
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    sale, lines = lines_of_last_sale(db)
    assert (sale.member_id, sale.amount_cents, sale.points_earned) == (zhang.id, 9100, 91)
    assert lines == [("LAT", 2, 2800), ("CAKE", 1, 3500)]
    assert panel.lines.text() == "" and not panel.amount.isReadOnly()


def test_ctrl_del_takes_the_last_item_off(qtbot, window, db, zhang, shelf) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    scan(qtbot, till.sale_panel.amount, LATTE)  # the scanner fires into the amount field
    scan(qtbot, till.sale_panel.amount, CAKE)
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert till.sale_panel.lines.text() == "Latte ×1  ¥28.00"
    assert till.pay_panel.labels["pay"].text() == "¥28.00"
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert till.sale_panel.amount.text() == "" and not till.sale_panel.amount.isReadOnly()
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert till.message.text() == "No item to remove"
    type_amount = "12.00"
    till.sale_panel.amount.setText(type_amount)  # back to typing the amount by hand
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    sale, lines = lines_of_last_sale(db)
    assert sale.amount_cents == 1200 and lines == []
