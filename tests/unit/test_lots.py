"""The points lots kept in ``points_lot`` are always what a replay of the ledger leaves: after
any sequence of entries, one at a time or in batches, back-dated or not (another till's rows
arrive out of order in time), after the expiry run, after a sync, after an unfinished import is
taken out, and after the migration that introduced them. The till's expiring line and the
expiry run read the kept lots, never the ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text
from sqlmodel import Session, col, select
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.services import ledger, lots
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.expiry import SOON, expire_members, expiring_soon
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.rules import Expiry, Rules, load_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.db import alembic_config
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry, PointsLot
from loyalty_desktop.store.models.base import saved_id

NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(days=400)
SALES = 3  # per member, for earned points and their refunds


def kept(session: Session, member_id: int) -> list[lots.Lot]:
    rows = session.exec(select(PointsLot).where(PointsLot.member_id == member_id))
    found = [
        lots.Lot(r.entry_id, r.member_id, r.sale_id, r.earned_at, r.expires_at, r.remaining)
        for r in rows
    ]
    return sorted(found, key=lambda lot: (lot.earned_at, lot.entry_id))


def replayed(session: Session, member_id: int) -> list[lots.Lot]:
    entries = session.exec(select(PointsEntry).where(PointsEntry.member_id == member_id))
    return lots.replay(
        lots.Move(
            saved_id(e),
            e.member_id,
            e.kind,
            e.points,
            e.sale_id,
            e.created_at,
            e.expires_at,
            e.dedupe_key,
        )
        for e in entries
    )


@dataclass(frozen=True)
class Op:
    """One entry to write: ``kind`` with ``points`` (taken when negative) for member ``who``;
    ``pick`` chooses a sale (earn, refund) or an earlier lot (expire); ``minutes`` after START
    it happened, in any order; ``lapse`` days after that its points lapse (None: never);
    ``together``: written in one batch with the ops before it (the import's path)."""

    kind: EntryKind
    who: int
    points: int
    pick: int
    minutes: int
    lapse: int | None
    together: bool


ops = st.builds(
    Op,
    kind=st.sampled_from(list(EntryKind)),
    who=st.integers(0, 1),
    points=st.integers(1, 60),
    pick=st.integers(0, 50),
    minutes=st.integers(0, 400 * 24 * 60),
    lapse=st.none() | st.integers(1, 500),
    together=st.booleans(),
)
TAKING = {EntryKind.REDEEM, EntryKind.REFUND_EARN, EntryKind.EXPIRE}


class Writer:
    """Writes the ops through the ledger's two writers, as the till and the import do."""

    def __init__(self, session: Session, actor, members: list[int], sales: dict[int, list[int]]):  # type: ignore[no-untyped-def]
        self.session, self.actor, self.members, self.sales = session, actor, members, sales
        self.lots: list[int] = []  # every positive entry so far, of either member
        self.expired: set[tuple[int, str]] = set()
        self.batch: list[ledger.NewEntry] = []

    def entry(self, op: Op) -> ledger.NewEntry | None:
        member = self.members[op.who]
        at = START + timedelta(minutes=op.minutes)
        either = op.kind in (EntryKind.ADJUST, EntryKind.IMPORT)  # taken or given: pick says
        points = -op.points if op.kind in TAKING or (either and op.pick % 2) else op.points
        on_sale = op.kind in (EntryKind.EARN, EntryKind.REFUND_EARN)
        sale = self.sales[member][op.pick % SALES] if on_sale else None
        key = None
        if op.kind == EntryKind.EXPIRE:
            if not self.lots:
                return None
            key = f"expire:{self.lots[op.pick % len(self.lots)]}"  # a lot of either member
            if (member, key) in self.expired:
                return None  # once per lot and member (the unique index)
            self.expired.add((member, key))
        lapses = at + timedelta(days=op.lapse) if op.lapse is not None and points > 0 else None
        return ledger.NewEntry(
            member, op.kind, points, at, sale_id=sale, expires_at=lapses, dedupe_key=key
        )

    def write(self, op: Op) -> None:
        new = self.entry(op)
        if new is None:
            return
        if op.together:
            self.batch.append(new)
            return
        self.flush()
        entry = ledger.post_entry(
            self.session,
            self.actor,
            new.member_id,
            new.kind,
            new.points,
            sale_id=new.sale_id,
            at=new.created_at,
            expires_at=new.expires_at,
            dedupe_key=new.dedupe_key,
        )
        if new.points > 0:
            self.lots.append(saved_id(entry))

    def flush(self) -> None:
        if not self.batch:
            return
        ledger.post_entries(self.session, self.actor, self.batch)
        self.batch = []
        self.lots = list(
            self.session.exec(
                select(PointsEntry.id).where(
                    col(PointsEntry.member_id).in_(self.members), PointsEntry.points > 0
                )
            )
        )


def shop_of_two(db, actor) -> tuple[list[int], dict[int, list[int]]]:  # type: ignore[no-untyped-def]
    """Two new members with SALES sales each (no points of their own: the ops write them)."""
    members, sales = [], {}
    with db.session() as s:
        for _ in range(2):
            member = enrol(s, actor, Enrolment("Lot", None, enrolled_at=START, bonus=False))
            member_id = saved_id(member)
            members.append(member_id)
            sales[member_id] = [
                saved_id(
                    ledger.insert_sale(
                        s,
                        actor,
                        ledger.NewSale(member_id, None, 1000, 1000, START, START.date()),
                    )[0]
                )
                for _ in range(SALES)
            ]
    return members, sales


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(ops, max_size=40))
def test_the_kept_lots_are_the_replay_of_the_ledger(db, actor, sequence: list[Op]) -> None:
    """Any earns, bonuses, redemptions, refunds, expiries, adjustments and opening balances,
    at any times in any order, one at a time or in batches: the kept lots are the replay's,
    and stay so through the expiry run; the check finds nothing, and a fill from the ledger
    gives the same lots."""
    members, sales = shop_of_two(db, actor)
    with db.session() as s:
        writer = Writer(s, actor, members, sales)
        for op in sequence:
            writer.write(op)
        writer.flush()
    with db.session() as s:
        for member_id in members:
            assert kept(s, member_id) == replayed(s, member_id)
        due = lots.lapsed(s, members, NOW)
        # A lot already named by an expiry of the ops (with points left) cannot be expired
        # again: its key is taken. The expiry run writes each lot's expiry whole, once.
        if not {(lot.member_id, f"expire:{lot.entry_id}") for lot in due} & writer.expired:
            expired = expire_members(s, actor, members, NOW)  # the shop keeps other examples'
            assert expired.points == sum(lot.remaining for lot in due)
            assert lots.lapsed(s, members, NOW) == []
    with db.session() as s:
        assert list(lots.differences(s)) == []
        expected = {member_id: replayed(s, member_id) for member_id in members}
        assert {member_id: kept(s, member_id) for member_id in members} == expected
        lots.rebuild_all(s)  # the fill after the migration: most members in one statement
        assert {member_id: kept(s, member_id) for member_id in members} == expected


