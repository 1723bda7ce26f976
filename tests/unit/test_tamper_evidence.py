"""The points ledger and the audit trail cannot be edited, and edits made anyway are found.

The database refuses UPDATE and DELETE on both tables (triggers, SQLite and PostgreSQL). Someone
holding the database can drop the triggers; what they then change is caught by
``loyalty check``: each row's hash chain (one per till) and the audit lines that adjustments
and refunds must have. The four edits of issue 15 are written here as an attacker would, in SQL.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import Executable, insert, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import select
from support import drop_append_only_triggers

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services import importing, ledger
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.points import adjust
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store import chain
from loyalty_desktop.store.models import AuditEntry, EntryKind, Member, PointsEntry
from loyalty_desktop.store.models.base import new_uuid, table_of

TABLES = ("points_entry", "audit_entry")


@pytest.fixture
def shop(db, actor) -> Member:
    """A member who bought, was refunded part of a sale and had points adjusted: rows in both
    tables, and an adjustment and a refund that each wrote their audit line."""
    with db.session() as s:
        member = enrol(s, actor, Enrolment(name="王芳", phone="13800000001"))
    with db.session() as s:
        sale = record_sale(s, actor, SaleRequest(12000, member.id)).sale
        record_sale(s, actor, SaleRequest(5000, member.id))
    with db.session() as s:
        refund_sale(s, actor, sale.id, 2000, note="broken cup")
    with db.session() as s:
        adjust(s, actor, s.get_one(Member, member.id), 30, "goodwill")
    with db.session(readonly=True) as s:
        assert run_checks(s) == []
        return s.get_one(Member, member.id)


def _attack(db, *statements: str | Executable, params: dict | None = None) -> None:
    """Someone with the database: the triggers dropped, then their edits, in one go."""
    with db.engine.begin() as conn:
        drop_append_only_triggers(conn)
        for statement in statements:
            conn.execute(text(statement) if isinstance(statement, str) else statement, params or {})


def _found(run_cli) -> str:
    result = run_cli("check")
    assert result.code != 0, result.out
    return result.out


# --- the database refuses ---------------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize(
    "statement",
    ["UPDATE {table} SET origin_till = 'elsewhere'", "DELETE FROM {table}"],
    ids=["update", "delete"],
)
def test_the_database_refuses_to_edit_the_ledger_and_the_audit_trail(
    db, shop, table, statement
) -> None:
    before = _rows(db, table)
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text(statement.format(table=table)))
    assert _rows(db, table) == before


def test_postgresql_refuses_to_truncate_them(db, shop) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no TRUNCATE")
    for table in TABLES:
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {table} CASCADE"))


@pytest.mark.sqlite_only("a raw SQLite connection, as a DB browser would open the file")
def test_a_tool_opening_the_file_is_refused_too(db, shop) -> None:
    with sqlite3.connect(db.sqlite_path) as raw, pytest.raises(sqlite3.DatabaseError):
        raw.execute("UPDATE points_entry SET points = 100000")


def test_a_missing_trigger_is_a_problem(db, shop, run_cli) -> None:
    with db.engine.begin() as conn:
        drop_append_only_triggers(conn)
    out = _found(run_cli)
    for name in chain.TRIGGERS[db.engine.dialect.name]:
        assert f"append-only trigger {name}: missing" in out


# --- the four edits of issue 15, with the triggers dropped -----------------------------------


def test_a_deleted_audit_trail_is_found(db, shop, run_cli) -> None:
    """An empty trail has no chain left to break: the refund and the adjustment in the ledger
    are the rows whose audit lines are missing."""
    _attack(db, "DELETE FROM audit_entry")
    out = _found(run_cli)
    assert "audit till till-test: 1 points adjustments but 0 audit lines points.adjust" in out
    assert "audit till till-test: 1 refunds but 0 audit lines sale.refund" in out


def test_a_rewritten_audit_line_is_found(db, shop, run_cli) -> None:
    line = _audit_line(db, "points.adjust")
    _attack(
        db,
        "UPDATE audit_entry SET detail = :detail WHERE id = :id",
        params={"detail": '{"points": 3, "reason": "goodwill"}', "id": line.id},
    )
    assert f"chain audit_entry {line.id}: content does not match its hash" in _found(run_cli)


def test_a_forged_adjustment_with_balance_and_rollup_edited_is_found(db, shop, run_cli) -> None:
    """The attacker even gives the entry a correct hash at the end of the chain: balance, rollup
    and chain all hold, but an adjustment without its audit line does not."""
    row = {
        "uuid": new_uuid(),
        "origin_till": "till-test",
        "member_id": shop.id,
        "kind": EntryKind.ADJUST.value,
        "points": 100_000,
        "sale_id": None,
        "refund_id": None,
        "staff_id": None,
        "note": "",
        "created_at": utcnow(),
        "expires_at": None,
        "dedupe_key": None,
    }
    with db.engine.connect() as conn:
        prev = chain.last_hash(conn, table_of(PointsEntry), "till-test")
    row.update(prev_hash=prev, row_hash=chain.row_hash("points_entry", row, prev))
    _attack(
        db,
        insert(table_of(PointsEntry)),
        "UPDATE member SET balance = balance + 100000 WHERE id = :member_id",
        "UPDATE ledger_month SET points = points + 100000 WHERE kind = 'adjust'",
        params=row,
    )
    out = _found(run_cli)
    assert "audit till till-test: 2 points adjustments but 1 audit lines points.adjust" in out
    assert "balance" not in out and "rollup" not in out and "chain" not in out


def test_an_edited_ledger_entry_with_balance_and_rollup_to_match_is_found(
    db, shop, run_cli
) -> None:
    earn = _entry(db, EntryKind.EARN)
    _attack(
        db,
        "UPDATE points_entry SET points = points + 500 WHERE id = :id",
        "UPDATE member SET balance = balance + 500 WHERE id = :member",
        "UPDATE ledger_month SET points = points + 500 WHERE kind = 'earn'",
        "UPDATE sale SET points_earned = points_earned + 500 WHERE id = :sale",
        params={"id": earn.id, "member": earn.member_id, "sale": earn.sale_id},
    )
    out = _found(run_cli)
    assert f"chain points_entry {earn.id}: content does not match its hash" in out
    assert "balance" not in out and "rollup" not in out


# --- more of the same: what the chain sees ------------------------------------------------------


def test_a_deleted_row_breaks_the_link_of_the_next(db, shop, run_cli) -> None:
    ids = [line.id for line in _lines(db)]
    _attack(db, f"DELETE FROM audit_entry WHERE id = {ids[1]}")
    out = _found(run_cli)
    assert f"chain audit_entry {ids[2]}: does not follow the previous row of till till-test" in out


def test_a_rewritten_row_with_its_hash_recomputed_breaks_the_next_link(db, shop, run_cli) -> None:
    first, second = _lines(db)[:2]
    changed = {**first.model_dump(), "subject": "someone else"}
    digest = chain.row_hash("audit_entry", changed, first.prev_hash)
    _attack(
        db,
        f"UPDATE audit_entry SET subject = 'someone else', row_hash = '{digest}' "
        f"WHERE id = {first.id}",
    )
    out = _found(run_cli)
    assert f"chain audit_entry {second.id}: does not follow" in out
    assert f"chain audit_entry {first.id}:" not in out


def test_the_walk_reads_a_moment_by_its_instant_not_its_text(db, shop) -> None:
    """The check reads SQLite's stored text of a moment without parsing it when it is in the
    form the app writes; the same instant written another way still holds, a changed one
    does not."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite stores moments as text")
    entries = table_of(PointsEntry)
    with db.engine.connect() as conn:
        entry_id, stored = conn.execute(text("SELECT id, created_at FROM points_entry")).first()
    assert len(stored) == 26  # "YYYY-MM-DD HH:MM:SS.ffffff"

    def breaks() -> list[chain.Break]:
        with db.engine.connect() as conn:
            return list(chain.breaks(conn, entries))

    same = stored.replace(" ", "T")  # ISO 8601 with a "T": the same instant
    _attack(db, f"UPDATE points_entry SET created_at = '{same}' WHERE id = {entry_id}")
    assert breaks() == []
    later = stored[:-1] + str((int(stored[-1]) + 1) % 10)  # a microsecond away
    with db.engine.begin() as conn:  # the triggers are gone already
        conn.execute(text(f"UPDATE points_entry SET created_at = '{later}' WHERE id = {entry_id}"))
    assert breaks() == [chain.Break("points_entry", entry_id, "till-test", "altered")]


