"""The till and the ledger's edges: a member whose balance went below zero (a refund took back
spent points), and an amount above the owner's confirmation threshold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select
from support import scan, snapshot, type_by_hand, when_modal

from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.models import Sale


@pytest.fixture
def owing(db, actor):
    """The README's flagged member: +100 points, all spent, then the first sale refunded: -91."""
    with db.session() as s:
        member = enrol(s, actor, Enrolment(name="Neg", phone="13500000001"))
        first = record_sale(s, actor, SaleRequest(10_000, member.id)).sale.id
        record_sale(s, actor, SaleRequest(1_000, member.id, redeem_points=100))
        assert refund_sale(s, actor, first).balance == -91
    return member


def test_a_flagged_member_buys_and_the_till_shows_the_debt(qtbot, window, owing) -> None:
    till = window.till
    scan(qtbot, till.scan_field, owing.card)
    assert till.member_panel.flag.text() == "owes 91 points — new points pay this off first"
    assert till.member_panel.value.text() == ""  # a debt is worth no money off
    type_by_hand(qtbot, till.sale_panel.amount, "20")
    assert till.pay_panel.labels["earns"].text() == "+20 pts"
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert till.message.text().startswith("Sale 3 recorded"), till.message.text()
    assert "-71 points" in till.member_panel.points.text()
    assert till.member_panel.flag.text() == "owes 71 points — new points pay this off first"


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def press(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog.text())
        dialog.button(button).click()

    when_modal(press)


def test_a_large_amount_is_recorded_once_the_cashier_confirms(qtbot, window, db, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "6000")
    seen: list[str] = []
    answer(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert "¥6000.00 is above ¥5000.00" in seen[0]
    with db.session(readonly=True) as s:
        [sale] = s.exec(select(Sale)).all()
        assert (sale.amount_cents, sale.member_id) == (600_000, zhang.id)
    assert till.message.text().startswith(f"Sale {sale.id} recorded")


def test_a_large_amount_not_confirmed_records_nothing(qtbot, window, db, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "60000")  # one zero too many
    before = snapshot(db)
    seen: list[str] = []
    answer(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert len(seen) == 1 and snapshot(db) == before
    assert till.message.text() == "Not recorded — check the amount"
    assert till.sale_panel.amount.text() == "60000"  # kept, to correct
    assert window.focusWidget() is till.sale_panel.amount  # focus once the window is active
