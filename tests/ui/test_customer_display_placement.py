"""The customer display at a real counter: never over the till (one screen: no display; two:
the screen that is not the till's, or the one chosen in Settings), and the bill on it as the
cashier keys it, so the customer checks what they pay before the sale is confirmed.

Qt's offscreen platform has one screen; the till's window is put on a fake screen of its own
(support.screens), so the display has the real one to go to."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from support import (
    TILL_SCREEN,
    FakeScreen,
    one_screen,
    scan,
    screens,
    snapshot,
    type_by_hand,
    visible_text,
)

from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services import coupons
from loyalty_desktop.services.rules import Rules, Tier, Tiers, save_rules
from loyalty_desktop.services.settings import (
    display_screen,
    get_setting,
    set_display_screen,
    set_setting,
)
from loyalty_desktop.ui.customer_display import choose_screen

SIDE = FakeScreen("HDMI-2", QRect(1024, 0, 800, 480))
CTRL = Qt.KeyboardModifier.ControlModifier


def remembered_on(db) -> bool:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return bool(get_setting(s, f"till.{db.till_id}.customer_display", False))


def ctrl_d(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The cashier's key for the customer display, pressed at the till."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_D, CTRL)


# --- which screen -------------------------------------------------------------------------------


def test_one_screen_has_no_place_for_the_display() -> None:
    assert choose_screen([TILL_SCREEN], TILL_SCREEN, "automatic") is None
    assert choose_screen([TILL_SCREEN], TILL_SCREEN, "TILL-1") is None


@pytest.mark.parametrize("listed", [[TILL_SCREEN, SIDE], [SIDE, TILL_SCREEN]])
def test_automatic_is_the_screen_that_is_not_the_tills(listed) -> None:  # type: ignore[no-untyped-def]
    assert choose_screen(listed, TILL_SCREEN, "automatic") is SIDE


def test_a_chosen_screen_when_connected_else_automatic_and_never_the_tills() -> None:
    third = FakeScreen("DP-3", QRect(1824, 0, 1280, 1024))
    listed = [TILL_SCREEN, SIDE, third]
    assert choose_screen(listed, TILL_SCREEN, "DP-3") is third
    assert choose_screen(listed, TILL_SCREEN, "DP-9") is SIDE  # unplugged today
    assert choose_screen(listed, TILL_SCREEN, "TILL-1") is SIDE  # the till's own: never


def test_a_screen_setting_is_kept_per_till_and_a_bad_one_refused(db) -> None:
    with db.session() as s:
        assert display_screen(s, "till-a") == "automatic"
        set_display_screen(s, "till-a", "HDMI-2")
    before = snapshot(db)
    for bad in ("", "   ", "X" * 101):
        with pytest.raises(InvalidInput) as refused, db.session() as s:
            set_display_screen(s, "till-a", bad)
        assert refused.value.params["field"] == "screen"
    assert snapshot(db) == before
    with db.session() as s:
        assert display_screen(s, "till-a") == "HDMI-2"
        assert display_screen(s, "till-b") == "automatic"
        set_setting(s, "till.till-b.display_screen", 7)  # what some other version wrote
        assert display_screen(s, "till-b") == "automatic"


# --- one screen: never over the till ------------------------------------------------------------


def test_with_one_screen_ctrl_d_opens_nothing_over_the_till(qtbot, window, db) -> None:
    with one_screen(window):
        window.restore_customer_display()
        button = window.display_button
        assert not button.isEnabled()
        assert button.toolTip() == "The customer display needs a second screen"
        ctrl_d(qtbot, window)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    display = window.customer_display
    assert display is None or not display.isVisible()
    assert not button.isChecked()
    assert "needs a second screen" in window.statusBar().currentMessage()
    assert window.till.scan_field.hasFocus()
    assert not remembered_on(db)


def test_a_display_left_on_waits_for_its_screen(qtbot, window, db) -> None:
    """On yesterday with two screens; today one: the till stays clear and the setting kept.
    The second screen plugged in brings the display back; unplugged, it goes."""
    with db.session() as s:
        set_setting(s, f"till.{db.till_id}.customer_display", True)
    app = QGuiApplication.instance()
    with one_screen(window) as real:
        window.restore_customer_display()
        assert window.customer_display is None and not window.display_button.isChecked()
        assert remembered_on(db)
    with screens(window):
        app.screenAdded.emit(real)
        qtbot.waitUntil(lambda: window.customer_display is not None)
        display = window.customer_display
        assert display.isVisible() and display.screen() is real
        assert window.display_button.isChecked()
    with one_screen(window):
        app.screenRemoved.emit(real)
        qtbot.waitUntil(lambda: not display.isVisible())
        assert not window.display_button.isEnabled()
    assert remembered_on(db)


# --- two screens: the one that is not the till's -----------------------------------------------


def test_the_display_goes_full_screen_where_the_till_is_not(qtbot, window, db) -> None:
    """The till on the second screen of Qt's list: the display takes the first."""
    real = QGuiApplication.primaryScreen()
    with screens(window, [real, TILL_SCREEN]):
        window.restore_customer_display()
        ctrl_d(qtbot, window)
    display = window.customer_display
    assert display is not None and display.isVisible()
    assert display.screen() is real
    assert display.isFullScreen()
    assert display.geometry() == real.geometry()
    assert window.till.scan_field.hasFocus()  # the scanner still types into the till
    assert remembered_on(db)


