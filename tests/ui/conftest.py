"""UI fixtures: the main window on a fresh shop, driven the way a cashier drives it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings
from support import screens

from loyalty_desktop.app import build_main_window
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.points import adjust
from loyalty_desktop.store.models import Role, Staff
from loyalty_desktop.ui.language import apply_language
from loyalty_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db) -> MainWindow:
    win = build_main_window(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def zhang(db, actor):
    """A member with 1,000 points, enrolled in 2020 (before any back-dated receipt)."""
    since = datetime(2020, 1, 1, tzinfo=UTC)
    with db.session() as s:
        member = enrol(
            s, actor, Enrolment(name="Zhang San", phone="13800138000", enrolled_at=since)
        )
        adjust(s, actor, member, 1000, "opening balance")
    return member


@pytest.fixture
def cashier_window(qtbot, db) -> MainWindow:
    """The main window signed in as a cashier (not the owner)."""
    with db.session() as s:
        cashier = Staff(
            name="小李", role=Role.CASHIER, origin_till="till-test", created_at=datetime.now(UTC)
        )
        s.add(cashier)
        s.flush()
        cashier_id = cashier.id
    win = build_main_window(db, cashier_id)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture(autouse=True)
def english_catalogue(qapp) -> None:
    """The English catalogue installed, as the app does for an English system ("1 coupon",
    not "1 coupon(s)"); a Chinese test switches and comes back to it."""
    apply_language("en")


@pytest.fixture(autouse=True)
def window_settings_in_tmp(tmp_path) -> None:
    """Each test's windows remember their place in its own folder, never the user's."""
    fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    QSettings.setPath(fmt, scope, str(tmp_path / "settings"))


@pytest.fixture
def two_screens(window):  # type: ignore[no-untyped-def]
    """The till on one screen and a second screen for the customer display (yielded)."""
    with screens(window) as second:
        window.restore_customer_display()  # as the app does once its window is up
        yield second
