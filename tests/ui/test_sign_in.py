"""Signing in the way staff do it, with keys: the owner's set-up on a new shop, the sign-in
screen, Ctrl+L to switch cashier at the till, wrong PINs, and the till locking itself when idle."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel
from support import nav_item, snapshot, type_by_hand, when_modal

from loyalty_desktop.app import build_main_window
from loyalty_desktop.services import auth
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.settings import set_till_auto_lock
from loyalty_desktop.ui import sign_in
from loyalty_desktop.ui.main_window import MainWindow
from loyalty_desktop.ui.sign_in import SetUpOwnerDialog, SignInDialog, first_sign_in

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return
OWNER_PIN, CASHIER_PIN = "2468", "1357"


def _status(window: MainWindow) -> str:
    return " ".join(label.text() for label in window.statusBar().findChildren(QLabel))


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, ENTER)


@pytest.fixture
def staff(db) -> dict[str, int]:
    """A shop whose owner (Wang Fang) has set up, with a cashier (Li Lei)."""
    with db.session() as s:
        owner = auth.set_up_owner(s, db.till_id, "Wang Fang", OWNER_PIN)
    with db.session() as s:
        actor = Actor(owner.id, db.till_id)
        cashier = auth.add_staff(s, actor, "Li Lei", "cashier", CASHIER_PIN)
    return {"owner": owner.id, "cashier": cashier.id}


@pytest.fixture
def till(qtbot, db, staff) -> MainWindow:
    """The till, signed in as the owner, showing."""
    window = build_main_window(db, staff["owner"])
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # keys reach the window's shortcuts (Ctrl+9, Ctrl+L)
        window.show()
        window.activateWindow()
    return window


def _lock(qtbot, window: MainWindow) -> SignInDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_L, CTRL)
    dialog = window.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


# --- the first start ------------------------------------------------------------------------------
def test_a_new_shop_first_sets_up_the_owner_who_is_then_signed_in(qtbot, db) -> None:
    seen: list[object] = []  # asserted after the dialog: a failure inside it would hang

    def set_up(dialog: SetUpOwnerDialog) -> None:
        seen.append(type(dialog))
        _type(qtbot, dialog.name, "Wang Fang")
        _type(qtbot, dialog.pin, OWNER_PIN)
        _type(qtbot, dialog.again, OWNER_PIN)
        QTimer.singleShot(0, dialog.close)  # only if it is still open: the test then fails

    when_modal(set_up)
    owner = first_sign_in(db)
    assert seen == [SetUpOwnerDialog]
    assert owner is not None and (owner.name, owner.role) == ("Wang Fang", "owner")
    window = build_main_window(db, owner.id)
    qtbot.addWidget(window)
    assert "Signed in: Wang Fang (owner)" in _status(window)
    auth.sign_in(db, owner.id, OWNER_PIN)  # the PIN works from now on


def test_two_different_pins_are_refused_beside_the_field_and_nothing_is_written(qtbot, db) -> None:
    dialog = SetUpOwnerDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot(db)
    _type(qtbot, dialog.name, "Wang Fang")
    _type(qtbot, dialog.pin, OWNER_PIN)
    _type(qtbot, dialog.again, "2469")
    assert dialog.isVisible()
    assert "differ" in dialog.messages.notes["again"].text()
    assert snapshot(db) == before
    dialog.pin.clear()  # too short a PIN, typed twice alike: the service refuses it
    _type(qtbot, dialog.pin, "12")
    _type(qtbot, dialog.again, "12")
    assert "at least 4 characters" in dialog.messages.notes["pin"].text()
    assert snapshot(db) == before
    dialog.pin.clear()
    _type(qtbot, dialog.pin, OWNER_PIN)
    _type(qtbot, dialog.again, OWNER_PIN)
    assert dialog.result() == SetUpOwnerDialog.DialogCode.Accepted
    assert dialog.staff is not None and dialog.staff.name == "Wang Fang"


def test_the_sign_in_screen_takes_arrows_then_the_pin(qtbot, db, staff) -> None:
    seen: list[object] = []  # asserted after the dialog: a failure inside it would hang

    def choose_cashier(dialog: SignInDialog) -> None:
        seen.append(dialog.chosen_id())  # owners first
        qtbot.keyClick(dialog.names, Qt.Key.Key_Down)
        qtbot.keyClicks(dialog.names, CASHIER_PIN)  # the first digit goes on to the PIN
        seen.append(dialog.pin.text())
        qtbot.keyClick(dialog.pin, ENTER)
        QTimer.singleShot(0, dialog.close)  # only if it is still open: the test then fails

    when_modal(choose_cashier)
    cashier = first_sign_in(db)
    assert seen == [staff["owner"], CASHIER_PIN]
    assert cashier is not None and (cashier.id, cashier.role) == (staff["cashier"], "cashier")


def test_leaving_the_sign_in_screen_opens_nothing(qtbot, db, staff) -> None:
    when_modal(lambda dialog: qtbot.keyClick(dialog.names, Qt.Key.Key_Escape))
    assert first_sign_in(db) is None


# --- switching cashier at the till -------------------------------------------------------------
def test_ctrl_l_and_the_cashier_signs_in_the_window_becomes_theirs(qtbot, till, staff) -> None:
    assert till.settings is not None
    dialog = _lock(qtbot, till)
    assert not till.pages.isVisible()  # nothing of the till shows while it is locked
    qtbot.keyClick(dialog.names, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.names, ENTER)
    _type(qtbot, dialog.pin, CASHIER_PIN)
    assert till.sign_in_dialog is None and till.pages.isVisible()
    assert "Signed in: Li Lei (cashier)" in _status(till)
    assert till.ops.actor.staff_id == staff["cashier"] and till.ops.role == "cashier"
    till.ops.wait_idle()
    qtbot.waitUntil(lambda: till.settings is None)
    assert nav_item(till, "Settings").flags() == Qt.ItemFlag.NoItemFlags
    assert till.members.detail.coupon_button.isHidden()  # issuing coupons: not a cashier's
    qtbot.keyClick(till.till.scan_field, Qt.Key.Key_9, CTRL)  # Settings: not for a cashier
    assert till.pages.currentWidget() is till.till


def test_the_owner_signing_in_again_gets_the_owner_pages_back(qtbot, till, staff) -> None:
    dialog = _lock(qtbot, till)
    qtbot.keyClick(dialog.names, Qt.Key.Key_Down)
    _type(qtbot, dialog.pin, CASHIER_PIN)
    qtbot.waitUntil(lambda: till.settings is None)
    dialog = _lock(qtbot, till)
    assert dialog.chosen_id() == staff["cashier"]  # the one signed in is chosen already
    qtbot.keyClick(dialog.names, Qt.Key.Key_Up)
    _type(qtbot, dialog.pin, OWNER_PIN)
    qtbot.waitUntil(lambda: till.settings is not None)
    assert "Signed in: Wang Fang (owner)" in _status(till)
    qtbot.keyClick(till.till.scan_field, Qt.Key.Key_9, CTRL)
    assert till.pages.currentWidget() is till.settings


def test_the_same_person_signing_in_just_unlocks(qtbot, till) -> None:
    members = till.members
    dialog = _lock(qtbot, till)
    _type(qtbot, dialog.pin, OWNER_PIN)  # the owner was chosen already
    assert till.sign_in_dialog is None and till.pages.isVisible()
    assert till.members is members  # nothing was built afresh


def test_a_sale_being_keyed_stays_on_the_till_across_a_switch(qtbot, till) -> None:
    till.till.walk_in()
    type_by_hand(qtbot, till.till.sale_panel.amount, "25")
    assert till.till.sale_panel.amount.text() == "25"
    dialog = _lock(qtbot, till)
    qtbot.keyClick(dialog.names, Qt.Key.Key_Down)
    _type(qtbot, dialog.pin, CASHIER_PIN)
    assert till.till.sale_panel.amount.text() == "25"


def test_a_wrong_pin_is_said_beside_the_field_and_the_till_stays_locked(qtbot, till, staff) -> None:
    dialog = _lock(qtbot, till)
    qtbot.keyClick(dialog.names, Qt.Key.Key_Down)
    _type(qtbot, dialog.pin, "0000")
    assert "wrong PIN; 4 more wrong tries" in dialog.messages.notes["pin"].text()
    assert dialog.pin.text() == "" and dialog.focusWidget() is dialog.pin
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Escape)  # Esc does not unlock
    assert dialog.isVisible() and till.sign_in_dialog is dialog
    assert till.ops.actor.staff_id == staff["owner"]
    for _ in range(4):
        _type(qtbot, dialog.pin, "0000")
    note = dialog.messages.notes["pin"].text()
    assert "too many wrong PINs: the account is locked for 30 more seconds" in note
    _type(qtbot, dialog.pin, CASHIER_PIN)  # even the right PIN, while locked
    assert "locked" in dialog.messages.notes["pin"].text() and dialog.isVisible()


# --- locking by itself ----------------------------------------------------------------------------
@pytest.fixture
def short_minutes(monkeypatch) -> None:
    """A minute of 40 ms."""
    monkeypatch.setattr(sign_in, "MINUTE_MS", 40)


def test_an_idle_till_locks_itself(qtbot, db, staff, short_minutes) -> None:
    with db.session() as s:
        set_till_auto_lock(s, db.till_id, 2)
    window = build_main_window(db, staff["owner"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None, timeout=2_000)
    assert not window.pages.isVisible()


def test_keys_keep_the_till_open_and_zero_minutes_never_locks(
    qtbot, db, staff, short_minutes
) -> None:
    with db.session() as s:
        set_till_auto_lock(s, db.till_id, 5)  # 200 ms
    window = build_main_window(db, staff["owner"])
    qtbot.addWidget(window)
    window.show()
    window.idle.resume()  # counting from now, however long the window took to open
    started = time.monotonic()
    while time.monotonic() - started < 0.6:  # 600 ms of typing, a key every 20 ms
        qtbot.keyClick(window.till.sale_panel.amount, Qt.Key.Key_1)
        qtbot.wait(20)
        assert window.sign_in_dialog is None
    with db.session() as s:
        set_till_auto_lock(s, db.till_id, 0)
    window._read_auto_lock()
    qtbot.wait(300)
    assert window.sign_in_dialog is None
