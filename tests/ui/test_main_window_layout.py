"""The main window at a real counter's screen sizes: the navigation and the remembered place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support import scan

from loyalty_desktop.app import build_main_window
from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.ui.main_window import MainWindow
from loyalty_desktop.ui.theme import apply_theme


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


def test_a_new_window_opens_where_this_till_left_the_last(qtbot, db) -> None:
    first = build_main_window(db)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(10, 20, 1200, 650)  # (the offscreen screen is 800 px: width is clamped)
    qtbot.waitUntil(lambda: first.height() == 650)
    left = first.geometry()
    first.close()
    second = build_main_window(db)
    qtbot.addWidget(second)
    second.show_at_start()
    qtbot.waitExposed(second)
    # Qt pulls a restored window onto the 800 px offscreen screen; the rest is as left.
    assert second.height() == left.height() == 650
    assert second.width() < 1280  # not the first-run default size
    assert not second.isMaximized()
    second.showMaximized()
    qtbot.waitUntil(second.isMaximized)
    second.close()
    third = build_main_window(db)
    qtbot.addWidget(third)
    third.show_at_start()
    qtbot.waitUntil(third.isMaximized)


def test_the_first_time_on_a_small_screen_the_window_opens_maximised(qtbot, db) -> None:
    window = build_main_window(db)
    qtbot.addWidget(window)
    assert window.screen().availableGeometry().width() <= 1366  # the offscreen screen is small
    window.show_at_start()
    qtbot.waitUntil(window.isMaximized)


@pytest.fixture
def themed(qapp):  # type: ignore[no-untyped-def]
    """The app's own look (its 15 px font), as a counter shows it; put back afterwards."""
    style, font, sheet = qapp.style().name(), qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    yield
    qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


def test_every_page_fits_a_1024_wide_counter_screen(qtbot, themed, db, zhang) -> None:
    """The widest page (the till's two rows of keys) and the status bar within 1024 px, and a
    member's card on the till never widens it: their long lines wrap in the panel."""
    window = build_main_window(db)  # built in the theme's font
    qtbot.addWidget(window)
    window.show()
    _resize(qtbot, window, 1024, 768)
    empty = window.minimumSizeHint().width()
    assert empty <= 1024 and window.width() == 1024
    for days in (300, 200, 100, 1):  # a regular: "… · 4 visits · usually every ~100 days"
        with window.ops.db.session() as s:
            at = utcnow() - timedelta(days=days)
            record_sale(s, window.ops.actor, SaleRequest(2000, zhang.id, at=at))
    scan(qtbot, window.till.scan_field, zhang.card)
    assert "usually every ~100 days" in window.till.member_panel.visits.text()
    qtbot.wait(50)  # the layouts take in the new texts

    assert window.minimumSizeHint().width() == empty
