"""`loyalty import sales --create-members` then `loyalty report monthly --json`, checked against
the sales-based metrics of DESIGN.md §4 computed independently, in plain Python, from the CSV
rows themselves (months and days in shop time straight from the file's "YYYY-MM-DD HH:MM").
"""

from __future__ import annotations

import calendar
import random
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from cli_helpers import ok_json

SEED = 20260430
FIRST_DAY, LAST_DAY = date(2025, 12, 1), date(2026, 4, 30)
MEMBERS, MEMBER_SALES, WALK_INS = 40, 262, 45
# Every month with sales, and three quiet months after them (churn keeps moving).
MONTHS = [date(2025, 12, 1), *(date(2026, m, 1) for m in range(1, 8))]


@dataclass(frozen=True)
class Row:
    receipt: str
    card: str
    phone: str
    at: datetime  # shop wall-clock time, as written in the file
    cents: int

    @property
    def who(self) -> tuple[str, str] | None:
        """The member, as the file identifies them; None for a walk-in."""
        return (self.card, self.phone) if self.card or self.phone else None

    @property
    def day(self) -> date:
        return self.at.date()


def month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def edge_days(start: date, end: date) -> list[tuple[date, bool]]:
    """The first and last days of months within [start, end], with True for a last day."""
    found = []
    day = start
    while day <= end:
        if day.day == 1:
            found.append((day, False))
        if day == month_end(day):
            found.append((day, True))
        day += timedelta(days=1)
    return found


def random_time(rng: random.Random, start: date, end: date) -> datetime:
    """A moment in [start, end]; one in six is within the half-hour around a month's turn
    (23:30–23:59 on a last day, 00:00–00:29 on a first day) when the window has one."""
    edges = edge_days(start, end)
    if edges and rng.random() < 1 / 6:
        day, last = rng.choice(edges)
        hour, minute = (23, rng.randrange(30, 60)) if last else (0, rng.randrange(0, 30))
    else:
        day = start + timedelta(days=rng.randrange((end - start).days + 1))
        hour, minute = rng.randrange(8, 22), rng.randrange(60)
    return datetime(day.year, day.month, day.day, hour, minute)


def generate(rng: random.Random) -> list[Row]:
    """Regular members buy within a window of their own (some for a day, some all along), as
    often as their weight says; sparse members buy two or three times across the whole five
    months, so their usual gap can lift the churn threshold above the 90-day floor."""
    people = []
    for k in range(MEMBERS):
        # a third known by a card from the previous system, a third by phone, a third by both
        card = f"VIP{k:03d}" if k % 3 != 1 else ""
        phone = f"1391234{k:04d}" if k % 3 != 0 else ""
        if k % 5 == 4:  # sparse
            people.append((card, phone, FIRST_DAY, LAST_DAY, 0))
            continue
        start = FIRST_DAY + timedelta(days=rng.randrange(120))
        end = min(start + timedelta(days=rng.choice([0, 7, 20, 45, 90, 150])), LAST_DAY)
        people.append((card, phone, start, end, rng.choice([1, 1, 2, 3, 6])))
    picks = list(range(MEMBERS))  # everybody buys at least once …
    picks += [k for k, p in enumerate(people) if p[4] == 0 for _ in range(rng.choice([1, 2]))]
    weights = [p[4] for p in people]
    picks += rng.choices(range(MEMBERS), weights=weights, k=MEMBER_SALES - len(picks))
    stamped = []
    for k in picks:
        card, phone, start, end, _weight = people[k]
        stamped.append((random_time(rng, start, end), card, phone))
    stamped += [(random_time(rng, FIRST_DAY, LAST_DAY), "", "") for _ in range(WALK_INS)]
    stamped.sort()
    return [
        Row(f"R{n:04d}", card, phone, at, rng.randrange(100, 30001))
        for n, (at, card, phone) in enumerate(stamped, 1)
    ]


