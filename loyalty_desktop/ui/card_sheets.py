"""Members → Print cards…: an A4 sheet of member cards (ten to a page, with cut marks) for the
members chosen in the list, or blank cards with new numbers for pre-printed stock — saved as
a PDF or sent to the printer. The same sheet as `loyalty member cards`."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.services.card_sheets import CardSheet
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.printing import print_with_dialog
from loyalty_desktop.ui.theme import named, set_tone

MOST_CARDS = 500  # fifty pages: a print run, not the whole member list by accident
BLANK_CARDS = 10  # one A4 sheet


class CardSheetDialog(QDialog):
    def __init__(self, ops: Operations, cards: list[str], parent: QWidget | None = None) -> None:
        """``cards``: the card numbers of the members chosen in the list (maybe none)."""
        super().__init__(parent)
        self.ops, self.cards = ops, cards
        self._sheet: tuple[tuple[tuple[str, ...], int], CardSheet] | None = None
        self.setWindowTitle(self.tr("Print member cards"))
        self.members = QRadioButton(self.tr("Cards of the %n chosen member(s)", "", len(cards)))
        self.blank = QRadioButton(self.tr("Blank cards with new numbers (pre-printed stock)"))
        self.count = QSpinBox(minimum=1, maximum=MOST_CARDS, value=BLANK_CARDS)
        self.count.setAccelerated(True)
        usable = 0 < len(cards) <= MOST_CARDS
        self.members.setEnabled(usable)
        if len(cards) > MOST_CARDS:
            self.members.setToolTip(self.tr("At most {0} cards at a time").format(MOST_CARDS))
        (self.members if usable else self.blank).setChecked(True)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"), default=True)
        self.close_button = QPushButton(self.tr("Close"), autoDefault=False)
        self.save_button.setAutoDefault(False)
        self.status = named(QLabel(wordWrap=True), "message")
        self._build()
        self.blank.toggled.connect(self.count.setEnabled)
        self.count.setEnabled(self.blank.isChecked())
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_sheet)
        self.close_button.clicked.connect(self.accept)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.members)
        form.addRow(self.blank)
        form.addRow(self.tr("How many blank cards"), self.count)
        note = QLabel(self.tr("Ten cards to an A4 page, with cut marks."), wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def sheet(self) -> CardSheet:
        """The cards chosen, read once per choice: a PDF saved and a sheet printed of the same
        blank cards carry the same numbers."""
        who, blank = (self.cards, 0) if self.members.isChecked() else ([], self.count.value())
        choice = (tuple(who), blank)
        if self._sheet is None or self._sheet[0] != choice:
            self._sheet = (choice, actions.cards_for_sheet(self.ops, who, blank))
        return self._sheet[1]

    def write_pdf(self, path: str | Path) -> int:
        """The sheet as a PDF; its number of pages, 0 (with the reason shown) if refused."""
        try:
            return actions.write_card_sheet(self.ops, self.sheet(), path)
        except (LoyaltyError, OSError) as error:  # e.g. the shop's own file, a full disk
            self._say(describe(error), "refused")
            return 0

    def save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save member cards"), "member-cards.pdf", "PDF (*.pdf)"
        )
        if path and (pages := self.write_pdf(path)):
            cards = len(self.sheet().cards)
            text = self.tr("%n card(s) saved to {path}", "", cards).format(path=path)
            self._say(text + " " + self.tr("(%n page(s))", "", pages), "ok")

    def print_sheet(self) -> None:
        """Through Qt's print dialog, as the reports and coupon sheets print."""
        path = Path(tempfile.mkdtemp(prefix="loyalty-print-")) / "member-cards.pdf"
        if self.write_pdf(path) and print_with_dialog(self, path):
            self._say(self.tr("Sent to the printer"), "ok")

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)
