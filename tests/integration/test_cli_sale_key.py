"""`loyalty sale --key`: a retried command never rings a sale up twice."""

from __future__ import annotations

import uuid

from cli_helpers import all_sales, assert_fails, enrol, ledger, sell
from support import snapshot


def test_the_same_key_twice_gives_the_same_sale(run_cli, db) -> None:
    zhang = enrol(run_cli, "张三", "13800138000")
    key = str(uuid.uuid4())
    first = sell(run_cli, zhang["card"], "88.00", "--key", key)
    again = sell(run_cli, zhang["card"], "88.00", "--key", key)
    assert again["sale_id"] == first["sale_id"]
    assert again["points_earned"] == first["points_earned"] == 88
    assert again["balance"] == 88
    assert [s.uuid for s in all_sales(db)] == [key]
    assert [e.points for e in ledger(db, kind="earn")] == [88]


def test_a_reused_or_malformed_key_is_refused(run_cli, db) -> None:
    zhang = enrol(run_cli, "张三", "13800138000")
    key = str(uuid.uuid4())
    first = sell(run_cli, zhang["card"], "88.00", "--key", key)
    before = snapshot(db)
    line = assert_fails(run_cli("sale", zhang["card"], "99.00", "--key", key), 1, "amount")
    assert f"sale {first['sale_id']}" in line and "new key" in line
    assert_fails(run_cli("sale", "-", "88.00", "--key", key), 1, "member")
    assert_fails(run_cli("sale", "-", "5", "--key", "not-a-uuid"), 1, "key", "not a UUID")
    assert snapshot(db) == before
