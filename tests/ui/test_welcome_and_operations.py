"""First run, and the operations helper that runs long work off the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from sqlmodel import func, select

from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.demo import needs_welcome
from loyalty_desktop.store.models import Member, Sale
from loyalty_desktop.ui.welcome import WelcomeDialog


def test_start_empty_is_remembered(qtbot, window, db) -> None:
    with db.session(readonly=True) as s:
        assert needs_welcome(s)
    dialog = WelcomeDialog(window.ops, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        assert not needs_welcome(s)
        assert s.exec(select(func.count(Member.id))).one() == 0


def test_open_demo_builds_the_shop_in_the_background(qtbot, window, db) -> None:
    dialog = WelcomeDialog(window.ops, window, demo_size=(30, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert not dialog.demo_button.isEnabled()  # the GUI stays live while it works
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    with db.session(readonly=True) as s:
        assert s.exec(select(func.count(Member.id))).one() == 30
        assert s.exec(select(func.count(Sale.id))).one() > 0
        assert run_checks(s) == [] and not needs_welcome(s)


def test_background_work_reports_on_the_gui_thread(qtbot, window) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(_session, _actor, progress):  # runs in a worker thread
        seen["worker"] = threading.get_ident()
        progress(1, 2)
        raise InvalidInput(field="file", reason="is empty")

    def failed(error: BaseException) -> None:
        seen["error_thread"], seen["error"] = threading.get_ident(), error

    with qtbot.waitSignal(window.ops.busy, check_params_cb=lambda busy: not busy):
        window.ops.start(
            work,
            on_done=lambda _r: None,
            on_error=failed,
            on_progress=lambda d, t: seen.setdefault("progress_thread", threading.get_ident()),
        )
    assert seen["worker"] != gui
    assert seen["error_thread"] == gui and seen["progress_thread"] == gui
    assert isinstance(seen["error"], InvalidInput)


def test_the_welcome_dialog_cannot_be_closed_while_the_demo_is_built(qtbot, window, db) -> None:
    dialog = WelcomeDialog(window.ops, window, demo_size=(20, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
