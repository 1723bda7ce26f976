import sqlite3
import threading

import pytest
from sqlalchemy import text
from sqlmodel import select

from loyalty_desktop.core.config import resolve_database_url, sqlite_url
from loyalty_desktop.core.errors import DatabaseError, InsufficientPoints
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.points import adjust
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.db import current_revision, head_revision
from loyalty_desktop.store.models import Member


@pytest.mark.sqlite_only("SQLite pragmas")
def test_every_connection_gets_the_safety_pragmas(db) -> None:
    with db.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 30000,
    }


def test_fresh_database_is_at_head(db) -> None:
    assert current_revision(db.engine) == head_revision() is not None


def test_session_scope_rolls_back_everything_on_error(db, actor) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        enrol(s, actor, Enrolment(name="A", phone="13800000001"))
        raise RuntimeError("power cut")
    with db.session() as s:
        assert s.exec(text("SELECT count(*) FROM member")).scalar() == 0


def test_opening_an_older_database_backs_it_up_then_migrates(tmp_path) -> None:
    """A file from before the schema existed (no alembic revision) but with data in it."""
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    db = open_shop(sqlite_url(path), till_id="t")
    assert current_revision(db.engine) == head_revision()
    backups = list(tmp_path.glob("old.db.before-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    db.dispose()


def test_a_new_database_needs_no_backup(tmp_path) -> None:
    open_shop(sqlite_url(tmp_path / "new.db"), till_id="t").dispose()
    assert list(tmp_path.glob("*.bak")) == []


def test_a_database_from_a_newer_program_is_refused(tmp_path, db) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'from-the-future'")
    with pytest.raises(DatabaseError, match="newer than this program"):
        open_shop(db.url, till_id="t")


def test_url_resolution_order(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("LOYALTY_DB", str(tmp_path / "env.db"))
    assert resolve_database_url() == sqlite_url(tmp_path / "env.db")
    assert resolve_database_url(db_path=str(tmp_path / "flag.db")).endswith("flag.db")
    monkeypatch.setenv("LOYALTY_DATABASE_URL", "postgresql://shop@localhost/loyalty")
    assert resolve_database_url().startswith("postgresql://")
    assert resolve_database_url(database_url="sqlite:///x.db") == "sqlite:///x.db"


def test_two_tills_redeeming_at_once_never_overdraw(tmp_path) -> None:
    """Two connections (two tills on one file) each try to spend the same 1000 points 5 times;
    exactly one redemption per 1000 points can succeed."""
    url = sqlite_url(tmp_path / "shared.db")
    first = open_shop(url, till_id="till-1")
    with first.session() as s:
        from loyalty_desktop.services.staff import ensure_owner

        owner = ensure_owner(s, "till-1")
        member = enrol(s, Actor(owner.id, "till-1"), Enrolment(name="共享", phone="13800000009"))
        adjust(s, Actor(owner.id, "till-1"), member, 1000, "opening")
    tills = [first, open_shop(url, till_id="till-2")]
    outcomes: list[str] = []

    def till(db) -> None:
        for _ in range(5):
            try:
                with db.session() as s:
                    record_sale(
                        s,
                        Actor(owner.id, db.till_id),
                        SaleRequest(1000, member.id, redeem_points=1000),
                    )
                outcomes.append("ok")
            except InsufficientPoints:
                outcomes.append("refused")

    threads = [threading.Thread(target=till, args=(db,)) for db in tills]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok"] + ["refused"] * 9
    with first.session() as s:
        assert s.get(Member, member.id).balance == 0
    for db in tills:
        db.dispose()


@pytest.mark.sqlite_only("edits the SQLite file behind the engine's back")
def test_check_reports_a_dangling_reference(db, actor) -> None:
    from loyalty_desktop.services.check import run_checks

    with db.session() as s:
        enrol(s, actor, Enrolment(name="A", phone="13800000001"))
    with sqlite3.connect(db.sqlite_path) as raw:  # a tool that ignores foreign keys
        raw.execute("UPDATE member SET referred_by_id = 999")
    with db.session(readonly=True) as s:
        problems = run_checks(s)
    assert [p.check for p in problems] == ["storage"]
    assert "member" in problems[0].detail


def test_the_migrations_build_exactly_the_models(db) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    from loyalty_desktop.store.name_index import outside_models

    def declared(name: str | None, _kind: str, _parent: object) -> bool:
        return not outside_models(name)  # the name search's index: store/name_index.py

    with db.engine.connect() as conn:
        opts = {"compare_type": True, "include_name": declared}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, SQLModel.metadata) == []


@pytest.mark.sqlite_only("SQLite's file lock")
def test_a_locked_database_is_a_typed_error_not_a_crash(db, actor) -> None:
    from loyalty_desktop.core.errors import DatabaseBusy

    with sqlite3.connect(db.sqlite_path) as other_till:
        other_till.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy), db.session(busy_ms=100) as s:
            enrol(s, actor, Enrolment(name="A", phone="13800000001"))
        other_till.rollback()


def test_a_database_at_revision_0001_is_backed_up_and_migrated_keeping_its_data(tmp_path) -> None:
    """The real upgrade path: a shop file written by the first schema, with a member and the
    flat rules of that version, opened by this program."""
    from alembic import command

    from loyalty_desktop.services.rules import load_rules
    from loyalty_desktop.store.db import alembic_config, create_db_engine

    path = tmp_path / "v1.db"
    engine = create_db_engine(sqlite_url(path))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO member (uuid, origin_till, card, name, tags, marketing_consent,"
            " enrolled_at, status, balance) VALUES ('u1', 't', 'VIP-1', '老客', '', 0,"
            " '2025-01-01 00:00:00.000000', 'active', 0)"
        )
        conn.execute(
            "INSERT INTO setting VALUES ('rules', '{\"points_per_yuan\": 3,"
            ' "redeem_points_per_yuan": 50, "shop_name": "Old Shop"}\')'
        )
    db = open_shop(sqlite_url(path), till_id="t")
    assert current_revision(db.engine) == head_revision() != "0001"
    [backup] = tmp_path.glob("v1.db.before-*.bak")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with db.session(readonly=True) as s:
        member = s.get(Member, 1)
        rules = load_rules(s)
    assert (member.name, member.tier, member.balance) == ("老客", "", 0)
    assert (rules.shop_name, rules.earning.points_per_yuan, rules.redemption.points_per_yuan) == (
        "Old Shop",
        3,
        50,
    )
    db.dispose()


def test_sales_from_revision_0003_get_their_day_in_shop_time(tmp_path) -> None:
    """Sales written before ``shop_date`` existed get the calendar day of the shop's time zone:
    16:30 UTC is already the next day in Shanghai."""
    from alembic import command

    from loyalty_desktop.services.check import run_checks
    from loyalty_desktop.store.db import alembic_config, create_db_engine
    from loyalty_desktop.store.models import Sale, ShopMonth

    path = tmp_path / "v3.db"
    engine = create_db_engine(sqlite_url(path))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        for at in ("2026-03-31 15:59:00.000000", "2026-03-31 16:30:00.000000"):
            conn.execute(
                "INSERT INTO sale (uuid, origin_till, amount_cents, tier_discount_cents,"
                " points_discount_cents, coupon_discount_cents, paid_cents, points_earned,"
                " points_redeemed, refunded_cents, status, created_at)"
                f" VALUES ('{at}', 't', 100, 0, 0, 0, 100, 0, 0, 0, 'completed', '{at}')"
            )
    db = open_shop(sqlite_url(path), till_id="t")
    with db.session(readonly=True) as s:
        days = [sale.shop_date.isoformat() for sale in s.exec(select(Sale).order_by(Sale.id))]
        months = {(m.month.isoformat(), m.sales, m.net_cents) for m in s.exec(select(ShopMonth))}
        problems = run_checks(s)
    assert days == ["2026-03-31", "2026-04-01"]
    # The report's rollups were filled from the old sales after the upgrade.
    assert months == {("2026-03-01", 1, 100), ("2026-04-01", 1, 100)}
    assert problems == []
    db.dispose()


@pytest.mark.sqlite_only("damages the SQLite file")
def test_a_damaged_file_is_refused_before_anything_reads_it(db, actor) -> None:
    from loyalty_desktop.core.errors import DatabaseDamaged

    with db.session() as s:
        enrol(s, actor, Enrolment(name="A", phone="13800000001"))
    db.dispose()
    path = db.sqlite_path
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'member'"
        ).fetchone()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096] ^= 0xFF  # the page type of the member table's root page
    path.write_bytes(bytes(data))
    for readonly in (False, True):
        with pytest.raises(DatabaseDamaged, match=r"damaged.*backup") as refused:
            open_shop(db.url, till_id="t", readonly=readonly)
        assert refused.value.params["path"] == str(path)
    assert path.read_bytes() == bytes(data)


