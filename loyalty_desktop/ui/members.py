"""The owner's member browser: a lazily paged table that stays fast with 100,000+ members, and
a detail pane with the points history, the sales, editing the member's details, replacing a lost
card and the owner's points adjustment."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.clock import parse_date
from loyalty_desktop.core.errors import InvalidInput, LoyaltyError
from loyalty_desktop.printing.card_pdf import PrintedCard
from loyalty_desktop.services import members as member_service
from loyalty_desktop.services import notes
from loyalty_desktop.services.member_edits import (
    KEEP,
    CardReplacement,
    MemberChanges,
    MemberEdit,
)
from loyalty_desktop.services.members import MemberRow, Seek
from loyalty_desktop.services.permissions import Action, can, offered
from loyalty_desktop.services.privacy import Erasure
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.actions import EntryKind
from loyalty_desktop.ui.approval import with_approval
from loyalty_desktop.ui.card_sheets import MOST_CARDS, CardSheetDialog
from loyalty_desktop.ui.coupons import IssueDialog
from loyalty_desktop.ui.dialogs import print_member_card
from loyalty_desktop.ui.forms import FormDialog
from loyalty_desktop.ui.import_dialog import ImportDialog
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.theme import named, tabular

PAGE = 200
MAX_PAGES = 20  # cached pages; older ones are dropped as the user scrolls far
COLUMNS = ("card", "name", "phone", "tier", "balance", "enrolled_at")
FIXED_WIDTHS = (125, 115, 80, 75, 100)  # every column but Name, which takes the rest
NAME_MIN_WIDTH = 100
DETAIL_MIN_WIDTH = 230
# Past a list this wide (whole names), the detail pane grows, up to a width its tables read at.
LIST_COMFORT_WIDTH = 700
DETAIL_MAX_WIDTH = 520
_Index = QModelIndex | QPersistentModelIndex


class ListAndDetail(QSplitter):
    """The member list and the detail pane: past a list wide enough for whole names, the pane
    takes the extra width, up to what its tables read at; a split the cashier drags is kept."""

    def __init__(self) -> None:
        super().__init__()
        self.setChildrenCollapsible(False)
        self.dragged = False
        self.splitterMoved.connect(lambda *_: setattr(self, "dragged", True))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the sizes fit the new width from here on
        if not self.dragged and self.count() == 2:
            total = sum(self.sizes())
            detail = max(DETAIL_MIN_WIDTH, min(total - LIST_COMFORT_WIDTH, DETAIL_MAX_WIDTH))
            self.setSizes([total - detail, detail])


class MemberTableModel(QAbstractTableModel):
    """Rows are fetched a page at a time, only when the view asks for them."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.query = ""
        self.sort_key, self.descending = "name", False
        self._count = 0
        self._pages: dict[int, list[MemberRow]] = {}
        self._rules = actions.rules(ops)
        self.headers = [
            self.tr("Card"),
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Tier"),
            self.tr("Points"),
            self.tr("Enrolled"),
        ]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rules = actions.rules(self.ops)
        self._pages.clear()
        query = self.query
        self._count = actions.count_members(self.ops, query)
        self.endResetModel()

    def set_query(self, text: str) -> None:
        self.query = text.strip()
        self.reload()

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def member_at(self, row: int) -> MemberRow | None:
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def _page(self, number: int) -> list[MemberRow]:
        if number not in self._pages:
            seek, size = self._seek(number)
            if len(self._pages) >= MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
            query, key, desc = self.query, self.sort_key, self.descending
            self._pages[number] = actions.member_page(self.ops, query, key, desc, seek, size)
        return self._pages[number]

    def _seek(self, number: int) -> tuple[Seek, int]:
        """Where page ``number`` starts, and its size: next to a page already here, or the
        list's end, by keyset (as fast at the end of a million members as at the start);
        only a jump into the middle counts an offset."""
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        last_page = (self._count - 1) // PAGE
        size = self._count - number * PAGE if number == last_page else PAGE
        if before:
            return Seek(after=before[-1]), size
        if after:
            return Seek(before=after[0]), size
        if number == last_page and number > 0:
            return Seek(last=True), size
        return Seek(offset=number * PAGE), size

    # --- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "balance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        member = self.member_at(index.row())
        if member is None:
            return None
        values = {
            "card": member.card,
            "name": member.name,
            "phone": display.mask_phone(member.phone),
            "tier": shown_word(member.tier),
            "balance": display.points(member.balance),
            "enrolled_at": display.local_date(member.enrolled_at, self._rules.zone),
        }
        return values[key]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column]
        if key not in member_service.SORTABLE:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()


