"""The programme's rules, each with a worked example a reader can check by hand.

Defaults unless a test says otherwise: 1 point per whole yuan paid (rounded down), 100 points =
¥1 off, tiers Member (from ¥0) / Silver (¥1,000 in 12 months, ×1.25) / Gold (¥3,000, ×1.5).
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from support import snapshot

from loyalty_desktop.core.errors import InsufficientPoints, InvalidInput, PermissionDenied
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.earning import earn
from loyalty_desktop.services.rewards import redeem_reward
from loyalty_desktop.services.rules import (
    Earning,
    Promotion,
    Reward,
    Rules,
    Tier,
    Tiers,
    load_rules,
    parse_rules,
    save_rules,
)
from loyalty_desktop.services.sales import SaleRequest, quote_sale, record_sale
from loyalty_desktop.store.models import Member, Role, Staff

TUESDAY, WEDNESDAY = date(2026, 11, 24), date(2026, 11, 25)
GOLD = Tier(name="Gold", threshold=300_000, multiplier_pct=150)
MEMBER = Tier(name="Member", threshold=0)


def test_base_rate_rounds_down_to_whole_yuan() -> None:
    """¥88.99 paid -> 88 whole yuan × 1 point = 88."""
    assert earn(Rules(), 8899, MEMBER, WEDNESDAY).points == 88


def test_half_up_rounding_when_the_owner_chooses_it() -> None:
    """¥88.50 -> 89 whole yuan (half up) × 2 points = 178."""
    rules = Rules(earning=Earning(points_per_yuan=2, rounding="half_up"))
    assert earn(rules, 8850, MEMBER, WEDNESDAY).points == 178


def test_below_minimum_spend_earns_nothing() -> None:
    """Minimum ¥10.00: a ¥9.99 sale earns 0; ¥10.00 earns 10."""
    rules = Rules(earning=Earning(min_spend_cents=1000))
    assert earn(rules, 999, MEMBER, WEDNESDAY).points == 0
    assert earn(rules, 1000, MEMBER, WEDNESDAY).points == 10


def test_gold_member_on_double_tuesday() -> None:
    """The settings preview's example: ¥88.00 by a Gold member on a Tuesday with "double
    points on Tuesdays": 88 base -> ×1.5 tier = 132 -> ×2 promotion = 264 points.
    On a Wednesday the promotion does not run: 132."""
    rules = Rules(
        earning=Earning(
            promotions=[Promotion(name="Double Tuesday", multiplier_pct=200, weekdays=[2])]
        )
    )
    result = earn(rules, 8800, GOLD, TUESDAY)
    assert result.points == 264
    assert [(s.kind, s.points) for s in result.steps] == [
        ("base", 88),
        ("tier", 132),
        ("promotion", 264),
    ]
    assert earn(rules, 8800, GOLD, WEDNESDAY).points == 132


def test_promotions_do_not_stack_the_best_one_applies() -> None:
    """×1.5 and ×2 both run: 100 -> ×2 = 200 (not ×3)."""
    rules = Rules(
        earning=Earning(
            promotions=[
                Promotion(name="Weekend", multiplier_pct=150),
                Promotion(name="Opening week", multiplier_pct=200, start=TUESDAY, end=TUESDAY),
            ]
        )
    )
    assert earn(rules, 10000, MEMBER, TUESDAY).points == 200
    assert earn(rules, 10000, MEMBER, WEDNESDAY).points == 150


def test_cap_per_sale_comes_last() -> None:
    """¥500 by Gold: 500 -> ×1.5 = 750 -> capped at 300."""
    rules = Rules(earning=Earning(cap_per_sale=300))
    steps = earn(rules, 50000, GOLD, WEDNESDAY).steps
    assert [(s.kind, s.points) for s in steps] == [("base", 500), ("tier", 750), ("cap", 300)]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: d["tiers"]["levels"][1].update(threshold=0), "tiers", "overlap"),
        (lambda d: d["tiers"]["levels"][2].update(threshold=50_000), "tiers", "overlap"),
        (lambda d: d["earning"].update(points_per_yuan=0), "earning.points_per_yuan", "at least"),
        (lambda d: d["earning"].update(points_per_yuan=-1), "earning.points_per_yuan", "at least"),
        (
            lambda d: d["tiers"]["levels"][1].update(multiplier_pct=5000),
            "tiers.levels.2.multiplier_pct",  # counted from 1
            "at most 1000",
        ),
        (lambda d: d["expiry"].update(months=-3), "expiry.months", "at least"),
        (lambda d: d.update(timezone="Mars/Olympus"), "timezone", "unknown time zone"),
        (lambda d: d["earning"].update(bonus_points=5), "earning.bonus_points", "not a known"),
        (
            lambda d: d.update(
                rewards=[{"name": "Tea", "points": 1}, {"name": "tea", "points": 2}]
            ),
            "rewards",
            "different",
        ),
    ],
)
def test_invalid_documents_are_refused_naming_the_field(change, field, words) -> None:
    document = Rules().model_dump(mode="json")
    change(document)
    with pytest.raises(InvalidInput) as error:
        parse_rules(document)
    assert error.value.params["field"] == field
    assert words in str(error.value)


def test_a_refused_document_leaves_the_previous_rules(db, actor) -> None:
    with db.session() as s:
        save_rules(s, actor, Rules(shop_name="Before"))
    before = snapshot(db)
    document = Rules().model_dump(mode="json")
    document["tiers"]["levels"][1]["threshold"] = 0
    with pytest.raises(InvalidInput), db.session() as s:
        save_rules(s, actor, parse_rules(document))
    assert snapshot(db) == before


def test_rules_round_trip_through_json() -> None:
    rules = Rules(
        rewards=[Reward(name="Free coffee", points=500)],
        tiers=Tiers(
            basis="visits",
            levels=[Tier(name="Member", threshold=0), Tier(name="Regular", threshold=10)],
        ),
    )
    assert parse_rules(rules.to_json()) == rules


def test_only_the_owner_changes_the_rules(db) -> None:
    with db.session() as s:
        cashier = Staff(
            name="小李", role=Role.CASHIER, origin_till="t", created_at=datetime.now(UTC)
        )
        s.add(cashier)
        s.flush()
        with pytest.raises(PermissionDenied):
            save_rules(s, Actor(cashier.id, "t"), Rules())


def test_a_back_dated_receipt_earns_by_the_rules_of_its_own_date(db, actor, member) -> None:
    """Rules v1 (1 point/yuan) in force until now; v2 (3 points/yuan) saved now.
    A ¥50 receipt from yesterday earns 50 (v1); a ¥50 sale now earns 150 (v2)."""
    with db.session() as s:
        save_rules(s, actor, Rules())
    yesterday = datetime.now(UTC) - timedelta(days=1)
    with db.session() as s:
        save_rules(s, actor, Rules(earning=Earning(points_per_yuan=3)))
    with db.session() as s:
        old = record_sale(s, actor, SaleRequest(5000, member.id, at=yesterday))
        new = record_sale(s, actor, SaleRequest(5000, member.id))
    assert (old.sale.points_earned, new.sale.points_earned) == (50, 150)


def test_tier_discount_comes_off_before_points_are_earned(db, actor, member) -> None:
    """Gold with 5% off: ¥100.00 -> ¥5.00 off -> pays ¥95.00 -> earns 95 × 1.5 = 142."""
    levels = [
        Tier(name="Member", threshold=0),
        Tier(name="Gold", threshold=1, multiplier_pct=150, discount_pct=5),
    ]
    with db.session() as s:
        save_rules(s, actor, Rules(tiers=Tiers(levels=levels)))
        s.get(Member, member.id).tier = "Gold"
    with db.session() as s:
        quote = quote_sale(s, SaleRequest(10000, member.id))
    assert (quote.tier_discount_cents, quote.paid_cents, quote.points_earned) == (500, 9500, 142)


def test_reward_catalogue(db, actor, member) -> None:
    with db.session() as s:
        save_rules(s, actor, Rules(rewards=[Reward(name="Free coffee", points=500)]))
        record_sale(s, actor, SaleRequest(60000, member.id))  # +600
    with db.session() as s:
        result = redeem_reward(s, actor, member.id, "free coffee")
    assert result.balance == 100 and result.entry.note == "reward: Free coffee"
    with pytest.raises(InsufficientPoints), db.session() as s:
        redeem_reward(s, actor, member.id, "Free coffee")
    with pytest.raises(InvalidInput, match="no reward"), db.session() as s:
        redeem_reward(s, actor, member.id, "Caviar")


def test_fresh_shop_uses_the_defaults(db) -> None:
    with db.session() as s:
        assert load_rules(s) == Rules()


def test_preview_takes_the_tier_discount_off_first() -> None:
    """Gold ×1.5 with 10% off: ¥88.00 -> ¥8.80 off -> pays ¥79.20 -> 79 × 1.5 = 118."""
    from loyalty_desktop.services.earning import preview

    gold = Tier(name="Gold", threshold=1, multiplier_pct=150, discount_pct=10)
    result = preview(Rules(), 8800, gold, WEDNESDAY)
    assert (result.tier_discount_cents, result.paid_cents, result.earned.points) == (880, 7920, 118)


def test_redeeming_nothing_is_never_refused_even_below_zero() -> None:
    """A flagged member (balance -91) buys: redeeming 0 points costs nothing; 1 point is too
    many; at most 0 points fit any sale."""
    rules = Rules()
    assert rules.check_redeem(0, -91, 2000) == 0
    assert rules.max_redeemable(-91, 2000) == 0
    with pytest.raises(InsufficientPoints):
        rules.check_redeem(100, -91, 2000)
