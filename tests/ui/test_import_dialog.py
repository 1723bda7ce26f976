"""Members → Import…, the way an owner does it: choose the file, read the dry run's bad rows in
the table while nothing is written, then import the good rows (or cancel, and nothing is)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlmodel import select
from support import snapshot

from loyalty_desktop.services.items import item_list
from loyalty_desktop.services.members import Enrolment, count_members, enrol
from loyalty_desktop.store.models import Sale
from loyalty_desktop.ui.import_dialog import ImportDialog

WAIT_MS = 20_000
MEMBERS_CSV = """name,phone,birthday,marketing_consent,shoe size
Wang Fang,13900139001,1990-02-03,yes,38
Bad Phone,12345,,no,40
Li Lei,13900139002,1990-13-01,yes,42
Zhao Min,13900139003,,maybe,39
Chen Jie,13900139004,,,41
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _members(db) -> int:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return count_members(s, "")


def _open(qtbot, window, monkeypatch, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    """Members page, Import…, the file chosen; returns when the dry run has ended."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    window.show_page(window.members)
    qtbot.mouseClick(window.members.import_button, Qt.MouseButton.LeftButton)
    dialog = window.members.import_dialog
    assert dialog.isVisible()
    _wait(qtbot, dialog)
    return dialog


def _wait(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)


def _bad_rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    table = dialog.problems
    return [
        tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
        for r in range(table.rowCount())
    ]


def test_the_dry_run_shows_the_bad_rows_and_writes_nothing_then_the_good_rows_import(
    qtbot, window, db, monkeypatch, tmp_path
) -> None:
    before = snapshot(db)
    path = _write(tmp_path, "members.csv", MEMBERS_CSV)
    dialog = _open(qtbot, window, monkeypatch, path)

    bad = _bad_rows(dialog)
    assert [(line, column) for line, column, _problem in bad] == [
        ("3", "phone"),
        ("4", "birthday"),
        ("5", "marketing_consent"),
    ]
    assert "'12345' is not a phone number" in bad[0][2]
    assert "1990-13-01" in bad[1][2]
    assert "'maybe' is not yes/no" in bad[2][2]
    assert dialog.problems.isVisible()
    assert "shoe size" in dialog.unknown.text() and dialog.unknown.isVisible()
    summary = dialog.summary.text()
    assert summary.startswith("members.csv (UTF-8): 5 rows. 2 can be imported. 3 rows have")
    assert "Nothing has been written yet" in summary
    assert snapshot(db) == before and _members(db) == 0

    # Bad rows: the import waits until the owner says to leave them out.
    assert dialog.import_button.text() == "Import 2 rows"
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.skip_bad, Qt.MouseButton.LeftButton)
    assert dialog.skip_bad.isChecked() and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)

    assert _members(db) == 2
    members = window.members.model
    assert sorted(members.index(r, 1).data() for r in range(members.rowCount())) == [
        "Chen Jie",
        "Wang Fang",
    ]
    assert "Imported 2 members from members.csv" in dialog.summary.text()
    rejected = tmp_path / "members.rejected.csv"
    assert str(rejected) in dialog.summary.text()
    assert len(rejected.read_text(encoding="utf-8-sig").splitlines()) == 4  # header + 3 bad
    assert not dialog.import_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_clean_file_imports_in_one_go_and_the_progress_bar_reaches_its_end(
    qtbot, window, db, monkeypatch, tmp_path
) -> None:
    rows = "".join(f"Member {i},139{i:08d}\n" for i in range(450))
    path = _write(tmp_path, "clean.csv", "姓名,手机\n" + rows)  # the Chinese column names
    seen: list[tuple[int, int]] = []  # what the bar was told
    shown = ImportDialog._progress

    def spy(dialog: ImportDialog, done: int, total: int) -> None:
        seen.append((done, total))
        shown(dialog, done, total)

    monkeypatch.setattr(ImportDialog, "_progress", spy)
    dialog = _open(qtbot, window, monkeypatch, path)
    assert (450, 450) in seen  # the service's own last report, on the bar
    assert dialog.progress.value() == dialog.progress.maximum()
    assert not dialog.problems.isVisible() and not dialog.skip_bad.isVisible()
    assert not dialog.unknown.isVisible()
    assert "450 can be imported." in dialog.summary.text()
    seen.clear()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert (450, 450) in seen and dialog.progress.value() == dialog.progress.maximum()
    assert _members(db) == 450
    assert window.members.model.rowCount() == 450


def test_a_file_of_bad_rows_only_offers_no_import(qtbot, window, db, monkeypatch, tmp_path) -> None:
    path = _write(tmp_path, "bad.csv", "name,phone\nA,1\nB,2\n")
    dialog = _open(qtbot, window, monkeypatch, path)
    assert [line for line, _c, _p in _bad_rows(dialog)] == ["2", "3"]
    assert "0 can be imported." in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and not dialog.skip_bad.isVisible()
    assert _members(db) == 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00\x81", "not utf-8"),
        ("program.csv", bytes(range(256)) * 8, "not utf-8"),
        ("empty.csv", b"", "is empty"),
        ("letter.csv", b"Dear owner,\nplease call me.\n", "needs a column named name"),
        ("sales.csv", b"receipt,card,timestamp,amount\nR1,,2026-01-02 10:00,12.00\n", "name"),
    ],
)
def test_a_file_that_is_not_a_members_csv_gives_one_clear_message(
    qtbot, window, db, monkeypatch, tmp_path, name: str, content: bytes, reason: str
) -> None:
    before = snapshot(db)
    path = tmp_path / name
    path.write_bytes(content)
    dialog = _open(qtbot, window, monkeypatch, path)
    message = dialog.summary.text()
    assert message.startswith(f"{name} cannot be imported: ") and reason in message
    assert "Traceback" not in message and "\n" not in message
    assert not dialog.problems.isVisible() and not dialog.import_button.isEnabled()
    assert snapshot(db) == before


def test_cancel_after_the_dry_run_writes_nothing(qtbot, window, db, monkeypatch, tmp_path) -> None:
    before = snapshot(db)
    path = _write(tmp_path, "members.csv", MEMBERS_CSV)
    dialog = _open(qtbot, window, monkeypatch, path)
    qtbot.mouseClick(dialog.skip_bad, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.wait(100)
    assert snapshot(db) == before and _members(db) == 0


def test_cancel_during_the_import_undoes_it(qtbot, window, db, monkeypatch, tmp_path) -> None:
    before = snapshot(db)
    rows = "".join(f"Member {i},139{i:08d}\n" for i in range(1200))
    path = _write(tmp_path, "many.csv", "name,phone\n" + rows)
    dialog = _open(qtbot, window, monkeypatch, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # at once: Cancel
    assert dialog.isVisible()  # it stays to say what became of the import
    _wait(qtbot, dialog)
    assert dialog.summary.text() == "Stopped. Nothing was imported."
    assert snapshot(db) == before


def test_sales_are_imported_as_the_file_kind_says(
    qtbot, window, db, zhang, monkeypatch, tmp_path
) -> None:
    when = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%d 09:00")
    path = _write(
        tmp_path,
        "sales.csv",
        f"receipt,card,timestamp,amount\nR1,{zhang.card},{when},120.00\nR2,899999999990,{when},5\n",
    )
    dialog = _open(qtbot, window, monkeypatch, path)
    assert "needs a column named name" in dialog.summary.text()  # read as members at first
    dialog.kind.setCurrentIndex(dialog.kind.findData("sales"))  # checked again as sales
    _wait(qtbot, dialog)
    [(line, column, _problem)] = _bad_rows(dialog)
    assert (line, column) == ("3", "card")
    qtbot.mouseClick(dialog.skip_bad, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert "Imported 1 sale from sales.csv" in dialog.summary.text()
    with db.session(readonly=True) as s:
        assert list(s.exec(select(Sale.receipt))) == ["R1"]


def test_a_row_gone_bad_since_the_dry_run_stops_the_whole_import(
    qtbot, window, db, actor, monkeypatch, tmp_path
) -> None:
    path = _write(tmp_path, "two.csv", "name,phone\nAnna,13900139001\nBo,13900139002\n")
    dialog = _open(qtbot, window, monkeypatch, path)
    assert dialog.import_button.isEnabled() and not dialog.problems.isVisible()
    with db.session() as s:  # meanwhile, at the till, Bo's phone is enrolled
        enrol(s, actor, Enrolment(name="Bo at the till", phone="13900139002"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert dialog.summary.text() == "1 bad row in two.csv; nothing was imported"
    assert [(line, column) for line, column, _p in _bad_rows(dialog)] == [("3", "phone")]
    assert not dialog.import_button.isEnabled()  # a new check first
    assert _members(db) == 1


def test_a_cashier_is_not_offered_the_import(cashier_window, window) -> None:
    assert cashier_window.members.import_button.isHidden()
    assert not cashier_window.members.cards_button.isHidden()  # printing a card is fine
    assert not window.members.import_button.isHidden()


def test_the_item_list_imports_through_the_same_dialog(qtbot, window, db, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    path = _write(
        tmp_path, "items.csv", "code,name,price,barcode\nLAT,Latte,28,6901234567892\nMUG,Mug,x,\n"
    )
    dialog = _open(qtbot, window, monkeypatch, path)  # first checked as members: not those
    dialog.kind.setCurrentIndex(dialog.kind.findData("items"))
    _wait(qtbot, dialog)
    assert _bad_rows(dialog) == [("3", "price", "'x': not an amount in yuan (e.g. 88.50)")]
    dialog.skip_bad.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    with db.session(readonly=True) as s:
        assert [(i.code, i.price_cents) for i in item_list(s)] == [("LAT", 2800)]
