"""Where things live: the per-user data directory, the database URL and this till's id."""

from __future__ import annotations

import argparse
import os
import uuid
from pathlib import Path

from platformdirs import user_data_dir

from loyalty_desktop.core.i18n import translate

APP_NAME = "loyalty-desktop"
ENV_DB = "LOYALTY_DB"
ENV_DATABASE_URL = "LOYALTY_DATABASE_URL"
ENV_TILL_ID = "LOYALTY_TILL_ID"


def data_dir() -> Path:
    path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "loyalty.db"


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def resolve_database_url(db_path: str | None = None, database_url: str | None = None) -> str:
    """Command-line flags first, then the environment, then the GUI's per-user file."""
    if database_url:
        return database_url
    if db_path:
        return sqlite_url(db_path)
    if os.environ.get(ENV_DATABASE_URL):
        return os.environ[ENV_DATABASE_URL]
    if os.environ.get(ENV_DB):
        return sqlite_url(os.environ[ENV_DB])
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
