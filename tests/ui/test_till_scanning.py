"""The till at a real counter: a keyboard-wedge scanner's Shift keys, refused coupons followed by
a stray Enter, redeeming too much, and nobody found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select
from support import scan, snapshot, type_by_hand, when_modal

from loyalty_desktop.services import coupons
from loyalty_desktop.store.models import Sale


def wedge_scan(qtbot, widget: QWidget, code: str) -> None:  # type: ignore[no-untyped-def]
    """A keyboard-wedge scanner: Shift pressed and released around every capital, then Enter."""
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in code:
        if char.isupper():
            qtbot.keyPress(widget, Qt.Key.Key_Shift, shift)
            qtbot.keyClick(widget, char, shift)
            qtbot.keyRelease(widget, Qt.Key.Key_Shift)
        else:
            qtbot.keyClick(widget, char)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def issue_coupon(db, actor, member_id: int) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        template = coupons.add_template(
            s, actor, "满50减10", coupons.parse_terms({"kind": "fixed", "value": 1000})
        )
        [coupon] = coupons.issue(s, actor, template.id, member_ids=[member_id]).coupons
    return coupon.code


def test_an_upper_case_coupon_with_shift_keys_into_the_amount_is_a_scan(
    qtbot, window, db, actor, zhang
) -> None:
    code = issue_coupon(db, actor, zhang.id)
    assert any(c.isupper() for c in code)
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "120")
    assert till.sale_panel.amount.hasFocus()
    wedge_scan(qtbot, till.sale_panel.amount, coupons.grouped(code))
    assert "✓" in till.sale_panel.coupon.text()
    assert till.sale_panel.amount.text() == "120"
    assert till.pay_panel.labels["coupon"].text() == "-¥10.00"


def sales(db) -> list[Sale]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return list(s.exec(select(Sale).order_by(Sale.id)).all())


def test_a_stray_enter_after_a_refused_coupon_does_not_ring_up_the_sale(
    qtbot, window, db, actor, zhang
) -> None:
    code = issue_coupon(db, actor, zhang.id)
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "60")
    wedge_scan(qtbot, till.sale_panel.amount, coupons.grouped(code))
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    [first] = sales(db)
    assert first.coupon_discount_cents == 1000
    qtbot.mouseClick(till.sale_panel.amount, Qt.MouseButton.LeftButton)  # the next sale
    type_by_hand(qtbot, till.sale_panel.amount, "60")
    wedge_scan(qtbot, till.sale_panel.amount, coupons.grouped(code))  # the same coupon again
    assert "already used" in till.message.text()
    before = snapshot(db)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the stray Enter
    assert snapshot(db) == before
    assert "already used" in till.message.text() and "Enter again" in till.message.text()
    assert till.sale_panel.amount.text() == "60"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # seen: sell at full price
    [_, second] = sales(db)
    assert (second.paid_cents, second.coupon_discount_cents) == (6000, 0)


def test_too_many_points_keeps_the_bill_and_the_focus_on_redeem(qtbot, window, db, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "50")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_F4)
    type_by_hand(qtbot, till.sale_panel.redeem, "2000")
    assert "balance is 1000" in till.message.text()
    assert till.pay_panel.labels["pay"].text() == "¥50.00"  # the bill without the redemption
    before = snapshot(db)
    qtbot.keyClick(till.sale_panel.redeem, Qt.Key.Key_Return)
    assert snapshot(db) == before
    assert "balance is 1000" in till.message.text()
    assert till.sale_panel.redeem.hasFocus() and till.sale_panel.redeem.selectedText() == "2000"
    assert till.pay_panel.labels["pay"].text() == "¥50.00"


def test_ctrl_f4_redeems_as_many_points_as_the_sale_takes(qtbot, window, db, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "5")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier)
    assert till.sale_panel.redeem.hasFocus()
    assert till.sale_panel.redeem.text() == till.sale_panel.max_redeem.text().removeprefix("max ")
    assert till.pay_panel.labels["pay"].text() == "¥0.00"
    qtbot.keyClick(till.sale_panel.redeem, Qt.Key.Key_Return)
    [sale] = sales(db)
    assert sale.paid_cents == 0 and sale.points_redeemed > 0


def test_a_phone_nobody_has_is_offered_for_enrolment_with_f2(qtbot, window, db) -> None:
    till = window.till
    seen: dict[str, str] = {}

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["phone"], seen["name"] = dialog.phone.text(), dialog.name.text()
        dialog.reject()

    type_by_hand(qtbot, till.scan_field, "13912345678")
    qtbot.keyClick(till.scan_field, Qt.Key.Key_Return)
    assert till.message.text() == "No member matches “13912345678” — F2: enrol with it"
    when_modal(look)
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F2)
    assert seen == {"phone": "13912345678", "name": ""}


def test_a_name_nobody_has_is_prefilled_as_the_name(qtbot, window) -> None:
    till = window.till
    seen: dict[str, str] = {}

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["phone"], seen["name"] = dialog.phone.text(), dialog.name.text()
        dialog.reject()

    type_by_hand(qtbot, till.scan_field, "Li Lei")
    qtbot.keyClick(till.scan_field, Qt.Key.Key_Return)
    assert "F2: enrol with it" in till.message.text()
    when_modal(look)
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F2)
    assert seen == {"phone": "", "name": "Li Lei"}
