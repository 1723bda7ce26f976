"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import inspect, text

from loyalty_desktop.db import Database


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table: compare before/after to prove nothing changed."""
    tables = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    with db.engine.connect() as conn:
        return {
            t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
            for t in tables
        }


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog as soon as it opens (exec() blocks the test otherwise)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
        else:
            action(dialog)

    QTimer.singleShot(0, attempt)