class AdjustDialog(FormDialog):
    """The owner's correction: points (+ or −) and a reason, refused inline until valid."""

    def __init__(self, ops: Operations, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Adjust points"), parent)
        self.ops, self.member_id = ops, member_id
        self.points = QSpinBox(minimum=-1_000_000, maximum=1_000_000)
        self.reason = named(QLineEdit(), "reason")
        self.form.addRow(self.tr("Points (+ or −)"), self.points)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish()

    def run(self) -> None:
        member_id, points, reason = self.member_id, self.points.value(), self.reason.text()
        with_approval(
            self.ops, self, lambda: actions.adjust_points(self.ops, member_id, points, reason)
        )


class EditMemberDialog(FormDialog):
    """A member's details, filled in as they are: saved all together when every field is valid,
    else the message says why and the field at fault has the focus (nothing is written)."""

    def __init__(
        self,
        ops: Operations,
        member_id: int,
        detail: member_service.MemberDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit member"), parent)
        self.ops, self.member_id = ops, member_id
        self.edit: MemberEdit | None = None
        card = detail.card
        self.name = named(QLineEdit(card.name), "name")
        # A role that may not see full phones sees the masked one, which left as it is keeps
        # the phone; typing a new number replaces it.
        self.shown_phone = member_service.shown_phone(card.phone, ops.role) or ""
        self.phone = named(QLineEdit(self.shown_phone, placeholderText="138 0013 8000"), "phone")
        self.birthday = named(
            QLineEdit(
                card.birthday.isoformat() if card.birthday else "",
                placeholderText=self.tr("YYYY-MM-DD"),
            ),
            "birthday",
        )
        self.tags = named(QLineEdit(detail.tags, placeholderText=self.tr("separated by ;")), "tags")
        self.consent = QCheckBox(self.tr("Agrees to receive offers (SMS / WeChat / e-mail)"))
        self.consent.setChecked(detail.marketing_consent)
        self.fields = {
            "name": self.name,
            "phone": self.phone,
            "birthday": self.birthday,
            "tags": self.tags,
        }
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Phone (empty: none)"), self.phone)
        self.form.addRow(self.tr("Birthday (empty: none)"), self.birthday)
        self.form.addRow(self.tr("Tags"), self.tags)
        self.form.addRow("", self.consent)
        self.finish()
        self.setMinimumWidth(440)

    def _birthday(self) -> date | None:
        text = self.birthday.text().strip()
        return parse_date(text, field="birthday") if text else None

    def run(self) -> None:
        try:
            phone = self.phone.text()
            changes = MemberChanges(
                name=self.name.text(),
                phone=KEEP if phone == self.shown_phone else phone,
                birthday=self._birthday(),
                tags=self.tags.text(),
                marketing_consent=self.consent.isChecked(),
            )
            self.edit = actions.edit_member(self.ops, self.member_id, changes)
        except LoyaltyError as error:
            if field := self.fields.get(str(error.params.get("field", ""))):
                field.setFocus()
                field.selectAll()
            raise


class ReplaceCardDialog(FormDialog):
    """A lost card: the member gets a new number (offered, or scanned from pre-printed stock),
    shown as old → new before it is confirmed; the old number is refused from then on."""

    def __init__(
        self, ops: Operations, member_id: int, name: str, old_card: str, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Replace card"), parent)
        self.ops, self.member_id, self.old_card = ops, member_id, old_card
        self.replacement: CardReplacement | None = None
        intro = QLabel(
            self.tr(
                "{0} gets a new card number and card {1} is refused from then on. Points, sales "
                "and coupons stay with the member."
            ).format(name, old_card),
            wordWrap=True,
        )
        self.card = named(QLineEdit(actions.new_card_number(ops)), "newCard")
        self.change = named(QLabel(), "cardChange")
        tabular(self.change, 16, bold=True)
        self.form.addRow(intro)
        self.form.addRow(self.tr("New card number"), self.card)
        self.form.addRow(self.change)
        self.card.textChanged.connect(self._show_change)
        self._show_change()
        self.finish()
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Replace card"))
        self.setMinimumWidth(440)

    def _show_change(self) -> None:
        self.change.setText(f"{self.old_card}  →  {self.card.text().strip() or '?'}")

    def run(self) -> None:
        card = self.card.text().strip()
        if not card:  # the number confirmed is the number shown: never a hidden one
            raise InvalidInput(field="card", reason="required")
        self.replacement = actions.replace_card(self.ops, self.member_id, card)


class EraseMemberDialog(FormDialog):
    """The owner erases a member at their request: what goes and what stays said plainly, a
    reason required, and the button that erases named for what it does (not the default)."""

    def __init__(
        self, ops: Operations, member_id: int, name: str, card: str, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Erase member"), parent)
        self.ops, self.member_id = ops, member_id
        self.erasure: Erasure | None = None
        intro = named(
            QLabel(
                self.tr(
                    "Erase the personal details of {0} (card {1}) at their request?\n\n"
                    "Removed for good: the name, phone, birthday and tags, the marketing "
                    "consent, their survey comments and the notes of calls back to them.\n"
                    "Kept, without a name: their sales, points, coupons and survey scores, so "
                    "every report total stays the same.\n\n"
                    "Card {1} is refused from then on. This cannot be undone."
                ).format(name, card),
                wordWrap=True,
            ),
            "eraseIntro",
        )
        self.reason = named(
            QLineEdit(placeholderText=self.tr("e.g. asked at the counter on 2026-11-28")),
            "reason",
        )
        self.form.addRow(intro)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish()
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Erase"))
        ok.setAutoDefault(False)
        ok.setDefault(False)
        self.setMinimumWidth(480)

    def run(self) -> None:
        self.erasure = actions.erase_member(self.ops, self.member_id, self.reason.text())


class MemberDetail(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.member_id: int | None = None
        self.detail: member_service.MemberDetail | None = None
        layout = QVBoxLayout(self)
        self.title = named(QLabel(wordWrap=True), "bigName")
        self.facts = QLabel(wordWrap=True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Whoever may enrol a member may correct their details and replace a lost card.
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Edit the member's details (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit)
        self.replace_button = QPushButton(self.tr("Replace card…"))
        self.replace_button.clicked.connect(self.replace_card)
        self.adjust_button = QPushButton(self.tr("Adjust points…"))
        self.adjust_button.clicked.connect(self.adjust)
        self.adjust_button.setVisible(offered(ops.role, Action.ADJUST_POINTS))
        self.coupon_button = QPushButton(self.tr("Give coupon…"))
        self.coupon_button.clicked.connect(self.give_coupon)
        self.coupon_button.setVisible(can(ops.role, Action.ISSUE_COUPONS))
        # A member's privacy rights are the owner's to carry out.
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.setToolTip(self.tr("Everything held about the member, into a folder"))
        self.export_button.clicked.connect(self.export_data)
        self.export_button.setVisible(can(ops.role, Action.EXPORT_PERSONAL_DATA))
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setToolTip(
            self.tr("Erase the member's personal details at their request")
        )
        self.erase_button.clicked.connect(self.erase)
        self.erase_button.setVisible(can(ops.role, Action.ERASE_MEMBER))
        self.buttons = (
            self.edit_button,
            self.replace_button,
            self.adjust_button,
            self.coupon_button,
            self.export_button,
            self.erase_button,
        )
        # Two buttons to a row: the pane stays narrow enough for a 1024 px window.
        buttons = QGridLayout()
        for i, button in enumerate(self.buttons):
            buttons.addWidget(button, i // 2, i % 2)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.facts)
        self.tabs = QTabWidget()
        self.ledger = self._table(
            [self.tr("When"), self.tr("Kind"), self.tr("Points"), self.tr("Sale"), self.tr("Note")]
        )
        self.sales = self._table(
            [
                self.tr("Sale"),
                self.tr("When"),
                self.tr("Amount"),
                self.tr("Paid"),
                self.tr("Refunded"),
                self.tr("Status"),
            ]
        )
        self.tabs.addTab(self.ledger, self.tr("Points history"))
        self.tabs.addTab(self.sales, self.tr("Sales"))
        layout.addWidget(self.tabs, 1)
        self.show_member(None)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def show_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        for button in self.buttons:
            button.setEnabled(member_id is not None)
        if member_id is None:
            self.detail = None
            self.title.setText(self.tr("Choose a member"))
            self.facts.clear()
            self.ledger.setRowCount(0)
            self.sales.setRowCount(0)
            return

        detail, rules = actions.member_detail(self.ops, member_id), actions.rules(self.ops)
        self.detail = detail
        card, zone = detail.card, rules.zone
        self.title.setText(f"{card.name}  ·  {shown_word(card.tier)}")
        facts = [
            self.tr("Card {0} · phone {1}").format(
                card.card, member_service.shown_phone(card.phone, self.ops.role) or "—"
            ),
            self.tr("Points {0} (worth {1})").format(
                display.points(card.balance), display.money(rules.points_value_cents(card.balance))
            ),
            self.tr("%n visit(s) · last {0}", "", card.visits).format(
                display.local_date(card.last_visit, zone) or "—"
            ),
            self.tr("Enrolled {0} · birthday {1}").format(
                display.local_date(card.enrolled_at, zone),
                display.local_date(card.birthday, zone) or "—",
            ),
            self.tr("Marketing consent: {0}").format(
                self.tr("yes") if detail.marketing_consent else self.tr("no")
            )
            + (f" · {detail.tags}" if detail.tags else ""),
        ]
        if card.flagged:
            facts.append(self.tr("Negative balance: points were refunded after being spent"))
        self.facts.setText("\n".join(facts))
        self._fill(
            self.ledger,
            [
                (
                    display.local_datetime(e.created_at, zone),
                    self._kind(e.kind),
                    display.points(e.points, signed=True),
                    str(e.sale_id or ""),
                    notes.shown(e.note),
                )
                for e in detail.ledger
            ],
        )
        self._fill(
            self.sales,
            [
                (
                    str(s.id),
                    display.local_datetime(s.created_at, zone),
                    display.money(s.amount_cents),
                    display.money(s.paid_cents),
                    display.money(s.refunded_cents),
                    self._status(s.status),
                )
                for s in detail.sales
            ],
        )

    def _kind(self, kind: str) -> str:
        labels: dict[str, str] = {
            EntryKind.EARN: self.tr("Earned"),
            EntryKind.REDEEM: self.tr("Redeemed"),
            EntryKind.REFUND_EARN: self.tr("Refund: earned points back"),
            EntryKind.REFUND_REDEEM: self.tr("Refund: redeemed points returned"),
            EntryKind.ADJUST: self.tr("Adjustment"),
            EntryKind.IMPORT: self.tr("Opening balance"),
            EntryKind.BONUS: self.tr("Bonus"),
            EntryKind.EXPIRE: self.tr("Expired"),
        }
        return labels.get(kind, kind)

    def _status(self, status: str) -> str:
        labels = {  # keyed by the stored value (the widgets keep off the store)
            "completed": self.tr("Completed"),
            "partly_refunded": self.tr("Partly refunded"),
            "refunded": self.tr("Refunded"),
        }
        return labels.get(status, status)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def give_coupon(self) -> None:
        """Issue a coupon to this member (a campaign of one), from the coupon designs."""
        if self.member_id is None:
            return
        card = actions.member_card(self.ops, self.member_id).card
        IssueDialog(self.ops, self, member_card=card).exec()

    def adjust(self) -> None:
        if self.member_id is not None and AdjustDialog(self.ops, self.member_id, self).exec():
            self.show_member(self.member_id)

    def edit(self) -> None:
        if self.member_id is None or self.detail is None:
            return
        if EditMemberDialog(self.ops, self.member_id, self.detail, self).exec():
            self.show_member(self.member_id)

    def replace_card(self) -> None:
        if self.member_id is None or self.detail is None:
            return
        card = self.detail.card
        dialog = ReplaceCardDialog(self.ops, self.member_id, card.name, card.card, self)
        if not dialog.exec() or dialog.replacement is None:
            return
        self.show_member(self.member_id)
        self.offer_to_print(dialog.replacement)

    def export_data(self) -> None:
        """Everything held about the member into a folder the owner picks (their request)."""
        if self.member_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the member's data to"))
        if not folder:
            return
        try:
            done = actions.export_member_data(self.ops, self.member_id, folder)
        except (LoyaltyError, OSError) as error:  # e.g. a full disk or a read-only folder
            QMessageBox.warning(self, self.tr("Export data"), describe(error))
            return
        QMessageBox.information(
            self,
            self.tr("Export data"),
            self.tr("%n file(s) written to {0}", "", len(done.files)).format(folder),
        )

    def erase(self) -> None:
        if self.member_id is None or self.detail is None:
            return
        try:  # refused now (not the owner's, erased already) rather than after the form
            actions.check_erasable(self.ops, self.member_id)
        except LoyaltyError as error:
            QMessageBox.warning(self, self.tr("Erase member"), describe(error))
            return
        card = self.detail.card
        dialog = EraseMemberDialog(self.ops, self.member_id, card.name, card.card, self)
        if dialog.exec() and dialog.erasure is not None:
            self.show_member(None)  # no longer in the list: nothing personal is left to show
            QMessageBox.information(
                self,
                self.tr("Erase member"),
                self.tr("The personal details of card {0} were erased.").format(
                    dialog.erasure.card
                ),
            )

    def offer_to_print(self, done: CardReplacement) -> None:
        """The new number is on no card yet: print one now, or later from the CLI's sheet."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Card replaced"))
        box.setText(
            self.tr("Card {0} is now {1}. Print the new card for {2}?").format(
                done.old_card, done.new_card, done.name
            )
        )
        printing = box.addButton(self.tr("Print card…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(printing)
        box.exec()
        if box.clickedButton() is not printing:
            return
        try:
            print_member_card(self, self.ops, PrintedCard(done.new_card, done.name))
        except (LoyaltyError, OSError) as error:  # e.g. a full disk
            QMessageBox.warning(self, self.tr("Card replaced"), describe(error))


class MembersView(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setObjectName("page")
        self.ops = ops
        self.search = named(QLineEdit(), "memberSearch")
        self.search.setPlaceholderText(self.tr("Search card, phone, last 4 digits or name …"))
        self.model = MemberTableModel(ops)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Several rows may be chosen (Ctrl/Shift+click) for a sheet of their cards.
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().hide()
        # Fixed widths: sizing columns to their contents would read every row of a lazy model.
        header = self.table.horizontalHeader()
        for column, width in zip((0, 2, 3, 4, 5), FIXED_WIDTHS, strict=True):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.detail = MemberDetail(ops)
        self._stale = False
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(lambda: self.model.set_query(self.search.text()))
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        ops.subscribe(Change.MEMBERS | Change.POINTS | Change.SALES, self._data_changed)
        self._build()
        self._after_reset()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(self._toolbar())
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        # The list keeps room for whole names (the Name column stretches); the detail pane
        # yields when the window is small, down to a width its facts still read at.
        left.setMinimumWidth(sum(FIXED_WIDTHS) + NAME_MIN_WIDTH)
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        self.splitter = splitter = ListAndDetail()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)  # a dragged split: the list takes what the window gives
        splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(splitter)

    def _toolbar(self) -> QHBoxLayout:
        """The search, and what the owner does with many members at once."""
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Members or sales from a CSV file"))
        self.import_button.clicked.connect(self.import_csv)
        # An import writes points (opening balances, points for past sales): the owner's, as
        # adjusting points is.
        self.import_button.setVisible(can(self.ops.role, Action.IMPORT_DATA))
        self.cards_button = QPushButton(self.tr("Print cards…"))
        self.cards_button.setToolTip(
            self.tr("Cards of the chosen members, or blank cards for pre-printed stock")
        )
        self.cards_button.clicked.connect(self.print_cards)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.cards_button)
        return bar

    def import_csv(self) -> None:
        """The import dialog, asking for the file at once (its dry run starts when chosen)."""
        self.import_dialog = ImportDialog(self.ops, self)
        self.import_dialog.open()
        self.import_dialog.choose_file()

    def chosen_cards(self) -> list[str]:
        """The card numbers of the rows chosen in the list (Ctrl/Shift+click), top to bottom;
        the members past the most a sheet takes are not read."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.member_at(row) for row in rows[: MOST_CARDS + 1])
        return [member.card for member in found if member is not None]

    def print_cards(self) -> None:
        CardSheetDialog(self.ops, self.chosen_cards(), self).exec()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.search.text())

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        self.count.setText(self.tr("{0} member(s)", "", count).format(display.points(count)))
        self.detail.show_member(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        member = self.model.member_at(current.row()) if current.isValid() else None
        self.detail.show_member(member.id if member else None)

    def _data_changed(self) -> None:
        if not self.isVisible():
            self._stale = True  # re-read when the owner comes back, not after every sale
            return
        selected = self.detail.member_id
        self.model.reload()
        if selected is not None:
            self.detail.show_member(selected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._data_changed()

    def show_member(self, member_id: int) -> None:
        self.detail.show_member(member_id)
