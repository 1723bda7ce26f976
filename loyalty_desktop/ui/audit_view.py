"""Settings → Audit trail, the owner's: who did what, when and at which till, filtered by
staff member, action and shop days, newest first, and exported to CSV. Reading and exporting
are refused by the service to anyone but the owner; the export is itself a line of the trail."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.services.audit import SHOWN, AuditFilter, AuditLine
from loyalty_desktop.services.audit_words import action_label, details_text, what_choices
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import named, set_tone

T = TypeVar("T")
DAYS_BACK = 30  # the view opens on the last month


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _at(values: list[T | None], index: int) -> T | None:
    return values[index] if 0 <= index < len(values) else None


def _index(values: list[T | None], value: T | None) -> int:
    return values.index(value) if value in values else 0


def _refill(box: QComboBox, texts: list[str], index: int) -> None:
    """New items, the current one chosen, without a reload per item."""
    box.blockSignals(True)
    box.clear()
    box.addItems(texts)
    box.setCurrentIndex(index)
    box.blockSignals(False)


def _date_edit(day: QDate, name: str) -> QDateEdit:
    edit = named(QDateEdit(day), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class AuditView(QWidget):
    """The filters, the newest matching lines, a count and "Export CSV…"."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.lines: list[AuditLine] = []
        self.staff_ids: list[int | None] = [None]  # the "who" choices, by index; None: everyone
        self.action_names: list[str | None] = [None]  # the "what" choices; None: everything
        self.who = named(QComboBox(), "auditWho")
        self.what = named(QComboBox(), "auditWhat")
        today = QDate(actions.shop_today(ops))  # the shop's day, whatever the machine's zone
        self.since = _date_edit(today.addDays(-DAYS_BACK), "auditSince")
        self.until = _date_edit(today, "auditUntil")
        self.table = named(
            make_table(
                [
                    self.tr("When"),
                    self.tr("Who"),
                    self.tr("Till"),
                    self.tr("What"),
                    self.tr("Subject"),
                    self.tr("Details"),
                ]
            ),
            "auditTable",
        )
        self.count = named(QLabel(), "auditCount")
        self.status = named(QLabel(wordWrap=True), "message")
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        for box in (self.who, self.what):
            box.currentIndexChanged.connect(self.reload)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.reload)
        # Filled when the tab is shown (showEvent), not with the Settings page at start-up.

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for label, field in (
            (self.tr("Who"), self.who),
            (self.tr("What"), self.what),
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(field, 1 if isinstance(field, QComboBox) else 0)
        return row

    def _fill_choices(self) -> None:
        """Every account (a deactivated one did things too) and every action recorded; the
        current choice is kept when the lists are filled again. The choices are kept here,
        not as item data: PySide6 6.12's currentData() drops a reference to None each time it
        returns None (an empty combo), which ends in a crash."""
        staff, names = actions.audit_choices(self.ops)
        chosen = self.chosen()
        self.staff_ids = [None, *(row.id for row in staff)]
        ordered = what_choices(names)
        self.action_names = [None, *ordered]
        who = [self.tr("Everyone"), *(shown_word(row.name) for row in staff)]
        what = [self.tr("Everything"), *map(action_label, ordered)]
        _refill(self.who, who, _index(self.staff_ids, chosen.staff_id))
        _refill(self.what, what, _index(self.action_names, chosen.action_prefix))

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: new lines (and new staff or actions) may have come since."""
        super().showEvent(event)
        self._fill_choices()
        self.reload()

    def chosen(self) -> AuditFilter:
        since, until = _day(self.since.date()), _day(self.until.date())
        return AuditFilter(
            staff_id=_at(self.staff_ids, self.who.currentIndex()),
            action_prefix=_at(self.action_names, self.what.currentIndex()),
            since=min(since, until),  # dates picked the wrong way round still mean those days
            until=max(since, until),
        )

    def reload(self) -> None:
        try:
            lines = actions.audit_lines(self.ops, self.chosen(), SHOWN + 1)
        except LoyaltyError as error:
            self._say(describe(error), "refused")
            return
        self.lines = lines[:SHOWN]
        fill_table(self.table, [self._cells(line) for line in self.lines])
        text = self.tr("%n line(s)", "", len(self.lines))
        if len(lines) > SHOWN:
            text = self.tr("The newest {0} lines; the export has them all.").format(SHOWN)
        self.count.setText(text)

    def _cells(self, line: AuditLine) -> list[str]:
        return [
            line.local.strftime("%Y-%m-%d %H:%M:%S"),
            shown_word(line.staff_name) if line.staff_name else "—",
            line.till,
            action_label(line.action),
            line.subject,
            details_text(line.detail),
        ]

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit.csv", "CSV (*.csv)"
        )
        if not path:
            return
        try:
            written = actions.export_audit(self.ops, self.chosen(), path)
        except LoyaltyError as error:
            self._say(describe(error), "refused")
            return
        self._say(self.tr("%n line(s) saved to {path}", "", written).format(path=path), "ok")
        self._fill_choices()  # the export is a line of the trail: "audit.export" may be new
        self.reload()

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)
