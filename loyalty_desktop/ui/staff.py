"""Settings → Staff, the owner's: every account (active or not) with its role, whether it has a
PIN and whether wrong PINs have locked it; add an account, rename it, change its role, reset
its PIN, deactivate or reactivate it. Accounts are never deleted: sales and the audit trail keep
their names. The rules (who may, the last owner, PIN length) live in services/auth.py; a
refusal is shown beside the field it is about and nothing is written."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.actions import StaffRow
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.sign_in import ROLE_NAMES, FieldMessages, pin_field, pins_differ, role_name
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import named, set_tone


def role_box(current: str = "cashier") -> QComboBox:
    box = named(QComboBox(), "role")
    for role in ROLE_NAMES:
        box.addItem(role_name(role), role)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class StaffDialog(QDialog):
    """A small form: each field's refusal beside it, OK (Enter in the last field) or Cancel.
    ``run`` does the work (False: it said already what is wrong) or raises a refusal; the
    dialog closes only when it succeeds."""

    def __init__(self, ops: Operations, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.messages = FieldMessages(self.form)
        self.setMinimumWidth(520)

    def finish(self, last: QLineEdit | None) -> None:
        self.messages.finish()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        # Called on the subclasses: self.tr would look in their contexts (PySide6's runtime name).
        cancel = QPushButton(QCoreApplication.translate("StaffDialog", "Cancel"))
        self.ok = named(QPushButton(QCoreApplication.translate("StaffDialog", "OK")), "primary")
        for button, slot in ((cancel, self.reject), (self.ok, self.submit)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.form.addRow(buttons)
        if last is not None:
            last.returnPressed.connect(self.submit)

    def submit(self) -> None:
        try:
            done = self.run()
        except LoyaltyError as error:
            self.messages.refuse(error)
            return
        if done:
            self.accept()

    def run(self) -> bool:
        raise NotImplementedError

    def two_pins(self, pin: QLineEdit, again: QLineEdit) -> str | None:
        """The PIN when both fields agree; otherwise says so beside the second."""
        if pin.text() == again.text():
            return pin.text()
        again.clear()
        self.messages.say("again", pins_differ())
        again.setFocus()
        return None


class AddStaffDialog(StaffDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Add a staff member"), parent)
        self.name, self.role = named(QLineEdit(), "staffName"), role_box()
        self.pin, self.again = pin_field(), pin_field()
        self.messages.add("name", self.tr("Name"), self.name)
        self.messages.add("role", self.tr("Role"), self.role)
        self.messages.add("pin", self.tr("PIN"), self.pin)
        self.messages.add("again", self.tr("PIN again"), self.again)
        self.name.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.again.setFocus)
        self.finish(self.again)

    def run(self) -> bool:
        pin = self.two_pins(self.pin, self.again)
        if pin is None:
            return False
        actions.add_staff(self.ops, self.name.text(), self.role.currentData(), pin)
        return True


class RenameDialog(StaffDialog):
    def __init__(self, ops: Operations, staff: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Rename {0}").format(shown_word(staff.name)), parent)
        self.staff = staff
        self.name = named(QLineEdit(shown_word(staff.name)), "staffName")
        self.messages.add("name", self.tr("New name"), self.name)
        self.finish(self.name)

    def run(self) -> bool:
        actions.rename_staff(self.ops, self.staff.id, self.name.text())
        return True


class RoleDialog(StaffDialog):
    def __init__(self, ops: Operations, staff: StaffRow, parent: QWidget | None = None) -> None:
        title = self.tr("Change the role of {0}").format(shown_word(staff.name))
        super().__init__(ops, title, parent)
        self.staff = staff
        self.role = role_box(staff.role)
        self.messages.add("role", self.tr("Role"), self.role)
        self.finish(None)

    def run(self) -> bool:
        actions.change_staff_role(self.ops, self.staff.id, self.role.currentData())
        return True


class ResetPinDialog(StaffDialog):
    def __init__(self, ops: Operations, staff: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("A new PIN for {0}").format(shown_word(staff.name)), parent)
        self.staff = staff
        self.pin, self.again = pin_field(), pin_field()
        self.messages.add("pin", self.tr("New PIN"), self.pin)
        self.messages.add("again", self.tr("PIN again"), self.again)
        self.pin.returnPressed.connect(self.again.setFocus)
        self.finish(self.again)

    def run(self) -> bool:
        pin = self.two_pins(self.pin, self.again)
        if pin is None:
            return False
        actions.reset_staff_pin(self.ops, self.staff.id, pin)
        return True


class OwnCardDialog(StaffDialog):
    """The member card a staff member holds themselves: nobody adjusts or refunds on it."""

    def __init__(self, ops: Operations, staff: StaffRow, parent: QWidget | None = None) -> None:
        title = self.tr("The member card of {0}").format(shown_word(staff.name))
        super().__init__(ops, title, parent)
        self.staff = staff
        self.card = named(QLineEdit(), "ownCard")
        self.card.setPlaceholderText(self.tr("card or phone; empty: none"))
        self.messages.add("card", self.tr("Own member card"), self.card)
        self.finish(self.card)

    def run(self) -> bool:
        actions.link_own_card(self.ops, self.staff.id, self.card.text())
        return True


class StaffTab(QWidget):
    """The owner's list of accounts and what can be done to the one selected."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.accounts: list[StaffRow] = []
        self.table = named(
            make_table(
                [
                    self.tr("Name"),
                    self.tr("Role"),
                    self.tr("Active"),
                    self.tr("PIN set"),
                    self.tr("Locked until"),
                ]
            ),
            "staffTable",
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = named(QLabel(wordWrap=True), "message")
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.pin_button = QPushButton(self.tr("Reset PIN…"))
        self.card_button = QPushButton(self.tr("Own card…"))
        self.active_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(lambda: self._edit(RenameDialog))
        self.role_button.clicked.connect(lambda: self._edit(RoleDialog))
        self.pin_button.clicked.connect(lambda: self._edit(ResetPinDialog))
        self.card_button.clicked.connect(lambda: self._edit(OwnCardDialog))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.role_button,
            self.pin_button,
            self.card_button,
            self.active_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Accounts are never deleted: a deactivated account cannot sign in, and "
                    "its name stays on the sales and the audit trail."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.status)
        ops.subscribe(Change.STAFF, self.reload)
        self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        zone, self.accounts = actions.staff_accounts(self.ops)
        fill_table(self.table, [self._cells(row, zone) for row in self.accounts])
        for r, row in enumerate(self.accounts):
            if not row.active:  # greyed, yet selectable: it can be reactivated
                for item in (self.table.item(r, c) for c in range(self.table.columnCount())):
                    if item is not None:
                        item.setForeground(Qt.GlobalColor.gray)
        ids = [row.id for row in self.accounts]
        self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self._selection_changed()

    def _cells(self, row: StaffRow, zone: ZoneInfo) -> list[str]:
        yes, no = self.tr("yes"), self.tr("no")
        locked = row.locked_until is not None and row.locked_until > datetime.now(UTC)
        return [
            shown_word(row.name),
            role_name(row.role),
            yes if row.active else no,
            yes if row.has_pin else no,
            display.local_datetime(row.locked_until, zone) if locked else "—",
        ]

    def selected(self) -> StaffRow | None:
        r = self.table.currentRow()
        return self.accounts[r] if 0 <= r < len(self.accounts) else None

    def _selection_changed(self) -> None:
        staff = self.selected()
        chosen = (self.rename_button, self.role_button, self.pin_button, self.card_button)
        for button in (*chosen, self.active_button):
            button.setEnabled(staff is not None)
        active = staff is None or staff.active
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def add(self) -> None:
        if AddStaffDialog(self.ops, self).exec() == QDialog.DialogCode.Accepted:
            self._said(self.tr("Account added."))

    def _edit(self, kind: type[RenameDialog | RoleDialog | ResetPinDialog | OwnCardDialog]) -> None:
        staff = self.selected()
        if staff is not None and kind(self.ops, staff, self).exec() == QDialog.DialogCode.Accepted:
            self._said(self.tr("Saved."))

    def toggle_active(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        try:
            actions.set_staff_active(self.ops, staff.id, not staff.active)
        except LoyaltyError as error:
            self.status.setText(describe(error))
            set_tone(self.status, "refused")
            return
        name = shown_word(staff.name)
        self._said(
            self.tr("{0} can sign in again.").format(name)
            if not staff.active
            else self.tr("{0} can no longer sign in.").format(name)
        )

    def _said(self, text: str) -> None:
        self.status.setText(text)
        set_tone(self.status, "ok")
