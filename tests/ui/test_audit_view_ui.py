"""Settings → Audit trail, as the owner uses it: pick a staff member and see only their lines,
pick an action, export what is shown to CSV (the file dialog answered by the test). A cashier
never gets the tab."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from loyalty_desktop.app import build_main_window
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.audit_words import details_text, what_choices
from loyalty_desktop.ui.audit_view import AuditView
from loyalty_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def trail(db, team) -> tuple[Actor, Actor, Actor]:
    """Besides the team's set-up (the owner's lines): the cashier's wrong PIN and sign-in, and
    the manager's points adjustment."""
    _owner, manager, cashier = team
    with db.session() as s:
        audit.record(s, cashier, "sign_in.failed", "Li Lei", tries=1)
        audit.record(s, cashier, "sign_in", "Li Lei")
        audit.record(s, manager, "points.adjust", "100001", points=50, reason="goodwill")
    return team


def _window(qtbot, db, actor: Actor) -> MainWindow:  # type: ignore[no-untyped-def]
    win = build_main_window(db, actor.staff_id)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def _open(qtbot, window: MainWindow) -> AuditView:  # type: ignore[no-untyped-def]
    """Ctrl+9, then the Audit trail tab."""
    qtbot.keyClick(window, Qt.Key.Key_9, CTRL)
    settings = window.settings
    assert settings is not None
    qtbot.waitUntil(lambda: window.pages.currentWidget() is settings)
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    settings.tabs.setCurrentIndex(titles.index("Audit"))
    view = settings.findChild(AuditView)
    assert view is not None and view.isVisible()
    return view


def _column(view: AuditView, column: int) -> list[str]:
    return [view.table.item(r, column).text() for r in range(view.table.rowCount())]


def _pick(qtbot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose an item the way a keyboard user does: focus the combo, arrow up or down to it."""
    box.setFocus()
    target = box.findText(text)
    assert target >= 0, [box.itemText(i) for i in range(box.count())]
    for _ in range(box.count()):
        if box.currentIndex() == target:
            return
        up = box.currentIndex() > target
        qtbot.keyClick(box, Qt.Key.Key_Up if up else Qt.Key.Key_Down)
    assert box.currentIndex() == target


def test_owner_filters_by_staff_and_action_and_exports(
    qtbot, db, trail, monkeypatch, tmp_path: Path
) -> None:
    view = _open(qtbot, _window(qtbot, db, trail[0]))
    assert set(_column(view, 1)) == {"Wang Fang", "Chen Jie", "Li Lei"}
    assert _column(view, 3)[:3] == ["points adjusted", "signed in", "wrong PIN"]  # newest first
    assert "points: 50; reason: goodwill" in _column(view, 5)

    _pick(qtbot, view.who, "Li Lei")
    assert _column(view, 1) == ["Li Lei", "Li Lei"]
    assert _column(view, 3) == ["signed in", "wrong PIN"]
    assert _column(view, 2) == [db.till_id, db.till_id]
    assert view.count.text() == "2 lines"

    _pick(qtbot, view.what, "wrong PIN")
    assert _column(view, 3) == ["wrong PIN"]
    assert _column(view, 5) == ["wrong tries: 1"]

    target = tmp_path / "li-lei.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), "CSV (*.csv)"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["staff"], r["action"], r["detail"]) for r in rows] == [
        ("Li Lei", "sign_in.failed", '{"tries": 1}')
    ]
    assert "1 line saved to" in view.status.text()

    _pick(qtbot, view.who, "Wang Fang")  # the export is on the trail, under the owner's name
    _pick(qtbot, view.what, "Everything")
    assert _column(view, 3)[0] == "audit trail exported"
    assert _column(view, 4)[0] == "li-lei.csv"

    view.until.setDate(view.until.date().addDays(-1))  # up to yesterday: everything was today
    assert view.table.rowCount() == 0
    assert view.count.text() == "0 lines"


def test_an_edit_reads_as_the_fields_that_changed() -> None:
    detail = {"changed": ["name", "birthday"], "phone": ["••••8000", "••••9000"]}
    assert details_text(detail) == "changed: name, birthday; phone: ••••8000 → ••••9000"


def test_details_read_as_words() -> None:
    detail = {"name": ["Li Lei", "Li Na"], "active": False, "terms": {"value": 500}, "x": 1}
    assert (
        details_text(detail) == "name: Li Lei → Li Na; active: no; terms: (in the CSV export); x: 1"
    )


def test_export_onto_the_database_is_refused_in_words(
    qtbot, db, trail, monkeypatch, tmp_path: Path
) -> None:
    view = _open(qtbot, _window(qtbot, db, trail[0]))
    with db.session(readonly=True) as s:
        from loyalty_desktop.services.outputs import database_file

        file = database_file(s)
    if file is None:
        pytest.skip("PostgreSQL: no database file")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(file), "CSV (*.csv)"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert "the shop's database" in view.status.text()
    assert "audit trail exported" not in _column(view, 3)


def test_a_cashier_has_no_audit_tab(qtbot, db, trail) -> None:
    window = _window(qtbot, db, trail[2])
    assert window.settings is None or window.settings.findChild(AuditView) is None


def test_a_family_of_actions_is_one_choice(qtbot, db, trail) -> None:
    view = _open(qtbot, _window(qtbot, db, trail[0]))
    _pick(qtbot, view.what, "all staff changes")
    shown = set(_column(view, 3))
    assert shown and shown <= {"owner set up", "staff added", "staff changed", "PIN reset"}
    assert "staff added" in shown


def test_families_are_offered_only_when_they_gather_two_actions() -> None:
    recorded = ["sale.refund", "sale.record", "points.adjust", "sign_in"]
    # Families first, then the actions by their English labels: points adjusted, refund, sale…
    assert what_choices(recorded) == [
        "sale.",
        "points.adjust",
        "sale.refund",
        "sale.record",
        "sign_in",
    ]


def test_the_rules_save_bar_stays_with_the_rules(qtbot, db, trail) -> None:
    window = _window(qtbot, db, trail[0])
    _open(qtbot, window)  # the audit trail: nothing there is saved with the rules
    settings = window.settings
    assert settings is not None
    assert not settings.save_button.isVisible() and not settings.preview_box.isVisible()
    settings.tabs.setCurrentIndex(1)  # Tiers
    assert settings.save_button.isVisible() and settings.preview_box.isVisible()
