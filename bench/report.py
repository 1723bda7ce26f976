"""Benchmark: the monthly report (``loyalty report monthly --json``, the Reports dashboard's
refresh) on a big shop, against a hand-written SQL aggregate over the same month.

1. **Data.** Builds a database through ``open_shop`` (the real schema, indexes and
   migrations), then fills it with raw ``sqlite3`` bulk inserts (``executemany``, one transaction
   per batch, ``synchronous=OFF`` during the fill only) and runs ``ANALYZE``:
   ``--members`` members enrolled over the last two years and ``--sales`` sales over the same two
   years. Members are regulars (about weekly), occasional customers (about monthly) or lapsed
   (frequent until a day months ago, then nothing); about 10 % of sales are walk-ins
   (``member_id`` NULL). Each member sale writes an ``earn`` entry (1 point per yuan paid, lots
   expiring after 12 months), some redeem points or a coupon, about 3 % are refunded in part or
   in full (``refund`` rows and ``refund_earn`` / ``refund_redeem`` entries), expired lots get
   ``expire`` entries, and ``member.balance`` is the sum of the member's entries. A coupon
   campaign every month, a counter survey on some sales with answers and follow-ups. The data
   keeps the invariants ``loyalty check`` proves (``--check`` runs it after building; only for
   small builds: the check's sale query is quadratic in the ledger, see bench/README.md). With
   ``--db PATH`` an existing file holding the right counts is reused, since building takes
   minutes.
2. **App.** For the most recent complete month in shop time, times
   ``metrics.monthly_report(session, month)`` + ``json.dumps(report.as_json())`` in a read-only
   session: what ``loyalty report monthly --json`` and the dashboard's refresh run. One warm-up
   run, then the best of ``--repeats`` (default 3).
3. **Baseline.** In the same run, one hand-written aggregate over the same month through a
   plain ``sqlite3`` connection (buyers, sales, net revenue of the counted sales), one warm-up,
   best of ``--repeats``.
4. **Breakdown.** Times each step of ``monthly_report`` (wrapped, behaviour unchanged; best of
   ``--repeats``), times every SQL statement of one more run, and prints
   ``EXPLAIN QUERY PLAN`` of the slowest statements.

The figure to track is the ratio report / baseline, not the seconds: the machine is shared.

Run:  .venv/bin/python bench/report.py [--members 100000] [--sales 2000000] [--db PATH] [--keep]
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import platform
import random
import sqlite3
import string
import sys
import tempfile
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import event
from stdnum import luhn

from loyalty_desktop.core.clock import DEFAULT_TIMEZONE, add_months, recent_months
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services import lots, metrics, rollups, segments
from loyalty_desktop.services.cards import PREFIX
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.rules import Expiry, Rules
from loyalty_desktop.services.surveys import SurveyDefinition
from loyalty_desktop.store import chain
from loyalty_desktop.store.db import Database

TILL = "bench-till"
ZONE = ZoneInfo(DEFAULT_TIMEZONE)  # Asia/Shanghai, the rules' time zone below
DAY = 86_400
HISTORY_DAYS = 730  # enrolments and sales over the two years before today
WALK_IN_SHARE = 0.10
BATCH = 200_000  # rows per executemany transaction
STEPS = (  # (module, function) of each step of metrics.monthly_report, in its order
    (metrics, "month_figures"),
    (segments, "churn_summary"),
    (segments, "rfm_segment_counts"),
    (metrics, "cohorts"),
    (metrics, "top_members"),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华萍红鹏辉婷雪琳晨浩宇欣怡"
LATIN_FIRST = ("Anna", "David", "Emma", "James", "Lucas", "Maria", "Oliver", "Sophie", "Tom")
LATIN_LAST = ("Baker", "Chen", "Garcia", "Klein", "Lopez", "Martin", "Novak", "Smith", "Wong")
LATIN_SHARE = 0.2  # members with a Latin-letter name; the rest Chinese
TAGS = ("", "", "", "coffee", "pastry", "office", "student", "family;weekend")
COUPON_TERMS = json.dumps(
    {
        "kind": "fixed",
        "value": 1000,
        "cap_cents": None,
        "item": "",
        "min_spend_cents": 10000,
        "valid_days": 45,
        "valid_from": None,
        "valid_until": None,
        "member_bound": True,
        "per_member_limit": None,
        "combine_with_points": True,
    },
    separators=(",", ":"),
)
COUPON_OFF = 1000
COUPON_MIN_SPEND = 10000
COUPONS_PER_CAMPAIGN = 200


def say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- time: seconds since local midnight of the first day of the history ------------------------


@dataclass(frozen=True)
class Calendar:
    """Moments of the generated shop as whole seconds since local midnight of its first day."""

    first_day: date  # local (shop time)
    now_s: int  # the moment of the build, in the same seconds

    @staticmethod
    def build() -> Calendar:
        now_local = datetime.now(UTC).astimezone(ZONE).replace(tzinfo=None)
        first = now_local.date() - timedelta(days=HISTORY_DAYS)
        now_s = int((now_local - datetime.combine(first, datetime.min.time())).total_seconds())
        return Calendar(first, now_s)

    @property
    def end_s(self) -> int:
        """Local midnight of the build day: every sale is before it."""
        return HISTORY_DAYS * DAY

    @lru_cache(maxsize=4096)  # noqa: B019  (a handful of calendars per process)
    def _day_start_utc(self, day: int) -> datetime:
        local = datetime.combine(self.first_day + timedelta(days=day), datetime.min.time())
        return local.replace(tzinfo=ZONE).astimezone(UTC).replace(tzinfo=None)

    @lru_cache(maxsize=4096)  # noqa: B019
    def shop_date(self, day: int) -> str:
        return (self.first_day + timedelta(days=day)).isoformat()

    def utc(self, s: int) -> datetime:
        """Naive UTC, the way SQLAlchemy stores ``DateTime(timezone=True)`` on SQLite."""
        day, rest = divmod(s, DAY)
        return self._day_start_utc(day) + timedelta(seconds=rest)

    @staticmethod
    def text(moment: datetime) -> str:
        return moment.isoformat(" ", "microseconds")

    def stamp(self, s: int) -> str:
        return self.text(self.utc(s))


# Sales per opening hour (8:00 … 21:00), a café's day: breakfast, lunch, after work.
HOUR_WEIGHTS = (6, 10, 8, 6, 9, 10, 6, 5, 5, 6, 7, 6, 4, 2)
HOURS = tuple(range(8, 8 + len(HOUR_WEIGHTS)))


def time_of_day(rng: random.Random) -> int:
    hour = rng.choices(HOURS, HOUR_WEIGHTS)[0]
    return hour * 3600 + rng.randrange(3600)


# --- the generated shop -----------------------------------------------------------------------


@dataclass(frozen=True)
class Habit:
    name: str
    share: float
    gap_days: float  # mean days between visits while a customer
    basket_yuan: float  # typical amount paid
    lapses: bool  # stops coming months before today


HABITS = (
    Habit("regular", 0.22, 7, 32, False),
    Habit("occasional", 0.43, 30, 85, False),
    Habit("lapsed", 0.35, 12, 48, True),
)


@dataclass
class Shop:
    """What the generator decided, kept for the report's description."""

    members: int = 0
    sales: int = 0
    walk_ins: int = 0
    habits: dict[str, int] = field(default_factory=dict)
    points_entries: dict[str, int] = field(default_factory=dict)
    refunds: int = 0
    coupons: int = 0
    coupons_redeemed: int = 0
    survey_responses: int = 0
    follow_ups: int = 0
    seconds: float = 0.0
    member_insert_seconds: float = 0.0  # the member rows alone (they fire the name index)


