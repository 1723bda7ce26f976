"""The daily housekeeping off the till's path: it reads only what is due, writes in short
transactions a sale can come between, and a run cut short then run again gives what one
uninterrupted run gives. The survey's "every Nth sale" reads the till's own latest sales by
index, never the whole sale table."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, select, update
from sqlmodel import col

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services import housekeeping, ledger
from loyalty_desktop.services.bonuses import born_on
from loyalty_desktop.services.expiry import expiry_due
from loyalty_desktop.services.housekeeping import HousekeepingReport, run_housekeeping
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.rules import (
    BirthdayBonus,
    Bonuses,
    Expiry,
    Rules,
    load_rules,
    save_rules,
)
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.surveys import SurveyDefinition, choose_for_sale, save_survey
from loyalty_desktop.store.db import backup_sqlite
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry, TierChange
from loyalty_desktop.store.models.base import table_of

NOW = datetime.now(UTC)
LONG_AGO = NOW - timedelta(days=4 * 365)
EACH = 5  # members of each kind: lapsed points, born today, Silver without a sale


def set_rules(db, actor) -> None:  # type: ignore[no-untyped-def]
    birthday = BirthdayBonus(points=20, mode="on_day")
    with db.session() as s:
        rules = Rules(expiry=Expiry(months=12), bonuses=Bonuses(birthday=birthday))
        save_rules(s, actor, rules, valid_from=LONG_AGO)


def today(db) -> date:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return NOW.astimezone(load_rules(s).zone).date()


def member(db, actor, n: int, birthday: date | None = None) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        data = Enrolment(f"M{n}", f"1390000{n:04d}", birthday, enrolled_at=LONG_AGO, bonus=False)
        return enrol(s, actor, data).id


def lot(db, actor, member_id: int, expires_at: datetime, points: int = 30) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        ledger.post_entries(
            s,
            actor,
            [ledger.NewEntry(member_id, EntryKind.BONUS, points, LONG_AGO, expires_at=expires_at)],
        )


def shop_with_work(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Housekeeping due for 3 × EACH members: lapsed lots, birthdays today, Silver members
    who bought nothing in the window."""
    set_rules(db, actor)
    born = today(db).replace(year=1992)  # a leap year: 29 February exists
    for n in range(EACH):
        lot(db, actor, member(db, actor, n), NOW - timedelta(days=30 + n))
        member(db, actor, 100 + n, birthday=born)
        silver = member(db, actor, 200 + n)
        with db.session() as s:
            members = table_of(Member)
            s.execute(update(members).where(members.c.id == silver).values(tier="Silver"))


def outcome(db) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    """What housekeeping writes: ledger entries, balances and tiers, tier changes."""
    with db.session(readonly=True) as s:
        entries = select(
            PointsEntry.member_id, PointsEntry.kind, PointsEntry.points, PointsEntry.dedupe_key
        )
        changes = select(TierChange.member_id, TierChange.tier, TierChange.previous)
        members = select(Member.id, Member.balance, Member.tier)
        return {
            "entries": sorted(map(tuple, s.exec(entries).all())),
            "changes": sorted(map(tuple, s.exec(changes).all())),
            "members": sorted(map(tuple, s.exec(members).all())),
        }


@pytest.mark.sqlite_only("a copy of the shop's file")
@pytest.mark.parametrize("cut_after", [2, 6, 10], ids=["expiry", "birthdays", "tier-review"])
def test_a_run_cut_short_and_run_again_gives_what_one_run_gives(
    db, actor, tmp_path, monkeypatch, cut_after
) -> None:
    """Two members a batch: the expiry's batches come first, then the birthdays', then the
    review's; the run stops (the till closed) after ``cut_after`` committed batches."""
    monkeypatch.setattr(housekeeping, "BATCH", 2)
    shop_with_work(db, actor)
    backup_sqlite(db.sqlite_path, tmp_path / "twin.db")
    twin = open_shop(sqlite_url(tmp_path / "twin.db"), till_id=db.till_id)
    committed = []

    def closed_after(done: int, total: int) -> None:
        committed.append(done)
        if len(committed) == cut_after:
            raise SystemExit  # as the window closing takes the worker down

    with pytest.raises(SystemExit):
        run_housekeeping(db, actor, NOW, closed_after)
    assert outcome(db) != outcome(twin)  # part of the work was done
    again = run_housekeeping(db, actor, NOW)
    whole = run_housekeeping(twin, actor, NOW)
    assert outcome(db) == outcome(twin)
    assert whole == HousekeepingReport(30 * EACH, EACH, EACH, EACH)
    assert again.downgrades + again.birthday_bonuses + again.expired_members < 3 * EACH
    assert run_housekeeping(db, actor, NOW) == HousekeepingReport()  # nothing left to do
    twin.dispose()


def test_a_sale_between_housekeepings_batches_goes_through(db, actor, monkeypatch) -> None:
    """Each batch commits before the next begins: a sale typed meanwhile takes the write lock
    without waiting (no busy wait at all here), between any two batches."""
    monkeypatch.setattr(housekeeping, "BATCH", 2)
    shop_with_work(db, actor)
    buyer = member(db, actor, 999)
    sold = []

    def till_sells(done: int, total: int) -> None:
        with db.session(busy_ms=1) as s:
            sold.append(record_sale(s, actor, SaleRequest(1000, buyer)).sale.id)

    report = run_housekeeping(db, actor, NOW, till_sells)
    assert report == HousekeepingReport(30 * EACH, EACH, EACH, EACH)
    # Three batches of each part, and the birthdays' and the review's closing ones.
    assert len(sold) == 3 * 3 + 2


