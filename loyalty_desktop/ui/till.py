"""The till: one scan field, the member, this sale, what to pay — every action on a key.

Routine problems are said on the message line under the scan field (never in a modal dialog: a
scanner's Enter would dismiss it unseen). Dialogs only for decisions: enrol, refund, pick one of
several members.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import (
    ConfirmLargeSale,
    CouponRefused,
    InsufficientPoints,
    InvalidInput,
    LoyaltyError,
    RedeemStep,
    RedeemTooMuch,
)
from loyalty_desktop.core.money import format_cents, parse_amount
from loyalty_desktop.services import cards, coupons, notes
from loyalty_desktop.services.earning import Step
from loyalty_desktop.services.items import ItemLine, line_of
from loyalty_desktop.services.members import MemberCard, normalise_phone
from loyalty_desktop.services.offers import Suggestion
from loyalty_desktop.services.personal import Personal
from loyalty_desktop.services.rules import Rules, shown_word
from loyalty_desktop.services.sales import Quote, SaleRequest, SaleResult
from loyalty_desktop.services.surveys import Answers, SurveyAsk
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.customer_display import CustomerDisplay
from loyalty_desktop.ui.dialogs import (
    EnrolDialog,
    HelpDialog,
    PickMemberDialog,
    RefundDialog,
    RewardDialog,
)
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.scanner import ScanCatcher
from loyalty_desktop.ui.survey_panel import SurveyDialog
from loyalty_desktop.ui.theme import badge_style, named, set_tone, tabular


def about_redeem(error: LoyaltyError) -> bool:
    """The error is the points to redeem, not the amount: the cashier fixes the Redeem field."""
    if isinstance(error, InsufficientPoints | RedeemTooMuch | RedeemStep):
        return True
    return isinstance(error, InvalidInput) and error.params.get("field") == "redeem"


def enrol_prefill(text: str) -> tuple[str, str] | None:
    """(name, phone) to enrol with, when a search for ``text`` found nobody: a phone or a name
    (never a card number or the last 4 digits: those are no new member's details)."""
    if cards.looks_like_ours(text):
        return None
    try:
        normalise_phone(text)
    except InvalidInput:
        return (text, "") if any(char.isalpha() for char in text) else None
    return ("", text)


class _Panel(QFrame):
    """A white card with a small caps title; subclasses fill ``self.body``."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.body.addWidget(named(QLabel(title), "panelTitle"))


class MemberPanel(_Panel):
    def __init__(self) -> None:
        super().__init__(self.tr("MEMBER"))
        layout = self.body
        top = QHBoxLayout()
        self.name = named(QLabel(wordWrap=True), "bigName")
        self.badge = named(QLabel(), "badge")
        top.addWidget(self.name, 1)  # a narrow till wraps a long name rather than hide it
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.phone = QLabel()
        self.points = QLabel(wordWrap=True)
        tabular(self.points, 40, bold=True)
        self.value = QLabel()
        self.visits = QLabel(wordWrap=True)  # "usually every ~9 days" must not widen the till
        self.benefits = QLabel(wordWrap=True)
        self.expiring = named(QLabel(wordWrap=True), "expiring")
        set_tone(self.expiring, "note")
        self.personal = named(QLabel(wordWrap=True), "personal")
        set_tone(self.personal, "ok")
        self.offer = named(QLabel(wordWrap=True), "offer")
        set_tone(self.offer, "ok")
        self.flag = named(QLabel(), "flag")
        # A member who no longer wants offers says so at the counter: one click, no form. Shown
        # only while they have consent; it never takes the focus from the scan field.
        self.stop_marketing = named(QPushButton(self.tr("Stop marketing")), "stopMarketing")
        self.stop_marketing.setToolTip(
            self.tr("The member no longer wants offers by SMS, WeChat or e-mail")
        )
        self.stop_marketing.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_marketing.hide()
        for widget in (
            self.phone,
            self.points,
            self.value,
            self.visits,
            self.benefits,
            self.personal,
            self.offer,
            self.expiring,
            self.flag,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.stop_marketing, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.show_nobody()

    def show_nobody(self) -> None:
        self.name.setText(self.tr("No member"))
        self.badge.hide()
        self.stop_marketing.hide()
        self.phone.setText(
            self.tr("Scan a card, or type a phone number, its last 4 digits or a name.")
        )
        self.phone.setWordWrap(True)
        for label in (
            self.points,
            self.value,
            self.visits,
            self.benefits,
            self.personal,
            self.offer,
            self.expiring,
            self.flag,
        ):
            label.clear()

    def show_walk_in(self) -> None:
        self.show_nobody()
        self.name.setText(self.tr("Walk-in customer"))
        self.phone.setText(self.tr("No points are earned on a walk-in sale."))

    def show_member(self, card: MemberCard, rules: Rules, now: datetime) -> None:
        self.name.setText(card.name)
        self.badge.setText(shown_word(card.tier))
        self.badge.setStyleSheet(badge_style(card.tier))
        self.badge.show()
        self.phone.setText(f"{display.mask_phone(card.phone)}   {card.card}")
        self.points.setText(self.tr("{0} points").format(display.points(card.balance)))
        owes = -card.balance if card.flagged else 0  # a debt is worth no money off
        self.value.setText(
            ""
            if owes
            else self.tr("worth {0}").format(display.money(rules.points_value_cents(card.balance)))
        )
        if card.last_visit:
            days = display.days_between(card.last_visit, now, rules.zone)
            last = (
                self.tr("today")
                if days == 0
                else self.tr("yesterday")
                if days == 1
                else self.tr("%n day(s) ago", "", days)
            )
            visits = self.tr("Last visit {0} · %n visit(s)", "", card.visits).format(last)
            gap = card.personal.usual_gap
            if gap is not None:
                visits += self.tr(" · usually every ~%n day(s)", "", gap)
            self.visits.setText(visits)
        else:
            self.visits.setText(self.tr("First visit"))
        self.benefits.setText(shown_word(card.benefits))
        self.personal.setText(" · ".join(self._personal_notes(card.personal)))
        self.expiring.setText(
            " · ".join(
                self.tr("{0} points expire on {1}").format(
                    display.points(points), display.long_date(day)
                )
                for day, points in card.expiring
            )
        )
        self.flag.setText(
            self.tr("owes {0} points — new points pay this off first").format(display.points(owes))
            if owes
            else ""
        )

    def _personal_notes(self, personal: Personal) -> list[str]:
        notes = []
        if personal.usual_items:
            separator = self.tr(", ", "between the items a member usually buys")
            notes.append(self.tr("Usually buys {0}").format(separator.join(personal.usual_items)))
        days = personal.birthday_in
        if days is not None:
            today = self.tr("Birthday today!")
            notes.append(today if days == 0 else self.tr("Birthday in %n day(s)", "", days))
        return notes

    def show_offer(self, offer: Suggestion | None) -> None:
        """The till's one suggestion: a coupon to hand over (F10), or the next tier's distance."""
        nxt = offer.next_tier if offer is not None else None
        if offer is None:
            self.offer.clear()
        elif nxt is not None:
            tier = shown_word(nxt.name)
            self.offer.setText(
                self.tr("{0} more to {1}").format(display.money(nxt.missing), tier)
                if nxt.basis == "spend"
                else self.tr("%n more visit(s) to {0}", "", nxt.missing).format(tier)
            )
        else:
            self.offer.setText(
                self.tr("Offer: {0} — F10 gives it").format(shown_word(offer.template_name))
            )


class SalePanel(_Panel):
    def __init__(self) -> None:
        super().__init__(self.tr("THIS SALE"))
        layout = self.body
        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.amount = named(QLineEdit(placeholderText="0.00"), "amount")
        self.redeem = named(QLineEdit(placeholderText="0"), "redeem")
        for field in (self.amount, self.redeem):
            tabular(field, 22)
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("99,999.99") + 32)
        # Each field under its label: the panel stays narrow enough for a 1024-wide till.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.max_redeem = QLabel()
        self.coupon = named(QLabel(wordWrap=True), "coupon")
        self.lines = named(QLabel(wordWrap=True), "lines")  # the items scanned, if any
        self.lines.hide()
        form.addRow(self.lines)
        form.addRow(self.tr("Amount (¥)"), self.amount)
        form.addRow(self.tr("Redeem points"), self.redeem)
        form.addRow("", self.max_redeem)
        form.addRow(self.tr("Coupon"), self.coupon)
        layout.addLayout(form)
        layout.addStretch()

    def show_lines(self, lines: list[ItemLine]) -> None:
        """The items of the sale, one per line; the amount is their total and not typed."""
        self.lines.setVisible(bool(lines))
        self.lines.setText(
            "\n".join(
                self.tr("{0} ×{1}  {2}").format(
                    line.name, line.quantity, display.money(line.total_cents)
                )
                for line in lines
            )
        )
        self.amount.setReadOnly(bool(lines))
        if lines:
            self.amount.setText(format_cents(sum(line.total_cents for line in lines)))


class PayPanel(_Panel):
    """Before Enter: the bill. After Enter: the receipt summary, until the next scan."""

    def __init__(self) -> None:
        super().__init__(self.tr("TO PAY"))
        layout = self.body
        grid = QGridLayout()
        self.labels: dict[str, QLabel] = {}
        rows = [
            ("amount", self.tr("Amount")),
            ("tier", self.tr("Member discount")),
            ("coupon", self.tr("Coupon")),
            ("points", self.tr("Points")),
            ("pay", self.tr("To pay")),
            ("earns", self.tr("Earns")),
        ]
        for key, text in rows:
            value = QLabel(alignment=Qt.AlignmentFlag.AlignRight)
            tabular(value, 40 if key == "pay" else 20, bold=key == "pay")
            row = grid.rowCount()
            grid.addWidget(QLabel(text), row, 0)
            if key == "pay":  # the big total on a line of its own: the panel stays narrow
                grid.addWidget(value, row + 1, 0, 1, 2)
            else:
                grid.addWidget(value, row, 1)
            self.labels[key] = value
        layout.addLayout(grid)
        self.receipt = named(QLabel(wordWrap=True), "receipt")
        tabular(self.receipt, 17)
        layout.addWidget(self.receipt)
        layout.addStretch()
        self.clear()

    def clear(self) -> None:
        for label in self.labels.values():
            label.setText("—")
        self.receipt.clear()

    def _fill(
        self,
        amount: int,
        tier_off: int,
        coupon_off: int,
        discount: int,
        paid: int,
        earned: int | None,
    ) -> None:
        self.labels["amount"].setText(display.money(amount))
        self.labels["tier"].setText(display.money(-tier_off) if tier_off else "—")
        self.labels["coupon"].setText(display.money(-coupon_off) if coupon_off else "—")
        self.labels["points"].setText(display.money(-discount) if discount else "—")
        self.labels["pay"].setText(display.money(paid))
        self.labels["earns"].setText("—" if earned is None else self.tr("+{0} pts").format(earned))

    def show_quote(self, quote: Quote) -> None:
        self.receipt.clear()
        earned = quote.points_earned if quote.balance is not None else None
        self._fill(
            quote.amount_cents,
            quote.tier_discount_cents,
            quote.coupon_discount_cents,
            quote.points_discount_cents,
            quote.paid_cents,
            earned,
        )
        self.receipt.setText(self._steps(quote.steps))

    def show_receipt(self, result: SaleResult) -> None:
        sale = result.sale
        earned = sale.points_earned if result.balance is not None else None
        self._fill(
            sale.amount_cents,
            sale.tier_discount_cents,
            sale.coupon_discount_cents,
            sale.points_discount_cents,
            sale.paid_cents,
            earned,
        )
        lines = [self.tr("✓ Sale {0} · paid {1}").format(sale.id, display.money(sale.paid_cents))]
        if result.balance is not None:
            lines.append(self._steps(result.steps))
            lines += [
                self.tr("Bonus: {0} {1}").format(
                    display.points(b.points, signed=True), notes.shown(b.note)
                )
                for b in result.bonuses
            ]
            if result.upgrade is not None:
                lines.append(self.tr("★ Upgraded to {0}!").format(shown_word(result.upgrade.tier)))
            lines.append(
                self.tr("Earned {0} · redeemed {1} · balance {2}").format(
                    display.points(sale.points_earned, signed=True),
                    display.points(-sale.points_redeemed, signed=True)
                    if sale.points_redeemed
                    else "0",
                    display.points(result.balance),
                )
            )
        self.receipt.setText("\n".join(line for line in lines if line))

    def _steps(self, steps: tuple[Step, ...]) -> str:
        """How the points were worked out, e.g. "88 yuan × 1: 88 → Gold ×1.5: 132"."""
        return " → ".join(f"{step.label}: {step.points}" for step in steps)


class KeyBar(QFrame):
    """The till's keys: one row when it fits the width, two rows on a small screen (1024×768)
    so that no key is ever off the edge."""

    def __init__(self, buttons: list[QPushButton]) -> None:
        super().__init__()
        self.setObjectName("keyBar")
        self.buttons = buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 8, 0, 0)
        # The bar's width is not the one row's: the window may be narrower, then it wraps.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.columns = 0
        self._arrange(len(buttons))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        self.updateGeometry()

    def _row_width(self, buttons: list[QPushButton]) -> int:
        spacing = self.grid.horizontalSpacing() * (len(buttons) - 1)
        return sum(button.sizeHint().width() for button in buttons) + spacing

    def _two_rows(self) -> int:
        return -(-len(self.buttons) // 2)

    def minimumSizeHint(self) -> QSize:
        half = self._two_rows()
        width = max(self._row_width(self.buttons[:half]), self._row_width(self.buttons[half:]))
        return QSize(width, self.grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(self._row_width(self.buttons), self.grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fits = event.size().width() >= self._row_width(self.buttons)
        self._arrange(len(self.buttons) if fits else self._two_rows())


class TillView(QWidget):
    """The cashier's screen. ``member_selected`` tells the rest of the window who is served."""

    member_selected = Signal(int)

    KEYS = (
        ("F1", "help"),
        ("F2", "enrol"),
        ("F3", "find_member"),
        ("F4", "focus_redeem"),
        ("Ctrl+F4", "redeem_max"),
        ("F5", "coupon_entry"),
        ("F6", "walk_in"),
        ("F7", "reward"),
        ("F8", "refund"),
        ("F9", "ask_survey"),
        ("F10", "give_offer"),
        ("Ctrl+Del", "remove_line"),
        ("Esc", "clear"),
    )

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setObjectName("page")
        self.ops = ops
        self.member: MemberCard | None = None
        self.walk_in_mode = False
        self.coupon_code: str | None = None
        self.offer: Suggestion | None = None  # the member's suggestion on show (F10 gives it)
        self.lines: list[ItemLine] = []  # the items scanned for this sale
        # Why the last coupon was refused, until the cashier acknowledges it with an Enter: a
        # stray Enter right after a refusal must not ring the sale up at full price.
        self.coupon_refusal: str | None = None
        self.enrol_offer: tuple[str, str] | None = None  # (name, phone) a search did not find
        self.guard = coupons.ScanGuard()
        self.customer_display: CustomerDisplay | None = None
        self.bill: tuple[Quote, int] | None = None  # the quote on show, and the points it redeems
        self.pending_survey: SurveyAsk | None = None  # the last sale's question, not yet asked
        self.unanswered: tuple[SaleRequest, str] | None = None  # a sale sent, and its key
        self.scan_field = named(QLineEdit(), "scanField")
        self.scan_field.setPlaceholderText(
            self.tr("Scan member card · phone · last 4 digits · name …")
        )
        self.message = named(QLabel(), "message")
        self.member_panel, self.sale_panel, self.pay_panel = MemberPanel(), SalePanel(), PayPanel()
        self._build()
        self.catcher = ScanCatcher(self, self.scan_field)
        self.catcher.scanned.connect(self.scan)
        self.scan_field.returnPressed.connect(self._scan_field_enter)
        self.sale_panel.amount.returnPressed.connect(self.confirm)
        self.sale_panel.redeem.returnPressed.connect(self.confirm)
        self.sale_panel.amount.textChanged.connect(self._update_quote)
        self.sale_panel.redeem.textChanged.connect(self._update_quote)
        self.member_panel.stop_marketing.clicked.connect(self.stop_marketing)
        ops.subscribe(Change.MEMBERS | Change.POINTS, self._read_member_again)

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.message)
        panels = QHBoxLayout()
        panels.setSpacing(10)
        for panel, stretch in ((self.member_panel, 5), (self.sale_panel, 4), (self.pay_panel, 4)):
            panels.addWidget(panel, stretch)
        layout.addLayout(panels, 1)
        labels = {
            "help": self.tr("Help"),
            "enrol": self.tr("Enrol"),
            "find_member": self.tr("Find"),
            "focus_redeem": self.tr("Redeem"),
            "redeem_max": self.tr("Redeem all"),
            "coupon_entry": self.tr("Coupon"),
            "walk_in": self.tr("Walk-in"),
            "reward": self.tr("Reward"),
            "refund": self.tr("Refund"),
            "ask_survey": self.tr("Survey"),
            "give_offer": self.tr("Offer"),
            "remove_line": self.tr("Remove item"),
            "clear": self.tr("Clear"),
        }
        buttons = []
        for key, action in self.KEYS:
            button = QPushButton(f"{key}  {labels[action]}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(getattr(self, action))
            buttons.append(button)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(getattr(self, action))
        confirm = named(QPushButton(self.tr("Enter  Confirm")), "primary")
        confirm.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        confirm.clicked.connect(self.confirm)
        layout.addWidget(KeyBar([*buttons, confirm]))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()

    # --- messages -----------------------------------------------------------------------------
    def say(self, text: str, tone: str = "ok") -> None:
        self.message.setText(text)
        set_tone(self.message, tone)

    def refuse(self, error: BaseException) -> None:
        self.say(describe(error), "refused")

    # --- scanning and choosing the member -------------------------------------------------------
    def _scan_field_enter(self) -> None:
        text = self.scan_field.text().strip()
        if text:
            self.scan(text)
        else:
            self.confirm()

    def scan(self, text: str) -> None:
        self.scan_field.clear()
        self.enrol_offer = None
        self.pay_panel.receipt.clear()
        if coupons.looks_like_coupon(text):
            self.take_coupon(text)
            return
        try:  # an item's barcode or code first: the sale's lines; else a member
            item = actions.find_item(self.ops, text)
            found = [] if item else actions.find_members(self.ops, text)
        except LoyaltyError as error:
            self.refuse(error)
            self.scan_field.setFocus()
            return
        if item is not None:
            self.add_line(line_of(item))
            return
        if not found:
            self._nobody_found(text)
            return
        chosen = found[0] if len(found) == 1 else PickMemberDialog.pick(self, found)
        if chosen is not None:
            self.select_member(chosen.id)

    def _nobody_found(self, text: str) -> None:
        """Said on the message line; a phone or a name is offered for enrolment with F2."""
        self.enrol_offer = enrol_prefill(text)
        if self.enrol_offer is None:
            self.say(self.tr("No member matches “{0}”").format(text), "refused")
        else:
            self.say(self.tr("No member matches “{0}” — F2: enrol with it").format(text), "note")
        self.scan_field.setFocus()

    def take_coupon(self, text: str) -> None:
        """A scanned coupon: checked at once (the sale re-checks it with the amount); a
        member's own coupon brings the member to the till."""
        try:
            self.guard.check()
            member_id = self.member.id if self.member else None
            coupon = actions.scan_coupon(self.ops, text, member_id)
        except CouponRefused as refusal:
            if coupons.counts_as_guess(refusal) and self.guard.failed():
                actions.log_coupon_lockout(self.ops, refusal)
            self.refuse(refusal)
            self.coupon_refusal = describe(refusal)
            self.scan_field.setFocus()
            return
        except LoyaltyError as error:
            self.refuse(error)
            return
        self.guard.succeeded()
        self.coupon_refusal = None
        if coupon.member_id is not None and (
            self.member is None or self.member.id != coupon.member_id
        ):
            self.select_member(coupon.member_id)
        self.coupon_code = coupon.code
        terms = coupon.terms.describe()
        self.sale_panel.coupon.setText(f"{coupons.grouped(coupon.code)} ✓  {terms}")
        if self.member is None and not self.walk_in_mode:
            self.say(self.tr("Coupon ready — scan the member card, or F6 for a walk-in"), "note")
            self.scan_field.setFocus()
            return
        self.say(self.tr("Coupon ready — enter the amount"), "ok")
        self.sale_panel.amount.setFocus()
        self._update_quote()

    def coupon_entry(self) -> None:
        """F5: type a coupon code by hand into the scan field."""
        self.scan_field.setFocus()
        self.scan_field.selectAll()
        self.say(self.tr("Type or scan the coupon code, then Enter"), "note")

    def _drop_coupon(self) -> None:
        self.coupon_code = None
        self.sale_panel.coupon.clear()

    def select_member(self, member_id: int) -> None:
        try:
            seen = actions.member_at_till(self.ops, member_id)
        except LoyaltyError as error:
            self.refuse(error)
            return
        card = seen.card
        self.member, self.walk_in_mode = card, False  # the bill of the items below is theirs
        scanned = self.lines  # items scanned before the card stay on the sale
        self._reset_sale()
        self._set_lines(scanned)
        self._show_member(seen)
        self.say(self.tr("{0} — enter the amount").format(card.name), "ok")
        self.sale_panel.amount.setFocus()
        if customer := self._display():
            customer.show_member(card)
        self.member_selected.emit(member_id)

    def _show_member(self, seen: actions.AtTill) -> None:
        self.member, self.offer = seen.card, seen.offer
        self.member_panel.show_member(seen.card, seen.rules, utcnow())
        self.member_panel.show_offer(seen.offer)
        self.member_panel.stop_marketing.setVisible(seen.card.marketing_consent)

    def _read_member_again(self) -> None:
        """The member's card after something changed it (a sale, a coupon, points)."""
        if self.member is not None:
            self._show_member(actions.member_at_till(self.ops, self.member.id))

    def stop_marketing(self) -> None:
        """The member at the till withdraws their marketing consent."""
        member = self.member
        if member is None:
            return
        try:
            actions.stop_marketing(self.ops, member.id)
        except LoyaltyError as error:
            self.refuse(error)
            return
        self.member_panel.stop_marketing.hide()
        self.say(self.tr("{0} will get no more marketing").format(member.name), "ok")

    def add_line(self, line: ItemLine) -> None:
        """A scanned item: one more of the last line when it is the same item."""
        if self.member is None and not self.walk_in_mode:  # items first: a walk-in until a card
            self.walk_in_mode = True
            self.member_panel.show_walk_in()
        last = self.lines[-1] if self.lines else None
        if last is not None and last.code == line.code:
            self.lines[-1] = replace(last, quantity=last.quantity + line.quantity)
        else:
            self.lines.append(line)
        self._set_lines(self.lines)
        self.say(self.tr("{0} added — scan the next item, or Enter").format(line.name), "ok")
        self.sale_panel.amount.setFocus()

    def remove_line(self) -> None:
        """Ctrl+Del: take the last item off the sale (one of it)."""
        if not self.lines:
            self.say(self.tr("No item to remove"), "note")
            return
        last = self.lines[-1]
        if last.quantity > 1:
            self.lines[-1] = replace(last, quantity=last.quantity - 1)
        else:
            self.lines.pop()
        self._set_lines(self.lines)
        if not self.lines:
            self.sale_panel.amount.clear()
        self.say(self.tr("{0} removed").format(last.name), "note")

    def _set_lines(self, lines: list[ItemLine]) -> None:
        self.lines = list(lines)
        self.sale_panel.show_lines(self.lines)
        self._update_quote()

    def walk_in(self) -> None:
        self.member, self.walk_in_mode = None, True
        self._reset_sale()
        self.member_panel.show_walk_in()
        self.say(self.tr("Walk-in sale — enter the amount"), "ok")
        self.sale_panel.amount.setFocus()
        if customer := self._display():
            customer.welcome()  # no member to greet: the bill comes up as it is keyed

    def find_member(self) -> None:
        self.scan_field.setFocus()
        self.scan_field.selectAll()

    def _member_needed(self, message: str) -> MemberCard | None:
        """The member at the till; None (and a note) when there is none."""
        if self.member is None:
            self.say(message, "note")
            self.scan_field.setFocus()
        return self.member

    def focus_redeem(self) -> None:
        if self._member_needed(self.tr("Scan a member first to redeem points")) is None:
            return
        self.sale_panel.redeem.setFocus()
        self.sale_panel.redeem.selectAll()

    # --- the sale ---------------------------------------------------------------------------
    def _request(self, redeem: bool = True) -> SaleRequest:
        """The sale as typed; without ``redeem``, the same sale redeeming nothing."""
        amount_text = self.sale_panel.amount.text().strip()
        if not amount_text:
            raise InvalidInput(field="amount", reason="enter_amount")
        redeem_text = (self.sale_panel.redeem.text().strip() if redeem else "") or "0"
        if not redeem_text.isdigit():
            raise InvalidInput(field="redeem", reason="must_be_whole")
        return SaleRequest(
            amount_cents=parse_amount(amount_text),
            member_id=self.member.id if self.member else None,
            redeem_points=int(redeem_text),
            coupon=self.coupon_code,
            items=tuple(self.lines),
        )

    def _update_quote(self) -> None:
        if self.member is None and not self.walk_in_mode:
            return
        try:
            request = self._request()
            quote = actions.quote(self.ops, request)
        except LoyaltyError as error:
            self._quote_refused(error)
            return
        self._show_quote(quote, request.redeem_points)
        self.say(self.tr("Enter to confirm · Esc to cancel"), "note")

    def _show_quote(self, quote: Quote, redeemed: int = 0) -> None:
        """The bill on the till and, for the customer to check, on the customer display."""
        self.pay_panel.show_quote(quote)
        self.sale_panel.max_redeem.setText(
            self.tr("max {0}").format(display.points(quote.max_redeem)) if self.member else ""
        )
        self.bill = (quote, redeemed)
        if customer := self._display():
            customer.show_quote(quote, redeemed)

    def _clear_bill(self) -> None:
        self.pay_panel.clear()
        self.bill = None
        if customer := self._display():
            customer.clear_quote()

    def _quote_refused(self, error: LoyaltyError) -> None:
        """Too many points still leaves the bill in view: the sale without the redemption."""
        fallback = None
        if about_redeem(error):
            try:
                fallback = actions.quote(self.ops, self._request(redeem=False))
            except LoyaltyError:
                fallback = None
        if fallback is None:
            self._clear_bill()
        else:
            self._show_quote(fallback)
        if self.sale_panel.amount.text().strip():
            self.say(describe(error), "note")

    def redeem_max(self) -> None:
        """Ctrl+F4: redeem as many points as this sale can take."""
        if self._member_needed(self.tr("Scan a member first to redeem points")) is None:
            return
        try:
            quote = actions.quote(self.ops, self._request(redeem=False))
        except LoyaltyError as error:
            self.refuse(error)
            self.sale_panel.amount.setFocus()
            return
        self.sale_panel.redeem.setText(str(quote.max_redeem))
        self.sale_panel.redeem.setFocus()
        self.sale_panel.redeem.selectAll()

    def confirm(self) -> None:
        if self.member is None and not self.walk_in_mode:
            self.say(self.tr("Scan a member card first, or F6 for a walk-in sale"), "note")
            self.scan_field.setFocus()
            return
        if self.coupon_refusal is not None:
            self.say(
                self.tr("Coupon not taken: {0} — Enter again to sell without it").format(
                    self.coupon_refusal
                ),
                "refused",
            )
            self.coupon_refusal = None
            return
        try:
            request = self._keyed(replace(self._request(), ask_survey=True))
            result = self._record(request)
        except LoyaltyError as error:
            self.refuse(error)
            field = self.sale_panel.redeem if about_redeem(error) else self.sale_panel.amount
            field.setFocus()
            field.selectAll()
            return
        if result is None:
            self.say(self.tr("Not recorded — check the amount"), "note")
            self.sale_panel.amount.setFocus()
            return
        self.unanswered = None
        member_id = self.member.id if self.member else None
        self._reset_sale()
        self._drop_coupon()
        self.pay_panel.show_receipt(result)
        self.say(self.tr("Sale {0} recorded").format(result.sale.id), "ok")
        if member_id is not None:
            self._show_member(actions.member_at_till(self.ops, member_id))
        self.walk_in_mode = False
        self._survey_after(result)
        self.scan_field.setFocus()

    def _keyed(self, request: SaleRequest) -> SaleRequest:
        """The sale with its idempotency key: made when the cashier confirms, and kept while the
        same sale is retried after an error (it may have been saved and the answer lost), so a
        retry never rings it up twice; any other sale gets a new key."""
        if self.unanswered is None or self.unanswered[0] != request:
            self.unanswered = (request, actions.new_sale_key())
        return replace(request, key=self.unanswered[1])

    def _record(self, request: SaleRequest) -> SaleResult | None:
        """Record the sale; an amount above the owner's threshold is a decision for the
        cashier (None: not confirmed, nothing recorded)."""
        try:
            return actions.sell(self.ops, request)
        except ConfirmLargeSale as large:
            answer = QMessageBox.question(
                self,
                self.tr("Confirm the amount"),
                self.tr("{0}\n\nRecord this sale?").format(describe(large)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,  # a stray Enter from a scanner does not confirm
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        confirmed = replace(request, confirmed=True)
        return actions.sell(self.ops, confirmed)

    def _reset_sale(self) -> None:
        self.coupon_refusal = None
        self.lines = []
        self.sale_panel.show_lines([])
        for field in (self.sale_panel.amount, self.sale_panel.redeem):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.sale_panel.max_redeem.clear()
        self._clear_bill()

    def clear(self) -> None:
        self.member, self.walk_in_mode = None, False
        self.unanswered = None
        self._reset_sale()
        self._drop_coupon()
        self.member_panel.show_nobody()
        self.enrol_offer = None
        self.say("")
        self.scan_field.clear()
        self.scan_field.setFocus()
        if customer := self._display():
            customer.welcome()

    # --- the customer display and the survey --------------------------------------------------
    def attach_display(self, customer: CustomerDisplay) -> None:
        self.customer_display = customer
        customer.survey_done.connect(self.record_survey)

    def show_customer(self) -> None:
        """The customer display as it is switched on: who is served, and the bill so far."""
        if (customer := self._display()) is None:
            return
        if self.member is not None:
            customer.show_member(self.member)
        else:
            customer.welcome()
        if self.bill is not None:
            customer.show_quote(*self.bill)

    def _display(self) -> CustomerDisplay | None:
        """The customer display, when it is on."""
        customer = self.customer_display
        return customer if customer is not None and customer.isVisible() else None

    def _survey_after(self, result: SaleResult) -> None:
        """Show the customer the sale, then the survey if the sale asks it: on the customer
        display, or (one screen) when the cashier presses F9."""
        self.pending_survey = result.survey
        if customer := self._display():
            customer.show_sale(result)
        elif result.survey is not None:
            self.say(
                self.tr("Sale {0} recorded — F9: ask the customer the survey").format(
                    result.sale.id
                ),
                "ok",
            )

    def give_offer(self) -> None:
        """F10: hand the suggested coupon to the member at the till."""
        offer, member = self.offer, self.member
        if member is None or offer is None or offer.template_id is None:
            self.say(self.tr("No coupon to offer this member"), "note")
            return
        try:
            coupon = actions.give_offer(self.ops, member.id, offer.template_id)
        except LoyaltyError as error:
            self.refuse(error)
            return
        self.say(
            self.tr("Coupon {0} given to {1}: {2}").format(
                coupons.grouped(coupon.code), member.name, shown_word(offer.template_name)
            ),
            "ok",
        )
        self._read_member_again()  # the offer is given: the next suggestion, if any

    def ask_survey(self) -> None:
        """F9: the last sale's survey in a large dialog on this screen."""
        customer = self._display()
        if customer is not None and customer.asking:
            self.say(self.tr("The survey is on the customer display"), "note")
        elif self.pending_survey is None:
            self.say(self.tr("No survey to ask: the survey chooses which sales ask it"), "note")
        else:
            ask = self.pending_survey
            dialog = SurveyDialog(ask, parent=self)
            dialog.exec()
            if self.record_survey(ask.sale_id, dialog.answers):
                self.say(self.tr("Survey answered for sale {0} — thank you").format(ask.sale_id))
            elif dialog.answers is None:
                self.say(self.tr("The customer did not answer; nothing recorded"), "note")
        self.scan_field.setFocus()

    def record_survey(self, sale_id: int, answers: Answers | None) -> bool:
        """The customer's answers (None: they did not answer; nothing is recorded)."""
        if self.pending_survey is not None and self.pending_survey.sale_id == sale_id:
            self.pending_survey = None
        if answers is None:
            return False
        try:
            actions.answer_survey(self.ops, sale_id, answers)
        except LoyaltyError as error:
            self.refuse(error)
            return False
        return True

    # --- dialogs ------------------------------------------------------------------------------
    def help(self) -> None:
        HelpDialog(self).exec()
        self.scan_field.setFocus()

    def enrol(self) -> None:
        name, phone = self.enrol_offer or ("", "")
        self.enrol_offer = None
        dialog = EnrolDialog(self.ops, self, name=name, phone=phone)
        dialog.exec()
        if dialog.member_id is not None:
            self.select_member(dialog.member_id)
        else:
            self.scan_field.setFocus()

    def reward(self) -> None:
        """Spend points on a catalogue reward (积分兑换) for the member at the till."""
        member = self._member_needed(self.tr("Scan a member first to give a reward"))
        if member is None:
            return
        dialog = RewardDialog(self.ops, member.id, self)
        if dialog.exec() and dialog.result_text:
            self.select_member(member.id)
            self.say(dialog.result_text, "ok")
        self.scan_field.setFocus()

    def refund(self) -> None:
        dialog = RefundDialog(self.ops, self, self.member.id if self.member else None)
        if dialog.exec() and dialog.result_text:
            self.say(dialog.result_text, "ok")
            self._read_member_again()  # the balance moved; the message and the bill stay
        self.scan_field.setFocus()
