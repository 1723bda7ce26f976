"""Tiers, bonuses and expiry over time, each with a worked example.

Default tiers: Member from ¥0, Silver from ¥1,000.00 net spend in 12 months (×1.25),
Gold from ¥3,000.00 (×1.5); grace 1 month.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select
from support import drop_append_only_triggers

from loyalty_desktop.core.clock import add_months
from loyalty_desktop.services.bonuses import birthday_in_window
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.expiry import expiring_soon, run_expiry
from loyalty_desktop.services.housekeeping import run_housekeeping
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.rules import (
    BirthdayBonus,
    Bonuses,
    Expiry,
    ReferralBonus,
    Rules,
    load_rules,
    save_rules,
)
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.services.tiers import review_tiers
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry, TierChange

NOW = datetime.now(UTC)


def rules(db, actor, **parts) -> None:
    """Rules in force for the last five years (these tests back-date their sales)."""
    with db.session() as s:
        save_rules(s, actor, Rules(**parts), valid_from=NOW - timedelta(days=5 * 365))


def sell(db, actor, member_id, cents, at=None, redeem=0):
    with db.session() as s:
        return record_sale(s, actor, SaleRequest(cents, member_id, redeem, at=at))


def entries(db, member_id, kind=None) -> list[PointsEntry]:
    with db.session(readonly=True) as s:
        statement = select(PointsEntry).where(PointsEntry.member_id == member_id)
        if kind:
            statement = statement.where(PointsEntry.kind == kind)
        return list(s.exec(statement.order_by(PointsEntry.id)))


def balance(db, member_id) -> int:
    with db.session(readonly=True) as s:
        return s.get(Member, member_id).balance


def tier(db, member_id) -> str:
    with db.session(readonly=True) as s:
        return s.get(Member, member_id).tier


def checks_pass(db) -> None:
    with db.session(readonly=True) as s:
        assert run_checks(s) == []


# --- tiers --------------------------------------------------------------------------------------


def test_the_sale_that_crosses_the_threshold_upgrades_at_once(db, actor, member) -> None:
    """¥999.00 -> still Member. ¥1.00 more -> ¥1,000.00 in 12 months -> Silver, said on the
    receipt; this sale earned at the old tier (1), the next one at ×1.25 (¥100 -> 125)."""
    assert sell(db, actor, member.id, 99900).upgrade is None
    crossing = sell(db, actor, member.id, 100)
    assert crossing.upgrade.tier == "Silver" and crossing.sale.points_earned == 1
    assert sell(db, actor, member.id, 10000).sale.points_earned == 125
    checks_pass(db)


def test_refunding_the_upgrading_sale_undoes_the_upgrade(db, actor, member) -> None:
    """Policy: a refund that takes the member back below the threshold of the tier the
    refunded sale granted undoes that upgrade at once."""
    sell(db, actor, member.id, 50000)
    big = sell(db, actor, member.id, 60000)  # ¥1,100 -> Silver
    assert tier(db, member.id) == "Silver"
    with db.session() as s:
        refund_sale(s, actor, big.sale.id, 5000)  # ¥1,050 left: still qualifies
    assert tier(db, member.id) == "Silver"
    with db.session() as s:
        refund_sale(s, actor, big.sale.id)  # ¥500 left
    assert tier(db, member.id) == "Member"
    with db.session(readonly=True) as s:
        reasons = [c.reason for c in s.exec(select(TierChange).order_by(TierChange.id))]
    assert reasons == ["upgrade", "refund"]
    checks_pass(db)


def review(db, actor, as_of):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return review_tiers(s, actor, load_rules(s), as_of)


def test_downgrade_waits_for_the_review_and_the_grace_period(db, actor, member) -> None:
    """¥1,200 eleven months ago -> Silver today. At a review three months from now the window
    (12 months) holds ¥0 then and ¥0 at the month-end before it (grace 1) -> down to Member.
    The same month again changes nothing."""
    sell(db, actor, member.id, 120000, at=add_months(NOW, -11))
    assert tier(db, member.id) == "Silver"
    changes = review(db, actor, add_months(NOW, 3))
    assert [(c.previous, c.tier) for c in changes] == [("Silver", "Member")]
    assert review(db, actor, add_months(NOW, 3)) == []
    checks_pass(db)


def test_grace_keeps_a_tier_that_qualified_a_month_ago(db, actor, member) -> None:
    """¥1,200 eleven months ago. A review a month and five days from now: the sale has just
    left the window, but at the checkpoint a month earlier it was still in it -> kept."""
    sell(db, actor, member.id, 120000, at=add_months(NOW, -11))
    assert review(db, actor, add_months(NOW, 1) + timedelta(days=5)) == []
    assert tier(db, member.id) == "Silver"


def test_a_back_dated_receipt_upgrades_on_the_window_ending_now(db, actor, member) -> None:
    """¥900 today, then a ¥200 paper receipt from yesterday: ¥1,100 in the window -> Silver,
    dated now. A receipt from two years ago counts for nothing today."""
    sell(db, actor, member.id, 90000)
    assert sell(db, actor, member.id, 20000, at=NOW - timedelta(days=1)).upgrade.tier == "Silver"
    with db.session() as s:
        since = add_months(NOW, -25)
        other = enrol(s, actor, Enrolment(name="Old", phone="13900000009", enrolled_at=since))
    assert sell(db, actor, other.id, 500000, at=add_months(NOW, -24)).upgrade is None
    checks_pass(db)


def test_a_back_dated_receipt_earns_at_the_tier_of_its_date(db, actor, member) -> None:
    """Silver since today; a ¥100 paper receipt from last month earns 100 (Member), a ¥100
    sale today earns 125."""
    sell(db, actor, member.id, 100000)
    old = sell(db, actor, member.id, 10000, at=NOW - timedelta(days=30))
    assert old.sale.points_earned == 100
    assert sell(db, actor, member.id, 10000).sale.points_earned == 125


# --- bonuses ------------------------------------------------------------------------------------


def test_enrolment_bonus_once(db, actor) -> None:
    rules(db, actor, bonuses=Bonuses(enrolment_points=50))
    with db.session() as s:
        m = enrol(s, actor, Enrolment(name="New", phone="13900000001"))
    assert [e.points for e in entries(db, m.id, EntryKind.BONUS)] == [50]


@pytest.mark.parametrize(
    ("birthday", "day", "year"),
    [
        (date(1990, 5, 10), date(2026, 5, 10), 2026),  # on the day
        (date(1990, 5, 10), date(2026, 5, 17), 2026),  # 7 days after
        (date(1990, 5, 10), date(2026, 5, 18), None),  # 8 days after
        (date(1990, 5, 10), date(2026, 5, 9), None),  # the day before
        (date(1990, 12, 30), date(2027, 1, 3), 2026),  # across new year
        (date(1992, 2, 29), date(2027, 2, 28), 2027),  # leap day in a common year
    ],
)
def test_birthday_window(birthday, day, year) -> None:
    assert birthday_in_window(birthday, day, 7) == year


def test_birthday_bonus_on_the_first_visit_in_the_window_once_a_year(db, actor) -> None:
    """Birthday bonus 200 within 7 days: two visits in the window -> one bonus; next year
    -> another."""
    rules(db, actor, bonuses=Bonuses(birthday=BirthdayBonus(points=200, window_days=7)))
    day = (NOW - timedelta(days=400)).date()
    birthday = date(1990, day.month, min(day.day, 28))  # not 29 Feb: it must exist every year
    with db.session() as s:
        since = NOW - timedelta(days=800)  # before the visits below
        m = enrol(
            s,
            actor,
            Enrolment(name="Bday", phone="13900000002", birthday=birthday, enrolled_at=since),
        )
    for year_back in (1, 0):
        occurrence = datetime.combine(
            birthday.replace(year=NOW.year - 1 - year_back + 1), datetime.min.time(), UTC
        ) + timedelta(hours=6)
        if occurrence > NOW:
            continue
        first = sell(db, actor, m.id, 1000, at=occurrence + timedelta(days=1))
        second = sell(db, actor, m.id, 1000, at=occurrence + timedelta(days=2))
        assert [b.points for b in first.bonuses] == [200] and second.bonuses == ()
    keys = [e.dedupe_key for e in entries(db, m.id, EntryKind.BONUS)]
    assert len(keys) == len(set(keys)) >= 1 and all(k.startswith("birthday:") for k in keys)


def test_birthday_on_the_day_by_housekeeping_is_idempotent(db, actor) -> None:
    rules(db, actor, bonuses=Bonuses(birthday=BirthdayBonus(points=88, mode="on_day")))
    today = NOW.astimezone(load_rules_zone(db)).date()
    with db.session() as s:
        m = enrol(
            s,
            actor,
            Enrolment(name="Today", phone="13900000003", birthday=today.replace(year=1992)),
        )
    for _ in range(2):
        run_housekeeping(db, actor, NOW)
    assert [e.points for e in entries(db, m.id, EntryKind.BONUS)] == [88]


def load_rules_zone(db):
    with db.session(readonly=True) as s:
        return load_rules(s).zone


def test_referral_bonus_on_the_first_qualifying_purchase_and_taken_back_on_refund(
    db, actor, member
) -> None:
    """Referrer 300, new member 100, minimum ¥30.00. A ¥20 purchase releases nothing; the
    ¥50 one releases both; a later one nothing more. A full refund of the ¥50 takes both back."""
    rules(
        db,
        actor,
        bonuses=Bonuses(
            referral=ReferralBonus(referrer_points=300, referee_points=100, min_spend_cents=3000)
        ),
    )
    with db.session() as s:
        friend = enrol(
            s, actor, Enrolment(name="Friend", phone="13900000004", referrer=member.card)
        )
    assert sell(db, actor, friend.id, 2000).bonuses == ()
    qualifying = sell(db, actor, friend.id, 5000)
    assert sorted(b.points for b in qualifying.bonuses) == [100, 300]
    assert sell(db, actor, friend.id, 5000).bonuses == ()
    assert balance(db, member.id) == 300
    with db.session() as s:
        refund_sale(s, actor, qualifying.sale.id)
    assert balance(db, member.id) == 0
    assert balance(db, friend.id) == 20 + 50  # the two purchases kept, the bonus gone
    checks_pass(db)


# --- expiry -------------------------------------------------------------------------------------


def test_points_expire_after_n_months_fifo_and_idempotently(db, actor, member) -> None:
    """Expiry 12 months. 14 months ago earn 100 (lot A); 13 months ago earn 100 (lot B);
    12.5 months ago redeem 150 -> A used up, B has 50 left. Today: A 0 and B 50 have lapsed
    -> one expire entry of -50. Running again changes nothing."""
    rules(db, actor, expiry=Expiry(months=12))
    sell(db, actor, member.id, 10000, at=add_months(NOW, -14))
    sell(db, actor, member.id, 10000, at=add_months(NOW, -13))
    sell(db, actor, member.id, 150, at=add_months(NOW, -12) - timedelta(days=15), redeem=150)
    assert balance(db, member.id) == 50  # 100 + 100 - 150; the ¥1.50 paid by points earns 0
    with db.session() as s:
        first = run_expiry(s, actor, NOW)
    assert (first.points, first.members) == (50, 1)
    with db.session() as s:
        assert run_expiry(s, actor, NOW).points == 0
    assert [e.points for e in entries(db, member.id, EntryKind.EXPIRE)] == [-50]
    assert balance(db, member.id) == 0
    checks_pass(db)


def test_check_finds_an_expiry_larger_than_its_lot(db, actor, member) -> None:
    rules(db, actor, expiry=Expiry(months=12))
    sell(db, actor, member.id, 10000, at=add_months(NOW, -14))
    with db.session() as s:
        run_expiry(s, actor, NOW)
    checks_pass(db)
    [lapse] = entries(db, member.id, EntryKind.EXPIRE)
    with db.engine.begin() as conn:  # tampering: the expiry takes one point more than the lot
        drop_append_only_triggers(conn)
        conn.exec_driver_sql(f"UPDATE points_entry SET points = points - 1 WHERE id = {lapse.id}")
    with db.session(readonly=True) as s:
        found = [p for p in run_checks(s) if p.check == "expiry"]
    assert [p.subject for p in found] == [f"entry {lapse.id}"]


def test_a_refund_takes_back_the_refunded_sales_own_points_first(db, actor, member) -> None:
    """Lot A (14 months ago, 100) and lot B (on sale S, 13 months ago, 50). Refunding S takes
    its 50 from B, not from the older A; so today A's 100 expires."""
    rules(db, actor, expiry=Expiry(months=12))
    sell(db, actor, member.id, 10000, at=add_months(NOW, -14))
    s2 = sell(db, actor, member.id, 5000, at=add_months(NOW, -13))
    with db.session() as s:
        refund_sale(s, actor, s2.sale.id)
    with db.session() as s:
        assert run_expiry(s, actor, NOW).points == 100
    checks_pass(db)


