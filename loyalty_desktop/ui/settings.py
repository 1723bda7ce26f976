"""The owner's Settings screen: the whole programme (earning, tiers, bonuses, expiry, rewards)
edited as one document, validated by the rules service as you type, with a live preview of
what a sale earns. Saving writes a new rules version that applies from that moment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display, i18n
from loyalty_desktop.core.errors import InvalidInput, LoyaltyError
from loyalty_desktop.core.money import format_cents, parse_amount
from loyalty_desktop.services.earning import preview
from loyalty_desktop.services.permissions import Action, can
from loyalty_desktop.services.rules import Rules, parse_rules, shown_word, stored_word
from loyalty_desktop.services.settings import AUTO_LOCK_LONGEST, AUTOMATIC_SCREEN
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.audit_view import AuditView
from loyalty_desktop.ui.backups import BackupsTab
from loyalty_desktop.ui.database import DatabaseTab
from loyalty_desktop.ui.items import ItemsTab
from loyalty_desktop.ui.language import apply_language, language_for
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.staff import StaffTab
from loyalty_desktop.ui.sync_view import SyncTab
from loyalty_desktop.ui.theme import named, set_tone

# How a table cell is read back: text as is, a default word or the owner's (a tier's name or
# benefits: shown in the reader's language while it is the default, stored as the default), a
# whole number, yuan -> cents, weekdays, a date.
Column = tuple[str, str, str]  # (document key, header, kind)


def _cell_value(kind: str, text: str, where: str) -> Any:
    text = text.strip()
    if kind == "text":
        return text
    if kind == "word":
        return stored_word(text)
    if kind == "int":
        if not text.lstrip("-").isdigit():
            raise InvalidInput(field=where, reason="not_whole", text=text)
        return int(text)
    if kind == "yuan":
        return parse_amount(text or "0", allow_zero=True)
    if kind == "weekdays":
        parts = [p for p in text.replace("，", ",").split(",") if p.strip()]
        if not all(p.strip().isdigit() for p in parts):
            raise InvalidInput(field=where, reason="weekdays")
        return [int(p) for p in parts]
    if kind == "date":
        return text or None
    raise ValueError(kind)


def _cell_text(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "yuan":
        return format_cents(value)
    if kind == "weekdays":
        return ",".join(map(str, value))
    if kind == "word":
        return shown_word(value)
    return str(value)


class RowsEditor(QWidget):
    """A small table of rows (promotions, tiers, rewards) with add and remove buttons."""

    def __init__(
        self, columns: list[Column], blank: dict[str, Any], on_change: Callable[[], None]
    ) -> None:
        super().__init__()
        self.columns, self.blank, self.on_change = columns, blank, on_change
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([header for _k, header, _t in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: on_change())
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _add(self) -> None:
        self._append(self.blank)
        self.on_change()

    def _remove(self) -> None:
        self.table.removeRow(self.table.currentRow())
        self.on_change()

    def _append(self, row: dict[str, Any]) -> None:
        self.table.blockSignals(True)
        index = self.table.rowCount()
        self.table.insertRow(index)
        for column, (key, _header, kind) in enumerate(self.columns):
            self.table.setItem(index, column, QTableWidgetItem(_cell_text(kind, row.get(key))))
        self.table.blockSignals(False)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)

    def rows(self, path: str) -> list[dict[str, Any]]:
        result = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, (key, _header, kind) in enumerate(self.columns):
                item = self.table.item(r, c)
                value = _cell_value(kind, item.text() if item else "", f"{path}.{r + 1}.{key}")
                if value is not None:
                    row[key] = value
            result.append(row)
        return result


class SettingsView(QWidget):
    """``display_screen_chosen`` when this till's customer display is given another screen."""

    display_screen_chosen = Signal()

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setObjectName("page")
        self.ops = ops
        self._loading = False
        self.dirty = False  # edits not saved yet
        self.valid: Rules | None = None
        language_row = self._language_row()
        self.tabs = QTabWidget()
        self.add_tab(self._general_tab(), self.tr("Shop"))
        self.add_tab(self._tiers_tab(), self.tr("Tiers"))
        self.add_tab(self._bonuses_tab(), self.tr("Bonuses"))
        self.add_tab(self._rewards_tab(), self.tr("Rewards"))
        self.add_tab(self._segments_tab(), self.tr("Segments"))
        self.rule_tabs = self.tabs.count()  # the programme's rules; the tabs after apply at once
        self.add_tab(self._till_tab(), self.tr("This till"))
        self.add_tab(BackupsTab(ops), self.tr("Backups"))
        if can(ops.role, Action.MANAGE_ITEMS):
            self.add_tab(ItemsTab(ops), self.tr("Items"))
        if can(ops.role, Action.SYNC):
            self.add_tab(SyncTab(ops), self.tr("Sync"))
        if can(ops.role, Action.MANAGE_STAFF):
            self.add_tab(StaffTab(ops), self.tr("Staff"))
        if can(ops.role, Action.READ_AUDIT):
            self.add_tab(AuditView(ops), self.tr("Audit"))  # short: twelve tabs fit 1024 px
        if can(ops.role, Action.CHOOSE_DATABASE):
            self.add_tab(DatabaseTab(ops), self.tr("Database"))
        self.status = named(QLabel(wordWrap=True), "message")
        self.save_button = named(QPushButton(self.tr("Save rules")), "primary")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(language_row)
        layout.addWidget(self.tabs, 1)
        self.preview_box = self._preview_box()
        layout.addWidget(self.preview_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.reload()

    def _tab_shown(self, index: int) -> None:
        """The rules' preview and Save/Revert only beside the rules: the till's settings, backups,
        staff and the audit trail apply at once, and a small screen needs the room."""
        rules = index < self.rule_tabs
        for widget in (self.preview_box, self.save_button, self.revert_button):
            widget.setVisible(rules)

    # --- this till's language -------------------------------------------------------------------
    def _language_row(self) -> QWidget:
        """This till's language, applied as soon as it is chosen (not with the rules). The label
        and the two languages read the same in either language, so whoever sits in front of
        the wrong one still finds the right one."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 4)
        self.language = named(QComboBox(), "language")
        self.language.addItem(self.tr("Follow the system"), i18n.SYSTEM)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        setting = actions.language_setting(self.ops)
        self.language.setCurrentIndex(max(self.language.findData(setting), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        row.addWidget(named(QLabel("语言 / Language"), "panelTitle"))
        row.addWidget(self.language)
        row.addWidget(QLabel(self.tr("for this till; applies at once")))
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Lock this till after")))
        row.addWidget(self._auto_lock())
        row.addStretch(1)
        return box

    def _auto_lock(self) -> QSpinBox:
        """Idle minutes before this till locks itself (0: never), saved as soon as chosen."""
        spin = named(QSpinBox(minimum=0, maximum=AUTO_LOCK_LONGEST), "autoLock")
        spin.setSuffix(self.tr(" idle minutes"))
        spin.setSpecialValueText(self.tr("never"))
        spin.setValue(actions.auto_lock_minutes(self.ops))
        spin.valueChanged.connect(self._auto_lock_chosen)
        self.auto_lock = spin
        return spin

    def _auto_lock_chosen(self, minutes: int) -> None:
        try:
            actions.change_auto_lock(self.ops, minutes)
        except LoyaltyError as error:
            self.status.setText(describe(error))
            set_tone(self.status, "refused")

    def _language_chosen(self) -> None:
        value = self.language.currentData()
        try:
            actions.change_language(self.ops, value)
        except LoyaltyError as error:
            self.status.setText(describe(error))
            set_tone(self.status, "refused")
            return
        apply_language(language_for(value))  # every window is then built in it afresh

    # --- this till's customer display (the "This till" tab) ------------------------------------
    def _till_tab(self) -> QWidget:
        """This till's own equipment (not the shop's rules): applied as soon as it is chosen."""
        tab = QWidget()
        form = QFormLayout(tab)
        self.display_screen = named(QComboBox(), "displayScreen")
        self._fill_screens()
        self.display_screen.activated.connect(self._display_screen_chosen)
        form.addRow(self.tr("Customer display on"), self.display_screen)
        note = QLabel(
            self.tr(
                "Never on the till's own screen: with one screen there is no customer display "
                "and the survey is asked with F9. Applies at once, to this till only."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return tab

    def _fill_screens(self) -> None:
        """Automatic, each screen connected now, and the one chosen before if it is not."""
        combo = self.display_screen
        combo.clear()
        combo.addItem(self.tr("Automatic: a screen that is not the till's"), AUTOMATIC_SCREEN)
        for screen in QGuiApplication.screens():
            if not screen.name():
                continue  # nothing to remember it by
            size = screen.geometry().size()
            combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        chosen = actions.customer_display_screen(self.ops)
        if combo.findData(chosen) < 0:
            combo.addItem(self.tr("{0} (not connected)").format(chosen), chosen)
        combo.setCurrentIndex(combo.findData(chosen))

    def _display_screen_chosen(self) -> None:
        try:
            actions.choose_customer_display_screen(self.ops, self.display_screen.currentData())
        except LoyaltyError as error:
            self.status.setText(describe(error))
            set_tone(self.status, "refused")
            return
        self.display_screen_chosen.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_screens()  # a screen may have been plugged in or out since

    def carry_over(self, old: SettingsView) -> None:
        """Where the owner was on ``old``, this page in the language before: the tab, and the
        edits not saved yet when they are valid."""
        self.tabs.setCurrentIndex(old.tabs.currentIndex())
        if old.dirty and old.valid is not None:
            self.fill(old.valid, saved=False)

    # --- tabs -----------------------------------------------------------------------------------
    def add_tab(self, page: QWidget, title: str) -> None:
        """A tab that scrolls when the screen is shorter than its form (1024×768)."""
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)

    def _spin(self, low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(minimum=low, maximum=high, suffix=suffix)
        spin.valueChanged.connect(self.changed)
        return spin

    def _line(self, name: str = "") -> QLineEdit:
        line = named(QLineEdit(), name)
        line.textChanged.connect(self.changed)
        return line

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.shop_name = self._line("shopName")
        self.timezone = self._line("timezone")
        self.points_per_yuan = self._spin(1, 10_000)
        self.points_per_yuan.setObjectName("pointsPerYuan")
        self.rounding = self._combo(
            [("floor", self.tr("round down")), ("half_up", self.tr("round half up"))]
        )
        self.min_spend = self._line("minSpend")
        self.cap = self._spin(0, 1_000_000)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.redeem_rate = self._spin(1, 10_000, self.tr(" points = ¥1 off"))
        self.confirm_above = self._line("confirmAbove")
        self.refund_limit = self._line("refundLimit")
        self.refunds_today = self._combo(
            [("today", self.tr("today's sales only")), ("any", self.tr("any day's sales"))]
        )
        self.promotions = RowsEditor(
            [
                ("name", self.tr("Promotion"), "text"),
                ("multiplier_pct", self.tr("Points %"), "int"),
                ("weekdays", self.tr("Weekdays (1=Mon)"), "weekdays"),
                ("start", self.tr("From"), "date"),
                ("end", self.tr("Until"), "date"),
            ],
            {"name": self.tr("Double points"), "multiplier_pct": 200, "weekdays": [2]},
            self.changed,
        )
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Points per whole yuan paid"), self.points_per_yuan)
        form.addRow(self.tr("Yuan are"), self.rounding)
        form.addRow(self.tr("Minimum spend to earn (¥)"), self.min_spend)
        form.addRow(self.tr("Most points per sale"), self.cap)
        form.addRow(self.tr("Redemption"), self.redeem_rate)
        form.addRow(self.tr("Promotions"), self.promotions)
        form.addRow(self.tr("Ask to confirm a sale above (¥, 0 = never)"), self.confirm_above)
        refunds = QHBoxLayout()
        refunds.addWidget(self.refund_limit)
        refunds.addWidget(self.refunds_today)
        form.addRow(self.tr("A cashier refunds alone up to (¥)"), refunds)
        return page

    def _tiers_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.basis = self._combo(
            [("spend", self.tr("net spend (¥)")), ("visits", self.tr("number of visits"))]
        )
        self.tier_window = self._spin(1, 36, self.tr(" months"))
        self.grace = self._spin(0, 12, self.tr(" months"))
        self.levels = RowsEditor(
            [
                ("name", self.tr("Tier"), "word"),
                ("threshold", self.tr("From"), "text"),
                ("multiplier_pct", self.tr("Points %"), "int"),
                ("discount_pct", self.tr("Discount %"), "int"),
                ("benefits", self.tr("Benefits shown at the till"), "word"),
            ],
            {
                "name": self.tr("New tier"),
                "threshold": "",
                "multiplier_pct": 100,
                "discount_pct": 0,
            },
            self.changed,
        )
        form.addRow(self.tr("Qualify by"), self.basis)
        form.addRow(self.tr("Over the last"), self.tier_window)
        form.addRow(self.tr("Grace before a downgrade"), self.grace)
        form.addRow(self.levels)
        form.addRow(
            QLabel(
                self.tr(
                    "Thresholds are yuan of net spend, or visits, in the window; the first "
                    "tier starts at 0. Upgrades happen on the sale that crosses a threshold; "
                    "downgrades at the monthly review after the grace period."
                ),
                wordWrap=True,
            )
        )
        return page

    def _bonuses_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.enrol_bonus = self._spin(0, 1_000_000, self.tr(" points"))
        self.birthday_points = self._spin(0, 1_000_000, self.tr(" points"))
        self.birthday_mode = self._combo(
            [
                ("first_visit", self.tr("on the first visit in the days after the birthday")),
                ("on_day", self.tr("automatically on the birthday")),
            ]
        )
        self.birthday_window = self._spin(0, 31, self.tr(" days"))
        self.referrer_points = self._spin(0, 1_000_000, self.tr(" points"))
        self.referee_points = self._spin(0, 1_000_000, self.tr(" points"))
        self.referral_min = self._line("referralMin")
        self.expiry = self._spin(0, 120, self.tr(" months"))
        self.expiry.setSpecialValueText(self.tr("never"))
        form.addRow(self.tr("Enrolment bonus"), self.enrol_bonus)
        form.addRow(self.tr("Birthday bonus"), self.birthday_points)
        form.addRow(self.tr("Given"), self.birthday_mode)
        form.addRow(self.tr("Birthday window"), self.birthday_window)
        form.addRow(self.tr("Referral: the member who referred"), self.referrer_points)
        form.addRow(self.tr("Referral: the new member"), self.referee_points)
        form.addRow(self.tr("…on their first purchase of at least (¥)"), self.referral_min)
        form.addRow(self.tr("Points expire after"), self.expiry)
        return page

    def _rewards_tab(self) -> QWidget:
        self.rewards = RowsEditor(
            [("name", self.tr("Reward"), "text"), ("points", self.tr("Points"), "int")],
            {"name": self.tr("Free coffee"), "points": 500},
            self.changed,
        )
        return self.rewards

    def _segments_tab(self) -> QWidget:
        """RFM thresholds for scores 5 to 2 (docs/metrics.md): recency in days, frequency in
        visits and spend in yuan over the last 12 months."""
        page = QWidget()
        grid = QGridLayout(page)
        headers = (
            self.tr("Score"),
            self.tr("Last visit at most … days ago"),
            self.tr("At least … visits in 12 months"),
            self.tr("Spent at least ¥ … in 12 months"),
        )
        for column, text in enumerate(headers):
            grid.addWidget(named(QLabel(text), "panelTitle"), 0, column)
        self.recency = [self._spin(1, 3650, self.tr(" days")) for _ in range(4)]
        self.frequency = [self._spin(1, 10_000, self.tr(" visits")) for _ in range(4)]
        self.monetary = [self._line(f"spend{i}") for i in range(4)]
        for row in range(4):
            grid.addWidget(QLabel(str(5 - row)), row + 1, 0)
            cells = (self.recency[row], self.frequency[row], self.monetary[row])
            for column, cell in enumerate(cells, 1):
                grid.addWidget(cell, row + 1, column)
        grid.addWidget(
            QLabel(
                self.tr(
                    "Below the score-2 line a member scores 1. Champions, loyal, new, potential, "
                    "at risk, hibernating and lost come from the recency and frequency scores."
                ),
                wordWrap=True,
            ),
            5,
            0,
            1,
            4,
        )
        grid.setRowStretch(6, 1)
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 1)
        return page

    def _preview_box(self) -> QWidget:
        box = named(QWidget(), "panel")
        row = QHBoxLayout(box)
        self.preview_amount = named(QLineEdit("88.00"), "previewAmount")
        self.preview_amount.setMaximumWidth(110)
        self.preview_tier = QComboBox()
        self.preview_date = QDateEdit(QDate.currentDate())
        self.preview_date.setCalendarPopup(True)
        self.preview_date.setDisplayFormat("yyyy-MM-dd ddd")
        self.preview_text = named(QLabel(wordWrap=True), "previewText")
        self.preview_amount.textChanged.connect(self.update_preview)
        self.preview_tier.currentIndexChanged.connect(self.update_preview)
        self.preview_date.dateChanged.connect(self.update_preview)
        row.addWidget(QLabel(self.tr("Preview: a sale of ¥")))
        row.addWidget(self.preview_amount)
        row.addWidget(QLabel(self.tr("by")))
        row.addWidget(self.preview_tier)
        row.addWidget(QLabel(self.tr("on")))
        row.addWidget(self.preview_date)
        row.addWidget(self.preview_text, 1)
        return box

    # --- document <-> form ----------------------------------------------------------------------
    def reload(self) -> None:
        self.fill(actions.rules(self.ops))

    def fill(self, rules: Rules, saved: bool = True) -> None:
        """The form showing ``rules``: those in force (``saved``), or edits carried over."""
        self._loading = True
        d = rules.model_dump(mode="json")
        spend = rules.tiers.basis == "spend"
        self.shop_name.setText(shown_word(d["shop_name"]))
        self.timezone.setText(d["timezone"])
        e = d["earning"]
        self.points_per_yuan.setValue(e["points_per_yuan"])
        self.rounding.setCurrentIndex(self.rounding.findData(e["rounding"]))
        self.min_spend.setText(format_cents(e["min_spend_cents"]))
        self.cap.setValue(e["cap_per_sale"] or 0)
        self.promotions.set_rows(e["promotions"])
        self.redeem_rate.setValue(d["redemption"]["points_per_yuan"])
        self.confirm_above.setText(format_cents(d["sales"]["confirm_above_cents"]))
        self.refund_limit.setText(format_cents(d["sales"]["cashier_refund_limit_cents"]))
        today = "today" if d["sales"]["cashier_refunds_today_only"] else "any"
        self.refunds_today.setCurrentIndex(self.refunds_today.findData(today))
        t = d["tiers"]
        self.basis.setCurrentIndex(self.basis.findData(t["basis"]))
        self.tier_window.setValue(t["window_months"])
        self.grace.setValue(t["grace_months"])
        self.levels.set_rows(
            [
                {
                    **level,
                    "threshold": format_cents(level["threshold"])
                    if spend
                    else str(level["threshold"]),
                }
                for level in t["levels"]
            ]
        )
        b = d["bonuses"]
        self.enrol_bonus.setValue(b["enrolment_points"])
        self.birthday_points.setValue(b["birthday"]["points"])
        self.birthday_mode.setCurrentIndex(self.birthday_mode.findData(b["birthday"]["mode"]))
        self.birthday_window.setValue(b["birthday"]["window_days"])
        self.referrer_points.setValue(b["referral"]["referrer_points"])
        self.referee_points.setValue(b["referral"]["referee_points"])
        self.referral_min.setText(format_cents(b["referral"]["min_spend_cents"]))
        self.expiry.setValue(d["expiry"]["months"])
        self.rewards.set_rows(d["rewards"])
        for spins, values in (
            (self.recency, d["rfm"]["recency_days"]),
            (self.frequency, d["rfm"]["frequency_visits"]),
        ):
            for spin, value in zip(spins, values, strict=True):
                spin.setValue(value)
        for line, cents in zip(self.monetary, d["rfm"]["monetary_cents"], strict=True):
            line.setText(format_cents(cents))
        self._loading = False
        self.changed()
        if saved:
            self.dirty = False
            self.status.setText(self.tr("These are the rules in force."))
            set_tone(self.status, "note")

    def document(self) -> dict[str, Any]:
        spend = self.basis.currentData() == "spend"
        levels = self.levels.rows("tiers.levels")
        for i, level in enumerate(levels):
            where = f"tiers.levels.{i + 1}.threshold"
            level["threshold"] = (
                _cell_value("yuan", level["threshold"], where)
                if spend
                else _cell_value("int", level["threshold"], where)
            )
        return {
            "shop_name": stored_word(self.shop_name.text()),
            "timezone": self.timezone.text().strip(),
            "earning": {
                "points_per_yuan": self.points_per_yuan.value(),
                "rounding": self.rounding.currentData(),
                "min_spend_cents": _cell_value("yuan", self.min_spend.text(), "minimum spend"),
                "cap_per_sale": self.cap.value() or None,
                "promotions": self.promotions.rows("earning.promotions"),
            },
            "redemption": {"points_per_yuan": self.redeem_rate.value()},
            "tiers": {
                "basis": self.basis.currentData(),
                "window_months": self.tier_window.value(),
                "grace_months": self.grace.value(),
                "levels": levels,
            },
            "bonuses": {
                "enrolment_points": self.enrol_bonus.value(),
                "birthday": {
                    "points": self.birthday_points.value(),
                    "mode": self.birthday_mode.currentData(),
                    "window_days": self.birthday_window.value(),
                },
                "referral": {
                    "referrer_points": self.referrer_points.value(),
                    "referee_points": self.referee_points.value(),
                    "min_spend_cents": _cell_value(
                        "yuan", self.referral_min.text(), "referral minimum"
                    ),
                },
            },
            "expiry": {"months": self.expiry.value()},
            "rewards": self.rewards.rows("rewards"),
            "sales": {
                "confirm_above_cents": _cell_value(
                    "yuan", self.confirm_above.text(), "confirm a sale above"
                ),
                "cashier_refund_limit_cents": _cell_value(
                    "yuan", self.refund_limit.text(), "cashiers' refund limit"
                ),
                "cashier_refunds_today_only": self.refunds_today.currentData() == "today",
            },
            "rfm": {
                "recency_days": [spin.value() for spin in self.recency],
                "frequency_visits": [spin.value() for spin in self.frequency],
                "monetary_cents": [
                    _cell_value("yuan", line.text(), f"spend for score {5 - i}")
                    for i, line in enumerate(self.monetary)
                ],
            },
        }

    # --- validation, preview, saving --------------------------------------------------------------
    def changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        try:
            self.valid = parse_rules(self.document())
        except LoyaltyError as error:
            self.valid = None
            self.status.setText(describe(error))
            set_tone(self.status, "refused")
        else:
            self.status.setText(self.tr("Not saved yet."))
            set_tone(self.status, "note")
        self.save_button.setEnabled(self.valid is not None)
        self._refresh_tiers()
        self.update_preview()

    def _refresh_tiers(self) -> None:
        if self.valid is None:
            return
        current = self.preview_tier.currentData()
        self.preview_tier.blockSignals(True)
        self.preview_tier.clear()
        for tier in self.valid.tiers.levels:
            self.preview_tier.addItem(shown_word(tier.name), tier.name)
        index = self.preview_tier.findData(current)
        self.preview_tier.setCurrentIndex(max(index, 0))
        self.preview_tier.blockSignals(False)

    def update_preview(self) -> None:
        rules = self.valid
        if rules is None:
            self.preview_text.setText("—")
            return
        try:
            cents = parse_amount(self.preview_amount.text())
        except LoyaltyError as error:
            self.preview_text.setText(describe(error))
            return
        tier = rules.tiers.level(self.preview_tier.currentData())
        picked = self.preview_date.date()
        day = date(picked.year(), picked.month(), picked.day())
        result = preview(rules, cents, tier, day)
        steps = " → ".join(f"{s.label}: {s.points}" for s in result.earned.steps)
        paid = (
            self.tr(", paying {0} after the member discount,").format(
                display.money(result.paid_cents)
            )
            if result.tier_discount_cents
            else ""
        )
        self.preview_text.setText(
            self.tr("{0}: {1}{2} earns {3} points   [{4}]").format(
                QLocale().dayName(day.isoweekday()),
                display.money(cents),
                paid,
                result.earned.points,
                steps,
            )
        )

    def save(self) -> None:
        rules = self.valid
        if rules is None:
            return
        try:
            actions.change_rules(self.ops, rules)
        except LoyaltyError as error:
            self.status.setText(describe(error))
            set_tone(self.status, "refused")
            return
        self.dirty = False
        self.status.setText(self.tr("Saved. The rules apply from now on."))
        set_tone(self.status, "ok")
