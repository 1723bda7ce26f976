"""Where things live: the per-user data directory, the database URL and this till's id."""

from __future__ import annotations

import argparse
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import URL

from loyalty_desktop.core import passwords
from loyalty_desktop.core.i18n import translate

APP_NAME = "loyalty-desktop"
ENV_DB = "LOYALTY_DB"
ENV_DATABASE_URL = "LOYALTY_DATABASE_URL"
ENV_TILL_ID = "LOYALTY_TILL_ID"
DATABASE_CHOICE = "database.json"  # this user's choice of database, in the data dir


def data_dir() -> Path:
    path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "loyalty.db"


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


@dataclass(frozen=True)
class Server:
    """A PostgreSQL server the tills share; its password is never part of it (see passwords)."""

    host: str
    port: int = 5432
    database: str = "loyalty"
    user: str = "loyalty"

    @property
    def account(self) -> str:
        """What the keyring keeps the password under."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        url = URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )
        return url.render_as_string(hide_password=False)


def saved_server() -> Server | None:
    """The server this user chose in Settings → Database; None: the SQLite file (the default,
    also when the choice cannot be read)."""
    try:
        saved = json.loads((data_dir() / DATABASE_CHOICE).read_text(encoding="utf-8"))
        return Server(**saved["server"]) if saved.get("kind") == "postgresql" else None
    except (OSError, ValueError, TypeError, KeyError):
        return None


def save_choice(server: Server | None) -> Path:
    """Keep the choice (None: this computer's SQLite file) for the next start; no password."""
    choice = (
        {"kind": "sqlite"} if server is None else {"kind": "postgresql", "server": asdict(server)}
    )
    path = data_dir() / DATABASE_CHOICE
    partial = path.with_name(path.name + ".new")
    partial.write_text(json.dumps(choice, indent=2), encoding="utf-8")
    partial.replace(path)  # whole or not at all
    return path


def chosen_server(db_path: str | None = None, database_url: str | None = None) -> Server | None:
    """The saved server, when neither the options nor the environment name a database."""
    named = database_url or db_path or os.environ.get(ENV_DATABASE_URL) or os.environ.get(ENV_DB)
    return None if named else saved_server()


def resolve_database_url(db_path: str | None = None, database_url: str | None = None) -> str:
    """Command-line flags first, then the environment, then this user's choice: the server
    (its password from the keyring, if kept there) or the per-user SQLite file."""
    if database_url:
        return database_url
    if db_path:
        return sqlite_url(db_path)
    if os.environ.get(ENV_DATABASE_URL):
        return os.environ[ENV_DATABASE_URL]
    if os.environ.get(ENV_DB):
        return sqlite_url(os.environ[ENV_DB])
    if (server := saved_server()) is not None:
        return server.url(passwords.stored(server.account))
    return sqlite_url(default_db_path())


def add_database_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    """``--db`` and ``--database-url``, the same for the app and the command line."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=translate("Options", "SQLite database file of the shop"),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help=translate("Options", "any SQLAlchemy database URL (instead of --db)"),
    )


def till_id() -> str:
    """This machine's till id, stamped on every row it creates (kept in the data dir)."""
    if os.environ.get(ENV_TILL_ID):
        return os.environ[ENV_TILL_ID]
    path = data_dir() / "till-id"
    if not path.exists():
        path.write_text(f"till-{uuid.uuid4().hex[:12]}\n", encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()
