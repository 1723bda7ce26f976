"""Printing a PDF we made (coupon sheets, reports) through Qt's print dialog: each page is
rendered by PDFium at the printer's resolution and painted onto the printer's page."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def print_pdf(printer: QPrinter, path: str | Path) -> int:
    """Paint every page of ``path`` on ``printer``; returns the number of pages."""
    document = pdfium.PdfDocument(str(path))
    pages = len(document)
    painter = QPainter(printer)
    try:
        for number in range(pages):
            if number:
                printer.newPage()
            page = document[number]
            area = painter.viewport()
            buffer = io.BytesIO()
            page.render(scale=area.width() / page.get_width()).to_pil().save(buffer, format="PNG")
            image = QImage.fromData(buffer.getvalue())
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), image)
    finally:
        painter.end()
        document.close()
    return pages


def print_with_dialog(parent: QWidget, path: str | Path) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    print_pdf(printer, path)
    return True