def amount_text(cents: int) -> str:
    return str(cents // 100) if cents % 100 == 0 else f"{cents // 100}.{cents % 100:02d}"


def write_csv(rows: list[Row], path: Path) -> Path:
    lines = ["receipt,card,phone,timestamp,amount"]
    lines += [
        f"{r.receipt},{r.card},{r.phone},{r.at:%Y-%m-%d %H:%M},{amount_text(r.cents)}" for r in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- DESIGN.md §4, independently ----------------------------------------------------------------


def ratio(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else numerator / denominator


def half_up(numerator: int, denominator: int) -> int:
    return int((Decimal(numerator) / Decimal(denominator)).quantize(Decimal(1), ROUND_HALF_UP))


def buyers_of(rows: list[Row], first: date) -> Counter:
    """Sales per member in the month starting ``first``."""
    last = month_end(first)
    return Counter(r.who for r in rows if r.who and first <= r.day <= last)


def churn(rows: list[Row], as_of: date) -> dict[tuple[str, str], tuple[int, float | None]]:
    """{member: (days since the last sale, median gap)} of the members at risk on ``as_of``."""
    days: dict[tuple[str, str], list[date]] = defaultdict(list)
    for r in rows:
        if r.who and r.day <= as_of:
            days[r.who].append(r.day)
    at_risk = {}
    for who, seen in days.items():
        seen.sort()
        since = (as_of - seen[-1]).days
        gaps = [(b - a).days for a, b in pairwise(seen)]
        usual = statistics.median(gaps) if gaps else None
        if since > (90 if usual is None else max(90, 2 * usual)):
            at_risk[who] = (since, None if usual is None else float(usual))
    return at_risk


def expected(rows: list[Row], first: date) -> dict:
    last = month_end(first)
    previous = (first - timedelta(days=1)).replace(day=1)
    counts = buyers_of(rows, first)
    before = buyers_of(rows, previous)
    in_month = [r for r in rows if first <= r.day <= last]
    revenue = sum(r.cents for r in in_month if r.who)
    everything = sum(r.cents for r in in_month)
    sales = sum(counts.values())
    earlier = {r.who for r in rows if r.who and r.day < first}
    buyers = len(counts)
    repeat = sum(1 for n in counts.values() if n >= 2)
    returning = sum(1 for who in counts if who in earlier)
    return {
        "month": f"{first:%Y-%m}",
        "buyers": buyers,
        "repeat_buyers": repeat,
        "repeat_purchase_rate": ratio(repeat, buyers),
        "returning_buyers": returning,
        "returning_rate": ratio(returning, buyers),
        "new_buyers": buyers - returning,
        "retention_rate": ratio(sum(1 for who in before if who in counts), len(before)),
        "sales_count": sales,
        "revenue_cents": revenue,
        "member_revenue_share": ratio(revenue, everything),
        "avg_order_value_cents": None if sales == 0 else half_up(revenue, sales),
        "purchase_frequency": ratio(sales, buyers),
        "churn_risk_members": len(churn(rows, last)),
    }


# --- the test -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return generate(random.Random(SEED))


def test_the_generated_file_has_what_the_test_needs(rows) -> None:
    """Walk-ins, near-midnight rows at both sides of month turns, same-day repeat visits."""
    members = {r.who for r in rows if r.who}
    assert len(rows) == MEMBER_SALES + WALK_INS == 307 and len(members) == MEMBERS
    assert sum(1 for r in rows if r.who is None) == WALK_INS
    late = [r for r in rows if r.who and r.day == month_end(r.day) and r.at.hour == 23]
    early = [r for r in rows if r.who and r.day.day == 1 and r.at.hour == 0]
    assert len(late) >= 5 and len(early) >= 5
    visits = Counter((r.who, r.day) for r in rows if r.who)
    assert any(n >= 2 for n in visits.values())
    assert {f"{r.day:%Y-%m}" for r in rows} == {f"{m:%Y-%m}" for m in MONTHS[:5]}
    # Churn must be more than the 90-day floor: some member-months past 90 days are saved by a
    # usual gap above 45 days, and some members at risk have a threshold above 90.
    saved = lifted = 0
    for first in MONTHS:
        as_of = month_end(first)
        at_risk = churn(rows, as_of)
        lifted += sum(1 for _since, gap in at_risk.values() if gap is not None and gap > 45)
        for who in {r.who for r in rows if r.who and r.day <= as_of} - set(at_risk):
            last = max(r.day for r in rows if r.who == who and r.day <= as_of)
            saved += (as_of - last).days > 90
    assert saved >= 3 and lifted >= 3


def test_monthly_report_matches_the_csv(run_cli, tmp_path, rows) -> None:
    path = write_csv(rows, tmp_path / "sales.csv")
    report = ok_json(run_cli("import", "sales", path, "--create-members", "--json"))
    assert (report["ok"], report["imported"], report["members_created"]) == (True, 307, 40)

    names = {who: who[0] or who[1] for who in {r.who for r in rows if r.who}}  # enrolment name
    by_name = {name: who for who, name in names.items()}
    for first in MONTHS:
        want = expected(rows, first)
        got = ok_json(run_cli("report", "monthly", "--month", f"{first:%Y-%m}", "--json"))
        assert {key: got[key] for key in want} == want, first

        # The churn-risk list (the 20 longest away): each line is one of ours, with our numbers.
        at_risk = churn(rows, month_end(first))
        listed = got["churn_risk"]
        assert len(listed) == min(20, len(at_risk))
        for line in listed:
            who = by_name[line["name"]]
            assert (line["days_since"], line["usual_gap_days"]) == at_risk[who], line
        longest = sorted((since for since, _gap in at_risk.values()), reverse=True)[:20]
        assert [line["days_since"] for line in listed] == longest
