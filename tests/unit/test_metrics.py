"""The monthly repeat-customer report (DESIGN.md §4) on small hand-built shops.

Every expected number below is worked out by hand in the comments, from the definitions of
DESIGN.md §4 and the fine print of services/metrics.py and services/segments.py: a "sale" is a
completed sale not wholly refunded, worth paid − refunded (refunds recorded so far); sale months
are cut by the sale's day in shop time (Asia/Shanghai), ledger / enrolment / coupon / survey
months by their timestamps against the month's bounds in shop time.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services import coupons as coupon_service
from loyalty_desktop.services import exporting, segments
from loyalty_desktop.services.coupons import Terms, add_template, issue
from loyalty_desktop.services.follow_ups import follow_ups, update_follow_up
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.metrics import (
    MonthFigures,
    clv_estimate,
    month_figures,
    monthly_report,
    top_members,
)
from loyalty_desktop.services.rules import Bonuses, Redemption, Rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.services.surveys import (
    Answers,
    SurveyDefinition,
    record_response,
    save_survey,
)
from loyalty_desktop.store.models import EntryKind

SH = ZoneInfo("Asia/Shanghai")
SINCE = datetime(2020, 1, 1, tzinfo=UTC)  # enrolled before every back-dated sale below

SECTION_4_KEYS = (
    "buyers",
    "repeat_buyers",
    "repeat_purchase_rate",
    "returning_buyers",
    "returning_rate",
    "new_members",
    "retention_rate",
    "sales_count",
    "revenue_cents",
    "member_revenue_share",
    "avg_order_value_cents",
    "purchase_frequency",
    "points_issued",
    "points_redeemed",
    "points_expired",
    "points_outstanding",
    "points_liability_cents",
    "coupons_issued",
    "coupons_redeemed",
    "coupon_redemption_rate",
    "survey_responses",
    "nps",
    "csat",
    "churn_risk_members",
    "rfm_segments",
)
RATIOS = (
    "repeat_purchase_rate",
    "returning_rate",
    "retention_rate",
    "member_revenue_share",
    "avg_order_value_cents",
    "purchase_frequency",
    "coupon_redemption_rate",
    "nps",
    "csat",
)
NO_SEGMENTS = dict.fromkeys(
    ("champions", "loyal", "potential", "new", "at_risk", "hibernating", "lost"), 0
)


def sh(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> datetime:
    """A Shanghai wall-clock time as an aware UTC datetime (Shanghai = UTC+8, no DST)."""
    return datetime(y, m, d, hh, mm, tzinfo=SH).astimezone(UTC)


def noon(day: date, hh: int = 12, mm: int = 0) -> datetime:
    return sh(day.year, day.month, day.day, hh, mm)


# --- the main shop -------------------------------------------------------------------------------
#
# Rules (in force from 2025-11-01): 1 point per whole yuan paid (floor, the default), 200 points
# make ¥1 off (so a balance of P points is worth P * 100 // 200 cents, and redemptions go in
# steps of 2 points), 10 points enrolment bonus. Tiers stay at the base tier (no member comes
# near the ¥1000 of Silver). The survey asks NPS and CSAT on member sales, with no minimum
# interval between two asks.
#
# Members (enrolled_at in Shanghai time; each gets a `bonus` entry of +10 at that moment):
#   Alice  2025-12-05 12:00
#   Bob    2026-01-10 12:00
#   Eve    2026-01-20 12:00   (never buys)
#   Dave   2026-02-01 00:20   (= 2026-01-31 16:20 UTC: a February member by shop time)
#   Carol  2026-02-15 14:00   (enrols mid-month)
#   Frank  2026-03-31 23:50   (= 2026-03-31 15:50 UTC; never buys)
#
# Sales (Shanghai time; amount → paid → points earned):
#   s1  Alice 2025-12-10 12:00  ¥100                         → 10000, earns 100
#   s2  Alice 2026-01-05 10:00  ¥50                          → 5000, earns 50
#   s4  Bob   2026-01-12 10:00  ¥80                          → 8000, earns 80
#   s5  walk-in 2026-01-15      ¥200                         → 20000
#   s8  Bob   2026-01-25        ¥100, wholly refunded 01-26  → no sale; earn 100, refund_earn -100
#   s6  Alice 2026-01-31 23:30  ¥40  (= 15:30 UTC, same day) → 4000, earns 40
#   s7  Dave  2026-02-01 00:30  ¥60  (= 2026-01-31 16:30 UTC: February by shop time) → earns 60
#   s11 Alice 2026-02-10        ¥90, ¥30 refunded 02-12      → net 6000; earns 90, refund_earn
#                                                               -round_half_up(3000/9000*90) = -30
#   s12 walk-in 2026-02-14      ¥50                          → 5000
#   s10 Carol 2026-02-20        ¥120                         → earns 120
#   s13 Carol 2026-02-28 23:30  ¥10                          → earns 10
#   Coupons "¥5 off" (fixed 500, valid 30 days): Dave's issued 2026-02-25 12:00; Alice's, Bob's
#   and Carol's issued 2026-03-03 12:00.
#   s14 Alice 2026-03-05        ¥100, Alice's coupon, redeems 100 points (= 50 cents):
#                               paid 10000 - 500 - 50 = 9450, earns 94; survey NPS 10, CSAT 5.
#                               Later (2026-04-03) ¥14.50 refunded: net 9450 - 1450 = 8000,
#                               refund_earn -round_half_up(1450/9450*94 = 14.42) = -14,
#                               refund_redeem +round_half_up(1450/9450*100 = 15.34) = +15.
#   s17 Carol 2026-03-10        ¥20 → earns 20; survey NPS 9, CSAT 3
#   s19 Dave  2026-03-12        ¥60 with Dave's February coupon → paid 5500, earns 55
#   s20 walk-in 2026-03-15      ¥100 → 10000
#   adjust  Bob   2026-03-15    +8 (an owner's correction: not "issued")
#   s15 Bob   2026-03-20        ¥70 → earns 70; survey NPS 6, CSAT 2 (detractor)
#   s16 Bob   2026-03-25        ¥30 → earns 30; answered 2026-04-01 00:10 (= 03-31 16:10 UTC):
#                               an April answer by shop time, NPS 9, CSAT 4
#   expire  Carol 2026-03-31 12:00  -20
#   s18 Bob   2026-04-01 10:00  ¥50 with Bob's March coupon → paid 4500, earns 45
#   s23 walk-in 2026-04-10      ¥300, wholly refunded the same day → no sale
#   s21 Alice 2026-04-15        ¥60, redeems 40 points (= 20 cents) → paid 5980, earns 59
#   s22 Carol 2026-04-28        ¥15 → earns 15; refunded ¥5 on 04-29 (refund_earn
#                               -round_half_up(500/1500*15) = -5) and the rest on 04-30 (the
#                               completing refund takes the remaining -10): no sale.
#   Nothing at all happens in May and June 2026.


@dataclass
class Shop:
    ids: dict[str, int] = field(default_factory=dict)
    cards: dict[str, str] = field(default_factory=dict)
    sales: dict[str, int] = field(default_factory=dict)


def build_shop(db, actor, monkeypatch) -> Shop:  # type: ignore[no-untyped-def]
    shop = Shop()
    with db.session() as s:
        rules = Rules(
            redemption=Redemption(points_per_yuan=200), bonuses=Bonuses(enrolment_points=10)
        )
        save_rules(s, actor, rules, valid_from=sh(2025, 11, 1, 0, 0))
        save_survey(s, actor, SurveyDefinition(enabled=True, min_days_between=0))
        template = add_template(s, actor, "¥5 off", Terms(kind="fixed", value=500, valid_days=30))
        template_id = template.id

    def join(name: str, phone: str, at: datetime) -> None:
        with db.session() as s:
            member = enrol(s, actor, Enrolment(name=name, phone=phone, enrolled_at=at))
            shop.ids[name], shop.cards[name] = member.id, member.card

    def sale(key: str, name: str | None, cents: int, at: datetime, **kw):  # type: ignore[no-untyped-def]
        member_id = shop.ids[name] if name else None
        with db.session() as s:
            result = record_sale(s, actor, SaleRequest(cents, member_id, receipt=key, at=at, **kw))
            shop.sales[key] = result.sale.id
        return result.sale

    def refund(key: str, cents: int | None, at: datetime) -> None:
        with db.session() as s:
            refund_sale(s, actor, shop.sales[key], cents, at=at)

    def coupons_for(names: list[str], at: datetime) -> dict[str, str]:
        with monkeypatch.context() as patch, db.session() as s:
            patch.setattr(coupon_service, "utcnow", lambda: at)  # issued at that moment
            result = issue(s, actor, template_id, member_ids=[shop.ids[n] for n in names])
            return {n: c.code for n, c in zip(names, result.coupons, strict=True)}

    def answer(key: str, at: datetime, nps: int, csat: int) -> None:
        with db.session() as s:
            record_response(s, actor, shop.sales[key], Answers(nps=nps, csat=csat), at=at)

    def ledger(name: str, kind: EntryKind, points: int, at: datetime) -> None:
        with db.session() as s:
            post_entry(s, actor, shop.ids[name], kind, points, note="by hand", at=at)

    join("Alice", "13900000001", sh(2025, 12, 5))
    sale("s1", "Alice", 10000, sh(2025, 12, 10))
    join("Bob", "13900000002", sh(2026, 1, 10))
    sale("s2", "Alice", 5000, sh(2026, 1, 5, 10))
    sale("s4", "Bob", 8000, sh(2026, 1, 12, 10))
    sale("s5", None, 20000, sh(2026, 1, 15))
    join("Eve", "13900000005", sh(2026, 1, 20))
    sale("s8", "Bob", 10000, sh(2026, 1, 25))
    refund("s8", None, sh(2026, 1, 26))
    last_of_january = sale("s6", "Alice", 4000, sh(2026, 1, 31, 23, 30))
    assert last_of_january.created_at.replace(tzinfo=UTC) == datetime(
        2026, 1, 31, 15, 30, tzinfo=UTC
    )
    join("Dave", "13900000004", sh(2026, 2, 1, 0, 20))
    first_of_february = sale("s7", "Dave", 6000, sh(2026, 2, 1, 0, 30))
    # UTC still says January; the shop's day says February.
    assert first_of_february.created_at.replace(tzinfo=UTC) == datetime(
        2026, 1, 31, 16, 30, tzinfo=UTC
    )
    assert first_of_february.shop_date == date(2026, 2, 1)
    sale("s11", "Alice", 9000, sh(2026, 2, 10))
    refund("s11", 3000, sh(2026, 2, 12))
    sale("s12", None, 5000, sh(2026, 2, 14))
    join("Carol", "13900000003", sh(2026, 2, 15, 14))
    sale("s10", "Carol", 12000, sh(2026, 2, 20))
    coupon_dave = coupons_for(["Dave"], sh(2026, 2, 25))
    sale("s13", "Carol", 1000, sh(2026, 2, 28, 23, 30))
    coupon = coupons_for(["Alice", "Bob", "Carol"], sh(2026, 3, 3))
    s14 = sale(
        "s14",
        "Alice",
        10000,
        sh(2026, 3, 5),
        coupon=coupon["Alice"],
        redeem_points=100,
        ask_survey=True,
    )
    assert (s14.paid_cents, s14.points_earned) == (9450, 94)
    answer("s14", sh(2026, 3, 5, 12, 30), nps=10, csat=5)
    sale("s17", "Carol", 2000, sh(2026, 3, 10), ask_survey=True)
    answer("s17", sh(2026, 3, 10, 12, 30), nps=9, csat=3)
    s19 = sale("s19", "Dave", 6000, sh(2026, 3, 12), coupon=coupon_dave["Dave"])
    assert (s19.paid_cents, s19.points_earned) == (5500, 55)
    sale("s20", None, 10000, sh(2026, 3, 15))
    ledger("Bob", EntryKind.ADJUST, 8, sh(2026, 3, 15, 18))
    sale("s15", "Bob", 7000, sh(2026, 3, 20), ask_survey=True)
    answer("s15", sh(2026, 3, 20, 12, 30), nps=6, csat=2)
    sale("s16", "Bob", 3000, sh(2026, 3, 25), ask_survey=True)
    ledger("Carol", EntryKind.EXPIRE, -20, sh(2026, 3, 31))
    join("Frank", "13900000006", sh(2026, 3, 31, 23, 50))
    answer("s16", sh(2026, 4, 1, 0, 10), nps=9, csat=4)
    s18 = sale("s18", "Bob", 5000, sh(2026, 4, 1, 10), coupon=coupon["Bob"])
    assert (s18.paid_cents, s18.points_earned) == (4500, 45)
    refund("s14", 1450, sh(2026, 4, 3, 10))
    sale("s23", None, 30000, sh(2026, 4, 10))
    refund("s23", None, sh(2026, 4, 10, 15))
    s21 = sale("s21", "Alice", 6000, sh(2026, 4, 15), redeem_points=40)
    assert (s21.paid_cents, s21.points_earned) == (5980, 59)
    sale("s22", "Carol", 1500, sh(2026, 4, 28))
    refund("s22", 500, sh(2026, 4, 29))
    refund("s22", None, sh(2026, 4, 30, 10))
    return shop


@pytest.fixture
def shop(db, actor, monkeypatch) -> Shop:  # type: ignore[no-untyped-def]
    return build_shop(db, actor, monkeypatch)


def none_of_it(month: str, outstanding: int, liability: int, retention: float | None) -> dict:
    """A month in which nothing happened."""
    return {
        "month": month,
        "buyers": 0,
        "repeat_buyers": 0,
        "repeat_purchase_rate": None,
        "returning_buyers": 0,
        "returning_rate": None,
        "new_buyers": 0,
        "new_members": 0,
        "retention_rate": retention,
        "sales_count": 0,
        "revenue_cents": 0,
        "member_revenue_share": None,
        "avg_order_value_cents": None,
        "purchase_frequency": None,
        "points_issued": 0,
        "points_redeemed": 0,
        "points_expired": 0,
        "points_outstanding": outstanding,
        "points_liability_cents": liability,
        "coupons_issued": 0,
        "coupons_redeemed": 0,
        "coupon_redemption_rate": None,
        "survey_responses": 0,
        "nps": None,
        "csat": None,
    }


EXPECTED = {
    # December 2025: Alice's s1 only. Nobody bought in November → retention None.
    # Ledger: Alice's bonus 10 + earn 100 = 110 issued; outstanding 110, worth 110*100//200 = 55.
    "2025-12": {
        "month": "2025-12",
        "buyers": 1,
        "repeat_buyers": 0,
        "repeat_purchase_rate": 0.0,
        "returning_buyers": 0,
        "returning_rate": 0.0,
        "new_buyers": 1,
        "new_members": 1,  # Alice
        "retention_rate": None,
        "sales_count": 1,
        "revenue_cents": 10000,
        "member_revenue_share": 1.0,
        "avg_order_value_cents": 10000,
        "purchase_frequency": 1.0,
        "points_issued": 110,
        "points_redeemed": 0,
        "points_expired": 0,
        "points_outstanding": 110,
        "points_liability_cents": 55,
        "coupons_issued": 0,
        "coupons_redeemed": 0,
        "coupon_redemption_rate": None,
        "survey_responses": 0,
        "nps": None,
        "csat": None,
    },
    # January: Alice s2 + s6 (23:30 on the 31st is still January), Bob s4 (s8 wholly refunded:
    # no sale); Dave's 00:30 sale on 1 February is not January although UTC says so.
    # buyers {Alice, Bob} = 2; repeat {Alice} = 1 → 1/2; returning {Alice (December)} → 1/2;
    # new buyers {Bob}; new members Bob, Eve = 2 (Dave's 00:20 on 1 Feb is February);
    # retention: December's buyers {Alice} all came back → 1/1.
    # sales 3, revenue 5000 + 8000 + 4000 = 17000; all revenue + walk-in 20000 = 37000;
    # average 17000 / 3 = 5666.67 → 5667; frequency 3 / 2.
    # Points: bonus Bob 10 + Eve 10, earn 50 + 80 + 100 + 40, refund_earn -100 → issued 190;
    # outstanding 110 + 190 = 300, worth 150.
    "2026-01": {
        "month": "2026-01",
        "buyers": 2,
        "repeat_buyers": 1,
        "repeat_purchase_rate": 1 / 2,
        "returning_buyers": 1,
        "returning_rate": 1 / 2,
        "new_buyers": 1,
        "new_members": 2,
        "retention_rate": 1.0,
        "sales_count": 3,
        "revenue_cents": 17000,
        "member_revenue_share": 17000 / 37000,
        "avg_order_value_cents": 5667,
        "purchase_frequency": 3 / 2,
        "points_issued": 190,
        "points_redeemed": 0,
        "points_expired": 0,
        "points_outstanding": 300,
        "points_liability_cents": 150,
        "coupons_issued": 0,
        "coupons_redeemed": 0,
        "coupon_redemption_rate": None,
        "survey_responses": 0,
        "nps": None,
        "csat": None,
    },
    # February: Dave s7, Alice s11 (net 6000), Carol s10 + s13 (23:30 on the 28th).
    # buyers 3; repeat {Carol} → 1/3; returning {Alice} → 1/3; new buyers {Dave, Carol};
    # new members Dave (00:20 on the 1st), Carol (mid-month) = 2;
    # retention: January's {Alice, Bob}, only Alice came back → 1/2.
    # sales 4, revenue 6000 + 6000 + 12000 + 1000 = 25000; all + walk-in 5000 = 30000;
    # average 25000 / 4 = 6250; frequency 4 / 3.
    # Points: bonus Dave 10 (16:20 UTC on 31 Jan = February) + Carol 10, earn 60 + 90 + 120 + 10,
    # refund_earn -30 → issued 270; outstanding 300 + 270 = 570, worth 285.
    # Coupons: Dave's issued, not redeemed in February → 0 / 1.
    "2026-02": {
        "month": "2026-02",
        "buyers": 3,
        "repeat_buyers": 1,
        "repeat_purchase_rate": 1 / 3,
        "returning_buyers": 1,
        "returning_rate": 1 / 3,
        "new_buyers": 2,
        "new_members": 2,
        "retention_rate": 1 / 2,
        "sales_count": 4,
        "revenue_cents": 25000,
        "member_revenue_share": 25000 / 30000,
        "avg_order_value_cents": 6250,
        "purchase_frequency": 4 / 3,
        "points_issued": 270,
        "points_redeemed": 0,
        "points_expired": 0,
        "points_outstanding": 570,
        "points_liability_cents": 285,
        "coupons_issued": 1,
        "coupons_redeemed": 0,
        "coupon_redemption_rate": 0.0,
        "survey_responses": 0,
        "nps": None,
        "csat": None,
    },
    # March: Alice s14 (net 9450 - 1450 refunded in April = 8000), Carol s17, Dave s19, Bob s15
    # + s16. buyers 4; repeat {Bob} → 1/4; returning: all four bought before March → 4/4;
    # new members Frank (23:50 on the 31st) = 1; retention: February's {Dave, Alice, Carol} all
    # came back → 3/3.
    # sales 5, revenue 8000 + 2000 + 5500 + 7000 + 3000 = 25500; all + walk-in 10000 = 35500;
    # average 25500 / 5 = 5100; frequency 5 / 4.
    # Points: bonus Frank 10, earn 94 + 20 + 55 + 70 + 30 → issued 279; redeem -100 → redeemed
    # 100; expire -20 → expired 20; adjust +8 is none of these but is in the balance:
    # outstanding 570 + 279 - 100 - 20 + 8 = 737, worth 737 * 100 // 200 = 368 (368.5 down).
    # Coupons: 3 issued in March; redeemed in March: Alice's and Dave's (issued in February) = 2;
    # of the 3 issued in March, 1 (Alice's) was redeemed in March → 1/3.
    # Survey answers in March: NPS 10, 9, 6 → (2 promoters - 1 detractor) / 3 = 33.3;
    # CSAT (5 + 3 + 2) / 3. Bob's s16 answer came at 00:10 on 1 April: April's.
    "2026-03": {
        "month": "2026-03",
        "buyers": 4,
        "repeat_buyers": 1,
        "repeat_purchase_rate": 1 / 4,
        "returning_buyers": 4,
        "returning_rate": 1.0,
        "new_buyers": 0,
        "new_members": 1,
        "retention_rate": 1.0,
        "sales_count": 5,
        "revenue_cents": 25500,
        "member_revenue_share": 25500 / 35500,
        "avg_order_value_cents": 5100,
        "purchase_frequency": 5 / 4,
        "points_issued": 279,
        "points_redeemed": 100,
        "points_expired": 20,
        "points_outstanding": 737,
        "points_liability_cents": 368,
        "coupons_issued": 3,
        "coupons_redeemed": 2,
        "coupon_redemption_rate": 1 / 3,
        "survey_responses": 3,
        "nps": pytest.approx(100 * (2 - 1) / 3),
        "csat": pytest.approx((5 + 3 + 2) / 3),
    },
    # April: Bob s18 (paid 4500), Alice s21 (paid 5980); Carol's s22 and the walk-in s23 were
    # wholly refunded: no sales. buyers 2; repeat 0 → 0/2 = 0.0 (not None); returning 2/2;
    # retention: March's {Alice, Bob, Carol, Dave}, Alice and Bob came back → 2/4.
    # sales 2, revenue 4500 + 5980 = 10480 = all revenue (s23 does not count) → share 1.0;
    # average 5240; frequency 1.0.
    # Points: earn 45 + 59 + 15, refund_earn -14 (s14) - 5 - 10 (s22) → issued 90;
    # redeem -40, refund_redeem +15 → redeemed -(-40 + 15) = 25;
    # outstanding 737 + 90 - 25 = 802, worth 401.
    # Coupons: none issued (rate None), Bob's March coupon redeemed → 1.
    # Survey: Bob's answer NPS 9 (a promoter) CSAT 4 → NPS 100, CSAT 4.
    "2026-04": {
        "month": "2026-04",
        "buyers": 2,
        "repeat_buyers": 0,
        "repeat_purchase_rate": 0.0,
        "returning_buyers": 2,
        "returning_rate": 1.0,
        "new_buyers": 0,
        "new_members": 0,
        "retention_rate": 2 / 4,
        "sales_count": 2,
        "revenue_cents": 10480,
        "member_revenue_share": 1.0,
        "avg_order_value_cents": 5240,
        "purchase_frequency": 1.0,
        "points_issued": 90,
        "points_redeemed": 25,
        "points_expired": 0,
        "points_outstanding": 802,
        "points_liability_cents": 401,
        "coupons_issued": 0,
        "coupons_redeemed": 1,
        "coupon_redemption_rate": None,
        "survey_responses": 1,
        "nps": 100.0,
        "csat": 4.0,
    },
    # May: nothing happened; April had 2 buyers and none came back → retention 0/2 = 0.0.
    "2026-05": none_of_it("2026-05", 802, 401, retention=0.0),
    # June: nothing happened and nobody bought in May either → every ratio None.
    "2026-06": none_of_it("2026-06", 802, 401, retention=None),
}


def test_month_figures_worked_out_by_hand(db, shop) -> None:
    with db.session(readonly=True) as s:
        figures = month_figures(s, date(2025, 12, 1), date(2026, 6, 1))
    got = {f.month: asdict(f) for f in figures}
    assert list(got) == list(EXPECTED)
    for month, expected in EXPECTED.items():
        assert got[month] == expected, month


def test_a_month_without_sales_has_no_ratios(db, shop) -> None:
    """June 2026: no sale, no ledger entry, no coupon, no answer, and no buyer in May either."""
    with db.session(readonly=True) as s:
        june = monthly_report(s, date(2026, 6, 1))
    assert june.metrics.buyers == 0
    assert {name: getattr(june.metrics, name) for name in RATIOS} == dict.fromkeys(RATIOS)
    data = june.as_json()
    assert {name: data[name] for name in RATIOS} == dict.fromkeys(RATIOS)
    # The balance does not vanish in a quiet month.
    assert (data["points_outstanding"], data["points_liability_cents"]) == (802, 401)


def test_monthly_report_for_april(db, shop) -> None:
    with db.session(readonly=True) as s:
        report = monthly_report(s, date(2026, 4, 1))
    assert report.month == "2026-04"
    assert asdict(report.metrics) == EXPECTED["2026-04"]
    assert report.previous is not None and asdict(report.previous) == EXPECTED["2026-03"]
    # The trend: the 12 months ending with April, oldest first, May 2025 … April 2026.
    assert [m.month for m in report.trend][:1] == ["2025-05"]
    assert [asdict(m) for m in report.trend[-5:]] == [
        EXPECTED[k] for k in ("2025-12", "2026-01", "2026-02", "2026-03", "2026-04")
    ]
    assert [m.buyers for m in report.trend[:7]] == [0] * 7  # May … November 2025

    # Churn as of 30 April: Alice last 04-15 (15 days), Bob 04-01 (29), Carol 03-10 (51; her
    # April sale was refunded), Dave 03-12 (49): nobody is past 90 days.
    assert report.churn_risk_members == 0
    assert report.churn_list == []

    # RFM as of 30 April (recency 5 ≥ 03-31, 4 ≥ 03-01, 3 ≥ 01-30; visits since 2025-05-01):
    #   Alice: last 04-15 → R5; visits 12-10, 01-05, 01-31, 02-10, 03-05, 04-15 = 6 → F4
    #          → champions
    #   Bob:   last 04-01 → R5; 01-12, 03-20, 03-25, 04-01 = 4 (s8 refunded) → F3 → loyal
    #   Carol: last 03-10 → R4; 02-20, 02-28, 03-10 = 3 (s22 refunded) → F3 → loyal
    #   Dave:  last 03-12 → R4; 02-01, 03-12 = 2 → F2 → potential
    #   Eve and Frank never bought: not scored.
    assert report.rfm_segments == {**NO_SEGMENTS, "champions": 1, "loyal": 2, "potential": 1}

    # Cohorts, May 2025 … April 2026; the shares of each cohort buying in each month since.
    cohorts = {c.month: (c.members, c.active) for c in report.cohorts}
    assert next(iter(cohorts)) == "2025-05" and len(cohorts) == 12
    assert cohorts["2025-05"] == (0, [None] * 12)
    assert cohorts["2025-11"] == (0, [None] * 6)
    # December: Alice, who bought in every month from December to April.
    assert cohorts["2025-12"] == (1, [1.0, 1.0, 1.0, 1.0, 1.0])
    # January: Bob and Eve; Bob bought in January, March and April, not in February.
    assert cohorts["2026-01"] == (2, [0.5, 0.0, 0.5, 0.5])
    # February: Dave (00:20 on 1 Feb) and Carol; both bought in February and March; in April
    # only Carol's refunded s22 → nobody.
    assert cohorts["2026-02"] == (2, [1.0, 1.0, 0.0])
    # March: Frank (23:50 on the 31st), who never bought.
    assert cohorts["2026-03"] == (1, [0.0, 0.0])
    assert cohorts["2026-04"] == (0, [None])

    # CLV: buyers over the trend 1 + 2 + 3 + 4 + 2 = 12, revenue 10000 + 17000 + 25000 + 25500
    # + 10480 = 87980; retention known for January 1.0, February 0.5, March 1.0, April 0.5 →
    # mean 0.75 → lifetime 1 / 0.25 = 4 months; 87980 / 12 * 4 = 29326.67 → 29327.
    assert report.clv_cents == 29327

    # Top members in April: Alice 5980 (1 visit), Bob 4500 (1 visit).
    assert [(t.card, t.name, t.visits, t.spend_cents) for t in report.top_members] == [
        (shop.cards["Alice"], "Alice", 1, 5980),
        (shop.cards["Bob"], "Bob", 1, 4500),
    ]

    data = report.as_json()
    missing = [key for key in SECTION_4_KEYS if key not in data]
    assert missing == []
    for key, value in EXPECTED["2026-04"].items():
        assert data[key] == value, key
    assert data["churn_risk_members"] == 0
    assert data["rfm_segments"] == report.rfm_segments
    assert data["previous"]["month"] == "2026-03"
    assert data["clv_cents"] == 29327


def test_top_members_of_march(db, shop) -> None:
    """March by net spend: Bob 7000 + 3000 = 10000 (2 visits), Alice 9450 - 1450 = 8000,
    Dave 5500, Carol 2000."""
    with db.session(readonly=True) as s:
        top = top_members(s, date(2026, 3, 1))
        only_two = top_members(s, date(2026, 3, 1), limit=2)
    assert [(t.name, t.visits, t.spend_cents) for t in top] == [
        ("Bob", 2, 10000),
        ("Alice", 1, 8000),
        ("Dave", 1, 5500),
        ("Carol", 1, 2000),
    ]
    assert [t.name for t in only_two] == ["Bob", "Alice"]


def test_churn_and_rfm_after_the_shop_goes_quiet(db, shop) -> None:
    """As of 31 May nobody is past 90 days (Carol 03-10 → 82, Dave 03-12 → 80, Bob 60,
    Alice 46). As of 30 June:
      Alice: last 04-15 → 76 days → not at risk.
      Bob:   sales 01-12, 03-20, 03-25, 04-01 → gaps 67, 5, 7 → median 7 → threshold 90;
             04-01 → 06-30 is exactly 90 days → not at risk (strictly more is needed).
      Carol: counted sales 02-20, 02-28, 03-10 (04-28 was refunded) → gaps 8, 10 → median 9 →
             threshold 90; 112 days → at risk.
      Dave:  02-01, 03-12 → gap 39 → threshold 90; 110 days → at risk.
    RFM as of 30 June (recency 3 ≥ 04-01, 2 ≥ 01-01; visits since 2025-07-01):
      Alice R3 F4 → loyal; Bob R3 F3 → loyal; Carol R2 F3 → at_risk; Dave R2 F2 → hibernating.
    """
    with db.session(readonly=True) as s:
        may = monthly_report(s, date(2026, 5, 1))
        june = monthly_report(s, date(2026, 6, 1))
        as_of_june = segments.churn_summary(s, date(2026, 6, 30), 0)[0]
    assert may.churn_risk_members == 0
    # RFM as of 31 May (recency 4 ≥ 04-01, 3 ≥ 03-02): Alice R4 F4 → champions; Bob R4 F3 and
    # Carol R3 F3 → loyal; Dave 03-12 → R3 F2 → neither loyal nor potential → hibernating.
    assert may.rfm_segments == {**NO_SEGMENTS, "champions": 1, "loyal": 2, "hibernating": 1}
    assert june.churn_risk_members == 2 == as_of_june
    assert [(c.member.name, c.days_since, c.usual_gap) for c in june.churn_list] == [
        ("Carol", 112, 9.0),
        ("Dave", 110, 39.0),
    ]
    assert june.as_json()["churn_risk_members"] == 2
    assert june.rfm_segments == {**NO_SEGMENTS, "loyal": 2, "at_risk": 1, "hibernating": 1}


# --- CLV on a hand-made trend --------------------------------------------------------------------

BLANK = MonthFigures(**none_of_it("2026-01", 0, 0, None))


def month(buyers: int, revenue: int, retention: float | None) -> MonthFigures:
    return replace(BLANK, buyers=buyers, revenue_cents=revenue, retention_rate=retention)


def test_clv_estimate_on_a_hand_made_trend() -> None:
    # 6 buyer-months, 4000 cents → 666.67 a buyer a month; retention (0.5 + 0.75) / 2 = 0.625
    # (the None is skipped) → lifetime 1 / 0.375 = 2.667 months → 1777.78 → 1778.
    trend = [month(2, 1000, None), month(4, 3000, 0.5), month(0, 0, 0.75)]
    assert clv_estimate(trend) == 1778
    # Retention 0.99 → 100 months, capped at 60: 1000 / 1 * 60 = 60000.
    assert clv_estimate([month(1, 1000, 0.99)]) == 60000
    # Retention 1.0: no end in sight → 60 months as well.
    assert clv_estimate([month(2, 3000, 1.0)]) == 1500 * 60
    # Retention 0 → lifetime 1 month: 5000 / 2 = 2500.
    assert clv_estimate([month(2, 5000, 0.0)]) == 2500
    # Nothing to go on: no buyers, or no month with a retention rate.
    assert clv_estimate([month(0, 0, 0.5)]) is None
    assert clv_estimate([month(3, 3000, None)]) is None
    assert clv_estimate([]) is None


# --- churn-risk boundaries, RFM segments, action lists -------------------------------------------
#
# As of 30 April 2026 (the last day of the April report). d(n) is n days before 30 April:
# d(90) = 2026-01-30, d(91) = 01-29, d(140) = 2025-12-11, d(141) = 12-10, d(150) = 12-01,
# d(200) = 2025-10-12, d(364) = 2025-05-01 (the RFM window's first day).
# Every sale is ¥10 at noon unless said otherwise.

APR30 = date(2026, 4, 30)


def d(n: int) -> date:
    return APR30 - timedelta(days=n)


CHURN_SHOP: dict[str, list[tuple[date, int, int, bool]]] = {
    # name: [(shop day, hour, minute, refunded wholly)]
    "CHAMP": [(d(n), 12, 0, False) for n in (80, 65, 50, 35, 20, 5)],
    "POT": [(d(45), 12, 0, False), (d(40), 12, 0, False)],
    "NEW": [(d(10), 12, 0, False)],
    "P90": [(d(90), 12, 0, False)],  # single sale, exactly 90 days: not at risk
    "P91": [(d(91), 12, 0, False)],  # single sale, 91 days: at risk
    # gaps 10, 30 → median 20 → 2 × 20 = 40 < 90 → threshold 90; 90 days: not at risk
    "G20": [(d(130), 12, 0, False), (d(120), 12, 0, False), (d(90), 12, 0, False)],
    # d(280) → d(220) → d(140): gaps 60, 80 → median 70 → threshold 140; 140 days: not at risk …
    "G70a": [(d(280), 12, 0, False), (d(220), 12, 0, False), (d(140), 12, 0, False)],
    # … 141 days: at risk
    "G70b": [(d(281), 12, 0, False), (d(221), 12, 0, False), (d(141), 12, 0, False)],
    # gaps 50, 50, 200 → median 50 → threshold 100 (the mean, 100, would give 200); 150: at risk
    "MED": [(d(n), 12, 0, False) for n in (450, 400, 350, 150)],
    # two sales on one shop day (00:30 and 23:30 Shanghai: different UTC days), then 99 days
    # later: gaps 0, 99 → median 49.5 → threshold 99; 101 days: at risk
    "SAME": [(d(200), 0, 30, False), (d(200), 23, 30, False), (d(101), 12, 0, False)],
    # the last sale was wholly refunded: the one that counts is 91 days ago → at risk
    "REF": [(d(91), 12, 0, False), (d(10), 12, 0, True)],
    # a sale after the end of April does not count as of 30 April: 120 days → at risk
    "LATE": [(d(120), 12, 0, False), (date(2026, 5, 10), 12, 0, False)],
    # no sale by the end of April: not counted anywhere
    "FUTURE": [(date(2026, 5, 10), 12, 0, False)],
    "LOST": [(d(200), 12, 0, False)],  # 200 days: at risk, and lost
    "NEVER": [],
}
CONSENT = {"LOST", "MED", "SAME", "CHAMP"}


def build_churn_shop(db, actor) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids: dict[str, int] = {}
    for number, (name, sales) in enumerate(CHURN_SHOP.items(), 1):
        with db.session() as s:
            member = enrol(
                s,
                actor,
                Enrolment(
                    name=name,
                    phone=f"1370000{number:04d}",
                    marketing_consent=name in CONSENT,
                    enrolled_at=sh(2025, 1, 1),
                ),
            )
            ids[name] = member.id
        for day, hh, mm, refunded in sales:
            with db.session() as s:
                sale = record_sale(s, actor, SaleRequest(1000, member.id, at=noon(day, hh, mm)))
                if refunded:
                    refund_sale(s, actor, sale.sale.id, None, at=noon(day, 18))
    with db.session() as s:  # a walk-in long ago is nobody's churn
        record_sale(s, actor, SaleRequest(1000, None, at=noon(d(300))))
    return ids


@pytest.fixture
def churn_shop(db, actor) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return build_churn_shop(db, actor)


# (name, days since the last counted sale, median gap) of the members at risk as of 30 April,
# longest away first; P91 and REF tie at 91 days and P91 enrolled first.
AT_RISK = [
    ("LOST", 200, None),
    ("MED", 150, 50.0),
    ("G70b", 141, 70.0),
    ("LATE", 120, None),
    ("SAME", 101, 49.5),
    ("P91", 91, None),
    ("REF", 91, None),
]


def test_churn_risk_boundaries(db, churn_shop) -> None:
    with db.session(readonly=True) as s:
        report = monthly_report(s, date(2026, 4, 1))
        count = segments.churn_summary(s, APR30, 0)[0]
        listed = segments.churn_list(s, APR30)
    assert report.churn_risk_members == len(AT_RISK) == count == 7
    assert [(c.member.name, c.days_since, c.usual_gap) for c in listed] == AT_RISK
    assert [(c.member.name, c.days_since) for c in report.churn_list] == [
        (name, days) for name, days, _gap in AT_RISK
    ]
    data = report.as_json()
    assert data["churn_risk_members"] == 7
    assert [(c["name"], c["days_since"], c["usual_gap_days"]) for c in data["churn_risk"]] == (
        AT_RISK
    )


def test_churn_risk_is_judged_on_the_months_last_day(db, churn_shop) -> None:
    """As of 31 March everyone is 30 days less away: LOST 170, MED 120 (threshold 100),
    G70b 111, G70a 110 (thresholds 140), LATE 90, SAME 71, P91 61 … → LOST and MED.
    As of 31 May (31 days later): P90 121, G20 121 (threshold 90), G70a 171 (140) join;
    LATE bought on 10 May (gap 2025-12-31 → 05-10 = 130 → threshold 260; 21 days) and
    leaves; FUTURE bought on 10 May (21 days) is not at risk; CHAMP 36, NEW 41, POT 71 are safe.
    At risk on 31 May: LOST, MED, G70a, G70b, SAME, P90, P91, REF, G20 = 9."""
    with db.session(readonly=True) as s:
        march = monthly_report(s, date(2026, 3, 1)).churn_risk_members
        may = monthly_report(s, date(2026, 5, 1))
    assert march == 2
    assert sorted(c.member.name for c in may.churn_list) == sorted(
        ["LOST", "MED", "G70a", "G70b", "SAME", "P90", "P91", "REF", "G20"]
    )
    assert may.churn_risk_members == 9


def test_rfm_segments(db, churn_shop) -> None:
    """As of 30 April: recency 5 if the last visit is on or after d(30), 4 ≥ d(60), 3 ≥ d(90),
    2 ≥ d(180), else 1; frequency = visits since d(364) = 2025-05-01: 5 ≥ 12, 4 ≥ 6, 3 ≥ 3,
    2 ≥ 2, else 1. The first rule of RFM_RULES a member meets names the segment:
      CHAMP  R5 F4 (6 visits)            → champions
      G20    R3 (90 days) F3             → loyal
      NEW    R5 F1                       → new
      POT    R4 (40 days) F2             → potential
      G70a, G70b R2 F3; SAME R2 F3       → at_risk (3)
      P90 R3 F1; P91 R2 F1; REF R2 F1 (its refunded sale does not count); LATE R2 F1 (May is
      after 30 April); MED R2 F2 (d(450) and d(400) are outside the 12 months) → hibernating (5)
      LOST   R1 (200 days) F1            → lost
    FUTURE and NEVER have no sale by 30 April: not scored."""
    with db.session(readonly=True) as s:
        report = monthly_report(s, date(2026, 4, 1))
        counts = segments.rfm_segment_counts(s, APR30)
        rows = s.exec(segments.rfm_scores(s, APR30)).all()
    expected = {
        "champions": 1,
        "loyal": 1,
        "potential": 1,
        "new": 1,
        "at_risk": 3,
        "hibernating": 5,
        "lost": 1,
    }
    assert counts == expected == report.rfm_segments
    assert report.as_json()["rfm_segments"] == expected
    by_id = {row.member_id: row for row in rows}
    ids = churn_shop
    assert (by_id[ids["MED"]].visits, by_id[ids["MED"]].segment) == (2, "hibernating")
    assert (by_id[ids["CHAMP"]].r, by_id[ids["CHAMP"]].f) == (5, 4)
    assert by_id[ids["P90"]].r == 3 and by_id[ids["P91"]].r == 2
    assert ids["FUTURE"] not in by_id and ids["NEVER"] not in by_id


def read_list(path) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(data[3:].decode("utf-8").splitlines()))


def test_churn_risk_action_list_and_marketing_export(db, churn_shop, tmp_path) -> None:
    with db.session(readonly=True) as s:
        rows = segments.action_list(s, "churn-risk", as_of=APR30)
    assert [(r.name, r.detail) for r in rows] == [
        ("LOST", "200 days since the last visit"),
        ("MED", "150 days since the last visit, usually every 50 days"),
        ("G70b", "141 days since the last visit, usually every 70 days"),
        ("LATE", "120 days since the last visit"),
        ("SAME", "101 days since the last visit, usually every 49.5 days"),
        ("P91", "91 days since the last visit"),
        ("REF", "91 days since the last visit"),
    ]
    med = rows[1]
    # MED: visits in the 12 months to 30 April: d(350) and d(150), ¥10 each.
    assert (med.last_visit, med.visits_12m, med.spend_12m_cents) == (d(150), 2, 2000)
    assert med.member_id == churn_shop["MED"] and med.marketing_consent is True

    # For marketing only LOST, MED and SAME agreed (CHAMP agreed too, but is not on the list);
    # the other four are left out and counted.
    result = exporting.export_members_list(rows, tmp_path / "m.csv", marketing=True, database=None)
    assert (result.written, result.left_out) == (3, 4)
    written = read_list(tmp_path / "m.csv")
    assert [r["name"] for r in written] == ["LOST", "MED", "SAME"]
    assert {r["marketing_consent"] for r in written} == {"yes"}
    assert written[1]["spend_12m"] == "20.00" and written[1]["last_visit"] == "2025-12-01"

    everyone = exporting.export_members_list(
        rows, tmp_path / "all.csv", marketing=False, database=None
    )
    assert (everyone.written, everyone.left_out) == (7, 0)
    assert [r["name"] for r in read_list(tmp_path / "all.csv")] == [n for n, *_ in AT_RISK]


def test_birthdays_week_action_list(db, actor) -> None:
    """The 7 days from 28 April: 04-28 … 05-04, both ends included; the year of birth does
    not matter. Across the new year, 29 December … 4 January."""
    birthdays = {
        "on the day": date(1990, 4, 28),
        "day before": date(1988, 4, 27),
        "last day": date(1985, 5, 4),
        "day after": date(1992, 5, 5),
        "in between": date(2000, 4, 30),
        "new year": date(1979, 1, 2),
        "old year": date(1970, 12, 31),
        "no birthday": None,
    }
    for number, (name, birthday) in enumerate(birthdays.items(), 1):
        with db.session() as s:
            enrol(
                s,
                actor,
                Enrolment(name=name, phone=f"1360000{number:04d}", birthday=birthday),
            )
    with db.session(readonly=True) as s:
        week = segments.action_list(s, "birthdays-week", as_of=date(2026, 4, 28))
        turn = segments.action_list(s, "birthdays-week", as_of=date(2026, 12, 29))
    assert [(r.name, r.detail) for r in week] == [
        ("on the day", "birthday 04-28"),
        ("in between", "birthday 04-30"),
        ("last day", "birthday 05-04"),
    ]
    assert {r.name for r in turn} == {"new year", "old year"}


def test_unhappy_action_list(db, actor) -> None:
    """Open follow-ups, one line per member, newest first, with what they said: a detractor is
    NPS 0–6 or CSAT 1–2; a resolved follow-up and a walk-in's answer are not on the list."""
    names = ["Wu", "Zhou", "Happy", "Resolved"]
    ids = {}
    with db.session() as s:
        save_survey(
            s, actor, SurveyDefinition(enabled=True, ask="every_nth", every_n=1, min_days_between=0)
        )
        for number, name in enumerate(names, 1):
            phone = f"1350000{number:04d}"
            ids[name] = enrol(s, actor, Enrolment(name=name, phone=phone, enrolled_at=SINCE)).id

    def asked(name: str | None, at: datetime, **answers) -> int:  # type: ignore[no-untyped-def]
        with db.session() as s:
            member_id = ids[name] if name else None
            sale = record_sale(s, actor, SaleRequest(1000, member_id, at=at, ask_survey=True))
            assert sale.survey is not None
            record_response(
                s, actor, sale.sale.id, Answers(**answers), at=at + timedelta(minutes=1)
            )
            return sale.sale.id

    asked("Wu", sh(2026, 4, 1), nps=3, csat=3)
    asked("Zhou", sh(2026, 4, 5), nps=8, csat=2)  # unhappy by CSAT alone
    asked("Happy", sh(2026, 4, 6), nps=10, csat=5)
    asked(None, sh(2026, 4, 7), nps=0, csat=1)  # a walk-in: nobody to call back
    wu_again = sh(2026, 4, 8)
    asked("Wu", wu_again, nps=2, csat=3)
    resolved_sale = asked("Resolved", sh(2026, 4, 9), nps=4, csat=3)
    with db.session() as s:
        [row] = [f for f in follow_ups(s, "open") if f.sale_id == resolved_sale]
        update_follow_up(s, actor, row.id, "resolved", "called back, all fine")
    with db.session(readonly=True) as s:
        rows = segments.action_list(s, "unhappy", as_of=date(2026, 4, 30))
    assert [(r.name, r.detail) for r in rows] == [
        ("Wu", "NPS 2 CSAT 3"),
        ("Zhou", "NPS 8 CSAT 2"),
    ]


