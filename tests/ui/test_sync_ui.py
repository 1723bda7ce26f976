"""Settings → Sync, as the owner uses it: choose the shared folder, Sync now, read what came in
and what went out; switch on the till's own sync; a folder that went away is said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from sqlmodel import select
from sync_tills import open_till, shop_of

from loyalty_desktop.app import build_main_window
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.settings import set_sync_folder, set_syncs_automatically
from loyalty_desktop.services.sync.now import sync_now
from loyalty_desktop.store.models import Sale
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
