"""Backups and restore: the online backup API (WAL included), the rotation, refusals that leave
the shop as it was, and the round trip."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine
from sqlmodel import func, select

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.errors import (
    BackupFailed,
    InvalidInput,
    PermissionDenied,
    ProtectedFile,
    RestoreRefused,
)
from loyalty_desktop.services import backup
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.settings import set_backup_folder
from loyalty_desktop.store.db import Database, alembic_config, head_revision
from loyalty_desktop.store.models import AuditEntry, Role, Sale, Staff

pytestmark = pytest.mark.sqlite_only("backups of a SQLite file")
PG_URL = "postgresql+psycopg://owner:secret@127.0.0.1:1/shop"


def _sell(db: Database, actor: Actor, count: int) -> None:
    with db.session() as session:
        member = enrol(session, actor, Enrolment(name="Li Si", phone=f"1390000{count:04d}"))
    for _ in range(count):
        with db.session() as session:
            record_sale(session, actor, SaleRequest(amount_cents=1_000, member_id=member.id))


def _count(file: Path) -> int:
    """The sales in a file (0 when even the table is missing from it)."""
    with sqlite3.connect(file) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sale'").fetchone():
            return 0
        return conn.execute("SELECT count(*) FROM sale").fetchone()[0]


def _sales(db: Database) -> int:
    with db.session(readonly=True) as session:
        return session.exec(select(func.count()).select_from(Sale)).one()


def _audit(db: Database, action: str) -> list[AuditEntry]:
    with db.session(readonly=True) as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)))


def _shop_bytes(db: Database) -> dict[str, bytes]:
    path = db.sqlite_path
    assert path is not None
    return {p.name: p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))}


# --- backing up ---------------------------------------------------------------------------------


def test_a_backup_holds_the_sales_still_in_the_wal(db: Database, actor: Actor, tmp_path) -> None:
    _sell(db, actor, 15)
    live = db.sqlite_path
    assert live is not None and live.with_name("shop.db-wal").stat().st_size > 0
    copied = tmp_path / "copied.db"
    shutil.copyfile(live, copied)  # what copying the file while the till runs gives
    assert _count(copied) == 0
    done = backup.backup(db, actor, tmp_path / "backups-are-here.db")
    assert _count(done.path) == 15
    assert done.size == done.path.stat().st_size
    with sqlite3.connect(done.path) as conn:  # one file on its own, no -wal needed beside it
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_folder_gets_a_dated_file_and_nothing_half_written(
    db: Database, actor: Actor, tmp_path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    done = backup.backup(db, actor, folder)
    assert backup.BACKUP_NAME.match(done.path.name)
    assert [p.name for p in folder.iterdir()] == [done.path.name]
    [entry] = _audit(db, "backup")
    assert entry.subject == done.path.name and entry.staff_id == actor.staff_id


def test_never_over_the_database_or_its_side_files(db: Database, actor: Actor) -> None:
    live = db.sqlite_path
    assert live is not None
    before = _shop_bytes(db)
    for name in ("shop.db", "shop.db-wal", "shop.db-shm"):
        with pytest.raises(ProtectedFile):
            backup.backup(db, actor, live.with_name(name))
    assert _shop_bytes(db) == before
    assert not list(live.parent.glob("*.part"))


def test_a_missing_folder_is_one_clear_refusal(db: Database, actor: Actor, tmp_path) -> None:
    for target in (str(tmp_path / "unplugged") + "/", tmp_path / "unplugged" / "shop.db"):
        with pytest.raises(BackupFailed) as refused:
            backup.backup(db, actor, target)
        assert refused.value.params["reason"] == "folder_missing"
        assert "USB stick" in str(refused.value)
    assert not (tmp_path / "unplugged").exists()


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody may write to, not even root (``chattr +i``: a write-protected stick)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot make a folder immutable here: {done.stderr.decode().strip()}")
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_read_only_folder_is_refused(db: Database, actor: Actor, read_only_folder) -> None:
    with pytest.raises(BackupFailed) as refused:
        backup.backup(db, actor, read_only_folder)
    assert refused.value.params["reason"] == "folder_readonly"
    assert list(read_only_folder.iterdir()) == []


def test_a_full_disk_leaves_no_file(db: Database, actor: Actor, tmp_path, monkeypatch) -> None:
    def full(*_args: object, **_kw: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(BackupFailed) as refused:
        backup.backup(db, actor, tmp_path)
    assert refused.value.params["reason"] == "disk_full"
    assert not list(tmp_path.glob("loyalty-backup-*")) and not list(tmp_path.glob(".*part"))


def test_only_the_owner_backs_up_and_restores(db: Database, actor: Actor, tmp_path) -> None:
    with db.session() as session:
        cashier = Staff(
            name="Wang", role=Role.CASHIER, origin_till="t", created_at=datetime.now(UTC)
        )
        session.add(cashier)
    assert cashier.id is not None
    them = Actor(cashier.id, db.till_id)
    with pytest.raises(PermissionDenied):
        backup.backup(db, them, tmp_path)
    mine = backup.backup(db, actor, tmp_path)
    with pytest.raises(PermissionDenied):
        backup.restore(db, mine.path, them)


def test_a_postgresql_shop_is_refused_before_connecting(db: Database, actor: Actor) -> None:
    shop = Database(url=PG_URL, engine=create_engine(PG_URL), till_id="till-test")
    with pytest.raises(BackupFailed) as refused:
        backup.backup(shop, actor)
    assert "pg_dump" in str(refused.value) and "secret" not in str(refused.value)
    with pytest.raises(RestoreRefused) as refused_restore:
        backup.restore(shop, Path("any.db"), actor)
    assert "pg_restore" in str(refused_restore.value)
    assert backup.automatic_backup(shop, actor) is None  # the server's own backups


# --- automatic backups and the rotation --------------------------------------------------------


def test_the_daily_backup_runs_once_a_day(db: Database, actor: Actor, tmp_path) -> None:
    assert backup.automatic_backup(db, actor) is None  # no folder chosen: nothing to do
    with db.session() as session:
        set_backup_folder(session, db.till_id, tmp_path)
    first = backup.automatic_backup(db, actor)
    assert first is not None and first.path.parent == tmp_path
    assert backup.automatic_backup(db, actor) is None
    tomorrow = datetime.now() + timedelta(days=1, seconds=1)
    assert backup.automatic_backup(db, actor, now=tomorrow) is not None
    assert _audit(db, "backup")[0].detail.count('"automatic": true') == 1


def test_a_chosen_folder_that_went_away_is_reported(db: Database, actor: Actor, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with db.session() as session:
        set_backup_folder(session, db.till_id, stick)
    stick.rmdir()
    with pytest.raises(BackupFailed) as refused:
        backup.automatic_backup(db, actor)
    assert refused.value.params["reason"] == "folder_missing"
    with pytest.raises(InvalidInput), db.session() as session:
        set_backup_folder(session, db.till_id, Path("relative/folder"))


def _daily(days: int, start: datetime = datetime(2024, 1, 1, 22, 30)) -> list[datetime]:
    return [start + timedelta(days=n) for n in range(days)]


def test_two_years_of_daily_backups_keep_exactly_7_4_12() -> None:
    taken = _daily(730)
    kept = backup.rotation(taken)
    newest = max(taken)
    assert kept.daily == tuple(newest - timedelta(days=n) for n in range(7))
    assert len(kept.weekly) == 4 and len(kept.monthly) == 12
    assert len({t.isocalendar()[:2] for t in kept.weekly}) == 4
    assert len({(t.year, t.month) for t in kept.monthly}) == 12
    # each month is kept by its last day: 2025-12-30 (the newest) back to 2025-01-31
    assert kept.monthly[-1] == datetime(2025, 1, 31, 22, 30)
    assert len(kept.all()) <= 7 + 4 + 12


times = st.lists(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)), max_size=80
)


@settings(max_examples=200, deadline=None)
@given(times)
def test_the_rotation_keeps_the_newest_of_each_period(taken: list[datetime]) -> None:
    kept = backup.rotation(taken)
    if taken:
        assert max(taken) in kept.all()
    for chosen, period, most in (
        (kept.daily, lambda t: t.date(), 7),
        (kept.weekly, lambda t: t.isocalendar()[:2], 4),
        (kept.monthly, lambda t: (t.year, t.month), 12),
    ):
        periods = sorted({period(t) for t in taken}, reverse=True)
        assert [period(t) for t in chosen] == periods[:most]  # the latest periods, one each
        for t in chosen:  # the newest backup of its period
            assert t == max(u for u in taken if period(u) == period(t))
    assert backup.rotation(kept.all()) == kept  # rotating again deletes nothing more


def test_rotate_deletes_only_our_old_backups(tmp_path) -> None:
    for day in _daily(100, datetime(2026, 1, 1, 9, 0)):
        (tmp_path / backup.backup_name(day)).write_bytes(b"x")
    mine = tmp_path / "my-own-copy.db"
    mine.write_bytes(b"keep me")
    removed = backup.rotate(tmp_path)
    left = backup.backups_in(tmp_path)
    assert len(removed) + len(left) == 100
    assert {f.taken for f in left} == backup.rotation(_daily(100, datetime(2026, 1, 1, 9))).all()
    assert mine.exists() and backup.rotate(tmp_path) == ()
    assert left[0].taken.date() == date(2026, 4, 10)


# --- restoring ----------------------------------------------------------------------------------


def test_restore_round_trip(db: Database, actor: Actor, tmp_path) -> None:
    _sell(db, actor, 3)
    saved = backup.backup(db, actor, tmp_path)
    _sell(db, actor, 2)
    other_till = open_shop(db.url, till_id="till-2")  # another till, open all along
    assert _sales(other_till) == 5
    done = backup.restore(db, saved.path, actor)
    assert _sales(db) == 3 and _sales(other_till) == 3
    assert done.pre_restore is not None and _count(done.pre_restore) == 5
    assert done.revision == head_revision()
    [entry] = _audit(db, "restore")
    assert entry.subject == saved.path.name and str(done.pre_restore) in entry.detail
    with sqlite3.connect(str(db.sqlite_path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other_till.dispose()


def _not_a_shop(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('hello')")


def _truncated(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])


def _newer(path: Path, good: Path) -> None:
    shutil.copyfile(good, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")


def _cooked(path: Path, good: Path) -> None:
    """A whole shop whose ledger no longer adds up: `loyalty check` refuses it."""
    shutil.copyfile(good, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE member SET balance = balance + 100000")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p, _g: p.write_bytes(bytes(range(256)) * 64), "not_sqlite_file"),
        (lambda p, _g: _not_a_shop(p), "not_a_shop"),
        (_truncated, "backup_damaged"),
        (_newer, "schema_newer"),
        (_cooked, "backup_checks"),
        (lambda p, _g: None, "detail"),  # no such file
        (lambda p, _g: p.symlink_to(p.with_name("shop.db")), "is_the_database"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(
    db: Database, actor: Actor, tmp_path, make, reason
) -> None:
    _sell(db, actor, 4)
    good = backup.backup(db, actor, tmp_path / "good.db").path
    bad = tmp_path / "bad.db"
    make(bad, good)
    before = _shop_bytes(db)
    with pytest.raises(RestoreRefused) as refused:
        backup.restore(db, bad, actor)
    assert refused.value.params["reason"] == reason
    assert "unchanged" in str(refused.value)
    assert _shop_bytes(db) == before
    assert _sales(db) == 4 and not _audit(db, "restore")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("shop.db")) == (
        ["bad.db", "good.db"] if bad.exists() else ["good.db"]
    )


def test_an_older_backup_is_brought_up_to_this_program(
    db: Database, actor: Actor, tmp_path
) -> None:
    old = tmp_path / "from-last-year.db"
    engine = create_engine(sqlite_url(old))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
    engine.dispose()
    with sqlite3.connect(old) as conn:  # a staff table with the shop's owner, as it had then
        conn.execute(
            "INSERT INTO staff (name, role, active, created_at, uuid, origin_till) "
            "VALUES ('Owner', 'owner', 1, '2025-01-01', 'u-1', 'old-till')"
        )
    done = backup.restore(db, old, actor)
    assert done.revision == "0004"
    with sqlite3.connect(str(db.sqlite_path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )


# --- restoring over a damaged shop file ---------------------------------------------------------


def _damage(path: Path) -> None:
    """Flipped pages in the middle of the file, as a failing disk leaves them."""
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 8192)


def test_a_damaged_shop_is_mended_from_a_backup_and_kept_aside(
    db: Database, actor: Actor, tmp_path
) -> None:
    _sell(db, actor, 30)
    saved = backup.backup(db, actor, tmp_path / "saved.db").path
    live = db.sqlite_path
    assert live is not None
    db.dispose()
    with sqlite3.connect(live) as conn:  # everything in the file itself, no WAL left
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(live)
    damaged_bytes = live.read_bytes()
    assert backup.is_damaged(live)
    done = backup.restore_over_damaged(live, saved, db.till_id)
    assert done.pre_restore is not None and done.pre_restore.read_bytes() == damaged_bytes
    assert not backup.is_damaged(live) and _count(live) == 30
    mended = open_shop(sqlite_url(live), till_id=db.till_id)
    [entry] = _audit(mended, "restore")
    assert entry.staff_id is None and str(done.pre_restore) in entry.detail
    mended.dispose()


def test_a_shop_that_opens_is_not_restored_without_its_owner(
    db: Database, actor: Actor, tmp_path
) -> None:
    _sell(db, actor, 2)
    saved = backup.backup(db, actor, tmp_path / "saved.db").path
    _sell(db, actor, 1)
    live = db.sqlite_path
    assert live is not None
    before = _shop_bytes(db)
    with pytest.raises(RestoreRefused) as refused:
        backup.restore_over_damaged(live, saved, db.till_id)
    assert refused.value.params["reason"] == "not_damaged"
    assert _shop_bytes(db) == before and _sales(db) == 3


def test_a_bad_backup_over_a_damaged_shop_changes_nothing(
    db: Database, actor: Actor, tmp_path
) -> None:
    _sell(db, actor, 2)
    good = backup.backup(db, actor, tmp_path / "good.db").path
    bad = tmp_path / "bad.db"
    _truncated(bad, good)
    live = db.sqlite_path
    assert live is not None
    db.dispose()
    with sqlite3.connect(live) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(live)
    damaged_bytes = live.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        backup.restore_over_damaged(live, bad, db.till_id)
    assert refused.value.params["reason"] == "backup_damaged"
    assert live.read_bytes() == damaged_bytes
    assert not list(tmp_path.glob("*.damaged-*"))
