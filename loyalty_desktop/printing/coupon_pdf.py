"""Printable coupons: an A4 sheet (8 per page, with cut marks) and a single coupon for an
80 mm receipt printer, in the chosen language. Each shows the shop, the offer, the last valid
day, the conditions, whose coupon it is (member-only coupons), the code in text, as a Code128
barcode and as a QR code. Printing takes data (``services.coupons.printable``), never a session."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from loyalty_desktop.core.display import long_date, mask_phone, money, percent_off, yuan
from loyalty_desktop.core.i18n import Translator, current_language
from loyalty_desktop.printing.fonts import register
from loyalty_desktop.services.coupons import PrintedCoupon, Terms, grouped
from loyalty_desktop.services.outputs import check_output

WIDTH, HEIGHT = 95 * mm, 62 * mm  # one coupon on the sheet
COLUMNS, ROWS = 2, 4
RECEIPT_WIDTH, RECEIPT_HEIGHT = 80 * mm, 66 * mm


def offer(terms: Terms, tr: Translator) -> str:
    """The coupon's headline: "满100减10元" / "Spend ¥100, save ¥10", "9折" / "10% off",
    "免费兑换咖啡" / "Free coffee", "赠送200积分" / "200 bonus points"."""
    off = yuan(terms.value)
    if terms.kind == "fixed" and terms.min_spend_cents:
        text = tr.translate("CouponPdf", "Spend ¥{spend}, save ¥{off}")
        return text.format(spend=yuan(terms.min_spend_cents), off=off)
    if terms.kind == "fixed":
        return tr.translate("CouponPdf", "¥{off} off").format(off=off)
    if terms.kind == "percent" and terms.cap_cents:
        cap = tr.translate("CouponPdf", " (up to ¥{cap} off)")
        return percent_off(terms.value, tr.language) + cap.format(cap=amount(terms.cap_cents))
    if terms.kind == "percent":
        return percent_off(terms.value, tr.language)
    if terms.kind == "free_item":
        return tr.translate("CouponPdf", "Free {item}").format(item=terms.item)
    return tr.translate("CouponPdf", "%n bonus point(s)", None, terms.value)


def conditions(coupon: PrintedCoupon, tr: Translator) -> str:
    """The small print: "限会员本人使用 · 不可与积分抵现同时使用 · 满100.00元可用"."""
    terms = coupon.terms
    parts = []
    if terms.member_bound:
        parts.append(tr.translate("CouponPdf", "For the member's own use only"))
    if not terms.combine_with_points:
        parts.append(tr.translate("CouponPdf", "Cannot be combined with paying by points"))
    if terms.kind == "percent" and terms.min_spend_cents:
        text = tr.translate("CouponPdf", "On a purchase of ¥{spend} or more")
        parts.append(text.format(spend=amount(terms.min_spend_cents)))
    return " · ".join(parts)


def amount(cents: int) -> str:
    """ "1,234.50": money after a "¥" or before a "元" of the text."""
    return money(cents, symbol=False)


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


def holder_line(coupon: PrintedCoupon, tr: Translator) -> str:
    """ "会员 张三 138••••8000" (the card when there is no phone); "" for a bearer coupon."""
    if not coupon.holder_name and not coupon.holder_card:
        return ""
    who = mask_phone(coupon.holder_phone) or coupon.holder_card
    text = tr.translate("CouponPdf", "Member {name} {contact}")
    return text.format(name=coupon.holder_name, contact=who).strip()


def _coupon(
    canvas: Canvas,
    coupon: PrintedCoupon,
    shop_name: str,
    x: float,
    y: float,
    width: float,
    height: float,
    tr: Translator,
) -> None:
    font = register()
    pad = 5 * mm
    top = y + height - pad
    until = tr.translate("CouponPdf", "Valid until {day}")
    lines = (
        (shop_name, 9, 3),
        (offer(coupon.terms, tr), 17, 11),
        (until.format(day=long_date(coupon.last_day, tr.language)), 9, 16),
        (conditions(coupon, tr), 7, 21),
        (holder_line(coupon, tr), 9, 27),
    )
    for text, size, down in lines:
        # Smaller rather than over the edge: a long item name, English on an 80 mm roll.
        fitted = min(size, size * (width - 2 * pad) / max(stringWidth(text, font, size), 1))
        canvas.setFont(font, fitted)
        canvas.drawString(x + pad, top - down * mm, text)
    canvas.setFont("Courier-Bold", 11)
    canvas.drawString(x + pad, y + pad + 14 * mm, grouped(coupon.code))
    _barcodes(canvas, coupon.code, x + pad - 2 * mm, y + pad, width - 2 * pad)


def _cut_marks(canvas: Canvas, x: float, y: float) -> None:
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    canvas.rect(x, y, WIDTH, HEIGHT)
    canvas.setDash()


def coupon_sheet(
    shop_name: str,
    coupons: Iterable[PrintedCoupon],
    path: str | Path,
    database: Path | None,
    *,
    language: str | None = None,
) -> int:
    """Coupons on A4, 8 to a page, with dashed cut lines, in ``language`` ("zh_CN" or "en";
    default the process's), never over ``database`` or its files. Returns the number of pages."""
    check_output(path, database)
    tr = Translator(language or current_language())
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(tr.translate("CouponPdf", "{shop} coupons").format(shop=shop_name))
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
        _coupon(canvas, coupon, shop_name, x, y, WIDTH, HEIGHT, tr)
        pages = slot // (COLUMNS * ROWS) + 1
    canvas.save()
    return pages


def coupon_receipt(
    shop_name: str,
    coupon: PrintedCoupon,
    path: str | Path,
    database: Path | None,
    *,
    language: str | None = None,
) -> None:
    """One coupon sized for an 80 mm receipt printer, in ``language`` (default the process's),
    never over ``database`` or its files."""
    check_output(path, database)
    canvas = Canvas(str(path), pagesize=(RECEIPT_WIDTH, RECEIPT_HEIGHT))
    tr = Translator(language or current_language())
    _coupon(canvas, coupon, shop_name, 0, 0, RECEIPT_WIDTH, RECEIPT_HEIGHT, tr)
    canvas.save()
