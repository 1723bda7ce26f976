"""The app's own icon, in the window's title bar and the task bar (rendered from
resources/icons/loyalty-desktop.svg by scripts/icons.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from loyalty_desktop.core.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int) -> Path:
    return resource_path("resources", "icons", f"loyalty-desktop-{size}.png")


def app_icon() -> QIcon:
    """Every size, so each place (title bar, task bar, Alt+Tab) picks a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(size)), QSize(size, size))
    return icon
