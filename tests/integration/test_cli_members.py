"""`loyalty init`, `member add` and `member find` through the command line."""

from __future__ import annotations

from datetime import date

import pytest
from cli_helpers import (
    assert_fails,
    enrol,
    enrol_since,
    luhn_ok,
    member_by_card,
    mistype,
    ok_json,
    sell,
)
from sqlalchemy import inspect
from support import snapshot

from loyalty_desktop.store.db import head_revision


@pytest.mark.sqlite_only("creates a SQLite file")
def test_init_creates_the_schema_and_is_repeatable(run_cli, tmp_path) -> None:
    first = ok_json(run_cli("init", "--json"))
    assert first["revision"] == head_revision()
    assert (tmp_path / "shop.db").exists()
    again = run_cli("init")
    assert again.code == 0 and "Database ready" in again.out and again.err == ""


def test_init_creates_the_tables_the_services_need(run_cli, db) -> None:
    assert run_cli("init").code == 0
    tables = set(inspect(db.engine).get_table_names())
    assert {"member", "sale", "refund", "points_entry", "staff", "audit_entry"} <= tables


def test_member_add_generates_a_valid_card(run_cli, db) -> None:
    data = enrol(
        run_cli,
        "张三",
        "13800138000",
        "--birthday",
        "1990-05-01",
        "--consent",
        "--tags",
        "coffee;weekend",
    )
    assert isinstance(data["id"], int)
    card = data["card"]
    assert len(card) == 12 and card.isdigit() and card.startswith("8") and luhn_ok(card)
    assert data["name"] == "张三" and data["phone"] == "13800138000"
    stored = member_by_card(db, card)
    assert stored.id == data["id"]
    assert stored.birthday == date(1990, 5, 1)
    assert stored.marketing_consent is True
    assert stored.tags == "coffee;weekend"
    assert stored.balance == 0


def test_each_member_gets_a_different_card(run_cli) -> None:
    cards = {enrol(run_cli, f"会员{i}", f"1390000000{i}")["card"] for i in range(5)}
    assert len(cards) == 5 and all(luhn_ok(c) for c in cards)


def test_duplicate_phone_written_differently_is_refused(run_cli, db) -> None:
    first = enrol(run_cli, "张三", "+86 138-0013-8000")
    assert first["phone"] == "13800138000"
    before = snapshot(db)
    result = run_cli("member", "add", "--name", "李四", "--phone", "13800138000", "--json")
    line = assert_fails(result, 1, first["card"])
    assert "张三" in line
    assert result.json()["error"]["code"] == "duplicate_member"  # the error document
    assert snapshot(db) == before


def test_legacy_card_is_kept_exactly_and_found_again(run_cli, db) -> None:
    data = enrol(run_cli, "王五", "13900000001", "--card", "VIP-000123")
    assert data["card"] == "VIP-000123"
    found = ok_json(run_cli("member", "find", "VIP-000123", "--json"))
    assert [m["id"] for m in found] == [data["id"]]
    before = snapshot(db)
    again = run_cli("member", "add", "--name", "赵六", "--card", "VIP-000123")
    assert_fails(again, 1, "VIP-000123")
    assert snapshot(db) == before


def test_referrer_is_recorded_by_card_or_phone(run_cli, db) -> None:
    referrer = enrol(run_cli, "老顾客", "13900000001")
    by_card = enrol(run_cli, "新顾客甲", "13900000002", "--referrer", referrer["card"])
    by_phone = enrol(run_cli, "新顾客乙", "13900000003", "--referrer", "139-0000-0001")
    assert member_by_card(db, by_card["card"]).referred_by_id == referrer["id"]
    assert member_by_card(db, by_phone["card"]).referred_by_id == referrer["id"]


def test_unknown_referrer_is_refused_and_nothing_is_enrolled(run_cli, db) -> None:
    enrol(run_cli, "老顾客", "13900000001")
    before = snapshot(db)
    result = run_cli("member", "add", "--name", "新顾客", "--referrer", "13999999999")
    assert_fails(result, 1, "13999999999")
    assert snapshot(db) == before


def test_member_add_refuses_bad_input(run_cli, db) -> None:
    run_cli("init")
    before = snapshot(db)
    assert_fails(run_cli("member", "add", "--name", "  ", "--phone", "13900000001"), 1, "name")
    assert_fails(run_cli("member", "add", "--name", "甲", "--phone", "12ab"), 1, "phone")
    assert_fails(
        run_cli("member", "add", "--name", "甲", "--birthday", "1990-02-30"), 1, "birthday"
    )
    assert_fails(run_cli("member", "add", "--name", "甲", "--birthday", "2199-01-01"), 1, "future")
    too_late = run_cli("member", "add", "--name", "甲", "--birthday", "2999-01-01")
    assert_fails(too_late, 1, "not between 1900-01-01 and 2200-12-31")
    assert snapshot(db) == before


def _find(run_cli, query: str) -> list[dict]:
    return ok_json(run_cli("member", "find", query, "--json"))


def test_member_find_by_card_phone_last4_and_name(run_cli) -> None:
    zhang = enrol(run_cli, "张三", "13800138000")
    zhang_feng = enrol(run_cli, "张三丰", "13900001234")
    li = enrol(run_cli, "李四", "13700008000")
    assert [m["id"] for m in _find(run_cli, zhang["card"])] == [zhang["id"]]
    assert [m["id"] for m in _find(run_cli, "13900001234")] == [zhang_feng["id"]]
    assert [m["id"] for m in _find(run_cli, "+86 139 0000 1234")] == [zhang_feng["id"]]
    assert {m["id"] for m in _find(run_cli, "8000")} == {zhang["id"], li["id"]}
    assert {m["id"] for m in _find(run_cli, "张三")} == {zhang["id"], zhang_feng["id"]}
    assert [m["id"] for m in _find(run_cli, "三丰")] == [zhang_feng["id"]]
    assert _find(run_cli, "王") == []


def test_member_find_json_fields(run_cli, tmp_path) -> None:
    zhang = enrol_since(run_cli, tmp_path, "2025-12-01 09:00", "张三", "13800138000")
    sell(run_cli, zhang["card"], "88.50", "--at", "2026-01-05 10:30")
    [row] = _find(run_cli, "张三")
    assert {"id", "card", "name", "phone", "balance", "tier", "last_visit"} <= set(row)
    assert row["id"] == zhang["id"] and row["card"] == zhang["card"]
    assert row["name"] == "张三" and row["phone"] == "13800138000"
    assert row["balance"] == 88
    assert isinstance(row["tier"], str) and row["tier"]
    # The last visit is shown in shop time (Asia/Shanghai by default).
    assert row["last_visit"].startswith("2026-01-05T10:30:00")
    assert row["last_visit"].endswith("+08:00")


def test_member_find_never_visited_and_text_output(run_cli) -> None:
    zhang = enrol(run_cli, "张三", "13800138000")
    [row] = _find(run_cli, "张三")
    assert row["last_visit"] is None and row["balance"] == 0
    text = run_cli("member", "find", "张三")
    assert text.code == 0 and zhang["card"] in text.out and "张三" in text.out
    none = run_cli("member", "find", "nobody")
    assert none.code == 0 and "No member found" in none.out


def test_member_find_with_a_mistyped_card_says_so(run_cli) -> None:
    card = enrol(run_cli, "张三", "13800138000")["card"]
    assert_fails(run_cli("member", "find", mistype(card)), 1, "check digit")
