"""Settings → Database as the owner uses it: the database in use, Test connection against the
real server of the PostgreSQL run (an empty database, a wrong and a right password; the URL
shown masked), a server that is not there, the choice saved without the password, and the
shop moved onto the server with a progress bar."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import make_url

from loyalty_desktop.app import build_main_window
from loyalty_desktop.core import config, passwords
from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.store.models import Role, Staff
from loyalty_desktop.ui.database import DatabaseTab

ROLE = "loyalty_password_login"  # scripts/test-postgres.sh asks this role for its password
PASSWORD = "pw-right-7Q2K"


def _database_tab(window) -> DatabaseTab:  # type: ignore[no-untyped-def]
    settings = window.settings
    window.show_page(settings)
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    settings.tabs.setCurrentIndex(titles.index("Database"))
    tab = settings.tabs.currentWidget().findChild(DatabaseTab)  # inside the tab's scroll area
    assert isinstance(tab, DatabaseTab)
    return tab


def _fill(qtbot, tab: DatabaseTab, url: str, password: str = "") -> None:  # type: ignore[no-untyped-def]
    parsed = make_url(url)
    tab.use_server.click()
    for field, text in (
        (tab.host, parsed.host),
        (tab.database, parsed.database),
        (tab.user, parsed.username),
        (tab.password, password),
    ):
        field.clear()
        qtbot.keyClicks(field, text or "")
    tab.port.setValue(parsed.port or 5432)


def _test_connection(qtbot, tab: DatabaseTab) -> str:  # type: ignore[no-untyped-def]
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.test_button.isEnabled(), timeout=15_000)
    return tab.status.text()


@pytest.fixture(autouse=True)
def forget_the_choice():  # type: ignore[no-untyped-def]
    """Each test's choice is gone after it: later tests open this user's default file."""
    yield
    (config.data_dir() / config.DATABASE_CHOICE).unlink(missing_ok=True)


@pytest.fixture
def no_keyring(monkeypatch) -> None:
    monkeypatch.setattr(passwords, "_keyring", lambda: None)


@pytest.fixture
def password_login(request, server_database) -> str:  # type: ignore[no-untyped-def]
    """A login the server checks the password of (the run's own login is trusted)."""
    engine = request.getfixturevalue("server")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        exists = conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}'").first()
        verb = "ALTER" if exists else "CREATE"
        conn.exec_driver_sql(f"{verb} ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
    return make_url(server_database).set(username=ROLE).render_as_string(hide_password=False)


def test_the_tab_names_the_database_in_use_and_only_the_owner_has_it(qtbot, window, db) -> None:
    tab = _database_tab(window)
    assert tab.in_use.text() == f"This till works on: {db.display_name()}"
    assert tab.use_sqlite.isChecked() and not tab.test_button.isEnabled()
    with db.session() as s:
        manager = Staff(
            name="Chen Jie", role=Role.MANAGER, origin_till="till-test", created_at=utcnow()
        )
        s.add(manager)
        s.flush()
        manager_id = manager.id
    managers = build_main_window(db, manager_id)
    qtbot.addWidget(managers)
    assert managers.settings is None  # Settings, and so its Database tab, is the owner's


def test_a_server_that_is_not_there_says_so_in_one_line(qtbot, window) -> None:
    tab = _database_tab(window)
    _fill(qtbot, tab, "postgresql+psycopg://loyalty@127.0.0.1:1/loyalty", "secret-1")
    said = _test_connection(qtbot, tab)
    assert said.startswith("database postgresql+psycopg://loyalty:***@127.0.0.1:1/loyalty: ")
    assert "the server cannot be reached" in said and "secret-1" not in said
    assert "\n" not in said


def test_saving_a_server_never_writes_its_password(qtbot, window, no_keyring) -> None:
    tab = _database_tab(window)
    _fill(qtbot, tab, "postgresql+psycopg://till@192.168.1.10:5433/shop", "secret-2")
    tab.save_button.click()
    assert tab.status.text() == (
        "Saved: from the next start this till works on "
        "postgresql+psycopg://till@192.168.1.10:5433/shop. "
        "The password will be asked for when the till starts."
    )
    saved = (config.data_dir() / config.DATABASE_CHOICE).read_text(encoding="utf-8")
    assert "secret-2" not in saved
    assert json.loads(saved)["server"] == {
        "host": "192.168.1.10",
        "port": 5433,
        "database": "shop",
        "user": "till",
    }
    assert config.resolve_database_url() == "postgresql+psycopg://till@192.168.1.10:5433/shop"
    tab.use_sqlite.click()
    tab.save_button.click()
    assert config.saved_server() is None


def test_connection_ok_and_a_wrong_password_against_the_server(
    qtbot, window, server_database, password_login
) -> None:
    tab = _database_tab(window)
    _fill(qtbot, tab, server_database)
    assert _test_connection(qtbot, tab) == (
        f"Connected to {server_database}. The database is empty: move this shop to it, "
        "or a till that starts on it begins a new shop."
    )
    _fill(qtbot, tab, password_login, "wrong-password")
    said = _test_connection(qtbot, tab)
    if said.startswith("Connected"):
        pytest.skip("this server trusts every login (scripts/test-postgres.sh asks passwords)")
    masked = password_login.replace(f"{ROLE}@", f"{ROLE}:***@")  # the password never shown
    assert said == f"database {masked}: the user name or the password is wrong"
    _fill(qtbot, tab, password_login, PASSWORD)
    said = _test_connection(qtbot, tab)
    assert said == (
        f"Connected to {masked}. The database is empty: move this shop to it, "
        "or a till that starts on it begins a new shop."
    )
    assert PASSWORD not in said


def test_move_this_shop_to_the_server(qtbot, tmp_path, server_database, no_keyring) -> None:
    shop = open_shop(f"sqlite:///{tmp_path / 'till.db'}", till_id="till-test")
    window = build_main_window(shop)
    qtbot.addWidget(window)
    tab = _database_tab(window)
    _fill(qtbot, tab, server_database)
    assert tab.move_button.isEnabled()  # this till works on its SQLite file
    tab.move_button.click()
    assert not tab.progress.isHidden()
    qtbot.waitUntil(lambda: tab.save_button.isEnabled(), timeout=60_000)
    said = tab.status.text()
    assert said.startswith("Moved ") and "`loyalty check` passes on both" in said, said
    assert tab.progress.isHidden()
    assert config.saved_server() == config.Server(
        host=make_url(server_database).host or "",
        port=make_url(server_database).port or 5432,
        database=make_url(server_database).database or "",
        user=make_url(server_database).username or "",
    )
    moved = open_shop(server_database, till_id="till-test")
    assert moved.display_name() == server_database
    moved.dispose()
    shop.dispose()
