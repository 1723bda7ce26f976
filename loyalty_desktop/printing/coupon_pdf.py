"""Printable coupons: an A4 sheet (8 per page, with cut marks) and a single coupon for an
80 mm receipt printer. Each shows the shop, the offer in Chinese and English, the terms, the
last valid day, whose coupon it is (member-only coupons), the code in text, as a Code128
barcode and as a QR code. Printing takes data (``services.coupons.printable``), never a session."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from loyalty_desktop.core.display import mask_phone
from loyalty_desktop.core.money import format_cents
from loyalty_desktop.printing.fonts import register
from loyalty_desktop.services.coupons import PrintedCoupon, Terms, grouped
from loyalty_desktop.services.outputs import check_output

WIDTH, HEIGHT = 95 * mm, 62 * mm  # one coupon on the sheet
COLUMNS, ROWS = 2, 4
RECEIPT_WIDTH, RECEIPT_HEIGHT = 80 * mm, 66 * mm


def offer_zh(terms: Terms) -> str:
    """满100减10 · 9折 · 免费兑换咖啡 · 赠送200积分"""
    if terms.kind == "fixed":
        off = f"减{format_cents(terms.value).removesuffix('.00')}元"
        if terms.min_spend_cents:
            return f"满{format_cents(terms.min_spend_cents).removesuffix('.00')}{off}"
        return f"立{off}"
    if terms.kind == "percent":
        text = f"{(100 - terms.value) / 10:g}折"
        return text + (f"（最多减{format_cents(terms.cap_cents)}元）" if terms.cap_cents else "")
    if terms.kind == "free_item":
        return f"免费兑换{terms.item}"
    return f"赠送{terms.value}积分"


def terms_zh(coupon: PrintedCoupon) -> str:
    terms = coupon.terms
    parts = [f"有效期至 {coupon.last_day:%Y-%m-%d}"]
    if terms.member_bound:
        parts.append("限会员本人使用")
    if not terms.combine_with_points:
        parts.append("不可与积分抵现同时使用")
    if terms.kind == "percent" and terms.min_spend_cents:
        parts.append(f"满{format_cents(terms.min_spend_cents)}元可用")
    return " · ".join(parts)


def _barcodes(canvas: Canvas, code: str, x: float, y: float, width: float) -> None:
    """Code128 on the left, QR on the right, both of the bare code (what the till expects);
    the bars get narrower on an 80 mm roll so the two never overlap."""
    narrow = width < 75 * mm
    barcode = code128.Code128(
        code, barHeight=12 * mm, barWidth=(0.24 if narrow else 0.28) * mm, quiet=True
    )
    barcode.drawOn(canvas, x, y)
    size = (17 if narrow else 20) * mm
    widget = qr.QrCodeWidget(code, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x + width - size, y - 4 * mm)


def holder_line(coupon: PrintedCoupon) -> str:
    """ "会员 张三 138••••8000" (the card when there is no phone); "" for a bearer coupon."""
    if not coupon.holder_name and not coupon.holder_card:
        return ""
    who = mask_phone(coupon.holder_phone) or coupon.holder_card
    return f"会员 {coupon.holder_name} {who}".strip()


def _coupon(
    canvas: Canvas,
    coupon: PrintedCoupon,
    shop_name: str,
    x: float,
    y: float,
    width: float,
    height: float,
) -> None:
    font = register()
    terms = coupon.terms
    pad = 5 * mm
    top = y + height - pad
    canvas.setFont(font, 9)
    canvas.drawString(x + pad, top - 3 * mm, shop_name)
    canvas.setFont(font, 17)
    canvas.drawString(x + pad, top - 11 * mm, offer_zh(terms))
    canvas.setFont(font, 9)
    canvas.drawString(x + pad, top - 16 * mm, terms.describe())
    canvas.setFont(font, 7)
    canvas.drawString(x + pad, top - 21 * mm, terms_zh(coupon))
    canvas.setFont(font, 9)
    canvas.drawString(x + pad, top - 27 * mm, holder_line(coupon))
    canvas.setFont("Courier-Bold", 11)
    canvas.drawString(x + pad, y + pad + 14 * mm, grouped(coupon.code))
    _barcodes(canvas, coupon.code, x + pad - 2 * mm, y + pad, width - 2 * pad)


def _cut_marks(canvas: Canvas, x: float, y: float) -> None:
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    canvas.rect(x, y, WIDTH, HEIGHT)
    canvas.setDash()


def coupon_sheet(
    shop_name: str, coupons: Iterable[PrintedCoupon], path: str | Path, database: Path | None
) -> int:
    """Coupons on A4, 8 to a page, with dashed cut lines, never over ``database`` or its
    files. Returns the number of pages."""
    check_output(path, database)
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(f"{shop_name} coupons")
    margin_x = (A4[0] - COLUMNS * WIDTH) / 2
    margin_y = (A4[1] - ROWS * HEIGHT) / 2
    pages, slot = 0, 0
    for slot, coupon in enumerate(coupons):
        position = slot % (COLUMNS * ROWS)
        if position == 0 and slot:
            canvas.showPage()
        column, row = position % COLUMNS, position // COLUMNS
        x = margin_x + column * WIDTH
        y = A4[1] - margin_y - (row + 1) * HEIGHT
        _cut_marks(canvas, x, y)
        _coupon(canvas, coupon, shop_name, x, y, WIDTH, HEIGHT)
        pages = slot // (COLUMNS * ROWS) + 1
    canvas.save()
    return pages


def coupon_receipt(
    shop_name: str, coupon: PrintedCoupon, path: str | Path, database: Path | None
) -> None:
    """One coupon sized for an 80 mm receipt printer, never over ``database`` or its files."""
    check_output(path, database)
    canvas = Canvas(str(path), pagesize=(RECEIPT_WIDTH, RECEIPT_HEIGHT))
    _coupon(canvas, coupon, shop_name, 0, 0, RECEIPT_WIDTH, RECEIPT_HEIGHT)
    canvas.save()
