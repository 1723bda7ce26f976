"""The member browser: lazy paging over 100,000 members, search, sort, detail and adjustment."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support import when_modal

from loyalty_desktop.app import build_main_window
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services.members import Seek
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.points import history
from loyalty_desktop.store.models import EntryKind
from loyalty_desktop.ui.members import COLUMNS, DETAIL_MAX_WIDTH, DETAIL_MIN_WIDTH, PAGE

MEMBERS = 100_000


@pytest.fixture(scope="module")
def big_shop_file(tmp_path_factory) -> Path:
    """A shop with 100,000 members, written straight into the tables (fast to build)."""
    path = tmp_path_factory.mktemp("big") / "big.db"
    open_shop(sqlite_url(path), till_id="till-test").dispose()
    rows = [
        (
            str(uuid.uuid4()),
            "till-test",
            f"9{i:011d}",
            f"Member {i:06d}",
            f"139{i:08d}",
            f"{i % 10000:04d}",
            "",
            0,
            "2026-01-01 00:00:00.000000",
            "active",
            i % 1000,
        )
        for i in range(MEMBERS)
    ]
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany(
            "INSERT INTO member (uuid, origin_till, card, name, phone, phone_last4, tags,"
            " marketing_consent, enrolled_at, status, balance) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    return path


@pytest.fixture
def big_window(qtbot, big_shop_file, tmp_path):
    path = tmp_path / "big.db"
    shutil.copy(big_shop_file, path)
    db = open_shop(sqlite_url(path), till_id="till-test")
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.members)
    qtbot.waitExposed(window)
    yield window
    db.dispose()


def test_the_table_fetches_pages_not_the_whole_table(qtbot, big_window) -> None:
    view = big_window.members
    model = view.model
    assert model.rowCount() == MEMBERS
    qtbot.wait(50)
    assert 0 < model.loaded_rows() <= 2 * PAGE
    view.table.scrollToBottom()
    qtbot.wait(50)
    assert model.loaded_rows() <= 4 * PAGE
    last = model.index(MEMBERS - 1, 1).data()
    assert last == "Member 099999"  # sorted by name, so the last page holds the last name


def test_the_last_pages_are_read_by_keyset_not_by_counting_rows(qtbot, big_window) -> None:
    """Ctrl+End, then Page Up: the pages at the end are asked for as "the last rows" and "the
    rows before this one" — never an offset past 99,000 rows (what made the end slow)."""
    view = big_window.members
    asked: list[Seek] = []
    real = view.model.ops.call

    def watched(work, **kwargs):  # type: ignore[no-untyped-def]
        asked.extend(
            c.cell_contents for c in work.__closure__ or () if isinstance(c.cell_contents, Seek)
        )
        return real(work, **kwargs)

    view.model.ops.call = watched  # type: ignore[method-assign]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    for _ in range(12):
        qtbot.keyClick(view.table, Qt.Key.Key_PageUp)
    qtbot.wait(50)
    assert view.model.index(MEMBERS - 1, 1).data() == "Member 099999"
    assert view.model.index(MEMBERS - PAGE - 1, 1).data() == f"Member {MEMBERS - PAGE - 1:06d}"
    assert asked and all(seek.offset == 0 for seek in asked)
    assert any(seek.last for seek in asked) and any(seek.before for seek in asked)


def test_search_and_sort(qtbot, big_window) -> None:
    view = big_window.members
    qtbot.keyClicks(view.search, "member 01234", delay=20)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.model.rowCount() == 10  # Member 012340 … Member 012349
    assert view.model.index(9, 1).data() == "Member 012349"
    assert "10 members" in view.count.text()
    view.search.clear()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # points
    assert view.model.index(0, 4).data() == "999"
    assert view.model.loaded_rows() <= 2 * PAGE


def test_choosing_a_row_shows_the_member_and_the_owner_adjusts(qtbot, window, db, zhang) -> None:
    view = window.members
    window.show_page(view)
    view.model.reload()
    view.table.selectRow(0)
    assert view.detail.member_id == zhang.id
    assert "Zhang San" in view.detail.title.text()
    assert view.detail.ledger.rowCount() == 1  # the opening balance

    def adjust(dialog) -> None:
        dialog.points.setValue(-40)
        qtbot.keyClicks(dialog.reason, "returned gift", delay=10)
        dialog.submit()

    when_modal(adjust)
    qtbot.mouseClick(view.detail.adjust_button, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        latest = history(s, zhang.id)[0]
    assert (latest.kind, latest.points, latest.note) == (EntryKind.ADJUST, -40, "returned gift")
    assert view.detail.ledger.rowCount() == 2
    assert view.model.index(0, 4).data() == "960"


def test_an_adjustment_without_a_reason_is_refused_in_the_dialog(qtbot, window, db, zhang) -> None:
    view = window.members
    view.model.reload()
    view.table.selectRow(0)
    seen: list[str] = []

    def no_reason(dialog) -> None:
        dialog.points.setValue(10)
        dialog.submit()  # refused inline: the dialog stays open
        seen.append(dialog.error.text())
        dialog.reject()

    when_modal(no_reason)
    view.detail.adjust()
    assert "reason" in seen[0]
    with db.session(readonly=True) as s:
        assert len(history(s, zhang.id)) == 1


def test_at_1366_by_768_the_name_column_shows_whole_names(qtbot, window, zhang) -> None:
    window.resize(1366, 768)
    window.show_page(window.members)
    table = window.members.table
    window.members.model.reload()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # a member chosen: the detail pane fills
    assert window.members.detail.member_id is not None
    name = COLUMNS.index("name")
    needed = max(table.fontMetrics().horizontalAdvance(n) for n in ("王芳芳", "Li Na Wang")) + 16
    qtbot.waitUntil(lambda: window.width() == 1366)
    qtbot.wait(50)
    assert table.columnWidth(name) >= needed
    listed, detail = window.members.splitter.sizes()
    assert listed > detail  # the detail pane yields


def test_on_a_wide_screen_the_detail_pane_grows_and_a_dragged_split_is_kept(
    qtbot, window, zhang
) -> None:
    window.show_page(window.members)
    view = window.members
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: view.splitter.sizes()[1] == DETAIL_MIN_WIDTH)
    window.resize(1920, 1080)
    # The points history's five columns need room: past whole names, the detail pane widens.
    qtbot.waitUntil(lambda: view.splitter.sizes()[1] > 2 * DETAIL_MIN_WIDTH)
    listed, detail = view.splitter.sizes()
    assert listed > detail
    view.splitter.moveSplitter(listed - 100, 1)  # the cashier drags the handle
    chosen = view.splitter.sizes()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    assert chosen[1] > DETAIL_MAX_WIDTH
    assert view.splitter.sizes()[1] > DETAIL_MAX_WIDTH  # not set back to the default split
