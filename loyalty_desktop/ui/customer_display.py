"""The customer-facing display: a window full screen on a second screen, showing the customer
their points, the bill as the cashier keys it (what they pay, the discounts, the points it
earns) so they can check it before the sale is confirmed, what the sale earned, and then the
survey question with big buttons.

It never covers the till: it goes to a screen other than the till window's (``choose_screen``),
and with one screen there is no customer display (the cashier asks the survey with F9).

It speaks the shop's language (the language setting, as it is when each text is shown) unless
it is given one; the survey's question shows both its wordings.

It never takes the keyboard focus, so the till's scanner keeps typing into the till; a tap on
it answers the survey and nothing else. A member scanned while the previous customer is still
answering waits until they finish; the next recorded sale takes over the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from loyalty_desktop.core import display
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services.members import MemberCard
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.services.sales import Quote, SaleResult
from loyalty_desktop.services.settings import AUTOMATIC_SCREEN
from loyalty_desktop.services.surveys import Answers, SurveyAsk
from loyalty_desktop.ui.survey_panel import SurveyPanel
from loyalty_desktop.ui.theme import named, tabular

THANKS_MS = 4_000


class Named(Protocol):
    def name(self) -> str: ...


Screen = TypeVar("Screen", bound=Named)


def choose_screen(screens: Sequence[Screen], till: Screen, setting: str) -> Screen | None:
    """The screen for the customer display: the one the setting names when it is connected and
    is not the till's, else (automatic) the first screen that is not the till's; None when the
    till's screen is the only one — the display never goes over the till."""
    others = [screen for screen in screens if screen is not till]
    if setting != AUTOMATIC_SCREEN:
        named_screen = next((s for s in others if s.name() == setting), None)
        if named_screen is not None:
            return named_screen
    return others[0] if others else None