def _damage_member_table(db, actor) -> tuple[object, bytes]:  # type: ignore[no-untyped-def]
    """A shop with a member, closed, then a byte flipped in the member table's root page."""
    with db.session() as s:
        enrol(s, actor, Enrolment(name="A", phone="13800000001"))
    db.dispose()
    path = db.sqlite_path
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'member'"
        ).fetchone()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096] ^= 0xFF
    path.write_bytes(bytes(data))
    return path, bytes(data)


@pytest.mark.sqlite_only("damages the SQLite file")
def test_an_open_that_checks_later_finds_the_damage_then_refuses_every_session(db, actor) -> None:
    from loyalty_desktop.core.errors import DatabaseDamaged

    path, damaged = _damage_member_table(db, actor)
    shop = open_shop(db.url, till_id="t", check_later=True)  # header and schema: sound
    assert shop.unchecked
    with pytest.raises(DatabaseDamaged, match=r"damaged.*backup"):
        shop.check_storage()
    for readonly in (False, True):
        with pytest.raises(DatabaseDamaged), shop.session(readonly=readonly) as s:
            adjust(s, Actor(1, "t"), 1, 10, "never written")
    assert path.read_bytes() == damaged


@pytest.mark.sqlite_only("damages the SQLite file")
def test_an_action_that_meets_a_damaged_page_before_the_check_says_so_clearly(db, actor) -> None:
    from loyalty_desktop.core.errors import DatabaseDamaged

    path, damaged = _damage_member_table(db, actor)
    shop = open_shop(db.url, till_id="t", check_later=True)
    with pytest.raises(DatabaseDamaged, match="malformed"), shop.session() as s:
        enrol(s, Actor(1, "t"), Enrolment(name="B", phone="13800000002"))
    shop.dispose()
    assert path.read_bytes() == damaged


