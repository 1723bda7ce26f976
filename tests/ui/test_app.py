import logging
import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from sqlmodel import select
from support import when_modal

from loyalty_desktop.app import build_main_window, open_chosen_shop, parse_args
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.errors import DatabaseDamaged
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.store.models import Sale
from loyalty_desktop.store.models.base import saved_id


@pytest.mark.sqlite_only("the status bar names a SQLite file")
def test_status_bar_names_the_database_and_the_staff_member(qtbot, db) -> None:
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert any(str(db.sqlite_path) in text for text in texts)
    assert any("Owner" in text for text in texts)


def _damaged_shop(tmp_path, monkeypatch, sales: int = 0, cut: bool = False):  # type: ignore[no-untyped-def]
    """A shop with ``sales`` walk-in sales, a good copy of it (backup.db), then damaged: a
    byte flipped in the sale table's root page, or (``cut``) the file cut to half its length."""
    path = tmp_path / "shop.db"
    shop = open_shop(sqlite_url(path), till_id="t")
    with shop.session() as s:
        for _ in range(sales):
            record_sale(s, Actor(saved_id(ensure_owner(s, "t")), "t"), SaleRequest(1000, None))
    shop.dispose()
    good = tmp_path / "backup.db"
    with sqlite3.connect(path) as source, sqlite3.connect(good) as copy:
        source.backup(copy)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sale'").fetchone()
    data = bytearray(path.read_bytes())
    if cut:
        del data[len(data) // 2 :]
    else:
        data[(root - 1) * 4096] ^= 0xFF
    path.write_bytes(bytes(data))
    monkeypatch.setenv("LOYALTY_DB", str(path))
    return path, good, bytes(data)


def test_a_shop_file_cut_short_is_not_opened_and_the_owner_is_told_why(
    qtbot, tmp_path, monkeypatch
) -> None:
    path, _good, damaged = _damaged_shop(tmp_path, monkeypatch, cut=True)
    said: list[str] = []
    when_modal(lambda dialog: (said.append(dialog.explain.text()), dialog.reject()))
    assert open_chosen_shop(parse_args([])) is None
    assert "damaged" in said[0] and "backup" in said[0] and str(path) in said[0]
    assert "cut short" in said[0]
    assert path.read_bytes() == damaged


def test_a_backup_put_in_place_of_a_damaged_shop_opens(qtbot, tmp_path, monkeypatch) -> None:
    _path, good, damaged = _damaged_shop(tmp_path, monkeypatch, sales=3, cut=True)
    seen = _mend_with(good, monkeypatch, qtbot)
    shop = open_chosen_shop(parse_args([]))
    assert shop is not None
    _assert_restored(shop, tmp_path, damaged, seen)


def _mend_with(good, monkeypatch, qtbot) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The next damaged-shop dialog restores ``good`` and opens it (what it said kept)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(good), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    seen: dict[str, str] = {}

    def mend(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["explain"] = dialog.explain.text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.open_button.isVisible, timeout=30_000)
        seen["status"] = dialog.status.text()
        qtbot.keyClick(dialog.open_button, Qt.Key.Key_Return)

    when_modal(mend)
    return seen


def _assert_restored(shop, tmp_path, damaged: bytes, seen: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    with shop.session(readonly=True) as s:
        assert len(s.exec(select(Sale)).all()) == 3
    shop.dispose()
    [aside] = tmp_path.glob("shop.db.damaged-*[0-9]")  # its -wal and -shm are kept too
    assert aside.read_bytes() == damaged and str(aside) in seen["status"]


def _window_checking(qtbot, db):  # type: ignore[no-untyped-def]
    """The main window shown on ``db``, its check of the whole file begun as at start-up."""
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    window.start_background_work()
    return window


def test_damage_inside_the_file_is_found_once_the_window_shows_and_nothing_is_written(
    qtbot, tmp_path, monkeypatch
) -> None:
    """Opening reads the header and the schema only (the till shows at once, whatever the
    shop's size); the whole file is checked in the background, and damage found there gets
    the same message and way out, and stops every write."""
    path, _good, damaged = _damaged_shop(tmp_path, monkeypatch, sales=3)
    db = open_chosen_shop(parse_args([]))
    assert db is not None and db.unchecked
    said: list[str] = []
    when_modal(lambda dialog: (said.append(dialog.explain.text()), dialog.reject()))
    window = _window_checking(qtbot, db)
    qtbot.waitUntil(lambda: window.damage is not None and not window.isVisible(), timeout=30_000)
    assert "damaged" in said[0] and "backup" in said[0] and str(path) in said[0]
    assert not window.backup_restored
    with pytest.raises(DatabaseDamaged), db.session() as s:
        record_sale(s, Actor(1, "t"), SaleRequest(1000, None))
    assert path.read_bytes() == damaged


def test_a_backup_put_in_place_once_the_window_found_damage_opens(
    qtbot, tmp_path, monkeypatch
) -> None:
    _path, good, damaged = _damaged_shop(tmp_path, monkeypatch, sales=3)
    db = open_chosen_shop(parse_args([]))
    assert db is not None
    seen = _mend_with(good, monkeypatch, qtbot)
    window = _window_checking(qtbot, db)
    qtbot.waitUntil(lambda: window.backup_restored and not window.isVisible(), timeout=30_000)
    assert "damaged" in seen["explain"]
    shop = open_chosen_shop(parse_args([]))  # as main() opens it again
    assert shop is not None and shop is not db
    _assert_restored(shop, tmp_path, damaged, seen)


def test_a_sound_shop_is_checked_after_start_up_then_housekept(qtbot, tmp_path) -> None:
    db = open_shop(sqlite_url(tmp_path / "shop.db"), till_id="t")
    db.dispose()
    db = open_shop(db.url, till_id="t", check_later=True)
    assert db.unchecked
    window = _window_checking(qtbot, db)
    qtbot.waitUntil(lambda: "housekeeping" in window.statusBar().currentMessage(), timeout=30_000)
    assert not db.unchecked and window.damage is None and window.isVisible()


def test_help_lists_the_options_and_exits_without_a_window(capsys) -> None:
    import pytest

    from loyalty_desktop.app import main

    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "--db PATH" in out and "--database-url URL" in out


def test_db_and_database_url_choose_the_shop(tmp_path, monkeypatch) -> None:
    from loyalty_desktop.app import database_url, parse_args

    monkeypatch.setenv("LOYALTY_DB", str(tmp_path / "from-env.db"))
    path = tmp_path / "counter.db"
    assert database_url(parse_args(["--db", str(path)])) == sqlite_url(path)
    url = "postgresql://shop@server/loyalty"
    assert database_url(parse_args(["--database-url", url, "--db", str(path)])) == url
    assert database_url(parse_args([])) == sqlite_url(tmp_path / "from-env.db")


@pytest.fixture
def own_log():
    """The root logger's handlers as they were, after the test's own log file."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in set(root.handlers) - set(before):
        root.removeHandler(handler)
        handler.close()


def test_an_unexpected_error_shows_one_sentence_and_the_traceback_goes_to_the_log(
    qtbot, tmp_path, own_log
) -> None:
    from loyalty_desktop.app import _show_unexpected
    from loyalty_desktop.core.logs import start_log

    log = start_log(tmp_path)
    said: list[str] = []
    when_modal(lambda box: (said.append(box.text()), box.accept()))
    try:
        {}["missing"]
    except KeyError:
        _show_unexpected(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert said == ["Something went wrong: 'missing'"]
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "KeyError: 'missing'" in written
    assert "test_app.py" in written  # where it happened, for support


def test_the_log_rotates_instead_of_filling_the_disk(tmp_path, own_log) -> None:
    from loyalty_desktop.core import logs

    logs.start_log(tmp_path)
    line = "x" * 1000
    for _ in range(logs.LOG_BYTES * (logs.LOG_BACKUPS + 2) // 1000):
        logging.getLogger("loyalty_desktop").info(line)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files[0] == logs.LOG_NAME and len(files) == logs.LOG_BACKUPS + 1
    assert all(p.stat().st_size <= logs.LOG_BYTES + 2000 for p in tmp_path.iterdir())


def test_the_server_password_is_asked_at_start_when_no_keyring_keeps_it(monkeypatch) -> None:
    from loyalty_desktop import app
    from loyalty_desktop.core import config, passwords

    server = config.Server(host="192.168.1.10", database="shop", user="till")
    config.save_choice(server)
    monkeypatch.setattr(passwords, "_keyring", lambda: None)
    asked: list[config.Server] = []
    monkeypatch.setattr(app, "ask_server_password", lambda s: asked.append(s) or "typed-pw")
    try:
        url = app.database_url(app.parse_args([]))
        assert asked == [server]
        assert url == "postgresql+psycopg://till:typed-pw@192.168.1.10:5432/shop"
        monkeypatch.setattr(app, "ask_server_password", lambda _s: None)  # cancelled
        assert app.database_url(app.parse_args([])) is None
    finally:
        config.save_choice(None)


def test_a_password_the_server_refuses_is_forgotten_and_asked_again(monkeypatch) -> None:
    from loyalty_desktop import app
    from loyalty_desktop.core import config, passwords
    from loyalty_desktop.core.errors import DatabaseError

    server = config.Server(host="192.168.1.10", database="shop", user="till")
    config.save_choice(server)
    kept = {server.account: "old-pw"}
    monkeypatch.setattr(passwords, "stored", kept.get)
    monkeypatch.setattr(passwords, "forget", lambda account: kept.pop(account))
    monkeypatch.setattr(passwords, "store", lambda account, pw: kept.update({account: pw}))
    tried: list[str] = []

    def server_open(url: str, **_options: object) -> object:
        tried.append(url)
        if "old-pw" in url:
            raise DatabaseError(url="(masked)", reason="wrong_login")
        return "the shop"

    asked: list[str] = []
    monkeypatch.setattr(app, "open_shop", server_open)
    monkeypatch.setattr(
        app, "ask_server_password", lambda _s, refused="": asked.append(refused) or "new-pw"
    )
    try:
        assert app.open_chosen_shop(app.parse_args([])) == "the shop"
    finally:
        config.save_choice(None)
    assert asked == ["database (masked): the user name or the password is wrong"]
    assert [url.split("@")[0] for url in tried] == [
        "postgresql+psycopg://till:old-pw",
        "postgresql+psycopg://till:new-pw",
    ]
    assert kept == {server.account: "new-pw"}  # the password that works is kept


def test_main_opens_the_restored_shop_afresh_after_the_window_found_damage(
    qtbot, tmp_path, monkeypatch, own_log
) -> None:
    """The whole of main(): the window shows, its check finds the damage, a backup is put in
    place, and the shop is opened again and signed in to afresh (here: the person leaves)."""
    from PySide6.QtWidgets import QApplication

    from loyalty_desktop import app as entry

    _path, good, damaged = _damaged_shop(tmp_path, monkeypatch, sales=3)
    signed_in: list[int] = []

    class Owner:
        id = 1

    def sign_in(db):  # type: ignore[no-untyped-def]
        if not signed_in:  # the damaged shop: its sale table cannot be read
            signed_in.append(-1)
            return Owner()
        with db.session(readonly=True) as s:
            signed_in.append(len(s.exec(select(Sale)).all()))
        return None  # the second time: leaves

    monkeypatch.setattr(entry, "start_application", QApplication.instance)
    monkeypatch.setattr(entry, "start_log", lambda: None)
    monkeypatch.setattr(entry, "first_sign_in", sign_in)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen = _mend_with(good, monkeypatch, qtbot)
    assert entry.main([]) == 0
    assert signed_in == [-1, 3]  # the damaged shop, then the backup with its three sales
    assert [window for window in QApplication.topLevelWidgets() if window.isVisible()] == []
    [aside] = tmp_path.glob("shop.db.damaged-*[0-9]")
    assert aside.read_bytes() == damaged and str(aside) in seen["status"]
