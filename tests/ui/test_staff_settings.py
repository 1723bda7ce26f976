"""Settings → Staff, as the owner uses it: add a cashier, refusals beside the field with nothing
written, rename, change a role, reset a PIN, deactivate and reactivate; and this till's
auto-lock minutes on the Settings page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog
from support import snapshot, when_modal

from loyalty_desktop.app import build_main_window
from loyalty_desktop.core.errors import SignInRefused
from loyalty_desktop.services import auth
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.settings import till_auto_lock
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.main_window import MainWindow
from loyalty_desktop.ui.staff import AddStaffDialog, ResetPinDialog, RoleDialog, StaffTab

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return
OWNER_PIN = "2468"


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, ENTER)


@pytest.fixture
def owner_id(db) -> int:
    with db.session() as s:
        return auth.set_up_owner(s, db.till_id, "Wang Fang", OWNER_PIN).id


@pytest.fixture
def window(qtbot, db, owner_id) -> MainWindow:
    win = build_main_window(db, owner_id)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # keys reach the window's shortcuts (Ctrl+9, Ctrl+L)
        win.show()
        win.activateWindow()
    return win


@pytest.fixture
def staff_tab(qtbot, window) -> StaffTab:
    """Ctrl+9, then the Staff tab."""
    qtbot.keyClick(window, Qt.Key.Key_9, CTRL)
    settings = window.settings
    assert settings is not None
    qtbot.waitUntil(lambda: window.pages.currentWidget() is settings)
    tab = settings.findChild(StaffTab)
    assert tab is not None
    settings.tabs.setCurrentWidget(tab)
    return tab


def _rows(tab: StaffTab) -> list[list[str]]:
    table = tab.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _add(qtbot, tab: StaffTab, name: str, role_steps: int, pin: str) -> None:  # type: ignore[no-untyped-def]
    """Add…, then keys: the name, the role (arrows up from cashier), the PIN twice."""

    def fill(dialog: AddStaffDialog) -> None:
        qtbot.keyClicks(dialog.name, name)
        for _ in range(abs(role_steps)):
            key = Qt.Key.Key_Up if role_steps < 0 else Qt.Key.Key_Down
            qtbot.keyClick(dialog.role, key)
        _type(qtbot, dialog.pin, pin)
        _type(qtbot, dialog.again, pin)
        QTimer.singleShot(0, dialog.close)  # only if it is still open: the test then fails

    when_modal(fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)


def test_the_owner_adds_a_cashier_who_can_then_sign_in(qtbot, db, staff_tab) -> None:
    assert _rows(staff_tab) == [["Wang Fang", "owner", "yes", "yes", "—"]]
    _add(qtbot, staff_tab, "Li Lei", 0, "1357")
    assert _rows(staff_tab) == [
        ["Wang Fang", "owner", "yes", "yes", "—"],
        ["Li Lei", "cashier", "yes", "yes", "—"],
    ]
    assert staff_tab.status.text() == "Account added."
    cashier = next(a for a in staff_tab.accounts if a.name == "Li Lei")
    assert auth.sign_in(db, cashier.id, "1357").role == "cashier"


def test_a_manager_is_added_with_the_arrow_keys(qtbot, staff_tab) -> None:
    _add(qtbot, staff_tab, "Zhao Min", -1, "8642")  # cashier → manager
    assert ["Zhao Min", "manager", "yes", "yes", "—"] in _rows(staff_tab)


def test_bad_input_is_said_beside_its_field_and_nothing_is_written(
    qtbot, db, window, staff_tab
) -> None:
    dialog = AddStaffDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot(db)
    qtbot.keyClicks(dialog.name, "Wang Fang")  # the owner's name
    _type(qtbot, dialog.pin, "1357")
    _type(qtbot, dialog.again, "1357")
    assert "another account is already called 'Wang Fang'" in dialog.messages.notes["name"].text()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Li Lei")
    dialog.again.clear()
    _type(qtbot, dialog.again, "1358")
    assert "differ" in dialog.messages.notes["again"].text()
    assert dialog.messages.notes["name"].text() == ""
    dialog.pin.clear()
    _type(qtbot, dialog.pin, "13")
    _type(qtbot, dialog.again, "13")
    assert "at least 4 characters" in dialog.messages.notes["pin"].text()
    assert dialog.isVisible() and snapshot(db) == before


def _select(tab: StaffTab, name: str) -> None:
    tab.table.selectRow(next(r for r, a in enumerate(tab.accounts) if a.name == name))


def test_rename_change_role_and_reset_a_locked_pin(qtbot, db, window, staff_tab) -> None:
    _add(qtbot, staff_tab, "Li Lei", 0, "1357")
    _select(staff_tab, "Li Lei")
    when_modal(lambda d: (d.name.selectAll(), _type(qtbot, d.name, "Li Leilei")))
    qtbot.mouseClick(staff_tab.rename_button, Qt.MouseButton.LeftButton)
    assert ["Li Leilei", "cashier", "yes", "yes", "—"] in _rows(staff_tab)

    def to_manager(dialog: RoleDialog) -> None:
        qtbot.keyClick(dialog.role, Qt.Key.Key_Up)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(to_manager)
    qtbot.mouseClick(staff_tab.role_button, Qt.MouseButton.LeftButton)
    assert ["Li Leilei", "manager", "yes", "yes", "—"] in _rows(staff_tab)

    leilei = next(a for a in staff_tab.accounts if a.name == "Li Leilei")
    for _ in range(auth.FREE_TRIES):
        with pytest.raises(SignInRefused):
            auth.sign_in(db, leilei.id, "0000")
    staff_tab.reload()
    assert _rows(staff_tab)[1][4] != "—"  # locked until a time

    def new_pin(dialog: ResetPinDialog) -> None:
        _type(qtbot, dialog.pin, "9753")
        _type(qtbot, dialog.again, "9753")

    _select(staff_tab, "Li Leilei")
    when_modal(new_pin)
    qtbot.mouseClick(staff_tab.pin_button, Qt.MouseButton.LeftButton)
    assert _rows(staff_tab)[1][4] == "—"
    assert auth.sign_in(db, leilei.id, "9753").name == "Li Leilei"


def test_deactivate_and_reactivate_never_delete(qtbot, db, window, staff_tab) -> None:
    _add(qtbot, staff_tab, "Li Lei", 0, "1357")
    _select(staff_tab, "Li Lei")
    assert staff_tab.active_button.text() == "Deactivate"
    qtbot.mouseClick(staff_tab.active_button, Qt.MouseButton.LeftButton)
    assert ["Li Lei", "cashier", "no", "yes", "—"] in _rows(staff_tab)
    assert staff_tab.status.text() == "Li Lei can no longer sign in."
    assert [a.name for a in actions.sign_in_accounts(db)] == ["Wang Fang"]
    _select(staff_tab, "Li Lei")
    assert staff_tab.active_button.text() == "Reactivate"
    qtbot.mouseClick(staff_tab.active_button, Qt.MouseButton.LeftButton)
    assert ["Li Lei", "cashier", "yes", "yes", "—"] in _rows(staff_tab)
    assert [a.name for a in actions.sign_in_accounts(db)] == ["Wang Fang", "Li Lei"]


def test_the_last_owner_cannot_be_deactivated(qtbot, db, staff_tab) -> None:
    before = snapshot(db)
    _select(staff_tab, "Wang Fang")
    qtbot.mouseClick(staff_tab.active_button, Qt.MouseButton.LeftButton)
    assert "the shop needs at least one active owner" in staff_tab.status.text()
    assert snapshot(db) == before


def test_the_staff_tab_is_the_owners_only(qtbot, db, owner_id) -> None:
    with db.session() as s:
        manager = auth.add_staff(s, Actor(owner_id, db.till_id), "Zhao Min", "manager", "8642")
    win = build_main_window(db, manager.id)
    qtbot.addWidget(win)
    assert win.settings is None  # the Settings page itself is the owner's


def test_the_auto_lock_minutes_are_saved_for_this_till_and_the_window_follows(
    qtbot, db, window
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_9, CTRL)
    assert window.settings is not None
    spin = window.settings.auto_lock
    assert spin.value() == 5 and window.idle.minutes == 5
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "12")
    with db.session(readonly=True) as s:
        assert till_auto_lock(s, db.till_id) == 12
    assert window.idle.minutes == 12
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0")
    assert spin.value() == 0 and window.idle.minutes == 0  # shown as "never"
    assert not window.idle.timer.isActive()


def test_a_dialog_left_with_cancel_writes_nothing(qtbot, db, window, staff_tab) -> None:
    before = snapshot(db)
    dialog = AddStaffDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Li Lei")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and snapshot(db) == before


def test_the_status_bar_follows_a_change_to_the_account_signed_in(
    qtbot, db, window, staff_tab
) -> None:
    _select(staff_tab, "Wang Fang")
    when_modal(lambda d: (d.name.selectAll(), _type(qtbot, d.name, "Wang Fang-li")))
    qtbot.mouseClick(staff_tab.rename_button, Qt.MouseButton.LeftButton)
    assert "Signed in: Wang Fang-li (owner)" in window.signed_in_label.text()


def test_a_staff_members_own_card_is_linked_and_then_refused_for_their_refunds(
    qtbot, db, window, staff_tab, zhang
) -> None:
    from sqlmodel import select

    from loyalty_desktop.core.errors import OwnCard
    from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
    from loyalty_desktop.store.models import Staff

    _select(staff_tab, "Wang Fang")
    seen: dict[str, str] = {}

    def link(dialog) -> None:
        _type(qtbot, dialog.card, "99999")  # nobody's
        seen["refused"] = dialog.messages.general.text()
        dialog.card.clear()
        _type(qtbot, dialog.card, zhang.card)

    when_modal(link)
    qtbot.mouseClick(staff_tab.card_button, Qt.MouseButton.LeftButton)
    assert "99999" in seen["refused"]
    assert staff_tab.status.text() == "Saved."
    with db.session(readonly=True) as s:
        owner = s.exec(select(Staff).where(Staff.name == "Wang Fang")).one()
        assert owner.member_id == zhang.id
    owner_actor = window.ops.actor
    with db.session() as s:
        sale_id = record_sale(s, owner_actor, SaleRequest(1_000, zhang.id)).sale.id
    with pytest.raises(OwnCard), db.session() as s:
        refund_sale(s, owner_actor, sale_id)