def test_each_till_has_its_own_chain(db, actor, shop) -> None:
    """Rows of another till (synced in, or a second till on a shared database) follow that
    till's last row, not this one's."""
    other = Actor(actor.staff_id, "till-2")
    with db.session() as s:
        adjust(s, other, s.get_one(Member, shop.id), 5, "second till")
    with db.session(readonly=True) as s:
        ours, theirs = (
            s.exec(
                select(PointsEntry).where(PointsEntry.origin_till == till).order_by(PointsEntry.id)
            ).all()
            for till in ("till-test", "till-2")
        )
        assert run_checks(s) == []
    assert theirs[0].prev_hash == chain.GENESIS
    assert [e.prev_hash for e in ours[1:]] == [e.row_hash for e in ours[:-1]]


def test_two_writers_of_one_till_never_fork_its_chain(db, actor, shop, shop_database) -> None:
    """A GUI and a CLI on the same machine: two connections writing for the same till at once
    (SQLite's write lock, PostgreSQL's per-till advisory lock) keep one chain."""
    second = open_shop(shop_database.url, till_id=db.till_id)

    def write(database) -> None:
        for n in range(16):
            with database.session() as s:
                if n % 2:
                    record_sale(s, actor, SaleRequest(1000 + n, shop.id))
                else:
                    adjust(s, actor, s.get_one(Member, shop.id), 1 + n, "busy till")

    threads = [threading.Thread(target=write, args=(d,)) for d in (db, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.dispose()
    with db.session(readonly=True) as s:
        assert len(s.exec(select(AuditEntry)).all()) > 32
        assert run_checks(s) == []


def test_a_till_and_an_import_batch_of_the_same_till_do_not_deadlock(db, actor, shop) -> None:
    """The batch holds every table, then chains its rows; the till's adjustment, started
    meanwhile, waits at the table, never holding the till's chain lock the batch needs."""
    import time

    errors: list[BaseException] = []

    def till() -> None:
        time.sleep(0.2)
        try:
            with db.session() as s:
                adjust(s, actor, s.get_one(Member, shop.id), 7, "during an import")
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    thread = threading.Thread(target=till)
    with importing._writing(db, "members", "m.csv", False) as w, w.batch() as s:
        thread.start()
        time.sleep(0.6)
        ledger.post_entry(s, actor, shop.id, EntryKind.IMPORT, 40)
    thread.join()
    assert errors == []
    with db.session(readonly=True) as s:
        assert run_checks(s) == []


# --- an import taken back ----------------------------------------------------------------------


def test_an_import_taken_back_after_the_till_wrote_leaves_a_chain_that_holds(
    db, actor, shop
) -> None:
    """The import's rows are the only ones ever deleted; the till's own rows written between
    its batches follow them in the chain, and the undo's audit line keeps those links."""
    with pytest.raises(RuntimeError), importing._writing(db, "members", "m.csv", False) as w:
        with w.batch() as s:
            carried = enrol(s, actor, Enrolment(name="导入", phone="13800000002", bonus=False))
            ledger.post_entry(s, actor, carried.id, EntryKind.IMPORT, 40)
        with db.session() as s:  # the till sells between two batches
            record_sale(s, actor, SaleRequest(3000, shop.id))
        raise RuntimeError("the import fails part-way")
    with db.session(readonly=True) as s:
        assert s.exec(select(Member).where(Member.name == "导入")).first() is None
        assert _audit_line(db, importing.UNDONE) is not None
        assert run_checks(s) == []


def test_deleting_rows_of_no_open_import_is_refused(db, shop) -> None:
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM points_entry WHERE id = 1"))


# --- an older shop -----------------------------------------------------------------------------


@pytest.mark.sqlite_only("an upgrade of a SQLite file made at revision 0007")
def test_rows_written_before_the_chain_are_chained_by_the_upgrade(tmp_path) -> None:
    from alembic import command

    from loyalty_desktop.store.db import alembic_config, create_db_engine

    path = tmp_path / "v7.db"
    engine = create_db_engine(sqlite_url(path))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO member (uuid, origin_till, card, name, tags, marketing_consent,"
            " enrolled_at, status, balance, tier, phone) VALUES ('m1', 't', 'VIP-1', '老客', '',"
            " 0, '2025-01-01 00:00:00.000000', 'active', 70, '', '')"
        )
        for n, (till, points) in enumerate((("t", 50), ("t2", 30), ("t", -10)), 1):
            conn.execute(
                "INSERT INTO points_entry (uuid, origin_till, member_id, kind, points, note,"
                f" created_at) VALUES ('e{n}', '{till}', 1, 'adjust', {points}, 'old',"
                f" '2025-0{n}-01 08:00:00.000000')"
            )
            conn.execute(
                "INSERT INTO audit_entry (uuid, origin_till, created_at, action, subject, detail)"
                f" VALUES ('a{n}', '{till}', '2025-0{n}-01 08:00:00.000000', 'points.adjust',"
                " 'VIP-1', '{}')"
            )
    db = open_shop(sqlite_url(path), till_id="t")
    try:
        with db.session(readonly=True) as s:
            entries = s.exec(select(PointsEntry).order_by(PointsEntry.id)).all()
            assert [p.check for p in run_checks(s) if p.check in ("chain", "append-only")] == []
        assert [e.prev_hash for e in entries] == [chain.GENESIS, chain.GENESIS, entries[0].row_hash]
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))
    finally:
        db.dispose()


# --- helpers -----------------------------------------------------------------------------------


def _rows(db, table: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return sorted(map(tuple, conn.execute(text(f"SELECT * FROM {table}"))), key=repr)


def _lines(db) -> list[AuditEntry]:
    with db.session(readonly=True) as s:
        return list(s.exec(select(AuditEntry).order_by(AuditEntry.id)))


def _audit_line(db, action: str) -> AuditEntry | None:
    with db.session(readonly=True) as s:
        return s.exec(select(AuditEntry).where(AuditEntry.action == action)).first()


def _entry(db, kind: EntryKind) -> PointsEntry:
    with db.session(readonly=True) as s:
        return s.exec(select(PointsEntry).where(PointsEntry.kind == kind.value)).first()
