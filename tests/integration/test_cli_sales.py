"""`loyalty sale`, `refund` and `adjust` through the command line (DESIGN.md §3, §5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import (
    all_sales,
    assert_fails,
    enrol,
    enrol_since,
    ledger,
    ledger_sum,
    member_by_card,
    mistype,
    ok_json,
    sell,
)
from support import snapshot

SHOP = ZoneInfo("Asia/Shanghai")


def half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def check_ok(run_cli) -> None:
    result = run_cli("check", "--json")
    assert result.code == 0, result.out
    assert result.json() == {"ok": True, "problems": []}


@pytest.fixture
def member(run_cli) -> dict:
    return enrol(run_cli, "张三", "13800138000")


def give_points(run_cli, card: str, points: int) -> None:
    ok_json(run_cli("adjust", card, str(points), "--reason", "opening balance", "--json"))


# --- sales ------------------------------------------------------------------------------------


def test_sale_earns_one_point_per_whole_yuan(run_cli, db, member) -> None:
    data = sell(run_cli, member["card"], "88.99")
    assert {"sale_id", "points_earned", "points_redeemed", "balance"} <= set(data)
    assert data["points_earned"] == 88 and data["points_redeemed"] == 0
    assert data["balance"] == 88
    [sale] = all_sales(db)
    assert sale.id == data["sale_id"]
    assert sale.amount_cents == 8899 and sale.paid_cents == 8899
    assert sale.member_id == member["id"]
    assert member_by_card(db, member["card"]).balance == 88
    assert [(e.kind, e.points, e.sale_id) for e in ledger(db)] == [("earn", 88, sale.id)]


def test_sale_by_phone_in_any_format(run_cli, member) -> None:
    data = sell(run_cli, "+86 138 0013 8000", "20")
    assert data["balance"] == 20
    assert data["card"] == member["card"]


def test_walk_in_sale_has_no_member_and_no_points(run_cli, db, member) -> None:
    data = sell(run_cli, "-", "35.50")
    assert data["points_earned"] == 0 and data["balance"] is None
    [sale] = all_sales(db)
    assert sale.member_id is None and sale.paid_cents == 3550
    assert ledger(db) == []
    text = run_cli("sale", "-", "10")
    assert text.code == 0 and "walk-in" in text.out


def test_redeem_100_points_per_yuan_and_earn_on_what_is_paid(run_cli, db, member) -> None:
    give_points(run_cli, member["card"], 300)
    data = sell(run_cli, member["card"], "10.00", "--redeem", "250")
    # 250 points = ¥2.50 off; ¥7.50 paid earns 7 points.
    assert data["points_redeemed"] == 250 and data["points_earned"] == 7
    assert data["balance"] == 300 - 250 + 7
    [sale] = all_sales(db)
    assert sale.points_discount_cents == 250 and sale.paid_cents == 750
    assert ledger_sum(db, sale_id=sale.id) == 7 - 250
    check_ok(run_cli)


def test_receipt_reference_is_unique(run_cli, db, member) -> None:
    first = sell(run_cli, member["card"], "12", "--ref", "R-0001")
    before = snapshot(db)
    again = run_cli("sale", member["card"], "12", "--ref", "R-0001")
    assert_fails(again, 1, "R-0001", str(first["sale_id"]))
    assert snapshot(db) == before


def test_back_dated_sale_is_stored_at_that_shop_time(run_cli, db, tmp_path) -> None:
    member = enrol_since(run_cli, tmp_path, "2025-12-01 09:00", "张三", "13800138000")
    data = sell(run_cli, member["card"], "50", "--at", "2026-01-05 10:30")
    [sale] = all_sales(db)
    expected = datetime(2026, 1, 5, 10, 30, tzinfo=SHOP)
    assert sale.created_at == expected
    assert sale.created_at.astimezone(UTC) == datetime(2026, 1, 5, 2, 30, tzinfo=UTC)
    [entry] = ledger(db, sale_id=data["sale_id"])
    assert entry.created_at == expected  # the points are dated with their sale


def test_future_sale_time_is_refused(run_cli, db, member) -> None:
    before = snapshot(db)
    tomorrow = (datetime.now(SHOP) + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    assert_fails(run_cli("sale", member["card"], "50", "--at", tomorrow), 1, "future")
    assert_fails(run_cli("sale", member["card"], "50", "--at", "2026-13-01 10:00"), 1, "at")
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("who", "amount", "extra", "fragment"),
    [
        ("13999999999", "10", (), "no member"),
        ("NOPE-1", "10", (), "no member"),
        ("{typo}", "10", (), "check digit"),
        ("{card}", "0", (), "more than zero"),
        ("{card}", "-5", (), "-5"),
        ("{card}", "1.234", (), "more than two decimals"),
        ("{card}", "abc", (), "abc"),
        ("{card}", "10", ("--redeem", "101"), "balance is 100"),
        ("{card}", "0.50", ("--redeem", "100"), "at most 50"),
        ("-", "10", ("--redeem", "10"), "walk-in"),
    ],
)
def test_refused_sales_change_nothing(run_cli, db, member, who, amount, extra, fragment) -> None:
    give_points(run_cli, member["card"], 100)
    sell(run_cli, member["card"], "5")  # so there is a sale and a balance to protect
    give_points(run_cli, member["card"], -5)
    before = snapshot(db)
    who = who.format(card=member["card"], typo=mistype(member["card"]))
    result = run_cli("sale", who, amount, *extra, "--json")
    line = assert_fails(result, 1, fragment)
    assert line.endswith(result.json()["error"]["message"])  # the error document, the same words
    assert snapshot(db) == before


# --- refunds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "parts",
    [
        [None],  # all at once
        ["33.33", None],  # part, then what is left
        ["10.00", "20.01", "0.01", None],
        ["33.33", "64.66"],  # the second part happens to be all that is left
    ],
)
def test_refund_in_parts_ends_at_exactly_zero_net_points(run_cli, db, member, parts) -> None:
    give_points(run_cli, member["card"], 300)
    sale = sell(run_cli, member["card"], "99.99", "--redeem", "200")
    paid = Decimal("97.99")  # ¥2.00 off for 200 points
    assert sale["points_earned"] == 97
    refunded = Decimal(0)
    for part in parts:
        args = ["refund", str(sale["sale_id"]), *([part] if part else []), "--json"]
        data = ok_json(run_cli(*args))
        amount = Decimal(data["amount"])
        refunded += amount
        if refunded < paid:
            # A partial refund: proportional, rounded half up (DESIGN.md §3).
            assert data["points_reversed"] == half_up(amount / paid * 97)
            assert data["points_returned"] == half_up(amount / paid * 200)
            assert data["status"] == "partly_refunded"
    assert refunded == paid
    assert data["status"] == "refunded"
    assert ledger_sum(db, sale_id=sale["sale_id"]) == 0
    assert member_by_card(db, member["card"]).balance == 300
    [stored] = all_sales(db)
    assert stored.refunded_cents == stored.paid_cents == 9799
    check_ok(run_cli)


def test_refund_more_than_paid_or_twice_is_refused(run_cli, db, member) -> None:
    sale = sell(run_cli, member["card"], "50")
    sale_id = str(sale["sale_id"])
    before = snapshot(db)
    assert_fails(run_cli("refund", sale_id, "50.01"), 1, "50.01", "50.00")
    assert_fails(run_cli("refund", sale_id, "0"), 1, "more than zero")
    assert_fails(run_cli("refund", "999"), 1, "no sale 999")
    assert snapshot(db) == before
    ok_json(run_cli("refund", sale_id, "20", "--json"))
    before = snapshot(db)
    assert_fails(run_cli("refund", sale_id, "30.01"), 1, "30.00")
    assert snapshot(db) == before
    ok_json(run_cli("refund", sale_id, "--json"))
    before = snapshot(db)
    assert_fails(run_cli("refund", sale_id), 1, "already fully refunded")
    assert_fails(run_cli("refund", sale_id, "1"), 1, "already fully refunded")
    assert snapshot(db) == before


def test_refund_of_spent_points_flags_a_negative_balance(run_cli, db, member) -> None:
    big = sell(run_cli, member["card"], "500")
    spend = sell(run_cli, member["card"], "10", "--redeem", "500")  # ¥5 off, earns 5
    assert spend["balance"] == 5
    data = ok_json(run_cli("refund", str(big["sale_id"]), "--json"))
    assert data["points_reversed"] == 500
    assert data["balance"] == -495 and data["flagged"] is True
    assert member_by_card(db, member["card"]).balance == -495
    [row] = ok_json(run_cli("member", "find", member["card"], "--json"))
    assert row["balance"] == -495 and row["flagged"] is True
    check_ok(run_cli)
    text = run_cli("refund", str(spend["sale_id"]), "1")
    assert text.code == 0 and "flagged" in text.out


def test_refund_of_a_walk_in_sale(run_cli, db) -> None:
    sale = sell(run_cli, "-", "30")
    data = ok_json(run_cli("refund", str(sale["sale_id"]), "--json"))
    assert data["balance"] is None and data["flagged"] is False and data["amount"] == "30.00"
    assert ledger(db) == []


# --- adjust -----------------------------------------------------------------------------------


def test_adjust_adds_a_ledger_entry_with_the_reason(run_cli, db, member) -> None:
    data = ok_json(run_cli("adjust", member["card"], "150", "--reason", "生日礼遇", "--json"))
    assert data["points"] == 150 and data["balance"] == 150
    data = ok_json(run_cli("adjust", "13800138000", "-30", "--reason", "typo fix", "--json"))
    assert data["balance"] == 120
    entries = ledger(db)
    assert [(e.kind, e.points, e.note) for e in entries] == [
        ("adjust", 150, "生日礼遇"),
        ("adjust", -30, "typo fix"),
    ]
    assert member_by_card(db, member["card"]).balance == 120
    check_ok(run_cli)


def test_adjust_needs_a_reason_and_a_non_zero_amount(run_cli, db, member) -> None:
    before = snapshot(db)
    assert_fails(run_cli("adjust", member["card"], "0", "--reason", "x"), 1, "zero")
    assert_fails(run_cli("adjust", member["card"], "10", "--reason", "  "), 1, "reason")
    assert_fails(run_cli("adjust", member["card"], "10"), 2, "--reason")
    assert_fails(run_cli("adjust", member["card"], "ten", "--reason", "x"), 2, "ten")
    assert_fails(run_cli("adjust", "13999999999", "10", "--reason", "x"), 1, "no member")
    assert snapshot(db) == before
