"""The till's dialogs — only for things that need a decision: enrol, refund, pick a member.

The printing modules (reportlab, pdfium) are imported when a card is printed or shown, not
with the till."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSizeF, Qt
from PySide6.QtGui import QKeyEvent, QPageSize, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display
from loyalty_desktop.core.clock import parse_date
from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.core.money import parse_amount
from loyalty_desktop.services.members import Enrolment, MemberRow
from loyalty_desktop.services.sales import SaleLine
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.approval import with_approval
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import named, set_tone, tabular

if TYPE_CHECKING:
    from loyalty_desktop.printing.card_pdf import PrintedCard


def pick_table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    """A read-only table chosen from with the arrows and Enter (its ``activated`` signal)."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def write_member_card(ops: Operations, card: PrintedCard, path: str | Path) -> None:
    """A member's CR80 card as a PDF (refused over the shop's own files)."""
    from loyalty_desktop.printing.card_pdf import member_card

    member_card(actions.shop_name(ops), card, path, ops.db.sqlite_path)


def print_member_card(parent: QWidget, ops: Operations, card: PrintedCard) -> None:
    """A member's card through Qt's print dialog (a card printer, or card stock)."""
    from loyalty_desktop.printing.card_pdf import CARD_MM
    from loyalty_desktop.ui.printing import print_pdf

    path = Path(tempfile.mkdtemp(prefix="loyalty-print-")) / "card.pdf"
    write_member_card(ops, card, path)
    # Card-sized paper, edge to edge: a card printer prints it as it is, and the card is
    # never blown up to fill an A4 page.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QSizeF(*CARD_MM), QPageSize.Unit.Millimeter, "CR80"))
    printer.setFullPage(True)
    if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted:
        print_pdf(printer, path)


def _error_label() -> QLabel:
    label = named(QLabel(wordWrap=True), "message")
    set_tone(label, "refused")
    return label


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Till keys"))
        layout = QFormLayout(self)
        keys = [
            ("Enter", self.tr("Search / confirm the sale")),
            ("F1", self.tr("This help")),
            ("F2", self.tr("Enrol a new member")),
            ("F3", self.tr("Find a member (phone, last 4 digits, name)")),
            ("F4", self.tr("Redeem points on this sale")),
            ("Ctrl+F4", self.tr("Redeem all the points this sale can take")),
            ("F5", self.tr("Type a coupon code (or just scan it)")),
            ("F6", self.tr("Walk-in sale (no member)")),
            ("F7", self.tr("Give a reward from the catalogue for points")),
            ("F8", self.tr("Refund a sale")),
            ("F9", self.tr("Ask the customer the survey on this screen")),
            ("Esc", self.tr("Clear the till")),
            ("Ctrl+D", self.tr("Customer display on / off")),
            ("Ctrl+L", self.tr("Lock the till / switch cashier")),
        ]
        for key, text in keys:
            name = QLabel(f"<b>{key}</b>")
            layout.addRow(name, QLabel(text))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addRow(close)


class PickMemberDialog(QDialog):
    """Several members match: arrows and Enter choose one, Esc cancels."""

    def __init__(self, members: list[MemberRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which member?"))
        self.members = members
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("{0} member(s) match. Choose one:", "", len(members)).format(len(members))
            )
        )
        self.list = pick_table(
            [self.tr("Card"), self.tr("Name"), self.tr("Phone"), self.tr("Points")],
            [
                [m.card, m.name, display.mask_phone(m.phone), display.points(m.balance)]
                for m in members
            ],
        )
        self.list.selectRow(0)
        self.list.activated.connect(self.accept)
        layout.addWidget(self.list)
        self.resize(560, 320)

    @classmethod
    def pick(cls, parent: QWidget, members: list[MemberRow]) -> MemberRow | None:
        dialog = cls(members, parent)
        return members[dialog.list.currentRow()] if dialog.exec() else None


