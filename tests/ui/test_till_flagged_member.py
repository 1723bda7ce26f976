"""The till serving a member whose balance went below zero (a refund took back spent points)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support import scan, type_by_hand

from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale


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
