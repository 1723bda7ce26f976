"""`loyalty export members|sales|ledger` (DESIGN.md §5) and the members round trip."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cli_helpers import (
    BOM,
    LEDGER_COLUMNS,
    MEMBER_COLUMNS,
    SALE_COLUMNS,
    all_members,
    all_sales,
    assert_fails,
    enrol,
    enrol_since,
    ok_json,
    read_export,
    sell,
)
from support import snapshot

from loyalty_desktop.services.opening import open_shop


@pytest.fixture
def shop(run_cli, tmp_path) -> dict:
    """Two members enrolled in 2025, a redemption, a partial refund and a walk-in, on known
    dates."""
    since = "2025-12-01 09:00"
    zhang = enrol_since(
        run_cli,
        tmp_path,
        since,
        "张三",
        "13800138000",
        birthday="1990-05-01",
        marketing_consent="yes",
        tags="咖啡;weekend",
    )
    ouyang = enrol_since(run_cli, tmp_path, since, "欧阳娜娜", "+86 139-0000-0001", card="OLD-7")
    ok_json(run_cli("adjust", zhang["card"], "200", "--reason", "开业礼遇", "--json"))
    first = sell(run_cli, zhang["card"], "88.50", "--ref", "小票-1", "--at", "2026-01-05 10:30")
    second = sell(run_cli, zhang["card"], "20", "--redeem", "150", "--at", "2026-01-06 23:59")
    walk_in = sell(run_cli, "-", "5", "--at", "2026-01-07 00:01")
    refund = ok_json(run_cli("refund", str(first["sale_id"]), "8.85", "--json"))
    return {
        "zhang": zhang,
        "ouyang": ouyang,
        "first": first,
        "second": second,
        "walk_in": walk_in,
        "refund": refund,
    }


def export(run_cli, what: str, path) -> list[dict[str, str]]:
    data = ok_json(run_cli("export", what, path, "--json"))
    header, rows = read_export(path)
    contract = {"members": MEMBER_COLUMNS, "sales": SALE_COLUMNS}.get(what, LEDGER_COLUMNS)
    assert header[: len(contract)] == contract  # §5's columns first, in order
    assert header[len(contract) :] == (["tier_discount"] if what == "sales" else [])
    assert data["rows"] == len(rows)
    return rows


def test_export_members(run_cli, tmp_path, shop) -> None:
    rows = export(run_cli, "members", tmp_path / "members.csv")
    zhang, ouyang = rows
    assert zhang["card"] == shop["zhang"]["card"] and zhang["name"] == "张三"
    assert zhang["phone"] == "13800138000" and zhang["birthday"] == "1990-05-01"
    assert zhang["marketing_consent"] == "yes" and zhang["tags"] == "咖啡;weekend"
    assert int(zhang["balance"]) == shop["refund"]["balance"]
    assert zhang["tier"]
    assert ouyang["card"] == "OLD-7" and ouyang["name"] == "欧阳娜娜"
    assert ouyang["phone"] == "13900000001" and ouyang["birthday"] == ""
    assert ouyang["marketing_consent"] == "no" and ouyang["balance"] == "0"


def test_export_sales_money_in_yuan_and_shop_time(run_cli, db, tmp_path, shop) -> None:
    rows = export(run_cli, "sales", tmp_path / "sales.csv")
    first, second, walk_in = rows
    assert first == {
        "sale_id": str(shop["first"]["sale_id"]),
        "receipt": "小票-1",
        "card": shop["zhang"]["card"],
        "timestamp": "2026-01-05 10:30:00",
        "amount": "88.50",
        "points_discount": "0.00",
        "coupon_discount": "0.00",
        "paid": "88.50",
        "refunded": "8.85",
        "status": "partly_refunded",
        "tier_discount": "0.00",
    }
    assert second["timestamp"] == "2026-01-06 23:59:00"
    assert (second["amount"], second["points_discount"], second["paid"]) == (
        "20.00",
        "1.50",
        "18.50",
    )
    assert (walk_in["card"], walk_in["paid"]) == ("", "5.00")
    # A till sale without a receipt number goes out with its UUID, so it can be imported back.
    assert walk_in["receipt"] == all_sales(db)[2].uuid
    assert walk_in["timestamp"] == "2026-01-07 00:01:00"


def test_export_ledger(run_cli, tmp_path, shop) -> None:
    rows = export(run_cli, "ledger", tmp_path / "ledger.csv")
    card, first, second = shop["zhang"]["card"], shop["first"], shop["second"]
    summary = [(r["card"], r["kind"], int(r["points"]), r["sale_id"]) for r in rows]
    assert summary == [
        (card, "adjust", 200, ""),
        (card, "earn", 88, str(first["sale_id"])),
        (card, "redeem", -150, str(second["sale_id"])),
        (card, "earn", 18, str(second["sale_id"])),
        (card, "refund_earn", -9, str(first["sale_id"])),  # 8.85 / 88.50 of 88 points
    ]
    assert rows[0]["note"] == "开业礼遇"
    assert rows[1]["timestamp"] == "2026-01-05 10:30:00"
    assert len({r["entry_id"] for r in rows}) == len(rows)
    assert sum(int(r["points"]) for r in rows) == shop["refund"]["balance"]


def test_export_writes_nothing_to_the_database_and_replaces_the_file(
    run_cli, db, tmp_path, shop
) -> None:
    before = snapshot(db)
    path = tmp_path / "sales.csv"
    path.write_text("old content that is longer than nothing\n" * 100, encoding="utf-8")
    export(run_cli, "sales", path)
    assert snapshot(db) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_export_of_an_empty_shop_has_the_header_only(run_cli, tmp_path) -> None:
    for what in ("members", "sales", "ledger"):
        path = tmp_path / f"{what}.csv"
        assert ok_json(run_cli("export", what, path, "--json"))["rows"] == 0
        assert read_export(path)[1] == []


def test_export_to_a_folder_is_one_clear_error(run_cli, tmp_path, shop) -> None:
    assert_fails(run_cli("export", "members", tmp_path), 1, str(tmp_path))
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert_fails(run_cli("export", "members", blocked / "members.csv"), 1, "members.csv")


def test_members_round_trip_into_a_fresh_shop(run_cli, db, tmp_path, shop) -> None:
    enrol(run_cli, "Zoë O'Neil, Jr.", "+44 20 7946 0958", "--tags", "tourist")
    path = tmp_path / "members.csv"
    export(run_cli, "members", path)
    assert path.read_bytes().startswith(BOM)
    fresh = tmp_path / "fresh.db"
    report = ok_json(run_cli("import", "members", path, "--json", db_file=fresh))
    assert report["imported"] == 3
    assert report["unknown_columns"] == ["tier"]  # balance is the opening points

    fresh_db = open_shop(f"sqlite:///{fresh}", till_id="till-test")
    try:
        copied = all_members(fresh_db)
    finally:
        fresh_db.dispose()
    original = all_members(db)

    def person(m):
        return (m.card, m.name, m.phone, m.birthday, m.marketing_consent, m.tags, m.balance)

    assert [person(m) for m in copied] == [person(m) for m in original]
    for old, new in zip(original, copied, strict=True):
        # enrolled_at travels in shop time to the second
        assert abs(new.enrolled_at - old.enrolled_at) < timedelta(seconds=1)