def card(member_id: int) -> str:
    """A card number of the app's format (8 + 10 digits + Luhn), unique by member id."""
    body = PREFIX + f"{member_id * 7_919 % 10**10:010d}"
    return body + luhn.calc_check_digit(body)


def fast_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Writer:
    """Rows buffered per table and written with ``executemany``, one transaction per batch."""

    def __init__(self, conn: sqlite3.Connection, inserts: dict[str, str]) -> None:
        self.conn = conn
        self.inserts = inserts
        self.rows: dict[str, list[tuple]] = {name: [] for name in inserts}  # type: ignore[type-arg]
        self.counts: dict[str, int] = dict.fromkeys(inserts, 0)

    def add(self, table: str, row: tuple) -> None:  # type: ignore[type-arg]
        rows = self.rows[table]
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.rows):
            rows = self.rows[name]
            if not rows:
                continue
            self.conn.execute("BEGIN")
            self.conn.executemany(self.inserts[name], rows)
            self.conn.execute("COMMIT")
            self.counts[name] += len(rows)
            rows.clear()


def chain_hash(table: str, row: tuple, prev: str) -> str:  # type: ignore[type-arg]
    """The chain hash the app gives a row of an append-only table (INSERTS' columns without
    the hashes): times as the app reads them back, ISO with a "T"."""
    names = INSERTS[table].split("(", 1)[1].split(")", 1)[0].split(", ")
    values = dict(zip(names, row, strict=False))
    for name in ("created_at", "expires_at"):
        if values.get(name) is not None:
            values[name] = values[name].replace(" ", "T")
    return chain.row_hash(table, values, prev)


def _insert(table: str, columns: str) -> str:
    names = [c.strip() for c in columns.split(",")]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