@pytest.mark.sqlite_only("a SQLite file's check")
def test_a_shop_put_away_stops_its_check_with_no_verdict(db) -> None:
    """The app closing while the whole file is read: the check stops rather than holding the
    program open, and the file counts as unchecked (the next start checks it again)."""
    shop = open_shop(db.url, till_id="t", check_later=True)
    shop.dispose()
    with pytest.raises(DatabaseError, match="interrupted"):
        shop.check_storage()
    assert shop.unchecked and shop.damage is None


@pytest.mark.sqlite_only("damages the SQLite file")
def test_a_schema_change_checks_the_whole_file_first(db, actor) -> None:
    """An older schema on a file opened with check_later: the check runs before the backup
    and the migration, and refuses them."""
    from loyalty_desktop.core.errors import DatabaseDamaged

    with db.session() as s:
        s.exec(text("UPDATE alembic_version SET version_num = '0001'"))
    path, damaged = _damage_member_table(db, actor)
    with pytest.raises(DatabaseDamaged):
        open_shop(db.url, till_id="t", check_later=True)
    assert path.read_bytes() == damaged
    assert not list(path.parent.glob("*.before-*.bak"))


@pytest.mark.sqlite_only("cuts the SQLite file short")
def test_a_file_cut_short_is_refused_at_once_even_when_checked_later(db) -> None:
    from loyalty_desktop.core.errors import DatabaseDamaged

    db.dispose()
    path = db.sqlite_path
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()[: path.stat().st_size // 2]
    path.write_bytes(data)
    with pytest.raises(DatabaseDamaged, match="cut short"):
        open_shop(db.url, till_id="t", check_later=True)
    assert path.read_bytes() == data


def test_the_revisions_read_without_alembic_are_alembics_own(db) -> None:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from loyalty_desktop.store.db import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    with db.engine.connect() as conn:
        assert (
            current_revision(db.engine) == MigrationContext.configure(conn).get_current_revision()
        )


@pytest.mark.sqlite_only("a read-only SQLite file")
def test_a_read_only_open_never_writes(db, tmp_path) -> None:
    reader = open_shop(db.url, till_id="t", readonly=True)
    with pytest.raises(DatabaseError, match="readonly"), reader.session() as s:
        s.exec(text("UPDATE staff SET name = 'x'"))
    reader.dispose()
    with pytest.raises(DatabaseError, match="no database"):
        open_shop(sqlite_url(tmp_path / "none.db"), till_id="t", readonly=True)
    assert not (tmp_path / "none.db").exists()


def test_only_an_import_whose_process_is_gone_is_taken_back(db) -> None:
    """A second till opening the shop must not undo an import that is still running."""
    import os
    import socket
    import subprocess
    import sys
    from datetime import timedelta

    from loyalty_desktop.core.clock import utcnow
    from loyalty_desktop.services.importing import recover_imports
    from loyalty_desktop.store.models import ImportRun

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    now, host = utcnow(), socket.gethostname()
    runs = {
        "running here": (host, os.getpid(), now),
        "died here": (host, int(gone.stdout), now),
        "running elsewhere": ("till-pc-2", 1, now - timedelta(minutes=1)),
        "silent elsewhere": ("till-pc-2", 1, now - timedelta(hours=1)),
    }
    with db.session() as s:
        for name, (on, pid, beat) in runs.items():
            s.add(
                ImportRun(
                    kind="sales", file=name, host=on, pid=pid, started_at=beat, heartbeat_at=beat
                )
            )
    assert recover_imports(db) == 2
    with db.session(readonly=True) as s:
        left = sorted(run.file for run in s.exec(select(ImportRun)))
    assert left == ["running elsewhere", "running here"]


def test_a_reading_command_upgrades_an_older_shop_once_then_reads(tmp_path) -> None:
    from alembic import command

    from loyalty_desktop.store.db import alembic_config, create_db_engine

    path = tmp_path / "v4.db"
    engine = create_db_engine(sqlite_url(path))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    engine.dispose()
    reader = open_shop(sqlite_url(path), till_id="t", readonly=True)
    assert reader.readonly and current_revision(reader.engine) == head_revision()
    reader.dispose()
