"""Settings → Backups: choose the folder, back up now, restore (refused or done), and the
daily backup's warning when the folder has gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from support import snapshot

from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.settings import set_backup_folder
from loyalty_desktop.ui.backups import BackupsTab, start_automatic_backup

pytestmark = pytest.mark.sqlite_only("backups of a SQLite file")


def _backups_tab(window) -> BackupsTab:
    settings = window.settings
    window.show_page(settings)
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    settings.tabs.setCurrentIndex(titles.index("Backups"))
    tab = settings.tabs.currentWidget().findChild(BackupsTab)  # inside the tab's scroll area
    assert isinstance(tab, BackupsTab)
    return tab


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Every message box's text; a restore's question is answered yes."""
    said: list[str] = []

    def box(answer=QMessageBox.StandardButton.Ok):
        def show(_parent, _title, text, *_rest):
            said.append(text)
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", box())
    monkeypatch.setattr(QMessageBox, "information", box())
    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.Yes))
    return said


def _choose(monkeypatch, qtbot, tab: BackupsTab, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    qtbot.mouseClick(tab.choose_button, Qt.MouseButton.LeftButton)


def _back_up_now(qtbot, tab: BackupsTab, rows: int) -> None:
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == rows and tab.backup_button.isEnabled())


def test_choose_a_folder_and_back_up_now(qtbot, window, monkeypatch, tmp_path, messages) -> None:
    tab = _backups_tab(window)
    assert not tab.backup_button.isEnabled()  # no folder yet
    folder = tmp_path / "usb"
    folder.mkdir()
    _choose(monkeypatch, qtbot, tab, folder)
    assert tab.folder_edit.text() == str(folder)
    _back_up_now(qtbot, tab, 1)
    [file] = folder.iterdir()
    assert tab.table.item(0, 2).text() == file.name
    assert tab.table.item(0, 1).text().endswith("KB")
    assert file.name in tab.last_label.text() and "Backed up" in tab.status.text()
    assert messages == []


def test_restore_of_a_corrupt_file_says_so_once(
    qtbot, window, db, monkeypatch, tmp_path, messages
) -> None:
    tab = _backups_tab(window)
    bad = tmp_path / "loyalty-backup-20260101-090000.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = snapshot(db)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(bad), ""))
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages) == 2)  # the question, then the refusal
    assert str(bad) in messages[0] and "pre-restore copy" in messages[0]
    assert "cannot be restored" in messages[1] and "unchanged" in messages[1]
    assert snapshot(db) == before
    assert window.isVisible() and tab.restore_button.isEnabled()


def test_restore_brings_the_backup_back_and_closes(
    qtbot, window, db, actor, monkeypatch, tmp_path, messages
) -> None:
    tab = _backups_tab(window)
    _choose(monkeypatch, qtbot, tab, tmp_path)
    _back_up_now(qtbot, tab, 1)
    saved = snapshot(db)
    with db.session() as session:
        record_sale(session, actor, SaleRequest(amount_cents=5_000))
    assert snapshot(db) != saved
    [file] = tmp_path.glob("loyalty-backup-*.db")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(file), ""))
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert "Restored" in messages[-1] and "pre-restore" in messages[-1]
    after = snapshot(db)
    # The audit trail is the backup's (its own "backup" line was written after it) + the restore.
    assert [line[5] for line in after.pop("audit_entry")] == ["restore"]
    saved.pop("audit_entry")
    assert after == saved
    assert list(tmp_path.glob("shop.db.pre-restore-*.bak"))


def test_the_daily_backup_warns_when_its_folder_is_gone(qtbot, window, db, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with db.session() as session:
        set_backup_folder(session, db.till_id, stick)
    stick.rmdir()
    warning = start_automatic_backup(window, window.ops)
    qtbot.waitUntil(warning.isVisible)
    assert "Backup failed" in warning.text() and "USB stick" in warning.text()
    stick.mkdir()  # plugged in again: the next start backs up, and says nothing
    quiet = start_automatic_backup(window, window.ops)
    qtbot.waitUntil(lambda: len(list(stick.iterdir())) == 1)
    window.ops.wait_idle()
    assert not quiet.isVisible()