INSERTS = {
    "member": _insert(
        "member",
        "uuid, origin_till, id, card, name, phone, phone_last4, birthday, tags, marketing_consent,"
        " consent_at, enrolled_at, status, referred_by_id, balance, created_by, tier",
    ),
    "sale": _insert(
        "sale",
        "uuid, origin_till, id, member_id, receipt, amount_cents, tier_discount_cents,"
        " points_discount_cents, coupon_discount_cents, paid_cents, points_earned,"
        " points_redeemed, refunded_cents, status, created_at, shop_date, staff_id, survey_id",
    ),
    "points_entry": _insert(
        "points_entry",
        "uuid, origin_till, id, member_id, kind, points, sale_id, refund_id, staff_id, note,"
        " created_at, expires_at, dedupe_key, prev_hash, row_hash",
    ),
    "audit_entry": _insert(
        "audit_entry",
        "uuid, origin_till, id, created_at, staff_id, action, subject, detail, prev_hash, row_hash",
    ),
    "refund": _insert(
        "refund",
        "uuid, origin_till, id, sale_id, amount_cents, points_reversed, points_returned,"
        " created_at, staff_id, note",
    ),
    "coupon": _insert(
        "coupon",
        "uuid, origin_till, id, code, template_id, campaign_id, member_id, terms, status,"
        " issued_at, valid_from, expires_at, redeemed_at, sale_id, discount_cents, void_reason",
    ),
    "campaign": _insert(
        "campaign", "uuid, origin_till, id, name, template_id, target, created_at, staff_id"
    ),
    "survey_response": _insert(
        "survey_response",
        "uuid, origin_till, id, survey_id, sale_id, member_id, nps, csat, choice, comment,"
        " answered_at",
    ),
    "follow_up": _insert(
        "follow_up",
        "uuid, origin_till, id, response_id, status, notes, opened_at, updated_at, staff_id",
    ),
}


@dataclass
class Customer:
    """One member while the history is generated."""

    id: int
    habit: Habit
    enrolled_s: int
    until_s: int  # last possible visit
    basket_cents: float
    visits: int = 0
    balance: int = 0
    lots: deque = field(default_factory=deque)  # type: ignore[type-arg]  # [entry id, left]
    coupons: list = field(default_factory=list)  # type: ignore[type-arg]  # indexes into Build.coupons


