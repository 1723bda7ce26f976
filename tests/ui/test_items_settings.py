"""Settings → Items, as the owner keeps the item list: add an item by keys (a scanned barcode
moves on, it does not save), a bad price said beside its field with nothing written, a new
price, an item taken off the list that the till then no longer finds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import scan, snapshot, when_modal

from loyalty_desktop.services.items import ItemLine, add_item
from loyalty_desktop.ui.items import ItemDialog, ItemsTab

ENTER = Qt.Key.Key_Return


@pytest.fixture
def items_tab(qtbot, window) -> ItemsTab:  # type: ignore[no-untyped-def]
    window.show_page(window.settings)
    tab = window.settings.findChild(ItemsTab)
    assert tab is not None
    return tab


def rows(tab: ItemsTab) -> list[list[str]]:
    table = tab.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_owner_adds_an_item_by_keys_and_the_till_sells_it(qtbot, window, items_tab) -> None:
    def fill(dialog: ItemDialog) -> None:
        for field, text in (
            (dialog.code, "LAT"),
            (dialog.name, "Latte"),
            (dialog.category, "coffee"),
            (dialog.barcode, "6901234567892"),  # a scanner: the code, then Enter
            (dialog.price, "28"),
        ):
            qtbot.keyClicks(field, text)
            qtbot.keyClick(field, ENTER)

    when_modal(fill)
    qtbot.mouseClick(items_tab.add_button, Qt.MouseButton.LeftButton)
    assert rows(items_tab) == [["LAT", "Latte", "coffee", "6901234567892", "¥28.00"]]
    assert items_tab.status.text() == "Item added"
    window.show_page(window.till)
    scan(qtbot, window.till.scan_field, "6901234567892")
    assert window.till.sale_panel.amount.text() == "28.00"


def test_a_bad_price_is_said_beside_it_and_nothing_is_written(qtbot, db, window) -> None:
    dialog = ItemDialog(window.ops, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot(db)
    for field, text in ((dialog.code, "LAT"), (dialog.name, "Latte"), (dialog.price, "28.505")):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.price, ENTER)
    assert dialog.isVisible()
    assert "28.505" in dialog.messages.notes["unit_price"].text()
    dialog.price.setText("28")
    dialog.name.clear()
    qtbot.keyClick(dialog.price, ENTER)
    assert dialog.messages.notes["name"].text() == "is required"
    assert snapshot(db) == before


def test_a_new_price_and_an_item_off_the_list(qtbot, db, actor, window, monkeypatch) -> None:
    with db.session() as s:
        add_item(s, actor, ItemLine("LAT", "Latte", 1, 2800), barcode="690")
        add_item(s, actor, ItemLine("MUG", "Mug", 1, 4500))
    window.show_page(window.settings)
    tab = window.settings.findChild(ItemsTab)
    window.settings.tabs.setCurrentIndex(
        window.settings.tabs.indexOf(tab.parentWidget().parentWidget())
    )
    tab.table.selectRow(0)

    def reprice(dialog: ItemDialog) -> None:
        assert dialog.code.isReadOnly()
        dialog.price.selectAll()
        qtbot.keyClicks(dialog.price, "30")
        qtbot.keyClick(dialog.price, ENTER)

    when_modal(reprice)
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    assert rows(tab)[0] == ["LAT", "Latte", "", "690", "¥30.00"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.retire_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in rows(tab)] == ["MUG"]
    assert tab.status.text() == "Latte is off the list"
    window.show_page(window.till)
    scan(qtbot, window.till.scan_field, "690")
    assert window.till.sale_panel.amount.text() == ""


def test_a_cashier_has_no_items_tab(cashier_window) -> None:
    if cashier_window.settings is not None:
        assert cashier_window.settings.findChild(ItemsTab) is None