class EnrolDialog(QDialog):
    """New member in under 30 seconds: name, phone, the rest optional. Then the card."""

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, name: str = "", phone: str = ""
    ) -> None:
        """``name`` and ``phone``: what the cashier searched for and did not find."""
        super().__init__(parent)
        self.ops = ops
        self.member_id: int | None = None
        self.card = ""
        self.member_name = ""
        self.setWindowTitle(self.tr("Enrol a member"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.name.setText(name)
        self.phone.setText(phone)
        self.pages.addWidget(self._card_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(460, 380)

    def _form_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = named(QLineEdit(), "name")
        self.phone = named(QLineEdit(placeholderText="138 0013 8000"), "phone")
        self.birthday = named(QLineEdit(placeholderText=self.tr("YYYY-MM-DD")), "birthday")
        self.consent = QCheckBox(self.tr("Agrees to receive offers (SMS / WeChat / e-mail)"))
        self.referrer = named(
            QLineEdit(placeholderText=self.tr("card or phone of the member")), "referrer"
        )
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Birthday (optional)"), self.birthday)
        form.addRow("", self.consent)
        form.addRow(self.tr("Referred by (optional)"), self.referrer)
        self.error = _error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        return page

    def _card_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_text = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "bigName")
        self.card_text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        tabular(self.card_text, 30, bold=True)
        self.barcode = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "barcode")
        self.barcode_image = QPixmap()
        layout.addWidget(self.done_text)
        layout.addWidget(self.card_text)
        layout.addWidget(self.barcode, 1)
        self.card_error = _error_label()
        layout.addWidget(self.card_error)
        # Done is the one default: Enter on the welcome page closes it. The print buttons never
        # take Enter (an autoDefault button with focus would, and it had the focus here).
        print_button = QPushButton(self.tr("Print card…"), autoDefault=False)
        print_button.clicked.connect(self.print_card)
        save_button = QPushButton(self.tr("Save card PDF…"), autoDefault=False)
        save_button.clicked.connect(self.save_card_pdf)
        self.done_button = named(QPushButton(self.tr("Done"), default=True), "primary")
        self.done_button.clicked.connect(self.accept)
        printing = QHBoxLayout()
        printing.addWidget(print_button)
        printing.addWidget(save_button)
        layout.addLayout(printing)
        layout.addWidget(self.done_button)
        return page

    def save(self) -> None:
        try:
            birthday = (
                parse_date(self.birthday.text(), field=self.tr("birthday"))
                if self.birthday.text().strip()
                else None
            )
            data = Enrolment(
                name=self.name.text(),
                phone=self.phone.text().strip() or None,
                birthday=birthday,
                marketing_consent=self.consent.isChecked(),
                referrer=self.referrer.text().strip() or None,
            )
            member = actions.enrol_member(self.ops, data)
        except LoyaltyError as error:
            self.error.setText(describe(error))
            return
        self.member_id, self.card, self.member_name = member.id, member.card, member.name
        self.done_text.setText(self.tr("Welcome, {0}!").format(member.name))
        self.card_text.setText(member.card)
        from loyalty_desktop.printing.barcodes import code128_png

        self.barcode_image.loadFromData(code128_png(member.card))
        self.barcode.setPixmap(
            self.barcode_image.scaledToWidth(360, Qt.TransformationMode.SmoothTransformation)
        )
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()

    def printed_card(self) -> PrintedCard:
        from loyalty_desktop.printing.card_pdf import PrintedCard

        return PrintedCard(self.card, self.member_name)

    def write_card(self, path: str | Path) -> bool:
        """The new member's CR80 card as a PDF; False (with the reason shown) if refused."""
        try:
            write_member_card(self.ops, self.printed_card(), path)
        except (LoyaltyError, OSError) as error:  # e.g. the shop's own file, a full disk
            self.card_error.setText(describe(error))
            return False
        return True

    def print_card(self) -> None:
        try:
            print_member_card(self, self.ops, self.printed_card())
        except (LoyaltyError, OSError) as error:
            self.card_error.setText(describe(error))

    def save_card_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save member card"), f"card-{self.card}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.write_card(path)


# The usual reasons, offered first; the cashier may type another.
REFUND_REASONS = (
    QT_TRANSLATE_NOOP("RefundDialog", "customer returned the goods"),
    QT_TRANSLATE_NOOP("RefundDialog", "faulty or damaged goods"),
    QT_TRANSLATE_NOOP("RefundDialog", "wrong amount keyed"),
    QT_TRANSLATE_NOOP("RefundDialog", "price adjustment"),
)


class RefundDialog(QDialog):
    """Refund from a list: today's sales at this till and the member's recent ones. The search
    narrows it, arrows and Enter choose one, the preview shows what goes back, and only
    Ctrl+Enter (or the Refund button) refunds — a second Enter never does."""

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, member_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.sale: SaleLine | None = None
        self.result_text = ""
        self.zone = actions.rules(ops).zone
        self.sales = actions.refundable_sales(ops, member_id)
        self.setWindowTitle(self.tr("Refund a sale"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self._preview_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.error = _error_label()
        layout.addWidget(self.error)
        self._fill()
        self.resize(820, 460)

    def _list_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.lookup = named(
            QLineEdit(placeholderText=self.tr("search: sale number, receipt, card or amount")),
            "lookup",
        )
        headers = [self.tr("Sale"), self.tr("Date"), self.tr("Time"), self.tr("Customer")]
        headers += [self.tr("Paid"), self.tr("Refunded"), self.tr("Points"), self.tr("Coupon")]
        self.table = named(make_table(headers), "refundSales")
        box.addWidget(self.lookup)
        box.addWidget(self.table)
        box.addWidget(QLabel(self.tr("↑↓ choose · Enter preview · Esc close")))
        self.lookup.textChanged.connect(self._fill)
        self.lookup.installEventFilter(self)
        self.table.installEventFilter(self)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.details = QLabel(wordWrap=True)
        self.amount = named(QLineEdit(), "refundAmount")
        tabular(self.amount, 18)
        self.preview = QLabel(wordWrap=True)
        self.reason = named(QComboBox(editable=True), "refundReason")
        self.reason.addItems(["", *(self.tr(reason) for reason in REFUND_REASONS)])
        why = self.reason.lineEdit()
        assert why is not None  # an editable combo has one
        why.setPlaceholderText(self.tr("choose or type why (it goes on the audit trail)"))
        why.installEventFilter(self)
        form.addRow(self.details)
        form.addRow(self.tr("Refund amount (¥)"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.preview)
        form.addRow(QLabel(self.tr("Ctrl+Enter refunds · Esc back to the list")))
        self.buttons = QDialogButtonBox()
        back = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button = self.buttons.addButton(
            self.tr("Refund"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        for button in (back, self.confirm_button):
            button.setAutoDefault(False)  # Enter must not press them
        self.confirm_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self._back)
        form.addRow(self.buttons)
        self.amount.textChanged.connect(self._preview)
        self.amount.installEventFilter(self)
        return page

    def _matches(self, sale: SaleLine, text: str) -> bool:
        haystack = [str(sale.id), sale.receipt or "", sale.card or "", sale.member_name or ""]
        haystack.append(display.money(sale.paid_cents, symbol=False, grouped=False))
        return any(text.lower() in item.lower() for item in haystack)

    def _fill(self) -> None:
        text = self.lookup.text().strip()
        self.shown = [sale for sale in self.sales if self._matches(sale, text)]
        fill_table(self.table, [self._row(sale) for sale in self.shown], numbers=(0, 4, 5, 6))
        for r, sale in enumerate(self.shown):
            if sale.fully_refunded:
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    if item is not None:  # fill_table set every cell; greyed: refunded
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if self.shown:
            self.table.selectRow(0)

    def _row(self, sale: SaleLine) -> list[str]:
        when = display.local_datetime(sale.created_at, self.zone).split(" ")
        redeemed = f" −{sale.points_redeemed}" if sale.points_redeemed else ""
        points = f"+{sale.points_earned}{redeemed}"
        return [
            str(sale.id),
            when[0],
            when[1],
            sale.member_name or self.tr("walk-in"),
            display.money(sale.paid_cents),
            display.money(sale.refunded_cents) if sale.refunded_cents else "",
            points,
            sale.coupon_code or "",
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows in the search move the list; Enter in the search or the list previews."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched in (self.amount, self.reason.lineEdit()):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.keyPressEvent(event)
                return True
            return super().eventFilter(watched, event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.find_sale()
            return True
        if watched is self.lookup and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.table.currentRow() + step, self.table.rowCount() - 1))
            self.table.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Plain Enter never refunds; Ctrl+Enter on the preview does. Esc goes back first."""
        on_preview = self.pages.currentIndex() == 1
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if on_preview and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.confirm()
            elif on_preview:
                self.error.setText(self.tr("Press Ctrl+Enter to refund"))
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and on_preview:
            self._back()
            return
        super().keyPressEvent(event)

    def find_sale(self) -> None:
        """Preview the chosen row; with no row shown, the sale typed by number or receipt."""
        row = self.table.currentRow()
        try:
            if 0 <= row < len(self.shown):
                self.sale = self.shown[row]
            else:
                self.sale = actions.find_sale_to_refund(self.ops, self.lookup.text())
        except LoyaltyError as error:
            self.error.setText(describe(error))
            return
        self._show(self.sale)

    def _show(self, sale: SaleLine) -> None:
        self.error.clear()
        self.details.setText(
            self.tr("Sale {0} · {1} · paid {2} · already refunded {3}").format(
                sale.id,
                sale.member_name or self.tr("walk-in"),
                display.money(sale.paid_cents),
                display.money(sale.refunded_cents),
            )
        )
        self.pages.setCurrentIndex(1)
        self.amount.setText(display.money(sale.left_cents, symbol=False, grouped=False))
        self.amount.setFocus()
        self.amount.selectAll()
        self._preview()

    def _back(self) -> None:
        self.sale = None
        self.error.clear()
        self.pages.setCurrentIndex(0)
        self.lookup.setFocus()

    def _amount(self) -> int | None:
        """None settles all that is left (also a sale paid wholly with points)."""
        cents = parse_amount(self.amount.text(), allow_zero=True)
        left = self.sale.left_cents if self.sale else 0
        return None if cents == left else cents

    def _preview(self) -> None:
        if self.sale is None:
            return
        try:
            plan = actions.plan_refund(self.ops, self.sale.id, self._amount())
        except LoyaltyError as error:
            self.error.setText(describe(error))
            self.preview.clear()
            self.confirm_button.setEnabled(False)
            return
        self.error.clear()
        lines = [
            self.tr("Takes back {0} earned points, gives back {1} redeemed").format(
                plan.points_reversed, plan.points_returned
            )
        ]
        if self.sale.coupon_code:
            lines.append(self._coupon_line(self.sale, plan.completing))
        self.preview.setText("\n".join(lines))
        self.confirm_button.setEnabled(True)

    def _coupon_line(self, sale: SaleLine, completing: bool) -> str:
        if not completing:
            return self.tr("Coupon {0} stays used (only a full refund returns it)").format(
                sale.coupon_code
            )
        if sale.coupon_returnable:
            return self.tr("Coupon {0} is given back").format(sale.coupon_code)
        return self.tr("Coupon {0} has expired and is not given back").format(sale.coupon_code)

    def confirm(self) -> None:
        if self.sale is None or not self.confirm_button.isEnabled():
            return
        sale_id, reason = self.sale.id, self.reason.currentText()
        try:
            amount = self._amount()
            result = with_approval(
                self.ops, self, lambda: actions.refund(self.ops, sale_id, amount, reason)
            )
        except LoyaltyError as error:
            self.error.setText(describe(error))
            return
        self.result_text = self.tr("Refunded {0} of sale {1}").format(
            display.money(result.refund.amount_cents), sale_id
        )
        if result.flagged:
            self.result_text += " · " + self.tr("balance is now negative")
        self.accept()


class RewardDialog(QDialog):
    """The reward catalogue: arrows and Enter give the chosen reward for its points."""

    def __init__(self, ops: Operations, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.member_id = ops, member_id
        self.result_text = ""
        self.setWindowTitle(self.tr("Reward for points"))
        self.rewards = actions.rewards(ops)
        layout = QVBoxLayout(self)
        balance = actions.member_card(ops, member_id).balance
        self.affordable = [r.points <= balance for r in self.rewards]
        self.list = pick_table(
            [self.tr("Reward"), self.tr("Points"), self.tr("Note")],
            [
                [r.name, display.points(r.points), self._shortfall(r.points - balance)]
                for r in self.rewards
            ],
        )
        for row, reward in enumerate(self.rewards):
            if not self.affordable[row]:  # greyed out: arrows pass it by, Enter cannot give it
                for item in (self.list.item(row, c) for c in range(self.list.columnCount())):
                    if item is not None:
                        item.setFlags(Qt.ItemFlag.NoItemFlags)
                        item.setToolTip(self._shortfall(reward.points - balance))
        if True in self.affordable:
            self.list.selectRow(self.affordable.index(True))
        self.list.activated.connect(self.give)
        self.error = _error_label()
        if not self.rewards:
            self.error.setText(
                self.tr("The catalogue is empty: the owner adds rewards in Settings.")
            )
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        self.resize(420, 300)

    def _shortfall(self, missing: int) -> str:
        if missing <= 0:
            return ""
        return self.tr("needs {0} more points").format(display.points(missing))

    def give(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.rewards) or not self.affordable[row]:
            return
        reward = self.rewards[row]
        try:
            balance = actions.give_reward(self.ops, self.member_id, reward.name)
        except LoyaltyError as error:
            self.error.setText(describe(error))
            return
        self.result_text = self.tr("{0} given for {1} points · balance {2}").format(
            reward.name, display.points(reward.points), display.points(balance)
        )
        self.accept()
