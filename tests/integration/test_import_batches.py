"""A large import commits in batches, so a till's sale gets in between them, yet stays all or
nothing: a failure in a late batch, or a crash, leaves the shop as it was before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlmodel import func, select
from support import snapshot

from loyalty_desktop.core.errors import DatabaseError, ImportFailed
from loyalty_desktop.services import importing
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.importing import ImportOptions, import_members, import_sales
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import ImportRun, Sale, TierChange

TILL_WAIT_MS = 1_000  # a till that waits longer than this for the write lock says "busy"


def _members(db: Database, actor, count: int = 20) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return [
            enrol(s, actor, Enrolment(name=f"M{n}", phone=f"1390000{n:04d}")).card
            for n in range(count)
        ]


def _sales_csv(path: Path, cards: list[str], rows: int) -> Path:
    lines = ["receipt,card,phone,timestamp,amount"]
    for n in range(rows):
        card = cards[n % len(cards)] if n % 5 else ""  # every fifth a walk-in
        day = f"2026-{1 + n % 9:02d}-{1 + n % 28:02d} 10:30"
        lines.append(f"R-{n:06d},{card},,{day},{1 + n % 97}.50")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _checks(db: Database) -> list:  # type: ignore[type-arg]
    with db.session(readonly=True) as s:
        return run_checks(s)


def _count(db: Database, model) -> int:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_a_till_sells_while_a_large_import_runs(db, actor, tmp_path) -> None:
    cards = _members(db, actor)
    csv = _sales_csv(tmp_path / "sales.csv", cards, 10_000)
    importer = open_shop(db.url, till_id="back-office")
    till = open_shop(db.url, till_id="till-2")
    writing = threading.Event()
    errors: list[BaseException] = []

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # past the checking pass: batches are being written
            writing.set()

    def run_import() -> None:
        try:
            import_sales(importer, actor, csv, ImportOptions(progress=progress))
        except BaseException as error:  # reported by the main thread
            errors.append(error)
        finally:
            writing.set()

    thread = threading.Thread(target=run_import)
    thread.start()
    assert writing.wait(60)
    sold, sold_during_import = 0, 0
    while thread.is_alive():
        with till.session(busy_ms=TILL_WAIT_MS) as s:  # DatabaseBusy would fail the test
            record_sale(s, actor, SaleRequest(1000))
        sold += 1
        sold_during_import += thread.is_alive()
    thread.join()
    importer.dispose()
    till.dispose()
    assert errors == [], [repr(e.__cause__) for e in errors]
    assert sold_during_import >= 2  # the import really was running under the sales
    assert _count(db, Sale) == 10_000 + sold
    assert _count(db, ImportRun) == 0
    assert _checks(db) == []


def test_a_failure_in_a_late_batch_takes_the_whole_import_back(
    db, actor, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = _members(db, actor)
    csv = _sales_csv(tmp_path / "sales.csv", cards, 9_000)
    before = snapshot(db)
    monkeypatch.setattr(importing, "BATCH", 2_000)  # however fast the machine: five batches
    real, batches = importing._write_sale_batch, []

    def fails_at_the_fourth(session, *args):  # type: ignore[no-untyped-def]
        batches.append(len(args[1]))
        if len(batches) == 4:
            raise OSError("disk full")
        return real(session, *args)

    monkeypatch.setattr(importing, "_write_sale_batch", fails_at_the_fourth)
    with pytest.raises(OSError, match="disk full"):
        import_sales(db, actor, csv)
    assert len(batches) == 4  # three batches had been committed
    assert snapshot(db) == before
    assert _checks(db) == []


def test_a_receipt_another_till_recorded_meanwhile_takes_the_import_back(
    db, actor, tmp_path
) -> None:
    cards = _members(db, actor)
    csv = _sales_csv(tmp_path / "sales.csv", cards, 6_000)
    till = open_shop(db.url, till_id="till-2")
    rung: list[int] = []

    def progress(done: int, total: int) -> None:
        if done > total // 2 and not rung:  # a batch is committed; the till rings R-005999 up
            with till.session(busy_ms=TILL_WAIT_MS) as s:
                rung.append(record_sale(s, actor, SaleRequest(500, receipt="R-005999")).sale.id)

    with pytest.raises(DatabaseError):
        import_sales(db, actor, csv, ImportOptions(progress=progress))
    till.dispose()
    with db.session(readonly=True) as s:
        assert [sale.id for sale in s.exec(select(Sale))] == rung  # the till's sale alone
    assert _count(db, ImportRun) == 0
    assert _checks(db) == []


def test_a_members_file_refused_in_a_late_batch_leaves_nothing(db, actor, tmp_path) -> None:
    _members(db, actor, 3)
    rows = [f"新会员{n},1370000{n:04d}" for n in range(importing.MEMBER_BATCH * 2 + 10)]
    rows.append("重复,13900000001")  # the phone of an existing member, in the last batch
    path = tmp_path / "members.csv"
    path.write_text("name,phone\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(ImportFailed) as failed:
        import_members(db, actor, path)
    assert [p.line for p in failed.value.problems] == [len(rows) + 1]
    assert snapshot(db) == before
    assert _checks(db) == []


def test_an_import_killed_part_way_is_taken_back_on_the_next_start(db, actor, tmp_path) -> None:
    cards = _members(db, actor)
    csv = _sales_csv(tmp_path / "sales.csv", cards, 40_000)
    before = snapshot(db)
    command = [sys.executable, "-m", "loyalty_desktop.cli", "import", "sales", str(csv)]
    command += ["--database-url", db.url, "--progress"]
    child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    for line in child.stderr:  # "Importing sales: 60%": batches are being committed
        if line.startswith("Importing sales: ") and int(line.split()[-1].rstrip("%")) >= 60:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert _count(db, ImportRun) == 1 and _count(db, Sale) > 0  # half an import, committed
    open_shop(db.url, till_id="till-test").dispose()  # the next start
    assert snapshot(db) == before
    assert _checks(db) == []


def test_tiers_reviewed_before_a_failure_at_the_end_are_put_back(
    db, actor, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The members' upgrades (committed in their own batches) are undone too."""
    cards = _members(db, actor, 5)
    csv = _sales_csv(tmp_path / "sales.csv", cards, 3_000)  # ~¥30,000 each: Gold
    before = snapshot(db)
    upgrades_committed: list[int] = []

    def audit_fails(*_args, **_kwargs) -> None:  # type: ignore[no-untyped-def]
        upgrades_committed.append(_count(db, TierChange))
        raise OSError("disk full")

    monkeypatch.setattr(importing, "audit", SimpleNamespace(record=audit_fails))
    with pytest.raises(OSError, match="disk full"):
        import_sales(db, actor, csv)
    assert upgrades_committed == [4]  # each member with sales (not the first: walk-ins) went up
    assert snapshot(db) == before
    assert _checks(db) == []


def test_members_reviewed_over_several_batches_are_put_back_after_a_failure_at_the_end(
    db, actor, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review's first batch is one member: its later batches are larger (by their pace),
    and all their upgrades are undone too."""
    cards = _members(db, actor, 12)
    csv = _sales_csv(tmp_path / "sales.csv", cards, 6_000)  # ~¥25,000 each: Gold
    before = snapshot(db)
    monkeypatch.setattr(importing, "MEMBER_REVIEW_BATCH", 1)
    reviewed: list[int] = []
    real = importing.upgrade_qualified

    def counted(session, actor, rules, member_ids, as_of):  # type: ignore[no-untyped-def]
        reviewed.append(len(member_ids))
        return real(session, actor, rules, member_ids, as_of)

    def audit_fails(*_args, **_kwargs) -> None:  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(importing, "upgrade_qualified", counted)
    monkeypatch.setattr(importing, "audit", SimpleNamespace(record=audit_fails))
    with pytest.raises(OSError, match="disk full"):
        import_sales(db, actor, csv)
    assert reviewed[0] == 1 and len(reviewed) > 1 and sum(reviewed) == 12
    assert snapshot(db) == before
    assert _checks(db) == []
