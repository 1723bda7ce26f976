"""Every points, money and date input has a sane bound, checked in the services, so no stored
value can leave 64-bit integers and no date arithmetic can overflow (DESIGN.md §3 "Bounds")."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from support import snapshot

from loyalty_desktop.core.clock import parse_date, parse_timestamp
from loyalty_desktop.core.errors import ConfirmLargeSale, InvalidAmount, InvalidInput, LoyaltyError
from loyalty_desktop.core.money import parse_amount
from loyalty_desktop.services.coupons import parse_terms
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.metrics import parse_month
from loyalty_desktop.services.points import adjust
from loyalty_desktop.services.rules import Rules, Sales, parse_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, quote_sale, record_sale
from loyalty_desktop.store.models import EntryKind, Member

SHOP = ZoneInfo("Asia/Shanghai")
INT64_MAX = 9_223_372_036_854_775_807


# --- points -------------------------------------------------------------------------------------


@pytest.mark.parametrize("points", [INT64_MAX, 10**30, 1_000_000_001, -1_000_000_001])
def test_an_adjustment_beyond_a_billion_points_is_refused(db, actor, member, points) -> None:
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refused, db.session() as s:
        adjust(s, actor, s.get(Member, member.id), points, "typo")
    assert refused.value.params["field"] == "points"
    assert "more than 1,000,000,000 points" in str(refused.value)
    assert snapshot(db) == before


def test_a_billion_points_is_the_most_one_entry_carries(db, actor, member) -> None:
    with db.session() as s:
        adjust(s, actor, s.get(Member, member.id), 1_000_000_000, "a large but sane bonus")
        with pytest.raises(InvalidInput):
            post_entry(s, actor, member.id, EntryKind.BONUS, 1_000_000_001)
        assert s.get(Member, member.id).balance == 1_000_000_000


# --- money --------------------------------------------------------------------------------------


def test_an_amount_is_at_most_one_million_yuan() -> None:
    assert parse_amount("1000000.00") == 100_000_000
    for text in ("1000000.01", "999999999"):
        with pytest.raises(InvalidAmount) as refused:
            parse_amount(text)
        assert "more than ¥1,000,000.00" in str(refused.value)


def test_a_sale_above_one_million_yuan_is_refused_by_the_service(db, member) -> None:
    with db.session() as s, pytest.raises(InvalidAmount) as refused:
        quote_sale(s, SaleRequest(100_000_001, member.id, confirmed=True))
    assert "more than ¥1,000,000.00" in str(refused.value)


@pytest.mark.parametrize(
    ("terms", "field"),
    [
        ({"kind": "points", "value": INT64_MAX}, "value"),
        ({"kind": "points", "value": 1_000_000_001}, "value"),
        ({"kind": "fixed", "value": 100_000_001}, "value"),
        ({"kind": "free_item", "value": 10**30, "item": "cake"}, "value"),
        ({"kind": "percent", "value": 10, "cap_cents": 100_000_001}, "cap_cents"),
        ({"kind": "fixed", "value": 100, "min_spend_cents": INT64_MAX}, "min_spend_cents"),
    ],
)
def test_coupon_values_are_bounded(terms, field) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_terms(terms)
    assert refused.value.params["field"] == field


def test_the_largest_coupon_values_are_accepted() -> None:
    assert parse_terms({"kind": "points", "value": 1_000_000_000}).value == 1_000_000_000
    assert parse_terms({"kind": "fixed", "value": 100_000_000}).value == 100_000_000


def test_a_sale_above_the_owners_threshold_asks_to_be_confirmed(db, actor, member) -> None:
    """Default threshold ¥5,000.00: ¥5,000.00 goes through; ¥5,000.01 (member or walk-in) is
    refused until confirmed, naming the amount and the threshold."""
    with db.session() as s:
        assert record_sale(s, actor, SaleRequest(500_000, member.id)).balance == 5000
    before = snapshot(db)
    for who in (member.id, None):
        with pytest.raises(ConfirmLargeSale) as refused, db.session() as s:
            record_sale(s, actor, SaleRequest(500_001, who))
        assert refused.value.code == "confirm_large_sale"
        assert refused.value.params == {"amount": "¥5000.01", "threshold": "¥5000.00"}
        assert snapshot(db) == before
    with db.session() as s:
        confirmed = record_sale(s, actor, SaleRequest(500_001, member.id, confirmed=True))
    assert confirmed.sale.amount_cents == 500_001
    assert confirmed.balance == 5000 + confirmed.sale.points_earned


def test_a_threshold_of_zero_never_asks(db, actor, member) -> None:
    with db.session() as s:
        save_rules(s, actor, Rules(sales=Sales(confirm_above_cents=0)))
    with db.session() as s:
        assert record_sale(s, actor, SaleRequest(100_000_000, member.id)).sale.id


# --- the rules document -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("earning", "min_spend_cents"), 100_000_001),
        (("earning", "cap_per_sale"), 1_000_000_001),
        (("tiers", "levels", 2, "threshold"), INT64_MAX),
        (("bonuses", "referral", "min_spend_cents"), 10**20),
        (("rfm", "recency_days", 3), 36_501),
        (("rfm", "frequency_visits", 0), 100_001),
        (("rfm", "monetary_cents", 0), 100_000_001),
        (("sales", "confirm_above_cents"), 100_000_001),
    ],
)
def test_numbers_in_the_rules_are_bounded(path, value) -> None:
    document = Rules().model_dump(mode="json")
    *parents, last = path
    target = document
    for key in parents:
        target = target[key]
    target[last] = value
    with pytest.raises(InvalidInput) as refused:
        parse_rules(document)
    assert refused.value.params["field"].startswith(".".join(map(str, path[:2])))


def test_rfm_thresholds_of_1e30_are_refused_naming_them() -> None:
    """Whole numbers that large would be accepted and then break the monthly report."""
    document = Rules().model_dump(mode="json")
    document["rfm"]["monetary_cents"] = [10**30, 10**29, 10**28, 1]
    with pytest.raises(InvalidInput) as refused:
        parse_rules(json.dumps(document))
    assert str(refused.value) == (
        "rfm.monetary_cents: four thresholds from 1 to at most 100000000, "
        "falling from score 5 to score 2"
    )


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["0001-01-01T00:00", "1899-12-31 23:59", "2201-01-01 00:00", "9999-12-31T23:59"]
)
def test_a_timestamp_outside_1900_to_2200_is_refused(text) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_timestamp(text, SHOP, field="at")
    assert str(refused.value) == f"at: {text!r} is not between 1900-01-01 and 2200-12-31"


def test_the_first_and_last_days_are_accepted() -> None:
    assert parse_timestamp("1900-01-01 00:00", SHOP).year == 1899  # 08:00 earlier in UTC
    assert parse_timestamp("2200-12-31 23:59", SHOP).year == 2200
    assert parse_date("1900-01-01") == date(1900, 1, 1)
    assert parse_month("2200-12") == date(2200, 12, 1)


@pytest.mark.parametrize("text", ["0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31"])
def test_a_date_outside_1900_to_2200_is_refused(text) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_date(text, field="as-of")
    assert refused.value.params["field"] == "as-of"


@pytest.mark.parametrize("text", ["0001-01", "1899-12", "2201-01", "9999-12"])
def test_a_month_outside_1900_to_2200_is_refused(text) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_month(text)
    assert refused.value.params["field"] == "month"


# --- a back-dated sale --------------------------------------------------------------------------


def test_a_back_dated_sale_before_the_member_enrolled_is_refused(db, actor) -> None:
    enrolled = datetime.now(UTC) - timedelta(days=10)
    with db.session() as s:
        member = enrol(s, actor, Enrolment(name="Li", phone="13600136000", enrolled_at=enrolled))
    before = snapshot(db)
    with pytest.raises(LoyaltyError) as refused, db.session() as s:
        record_sale(s, actor, SaleRequest(1000, member.id, at=enrolled - timedelta(minutes=1)))
    assert refused.value.params["field"] == "at"
    assert "before the member enrolled" in str(refused.value)
    assert snapshot(db) == before
    with db.session() as s:  # from the moment of enrolment on, it is fine
        assert record_sale(s, actor, SaleRequest(1000, member.id, at=enrolled)).balance == 10
