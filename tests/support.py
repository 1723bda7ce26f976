"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import Connection, inspect, text
from sqlmodel import select

from loyalty_desktop.store import chain, name_index
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import AuditEntry


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table: compare before/after to prove nothing changed. The name
    search's FTS pages are left out: their bytes record when segments merged, and what they
    mean follows ``member.name`` (tests/unit/test_name_search.py holds that)."""
    names = inspect(db.engine).get_table_names()
    tables = [t for t in names if t != "alembic_version" and not name_index.fts_storage(t)]
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


def code128s(pdf: Path, folder: Path) -> list[str]:
    """Every Code128 on every page of ``pdf``, sorted, read from the pages rendered at 300 dpi
    (as a printer prints them) into ``folder``."""
    import subprocess

    import zxingcpp
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(folder / "p")], check=True)
    pages = sorted(folder.glob("p-*.png"))
    found = [
        code.text
        for page in pages
        for code in zxingcpp.read_barcodes(
            Image.open(page), formats=(zxingcpp.BarcodeFormat.Code128,)
        )
    ]
    for page in pages:
        page.unlink()  # the next PDF rendered into the same folder starts afresh
    return sorted(found)


class FakeScreen:
    """A screen Qt's offscreen platform does not have (it has one): a name and a place."""

    def __init__(self, name: str, geometry: QRect) -> None:
        self._name, self._geometry = name, geometry

    def name(self) -> str:
        return self._name

    def geometry(self) -> QRect:
        return self._geometry

    def availableGeometry(self) -> QRect:
        return self._geometry


TILL_SCREEN = FakeScreen("TILL-1", QRect(-1024, 0, 1024, 768))


@contextmanager
def screens(
    window: QWidget, listed: list[object] | None = None, till: object = TILL_SCREEN
) -> Iterator[QScreen]:
    """Qt's list of screens is ``listed`` and the till's window is on ``till``. By default: the
    till on a screen of its own (TILL_SCREEN), then offscreen's real screen, which the customer
    display can take (Qt places a window on real screens only), named "SCREEN-0" as a real
    screen is (offscreen's has no name). Yields the real screen."""
    real = QGuiApplication.primaryScreen()
    listed = [TILL_SCREEN, real] if listed is None else listed
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(real, "name", lambda: "SCREEN-0")
        patch.setattr(QGuiApplication, "screens", staticmethod(lambda: listed))
        patch.setattr(window, "screen", lambda: till)
        yield real


@contextmanager
def one_screen(window: QWidget) -> Iterator[QScreen]:
    """A one-screen till (as offscreen is, said out loud)."""
    real = QGuiApplication.primaryScreen()
    with screens(window, [real], till=real):
        yield real


def visible_text(widget: QWidget) -> str:
    """What a window shows now: the text of each label on screen, in order, one per line."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def open_member(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The Members page with its first row chosen, the detail pane showing that member."""
    view = window.members
    window.show_page(view)
    view.model.reload()
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.member_id is not None)


def audit_lines(db, action: str) -> list[dict]:
    """The details of every audit line of one action, oldest first."""
    with db.session(readonly=True) as s:
        rows = s.exec(select(AuditEntry).where(AuditEntry.action == action)).all()
        return [json.loads(r.detail) for r in rows]
