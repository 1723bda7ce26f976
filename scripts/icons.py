"""Render the app icon from its one drawing, resources/icons/loyalty-desktop.svg:

- the PNG sizes the app sets as its window and task-bar icon (read at run time, so they live in
  the package: loyalty_desktop/resources/icons/), also used by the Linux desktop entry;
- the Windows .ico (Inno Setup, PyInstaller's exe) and the macOS .icns, in resources/icons/.

    python scripts/icons.py     # after changing the drawing; the results are kept in git
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from loyalty_desktop.ui.icons import ICON_SIZES, icon_file

ROOT = Path(__file__).resolve().parent.parent
DRAWING = ROOT / "resources" / "icons" / "loyalty-desktop.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The drawing at ``size`` pixels square, antialiased, as a Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(data.data())).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(DRAWING))
    if not renderer.isValid():
        print(f"cannot read {DRAWING}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in ICON_SIZES}
    for size, image in images.items():
        icon_file(size).parent.mkdir(parents=True, exist_ok=True)
        image.save(icon_file(size), optimize=True)
    images[256].save(
        DRAWING.with_suffix(".ico"), sizes=[(s, s) for s in ICO_SIZES], bitmap_format="png"
    )
    images[512].save(DRAWING.with_suffix(".icns"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