def test_check_finds_kept_lots_that_are_not_the_ledgers(db, actor, member) -> None:
    """Both kinds of member: one whose lots only ever lapse (compared in SQL), one who
    redeemed (replayed)."""
    with db.session() as s:
        spender = enrol(s, actor, Enrolment("Spender", "13600136009", enrolled_at=START))
        record_sale(s, actor, SaleRequest(5000, member.id))
        record_sale(s, actor, SaleRequest(5000, spender.id))
        record_sale(s, actor, SaleRequest(1000, spender.id, redeem_points=20))
    with db.session() as s:
        assert run_checks(s) == []
        s.execute(text("UPDATE points_lot SET remaining = remaining + 1"))
        s.flush()
        problems = {p.subject: p.detail for p in run_checks(s) if p.check == "lots"}
        s.rollback()
    assert problems.keys() == {f"member {member.card}", f"member {spender.card}"}
    assert problems[f"member {member.card}"].endswith("kept 51 != ledger 50")
    assert problems[f"member {spender.card}"].endswith("kept 31 != ledger 30")


def test_a_refund_takes_back_its_own_sales_lot_first(db, actor, member) -> None:
    with db.session() as s:
        first = record_sale(s, actor, SaleRequest(3000, member.id, at=NOW - timedelta(days=9)))
        second = record_sale(s, actor, SaleRequest(2000, member.id, at=NOW - timedelta(days=8)))
    with db.session() as s:
        refund_sale(s, actor, second.sale.id)
    with db.session(readonly=True) as s:
        left = {lot.sale_id: lot.remaining for lot in kept(s, member.id) if lot.sale_id}
        assert left == {first.sale.id: first.sale.points_earned}
        assert kept(s, member.id) == replayed(s, member.id)


