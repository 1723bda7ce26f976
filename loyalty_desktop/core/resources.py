"""Finding bundled files, in a source checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file shipped with the package (migrations, fonts, icons, translations)."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    base = Path(bundle_root) / "loyalty_desktop" if bundle_root else Path(__file__).parent.parent
    return base.joinpath(*parts)
