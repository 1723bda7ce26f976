"""Settings → Items (商品): the shop's item list the till scans into a sale's lines. Add an item,
change its name, category, barcode or price, take it off the list. A code stays the item's for
good: the sales' lines know it by its code (services/items.py); an import adds many at once."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.errors import InvalidInput, LoyaltyError, render
from loyalty_desktop.core.money import format_cents, parse_amount
from loyalty_desktop.services import items
from loyalty_desktop.services.items import ItemLine, ListedItem
from loyalty_desktop.ui.import_dialog import ImportDialog
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.sign_in import FieldMessages
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import named, set_tone


class ItemDialog(QDialog):
    """One item's details; each refusal beside its field. Enter in the price saves."""

    def __init__(self, ops: Operations, item: ListedItem | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops, self.item = ops, item
        self.setWindowTitle(self.tr("Change an item") if item else self.tr("Add an item"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.messages = FieldMessages(form)
        self.code = named(QLineEdit(item.code if item else ""), "itemCode")
        self.code.setReadOnly(item is not None)  # the sales' lines know the item by its code
        self.name = named(QLineEdit(item.name if item else ""), "itemName")
        self.category = named(QLineEdit(item.category if item else ""), "itemCategory")
        self.barcode = named(QLineEdit((item.barcode or "") if item else ""), "itemBarcode")
        self.barcode.setPlaceholderText(self.tr("scan it here, or leave empty"))
        price = format_cents(item.price_cents) if item else ""
        self.price = named(QLineEdit(price), "itemPrice")
        self.price.setPlaceholderText(self.tr("yuan, e.g. 28.00"))
        for key, label, field in (
            ("code", self.tr("Code"), self.code),
            ("name", self.tr("Name"), self.name),
            ("category", self.tr("Category"), self.category),
            ("barcode", self.tr("Barcode"), self.barcode),
            ("unit_price", self.tr("Price"), self.price),
        ):
            self.messages.add(key, label, field)
        # A scanner ends with Enter: it moves on rather than saving half an item.
        for field, after in (
            (self.code, self.name),
            (self.name, self.category),
            (self.category, self.barcode),
            (self.barcode, self.price),
        ):
            field.returnPressed.connect(after.setFocus)
        self.price.returnPressed.connect(self.submit)
        self.messages.finish()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        ok = named(QPushButton(self.tr("Save")), "primary")
        for button, slot in ((cancel, self.reject), (ok, self.submit)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        form.addRow(buttons)

    def submit(self) -> None:
        if not self.price.text().strip():
            self.messages.say("unit_price", render(InvalidInput(reason="required"), short=True))
            return
        try:
            cents = parse_amount(self.price.text(), allow_zero=True)
        except LoyaltyError as error:
            self.messages.say("unit_price", render(error, short=True))
            return
        try:
            line = ItemLine(self.code.text(), self.name.text(), 1, cents, self.category.text())
            barcode = self.barcode.text()
            write = items.change_item if self.item else items.add_item
            self.ops.call(lambda s, a: write(s, a, line, barcode))
        except LoyaltyError as error:
            self.messages.refuse(error)
            return
        self.accept()


class ItemsTab(QWidget):
    """The item list with what can be done to the item selected."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.items: list[ListedItem] = []
        self.table = named(
            make_table(
                [
                    self.tr("Code"),
                    self.tr("Name"),
                    self.tr("Category"),
                    self.tr("Barcode"),
                    self.tr("Price"),
                ]
            ),
            "itemsTable",
        )
        header = self.table.horizontalHeader()  # the name takes the spare width, not the price
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.change)
        self.status = named(QLabel(wordWrap=True), "message")
        self.add_button = QPushButton(self.tr("Add…"))
        self.change_button = QPushButton(self.tr("Change…"))
        self.retire_button = QPushButton(self.tr("Take off the list"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_list)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.retire_button.clicked.connect(self.retire)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The till scans these codes or barcodes into a sale's lines. A new price "
                    "applies to the next sales; sales already made keep theirs. Import… reads a "
                    "whole list (code, name, category, barcode, price): new codes are added, "
                    "known ones changed."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.status)
        ops.subscribe(Change.RULES, self.reload)  # where the item list's writes are announced
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # another till, or an import, may have changed the list since

    def reload(self) -> None:
        chosen = self.selected()
        self.items = self.ops.call(lambda s, _a: items.item_list(s), readonly=True)
        fill_table(
            self.table,
            [
                [i.code, i.name, i.category, i.barcode or "", display.money(i.price_cents)]
                for i in self.items
            ],
            numbers=(4,),
        )
        codes = [i.code for i in self.items]
        if chosen is not None and chosen.code in codes:
            self.table.selectRow(codes.index(chosen.code))
        self._selection_changed()

    def selected(self) -> ListedItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.change_button.setEnabled(chosen)
        self.retire_button.setEnabled(chosen)

    def say(self, text: str, tone: str = "ok") -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def import_list(self) -> None:
        """The import dialog set to an item list, asking for the file at once."""
        self.import_dialog = ImportDialog(self.ops, self)
        self.import_dialog.kind.setCurrentIndex(self.import_dialog.kind.findData("items"))
        self.import_dialog.open()
        self.import_dialog.choose_file()

    def add(self) -> None:
        if ItemDialog(self.ops, None, self).exec():
            self.say(self.tr("Item added"))

    def change(self) -> None:
        item = self.selected()
        if item is not None and ItemDialog(self.ops, item, self).exec():
            self.say(self.tr("{0} changed").format(item.name))

    def retire(self) -> None:
        item = self.selected()
        if item is None:
            return
        question = self.tr(
            "Take “{0}” off the item list? The till will no longer find it; sales that sold it "
            "keep their lines."
        ).format(item.name)
        if QMessageBox.question(self, self.tr("Take off the list"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self.ops.call(lambda s, a: items.retire_item(s, a, item.code))
        except LoyaltyError as error:
            self.say(describe(error), "refused")
            return
        self.say(self.tr("{0} is off the list").format(item.name))
