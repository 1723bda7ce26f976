"""Code128 barcodes for member cards: PNG images sharp enough to show on screen, and vector
bars drawn straight onto a PDF page (crisp at any printer resolution)."""

from __future__ import annotations

import io

from barcode import Code128
from barcode.writer import ImageWriter
from reportlab.graphics.barcode import code128
from reportlab.pdfgen.canvas import Canvas

OPTIONS = {
    "module_width": 0.33,
    "module_height": 12.0,
    "quiet_zone": 4.0,
    "font_size": 9,
    "text_distance": 4.0,
    "dpi": 300,
}


def code128_png(code: str, *, with_text: bool = True) -> bytes:
    buffer = io.BytesIO()
    Code128(code, writer=ImageWriter(format="PNG")).write(
        buffer, {**OPTIONS, "write_text": with_text}
    )
    return buffer.getvalue()


def draw_code128(
    canvas: Canvas, code: str, x: float, y: float, *, bar_width: float, bar_height: float
) -> None:
    """Code128 of ``code`` whose first bar starts at ``x`` (the quiet zone lies left of it, so
    keep ~10 bar widths clear there)."""
    barcode = code128.Code128(code, barHeight=bar_height, barWidth=bar_width, quiet=True)
    barcode.drawOn(canvas, x - barcode.lquiet, y)