def test_changing_the_rule_never_expires_points_already_earned(db, actor, member) -> None:
    """Points earned under "never expire" keep no expiry date when the owner later sets 1
    month."""
    sell(db, actor, member.id, 10000, at=add_months(NOW, -3))
    rules(db, actor, expiry=Expiry(months=1))
    with db.session() as s:
        assert run_expiry(s, actor, NOW).points == 0
    assert balance(db, member.id) == 100


def test_the_till_warns_of_points_expiring_within_30_days(db, actor, member) -> None:
    rules(db, actor, expiry=Expiry(months=12))
    sell(db, actor, member.id, 32000, at=add_months(NOW, -12) + timedelta(days=10))
    sell(db, actor, member.id, 5000, at=add_months(NOW, -12) + timedelta(days=45))
    with db.session(readonly=True) as s:
        soon = expiring_soon(s, member.id, NOW)
    assert [points for _day, points in soon] == [320]


def test_a_receipt_back_dated_after_an_expiry_run_does_not_reopen_lapsed_points(
    db, actor, member
) -> None:
    """Expiry 6 months. 10 Jan earn 100, 1 Mar redeem 50 (from the January lot) -> expiry run
    in August lapses the other 50. Then a paper receipt from December before is entered (+100):
    the next run expires that lot (it lapsed long ago) and nothing of January again."""
    rules(db, actor, expiry=Expiry(months=6))
    base = add_months(NOW, -22)
    sell(db, actor, member.id, 10000, at=base)
    sell(db, actor, member.id, 50, at=base + timedelta(days=50), redeem=50)
    with db.session() as s:
        assert run_expiry(s, actor, base + timedelta(days=210)).points == 50
    sell(db, actor, member.id, 10000, at=base - timedelta(days=40))
    with db.session() as s:
        assert run_expiry(s, actor, NOW).points == 100
    assert balance(db, member.id) == 0
    checks_pass(db)


