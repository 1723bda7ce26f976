"""Settings → Audit trail, the owner's: who did what, when and at which till, filtered by
staff member, action and shop days, newest first, and exported to CSV. Reading and exporting
are refused by the service to anyone but the owner; the export is itself a line of the trail."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

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
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services.audit import SHOWN, AuditFilter, AuditLine
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import named, set_tone

# The actions the services record (grep ``audit.record(``), as the shop says them; an action
# not listed here shows its raw name.
ACTION_LABELS = {
    "sign_in": QT_TRANSLATE_NOOP("AuditActions", "signed in"),
    "sign_in.failed": QT_TRANSLATE_NOOP("AuditActions", "wrong PIN"),
    "sign_in.locked": QT_TRANSLATE_NOOP("AuditActions", "sign-in while locked"),
    "staff.owner_set_up": QT_TRANSLATE_NOOP("AuditActions", "owner set up"),
    "staff.add": QT_TRANSLATE_NOOP("AuditActions", "staff added"),
    "staff.change": QT_TRANSLATE_NOOP("AuditActions", "staff changed"),
    "staff.reset_pin": QT_TRANSLATE_NOOP("AuditActions", "PIN reset"),
    "staff.own_card": QT_TRANSLATE_NOOP("AuditActions", "staff card linked"),
    "sale.record": QT_TRANSLATE_NOOP("AuditActions", "sale"),
    "sale.refund": QT_TRANSLATE_NOOP("AuditActions", "refund"),
    "points.adjust": QT_TRANSLATE_NOOP("AuditActions", "points adjusted"),
    "reward.redeem": QT_TRANSLATE_NOOP("AuditActions", "reward redeemed"),
    "coupon.template": QT_TRANSLATE_NOOP("AuditActions", "coupon designed"),
    "coupon.issue": QT_TRANSLATE_NOOP("AuditActions", "coupons issued"),
    "coupon.void": QT_TRANSLATE_NOOP("AuditActions", "coupon voided"),
    "coupon.lockout": QT_TRANSLATE_NOOP("AuditActions", "coupon scans locked"),
    "rules.save": QT_TRANSLATE_NOOP("AuditActions", "rules changed"),
    "member.enrol": QT_TRANSLATE_NOOP("AuditActions", "member enrolled"),
    "member.edit": QT_TRANSLATE_NOOP("AuditActions", "member edited"),
    "member.replace_card": QT_TRANSLATE_NOOP("AuditActions", "card replaced"),
    "member.export_data": QT_TRANSLATE_NOOP("AuditActions", "member's data exported"),
    "member.erase": QT_TRANSLATE_NOOP("AuditActions", "member erased"),
    "import.members": QT_TRANSLATE_NOOP("AuditActions", "members imported"),
    "import.sales": QT_TRANSLATE_NOOP("AuditActions", "sales imported"),
    "import.undone": QT_TRANSLATE_NOOP("AuditActions", "import taken back"),
    "follow_up.update": QT_TRANSLATE_NOOP("AuditActions", "follow-up updated"),
    "survey.save": QT_TRANSLATE_NOOP("AuditActions", "survey changed"),
    "segment.save": QT_TRANSLATE_NOOP("AuditActions", "member filter saved"),
    "segment.delete": QT_TRANSLATE_NOOP("AuditActions", "member filter deleted"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "backup"),
    "restore": QT_TRANSLATE_NOOP("AuditActions", "backup restored"),
    "audit.export": QT_TRANSLATE_NOOP("AuditActions", "audit trail exported"),
    "sync.import": QT_TRANSLATE_NOOP("AuditActions", "sync packages imported"),
}
# Families of actions, offered in the "what" filter when the trail holds two or more of one.
FAMILY_LABELS = {
    "sign_in.": QT_TRANSLATE_NOOP("AuditActions", "all sign-in problems"),
    "staff.": QT_TRANSLATE_NOOP("AuditActions", "all staff changes"),
    "sale.": QT_TRANSLATE_NOOP("AuditActions", "all sales and refunds"),
    "points.": QT_TRANSLATE_NOOP("AuditActions", "all points changes"),
    "coupon.": QT_TRANSLATE_NOOP("AuditActions", "all coupon actions"),
    "member.": QT_TRANSLATE_NOOP("AuditActions", "all member changes"),
    "import.": QT_TRANSLATE_NOOP("AuditActions", "all imports"),
    "segment.": QT_TRANSLATE_NOOP("AuditActions", "all member filter changes"),
    "sync.": QT_TRANSLATE_NOOP("AuditActions", "all syncs"),
}
# The names the services give a line's details (an unknown one shows as it is).
DETAIL_LABELS = {
    "amount": QT_TRANSLATE_NOOP("AuditDetails", "amount"),
    "paid": QT_TRANSLATE_NOOP("AuditDetails", "paid"),
    "points": QT_TRANSLATE_NOOP("AuditDetails", "points"),
    "points_reversed": QT_TRANSLATE_NOOP("AuditDetails", "points taken back"),
    "points_returned": QT_TRANSLATE_NOOP("AuditDetails", "points given back"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "reason"),
    "approved_by": QT_TRANSLATE_NOOP("AuditDetails", "approved by"),
    "tries": QT_TRANSLATE_NOOP("AuditDetails", "wrong tries"),
    "name": QT_TRANSLATE_NOOP("AuditDetails", "name"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "role"),
    "active": QT_TRANSLATE_NOOP("AuditDetails", "active"),
    "phone": QT_TRANSLATE_NOOP("AuditDetails", "phone"),
    "birthday": QT_TRANSLATE_NOOP("AuditDetails", "birthday"),
    "tags": QT_TRANSLATE_NOOP("AuditDetails", "tags"),
    "marketing_consent": QT_TRANSLATE_NOOP("AuditDetails", "marketing consent"),
    "member": QT_TRANSLATE_NOOP("AuditDetails", "member card"),
    "old": QT_TRANSLATE_NOOP("AuditDetails", "old card"),
    "new": QT_TRANSLATE_NOOP("AuditDetails", "new card"),
    "reward": QT_TRANSLATE_NOOP("AuditDetails", "reward"),
    "coupons": QT_TRANSLATE_NOOP("AuditDetails", "coupons"),
    "target": QT_TRANSLATE_NOOP("AuditDetails", "sent to"),
    "terms": QT_TRANSLATE_NOOP("AuditDetails", "terms"),
    "document": QT_TRANSLATE_NOOP("AuditDetails", "rules"),
    "enabled": QT_TRANSLATE_NOOP("AuditDetails", "switched on"),
    "status": QT_TRANSLATE_NOOP("AuditDetails", "status"),
    "note": QT_TRANSLATE_NOOP("AuditDetails", "note"),
    "notes": QT_TRANSLATE_NOOP("AuditDetails", "notes"),
    "comments": QT_TRANSLATE_NOOP("AuditDetails", "comments"),
    "after": QT_TRANSLATE_NOOP("AuditDetails", "after"),
    "changed": QT_TRANSLATE_NOOP("AuditDetails", "changed"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "rows"),
    "gaps": QT_TRANSLATE_NOOP("AuditDetails", "gaps"),
    "file": QT_TRANSLATE_NOOP("AuditDetails", "file"),
    "size": QT_TRANSLATE_NOOP("AuditDetails", "size"),
    "automatic": QT_TRANSLATE_NOOP("AuditDetails", "automatic"),
    "pre_restore": QT_TRANSLATE_NOOP("AuditDetails", "copy kept before restoring"),
    "revision": QT_TRANSLATE_NOOP("AuditDetails", "database version"),
    "restored_by": QT_TRANSLATE_NOOP("AuditDetails", "restored by"),
    "staff_id": QT_TRANSLATE_NOOP("AuditDetails", "staff member"),
    "what": QT_TRANSLATE_NOOP("AuditDetails", "action"),
    "since": QT_TRANSLATE_NOOP("AuditDetails", "from"),
    "until": QT_TRANSLATE_NOOP("AuditDetails", "to"),
    "packages": QT_TRANSLATE_NOOP("AuditDetails", "sync packages"),
}
T = TypeVar("T")
DAYS_BACK = 30  # the view opens on the last month


def action_label(action: str) -> str:
    """An action or a family of them as the shop says it, in the process's language (unknown:
    its raw name)."""
    label = ACTION_LABELS.get(action) or FAMILY_LABELS.get(action)
    return translate("AuditActions", label) if label else action


def what_choices(recorded: list[str]) -> list[str]:
    """The "what" filter's choices: the families with two or more recorded actions, then each
    action, each group in reading order."""
    families = [
        family
        for family in FAMILY_LABELS
        if sum(action.startswith(family) for action in recorded) >= 2
    ]
    return sorted(families, key=action_label) + sorted(recorded, key=action_label)


def details_text(detail: dict[str, Any]) -> str:
    """ "what: value" pairs on one line, the names in the reader's language; a before/after pair
    as "old → new"; a nested document (a rule set, a coupon's terms) is left to the export."""
    return "; ".join(f"{_detail_name(key)}: {_shown(key, value)}" for key, value in detail.items())


def _shown(key: str, value: Any) -> str:
    if key == "changed" and isinstance(value, list):  # the names of the fields that changed
        return ", ".join(_detail_name(str(field)) for field in value)
    return _value(value)


def _detail_name(key: str) -> str:
    return translate("AuditDetails", DETAIL_LABELS[key]) if key in DETAIL_LABELS else key


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("AuditDetails", "yes") if value else translate("AuditDetails", "no")
    if (
        isinstance(value, list)
        and len(value) == 2
        and not any(isinstance(v, dict | list) for v in value)
    ):
        return f"{_value(value[0])} → {_value(value[1])}"
    if isinstance(value, dict | list):
        return translate("AuditDetails", "(in the CSV export)")
    return str(value)


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
