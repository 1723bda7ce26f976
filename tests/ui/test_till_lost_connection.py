"""The till on a PostgreSQL server that goes away as a sale is saved (the PostgreSQL run): a
clear line, no traceback, nothing half-saved; Enter again records the sale once, same key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text
from sqlmodel import select
from support import scan, type_by_hand

from loyalty_desktop.store.models import PointsEntry, Sale
from loyalty_desktop.ui import actions


@pytest.fixture
def postgresql(shop_database) -> None:  # type: ignore[no-untyped-def]
    if shop_database.file is not None:
        pytest.skip("the PostgreSQL run's test (a server connection to lose)")


def _rows(db, model) -> list:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return list(s.exec(select(model).order_by(model.id)))


def _server_goes_away_once(monkeypatch) -> list:  # type: ignore[no-untyped-def]
    """The first sale is written, then the server ends the till's connection before COMMIT."""
    real, sent = actions.record_sale, []

    def dropped(session, actor, request):  # type: ignore[no-untyped-def]
        sent.append(request)
        result = real(session, actor, request)
        if len(sent) == 1:
            pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
            other = create_engine(session.get_bind().url)
            with other.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            other.dispose()
        return result

    monkeypatch.setattr(actions, "record_sale", dropped)
    return sent


@pytest.mark.usefixtures("postgresql")
def test_a_lost_connection_at_the_till(qtbot, window, db, zhang, monkeypatch) -> None:
    sent = _server_goes_away_once(monkeypatch)
    entries = len(_rows(db, PointsEntry))
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "88.00")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert till.message.text() == (
        "the database server cannot be reached; nothing was saved — try again"
    )
    assert _rows(db, Sale) == [] and len(_rows(db, PointsEntry)) == entries
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)  # the cashier tries again
    [sale] = _rows(db, Sale)
    assert sent[0].key == sent[1].key == sale.uuid
    assert f"Sale {sale.id} recorded" in till.message.text()
    assert "1,088 points" in till.member_panel.points.text()
