"""F8: refund from a list of recent sales, chosen with the keyboard, confirmed deliberately."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select
from support import audit_lines, scan, when_modal

from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.models import Refund, Sale, SaleStatus
from loyalty_desktop.ui.dialogs import RefundDialog

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


def _sales(db, actor, member_id, amounts):
    with db.session() as s:
        return [record_sale(s, actor, SaleRequest(a, member_id)).sale.id for a in amounts]


def _open_refund(qtbot, window, act) -> None:
    when_modal(act)
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_F8)


def test_f8_lists_the_members_sales_and_the_search_narrows(qtbot, window, db, actor, zhang):
    ids = _sales(db, actor, zhang.id, [10000, 4550])
    scan(qtbot, window.till.scan_field, zhang.card)
    seen: dict[str, object] = {}

    def act(dialog) -> None:
        seen["all"] = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        seen["customer"] = dialog.table.item(0, 3).text()
        qtbot.keyClicks(dialog.lookup, "45.5")
        seen["narrowed"] = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        dialog.reject()

    _open_refund(qtbot, window, act)
    assert seen["all"] == [str(ids[1]), str(ids[0])]  # newest first
    assert seen["customer"] == "Zhang San"
    assert seen["narrowed"] == [str(ids[1])]


def test_enter_enter_previews_but_does_not_refund_ctrl_enter_does(qtbot, window, db, actor, zhang):
    (sale_id,) = _sales(db, actor, zhang.id, [10000])
    scan(qtbot, window.till.scan_field, zhang.card)
    seen: dict[str, str] = {}

    def act(dialog) -> None:
        qtbot.keyClick(dialog.lookup, ENTER)  # the first row: preview
        seen["preview"] = dialog.preview.text()
        qtbot.keyClick(dialog.amount, ENTER)
        qtbot.keyClick(dialog.amount, ENTER)
        with db.session(readonly=True) as s:
            seen["refunds_after_enters"] = str(len(s.exec(select(Refund)).all()))
        seen["hint"] = dialog.error.text()
        qtbot.keyClick(dialog.amount, ENTER, CTRL)

    _open_refund(qtbot, window, act)
    assert "Takes back 100 earned points" in seen["preview"]
    assert seen["refunds_after_enters"] == "0"
    assert "Ctrl+Enter" in seen["hint"]
    with db.session(readonly=True) as s:
        assert s.get(Sale, sale_id).status == SaleStatus.REFUNDED


def test_a_refunded_sale_is_not_offered_again(qtbot, window, db, actor, zhang):
    (sale_id,) = _sales(db, actor, zhang.id, [10000])
    with db.session() as s:
        refund_sale(s, actor, sale_id)
    dialog = RefundDialog(window.ops, window, zhang.id)
    qtbot.addWidget(dialog)
    assert not dialog.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    qtbot.keyClick(dialog.lookup, ENTER)
    assert dialog.error.text() and not dialog.confirm_button.isEnabled()


def test_the_refund_message_stays_and_the_balance_follows(qtbot, window, db, actor, zhang):
    _sales(db, actor, zhang.id, [10000])
    scan(qtbot, window.till.scan_field, zhang.card)
    assert window.till.member_panel.points.text().startswith("1,100 points")

    def act(dialog) -> None:
        qtbot.keyClick(dialog.lookup, ENTER)
        qtbot.keyClick(dialog.amount, ENTER, CTRL)

    _open_refund(qtbot, window, act)
    assert window.till.message.text().startswith("Refunded ¥100.00")
    assert window.till.member_panel.points.text().startswith("1,000 points")


def test_the_reason_typed_goes_on_the_refund_and_its_audit_line(qtbot, window, db, actor, zhang):
    _sales(db, actor, zhang.id, [5000])
    scan(qtbot, window.till.scan_field, zhang.card)
    seen: dict[str, object] = {}

    def act(dialog) -> None:
        qtbot.keyClick(dialog.lookup, ENTER)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
        seen["offered"] = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
        qtbot.keyClicks(dialog.reason.lineEdit(), "wrong size")
        qtbot.keyClick(dialog.reason.lineEdit(), ENTER)  # Enter in the reason never refunds
        seen["after_enter"] = dialog.isVisible()
        qtbot.keyClick(dialog.reason.lineEdit(), ENTER, CTRL)

    _open_refund(qtbot, window, act)
    assert "faulty or damaged goods" in seen["offered"] and seen["after_enter"]
    with db.session(readonly=True) as s:
        assert s.exec(select(Refund.note)).one() == "wrong size"
    [line] = audit_lines(db, "sale.refund")
    assert line["reason"] == "wrong size" and line["amount"] == "50.00"
