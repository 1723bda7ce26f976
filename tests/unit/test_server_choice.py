"""This user's choice of database: the server's details in the settings file, its password in
the system's keyring (never in the file), the URL resolved from them, and where no keyring
can keep it, asked for at start-up."""

from __future__ import annotations

from typing import ClassVar

import pytest

from loyalty_desktop.core import config, passwords

SERVER = config.Server(host="192.168.1.10", port=5433, database="shop", user="till")


@pytest.fixture
def memory_keyring(monkeypatch):  # type: ignore[no-untyped-def]
    """A keyring backend as the system's would be (Windows, macOS, Secret Service)."""
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 5  # type: ignore[assignment]
        kept: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(Memory())
    yield Memory.kept
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def no_choice_yet():  # type: ignore[no-untyped-def]
    (config.data_dir() / config.DATABASE_CHOICE).unlink(missing_ok=True)
    yield
    (config.data_dir() / config.DATABASE_CHOICE).unlink(missing_ok=True)


def test_the_sqlite_file_is_the_default() -> None:
    assert config.saved_server() is None
    assert config.resolve_database_url() == config.sqlite_url(config.default_db_path())


def test_the_password_goes_to_the_keyring_and_into_the_url(memory_keyring) -> None:
    config.save_choice(SERVER)
    assert passwords.store(SERVER.account, "p@ss:word/1")
    assert memory_keyring == {("loyalty-desktop", "till@192.168.1.10:5433/shop"): "p@ss:word/1"}
    assert "p@ss" not in (config.data_dir() / config.DATABASE_CHOICE).read_text(encoding="utf-8")
    url = config.resolve_database_url()
    assert url == "postgresql+psycopg://till:p%40ss%3Aword%2F1@192.168.1.10:5433/shop"
    assert config.chosen_server() == SERVER
    passwords.forget(SERVER.account)
    assert config.resolve_database_url() == "postgresql+psycopg://till@192.168.1.10:5433/shop"


def test_no_keyring_keeps_nothing(monkeypatch) -> None:
    monkeypatch.setattr(passwords, "_keyring", lambda: None)
    assert not passwords.available() and not passwords.store(SERVER.account, "secret")
    assert passwords.stored(SERVER.account) is None


def test_the_options_and_the_environment_come_before_the_choice(monkeypatch, tmp_path) -> None:
    config.save_choice(SERVER)
    assert config.chosen_server(db_path=str(tmp_path / "a.db")) is None
    assert config.resolve_database_url(str(tmp_path / "a.db")) == config.sqlite_url(
        tmp_path / "a.db"
    )
    monkeypatch.setenv(config.ENV_DB, str(tmp_path / "b.db"))
    assert config.chosen_server() is None


def test_an_unreadable_choice_falls_back_to_the_file() -> None:
    (config.data_dir() / config.DATABASE_CHOICE).write_text("{not json", encoding="utf-8")
    assert config.saved_server() is None
