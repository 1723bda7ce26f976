"""`loyalty demo` and `loyalty check` through the command line."""

from __future__ import annotations

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

    assert first["members"] == second["members"]
    assert first["sales"] == second["sales"]

    # A refund is dated "a few hours after the sale, but not after now": that instant may
    # differ between the runs, so the ledger is compared without its timestamps.
    def untimed(rows):
        return [{k: v for k, v in row.items() if k != "timestamp"} for row in rows]

    assert untimed(first["ledger"]) == untimed(second["ledger"])
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
