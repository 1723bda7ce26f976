"""Files written for the owner (CSV exports, reject files, PDFs): never over the shop itself."""

from __future__ import annotations

import os
from pathlib import Path

from sqlmodel import Session

from loyalty_desktop.core.errors import ProtectedFile
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.store.db import sqlite_file

# What a protected file is, as a refusal names it (translated when it is shown).
DATABASE = QT_TRANSLATE_NOOP("Errors", "the shop's database")
JOURNAL = QT_TRANSLATE_NOOP("Errors", "a journal file of the shop's database")
BACKUP = QT_TRANSLATE_NOOP("Errors", "a backup of the shop's database")
SIDE_FILES = {"-wal": JOURNAL, "-shm": JOURNAL, "-journal": JOURNAL}


def database_file(session: Session) -> Path | None:
    """The SQLite file the session works on (None for PostgreSQL and in-memory SQLite)."""
    return sqlite_file(session.get_bind().engine.url.render_as_string(hide_password=False))


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)  # also a hard link, or another spelling on Windows
    except OSError:
        return os.path.normcase(a) == os.path.normcase(b)


def _part_of(target: Path, database: Path) -> str | None:
    """What ``target`` is to the database, if it is the database, a side file or a backup."""
    if _same(target, database):
        return DATABASE
    if not _same(target.parent, database.parent):
        return None
    name, own = target.name.casefold(), database.name.casefold()  # Windows, macOS: any case
    if name == own:
        return DATABASE
    for suffix, what in SIDE_FILES.items():
        if name == own + suffix:
            return what
    # Upgrade backups are shop.db.before-0004-….bak; an owner's own copy may be shop.bak.
    stem = Path(own).stem
    if name.endswith(".bak") and (name.startswith(own + ".") or name.startswith(stem + ".")):
        return BACKUP
    return None


def check_output(path: str | Path, database: Path | None) -> None:
    """Refuse to write ``path`` when it is the database, its -wal/-shm/-journal or a backup of
    it — through a relative path or a symlink too. Every writer of an output file calls this."""
    if database is None:
        return
    what = _part_of(Path(path).resolve(), database.resolve())
    if what:
        raise ProtectedFile(path=str(path), what=what)