class Build:
    """Generates the shop in time order and writes it through a ``Writer``."""

    def __init__(self, conn: sqlite3.Connection, cal: Calendar, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cal = cal
        self.out = Writer(conn, INSERTS)
        self.shop = Shop()
        self.customers: list[Customer] = []
        self.coupons: list[list] = []  # type: ignore[type-arg]  # mutable coupon rows
        self.events: list[tuple] = []  # type: ignore[type-arg]  # (s, seq, kind, payload)
        self.seq = 0
        # The ledger and the audit trail are hash chains (store/chain); both empty at first.
        self.last_hash = {"points_entry": chain.GENESIS, "audit_entry": chain.GENESIS}
        self.next_id = dict.fromkeys(
            ("points_entry", "audit_entry", "refund", "survey_response", "follow_up"), 1
        )

    # --- members ---------------------------------------------------------------------------

    def plan_members(self, count: int) -> None:
        rng, end = self.rng, self.cal.end_s
        for member_id in range(1, count + 1):
            habit = rng.choices(HABITS, [h.share for h in HABITS])[0]
            enrolled = rng.randrange(HISTORY_DAYS - 3) * DAY + time_of_day(rng)
            until = end
            if habit.lapses:
                latest = end - 75 * DAY  # gone for at least two and a half months
                if enrolled + 30 * DAY < latest:
                    until = rng.randrange(enrolled + 30 * DAY, latest)
                else:
                    habit = HABITS[1]
            basket = habit.basket_yuan * 100 * rng.lognormvariate(0, 0.35)
            self.customers.append(Customer(member_id, habit, enrolled, until, basket))
            self.shop.habits[habit.name] = self.shop.habits.get(habit.name, 0) + 1

    def plan_visits(self, member_sales: int) -> None:
        """How many sales each member makes: proportional to their time as a customer over
        their usual gap, scaled so the members make exactly ``member_sales`` sales."""
        rng = self.rng
        weights = [1 + (c.until_s - c.enrolled_s) / DAY / c.habit.gap_days for c in self.customers]
        scale = member_sales / sum(weights)
        for c, w in zip(self.customers, weights, strict=True):
            c.visits = int(scale * w + rng.random())
        diff = member_sales - sum(c.visits for c in self.customers)
        while diff:
            c = rng.choice(self.customers)
            if diff > 0:
                c.visits, diff = c.visits + 1, diff - 1
            elif c.visits > 1:
                c.visits, diff = c.visits - 1, diff + 1

    def visit_times(self, c: Customer) -> Iterator[int]:
        """The first at enrolment (members enrol at the counter), then spread over their time."""
        if c.visits == 0:
            return
        rng = self.rng
        first = c.enrolled_s + rng.randrange(60, 600)
        yield first
        rest = c.visits - 1
        span = c.until_s - first
        for k in range(rest):
            day = int((first + span * (k + rng.random()) / rest) // DAY)
            s = day * DAY + time_of_day(rng)
            yield max(s, first + 60 * (k + 1))

    # --- coupons -----------------------------------------------------------------------------

    def plan_coupons(self) -> None:
        """A campaign in the middle of every month: a ¥10-off-¥100 coupon to some members."""
        rng, cal = self.rng, self.cal
        campaign_id, day = 0, 14
        while day < HISTORY_DAYS - 1:
            campaign_id += 1
            issued = day * DAY + 10 * 3600
            valid_from = day * DAY  # local midnight of the issue day
            expires = valid_from + 45 * DAY
            members = [c for c in self.customers if c.enrolled_s < issued]
            chosen = rng.sample(members, min(COUPONS_PER_CAMPAIGN, len(members)))
            self.out.add(
                "campaign",
                (
                    fast_uuid(rng),
                    TILL,
                    campaign_id,
                    f"满100减10 {cal.shop_date(day)}",
                    1,
                    "all",
                    cal.stamp(issued),
                    1,
                ),
            )
            for c in chosen:
                index = len(self.coupons)
                code = "".join(rng.choices(string.ascii_uppercase + string.digits, k=14))
                self.coupons.append(
                    [
                        fast_uuid(rng),
                        TILL,
                        index + 1,
                        code,
                        1,
                        campaign_id,
                        c.id,
                        COUPON_TERMS,
                        "issued",
                        cal.stamp(issued),
                        cal.stamp(valid_from),
                        cal.stamp(expires),
                        None,
                        None,
                        0,
                        "",
                    ]
                )
                c.coupons.append((issued, expires, index))
            day += 30

    def use_coupon(self, c: Customer, s: int, amount: int) -> int | None:
        if amount < COUPON_MIN_SPEND or not c.coupons or self.rng.random() < 0.2:
            return None
        for n, (issued, expires, index) in enumerate(c.coupons):
            if issued <= s < expires:
                del c.coupons[n]
                return index
        return None

    # --- the ledger ----------------------------------------------------------------------------

    def entry(
        self,
        c: Customer,
        kind: str,
        points: int,
        at: str,
        sale_id: int | None = None,
        refund_id: int | None = None,
        expires_at: str | None = None,
        dedupe_key: str | None = None,
    ) -> int:
        entry_id = self.next_id["points_entry"]
        self.next_id["points_entry"] += 1
        note = "" if kind != "expire" else "points expired"
        row = (fast_uuid(self.rng), TILL, entry_id, c.id, kind, points, sale_id, refund_id, 1)
        row += (note, at, expires_at, dedupe_key)
        self.chained("points_entry", row)
        c.balance += points
        counts = self.shop.points_entries
        counts[kind] = counts.get(kind, 0) + 1
        return entry_id

    def chained(self, table: str, row: tuple) -> None:  # type: ignore[type-arg]
        """Writes ``row`` as the next link of the till's chain in ``table``."""
        prev = self.last_hash[table]
        self.last_hash[table] = digest = chain_hash(table, row, prev)
        self.out.add(table, (*row, prev, digest))

    def consume(self, c: Customer, points: int) -> None:
        """Points spent come out of the oldest lots first."""
        while points > 0 and c.lots:
            lot = c.lots[0]
            taken = min(lot[1], points)
            lot[1] -= taken
            points -= taken
            if lot[1] == 0:
                c.lots.popleft()

    def later(self, s: int, kind: str, payload: tuple) -> None:  # type: ignore[type-arg]
        self.seq += 1
        heapq.heappush(self.events, (s, self.seq, kind, payload))

    def run_events(self, until_s: int) -> None:
        """Refunds and lot expiries due by ``until_s``, in time order."""
        while self.events and self.events[0][0] <= until_s:
            s, _seq, kind, payload = heapq.heappop(self.events)
            if kind == "expire":
                c, lot, expires_at = payload
                if lot[1] > 0:  # what the lot still holds lapses
                    self.entry(c, "expire", -lot[1], expires_at, dedupe_key=f"expire:{lot[0]}")
                    lot[1] = 0
                while c.lots and c.lots[0][1] == 0:
                    c.lots.popleft()
            else:
                self.refund(s, *payload)

    def refund(
        self,
        s: int,
        c: Customer | None,
        sale_id: int,
        amount: int,
        reversed_: int,
        returned: int,
        lot: list | None,  # type: ignore[type-arg]
    ) -> None:
        refund_id = self.next_id["refund"]
        self.next_id["refund"] += 1
        at = self.cal.stamp(s)
        self.out.add(
            "refund",
            (fast_uuid(self.rng), TILL, refund_id, sale_id, amount, reversed_, returned, at, 1, ""),
        )
        self.shop.refunds += 1
        audit_id = self.next_id["audit_entry"]
        self.next_id["audit_entry"] += 1
        detail = json.dumps({"sale_id": sale_id, "amount_cents": amount})
        self.chained(
            "audit_entry",
            (fast_uuid(self.rng), TILL, audit_id, at, 1, "sale.refund", str(sale_id), detail),
        )
        if c is None:
            return
        if reversed_:
            self.entry(c, "refund_earn", -reversed_, at, sale_id, refund_id)
            if lot is not None:
                lot[1] = max(0, lot[1] - reversed_)
        if returned:
            self.entry(c, "refund_redeem", returned, at, sale_id, refund_id)

    # --- sales ---------------------------------------------------------------------------------

    def sale(self, sale_id: int, s: int, c: Customer | None) -> None:
        rng, cal = self.rng, self.cal
        basket = c.basket_cents if c else 4500
        amount = max(500, int(basket * rng.lognormvariate(0, 0.5)) // 10 * 10)
        at_dt = cal.utc(s)
        at = cal.text(at_dt)
        coupon = self.use_coupon(c, s, amount) if c else None
        coupon_off = COUPON_OFF if coupon is not None else 0
        redeemed = 0
        if c and c.balance >= 500 and rng.random() < 0.05:
            redeemed = min(500 * rng.randint(1, 4), c.balance // 500 * 500)
            redeemed = min(redeemed, (amount - coupon_off) // 500 * 500)  # 1 point = 1 fen off
        paid = amount - coupon_off - redeemed
        earned = paid // 100 if c else 0  # 1 point per whole yuan paid, base tier
        refunded, status = 0, "completed"
        roll = rng.random()
        if coupon is None and paid > 0 and roll < 0.03:
            if roll < 0.01:
                refunded, status = paid, "refunded"
            else:
                refunded, status = max(1, paid * rng.randint(10, 60) // 100), "partly_refunded"
        survey_id = 1 if rng.random() < 0.03 else None
        day = s // DAY
        self.out.add(
            "sale",
            (
                fast_uuid(rng),
                TILL,
                sale_id,
                c.id if c else None,
                None,
                amount,
                0,
                redeemed,
                coupon_off,
                paid,
                earned,
                redeemed,
                refunded,
                status,
                at,
                cal.shop_date(day),
                1,
                survey_id,
            ),
        )
        lot = None
        if c is not None:
            if redeemed:
                self.consume(c, redeemed)
                self.entry(c, "redeem", -redeemed, at, sale_id)
            if earned:
                expires_dt = add_months(at_dt, 12)
                entry_id = self.entry(
                    c, "earn", earned, at, sale_id, expires_at=cal.text(expires_dt)
                )
                lot = [entry_id, earned]
                c.lots.append(lot)
                expires_s = s + int((expires_dt - at_dt).total_seconds())
                self.later(expires_s, "expire", (c, lot, cal.text(expires_dt)))
        if coupon is not None:
            row = self.coupons[coupon]
            row[8], row[12], row[13], row[14] = "redeemed", at, sale_id, COUPON_OFF
            self.shop.coupons_redeemed += 1
        if refunded:
            when = min(s + rng.randrange(600, 3 * DAY), self.cal.now_s - 60)
            reversed_ = earned if status == "refunded" else earned * refunded // paid
            returned = redeemed if status == "refunded" else 0
            self.later(when, "refund", (c, sale_id, refunded, reversed_, returned, lot))
        if survey_id is not None and rng.random() < 0.7:
            self.survey_answer(sale_id, s, c)

    def survey_answer(self, sale_id: int, s: int, c: Customer | None) -> None:
        rng = self.rng
        response_id = self.next_id["survey_response"]
        self.next_id["survey_response"] += 1
        nps = rng.choices(range(11), (2, 1, 1, 2, 2, 4, 6, 12, 18, 24, 28))[0]
        csat = rng.choices(range(1, 6), (2, 3, 10, 35, 50))[0]
        at = self.cal.stamp(s + rng.randrange(20, 90))
        comment = rng.choice(("", "", "", "好喝", "Great coffee", "排队太久", "Too slow today"))
        self.out.add(
            "survey_response",
            (
                fast_uuid(rng),
                TILL,
                response_id,
                1,
                sale_id,
                c.id if c else None,
                nps,
                csat,
                None,
                comment,
                at,
            ),
        )
        self.shop.survey_responses += 1
        if nps <= 6 or csat <= 2:
            follow_id = self.next_id["follow_up"]
            self.next_id["follow_up"] += 1
            status = "resolved" if s < self.cal.end_s - 30 * DAY else "open"
            self.out.add(
                "follow_up",
                (fast_uuid(rng), TILL, follow_id, response_id, status, "", at, at, 1),
            )
            self.shop.follow_ups += 1

    def run(self, members: int, sales: int) -> Shop:
        rng, cal = self.rng, self.cal
        started = time.perf_counter()
        walk_ins = round(sales * WALK_IN_SHARE) if members else sales
        self.plan_members(members)
        if members:
            self.plan_visits(sales - walk_ins)
        self.plan_coupons()
        say(f"planning {sales:,} sales")
        stream: list[tuple[int, int]] = []  # (second, member index or -1)
        for index, c in enumerate(self.customers):
            stream.extend((s, index) for s in self.visit_times(c))
        for _ in range(walk_ins):
            stream.append((rng.randrange(HISTORY_DAYS) * DAY + time_of_day(rng), -1))
        stream.sort()
        say(f"writing {len(stream):,} sales and their ledger entries")
        for sale_id, (s, index) in enumerate(stream, 1):
            self.run_events(s)
            self.sale(sale_id, s, self.customers[index] if index >= 0 else None)
            if sale_id % 500_000 == 0:
                say(f"  {sale_id:,} sales")
        self.run_events(cal.now_s)
        for row in self.coupons:
            self.out.add("coupon", tuple(row))
        self.out.flush()
        members_started = time.perf_counter()
        for c in self.customers:
            self.out.add("member", self.member_row(c))
        self.out.flush()
        self.shop.member_insert_seconds = time.perf_counter() - members_started
        self.shop.members = members
        self.shop.sales = len(stream)
        self.shop.walk_ins = walk_ins
        self.shop.coupons = len(self.coupons)
        self.shop.seconds = time.perf_counter() - started
        return self.shop

    def member_row(self, c: Customer) -> tuple:  # type: ignore[type-arg]
        rng, cal = self.rng, self.cal
        phone = f"1{rng.choice('3589')}{c.id:09d}"  # unique: the member id is in it
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(55 * 365))
        consent = rng.random() < 0.6
        enrolled = cal.stamp(c.enrolled_s)
        if rng.random() < LATIN_SHARE:
            name = f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)}"
        else:
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
        return (
            fast_uuid(rng),
            TILL,
            c.id,
            card(c.id),
            name,
            phone,
            phone[-4:],
            born.isoformat() if rng.random() < 0.6 else None,
            rng.choice(TAGS),
            int(consent),
            enrolled if consent else None,
            enrolled,
            "active",
            None,
            c.balance,
            1,
            "",
        )


def fixed_rows(conn: sqlite3.Connection, cal: Calendar, rng: random.Random) -> None:
    """Owner, rules (12-month expiry), survey and coupon template, as of the first day."""
    start = cal.stamp(0)
    rules = Rules(shop_name="Bench Café 基准咖啡", expiry=Expiry(months=12)).to_json()
    survey = SurveyDefinition(enabled=True, ask="every_nth", every_n=30).to_json()
    conn.execute("BEGIN")
    # open_shop has made the owner already (id 1); a database of an older app had none.
    conn.execute(
        "INSERT OR IGNORE INTO staff"
        " (uuid, origin_till, id, name, role, pin_hash, active, created_at)"
        " VALUES (?, ?, 1, 'Owner', 'owner', NULL, 1, ?)",
        (fast_uuid(rng), TILL, start),
    )
    conn.execute(
        "INSERT INTO rules_version (uuid, origin_till, id, valid_from, document, staff_id)"
        " VALUES (?, ?, 1, ?, ?, 1)",
        (fast_uuid(rng), TILL, "2000-01-01 00:00:00.000000", rules),
    )
    conn.execute(
        "INSERT INTO survey (uuid, origin_till, id, document, created_at, staff_id)"
        " VALUES (?, ?, 1, ?, ?, 1)",
        (fast_uuid(rng), TILL, survey, start),
    )
    conn.execute(
        "INSERT INTO coupon_template (uuid, origin_till, id, name, terms, active, created_at)"
        " VALUES (?, ?, 1, '满100减10', ?, 1, ?)",
        (fast_uuid(rng), TILL, COUPON_TERMS, start),
    )
    conn.execute("COMMIT")


def build(path: Path, members: int, sales: int, seed: int) -> Shop:
    """A new database at ``path``: the app's schema, then the generated shop, then ANALYZE."""
    say(f"creating {path} through open_shop (schema and indexes of the app)")
    db = open_shop(sqlite_url(path), till_id=TILL)
    db.dispose()
    cal = Calendar.build()
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        # For the fill only; the app's connections set WAL and synchronous=FULL again.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-1000000")  # 1 GB: random-order index inserts
        conn.execute("PRAGMA foreign_keys=OFF")
        generator = Build(conn, cal, seed)
        fixed_rows(conn, cal, generator.rng)
        shop = generator.run(members, sales)
        conn.execute("PRAGMA journal_mode=WAL")
    say("monthly rollups and points lots from the raw rows (as after a migration)")
    db = open_shop(sqlite_url(path), till_id=TILL)
    with db.session() as session:
        rollups.rebuild(session)
        lots.rebuild_all(session)
    db.dispose()
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        say("ANALYZE")
        conn.execute("ANALYZE")
    say(f"built in {shop.seconds:.0f} s: {shop.members:,} members, {shop.sales:,} sales")
    say(f"  {json.dumps(asdict(shop), ensure_ascii=False)}")
    return shop


def counts(path: Path) -> tuple[int, int, str | None]:
    """(members, sales, newest shop day) of an existing database."""
    with closing(sqlite3.connect(path)) as conn:
        members = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        sales, newest = conn.execute("SELECT count(*), max(shop_date) FROM sale").fetchone()
    return members, sales, newest


# --- measuring --------------------------------------------------------------------------------


def report_month() -> date:
    """The most recent complete month in shop time."""
    return recent_months(2, ZONE)[0]


def month_days(month: date) -> tuple[str, str]:
    end = add_months(datetime.combine(month, datetime.min.time()), 1).date()
    return month.isoformat(), end.isoformat()


def best_of(action: Callable[[], object], repeats: int) -> tuple[object, float, list[float]]:
    """One warm-up run, then ``repeats`` timed runs: (the warm-up's result, best, all)."""
    result = action()
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return result, min(runs), runs


def report_json(db: Database, month: date) -> str:
    """What ``loyalty report monthly --json`` and the dashboard's refresh compute."""
    with db.session(readonly=True) as session:
        report = metrics.monthly_report(session, month)
        return json.dumps(report.as_json(), ensure_ascii=False, default=str)


BASELINE_SQL = (
    "SELECT count(DISTINCT member_id), count(*), sum(paid_cents - refunded_cents) FROM sale"
    " WHERE shop_date >= ? AND shop_date < ? AND status != 'refunded'"
)


def baseline_query(conn: sqlite3.Connection, month: date) -> tuple:  # type: ignore[type-arg]
    return conn.execute(BASELINE_SQL, month_days(month)).fetchone()


@contextmanager
def step_timer() -> Iterator[dict[str, list[float]]]:
    """Seconds of each step of ``monthly_report`` per run while the block runs (the steps are
    wrapped, not changed; a step renamed in the app is left out)."""
    spent: dict[str, list[float]] = {}
    originals = [(mod, name, getattr(mod, name)) for mod, name in STEPS if hasattr(mod, name)]

    def wrap(name: str, func: Callable[..., object]) -> Callable[..., object]:
        def timed_step(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent.setdefault(name, []).append(time.perf_counter() - started)

        return timed_step

    for mod, name, func in originals:
        setattr(mod, name, wrap(name, func))
    try:
        yield spent
    finally:
        for mod, name, func in originals:
            setattr(mod, name, func)


@dataclass
class Statement:
    step: str
    sql: str
    params: tuple  # type: ignore[type-arg]
    seconds: float


@contextmanager
def statement_timer(db: Database) -> Iterator[list[Statement]]:
    """Every SQL statement the engine runs in the block, with its time and its step."""
    found: list[Statement] = []
    current = ["?"]
    originals = [(mod, name, getattr(mod, name)) for mod, name in STEPS if hasattr(mod, name)]

    def wrap(name: str, func: Callable[..., object]) -> Callable[..., object]:
        def named_step(*args: object, **kwargs: object) -> object:
            current[0] = name
            return func(*args, **kwargs)

        return named_step

    def before(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        conn.info["bench_started"] = time.perf_counter()

    def after(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seconds = time.perf_counter() - conn.info.pop("bench_started", time.perf_counter())
        found.append(Statement(current[0], statement, tuple(parameters or ()), seconds))

    for mod, name, func in originals:
        setattr(mod, name, wrap(name, func))
    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    try:
        yield found
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
        event.remove(db.engine, "after_cursor_execute", after)
        for mod, name, func in originals:
            setattr(mod, name, func)


def query_plan(path: Path, statement: Statement) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("EXPLAIN QUERY PLAN " + statement.sql, statement.params).fetchall()
    depth: dict[int, int] = {0: 0}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, 0) + 1
        lines.append("  " * depth[node] + detail)
    return lines


@dataclass
class Result:
    date: str
    month: str
    members: int
    sales: int
    sales_in_month: int
    python: str
    sqlite: str
    cpus: int
    cpu: str
    report_s: float
    report_runs: list[float]
    baseline_s: float
    baseline_runs: list[float]
    steps: dict[str, float]
    json_bytes: int
    statements: int

    @property
    def ratio(self) -> float:
        return self.report_s / self.baseline_s

    def as_dict(self) -> dict[str, object]:
        data = {k: v for k, v in self.__dict__.items()}
        for key in ("report_s", "baseline_s"):
            data[key] = round(data[key], 4)  # type: ignore[call-overload]
        for key in ("report_runs", "baseline_runs"):
            data[key] = [round(s, 4) for s in data[key]]  # type: ignore[attr-defined]
        data["steps"] = {k: round(v, 4) for k, v in self.steps.items()}
        data["ratio_report_over_baseline"] = round(self.ratio, 1)
        return data


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def measure(path: Path, repeats: int, explain: int) -> Result:
    db = open_shop(sqlite_url(path), till_id=TILL)
    month = report_month()
    say(f"timing the report of {month:%Y-%m}: one warm-up, best of {repeats}")
    text, report_s, report_runs = best_of(lambda: report_json(db, month), repeats)
    assert isinstance(text, str)
    say(f"report JSON: best {report_s:.3f} s of {', '.join(f'{s:.3f}' for s in report_runs)}")
    with closing(sqlite3.connect(path)) as conn:
        figures, baseline_s, baseline_runs = best_of(lambda: baseline_query(conn, month), repeats)
    assert isinstance(figures, tuple)
    say(f"baseline: best {baseline_s:.4f} s; {figures[1]:,} sales, {figures[0]:,} members")
    with step_timer() as spent:
        for _ in range(repeats + 1):
            report_json(db, month)
    steps = {name: min(runs[1:] or runs) for name, runs in spent.items()}
    with statement_timer(db) as statements:
        report_json(db, month)
    db.dispose()
    slowest = sorted(statements, key=lambda s: s.seconds, reverse=True)
    print(f"\nslowest statements of one run ({len(statements)} statements):")
    for st in slowest[:8]:
        print(f"  {st.seconds:8.3f} s  {st.step:<20} {' '.join(st.sql.split())[:90]}")
    for st in slowest[:explain]:
        print(f"\nEXPLAIN QUERY PLAN ({st.step}, {st.seconds:.3f} s):")
        print(" ".join(st.sql.split()))
        print("params:", st.params)
        print("\n".join(query_plan(path, st)))
    members, sales, _newest = counts(path)
    return Result(
        date=datetime.now(UTC).date().isoformat(),
        month=f"{month:%Y-%m}",
        members=members,
        sales=sales,
        sales_in_month=int(figures[1]),
        python=platform.python_version(),
        sqlite=sqlite3.sqlite_version,
        cpus=os.cpu_count() or 0,
        cpu=cpu_model(),
        report_s=report_s,
        report_runs=report_runs,
        baseline_s=baseline_s,
        baseline_runs=baseline_runs,
        steps=steps,
        json_bytes=len(text.encode()),
        statements=len(statements),
    )


def render(result: Result) -> str:
    lines = [
        f"\nmonthly report benchmark {result.date}: month {result.month}, {result.members:,}"
        f" members, {result.sales:,} sales ({result.sales_in_month:,} counted in the month),"
        f" Python {result.python}, SQLite {result.sqlite}, {result.cpus} CPUs ({result.cpu})",
        f"report JSON (monthly_report + json.dumps): {result.report_s:.3f} s best of"
        f" {', '.join(f'{s:.3f}' for s in result.report_runs)}; {result.json_bytes:,} bytes,"
        f" {result.statements} SQL statements",
        f"baseline (one SQL aggregate, sqlite3): {result.baseline_s:.4f} s best of"
        f" {', '.join(f'{s:.4f}' for s in result.baseline_runs)}",
        f"ratio report / baseline: {result.ratio:.0f}x",
        "steps of monthly_report (best of runs):",
    ]
    total = sum(result.steps.values())
    for name, seconds in sorted(result.steps.items(), key=lambda kv: -kv[1]):
        share = seconds / total if total else 0
        lines.append(f"  {name:<20} {seconds:8.3f} s  {share:5.0%}")
    return "\n".join(lines)


def run_check(path: Path) -> None:
    """``loyalty check`` on the built database; stop if it finds anything."""
    from loyalty_desktop.services.check import run_checks

    db = open_shop(sqlite_url(path), till_id=TILL)
    with db.session(readonly=True) as session:
        problems = run_checks(session)
    db.dispose()
    for problem in problems[:20]:
        say(f"check: {problem}")
    if problems:
        raise SystemExit(f"bench: loyalty check found {len(problems)} problems in {path}")
    say("check passed")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time the monthly report against a one-query SQL baseline on a big shop."
    )
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--sales", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3, help="timed runs after one warm-up")
    parser.add_argument("--db", type=Path, help="database file: reused if it has the counts")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument(
        "--check", action="store_true", help="run loyalty check after building (small builds)"
    )
    parser.add_argument(
        "--explain",
        type=int,
        default=3,
        metavar="N",
        help="EXPLAIN QUERY PLAN of the N slowest statements (default 3)",
    )
    parser.add_argument("--out", type=Path, help="append the figures as a JSON line to this file")
    args = parser.parse_args(argv)
    if args.members < 1 or args.sales < 1 or args.repeats < 1:
        parser.error("--members, --sales and --repeats must be at least 1")
    return args


def prepare(args: argparse.Namespace, path: Path) -> None:
    if path.exists():
        members, sales, newest = counts(path)
        last_day = add_months(datetime.combine(report_month(), datetime.min.time()), 1).date()
        last_day -= timedelta(days=1)
        if (members, sales) != (args.members, args.sales):
            raise SystemExit(
                f"bench: {path} holds {members} members and {sales} sales, not {args.members}"
                f" and {args.sales}; remove it or give another --db"
            )
        if newest is None or newest < last_day.isoformat():
            raise SystemExit(f"bench: {path} ends on {newest}, before {last_day}; rebuild it")
        say(f"reusing {path}: {members:,} members, {sales:,} sales")
        return
    build(path, args.members, args.sales, args.seed)
    if args.check:
        run_check(path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("LOYALTY_TILL_ID", TILL)  # leave the per-user data dir alone
    if args.db:
        prepare(args, args.db)
        result = measure(args.db, args.repeats, args.explain)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="bench-report-"))
        path = tmp / "loyalty.db"
        try:
            prepare(args, path)
            result = measure(path, args.repeats, args.explain)
        finally:
            if args.keep:
                say(f"kept {path}")
            else:
                for file in tmp.iterdir():
                    file.unlink()
                tmp.rmdir()
    print(render(result))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