def test_refunding_a_sale_whose_points_lapsed_does_not_take_other_points(db, actor, member) -> None:
    """Expiry 6 months. Sale 1 earned 100 (lapsed), sale 2 earned 100 (still there). Refunding
    sale 1 takes back nothing: its points are already gone."""
    rules(db, actor, expiry=Expiry(months=6))
    first = sell(db, actor, member.id, 10000, at=add_months(NOW, -10))
    sell(db, actor, member.id, 10000, at=add_months(NOW, -1))
    with db.session() as s:
        run_expiry(s, actor, NOW)
    with db.session() as s:
        result = refund_sale(s, actor, first.sale.id)
    assert result.refund.points_reversed == 0 and result.balance == 100
    checks_pass(db)


def test_a_partial_refund_below_the_referral_minimum_takes_the_bonuses_back(
    db, actor, member
) -> None:
    rules(
        db,
        actor,
        bonuses=Bonuses(
            referral=ReferralBonus(referrer_points=200, referee_points=100, min_spend_cents=5000)
        ),
    )
    with db.session() as s:
        friend = enrol(
            s, actor, Enrolment(name="Friend", phone="13900000005", referrer=member.card)
        )
    bought = sell(db, actor, friend.id, 10000)
    with db.session() as s:
        refund_sale(s, actor, bought.sale.id, 4000)  # ¥60 left: still qualifies
    assert balance(db, member.id) == 200
    with db.session() as s:
        refund_sale(s, actor, bought.sale.id, 2000)  # ¥40 left: below the ¥50 minimum
    assert balance(db, member.id) == 0
    checks_pass(db)


def test_birthdays_missed_while_the_shop_was_closed_are_caught_up(db, actor) -> None:
    rules(db, actor, bonuses=Bonuses(birthday=BirthdayBonus(points=50, mode="on_day")))
    zone = load_rules_zone(db)
    today = NOW.astimezone(zone).date()
    run_housekeeping(db, actor, NOW - timedelta(days=3))  # last opened three days ago
    with db.session() as s:
        m = enrol(
            s,
            actor,
            Enrolment(
                name="Yesterday",
                phone="13900000006",
                birthday=(today - timedelta(days=1)).replace(
                    year=1992
                ),  # a leap year: 29 Feb exists
            ),
        )
    assert run_housekeeping(db, actor, NOW).birthday_bonuses == 1
    assert [e.points for e in entries(db, m.id, EntryKind.BONUS)] == [50]
