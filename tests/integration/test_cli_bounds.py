"""Numbers and dates out of any sane range: one clear line, exit 1, the database unchanged,
and `check` still green (DESIGN.md §3 "Bounds", §5)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import all_sales, assert_fails, enrol, enrol_since, ok_json, sell
from support import snapshot

INT64_MAX = "9223372036854775807"


@pytest.fixture
def card(run_cli) -> str:
    return enrol(run_cli, "Neg", "13500000001")["card"]


def refused(run_cli, db, *args: str, says: str) -> None:
    run_cli("check")  # a shop with its owner, as after any first command
    before = snapshot(db)
    assert_fails(run_cli(*args), 1, says)
    assert snapshot(db) == before
    assert ok_json(run_cli("check", "--json"))["ok"] is True


def test_an_adjustment_of_int64_max_points_is_refused(run_cli, db, card) -> None:
    refused(run_cli, db, "adjust", card, INT64_MAX, "--reason", "x", says="points")
    assert sell(run_cli, card, "10")["balance"] == 10  # and the shop goes on


def test_an_amount_above_one_million_yuan_is_refused(run_cli, db, card) -> None:
    refused(run_cli, db, "sale", card, "1000000.01", "--yes", says="more than ¥1,000,000.00")


def test_a_points_coupon_of_int64_max_is_refused(run_cli, db) -> None:
    args = ("coupons", "template", "add", "--name", "Huge", "--kind", "points")
    refused(run_cli, db, *args, "--value", INT64_MAX, says="value")


def test_an_opening_balance_of_int64_max_is_refused(run_cli, db, tmp_path) -> None:
    path = tmp_path / "members.csv"
    path.write_text(f"name,phone,points\nBig,13600000001,{INT64_MAX}\n", encoding="utf-8")
    run_cli("check")
    before = snapshot(db)
    result = run_cli("import", "members", path)
    assert result.code == 1 and "line 2, column points" in result.out
    assert snapshot(db) == before


def test_rules_with_rfm_thresholds_of_1e30_are_refused(run_cli, db, tmp_path) -> None:
    document = run_cli("rules", "show", "--json").json()
    document["rfm"]["monetary_cents"] = [10**30, 10**29, 10**28, 1]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    refused(run_cli, db, "rules", "set", path, says="rfm.monetary_cents: four thresholds")
    assert ok_json(run_cli("report", "monthly", "--month", "2026-01", "--json"))


def test_the_sales_limits_round_trip_through_rules_show_and_set(run_cli, tmp_path) -> None:
    document = run_cli("rules", "show", "--json").json()
    assert document["sales"] == {
        "confirm_above_cents": 500_000,
        "cashier_refund_limit_cents": 10_000,
        "cashier_refunds_today_only": True,
    }
    document["sales"] = {
        "confirm_above_cents": 20_000,
        "cashier_refund_limit_cents": 5_000,
        "cashier_refunds_today_only": False,
    }
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run_cli("rules", "set", path).code == 0
    assert run_cli("rules", "show", "--json").json() == document


# --- a sale above the owner's threshold ---------------------------------------------------------


def test_a_large_sale_needs_yes(run_cli, db, card) -> None:
    refused(run_cli, db, "sale", card, "5000.01", says="a sale of ¥5000.01 is above ¥5000.00")
    data = sell(run_cli, card, "5000.01", "--yes")
    assert data["paid"] == "5000.01"
    assert sell(run_cli, card, "5000.00")["paid"] == "5000.00"  # at the threshold: no question
    assert len(all_sales(db)) == 2


# --- dates --------------------------------------------------------------------------------------


def test_a_sale_at_year_one_is_refused(run_cli, db, card) -> None:
    refused(run_cli, db, "sale", card, "10", "--at", "0001-01-01T00:00", says="1900-01-01 and 2200")


def test_expire_as_of_9999_is_refused(run_cli, db) -> None:
    refused(run_cli, db, "expire", "--as-of", "9999-12-31", says="as-of: '9999-12-31' is not")


def test_a_monthly_report_for_year_one_is_refused(run_cli, db) -> None:
    refused(run_cli, db, "report", "monthly", "--month", "0001-01", says="month: '0001-01'")


def test_a_back_dated_sale_before_the_enrolment_is_refused(run_cli, db, tmp_path) -> None:
    member = enrol_since(run_cli, tmp_path, "2026-03-01 09:00", "Li", "13700000001")
    args = ("sale", member["card"], "10", "--at")
    refused(run_cli, db, *args, "2026-03-01 08:59", says="at: is before the member enrolled")
    assert sell(run_cli, member["card"], "10", "--at", "2026-03-01 09:00")["balance"] == 10


def test_import_timestamps_outside_1900_to_2200_are_refused_by_row(run_cli, db, tmp_path) -> None:
    members = tmp_path / "members.csv"
    members.write_text("name,phone,enrolled_at\nOld,13600000001,0001-01-01\n", encoding="utf-8")
    sales = tmp_path / "sales.csv"
    sales.write_text(
        "receipt,card,phone,timestamp,amount\nR1,,,9999-12-31 10:00,10.00\n", encoding="utf-8"
    )
    run_cli("check")
    before = snapshot(db)
    for what, path, column in (("members", members, "enrolled_at"), ("sales", sales, "timestamp")):
        result = run_cli("import", what, path)
        assert result.code == 1 and f"line 2, column {column}: " in result.out, result.out
        assert "is not between 1900-01-01 and 2200-12-31" in result.out
    assert snapshot(db) == before


@pytest.mark.parametrize("command", ["expire", "housekeeping"])
def test_a_future_as_of_day_is_refused_not_taken_as_now(run_cli, db, command) -> None:
    tomorrow = (datetime.now(ZoneInfo("Asia/Shanghai")) + timedelta(days=2)).date()
    refused(run_cli, db, command, "--as-of", str(tomorrow), says=f"{tomorrow} is in the future")
