"""The GUI figures of ``run.py``, each run in a child process of its own (offscreen Qt), so the
bench's own imports and caches neither help nor hurt them. Prints one JSON object.

Modes:
- ``start DB``: the app's own ``main()`` on the shop until its main window is shown and painted
  (the sign-in screen answered as the shop's first staff member; the process ends there, before
  the housekeeping, backups and the event loop);
- ``bare``: a bare ``QMainWindow`` shown and painted (the start-up's baseline);
- ``scan DB N``: the real till of the main window; ``N`` times a card put in the scan field and
  Enter pressed, timed from the key event until the member panel shows the member and has been
  painted; then the same wait for a bare ``QLabel``'s ``setText`` (the baseline);
- ``rss DB``: the main window with its Members and Reports views opened (the report computed),
  then the process's peak resident memory (``VmHWM``).

The parent (``run.py``) times ``start`` and ``bare`` from spawning the process to the line.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

SHOWN = "bench-gui: shown"


class PaintSeen(QObject):
    """Notes that ``widget`` received a paint event."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def settle(done: Callable[[], bool], timeout_s: float = 600) -> None:
    """Deliver events until ``done()``."""
    app = QApplication.instance()
    ends, spins = time.perf_counter() + timeout_s, 0
    while not done():
        app.processEvents()
        spins += 1
        if spins > 200:  # a long wait (a worker): no busy loop (PySide leaks a None a call)
            time.sleep(0.002)
        if time.perf_counter() > ends:
            raise SystemExit("bench-gui: timed out")


def shown_and_painted(window: QWidget) -> None:
    seen = PaintSeen(window)
    settle(lambda: window.isVisible() and seen.painted)


def bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    shown_and_painted(window)
    print(SHOWN, flush=True)
    del app


def start(db_path: str) -> None:
    """The real entry point, with the sign-in answered: ``first_sign_in`` returns the shop's
    first staff member (as the tests' ``build_main_window`` signs in)."""
    os.environ["LOYALTY_DB"] = db_path
    from loyalty_desktop import app as entry
    from loyalty_desktop.ui import main_window

    class Signed:
        id = 1

    entry.first_sign_in = lambda _db: Signed()  # type: ignore[assignment,return-value]
    shown = main_window.MainWindow.show_at_start

    def show_at_start(window: main_window.MainWindow) -> None:
        shown(window)
        shown_and_painted(window)
        print(SHOWN, flush=True)
        os._exit(0)

    main_window.MainWindow.show_at_start = show_at_start  # type: ignore[method-assign]
    entry.main([])


def open_window(db_path: str) -> tuple[QApplication, object]:
    from loyalty_desktop.app import build_main_window, start_application
    from loyalty_desktop.core.config import sqlite_url
    from loyalty_desktop.services.opening import open_shop

    app = start_application()
    db = open_shop(sqlite_url(Path(db_path)))
    window = build_main_window(db, 1)
    window.show()
    shown_and_painted(window)
    return app, window


def scan(db_path: str, repeats: int) -> None:
    import sqlite3

    _app, window = open_window(db_path)  # the application lives until the process ends
    till = window.till  # type: ignore[attr-defined]
    with sqlite3.connect(db_path) as raw:
        rows = raw.execute(
            "SELECT card, name FROM member WHERE status = 'active' AND card IS NOT NULL"
            " ORDER BY random() LIMIT ?",
            (repeats + 1,),
        ).fetchall()
    label_seen = PaintSeen(till.member_panel.name)

    def one_scan(card: str, name: str) -> float:
        till.scan_field.setFocus()
        till.scan_field.setText(card)
        till.member_panel.name.clear()  # a namesake of the last member would not repaint
        settle(lambda: True)
        label_seen.painted = False
        started = time.perf_counter()
        QTest.keyClick(till.scan_field, Qt.Key.Key_Return)
        settle(lambda: till.member_panel.name.text() == name and label_seen.painted, 60)
        return (time.perf_counter() - started) * 1000

    runs = [one_scan(card, name) for card, name in rows]
    # The baseline: the same wait for a bare label in the same window.
    bare_label = QLabel(till)
    bare_label.show()
    bare_seen = PaintSeen(bare_label)
    rng = random.Random(1)

    def one_label() -> float:
        text = f"{rng.random()}"
        bare_seen.painted = False
        started = time.perf_counter()
        bare_label.setText(text)
        bare_label.repaint()
        settle(lambda: bare_seen.painted)
        return (time.perf_counter() - started) * 1000

    base = [one_label() for _ in range(repeats + 1)]
    print(json.dumps({"runs": runs[1:], "base": base[1:]}), flush=True)
    os._exit(0)  # as rss: measured; the window's teardown at exit is not what is timed


def rss(db_path: str) -> None:
    app, window = open_window(db_path)
    started = time.perf_counter()
    window.show_page(window.members)  # type: ignore[attr-defined]
    settle(lambda: window.members.isVisible())  # type: ignore[attr-defined]
    settle(lambda: not window._working)  # type: ignore[attr-defined]
    members_s = time.perf_counter() - started
    window.show_page(window.reports)  # type: ignore[attr-defined]
    reports = window.reports  # type: ignore[attr-defined]
    settle(lambda: reports.report is not None)
    reports_s = time.perf_counter() - members_s - started
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    kb = {k: int(fields[k].split()[0]) for k in ("VmHWM", "VmRSS")}
    print(json.dumps({**kb, "members_s": members_s, "reports_s": reports_s}), flush=True)
    os._exit(0)
    del app


def main() -> None:
    mode, *rest = sys.argv[1:]
    if mode == "bare":
        bare()
    elif mode == "start":
        start(rest[0])
    elif mode == "scan":
        scan(rest[0], int(rest[1]))
    elif mode == "rss":
        rss(rest[0])
    else:
        raise SystemExit(f"bench-gui: unknown mode {mode}")


if __name__ == "__main__":
    main()
