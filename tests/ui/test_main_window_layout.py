"""The main window at a real counter's screen sizes: the navigation and the remembered place."""

from __future__ import annotations

from loyalty_desktop.ui.main_window import MainWindow


def _resize(qtbot, window: MainWindow, width: int, height: int) -> None:
    # The till's own minimum width (its key bar) may still hold the window a little wider.
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.compact_nav == (width < 1280))


def test_at_1024_the_navigation_is_a_narrow_strip_of_icons(qtbot, window) -> None:
    _resize(qtbot, window, 1024, 768)
    assert window.nav.width() <= 64
    items = [window.nav.item(row) for row in range(window.nav.count())]
    assert all(not item.icon().isNull() and item.text() == "" for item in items)
    assert items[0].toolTip() == "Till"  # the name is still there, under the mouse
    qtbot.waitUntil(lambda: window.pages.width() >= window.width() - 64)


def test_at_1920_the_navigation_shows_its_names(qtbot, window) -> None:
    _resize(qtbot, window, 1024, 768)
    _resize(qtbot, window, 1920, 1080)
    texts = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert texts[:3] == ["Till", "Members", "Coupons"]
    assert window.nav.width() > 64
