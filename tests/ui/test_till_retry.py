"""The till retries a sale whose answer was lost with the same key: one sale, never two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select
from support import scan, type_by_hand

from loyalty_desktop.core.errors import DatabaseBusy
from loyalty_desktop.store.models import Sale
from loyalty_desktop.ui import actions


def _sales(db) -> list[Sale]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return list(s.exec(select(Sale).order_by(Sale.id)))


def _answer_lost_once(monkeypatch, db) -> list:  # type: ignore[no-untyped-def]
    """The first sale is saved but its answer never reaches the till (it reports "busy")."""
    real, sent = actions.record_sale, []

    def flaky(session, actor, request):  # type: ignore[no-untyped-def]
        sent.append(request)
        if len(sent) == 1:
            with db.session() as other:  # saved and committed …
                real(other, actor, request)
            raise DatabaseBusy()  # … but the till hears "busy"
        return real(session, actor, request)

    monkeypatch.setattr(actions, "record_sale", flaky)
    return sent


def test_enter_again_after_a_lost_answer_records_one_sale(
    qtbot, window, db, zhang, monkeypatch
) -> None:
    sent = _answer_lost_once(monkeypatch, db)
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "88.00")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert "busy" in till.message.text()
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)  # the cashier tries again
    [sale] = _sales(db)
    assert sent[0].key == sent[1].key == sale.uuid
    assert f"Sale {sale.id} recorded" in till.message.text()
    assert "1,088 points" in till.member_panel.points.text()


def test_the_next_sale_and_a_changed_sale_get_new_keys(
    qtbot, window, db, zhang, monkeypatch
) -> None:
    sent = _answer_lost_once(monkeypatch, db)
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "88.00")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)  # saved, answer lost
    till.sale_panel.amount.clear()
    type_by_hand(qtbot, till.sale_panel.amount, "12.00")  # the cashier changed the sale
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "12.00")  # the same amount again: a new sale
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert len({r.key for r in sent}) == 3
    assert [s.amount_cents for s in _sales(db)] == [8800, 1200, 1200]
