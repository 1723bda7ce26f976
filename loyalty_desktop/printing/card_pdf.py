"""Printable member cards: one CR80 card (85.6 × 54 mm, the size of a bank card) for a card
printer or card stock, and an A4 sheet of ten with cut marks — for members already enrolled, or
pre-printed stock whose name line is left blank to be written by hand. Each card shows the shop,
the member's name, the card number as text and as a Code128 the till's scanner reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from loyalty_desktop.core.i18n import Translator, current_language
from loyalty_desktop.printing.barcodes import draw_code128
from loyalty_desktop.printing.fonts import register
from loyalty_desktop.services.outputs import check_output

CARD_MM = (85.6, 54.0)  # ISO/IEC 7810 ID-1 ("CR80"), the size of a bank card
WIDTH, HEIGHT = CARD_MM[0] * mm, CARD_MM[1] * mm
COLUMNS, ROWS = 2, 5  # ten cards on A4
PAD = 5 * mm
BAR = 0.38 * mm  # one module: wide enough for a cheap CCD scanner at the counter
MARK = 5 * mm  # the length of a cut mark in the page margin
GREY = Color(0.4, 0.4, 0.4)


@dataclass(frozen=True)
class PrintedCard:
    card: str
    name: str = ""  # blank on pre-printed stock: a line to write the name on


def _fitted(text: str, font: str, size: float, width: float) -> float:
    """The font size at which ``text`` fits ``width``: smaller rather than over the edge."""
    return min(size, size * width / max(stringWidth(text, font, size), 1))


def _card(
    canvas: Canvas, card: PrintedCard, shop_name: str, x: float, y: float, tr: Translator
) -> None:
    font = register()
    inner = WIDTH - 2 * PAD
    top = y + HEIGHT - PAD
    canvas.setFillColor(black)
    canvas.setFont(font, _fitted(shop_name, font, 14, inner))
    canvas.drawString(x + PAD, top - 5 * mm, shop_name)
    canvas.setFillColor(GREY)
    canvas.setFont(font, 8)
    canvas.drawString(x + PAD, top - 10 * mm, tr.translate("CardPdf", "Member card"))
    canvas.setFillColor(black)
    if card.name:
        canvas.setFont(font, _fitted(card.name, font, 12, inner))
        canvas.drawString(x + PAD, top - 17.5 * mm, card.name)
    else:
        label = tr.translate("CardPdf", "Name")
        canvas.setFont(font, 9)
        canvas.drawString(x + PAD, top - 17.5 * mm, label)
        start = x + PAD + stringWidth(label, font, 9) + 2 * mm
        canvas.setLineWidth(0.4)
        canvas.line(start, top - 18 * mm, x + WIDTH - PAD, top - 18 * mm)
    draw_code128(canvas, card.card, x + PAD, y + PAD + 5 * mm, bar_width=BAR, bar_height=10 * mm)
    canvas.setFont("Courier-Bold", 11)
    canvas.drawString(x + PAD, y + PAD, card.card)


def member_card(
    shop_name: str,
    card: PrintedCard,
    path: str | Path,
    database: Path | None,
    *,
    language: str | None = None,
) -> None:
    """One card on a CR80 page (a card printer, or card stock in an office printer), in
    ``language`` (default the process's), never over ``database`` or its files."""
    check_output(path, database)
    tr = Translator(language or current_language())
    canvas = Canvas(str(path), pagesize=(WIDTH, HEIGHT))
    canvas.setTitle(tr.translate("CardPdf", "{shop} member card").format(shop=shop_name))
    _card(canvas, card, shop_name, 0, 0, tr)
    canvas.save()


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    """Marks in the margin at every cut line (a guillotine or a ruler lines up on them), and
    a faint outline of each card for scissors."""
    right, top = left + COLUMNS * WIDTH, bottom + ROWS * HEIGHT
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.3)
    for column in range(COLUMNS + 1):
        x = left + column * WIDTH
        canvas.line(x, top + 1 * mm, x, top + 1 * mm + MARK)
        canvas.line(x, bottom - 1 * mm, x, bottom - 1 * mm - MARK)
    for row in range(ROWS + 1):
        y = bottom + row * HEIGHT
        canvas.line(left - 1 * mm, y, left - 1 * mm - MARK, y)
        canvas.line(right + 1 * mm, y, right + 1 * mm + MARK, y)
    canvas.setStrokeColor(Color(0.8, 0.8, 0.8))
    canvas.setDash(1, 2)
    for column in range(COLUMNS + 1):
        canvas.line(left + column * WIDTH, bottom, left + column * WIDTH, top)
    for row in range(ROWS + 1):
        canvas.line(left, bottom + row * HEIGHT, right, bottom + row * HEIGHT)
    canvas.setDash()
    canvas.setStrokeColor(black)


def card_sheet(
    shop_name: str,
    cards: Iterable[PrintedCard],
    path: str | Path,
    database: Path | None,
    *,
    language: str | None = None,
) -> int:
    """Cards on A4, ten to a page with cut marks, in ``language`` (default the process's),
    never over ``database`` or its files. Returns the number of pages."""
    check_output(path, database)
    tr = Translator(language or current_language())
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(tr.translate("CardPdf", "{shop} member cards").format(shop=shop_name))
    left = (A4[0] - COLUMNS * WIDTH) / 2
    bottom = (A4[1] - ROWS * HEIGHT) / 2
    per_page = COLUMNS * ROWS
    pages = 0
    for slot, card in enumerate(cards):
        position = slot % per_page
        if position == 0:
            if slot:
                canvas.showPage()
            _cut_marks(canvas, left, bottom)
            pages += 1
        column, row = position % COLUMNS, position // COLUMNS
        _card(
            canvas, card, shop_name, left + column * WIDTH, bottom + (ROWS - 1 - row) * HEIGHT, tr
        )
    canvas.save()
    return pages
