"""The survey as a customer answers it: one question at a time, big buttons, one tap each, and
a polite timeout. The same panel runs on the customer display and in the cashier's large
dialog (when there is only one screen).

It speaks the shop's language (the language setting) unless it is given one, as the survey
editor's preview is: the question in that language with the other wording under it, and its
own hints and buttons in that language too — so they come from the catalogue by language, not
from the window's translator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import i18n
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services.surveys import Answers, Question, SurveyAsk
from loyalty_desktop.ui.theme import named

BUTTON = 64  # px: well above the 44 px touch target


def _clear(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.hide()  # gone at once; deleted when the event loop comes round
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            _clear(inner)


class SurveyPanel(QWidget):
    """Emits ``finished(sale_id, answers)``: the Answers given, or None when nothing was
    answered (the customer walked away: the timeout passed, or the question was withdrawn)."""

    finished = Signal(int, object)

    def __init__(self, language: str | None = None, keyboard: bool = False) -> None:
        super().__init__()
        self.setObjectName("surveyPanel")
        self.fixed_language = language  # None: the shop's language setting, as it is now
        # The comment box takes the keyboard only where the keyboard is the customer's (the F9
        # dialog); on the customer display the keys belong to the till's scanner.
        self.keyboard = keyboard
        self.ask: SurveyAsk | None = None
        self._answers: dict[str, object] = {}
        self._questions: list[Question] = []
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._give_up)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(18)
        self.body.setContentsMargins(24, 24, 24, 24)

    @property
    def language(self) -> str:
        return self.fixed_language or i18n.current_language()

    def say(self, text: str) -> str:
        """One of the panel's own words (marked with QT_TRANSLATE_NOOP) in its language."""
        return translate("SurveyPanel", text, language=self.language)

    @property
    def running(self) -> bool:
        return self.ask is not None

    def start(self, ask: SurveyAsk) -> None:
        self.ask, self._answers = ask, {}
        self._questions = list(ask.definition.questions)
        self._show(0)

    def withdraw(self) -> None:
        """Stop asking; what was answered so far is delivered."""
        if self.running:
            self._finish()

    # --- one question ---------------------------------------------------------------------------
    def _show(self, index: int) -> None:
        _clear(self.body)
        if index >= len(self._questions):
            self._finish()
            return
        question = self._questions[index]
        main, second = question.wording.pair(self.language)
        title = named(QLabel(main, wordWrap=True), "surveyQuestion")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addStretch(1)
        self.body.addWidget(title)
        if second:
            sub = named(QLabel(second, wordWrap=True), "surveySecond")
            sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.body.addWidget(sub)
        build = {"nps": self._scale, "csat": self._scale, "choice": self._choices}
        build.get(question.kind, self._comment)(question, index)
        self.body.addStretch(1)
        self.timer.start(self.ask.definition.timeout_seconds * 1000)  # type: ignore[union-attr]

    def _answer(self, index: int, kind: str, value: object) -> None:
        self._answers[kind] = value
        self._show(index + 1)

    def _button(
        self, text: str, on_click: Callable[..., object], name: str = "surveyButton"
    ) -> QPushButton:
        button = named(QPushButton(text), name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(BUTTON, BUTTON)
        button.clicked.connect(on_click)
        return button

    def _scale(self, question: Question, index: int) -> None:
        low, high = (0, 10) if question.kind == "nps" else (1, 5)
        row = QHBoxLayout()
        row.setSpacing(8)
        for score in range(low, high + 1):
            button = self._button(
                str(score), lambda _=False, s=score: self._answer(index, question.kind, s)
            )
            button.setProperty("score", "low" if score <= (6 if high == 10 else 2) else "high")
            button.setAccessibleName(f"{question.kind} {score}")
            row.addWidget(button)
        self.body.addLayout(row)
        ends = QHBoxLayout()
        if question.kind == "nps":
            left = self.say(QT_TRANSLATE_NOOP("SurveyPanel", "Not at all likely"))
            right = self.say(QT_TRANSLATE_NOOP("SurveyPanel", "Extremely likely"))
        else:
            left = self.say(QT_TRANSLATE_NOOP("SurveyPanel", "Very unsatisfied"))
            right = self.say(QT_TRANSLATE_NOOP("SurveyPanel", "Very satisfied"))
        ends.addWidget(named(QLabel(left), "surveyHint"))
        ends.addStretch(1)
        ends.addWidget(named(QLabel(right), "surveyHint"))
        self.body.addLayout(ends)

    def _choices(self, question: Question, index: int) -> None:
        grid = QGridLayout()
        grid.setSpacing(10)
        for position, choice in enumerate(question.choices):
            text = "\n".join(t for t in choice.pair(self.language) if t)
            button = self._button(
                text, lambda _=False, p=position: self._answer(index, "choice", p)
            )
            grid.addWidget(button, position // 2, position % 2)
        self.body.addLayout(grid)
        self.body.addWidget(self._skip(index), alignment=Qt.AlignmentFlag.AlignRight)

    def _comment(self, _question: Question, index: int) -> None:
        field = named(QLineEdit(), "surveyComment")
        field.setMaxLength(1000)
        field.setPlaceholderText(self.say(QT_TRANSLATE_NOOP("SurveyPanel", "Type here (optional)")))
        field.textEdited.connect(lambda _t: self.timer.start())  # typing keeps it open
        row = QHBoxLayout()
        row.addWidget(field, 1)
        send = self._button(
            self.say(QT_TRANSLATE_NOOP("SurveyPanel", "Send")),
            lambda _=False: self._answer(index, "comment", field.text().strip()),
            "surveyPrimary",
        )
        row.addWidget(send)
        row.addWidget(self._skip(index))
        self.body.addLayout(row)
        if self.keyboard:
            field.show()  # a hidden widget cannot take the focus
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _skip(self, index: int) -> QPushButton:
        skip = self.say(QT_TRANSLATE_NOOP("SurveyPanel", "Skip"))
        return self._button(skip, lambda _=False: self._show(index + 1), "surveySkip")

    # --- the end --------------------------------------------------------------------------------
    def _give_up(self) -> None:
        self._finish()

    def _finish(self) -> None:
        self.timer.stop()
        _clear(self.body)
        given = self._answers
        answers = Answers(
            nps=given.get("nps"),  # type: ignore[arg-type]
            csat=given.get("csat"),  # type: ignore[arg-type]
            choice=given.get("choice"),  # type: ignore[arg-type]
            comment=str(given.get("comment") or ""),
        )
        sale_id = self.ask.sale_id  # type: ignore[union-attr]
        self.ask, self._answers = None, {}
        self.finished.emit(sale_id, None if answers.empty else answers)


class SurveyDialog(QDialog):
    """The survey on the cashier's screen, large, for a shop with one screen (F9). Enter does
    nothing here, so a scanner's Enter cannot answer for the customer."""

    def __init__(
        self, ask: SurveyAsk, language: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.answers: Answers | None = None
        self.panel = SurveyPanel(language, keyboard=True)
        self.setWindowTitle(self.panel.say(QT_TRANSLATE_NOOP("SurveyPanel", "Customer survey")))
        self.panel.finished.connect(self._done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(960, 560)
        self.panel.start(ask)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()  # the customer's keys come here, not to the till behind it

    def _done(self, _sale_id: int, answers: Answers | None) -> None:
        self.answers = answers
        self.accept()

    def reject(self) -> None:  # Esc: the customer declined; keep what was answered
        if self.panel.running:
            self.panel.withdraw()
        else:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
