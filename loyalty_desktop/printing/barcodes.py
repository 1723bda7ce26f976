"""Code128 barcodes for member cards, as PNG images sharp enough to print and scan."""

from __future__ import annotations

import io

from barcode import Code128
from barcode.writer import ImageWriter

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
