"""`loyalty demo` and `loyalty check` through the command line."""

from __future__ import annotations

import pytest
from cli_helpers import all_members, all_sales, assert_fails, enrol, ok_json, read_export
from sqlalchemy import text
from support import snapshot

DEMO = ("demo", "--members", "40", "--months", "3", "--seed", "7")


def test_demo_is_consistent_and_check_is_green(run_cli, db) -> None:
    summary = ok_json(run_cli(*DEMO, "--json"))
    assert summary["members"] == 40
    members, sales = all_members(db), all_sales(db)
    assert len(members) == 40 and len(sales) == summary["sales"]
    assert sum(s.member_id is None for s in sales) == summary["walk_in_sales"]
    assert sum(s.points_redeemed > 0 for s in sales) == summary["redemptions"]
    assert sum(s.refunded_cents > 0 for s in sales) == summary["refunds"]
    assert summary["redemptions"] > 0 and summary["refunds"] > 0  # the seed exercises both
    check = run_cli("check", "--json")
    assert check.code == 0, check.out
    assert check.json() == {"ok": True, "problems": []}
    human = run_cli("check")
    assert human.code == 0 and human.out.strip() == "All checks passed." and human.err == ""
    full = run_cli("check", "--full")  # the engine's index-by-index check as well
    assert full.code == 0 and full.out.strip() == "All checks passed."


def test_check_names_the_member_whose_cached_balance_is_wrong(run_cli, db) -> None:
    ok_json(run_cli(*DEMO, "--json"))
    victim = next(m for m in all_members(db) if m.balance > 0)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE member SET balance = balance + 1 WHERE id = :id"), {"id": victim.id}
        )
    result = run_cli("check")
    assert_fails(result, 1, "1 invariant")
    assert victim.card in result.out
    as_json = run_cli("check", "--json")
    assert as_json.code == 1
    report = as_json.json()["error"]
    assert report["code"] == "check_failed"
    [problem] = report["problems"]
    assert {"check", "subject", "detail"} <= set(problem)
    assert victim.card in problem["subject"]
    assert str(victim.balance + 1) in problem["detail"] and str(victim.balance) in problem["detail"]


def test_check_names_a_sale_whose_money_does_not_add_up(run_cli, db) -> None:
    member = enrol(run_cli, "张三", "13800138000")
    sale = ok_json(run_cli("sale", member["card"], "20", "--json"))
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE sale SET refunded_cents = 500 WHERE id = :id"), {"id": sale["sale_id"]}
        )
    result = run_cli("check", "--json")
    assert result.code == 1
    problems = result.json()["error"]["problems"]
    assert [p["subject"] for p in problems if p["check"] != "rollup"] == [f"sale {sale['sale_id']}"]
    # The report's monthly sums no longer match the tampered sale either.
    assert {p["subject"].split()[0] for p in problems if p["check"] == "rollup"} == {
        "shop",
        "members",
    }


def test_check_on_an_empty_shop_is_green(run_cli) -> None:
    assert ok_json(run_cli("check", "--json")) == {"ok": True, "problems": []}


def _exports(run_cli, db_file, folder) -> dict[str, list[dict[str, str]]]:
    found = {}
    for what in ("members", "sales", "ledger"):
        path = folder / f"{what}.csv"
        ok_json(run_cli("export", what, path, "--json", db_file=db_file))
        found[what] = read_export(path)[1]
    return found


def test_demo_is_reproducible_for_a_seed(run_cli, tmp_path) -> None:
    first_db, second_db, other_db = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    for db_file in (first_db, second_db):
        ok_json(run_cli(*DEMO, "--json", db_file=db_file))
    ok_json(run_cli(*DEMO[:-1], "8", "--json", db_file=other_db))
    first = _exports(run_cli, first_db, tmp_path / "a")
    second = _exports(run_cli, second_db, tmp_path / "b")
    other = _exports(run_cli, other_db, tmp_path / "c")

    def without(rows, column):  # type: ignore[no-untyped-def]
        return [{k: v for k, v in row.items() if k != column} for row in rows]

    assert first["members"] == second["members"]
    # A till sale goes out with its UUID (random) as its receipt.
    assert without(first["sales"], "receipt") == without(second["sales"], "receipt")
    # A refund is dated "a few hours after the sale, but not after now": that instant may
    # differ between the runs, so the ledger is compared without its timestamps.
    assert without(first["ledger"], "timestamp") == without(second["ledger"], "timestamp")
    # ...and the comparison can tell shops apart: another seed gives other people.
    names = {(m["card"], m["name"]) for m in first["members"]}
    assert names.isdisjoint({(m["card"], m["name"]) for m in other["members"]})
    assert [s["amount"] for s in first["sales"]] != [s["amount"] for s in other["sales"]]


def test_demo_refuses_a_shop_with_data(run_cli, db) -> None:
    enrol(run_cli, "张三", "13800138000")
    before = snapshot(db)
    assert_fails(run_cli(*DEMO), 1, "already has data")
    assert_fails(run_cli("demo", "--members", "0"), 2, "--members", "between 1 and")
    assert snapshot(db) == before


def test_demo_coupons_are_issued_before_they_are_redeemed(run_cli, db) -> None:
    summary = ok_json(run_cli(*DEMO, "--json"))
    with db.engine.connect() as conn:
        redeemed = conn.execute(
            text("SELECT issued_at, valid_from, redeemed_at FROM coupon WHERE sale_id IS NOT NULL")
        ).all()
    assert len(redeemed) == summary["coupons_redeemed"] > 0
    assert all(issued <= at and start <= at for issued, start, at in redeemed)
    assert ok_json(run_cli("check", "--json")) == {"ok": True, "problems": []}


@pytest.mark.sqlite_only("rewrites dates with SQLite's strftime")
@pytest.mark.parametrize(
    ("column", "shift"),
    [("issued_at", "+1 day"), ("valid_from", "+1 day"), ("expires_at", "-40 days")],
)
def test_check_names_a_coupon_redeemed_outside_its_dates(run_cli, db, column, shift) -> None:
    """A coupon redeemed before it was issued or valid, or after it expired."""
    member = enrol(run_cli, "张三", "13800138000")
    template = ok_json(
        run_cli(
            "coupons", "template", "add", "--name", "T", "--kind", "fixed", "--value", "5", "--json"
        )
    )
    [coupon] = ok_json(
        run_cli(
            "coupons",
            "issue",
            "--template",
            template["template_id"],
            "--member",
            member["card"],
            "--json",
        )
    )["coupons"]
    ok_json(run_cli("sale", member["card"], "20", "--coupon", coupon["code"], "--json"))
    assert ok_json(run_cli("check", "--json"))["ok"] is True
    shifted = f"strftime('%Y-%m-%d %H:%M:%f000', {column}, :shift)"  # datetimes are text
    with db.engine.begin() as conn:
        conn.execute(text(f"UPDATE coupon SET {column} = {shifted}"), {"shift": shift})
    result = run_cli("check", "--json")
    assert result.code == 1
    [problem] = result.json()["error"]["problems"]
    assert (problem["check"], problem["subject"]) == ("coupon", coupon["code"].replace("-", ""))
    assert "outside issued" in problem["detail"]
