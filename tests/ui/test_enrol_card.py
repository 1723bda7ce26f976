"""The enrolment's welcome page at the counter: Enter closes it (it used to open the print
dialog), and "Print card…" / "Save card PDF…" give the new member's CR80 card — the shop, the
name, the number, and a barcode that decodes to the card."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import ClassVar

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from support import when_modal

from loyalty_desktop.services.rules import DEFAULT_SHOP_NAME
from loyalty_desktop.ui import dialogs, printing


class FakePrintDialog:
    """Qt's print dialog, answered "Print" without a printer; counts how often it opened."""

    opened: ClassVar[list[QPrinter]] = []

    def __init__(self, printer: QPrinter, _parent: object) -> None:
        self.printer = printer

    def exec(self) -> QDialog.DialogCode:
        FakePrintDialog.opened.append(self.printer)
        return QDialog.DialogCode.Accepted


def _on_enrolment(action) -> None:  # type: ignore[no-untyped-def]
    """``action`` on the enrolment dialog when F2 opens it; a failed step closes the dialog
    (the test then fails instead of waiting on a modal dialog for ever)."""

    def guarded(dialog) -> None:  # type: ignore[no-untyped-def]
        try:
            action(dialog)
        finally:
            dialog.close()

    when_modal(guarded)


def _enrol(qtbot, dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    """What the cashier does: type the name and phone, Enter saves."""
    qtbot.keyClicks(dialog.name, name, delay=20)
    qtbot.keyClicks(dialog.phone, "139 1234 5678", delay=20)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1  # the welcome page


def _prints(monkeypatch, tmp_path: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    FakePrintDialog.opened = []
    monkeypatch.setattr(dialogs, "QPrintDialog", FakePrintDialog)
    printed: list[Path] = []

    def print_pdf(_printer: QPrinter, path: Path) -> int:
        printed.append(Path(shutil.copy(path, tmp_path / f"printed-{len(printed)}.pdf")))
        return 1

    monkeypatch.setattr(printing, "print_pdf", print_pdf)  # imported when a card prints
    return printed


def test_enter_on_the_welcome_page_closes_it_and_prints_nothing(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    printed = _prints(monkeypatch, tmp_path)
    seen: dict[str, object] = {}

    def enrol_then_enter(dialog) -> None:
        _enrol(qtbot, dialog, "Li Lei")
        seen["card"] = dialog.card_text.text()
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        seen["result"] = dialog.result()

    _on_enrolment(enrol_then_enter)
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_F2)
    assert seen["result"] == QDialog.DialogCode.Accepted
    assert FakePrintDialog.opened == [] and printed == []
    assert window.till.member.card == seen["card"]  # enrolled, and at the till


def _decoded(pdf: Path, folder: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(folder / "page")], check=True)
    return [
        found.text
        for image in sorted(folder.glob("page-*.png"))
        for found in zxingcpp.read_barcodes(
            Image.open(image), formats=(zxingcpp.BarcodeFormat.Code128,)
        )
    ]


def test_print_card_prints_the_cr80_card_of_the_new_member(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    printed = _prints(monkeypatch, tmp_path)
    seen: dict[str, str] = {}

    def enrol_then_print(dialog) -> None:
        _enrol(qtbot, dialog, "Wang Fang")
        seen["card"] = dialog.card
        [button] = [b for b in dialog.findChildren(dialogs.QPushButton) if "Print" in b.text()]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # printing does not close the welcome page
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    _on_enrolment(enrol_then_print)
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_F2)
    [printer] = FakePrintDialog.opened
    paper = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
    assert (round(paper.width(), 1), round(paper.height(), 1)) == (85.6, 54.0)
    [pdf] = printed
    text = PdfReader(pdf).pages[0].extract_text()
    for words in (DEFAULT_SHOP_NAME, "Wang Fang", seen["card"], "Member card"):
        assert words in text, (words, text)
    assert _decoded(pdf, tmp_path) == [seen["card"]]


def test_save_card_pdf_writes_the_card_where_the_cashier_chose(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "PDF"))
    )
    seen: dict[str, str] = {}

    def enrol_then_save(dialog) -> None:
        _enrol(qtbot, dialog, "Han Mei")
        seen["card"] = dialog.card
        [button] = [b for b in dialog.findChildren(dialogs.QPushButton) if "Save card" in b.text()]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog.accept()

    _on_enrolment(enrol_then_save)
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_F2)
    assert "Han Mei" in PdfReader(target).pages[0].extract_text()
    assert _decoded(target, tmp_path) == [seen["card"]]