class BillView(QWidget):
    """The bill before the sale is confirmed: who, what to pay (big), then each line."""

    def __init__(self) -> None:
        super().__init__()
        self.who = named(QLabel(), "displayDetail")
        self.pay = named(QLabel(), "displayHeadline")
        for label in (self.who, self.pay):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tabular(self.pay, 64, bold=True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(48)
        layout = QVBoxLayout(self)
        centred = QHBoxLayout()  # the lines as one narrow column, however wide the screen
        centred.addStretch(1)
        centred.addLayout(self.grid)
        centred.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(self.who)
        layout.addWidget(self.pay)
        layout.addLayout(centred)
        layout.addStretch(1)
        self.lines: list[tuple[QLabel, QLabel]] = []

    def show_bill(self, who: str, pay: str, lines: list[tuple[str, str]]) -> None:
        self.who.setText(who)
        self.who.setVisible(bool(who))
        self.pay.setText(pay)
        while len(self.lines) < len(lines):
            label, value = QLabel(), QLabel(alignment=Qt.AlignmentFlag.AlignRight)
            for cell in (label, value):
                tabular(cell, 30)
            row = len(self.lines)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(value, row, 1)
            self.lines.append((label, value))
        for row, (label, value) in enumerate(self.lines):
            shown = row < len(lines)
            label.setText(lines[row][0] if shown else "")
            value.setText(lines[row][1] if shown else "")
            label.setVisible(shown)
            value.setVisible(shown)


class CustomerDisplay(QWidget):
    """``survey_done(sale_id, answers or None)`` when the customer finished, walked away, or
    the question was withdrawn."""

    survey_done = Signal(int, object)

    def __init__(self, shop_name: str, till_window: QWidget, language: str | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.till_window = till_window  # gets the keyboard back whenever this window takes it
        self.setObjectName("customerDisplay")
        self.shop_name = shop_name
        # The customer at the till and their bill: shown when nothing else is (a survey still
        # up for the previous customer comes first).
        self._member: MemberCard | None = None
        self._bill: tuple[Quote, int] | None = None  # the quote, and the points it redeems
        self.headline = named(QLabel(), "displayHeadline")
        self.detail = named(QLabel(), "displayDetail")
        for label in (self.headline, self.detail):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tabular(self.detail)
        self.info = QWidget()
        info = QVBoxLayout(self.info)
        info.addStretch(1)
        info.addWidget(self.headline)
        info.addWidget(self.detail)
        info.addStretch(1)
        self.bill = BillView()
        self.panel = SurveyPanel(language)
        self.setWindowTitle(self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Customer display")))
        self.panel.finished.connect(self._survey_finished)
        self.pages = QStackedWidget()
        for page in (self.info, self.bill, self.panel):
            self.pages.addWidget(page)
        self.banner = named(QLabel(), "displayBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.thanks = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.thanks.timeout.connect(self._refresh)
        self.welcome()

    # --- where it goes --------------------------------------------------------------------------
    def show_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (one that is not the till's: see ``choose_screen``)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def changeEvent(self, event: QEvent) -> None:
        """Where the window system activates it anyway (a tap, some platforms on show),
        hand the keyboard straight back to the till."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.till_window.activateWindow()

    # --- what it shows --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.panel.language

    def _say(self, text: str) -> str:
        """One of the display's words (marked with QT_TRANSLATE_NOOP) in its language."""
        return translate("CustomerDisplay", text, language=self.language)

    @property
    def asking(self) -> bool:
        return self.panel.running

    def _info(self, headline: str, detail: str = "", banner: str | None = None) -> None:
        self.thanks.stop()
        self.banner.setText(self.shop_name if banner is None else banner)
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.pages.setCurrentWidget(self.info)

    def welcome(self) -> None:
        """Nobody at the till (or a walk-in, who has no points to greet)."""
        self._member, self._bill = None, None
        self._refresh()

    def show_member(self, card: MemberCard) -> None:
        self._member, self._bill = card, None
        self._refresh()

    def show_quote(self, quote: Quote, redeemed: int) -> None:
        """The bill as keyed so far: the customer checks it before the cashier confirms."""
        self._bill = (quote, redeemed)
        self._refresh()

    def clear_quote(self) -> None:
        self._bill = None
        self._refresh()

    def _refresh(self) -> None:
        """The customer at the till: their bill, or a greeting (after a survey still running)."""
        if self.asking:
            return
        if self._bill is not None:
            self._show_bill(*self._bill)
        elif self._member is not None:
            card = self._member
            tier = f" · {shown_word(card.tier, self.language)}" if card.tier else ""
            self._info(
                self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Hello, {0}")).format(card.name),
                self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Points {0}{1}")).format(
                    display.points(card.balance), tier
                ),
            )
        else:
            self._info(self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Welcome")))

    def _show_bill(self, quote: Quote, redeemed: int) -> None:
        self.thanks.stop()
        self.banner.setText(self.shop_name)
        card = self._member
        who = "" if card is None else f"{card.name} · {shown_word(card.tier, self.language)}"
        pay = self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "To pay {0}")).format(
            display.money(quote.paid_cents)
        )
        self.bill.show_bill(who, pay, self._bill_lines(quote, redeemed))
        self.pages.setCurrentWidget(self.bill)

    def _bill_lines(self, quote: Quote, redeemed: int) -> list[tuple[str, str]]:
        """(what, how much) for the amount, each discount given, and the points earned."""
        say = self._say
        discounts = (
            (
                say(QT_TRANSLATE_NOOP("CustomerDisplay", "Member discount")),
                quote.tier_discount_cents,
            ),
            (say(QT_TRANSLATE_NOOP("CustomerDisplay", "Coupon")), quote.coupon_discount_cents),
            (
                say(QT_TRANSLATE_NOOP("CustomerDisplay", "{0} points redeemed")).format(
                    display.points(redeemed)
                ),
                quote.points_discount_cents,
            ),
        )
        lines = [
            (say(QT_TRANSLATE_NOOP("CustomerDisplay", "Amount")), display.money(quote.amount_cents))
        ]
        lines += [(what, display.money(-cents)) for what, cents in discounts if cents]
        if quote.balance is not None:  # a member's sale: a walk-in earns no points
            earned = display.points(quote.points_earned, signed=True)
            lines.append((say(QT_TRANSLATE_NOOP("CustomerDisplay", "Points earned")), earned))
        return lines

    def show_sale(self, result: SaleResult) -> None:
        """The sale just recorded, then its survey question when it asks one. A survey still
        on screen for the customer before ends here (what they answered is kept)."""
        self._member, self._bill = None, None
        self.panel.withdraw()
        sale = result.sale
        lines = [
            self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Paid {0}")).format(
                display.money(sale.paid_cents)
            )
        ]
        if result.balance is not None:
            lines.append(
                self._say(
                    QT_TRANSLATE_NOOP("CustomerDisplay", "Earned {0} points · balance {1}")
                ).format(display.points(sale.points_earned), display.points(result.balance))
            )
        self._info(
            self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Thank you!")),
            "\n".join(lines),
        )
        if result.survey is not None:
            self.ask(result.survey, "  ·  ".join(lines))

    def ask(self, ask: SurveyAsk, banner: str = "") -> None:
        self.thanks.stop()
        self.banner.setText(banner or self.shop_name)
        self.pages.setCurrentWidget(self.panel)
        self.panel.start(ask)

    def withdraw(self) -> None:
        """Take the question off the screen (the cashier asks it on the till's screen)."""
        self.panel.withdraw()

    def _survey_finished(self, sale_id: int, answers: Answers | None) -> None:
        if answers is not None:
            self._info(
                self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Thank you for your feedback!"))
            )
            self.thanks.start()
        else:
            self._refresh()
        self.survey_done.emit(sale_id, answers)
