"""Finding bundled files, in a source checkout, an installed wheel or a PyInstaller bundle.

Everything the app reads at run time sits inside the package (``store/migrations``,
``resources/fonts``, ``resources/translations/*.qm``, ``resources/icons/*.png``): a wheel carries
it as package data (pyproject.toml) and installer/loyalty-desktop.spec copies it to the same
place under the bundle's folder, so one lookup serves all three. tests/integration/
test_shipping.py checks that every file asked for here is in the wheel and in the build.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file shipped with the package (migrations, fonts, icons, translations)."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    base = Path(bundle_root) / "loyalty_desktop" if bundle_root else Path(__file__).parent.parent
    return base.joinpath(*parts)
