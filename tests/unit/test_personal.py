"""What the till tells the cashier of a regular (services/personal.py): the usual gap, a
birthday this week, the next tier when it is close."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services.members import Enrolment, enrol, member_card
from loyalty_desktop.services.personal import NextTier, birthday_in
from loyalty_desktop.services.rules import Rules, Tiers, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale

SINCE = datetime(2020, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("birthday", "today", "days"),
    [
        (date(1990, 11, 28), date(2026, 11, 28), 0),
        (date(1990, 12, 4), date(2026, 11, 28), 6),
        (date(1990, 12, 5), date(2026, 11, 28), None),  # a week away: not this week
        (date(1990, 11, 27), date(2026, 11, 28), None),  # yesterday: next year's is far
        (date(1985, 1, 2), date(2026, 12, 28), 5),  # over the new year
        (date(1992, 2, 29), date(2027, 2, 25), 3),  # 28 February in a common year
        (None, date(2026, 11, 28), None),
    ],
)
def test_a_birthday_is_mentioned_only_within_the_week(birthday, today, days) -> None:
    assert birthday_in(birthday, today) == days


def buyer(db, actor, spent_cents: list[int], every_days: int = 0):  # type: ignore[no-untyped-def]
    """A member with these sales, ``every_days`` apart, the last one an hour ago."""
    now = utcnow() - timedelta(hours=1)
    with db.session() as s:
        member = enrol(s, actor, Enrolment(name="Wang", phone="13900002222", enrolled_at=SINCE))
        for i, cents in enumerate(reversed(spent_cents)):
            at = now - timedelta(days=i * every_days)
            record_sale(s, actor, SaleRequest(cents, member.id, receipt=f"r{i}", at=at))
    return member


def card(db, member):  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return member_card(s, member.id)


def test_the_next_tier_shows_when_a_fifth_of_it_or_less_is_missing(db, actor) -> None:
    # The default tiers: Silver from ¥1,000 of spend in 12 months.
    member = buyer(db, actor, [50_000, 35_000], every_days=9)
    personal = card(db, member).personal
    assert personal.next_tier == NextTier("Silver", 15_000, "spend")
    assert personal.usual_gap == 9


def test_the_next_tier_is_not_mentioned_while_it_is_far(db, actor) -> None:
    member = buyer(db, actor, [50_000, 29_999])
    assert card(db, member).personal.next_tier is None  # ¥200.01 missing of ¥1,000


def test_a_member_at_the_top_tier_has_no_next_tier(db, actor) -> None:
    member = buyer(db, actor, [350_000])
    personal = card(db, member).personal
    assert personal.next_tier is None
    assert personal.usual_gap is None  # one visit: no gap yet


def test_visits_as_the_basis_count_visits_still_to_go(db, actor) -> None:
    with db.session() as s:
        tiers = Tiers(
            basis="visits",
            levels=[{"name": "Member", "threshold": 0}, {"name": "VIP", "threshold": 10}],
        )
        save_rules(s, actor, Rules(tiers=tiers), valid_from=SINCE)
    member = buyer(db, actor, [1000] * 8, every_days=2)
    assert card(db, member).personal.next_tier == NextTier("VIP", 2, "visits")