def test_average_order_value_rounds_half_up(db, actor, member) -> None:
    """March: ¥10.01 + ¥10.00 = 2001 / 2 = 1000.5 → 1001 (half up; to-even would say 1000).
    April: ¥10.00 + ¥10.00 + ¥10.01 = 3001 / 3 = 1000.33 → 1000."""
    for cents, at in [
        (1001, sh(2026, 3, 2)),
        (1000, sh(2026, 3, 3)),
        (1000, sh(2026, 4, 2)),
        (1000, sh(2026, 4, 3)),
        (1001, sh(2026, 4, 4)),
    ]:
        with db.session() as s:
            record_sale(s, actor, SaleRequest(cents, member.id, at=at))
    with db.session(readonly=True) as s:
        march, april = month_figures(s, date(2026, 3, 1), date(2026, 4, 1))
    assert (march.sales_count, march.revenue_cents, march.avg_order_value_cents) == (2, 2001, 1001)
    assert (april.sales_count, april.revenue_cents, april.avg_order_value_cents) == (3, 3001, 1000)


def test_a_29_february_birthday_is_in_the_week_around_it_in_a_common_year(db, actor) -> None:
    """2026 has no 29 February. The week from 25 February 2026 runs to 3 March and holds both
    28 February and 1 March, so whichever day the shop celebrates, a member born on
    29 February 2000 has a birthday in it."""
    with db.session() as s:
        leap = enrol(
            s, actor, Enrolment(name="Leap", phone="13400000001", birthday=date(2000, 2, 29))
        )
        enrol(s, actor, Enrolment(name="March", phone="13400000002", birthday=date(1999, 3, 2)))
    with db.session(readonly=True) as s:
        week = segments.action_list(s, "birthdays-week", as_of=date(2026, 2, 25))
    assert sorted(r.name for r in week) == ["Leap", "March"]
    assert leap.id in {r.member_id for r in week}


