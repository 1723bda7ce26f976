"""Backups of a SQLite shop and restoring one (DESIGN.md §5: ``loyalty backup``/``restore``).

Both go through SQLite's online backup API, never a file copy: a copy of a live file misses
the sales still in its WAL, and a file copied back over a running till is undone by the till's
next checkpoint. A backup is written to a temporary file in the target folder and renamed when
complete; a restore checks the file on a copy first, keeps the current data as a pre-restore
copy, and then replaces the live file's content page by page, so every open connection — other
tills included — reads the restored shop from its next transaction on.

The automatic backups of a till go into the folder the owner chose (a setting per till), at
most one a day, rotated to 7 daily, 4 weekly and 12 monthly ones. A PostgreSQL shop is backed up
on its server (pg_dump/pg_restore) and refused here before anything connects.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Hashable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.errors import (
    BackupFailed,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    InvalidInput,
    LoyaltyError,
    RestoreRefused,
)
from loyalty_desktop.services import check
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.audit import record, record_by_program
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.outputs import check_output
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.settings import backup_folder
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.store.db import (
    BUSY_TIMEOUT_MS,
    Database,
    holds_no_shop,
    known_revision,
    masked_url,
    sqlite_file,
    verify_sqlite,
)
from loyalty_desktop.store.models import Staff
from loyalty_desktop.store.models.base import saved_id

Progress = Callable[[int, int], None]  # (pages done, pages in all)

STAMP = "%Y%m%d-%H%M%S"
BACKUP_NAME = re.compile(r"^loyalty-backup-(\d{8}-\d{6})\.db$")
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every shop has had since the first schema: without them a file is someone else's.
SHOP_TABLES = frozenset({"alembic_version", "member", "sale", "points_entry", "staff", "setting"})
PAGES_PER_STEP = 1024  # 4 MB at a time: progress for a big shop, other tills keep writing
DUE_AFTER = timedelta(days=1)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int  # bytes
    removed: tuple[Path, ...] = ()  # older backups the rotation let go


@dataclass(frozen=True)
class BackupFile:
    """A backup in the backup folder, dated by its name (the till's wall clock)."""

    path: Path
    taken: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    path: Path  # the file restored
    pre_restore: Path | None  # the data as it was before, kept as a backup
    revision: str  # the backup's schema revision (brought to this program's if older)


@dataclass(frozen=True)
class Kept:
    """What the rotation keeps: the newest backup of each of the latest days, weeks, months."""

    daily: tuple[datetime, ...]
    weekly: tuple[datetime, ...]
    monthly: tuple[datetime, ...]

    def all(self) -> set[datetime]:
        return {*self.daily, *self.weekly, *self.monthly}


# --- the rotation (a pure function of the dates) -----------------------------------------------


def _newest_per_period(
    newest_first: Sequence[datetime], period: Callable[[datetime], Hashable], count: int
) -> tuple[datetime, ...]:
    kept: list[datetime] = []
    seen: set[Hashable] = set()
    for taken in newest_first:
        if len(kept) == count:
            break
        if period(taken) not in seen:
            seen.add(period(taken))
            kept.append(taken)
    return tuple(kept)


def rotation(
    taken: Iterable[datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> Kept:
    """The backups to keep: the newest of each of the ``daily`` latest days that have one, of
    the ``weekly`` latest ISO weeks and of the ``monthly`` latest months (one backup may count
    for all three). Applied to what it keeps, it keeps it all: a rotation run twice is one."""
    newest_first = sorted(set(taken), reverse=True)
    return Kept(
        _newest_per_period(newest_first, lambda t: t.date(), daily),
        _newest_per_period(newest_first, lambda t: t.isocalendar()[:2], weekly),
        _newest_per_period(newest_first, lambda t: (t.year, t.month), monthly),
    )


# --- files --------------------------------------------------------------------------------------


def _folder_error(folder: Path, error: OSError | sqlite3.Error) -> BackupFailed:
    """A folder that cannot take a backup, in words the owner can act on."""
    code = getattr(error, "errno", None)
    text = str(error).lower()
    if code == errno.ENOSPC or "full" in text:
        return BackupFailed(path=folder, reason="disk_full")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        return BackupFailed(path=folder, reason="folder_readonly")
    if code == errno.ENOENT or (code is None and not folder.is_dir()):
        return BackupFailed(path=folder, reason="folder_missing")
    return BackupFailed(path=folder, reason="detail", detail=getattr(error, "strerror", text))


def backup_name(now: datetime) -> str:
    return f"loyalty-backup-{now.strftime(STAMP)}.db"


def backups_in(folder: Path) -> list[BackupFile]:
    """The backups this program made in ``folder``, newest first (other files are not ours)."""
    found = []
    try:
        for path in folder.iterdir():
            if (match := BACKUP_NAME.match(path.name)) and path.is_file():
                taken = datetime.strptime(match.group(1), STAMP)
                found.append(BackupFile(path, taken, path.stat().st_size))
    except OSError as error:
        raise _folder_error(folder, error) from error
    return sorted(found, key=lambda f: f.taken, reverse=True)


def _live_file(db: Database | str, refusal: type[BackupFailed | RestoreRefused]) -> Path:
    """The shop's SQLite file; a PostgreSQL shop is refused before anything connects."""
    url = db if isinstance(db, str) else db.url
    path = sqlite_file(url)
    if path is None:
        raise refusal(path=masked_url(url), reason="postgres_backup")
    return path


def refuse_postgres_backup(url: str) -> None:
    _live_file(url, BackupFailed)


def refuse_postgres_restore(url: str) -> None:
    _live_file(url, RestoreRefused)


def _copy(source: Path, destination: Path, progress: Progress | None = None) -> None:
    """``source``'s content into ``destination`` through the online backup API: its WAL is
    read, and readers of ``destination`` see the whole new content or none of it."""
    timeout = BUSY_TIMEOUT_MS / 1000

    def step(_status: int, remaining: int, total: int) -> None:
        if progress:
            progress(total - remaining, total)

    with (
        closing(sqlite3.connect(source, timeout=timeout)) as src,
        closing(sqlite3.connect(destination, timeout=timeout)) as dst,
    ):
        src.backup(dst, pages=PAGES_PER_STEP, progress=step)


def _write_new(source: Path, file: Path, progress: Progress | None = None) -> int:
    """A backup of ``source`` as ``file``: written under a temporary name in the same folder,
    checked, and renamed — a failure leaves no file, half-written or otherwise."""
    try:
        handle, name = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.", suffix=".part")
        os.close(handle)
    except OSError as error:
        raise _folder_error(file.parent, error) from error
    temp = Path(name)
    try:
        _copy(source, temp, progress)
        with closing(sqlite3.connect(temp)) as conn:
            # One self-contained file (no -wal beside it), that SQLite finds whole.
            conn.execute("PRAGMA journal_mode=DELETE")
            problems = [row for (row,) in conn.execute("PRAGMA quick_check") if row != "ok"]
        if problems:
            raise BackupFailed(path=file, reason="detail", detail=problems[0])
        os.replace(temp, file)
    except (OSError, sqlite3.Error) as error:
        raise _folder_error(file.parent, error) from error
    finally:
        for side in ("", "-journal", "-wal", "-shm"):
            temp.with_name(temp.name + side).unlink(missing_ok=True)
    return file.stat().st_size


def _target(db: Database, live: Path, given: Path | str | None) -> tuple[Path, bool]:
    """The file to write and whether it goes into the till's rotated backup folder (a path
    typed with a trailing slash means a folder, even a missing one)."""
    rotated = given is None
    folder_meant = isinstance(given, str) and given.endswith(("/", os.sep))
    target = None if given is None else Path(given)
    if target is None:
        with db.session(readonly=True) as session:
            target = backup_folder(session, db.till_id)
        if target is None:
            raise InvalidInput(field="folder", reason="no_backup_folder")
    if rotated or folder_meant or target.is_dir():
        if not target.is_dir():
            raise BackupFailed(path=target, reason="folder_missing")
        target = target / backup_name(datetime.now())
    elif not target.parent.is_dir():
        raise BackupFailed(path=target.parent, reason="folder_missing")
    check_output(target, live)  # never over the database, its -wal/-shm or its backups
    return target, rotated


def rotate(folder: Path) -> tuple[Path, ...]:
    """Delete the backups in ``folder`` the rotation does not keep; returns them."""
    found = backups_in(folder)
    keep = rotation(f.taken for f in found).all()
    removed = tuple(f.path for f in found if f.taken not in keep)
    try:
        for path in removed:
            path.unlink()
    except OSError as error:
        raise _folder_error(folder, error) from error
    return removed


# --- backing up --------------------------------------------------------------------------------


def backup(
    db: Database,
    actor: Actor,
    target: Path | str | None = None,
    *,
    progress: Progress | None = None,
    automatic: bool = False,
) -> BackupResult:
    """Back the shop up into ``target``: an existing folder gets a dated file, another path is
    the file itself; None: this till's backup folder, rotated afterwards. ``automatic``: the
    till's own daily backup, which needs no role."""
    live = _live_file(db, BackupFailed)
    if not automatic:
        with db.session(readonly=True) as session:
            require(session, actor, Action.BACK_UP)
    file, rotated = _target(db, live, target)
    size = _write_new(live, file, progress)
    removed = rotate(file.parent) if rotated else ()
    with db.session() as session:
        record(session, actor, "backup", file.name, file=file, size=size, automatic=automatic)
    return BackupResult(file, size, removed)


def automatic_backup(
    db: Database, actor: Actor, now: datetime | None = None
) -> BackupResult | None:
    """The daily backup at start-up and close: when a folder is chosen and its newest backup is
    a day old or more (a missing folder is an error to show: the owner thinks backups run)."""
    if not db.is_sqlite:
        return None  # PostgreSQL: the server's own backups
    with db.session(readonly=True) as session:
        folder = backup_folder(session, db.till_id)
    if folder is None:
        return None
    if not folder.is_dir():
        raise BackupFailed(path=folder, reason="folder_missing")
    found = backups_in(folder)
    if found and (now or datetime.now()) - found[0].taken < DUE_AFTER:
        return None
    return backup(db, actor, automatic=True)


# --- restoring ---------------------------------------------------------------------------------


def _refused(file: Path, reason: str, **params: object) -> RestoreRefused:
    return RestoreRefused(path=file, reason=reason, **params)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # either is missing
        return False


def _read_header(file: Path) -> bytes:
    try:
        with file.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise _refused(file, "detail", detail=error.strerror or str(error)) from error


def _schema_revision(file: Path, copy: Path) -> str:
    """The revision of a file that SQLite finds whole and that is a loyalty shop."""
    try:
        with closing(sqlite3.connect(copy)) as conn:
            problems = [row for (row,) in conn.execute("PRAGMA integrity_check") if row != "ok"]
            if problems:
                raise _refused(file, "backup_damaged", detail=problems[0])
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
            if not SHOP_TABLES.issubset(tables):
                raise _refused(file, "not_a_shop")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:  # not a database, malformed, truncated
        raise _refused(file, "backup_damaged", detail=str(error)) from error
    if row is None:
        raise _refused(file, "not_a_shop")
    return str(row[0])


def _checked_copy(file: Path, copy: Path, live: Path, till_id: str) -> str:
    """A copy of ``file`` that is a whole loyalty shop at this program's schema and passes
    ``loyalty check``; returns the schema revision the file had. The file itself is only read."""
    if any(_same_file(file, live.with_name(live.name + side)) for side in ("", "-wal", "-shm")):
        raise _refused(file, "is_the_database")
    if _read_header(file) != SQLITE_HEADER:
        raise _refused(file, "not_sqlite_file")
    try:
        shutil.copyfile(file, copy)  # a backup file is closed: no WAL to miss
    except OSError as error:
        raise _refused(file, "detail", detail=error.strerror or str(error)) from error
    revision = _schema_revision(file, copy)
    if not known_revision(revision):
        raise _refused(file, "schema_newer", revision=revision)
    try:
        shop = open_shop(sqlite_url(copy), till_id=till_id)  # an older schema is upgraded
    except LoyaltyError as error:
        raise _refused(file, "backup_damaged", detail=str(error)) from error
    try:
        with shop.session(readonly=True) as session:
            problems = check.run_checks(session)
    finally:
        shop.dispose()
    if problems:
        raise _refused(file, "backup_checks", detail=str(problems[0]))
    return revision


def _keep_current(live: Path) -> Path | None:
    """The current data as a pre-restore copy next to it (protected like every backup)."""
    if holds_no_shop(live):
        return None
    kept = live.with_name(f"{live.name}.pre-restore-{datetime.now().strftime(STAMP)}.bak")
    _write_new(live, kept)
    return kept


def restore(
    db: Database, file: Path, actor: Actor, *, progress: Progress | None = None
) -> RestoreResult:
    """Replace the shop's data with the backup ``file``, after checking it on a copy; a file that
    is damaged, someone else's, from a newer program or fails ``loyalty check`` is refused and
    nothing changes. The open ``db`` is disposed first and reads the restored shop afterwards."""
    live = _live_file(db, RestoreRefused)
    with db.session(readonly=True) as session:
        restorer = require(session, actor, Action.RESTORE_BACKUP).name
    with tempfile.TemporaryDirectory(dir=live.parent, prefix=".restore-") as work:
        checked = Path(work) / "checked.db"
        revision = _checked_copy(file, checked, live, db.till_id)
        db.dispose()  # no connection of ours holds the file while its pages are replaced
        kept = _keep_current(live)
        try:  # one transaction on the live file: on failure it is as it was
            _copy(checked, live, progress)
        except sqlite3.Error as error:
            if "locked" in str(error) or "busy" in str(error):
                raise DatabaseBusy() from error
            raise DatabaseError(url=live, reason="detail", detail=str(error)) from error
    db.dispose()
    with db.session() as session:
        # The restored shop's staff are the backup's: the owner stands in for an unknown id.
        staff = session.get(Staff, actor.staff_id)
        by = actor if staff else Actor(saved_id(ensure_owner(session, db.till_id)), db.till_id)
        record(
            session,
            by,
            "restore",
            file.name,
            file=file,
            pre_restore=kept,
            revision=revision,
            restored_by=restorer,
        )
    return RestoreResult(file, kept, revision)


def _set_aside(live: Path) -> Path:
    """Rename a damaged shop file and its WAL side files out of the way, never deleting them:
    what is left in them may still be read by an expert."""
    aside = live.with_name(f"{live.name}.damaged-{datetime.now().strftime(STAMP)}")
    for side in ("", "-wal", "-shm"):
        source = live.with_name(live.name + side)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + side))
    return aside


def is_damaged(live: Path) -> bool:
    """Whether SQLite's own check finds the shop file damaged (so that it cannot be opened)."""
    try:
        verify_sqlite(live, readonly=False)
    except DatabaseDamaged:
        return True
    return False


def restore_over_damaged(
    live: Path, file: Path, till_id: str, *, progress: Progress | None = None
) -> RestoreResult:
    """Put the backup ``file`` in place of a shop file that SQLite finds damaged. Nobody can
    sign in to a shop that cannot be opened, and whoever holds the file could copy a backup
    over it anyway, so no role is asked; the backup is checked as ``restore`` checks it, and the
    damaged file is kept beside it under a new name (``pre_restore``). Refused for a shop that
    opens: that one is ``restore``'s, the owner's."""
    if not is_damaged(live):
        raise RestoreRefused(path=file, reason="not_damaged")
    with tempfile.TemporaryDirectory(dir=live.parent, prefix=".restore-") as work:
        checked = Path(work) / "checked.db"
        revision = _checked_copy(file, checked, live, till_id)
        aside = _set_aside(live)
        _write_new(checked, live, progress)
    shop = open_shop(sqlite_url(live), till_id=till_id)
    try:
        with shop.session() as session:
            record_by_program(
                session, till_id, "restore", file.name, file=file, damaged=aside, revision=revision
            )
    finally:
        shop.dispose()
    return RestoreResult(file, aside, revision)
