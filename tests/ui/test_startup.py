"""What the app does before its window shows: only what the till needs is imported, and the
other pages are built when first shown."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

import loyalty_desktop
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.ui.main_window import PAGES

# Imported only when something is printed, a schema changes or a page needs them.
NOT_AT_START = (
    "reportlab",
    "pypdfium2",
    "barcode",
    "alembic",
    "keyring",
    "loyalty_desktop.printing",
    "loyalty_desktop.self_test",
    "loyalty_desktop.ui.members",
    "loyalty_desktop.ui.coupons",
    "loyalty_desktop.ui.surveys",
    "loyalty_desktop.ui.reports",
    "loyalty_desktop.ui.settings",
)
START = """
import json, sys
from loyalty_desktop.app import build_main_window, start_application
from loyalty_desktop.services.opening import open_shop
app = start_application()
window = build_main_window(open_shop(sys.argv[1], check_later=True))
window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""


def test_the_window_shows_without_printing_alembic_or_the_other_pages(tmp_path) -> None:
    url = sqlite_url(tmp_path / "shop.db")
    open_shop(url, till_id="t").dispose()  # made and migrated here: the child opens it at head
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    source = Path(loyalty_desktop.__file__).parents[1]  # this checkout's package, not another
    env["PYTHONPATH"] = os.pathsep.join([str(source), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", START, url], env=env, capture_output=True, text=True, check=True
    )
    modules = json.loads(done.stdout.splitlines()[-1])
    assert "loyalty_desktop.ui.till" in modules
    early = [m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_AT_START)]
    assert early == []


def test_only_the_till_is_built_with_the_window_the_others_when_first_shown(qtbot, window) -> None:
    assert [name for name, *_ in PAGES if window.built(name) is not None] == ["till"]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Members
    members = window.built("members")
    assert members is not None and window.pages.currentWidget() is members
    assert members.model.rowCount() == 0  # a working page: an empty shop's member list
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.built("members") is members  # built once
    assert window.built("reports") is None
    assert window.reports is window.built("reports") is not None  # asked for: built now


def test_a_page_not_built_yet_is_built_in_the_language_in_force(qtbot, window) -> None:
    from loyalty_desktop.ui.language import apply_language

    apply_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.windowTitle() != "loyalty-desktop", timeout=5_000)
        assert window.built("coupons") is None
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        coupons = window.built("coupons")
        assert coupons is not None and window.pages.currentWidget() is coupons
        assert any("\u4e00" <= ch <= "\u9fff" for ch in _texts(coupons))
    finally:
        apply_language("en")


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
    return "".join(w.text() for w in found)


def test_the_keyring_is_asked_for_only_when_the_database_tab_shows(
    qtbot, window, monkeypatch
) -> None:
    from loyalty_desktop.core import passwords
    from loyalty_desktop.ui.database import DatabaseTab

    asked: list[bool] = []
    monkeypatch.setattr(passwords, "available", lambda: asked.append(True) or True)
    settings = window.settings
    window.show_page(settings)
    assert asked == []  # Settings open on its first tab: no keyring yet
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    settings.tabs.setCurrentIndex(titles.index("Database"))
    tab = settings.tabs.currentWidget().findChild(DatabaseTab)
    qtbot.waitUntil(lambda: tab.keeping.text() != "")
    assert asked == [True] and "keyring" in tab.keeping.text()
