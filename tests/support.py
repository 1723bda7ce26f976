"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import inspect, text

from loyalty_desktop.store.db import Database


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
def screens(window: QWidget, *others: FakeScreen, till_second: bool = False) -> Iterator[QScreen]:
    """The till's window on a screen of its own (TILL_SCREEN) beside offscreen's real screen,
    which the customer display can then take (Qt places a window on real screens only), and
    ``others`` after them. The real screen is yielded."""
    real = QGuiApplication.primaryScreen()
    listed: list[object] = [real, TILL_SCREEN] if till_second else [TILL_SCREEN, real]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QGuiApplication, "screens", staticmethod(lambda: [*listed, *others]))
        patch.setattr(window, "screen", lambda: TILL_SCREEN)
        yield real


@contextmanager
def one_screen(window: QWidget) -> Iterator[None]:
    """A one-screen till, the till's window on it (as offscreen is, said out loud)."""
    real = QGuiApplication.primaryScreen()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QGuiApplication, "screens", staticmethod(lambda: [real]))
        patch.setattr(window, "screen", lambda: real)
        yield


def visible_text(widget: QWidget) -> str:
    """What a window shows now: the text of each label on screen, in order, one per line."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())
