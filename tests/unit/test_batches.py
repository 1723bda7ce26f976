"""No statement depends on the number of members: with SQLite's limit on bound values set
below the number of members touched, the sales import, the monthly tier review, the expiry and
sync's recompute all still work (each list of ids goes in a batch at a time).

The limit is lowered on the test's connections (``setlimit``) to a little above one batch, so a
statement that took every id at once would be refused — the first test shows it is."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, insert, select, update
from sqlalchemy.exc import OperationalError
from sqlmodel import col

from loyalty_desktop.services import ledger
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.expiry import run_expiry
from loyalty_desktop.services.housekeeping import run_housekeeping
from loyalty_desktop.services.importing import import_sales
from loyalty_desktop.services.rules import Expiry, Rules, load_rules, save_rules
from loyalty_desktop.services.sync.derived import recompute
from loyalty_desktop.services.sync.summary import Summary
from loyalty_desktop.services.tiers import review_tiers
from loyalty_desktop.store.batches import ID_BATCH
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry, TierChange
from loyalty_desktop.store.models.base import new_uuid, table_of

pytestmark = pytest.mark.sqlite_only("SQLite's limit on bound values")

LIMIT = ID_BATCH + 100  # one batch and the statement's other values fit; all the ids do not
MEMBERS = 2 * LIMIT + 1
NOW = datetime.now(UTC)
LONG_AGO = NOW - timedelta(days=4 * 365)


@pytest.fixture
def few_variables(db):  # type: ignore[no-untyped-def]
    """The test's database with SQLite's limit on bound values at ``LIMIT``; SQLAlchemy's
    multi-row INSERTs told the same, as it tells itself for an old SQLite (999)."""

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, LIMIT)

    db.engine.dispose()  # the pooled connections were opened before the limit
    db.engine.dialect.insertmanyvalues_max_parameters = LIMIT
    return db


def enrol_many(db, count: int = MEMBERS) -> list[int]:  # type: ignore[no-untyped-def]
    """Members in bulk (the enrol service one by one would take the test's time)."""
    rows = [
        {
            "uuid": new_uuid(),
            "origin_till": db.till_id,
            "card": f"T{n:07d}",
            "name": f"Member {n}",
            "enrolled_at": LONG_AGO,
        }
        for n in range(count)
    ]
    with db.session() as s:
        s.execute(insert(table_of(Member)), rows)
        return list(s.exec(select(table_of(Member).c.id).order_by(col(Member.id))).scalars())


def test_the_lowered_limit_refuses_a_statement_with_every_id(few_variables) -> None:
    member = table_of(Member)
    with few_variables.engine.connect() as conn, pytest.raises(OperationalError, match="too many"):
        conn.execute(select(member.c.id).where(member.c.id.in_(list(range(MEMBERS)))))


def test_a_sales_import_touching_more_members_than_the_limit(few_variables, actor, tmp_path):
    enrol_many(few_variables)
    when = (NOW - timedelta(days=3)).strftime("%Y-%m-%d 10:00")
    lines = [f"R{n},T{n:07d},{when},100.00" for n in range(MEMBERS)]
    sales = Path(tmp_path / "sales.csv")
    sales.write_text("receipt,card,timestamp,amount\n" + "\n".join(lines) + "\n", encoding="utf-8")
    report = import_sales(few_variables, actor, sales)
    assert report.imported == MEMBERS and not report.problems
    with few_variables.session(readonly=True) as s:
        assert set(s.exec(select(table_of(Member).c.balance)).scalars()) == {100}
        assert run_checks(s) == []


def test_the_tier_review_with_more_tier_holders_than_the_limit(few_variables, actor) -> None:
    """Every Silver member without a sale in the window goes down at the review."""
    enrol_many(few_variables)
    with few_variables.session() as s:
        s.execute(update(table_of(Member)).values(tier="Silver"))
    with few_variables.session() as s:
        changes = review_tiers(s, actor, load_rules(s), NOW)
    assert len(changes) == MEMBERS
    with few_variables.session(readonly=True) as s:
        assert set(s.exec(select(table_of(Member).c.tier)).scalars()) == {"Member"}


def lapsed_lots(db, actor, member_ids: list[int], points: int = 30) -> None:  # type: ignore[no-untyped-def]
    """A bonus for each member, earned long ago, lapsed a year ago."""
    with db.session() as s:
        ledger.post_entries(
            s,
            actor,
            [
                ledger.NewEntry(
                    member_id=mid,
                    kind=EntryKind.BONUS,
                    points=points,
                    created_at=LONG_AGO,
                    expires_at=NOW - timedelta(days=365),
                )
                for mid in member_ids
            ],
        )


@pytest.mark.parametrize("batched", [True, False], ids=["housekeeping", "one-transaction"])
def test_expiry_of_more_members_than_the_limit(few_variables, actor, batched) -> None:
    ids = enrol_many(few_variables)
    with few_variables.session() as s:
        save_rules(s, actor, Rules(expiry=Expiry(months=12)), valid_from=LONG_AGO)
    lapsed_lots(few_variables, actor, ids)
    if batched:
        report = run_housekeeping(few_variables, actor, NOW)
        expired = report.expired_members, report.expired_points
    else:
        with few_variables.session() as s:
            done = run_expiry(s, actor, NOW)
        expired = done.members, done.points
    assert expired == (MEMBERS, 30 * MEMBERS)
    with few_variables.session(readonly=True) as s:
        assert set(s.exec(select(table_of(Member).c.balance)).scalars()) == {0}


def test_syncs_recompute_of_more_members_than_the_limit(few_variables, actor) -> None:
    """After a package: balances recounted from the ledger, tiers from the tier changes."""
    ids = enrol_many(few_variables)
    lapsed_lots(few_variables, actor, ids, points=40)
    members = table_of(Member)
    with few_variables.session() as s:
        s.execute(update(members).values(balance=0, tier="Gold"))  # stale, as before a recompute
        s.execute(
            insert(table_of(TierChange)),
            [
                {
                    "uuid": new_uuid(),
                    "origin_till": "till-other",
                    "member_id": mid,
                    "tier": "Silver",
                    "previous": "",
                    "reason": "upgrade",
                    "at": NOW,
                }
                for mid in ids
            ],
        )
    with few_variables.session() as s:
        recompute(s, actor, Summary(members=set(ids)))
    with few_variables.session(readonly=True) as s:
        assert set(s.exec(select(members.c.balance, members.c.tier)).all()) == {(40, "Silver")}
        entries = s.exec(select(PointsEntry.member_id)).all()
    assert len(entries) == MEMBERS
