"""The Coupons view: campaigns with their redemption rates, issued coupons with their status,
designing a coupon, issuing a campaign, printing it, and voiding a coupon (owner)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.errors import InvalidInput, LoyaltyError
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.core.money import parse_amount
from loyalty_desktop.printing.coupon_pdf import coupon_sheet
from loyalty_desktop.services import coupons, offers, segments
from loyalty_desktop.services.permissions import Action, offered
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.approval import with_approval
from loyalty_desktop.ui.counts import CountSpin
from loyalty_desktop.ui.forms import FormDialog
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.printing import print_with_dialog
from loyalty_desktop.ui.theme import named, set_tone

# The shop's names for the kinds of coupon (DESIGN §8) and a coupon's status, by their stored
# values; the kinds in the order the designer offers them.
KINDS = {
    "fixed": QT_TRANSLATE_NOOP("TemplateDialog", "Money off (¥10 off ¥100)"),
    "percent": QT_TRANSLATE_NOOP("TemplateDialog", "Percent off"),
    "free_item": QT_TRANSLATE_NOOP("TemplateDialog", "Free item"),
    "points": QT_TRANSLATE_NOOP("TemplateDialog", "Bonus points"),
}
STATUSES = {
    "issued": QT_TRANSLATE_NOOP("CouponsView", "Not used yet"),
    "redeemed": QT_TRANSLATE_NOOP("CouponsView", "Used"),
    "void": QT_TRANSLATE_NOOP("CouponsView", "Void"),
}
# The words of a campaign's stored target ("member 0001", "segment tier:Gold", "20 bearer",
# "flyer"); the rest of it (a card, a segment's code, a count) is shown as it is.
TARGET_WORDS = {
    "member": QT_TRANSLATE_NOOP("CouponsView", "member"),
    "segment": QT_TRANSLATE_NOOP("CouponsView", "segment"),
    "bearer": QT_TRANSLATE_NOOP("CouponsView", "bearer"),
    "flyer": QT_TRANSLATE_NOOP("CouponsView", "flyer"),
    "till": QT_TRANSLATE_NOOP("CouponsView", "till offer:"),
}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))


class TemplateDialog(FormDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Design a coupon"), parent)
        self.ops = ops
        self.name = named(QLineEdit(), "templateName")
        self.kind = QComboBox()
        for kind, label in KINDS.items():
            self.kind.addItem(self.tr(label), kind)
        self.value = named(
            QLineEdit(placeholderText=self.tr("¥ off, %, item price ¥, or points")), "value"
        )
        self.item = named(QLineEdit(), "item")
        self.min_spend = named(QLineEdit("0"), "minSpend")
        self.cap = named(QLineEdit(placeholderText=self.tr("percent coupons: most ¥ off")), "cap")
        self.days = CountSpin(lambda n: self.tr("%n day(s)", "", n), 1, 3650, 30)
        self.member_bound = QCheckBox(
            self.tr("for members only (bound to the member it is issued to)")
        )
        self.member_bound.setChecked(True)
        self.limit = CountSpin(lambda n: self.tr("%n coupon(s)", "", n), 0, 100)
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.combine = QCheckBox(self.tr("may be combined with redeeming points"))
        self.combine.setChecked(True)
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Kind"), self.kind),
            (self.tr("Value"), self.value),
            (self.tr("Item given free"), self.item),
            (self.tr("Minimum spend (¥)"), self.min_spend),
            (self.tr("Cap (¥)"), self.cap),
            (self.tr("Valid for"), self.days),
            ("", self.member_bound),
            (self.tr("Per member"), self.limit),
            ("", self.combine),
        ):
            self.form.addRow(label, widget)
        self.finish()

    def run(self) -> None:
        kind = self.kind.currentData()
        value = coupons.value_from_text(kind, self.value.text())
        terms = coupons.parse_terms(
            {
                "kind": kind,
                "value": value,
                "item": self.item.text(),
                "min_spend_cents": parse_amount(self.min_spend.text() or "0", allow_zero=True),
                "cap_cents": parse_amount(self.cap.text()) if self.cap.text().strip() else None,
                "valid_days": self.days.value(),
                "member_bound": self.member_bound.isChecked(),
                "per_member_limit": self.limit.value() or None,
                "combine_with_points": self.combine.isChecked(),
            }
        )
        name = self.name.text()
        actions.add_coupon_design(self.ops, name, terms)


class IssueDialog(FormDialog):
    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        member_card: str | None = None,
        segment: str | None = None,
    ) -> None:
        super().__init__(self.tr("Issue coupons"), parent)
        self.ops = ops
        self.issued: coupons.IssueResult | None = None
        self.template = QComboBox()
        for template in actions.coupon_designs(ops):
            if template.active:
                self.template.addItem(template.name, template.id)
        self.target = QComboBox()
        for value, text in (
            ("member", self.tr("one member (card or phone)")),
            ("segment", self.tr("a segment")),
            ("bearer", self.tr("bearer coupons (flyer)")),
        ):
            self.target.addItem(text, value)
        self.who = named(
            QLineEdit(
                placeholderText=self.tr(
                    "card / phone · or all, tier:Gold, tag:coffee, birthday-month:11, "
                    "lapsed:60 · or a count"
                )
            ),
            "who",
        )
        self.campaign = named(
            QLineEdit(placeholderText=self.tr("campaign name (optional)")), "campaign"
        )
        self.form.addRow(self.tr("Coupon"), self.template)
        self.form.addRow(self.tr("To"), self.target)
        self.form.addRow(self.tr("Who"), self.who)
        self.form.addRow(self.tr("Campaign"), self.campaign)
        if member_card or segment:  # from a member's page or a report's action list
            self.target.setCurrentIndex(self.target.findData("segment" if segment else "member"))
            self.who.setText(member_card or segment)
            self.target.setEnabled(False)
            self.who.setReadOnly(True)
        self.finish()

    def run(self) -> None:
        template_id, target, who = (
            self.template.currentData(),
            self.target.currentData(),
            self.who.text().strip(),
        )
        name = self.campaign.text().strip() or None
        if template_id is None:
            raise InvalidInput(field="coupon", reason="design_first")
        if target not in ("member", "segment") and not who.isdigit():
            raise InvalidInput(field="count", reason="must_be_whole")
        self.issued = actions.issue_coupons(self.ops, template_id, target, who, name)


class VoidDialog(FormDialog):
    def __init__(self, ops: Operations, code: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Void coupon {0}").format(code), parent)
        self.ops, self.code = ops, code
        self.reason = named(QLineEdit(), "reason")
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish()

    def run(self) -> None:
        reason, code = self.reason.text(), self.code
        with_approval(self.ops, self, lambda: actions.void_coupon(self.ops, code, reason))


class OfferChoices(QGroupBox):
    """The owner's coupon for each occasion the till suggests one (services/offers.py)."""

    def __init__(self, ops: Operations, say: Callable[[str, str], None]) -> None:
        super().__init__(self.tr("Suggested at the till (F10 hands it over)"))
        self.ops, self.say = ops, say
        form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        for occasion, label in offers.OCCASIONS.items():
            combo = named(QComboBox(), f"offer_{occasion}")
            combo.setEnabled(offered(ops.role, Action.DESIGN_COUPONS))
            combo.activated.connect(lambda _i, o=occasion: self._choose(o))
            form.addRow(translate("Offers", label).capitalize(), combo)
            self.combos[occasion] = combo

    def show_choices(self, designs: list[actions.CouponTemplate], chosen: dict[str, int]) -> None:
        for occasion, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("No coupon"), None)
            for template in designs:
                if template.active:
                    combo.addItem(template.name, template.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(occasion))))

    def _choose(self, occasion: str) -> None:
        combo = self.combos[occasion]
        try:
            actions.choose_offer(self.ops, occasion, combo.currentData())
        except LoyaltyError as error:
            self.say(describe(error), "refused")
            return
        self.say(self.tr("The till's suggestion is saved"), "ok")


