"""Members → Print cards…: the chosen members' cards, or blank cards with new numbers, on an A4
sheet saved as a PDF (read back: names, and barcodes that decode to the cards) or printed."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from support import code128s, when_modal

from loyalty_desktop.services import cards
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.ui import printing
from loyalty_desktop.ui.card_sheets import CardSheetDialog

NAMES = ("Anna", "Bo", "Cai")


def _shop(db, actor) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return {name: enrol(s, actor, Enrolment(name=name)).card for name in NAMES}


def _choose_rows(qtbot, view, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Click the first row, Ctrl+click the others."""
    for n, row in enumerate(rows):
        rect = view.table.visualRect(view.model.index(row, 1))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _open(qtbot, view, act) -> None:  # type: ignore[no-untyped-def]
    """Print cards… and ``act`` on its dialog (closed after, so a failure cannot hang)."""
    seen: list[QDialog] = []

    def guarded(dialog: CardSheetDialog) -> None:
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            dialog.close()

    when_modal(guarded)
    qtbot.mouseClick(view.cards_button, Qt.MouseButton.LeftButton)
    assert seen and isinstance(seen[0], CardSheetDialog)


def _save_as(monkeypatch, target: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "PDF"))
    )


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_the_chosen_members_cards_saved_as_a_pdf(
    qtbot, window, db, actor, monkeypatch, tmp_path
) -> None:
    shop = _shop(db, actor)
    view = window.members
    window.show_page(view)
    view.model.reload()
    _choose_rows(qtbot, view, [0, 2])  # sorted by name: Anna and Cai
    pdf = tmp_path / "cards.pdf"
    _save_as(monkeypatch, pdf)

    def save(dialog: CardSheetDialog) -> None:
        assert dialog.members.isChecked() and dialog.members.text() == (
            "Cards of the 2 chosen members"
        )
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == f"2 cards saved to {pdf} (1 page)"

    _open(qtbot, view, save)
    text = _text(pdf)
    assert "Anna" in text and "Cai" in text and "Bo" not in text
    assert code128s(pdf, tmp_path) == sorted([shop["Anna"], shop["Cai"]])


def test_blank_cards_for_pre_printed_stock_saved_and_printed_alike(
    qtbot, window, db, actor, monkeypatch, tmp_path
) -> None:
    _shop(db, actor)
    view = window.members
    window.show_page(view)
    saved = tmp_path / "blank.pdf"
    _save_as(monkeypatch, saved)
    printed: list[Path] = []

    class FakePrintDialog:
        def __init__(self, _printer: QPrinter, _parent: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    def print_pdf(_printer: QPrinter, path: Path) -> int:
        printed.append(Path(shutil.copy(path, tmp_path / "printed.pdf")))
        return 1

    monkeypatch.setattr(printing, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(printing, "print_pdf", print_pdf)

    def blank_sheet(dialog: CardSheetDialog) -> None:
        assert dialog.blank.isChecked() and not dialog.members.isEnabled()  # no row chosen
        dialog.count.clear()
        qtbot.keyClicks(dialog.count, "12")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == f"12 cards saved to {saved} (2 pages)"
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == "Sent to the printer"

    _open(qtbot, view, blank_sheet)
    numbers = code128s(saved, tmp_path)
    assert len(numbers) == 12 and len(set(numbers)) == 12
    assert all(cards.looks_like_ours(n) and cards.check_digit_ok(n) for n in numbers)
    assert _text(saved).count("Name") == 12  # a line to write each name on
    assert code128s(printed[0], tmp_path) == numbers  # the same sheet, not new numbers
