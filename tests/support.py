"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Connection, inspect, text

from loyalty_desktop.store import chain
from loyalty_desktop.store.db import Database


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table: compare before/after to prove nothing changed."""
    tables = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    with db.engine.connect() as conn:
        return {
            t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
            for t in tables
        }


def drop_append_only_triggers(conn: Connection) -> None:
    """What someone holding the database can do: take away the triggers that refuse edits to
    the points ledger and the audit trail (to test what ``loyalty check`` still sees)."""
    postgres = conn.dialect.name == "postgresql"
    for name in chain.TRIGGERS[conn.dialect.name]:
        [table] = [t for t in chain.APPEND_ONLY if name.startswith(f"{t}_")]
        conn.exec_driver_sql(f"DROP TRIGGER {name}" + (f" ON {table}" if postgres else ""))


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog as soon as it opens (exec() blocks the test otherwise)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
        else:
            action(dialog)

    QTimer.singleShot(0, attempt)


def scan(qtbot, widget: QWidget, code: str) -> None:  # type: ignore[no-untyped-def]
    """A barcode scanner: the whole code in one burst, then Enter."""
    from PySide6.QtCore import Qt

    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_by_hand(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """A person: keys further apart than any scanner's, and time for the last one to land
    (the till holds each key back for a moment to tell typing from scanning)."""
    from loyalty_desktop.ui.scanner import GAP_MS

    qtbot.keyClicks(widget, text, delay=GAP_MS + 15)
    qtbot.wait(2 * GAP_MS)


def nav_item(window, text: str):  # type: ignore[no-untyped-def]
    """The main window's navigation entry called ``text``."""
    items = (window.nav.item(i) for i in range(window.nav.count()))
    return next(item for item in items if item.text() == text)
