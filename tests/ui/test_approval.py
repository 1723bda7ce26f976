"""A colleague's PIN at the till: a cashier's refund above their limit goes through once a
manager types their PIN in the same window; nobody signs out, the audit says who approved."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select
from support import scan, snapshot, when_modal

from loyalty_desktop.app import build_main_window
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import AuditEntry, Refund
from loyalty_desktop.ui.approval import ApprovalDialog

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def till_of_li_lei(qtbot, db, team):
    """The window signed in as the cashier of ``team``."""
    window = build_main_window(db, team[2].staff_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _big_sale(db, team, member_id: int) -> int:
    with db.session() as s:
        return record_sale(s, team[2], SaleRequest(25_000, member_id)).sale.id


def _refund_with(qtbot, window, approve) -> dict[str, str]:
    """F8, the first sale, Ctrl+Enter; ``approve(dialog)`` acts on the approval dialog."""
    seen: dict[str, str] = {}

    def refund(dialog) -> None:
        qtbot.keyClick(dialog.lookup, ENTER)
        when_modal(lambda approval: (approve(approval), seen.update(error=dialog.error.text())))
        qtbot.keyClick(dialog.amount, ENTER, CTRL)
        seen["after"] = dialog.error.text()
        if dialog.isVisible():
            dialog.reject()

    when_modal(refund)
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_F8)
    return seen


def test_a_managers_pin_lets_a_cashiers_big_refund_through(
    qtbot, db, team, zhang, till_of_li_lei
) -> None:
    _big_sale(db, team, zhang.id)
    scan(qtbot, till_of_li_lei.till.scan_field, zhang.card)

    def approve(approval: ApprovalDialog) -> None:
        approval.who.setCurrentIndex(approval.who.findData(team[1].staff_id))
        qtbot.keyClicks(approval.pin, "8642")
        qtbot.keyClick(approval.pin, ENTER)

    _refund_with(qtbot, till_of_li_lei, approve)
    assert till_of_li_lei.till.message.text().startswith("Refunded ¥250.00")
    with db.session(readonly=True) as s:
        (refund,) = s.exec(select(Refund)).all()
        (line,) = s.exec(select(AuditEntry).where(AuditEntry.action == "sale.refund")).all()
    assert refund.staff_id == team[2].staff_id  # the cashier stays signed in and did it
    assert json.loads(line.detail)["approved_by"] == team[1].staff_id
    assert till_of_li_lei.ops.actor.approved_by is None  # for that one refund only


def test_a_wrong_approval_pin_stays_in_the_dialog_and_cancel_refunds_nothing(
    qtbot, db, team, zhang, till_of_li_lei
) -> None:
    _big_sale(db, team, zhang.id)
    scan(qtbot, till_of_li_lei.till.scan_field, zhang.card)
    before = {k: v for k, v in snapshot(db).items() if k not in ("audit_entry", "staff")}
    said: dict[str, str] = {}

    def approve(approval: ApprovalDialog) -> None:
        assert approval.who.count() == 2  # the owner and the manager, not the cashier
        qtbot.keyClicks(approval.pin, "0000")
        qtbot.keyClick(approval.pin, ENTER)
        said["wrong"] = approval.error.text()
        said["pin"] = approval.pin.text()
        approval.reject()

    seen = _refund_with(qtbot, till_of_li_lei, approve)
    assert "wrong PIN" in said["wrong"] and said["pin"] == ""
    assert "owner or manager" in seen["after"]  # the refusal stands in the refund dialog
    after = {k: v for k, v in snapshot(db).items() if k not in ("audit_entry", "staff")}
    assert after == before


def test_a_small_refund_of_today_needs_no_approval(qtbot, db, team, zhang, till_of_li_lei) -> None:
    with db.session() as s:
        record_sale(s, team[2], SaleRequest(3_000, zhang.id))
    scan(qtbot, till_of_li_lei.till.scan_field, zhang.card)

    def refund(dialog) -> None:
        qtbot.keyClick(dialog.lookup, ENTER)
        qtbot.keyClick(dialog.amount, ENTER, CTRL)

    when_modal(refund)
    qtbot.keyClick(till_of_li_lei.till.scan_field, Qt.Key.Key_F8)
    assert till_of_li_lei.till.message.text().startswith("Refunded ¥30.00")