def lapsed_shop(db, actor, sales: dict[str, list[tuple[datetime, bool]]]) -> None:  # type: ignore[no-untyped-def]
    for number, (name, visits) in enumerate(sales.items(), 1):
        with db.session() as s:
            phone = f"1330000{number:04d}"
            member = enrol(s, actor, Enrolment(name=name, phone=phone, enrolled_at=SINCE))
            for at, refunded in visits:
                sale = record_sale(s, actor, SaleRequest(1000, member.id, at=at))
                if refunded:
                    refund_sale(s, actor, sale.sale.id, None, at=at + timedelta(hours=1))


def test_lapsed_action_list_is_drawn_up_as_of_the_day_given(db, actor) -> None:
    """As of 30 April 2026 with 60 days: Recent (last sale 04-20, 10 days before) is not
    lapsed; Gone (last sale 2026-01-30, 90 days before) is."""
    lapsed_shop(
        db,
        actor,
        {"Recent": [(noon(d(90)), False), (noon(d(10)), False)], "Gone": [(noon(d(90)), False)]},
    )
    with db.session(readonly=True) as s:
        rows = segments.action_list(s, "lapsed", as_of=APR30, days=60)
    assert [r.name for r in rows] == ["Gone"]


def test_a_wholly_refunded_sale_is_no_visit_for_the_lapsed_list(db, actor) -> None:
    """Today, with 60 days: Recent bought 10 days ago and is not lapsed; Refunded's only sale
    in the last 60 days was wholly refunded, so their last visit is 90 days ago: lapsed."""
    now = utcnow()
    lapsed_shop(
        db,
        actor,
        {
            "Recent": [(now - timedelta(days=90), False), (now - timedelta(days=10), False)],
            "Refunded": [(now - timedelta(days=90), False), (now - timedelta(days=10), True)],
        },
    )
    with db.session(readonly=True) as s:
        rows = segments.action_list(s, "lapsed", days=60)
        members = segments.segment_members(s, "lapsed:60")
    assert [r.name for r in rows] == ["Refunded"]
    assert len(members) == 1