def test_the_expiry_finds_the_lots_lapsed_since_the_last_run_and_those_written_since(
    db, actor
) -> None:
    set_rules(db, actor)
    first, second = NOW - timedelta(days=10), NOW - timedelta(days=5)
    old, soon, late = (member(db, actor, n) for n in range(3))
    lot(db, actor, old, first - timedelta(days=1))
    lot(db, actor, soon, first + timedelta(days=1))  # lapses between the runs
    assert run_housekeeping(db, actor, first).expired_members == 1
    lot(db, actor, late, first - timedelta(days=2))  # back-dated after the run: lapsed already
    with db.session(readonly=True) as s:
        assert expiry_due(s, second) == [soon, late]  # not ``old`` again
    assert run_housekeeping(db, actor, second).expired_members == 2
    assert run_housekeeping(db, actor, NOW) == HousekeepingReport()
    with db.session(readonly=True) as s:
        assert expiry_due(s, NOW) == []
        assert s.get(Member, old).balance == s.get(Member, soon).balance == 0
        assert s.get(Member, late).balance == 0


def test_an_earlier_moment_than_the_last_run_finds_nothing_left(db, actor) -> None:
    """``loyalty housekeeping --as-of`` a past day after today's run: nothing lapsed by then is
    left, and the next run still expires what lapsed since."""
    set_rules(db, actor)
    soon = member(db, actor, 1)
    lot(db, actor, soon, NOW - timedelta(days=2))
    run_housekeeping(db, actor, NOW - timedelta(days=3))
    assert run_housekeeping(db, actor, NOW).expired_members == 1
    assert run_housekeeping(db, actor, NOW - timedelta(days=1)) == HousekeepingReport()
    with db.session(readonly=True) as s:
        assert s.get(Member, soon).balance == 0


class Statements:
    """The SELECTs the engine runs while the block runs, with their parameters."""

    def __init__(self, db) -> None:  # type: ignore[no-untyped-def]
        self.db, self.seen = db, []

    def __enter__(self) -> Statements:
        event.listen(self.db.engine, "before_cursor_execute", self._note)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._note)

    def _note(self, _conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            self.seen.append((statement, parameters))

    def plans(self) -> list[str]:
        with self.db.engine.connect() as conn:
            return [
                " / ".join(row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", p))
                for sql, p in self.seen
            ]


@pytest.mark.sqlite_only("SQLite's query plans")
def test_the_survey_every_nth_sale_reads_the_tills_own_sales_by_index(db, actor) -> None:
    with db.session() as s:
        save_survey(s, actor, SurveyDefinition(enabled=True, ask="every_nth", every_n=5))
    for _ in range(3):
        with db.session() as s:
            sale = record_sale(s, actor, SaleRequest(1000)).sale
    with db.session() as s, Statements(db) as statements:
        choose_for_sale(s, s.merge(sale))
    plans = [p for p in statements.plans() if "sale" in p.lower()]
    assert any("ix_sale_origin_till_id" in p for p in plans), plans
    assert not [p for p in plans if "SCAN sale" in p]


@pytest.mark.sqlite_only("SQLite's query plans")
def test_what_is_due_is_found_by_index(db, actor) -> None:
    """The lots lapsed and still holding points (the kept lots' expiry-date index) and the
    day's birthdays (the month-and-day index): none walks its table."""
    set_rules(db, actor)
    born = member(db, actor, 1, birthday=today(db).replace(year=1992))
    run_housekeeping(db, actor, NOW - timedelta(days=1))
    with db.session(readonly=True) as s, Statements(db) as statements:
        expiry_due(s, NOW)
        assert born_on(s, load_rules(s), today(db)) == [born]
    plans = statements.plans()
    assert not [p for p in plans if "SCAN points_" in p or "SCAN member" in p], plans
    assert any("ix_member_birthday_day" in p for p in plans), plans
    assert any("points_lot USING INDEX ix_points_lot_expires" in p for p in plans), plans


def test_a_member_downgraded_before_a_cut_is_not_reviewed_again(db, actor) -> None:
    """The review notes the last member of each batch with its changes: the rerun starts
    after it."""
    set_rules(db, actor)
    ids = [member(db, actor, n) for n in range(3)]
    with db.session() as s:
        members = table_of(Member)
        s.execute(update(members).where(col(members.c.id).in_(ids)).values(tier="Silver"))
    from loyalty_desktop.services.tiers import review_members, tiers_due

    with db.session() as s:
        rules = load_rules(s)
        assert tiers_due(s, rules, NOW) == ids
        review_members(s, actor, rules, NOW, ids[:1])
    with db.session(readonly=True) as s:
        assert tiers_due(s, rules, NOW) == ids[1:]
    assert run_housekeeping(db, actor, NOW).downgrades == 2
    with db.session(readonly=True) as s:
        assert tiers_due(s, rules, NOW) is None
