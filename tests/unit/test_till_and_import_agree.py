"""The till and the import write the same rows for the same purchases: one shop imports a
sales CSV, another records the same receipts one by one at the till (back-dated), and their
sales, ledger entries, balances, tiers and report rollups come out identical — under rules
that change on a date, a promotion, points that lapse, and a member whose tier changed in the
middle of the purchases (so both read the tier of each receipt's own date)."""

from __future__ import annotations

import csv
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlmodel import col, select

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.money import format_cents
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.importing import import_sales
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.rules import Earning, Expiry, Promotion, Rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import Member, TierChange

TILL = "till-test"
START = (datetime.now(UTC) - timedelta(days=400)).replace(microsecond=0)
SPAN_S = 390 * 86400  # purchases end ten days ago: never in the future in shop time
MEMBERS = 4
GOLD_FROM = START + timedelta(days=150)  # member 0 is Gold from here on

Purchase = tuple[int | None, int, int]  # (member index or None: walk-in, cents, seconds in)


def _rules(points_per_yuan: int) -> Rules:
    return Rules(
        earning=Earning(
            points_per_yuan=points_per_yuan,
            promotions=[Promotion(name="Double Tuesday", multiplier_pct=200, weekdays=[2])],
        ),
        expiry=Expiry(months=12),
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated shop with its members, two versions of the rules and one tier history."""
    path = tmp_path_factory.mktemp("agree") / "template.db"
    db = open_shop(sqlite_url(path), till_id=TILL)
    with db.session() as s:
        owner = ensure_owner(s, TILL)
        actor = Actor(owner.id, TILL)
        save_rules(s, actor, _rules(1), valid_from=START - timedelta(days=1))
        save_rules(s, actor, _rules(2), valid_from=START + timedelta(days=200))
        since = datetime(2020, 1, 1, tzinfo=UTC)
        members = [
            enrol(s, actor, Enrolment(name=f"M{i}", phone=f"1380000000{i}", enrolled_at=since))
            for i in range(MEMBERS)
        ]
        gold = members[0]
        # A tier history from before (as a past review or upgrade would have left it).
        s.add(
            TierChange(
                member_id=gold.id,
                tier="Gold",
                previous=gold.tier,
                reason="upgrade",
                at=GOLD_FROM,
                origin_till=TILL,
            )
        )
        gold.tier = "Gold"
    db.dispose()
    return path


def _shop(template: Path, path: Path) -> Database:
    shutil.copy(template, path)
    return open_shop(sqlite_url(path), till_id=TILL)


def _actor(db: Database) -> Actor:
    with db.session() as s:
        return Actor(ensure_owner(s, TILL).id, TILL)


def _cards(db: Database) -> list[tuple[int, str]]:
    with db.session(readonly=True) as s:
        return [(m.id, m.card) for m in s.exec(select(Member).order_by(col(Member.id)))]


def _imported(template: Path, folder: Path, purchases: list[Purchase]) -> Database:
    db = _shop(template, folder / "imported.db")
    cards = _cards(db)
    csv_path = folder / "sales.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["receipt", "card", "phone", "timestamp", "amount"])
        for number, (who, cents, offset) in enumerate(purchases):
            at = (START + timedelta(seconds=offset)).astimezone(_rules(1).zone)
            card = cards[who][1] if who is not None else ""
            stamp = at.strftime("%Y-%m-%d %H:%M:%S")
            out.writerow([f"R{number:05d}", card, "", stamp, format_cents(cents)])
    report = import_sales(db, _actor(db), csv_path)
    assert report.problems == [] and report.imported == len(purchases)
    return db


def _at_the_till(template: Path, folder: Path, purchases: list[Purchase]) -> Database:
    db = _shop(template, folder / "till.db")
    cards, actor = _cards(db), _actor(db)
    for number, (who, cents, offset) in enumerate(purchases):
        request = SaleRequest(
            cents,
            cards[who][0] if who is not None else None,
            receipt=f"R{number:05d}",
            at=START + timedelta(seconds=offset),
            confirmed=True,
        )
        with db.session() as s:
            record_sale(s, actor, request)
    return db


# What each shop wrote, without row ids (sales are named by receipt, members by card) and
# without the tier changes' own rows: the till upgrades step by step (dated now), the import
# once per member at the end; where they land is compared on the members.
WRITTEN = {
    "sales": """SELECT s.receipt, m.card, s.amount_cents, s.tier_discount_cents,
        s.points_discount_cents, s.coupon_discount_cents, s.paid_cents, s.points_earned,
        s.points_redeemed, s.refunded_cents, s.status, s.created_at, s.shop_date, s.staff_id,
        s.origin_till, s.survey_id
        FROM sale s LEFT JOIN member m ON m.id = s.member_id""",
    "entries": """SELECT m.card, e.kind, e.points, s.receipt, e.refund_id, e.note, e.created_at,
        e.expires_at, e.dedupe_key, e.staff_id, e.origin_till
        FROM points_entry e JOIN member m ON m.id = e.member_id
        LEFT JOIN sale s ON s.id = e.sale_id""",
    "members": "SELECT card, balance, tier, usual_gap, status FROM member",
    "member_month": """SELECT m.card, mm.month, mm.visits, mm.net_cents, mm.last_day,
        mm.returned FROM member_month mm JOIN member m ON m.id = mm.member_id""",
    "shop_month": "SELECT * FROM shop_month",
    "ledger_month": "SELECT * FROM ledger_month",
}


def _written(db: Database) -> dict[str, list[tuple]]:
    with db.engine.connect() as conn:
        return {
            name: sorted(map(tuple, conn.execute(text(sql))), key=repr)
            for name, sql in WRITTEN.items()
        }


def _agree(template: Path, folder: Path, purchases: list[Purchase]) -> None:
    imported = _imported(template, folder, purchases)
    till = _at_the_till(template, folder, purchases)
    try:
        assert _written(imported) == _written(till)
        for db in (imported, till):
            with db.session(readonly=True) as s:
                assert run_checks(s) == []
    finally:
        imported.dispose()
        till.dispose()


def test_a_year_of_purchases_writes_the_same_rows_both_ways(template, tmp_path) -> None:
    day = 86400
    purchases: list[Purchase] = [
        (0, 12_345, 3 * day),  # Member, by the first rules
        (0, 250_000, 160 * day),  # Gold by now: ×1.5
        (1, 99, 10 * day),  # below a yuan: nothing earned
        (1, 400_000, 205 * day),  # the second rules (2 per yuan); Silver/Gold afterwards
        (None, 5_000, 30 * day),  # a walk-in
        (2, 8_888, 7 * day),
        (2, 8_888, 7 * day + 60),  # same day: the usual gap counts 0
        (3, 1_000, 389 * day),
    ]
    _agree(template, tmp_path, purchases)


purchases_lists = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(0, MEMBERS - 1)),
        st.integers(1, 600_000),
        st.integers(0, SPAN_S),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(purchases=purchases_lists)
def test_any_purchases_write_the_same_rows_both_ways(template, tmp_path, purchases) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # one per example
    _agree(template, folder, purchases)
