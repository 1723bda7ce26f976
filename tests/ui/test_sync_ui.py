"""Settings → Sync, as the owner uses it: choose the shared folder, Sync now, read what came in
and what went out; switch on the till's own sync; a folder that went away is said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from sqlmodel import select
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.app import build_main_window
from loyalty_desktop.services.member_edits import MemberChanges, edit_member
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.settings import set_sync_folder, set_syncs_automatically
from loyalty_desktop.services.sync.now import sync_now
from loyalty_desktop.store.models import Member, Sale
from loyalty_desktop.ui.sync_view import SyncTab, start_automatic_sync

pytestmark = pytest.mark.sqlite_only("the other till is a SQLite file")


def _sync_tab(qtbot, window) -> SyncTab:  # type: ignore[no-untyped-def]
    settings = window.settings
    window.show_page(settings)
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    settings.tabs.setCurrentIndex(titles.index("Sync"))
    tab = settings.tabs.currentWidget().findChild(SyncTab)
    assert isinstance(tab, SyncTab)
    return tab


@pytest.fixture
def shared(tmp_path, db) -> Path:
    """The shared folder, holding a package of another till's member and sale."""
    folder = tmp_path / "shared"
    folder.mkdir()
    other = open_till(tmp_path / "other.db", "till-other", shop_of(db))
    with other.db.session() as s:
        member = enrol(s, other.actor, Enrolment(name="李娜", phone="13900000009"))
        record_sale(s, other.actor, SaleRequest(6600, member.id))
        set_sync_folder(s, "till-other", folder)
    sync_now(other.db, other.actor)
    other.db.dispose()
    return folder


def test_owner_chooses_the_folder_and_syncs_now(qtbot, window, db, shared, monkeypatch) -> None:
    tab = _sync_tab(qtbot, window)
    assert not tab.sync_button.isEnabled()  # no folder yet
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(shared))
    qtbot.mouseClick(tab.choose_button, Qt.MouseButton.LeftButton)
    assert tab.folder_edit.text() == str(shared) and tab.sync_button.isEnabled()
    qtbot.mouseClick(tab.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text() == "Synced.", timeout=30_000)
    assert "In: 1 package from the other tills — members 1, sales 1" in tab.result.text()
    assert "Out: package 1 with" in tab.result.text()
    assert not tab.conflicts.isVisible()
    with db.session(readonly=True) as s:
        assert len(s.exec(select(Sale)).all()) == 1
    assert len([p for p in shared.iterdir() if p.name.startswith(db.till_id)]) == 1


def test_the_tills_own_sync_is_switched_on_here(qtbot, window, db, shared) -> None:
    tab = _sync_tab(qtbot, window)
    with db.session() as s:
        set_sync_folder(s, db.till_id, shared)
    tab.reload()
    tab.automatic.click()
    tab.reload()  # read back from the database
    assert tab.automatic.isChecked()


def test_a_folder_gone_at_start_up_stays_in_the_status_bar(qtbot, db, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with db.session() as s:
        set_sync_folder(s, db.till_id, stick)
        set_syncs_automatically(s, db.till_id, True)
    stick.rmdir()
    window = build_main_window(db)
    qtbot.addWidget(window)
    warning: QLabel = start_automatic_sync(window, window.ops)
    window.ops.wait_idle()
    qtbot.waitUntil(lambda: bool(warning.text()))
    assert warning.text().startswith("Sync failed:") and "does not exist" in warning.text()


def test_the_conflict_log_of_member_edits_is_shown_in_sentences(
    qtbot, window, db, actor, tmp_path
) -> None:
    here, folder = Till(db, actor), tmp_path / "usb"
    other = open_till(tmp_path / "edits.db", "till-edits", shop_of(db))
    with db.session() as s:
        member = enrol(s, actor, Enrolment(name="赵六", phone="13600136000"))
    other.import_(here.export(folder).path)  # both know 赵六
    for till, name in ((here, "赵小六"), (other, "赵老六")):  # offline, the other's later
        with till.db.session() as s:
            found = s.exec(select(Member).where(Member.uuid == member.uuid)).one()
            edit_member(s, till.actor, found.id or 0, MemberChanges(name=name))
    other.export(folder)
    here.import_(folder)
    other.db.dispose()

    tab = _sync_tab(qtbot, window)
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)

    assert tab.result.text() == "1 member edit lost to another till's:"
    [line] = [tab.conflicts.item(i).text() for i in range(tab.conflicts.count())]
    assert "赵小六 (till till-test" in line and "gave way to 赵老六 (till till-edits" in line