class CouponsView(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setObjectName("page")
        self.ops = ops
        self.campaign_table = _table(
            [
                self.tr("Campaign"),
                self.tr("Coupon"),
                self.tr("To"),
                self.tr("Issued"),
                self.tr("Redeemed"),
                self.tr("Rate"),
            ]
        )
        self.template_table = _table(
            [self.tr("Coupon design"), self.tr("Offer"), self.tr("Valid"), self.tr("For")]
        )
        self.coupon_table = _table(
            [
                self.tr("Code"),
                self.tr("Member card"),
                self.tr("Status"),
                self.tr("Expires"),
                self.tr("Sale"),
            ]
        )
        self.status = named(QLabel(wordWrap=True), "message")
        self._rows: list[coupons.CampaignRow] = []
        self._codes: list[str] = []
        tabs = QTabWidget()
        tabs.addTab(
            self._with_buttons(
                self.campaign_table,
                [
                    (self.tr("New coupon…"), self.new_template, Action.DESIGN_COUPONS),
                    (self.tr("Issue…"), self.issue, Action.ISSUE_COUPONS),
                    (self.tr("Save sheet PDF…"), self.save_pdf, None),
                    (self.tr("Print…"), self.print_campaign, None),
                ],
            ),
            self.tr("Campaigns"),
        )
        self.offer_choices = OfferChoices(ops, self.say)
        designs = QWidget()
        column = QVBoxLayout(designs)
        column.addWidget(self.template_table, 1)
        column.addWidget(self.offer_choices)
        tabs.addTab(designs, self.tr("Designs"))
        tabs.addTab(
            self._with_buttons(
                self.coupon_table, [(self.tr("Void…"), self.void, Action.VOID_COUPONS)]
            ),
            self.tr("Coupons"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        ops.subscribe(Change.COUPONS | Change.SALES, self.reload)
        self.reload()

    def _with_buttons(
        self, table: QTableWidget, buttons: list[tuple[str, object, Action | None]]
    ) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        for text, slot, needs in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setVisible(needs is None or offered(self.ops.role, needs))
            row.addWidget(button)
        row.addStretch()
        column.addLayout(row)
        column.addWidget(table, 1)
        return page

    def reload(self) -> None:
        self._rows, recent, zone, designs = actions.coupon_overview(self.ops)
        _fill(self.template_table, [self._design_row(t) for t in designs])
        self.offer_choices.show_choices(designs, actions.offer_templates(self.ops))
        _fill(
            self.campaign_table,
            [
                [
                    r.campaign.name,
                    r.template,
                    self._target(r.campaign.target),
                    str(r.issued),
                    str(r.redeemed),
                    display.percent(r.redemption_rate),
                ]
                for r in self._rows
            ],
        )
        self._codes = [c.code for c, _card in recent]
        _fill(
            self.coupon_table,
            [
                [
                    coupons.grouped(c.code),
                    card or self.tr("bearer"),
                    self.tr(STATUSES[c.status]),
                    display.local_date(coupons.last_valid_day(c, zone), zone),
                    str(c.sale_id or ""),
                ]
                for c, card in recent
            ],
        )

    def _target(self, target: str) -> str:
        """ "segment lapsed:60" -> "人群 60 天未到店"; cards, phones and counts as they are."""
        words = target.split(" ")
        return " ".join(
            self.tr(TARGET_WORDS[w])
            if w in TARGET_WORDS
            else translate("Offers", offers.OCCASIONS[w])
            if w in offers.OCCASIONS
            else segments.segment_name(w)
            for w in words
        )

    def _design_row(self, template: actions.CouponTemplate) -> list[str]:
        terms = coupons.parse_terms(template.terms)
        valid = (
            self.tr("until {0}").format(terms.valid_until)
            if terms.valid_until
            else self.tr("%n day(s)", "", terms.valid_days or 0)
        )
        who = self.tr("members") if terms.member_bound else self.tr("anyone (bearer)")
        return [template.name, terms.describe(), valid, who]

    def say(self, text: str, tone: str = "ok") -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def new_template(self) -> None:
        if TemplateDialog(self.ops, self).exec():
            self.say(self.tr("Coupon designed; issue it with Issue…"))

    def issue(self) -> None:
        dialog = IssueDialog(self.ops, self)
        if dialog.exec() and dialog.issued is not None:
            issued = dialog.issued
            text = self.tr("%n coupon(s) issued in campaign {campaign}", "", len(issued.coupons))
            if issued.skipped:
                text += self.tr("; %n skipped at the per-member limit", "", issued.skipped)
            self.say(text.format(campaign=issued.campaign.name))

    def _selected_campaign(self) -> coupons.CampaignRow | None:
        row = self.campaign_table.currentRow()
        if row < 0 or row >= len(self._rows):
            self.say(self.tr("Choose a campaign first"), "note")
            return None
        return self._rows[row]

    def write_pdf(self, path: str | Path) -> int:
        """The selected campaign's coupons on A4 sheets; returns the number of pages."""
        chosen = self._selected_campaign()
        if chosen is None:
            return 0
        campaign_id = chosen.campaign.id
        assert campaign_id is not None  # a campaign read back from the database
        shop_name, printed = actions.printable_campaign(self.ops, campaign_id)
        try:
            return coupon_sheet(shop_name, printed, path, self.ops.db.sqlite_path)
        except (LoyaltyError, OSError) as error:  # e.g. the shop's own file, a full disk
            self.say(describe(error), "refused")
            return 0

    def save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save coupon sheet"), "coupons.pdf", "PDF (*.pdf)"
        )
        if path and self.write_pdf(path):
            self.say(self.tr("Saved {0}").format(path))

    def print_campaign(self) -> None:
        """The selected campaign's sheet through Qt's print dialog."""
        path = Path(tempfile.mkdtemp(prefix="loyalty-print-")) / "coupons.pdf"
        if self.write_pdf(path) and print_with_dialog(self, path):
            self.say(self.tr("Sent to the printer"))

    def void(self) -> None:
        row = self.coupon_table.currentRow()
        if row < 0:
            self.say(self.tr("Choose a coupon first"), "note")
            return
        if VoidDialog(self.ops, self._codes[row], self).exec():
            self.say(self.tr("Coupon {0} is void").format(coupons.grouped(self._codes[row])))