def test_the_owner_chooses_the_screen_in_settings(qtbot, window, db) -> None:
    real = QGuiApplication.primaryScreen()
    with screens(window, [TILL_SCREEN, SIDE, real]):
        window.restore_customer_display()
        settings = window.settings
        window.show_page(settings)
        tabs = settings.tabs.tabBar()
        this_till = next(i for i in range(tabs.count()) if tabs.tabText(i) == "This till")
        qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(this_till).center())
        combo = settings.display_screen
        assert combo.isVisible()
        items = [combo.itemText(i) for i in range(combo.count())]
        assert items[:3] == [
            "Automatic: a screen that is not the till's",
            "TILL-1 (1024×768)",
            "HDMI-2 (800×480)",
        ]
        assert items[3] == "SCREEN-0 (800×800)"
        combo.setFocus()
        for _ in range(3):  # the owner arrows down to it
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentData() == "SCREEN-0"
        window.show_page(window.till)
        ctrl_d(qtbot, window)  # automatic would be HDMI-2
        assert window.customer_display.screen() is real
    with db.session(readonly=True) as s:
        assert display_screen(s, db.till_id) == "SCREEN-0"


def test_a_chosen_screen_that_is_unplugged_falls_back_to_automatic(qtbot, window, db) -> None:
    with db.session() as s:
        set_display_screen(s, db.till_id, "DP-9")
    with screens(window) as real:
        window.restore_customer_display()
        window.show_page(window.settings)
        assert window.settings.display_screen.currentText() == "DP-9 (not connected)"
        window.show_page(window.till)
        ctrl_d(qtbot, window)
    assert window.customer_display.screen() is real


# --- the bill, before the sale is confirmed ------------------------------------------------------


def issue_coupon(db, actor, member_id: int) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        template = coupons.add_template(
            s, actor, "满50减10", coupons.parse_terms({"kind": "fixed", "value": 1000})
        )
        [coupon] = coupons.issue(s, actor, template.id, member_ids=[member_id]).coupons
    return coupon.code


@pytest.fixture
def display(qtbot, window, two_screens):  # type: ignore[no-untyped-def]
    """The customer display on, beside the till."""
    ctrl_d(qtbot, window)
    assert window.customer_display is not None and window.customer_display.isVisible()
    return window.customer_display


def test_the_customer_sees_the_bill_as_it_is_keyed(qtbot, window, display, db, actor, zhang):  # type: ignore[no-untyped-def]
    with db.session() as s:  # members get 10% off
        save_rules(
            s, actor, Rules(tiers=Tiers(levels=[Tier(name="Member", threshold=0, discount_pct=10)]))
        )
    code = issue_coupon(db, actor, zhang.id)
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    assert "Hello, Zhang San" in visible_text(display)
    type_by_hand(qtbot, till.sale_panel.amount, "120")
    shown = visible_text(display)
    assert "To pay ¥108.00" in shown
    assert "Amount\n¥120.00" in shown and "Member discount\n-¥12.00" in shown
    assert "Points earned\n+108" in shown and "Zhang San" in shown
    scan(qtbot, till.sale_panel.amount, coupons.grouped(code))  # scanned into the amount
    shown = visible_text(display)
    assert "Coupon\n-¥10.00" in shown and "To pay ¥98.00" in shown
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_F4)
    type_by_hand(qtbot, till.sale_panel.redeem, "500")
    shown = visible_text(display)
    assert "500 points redeemed\n-¥5.00" in shown and "To pay ¥93.00" in shown
    assert till.pay_panel.labels["pay"].text() == "¥93.00"  # what the cashier sees
    qtbot.keyClick(till.sale_panel.redeem, Qt.Key.Key_Return)
    shown = visible_text(display)
    assert "Thank you!" in shown and "Paid ¥93.00" in shown and "To pay" not in shown


