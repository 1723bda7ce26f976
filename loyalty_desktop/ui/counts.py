"""A spin box that names what it counts in words that follow the number ("1 day", "30 days",
"30 天"): a fixed suffix cannot, since English plurals change with the count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget


class CountSpin(QSpinBox):
    """``words(n)`` is the whole text shown for ``n``, e.g. ``lambda n: self.tr("%n day(s)",
    "", n)`` in the caller, so the wording stays in the caller's translation context."""

    def __init__(
        self,
        words: Callable[[int], str],
        minimum: int,
        maximum: int,
        value: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._words = words
        self.setRange(minimum, maximum)
        self.setValue(minimum if value is None else value)

    def textFromValue(self, value: int) -> str:
        return self._words(value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(c for c in text if c.isdigit())
        return int(digits) if digits else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Typing: any text whose digits make a number in range (the words come back on
        leaving the box); the special value text as it is."""
        if text == self.specialValueText() and text:
            return QValidator.State.Acceptable, text, pos
        digits = "".join(c for c in text if c.isdigit())
        if not digits:
            return QValidator.State.Intermediate, text, pos
        state = (
            QValidator.State.Acceptable
            if self.minimum() <= int(digits) <= self.maximum()
            else QValidator.State.Intermediate
        )
        return state, text, pos
