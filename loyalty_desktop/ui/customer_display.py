"""The customer-facing display: a second window for a second screen (or a tablet-style monitor,
full screen) showing the customer their points, what the sale just earned, and then the survey
question with big buttons.

It speaks the shop's language (the language setting, as it is when each text is shown) unless
it is given one; the survey's question shows both its wordings.

It never takes the keyboard focus, so the till's scanner keeps typing into the till; a tap on
it answers the survey and nothing else. A member scanned while the previous customer is still
answering waits until they finish; the next recorded sale takes over the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from loyalty_desktop.core import display
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services.members import MemberCard
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.services.sales import SaleResult
from loyalty_desktop.services.surveys import Answers, SurveyAsk
from loyalty_desktop.ui.survey_panel import SurveyPanel
from loyalty_desktop.ui.theme import named, tabular

THANKS_MS = 4_000


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
        self._waiting: MemberCard | None = None  # shown when the survey ends
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
        self.panel = SurveyPanel(language)
        self.setWindowTitle(self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Customer display")))
        self.panel.finished.connect(self._survey_finished)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.info)
        self.pages.addWidget(self.panel)
        self.banner = named(QLabel(), "displayBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.thanks = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.thanks.timeout.connect(self._after_thanks)
        self.resize(1024, 600)
        self.welcome()

    # --- where it goes --------------------------------------------------------------------------
    def place(self) -> None:
        """Full screen on the second screen when there is one, else a window to move."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()

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
        if not self.asking:
            self._info(self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Welcome")))

    def show_member(self, card: MemberCard) -> None:
        if self.asking:
            self._waiting = card
            return
        self._waiting = None
        tier = f" · {shown_word(card.tier, self.language)}" if card.tier else ""
        self._info(
            self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Hello, {0}")).format(card.name),
            self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Points {0}{1}")).format(
                display.points(card.balance), tier
            ),
        )

    def show_sale(self, result: SaleResult) -> None:
        """The sale just recorded, then its survey question when it asks one. A survey still
        on screen for the customer before ends here (what they answered is kept)."""
        self._waiting = None
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
            self._after_thanks()
        self.survey_done.emit(sale_id, answers)

    def _after_thanks(self) -> None:
        if self._waiting is not None:
            self.show_member(self._waiting)
        else:
            self._info(self._say(QT_TRANSLATE_NOOP("CustomerDisplay", "Welcome")))