def test_esc_takes_the_bill_off_the_display(qtbot, window, display, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "50")
    assert "To pay ¥50.00" in visible_text(display)
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Escape)
    shown = visible_text(display)
    assert "Welcome" in shown and "To pay" not in shown and "Zhang San" not in shown


def test_deleting_the_amount_takes_the_bill_off(qtbot, window, display, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "5")
    assert "To pay ¥5.00" in visible_text(display)
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Backspace)
    shown = visible_text(display)
    assert "To pay" not in shown and "Hello, Zhang San" in shown


def test_a_walk_in_sees_the_amount_too(qtbot, window, display) -> None:
    till = window.till
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F6)
    type_by_hand(qtbot, till.sale_panel.amount, "25")
    shown = visible_text(display)
    assert "To pay ¥25.00" in shown and "Amount\n¥25.00" in shown
    assert "Points" not in shown  # a walk-in earns none


def test_a_display_switched_on_mid_sale_shows_the_bill_so_far(qtbot, window, two_screens, zhang):  # type: ignore[no-untyped-def]
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "30")
    ctrl_d(qtbot, window)
    assert "To pay ¥30.00" in visible_text(window.customer_display)
    QApplication.processEvents()


# --- with Qt's own two screens -------------------------------------------------------------------

TWO_SCREENS = {
    "screens": [
        {"name": name, "x": x, "y": 0, "width": w, "height": h, "logicalDpi": 96, "dpr": 1}
        for name, x, w, h in (("TILL-1", 0, 1024, 768), ("HDMI-2", 1024, 800, 480))
    ]
}
PLACE_TWICE = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from loyalty_desktop.app import build_main_window
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.staff import ensure_owner

app = QApplication([])
db = open_shop(sqlite_url(sys.argv[1]), till_id="till-test")
with db.session() as s:
    ensure_owner(s, db.till_id)
for till_screen in QGuiApplication.screens():
    window = build_main_window(db)
    window.setScreen(till_screen)
    window.move(till_screen.geometry().topLeft())
    window.show()
    window.restore_customer_display()
    window.display_button.click()
    app.processEvents()
    display = window.customer_display
    print(window.screen().name(), display.screen().name(), display.isFullScreen())
    other = display.screen()  # the cashier drags the till's window over there
    window.setScreen(other)
    window.move(other.geometry().topLeft())
    for _ in range(3):
        app.processEvents()
    print(window.screen().name(), display.screen().name(), display.isFullScreen())
    window.display_button.click()
    window.close()
"""


def test_with_qt_s_own_two_screens_the_display_takes_the_other(tmp_path) -> None:
    """The offscreen platform given two screens: the till on either, the display on the other,
    and when the till's window is moved to the display's screen, the display moves off it."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "XDG_CONFIG_HOME": str(tmp_path),  # where the windows remember their place
    }
    run = subprocess.run(
        [sys.executable, "-c", PLACE_TWICE, str(tmp_path / "shop.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = [line.split() for line in run.stdout.splitlines()]  # till's, display's, full screen
    assert len(lines) == 4 and all(full == "True" for *_, full in lines)
    placed, moved = lines[0::2], lines[1::2]
    assert sorted(till for till, _, _ in placed) == ["HDMI-2", "TILL-1"]  # the till on each
    for (till, shown, _), (till_after, shown_after, _) in zip(placed, moved, strict=True):
        assert shown != till  # never on the till's screen
        assert (till_after, shown_after) == (shown, till)  # the till moved over: it moved off