def statements_on(db, action) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    return seen


def test_the_tills_expiring_line_reads_the_kept_lots_not_the_ledger(db, actor, member) -> None:
    soon = NOW + timedelta(days=10)
    with db.session() as s:
        for days in (5, 4):  # two lots lapsing on the same day, one spent in part
            ledger.post_entry(
                s,
                actor,
                member.id,
                EntryKind.BONUS,
                40,
                at=NOW - timedelta(days=days),
                expires_at=soon,
            )
        ledger.post_entry(s, actor, member.id, EntryKind.REDEEM, -30)
        ledger.post_entry(
            s, actor, member.id, EntryKind.BONUS, 7, expires_at=NOW + timedelta(days=60)
        )

    def line() -> None:
        with db.session(readonly=True) as s:
            shown.append(expiring_soon(s, member.id, NOW))

    shown: list[list] = []
    statements = statements_on(db, line)
    with db.session(readonly=True) as s:
        day = soon.astimezone(load_rules(s).zone).date()
    assert shown == [[(day, 50)]]
    assert not [q for q in statements if "points_entry" in q]
    assert [q for q in statements if "points_lot" in q]


def test_a_tills_rows_arriving_out_of_order_in_time_keep_the_replays_lots(
    db, actor, tmp_path
) -> None:
    """Another till's back-dated receipt and redemption arrive after this till's own newer
    sale and redemption (and the other way round): on each till the kept lots are the replay
    of its ledger, and the expiring line reads them."""
    here = Till(db, actor)
    other = open_till(tmp_path / "other.db", "till-other", shop_of(db))
    for till in (here, other):
        with till.db.session() as s:
            rules = Rules(expiry=Expiry(months=12))
            save_rules(s, till.actor, rules, NOW - timedelta(days=800))
    with db.session() as s:
        member = enrol(s, actor, Enrolment("Zhao", "13600136000", enrolled_at=START))
        record_sale(s, actor, SaleRequest(5000, member.id, at=NOW - timedelta(days=5)))
        uuid = member.uuid
    other.import_(here.export(tmp_path / "to-other").path)
    with other.db.session() as s:
        there = s.exec(select(Member).where(Member.uuid == uuid)).one()
        # A paper receipt from 340 days ago: the oldest lot, lapsing within the month.
        record_sale(s, other.actor, SaleRequest(8000, there.id, at=NOW - timedelta(days=340)))
        record_sale(s, other.actor, SaleRequest(1000, there.id, redeem_points=30))
    with db.session() as s:
        record_sale(s, actor, SaleRequest(2000, member.id, redeem_points=20))
    here.import_(other.export(tmp_path / "to-here").path)
    other.import_(here.export(tmp_path / "to-other-again").path)
    for till in (here, other):
        assert till.problems() == []
        with till.db.session(readonly=True) as s:
            member_id = s.exec(select(Member.id).where(Member.uuid == uuid)).one()
            assert kept(s, member_id) == replayed(s, member_id)
            soon = NOW + SOON
            lapsing = [lot for lot in kept(s, member_id) if (lot.expires_at or soon) < soon]
            assert lapsing  # the paper receipt's lot, with what this till's order left of it
            assert [points for _, points in expiring_soon(s, member_id)] == [
                sum(lot.remaining for lot in lapsing)
            ]
    assert here.balances() == other.balances()


def test_a_shop_from_before_the_kept_lots_gets_them_from_its_ledger(db, actor, member) -> None:
    """The migration asks for the fill; the first opening for work does it, once."""
    with db.session() as s:
        record_sale(s, actor, SaleRequest(5000, member.id, at=NOW - timedelta(days=9)))
        sale = record_sale(s, actor, SaleRequest(3000, member.id, redeem_points=20)).sale
        refund_sale(s, actor, sale.id, 1000)
    with db.session(readonly=True) as s:
        before = kept(s, member.id)
    assert before
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0018")
    db.dispose()
    again = open_shop(db.url, till_id=db.till_id)
    with again.session(readonly=True) as s:
        assert kept(s, member.id) == before == replayed(s, member.id)
        assert not lots.refill_asked(s)
        assert run_checks(s) == []
    again.dispose()
