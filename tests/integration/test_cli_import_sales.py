"""`loyalty import sales` (DESIGN.md §5): matching members, duplicates, points, times, amounts."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import (
    all_members,
    all_sales,
    assert_fails,
    enrol,
    ledger,
    luhn_ok,
    member_by_card,
    mistype,
    ok_json,
    problem_lines,
    sell,
)
from sqlalchemy import text
from support import snapshot

SHOP = ZoneInfo("Asia/Shanghai")
HEADER = "receipt,card,phone,timestamp,amount\n"


def write(path, text: str, encoding: str = "utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def zhang(run_cli) -> dict:
    return enrol(run_cli, "张三", "13800138000")


def check_ok(run_cli) -> None:
    assert ok_json(run_cli("check", "--json")) == {"ok": True, "problems": []}


def by_receipt(db) -> dict:
    return {s.receipt: s for s in all_sales(db)}


def test_members_matched_by_card_or_phone_and_walk_ins(run_cli, db, tmp_path, zhang) -> None:
    li = enrol(run_cli, "李四", "13900000001")
    path = write(
        tmp_path / "sales.csv",
        HEADER + f"R1,{zhang['card']},,2026-01-05 10:30,12.50\n"
        "R2,,+86 139-0000-0001,2026-01-05 11:00,30\n"
        f"R3,{li['card']},13900000001,2026-01-06 09:00,7.99\n"
        "R4,,,2026-01-06 09:05,100.00\n",
    )
    report = ok_json(run_cli("import", "sales", path, "--json"))
    assert report["imported"] == 4 and report["ok"] is True
    assert report["points_awarded"] == 12 + 30 + 7
    sales = by_receipt(db)
    assert sales["R1"].member_id == zhang["id"] and sales["R1"].points_earned == 12
    assert sales["R2"].member_id == li["id"] and sales["R2"].points_earned == 30
    assert sales["R3"].member_id == li["id"] and sales["R3"].paid_cents == 799
    assert sales["R4"].member_id is None and sales["R4"].points_earned == 0
    assert member_by_card(db, zhang["card"]).balance == 12
    assert member_by_card(db, li["card"]).balance == 37
    assert sorted((e.sale_id, e.kind, e.points) for e in ledger(db)) == sorted(
        [(sales["R1"].id, "earn", 12), (sales["R2"].id, "earn", 30), (sales["R3"].id, "earn", 7)]
    )
    check_ok(run_cli)
    # An imported sale is a sale like any other: it can be refunded at the till.
    refund = ok_json(run_cli("refund", str(sales["R2"].id), "--json"))
    assert refund["points_reversed"] == 30 and refund["balance"] == 7
    check_ok(run_cli)


def test_card_and_phone_of_different_members_is_an_error(run_cli, db, tmp_path, zhang) -> None:
    enrol(run_cli, "李四", "13900000001")
    path = write(
        tmp_path / "s.csv", HEADER + f"R1,{zhang['card']},13900000001,2026-01-05 10:30,5\n"
    )
    before = snapshot(db)
    result = run_cli("import", "sales", path)
    assert_fails(result, 1)
    assert problem_lines(result.out) == {2: "phone"}
    assert snapshot(db) == before


def test_unknown_members_are_errors_unless_created(run_cli, db, tmp_path, zhang) -> None:
    path = write(
        tmp_path / "s.csv",
        HEADER + "R1,OLD-77,,2026-01-05 10:30,25\n"
        "R2,,13900000099,2026-01-05 11:30,10\n"
        "R3,OLD-77,,2026-01-06 10:30,5\n",
    )
    before = snapshot(db)
    result = run_cli("import", "sales", path)
    assert_fails(result, 1, "3 bad row")
    assert problem_lines(result.out) == {2: "card", 3: "phone", 4: "card"}
    assert "OLD-77" in result.out and "13900000099" in result.out
    assert snapshot(db) == before

    report = ok_json(run_cli("import", "sales", path, "--create-members", "--json"))
    assert report["members_created"] == 2 and report["imported"] == 3
    old = member_by_card(db, "OLD-77")
    assert old.balance == 30
    assert old.enrolled_at == datetime(2026, 1, 5, 10, 30, tzinfo=SHOP)  # at the first sale
    by_phone = next(m for m in all_members(db) if m.phone == "13900000099")
    assert by_phone.balance == 10 and luhn_ok(by_phone.card)
    check_ok(run_cli)


def test_a_mistyped_card_is_never_enrolled(run_cli, db, tmp_path, zhang) -> None:
    typo = mistype(zhang["card"])
    path = write(tmp_path / "s.csv", HEADER + f"R1,{typo},,2026-01-05 10:30,25\n")
    before = snapshot(db)
    result = run_cli("import", "sales", path, "--create-members")
    assert_fails(result, 1)
    assert problem_lines(result.out) == {2: "card"}
    assert "check digit" in result.out
    assert snapshot(db) == before


def test_duplicate_receipts_in_the_database_and_in_the_file(run_cli, db, tmp_path, zhang) -> None:
    sell(run_cli, zhang["card"], "10", "--ref", "R1")
    path = write(
        tmp_path / "s.csv",
        HEADER + "R1,,,2026-01-05 10:30,5\n"
        "R2,,,2026-01-05 10:31,6\n"
        "R3,,,2026-01-05 10:32,7\n"
        "R2,,,2026-01-05 10:33,8\n",
    )
    before = snapshot(db)
    result = run_cli("import", "sales", path, "--json", "--progress")
    assert result.code == 1
    report = result.json()
    assert {p["line"]: p["column"] for p in report["problems"]} == {
        2: "receipt",
        3: "receipt",
        5: "receipt",
    }
    assert snapshot(db) == before
    report = ok_json(run_cli("import", "sales", path, "--skip-bad", "--json"))
    assert report["imported"] == 1
    assert sorted(by_receipt(db)) == ["R1", "R3"]


def test_importing_the_same_file_twice_changes_nothing(run_cli, db, tmp_path, zhang) -> None:
    path = write(
        tmp_path / "s.csv",
        HEADER + f"R1,{zhang['card']},,2026-01-05 10:30,12.50\nR2,,,2026-01-05 11:00,3\n",
    )
    ok_json(run_cli("import", "sales", path, "--json"))
    after_first = snapshot(db)
    again = run_cli("import", "sales", path)
    assert_fails(again, 1, "2 bad row")
    assert problem_lines(again.out) == {2: "receipt", 3: "receipt"}
    assert "already recorded" in again.out
    assert snapshot(db) == after_first
    skipping = ok_json(run_cli("import", "sales", path, "--skip-bad", "--json"))
    assert skipping["imported"] == 0 and skipping["points_awarded"] == 0
    assert snapshot(db) == after_first
    assert member_by_card(db, zhang["card"]).balance == 12


def test_no_points_option(run_cli, db, tmp_path, zhang) -> None:
    path = write(tmp_path / "s.csv", HEADER + f"R1,{zhang['card']},,2026-01-05 10:30,99\n")
    report = ok_json(run_cli("import", "sales", path, "--no-points", "--json"))
    assert report["imported"] == 1 and report["points_awarded"] == 0
    [sale] = all_sales(db)
    assert sale.member_id == zhang["id"] and sale.points_earned == 0 and sale.paid_cents == 9900
    assert ledger(db) == [] and member_by_card(db, zhang["card"]).balance == 0
    check_ok(run_cli)


def test_timestamps_iso_8601_and_shop_time(run_cli, db, tmp_path) -> None:
    path = write(
        tmp_path / "s.csv",
        HEADER + "A,,,2026-01-05 10:30,1\n"
        "B,,,2026-01-05 10:30:15,1\n"
        "C,,,2026-01-05T10:30:00+08:00,1\n"
        "D,,,2026-01-05T02:30:00Z,1\n"
        "E,,,2026-01-05T03:30:00+01:00,1\n"
        "F,,,2026-07-01T10:30,1\n",
    )
    ok_json(run_cli("import", "sales", path, "--json"))
    sales = by_receipt(db)
    at = datetime(2026, 1, 5, 10, 30, tzinfo=SHOP)
    assert sales["A"].created_at == at
    assert sales["B"].created_at == at + timedelta(seconds=15)
    assert sales["C"].created_at == sales["D"].created_at == sales["E"].created_at == at
    assert sales["F"].created_at == datetime(2026, 7, 1, 10, 30, tzinfo=SHOP)


def test_bad_timestamps_are_errors(run_cli, db, tmp_path) -> None:
    future = (datetime.now(SHOP) + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    path = write(
        tmp_path / "s.csv",
        HEADER + "A,,,05/01/2026 10:30,1\nB,,,,1\nC,,,2026-02-30 10:00,1\n"
        f"D,,,{future},1\nE,,,2026-01-05 10:30,1\n",
    )
    run_cli("init")
    before = snapshot(db)
    result = run_cli("import", "sales", path)
    assert_fails(result, 1, "4 bad row")
    assert problem_lines(result.out) == {
        2: "timestamp",
        3: "timestamp",
        4: "timestamp",
        5: "timestamp",
    }
    assert "future" in result.out
    assert snapshot(db) == before


def test_amounts_with_up_to_two_decimals(run_cli, db, tmp_path) -> None:
    path = write(
        tmp_path / "s.csv",
        HEADER + "A,,,2026-01-05 10:30,12\nB,,,2026-01-05 10:30,12.5\n"
        "C,,,2026-01-05 10:30,12.05\nD,,,2026-01-05 10:30,¥8.80\n",
    )
    ok_json(run_cli("import", "sales", path, "--json"))
    assert {r: s.amount_cents for r, s in by_receipt(db).items()} == {
        "A": 1200,
        "B": 1250,
        "C": 1205,
        "D": 880,
    }


def test_bad_amounts_are_errors(run_cli, db, tmp_path) -> None:
    path = write(
        tmp_path / "s.csv",
        HEADER + "A,,,2026-01-05 10:30,1.234\nB,,,2026-01-05 10:30,-3\n"
        "C,,,2026-01-05 10:30,0\nD,,,2026-01-05 10:30,abc\nE,,,2026-01-05 10:30,\n"
        'F,,,2026-01-05 10:30,"10,00"\n',  # a decimal comma: not guessed
    )
    run_cli("init")
    before = snapshot(db)
    result = run_cli("import", "sales", path)
    assert_fails(result, 1, "6 bad row")
    assert problem_lines(result.out) == dict.fromkeys(range(2, 8), "amount")
    assert "more than two decimals" in result.out
    assert snapshot(db) == before


def test_a_receipt_is_required(run_cli, db, tmp_path) -> None:
    path = write(tmp_path / "s.csv", HEADER + ",,,2026-01-05 10:30,5\n")
    run_cli("init")
    before = snapshot(db)
    result = run_cli("import", "sales", path)
    assert_fails(result, 1)
    assert problem_lines(result.out) == {2: "receipt"}
    assert snapshot(db) == before


def test_gbk_sales_file(run_cli, db, tmp_path, zhang) -> None:
    path = write(
        tmp_path / "s.csv",
        f"receipt,card,phone,timestamp,amount,备注\n小票-1,{zhang['card']},,2026-01-05 10:30,9\n",
        "gbk",
    )
    report = ok_json(run_cli("import", "sales", path, "--json"))
    assert report["unknown_columns"] == ["备注"]
    assert list(by_receipt(db)) == ["小票-1"]


def _big_file(path, rows: int, card: str):
    lines = [HEADER]
    start = datetime(2025, 6, 1, 9, 0)
    for i in range(rows):
        who = card if i % 3 == 0 else ""
        at = (start + timedelta(minutes=7 * i)).strftime("%Y-%m-%d %H:%M")
        lines.append(f"B{i:05d},{who},,{at},{1 + i % 50}.{i % 100:02d}\n")
    return write(path, "".join(lines))


def test_progress_on_stderr_for_a_large_file(run_cli, db, tmp_path, zhang) -> None:
    rows = 3000
    path = _big_file(tmp_path / "big.csv", rows, zhang["card"])
    result = run_cli("import", "sales", path, "--progress")
    assert result.code == 0, result.err
    assert f"Imported {rows} of {rows}" in result.out
    percents = [int(p) for p in re.findall(r"^Importing sales: (\d+)%$", result.err, re.M)]
    assert len(percents) >= 3 and percents == sorted(percents) and percents[-1] == 100
    assert len(all_sales(db)) == rows
    expected = sum(1 + i % 50 for i in range(0, rows, 3))  # whole yuan of the member's sales
    assert member_by_card(db, zhang["card"]).balance == expected
    check_ok(run_cli)


def test_no_progress_with_json(run_cli, tmp_path, zhang) -> None:
    path = _big_file(tmp_path / "big.csv", 1500, zhang["card"])
    result = run_cli("import", "sales", path, "--json", "--progress")
    assert ok_json(result)["imported"] == 1500
    assert result.err == ""


def test_a_large_failing_import_ends_stderr_with_its_one_error_line(run_cli, db, tmp_path) -> None:
    path = _big_file(tmp_path / "big.csv", 1500, "")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("BAD-1,,,2026-01-05 10:30,1.001\n")
    run_cli("init")
    before = snapshot(db)
    plain = run_cli("import", "sales", path)
    assert_fails(plain, 1, "1 bad row")  # no progress off a terminal unless asked
    dry = run_cli("import", "sales", path, "--dry-run", "--progress")
    assert dry.code == 1 and "Would import 1500 of 1501" in dry.out
    *progress, last = dry.err.splitlines()
    assert last.startswith("loyalty: error: ") and "1 bad row" in last
    assert progress and all(re.fullmatch(r"Importing sales: \d+%", p) for p in progress)
    assert snapshot(db) == before


def test_an_anonymised_member_takes_no_imported_sales(run_cli, db, tmp_path, zhang) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE member SET status = 'anonymised', phone = NULL"))
    path = write(tmp_path / "s.csv", HEADER + f"R1,{zhang['card']},,2026-01-05 10:30,25\n")
    before = snapshot(db)
    for extra in ((), ("--create-members",)):
        result = run_cli("import", "sales", path, *extra)
        assert_fails(result, 1, "1 bad row")
        assert problem_lines(result.out) == {2: "card"}
        assert snapshot(db) == before


def test_chinese_headers_excel_times_and_grouped_amounts(run_cli, db, tmp_path, zhang) -> None:
    path = write(
        tmp_path / "s.csv",
        "小票号,手机,时间,金额\n"
        'A,13800138000,2026/1/22 9:15,"1,280.00"\n'
        "B,,2026/1/2 09:05:30,88.5\n"
        'C,,2026-01-05 10:30,"123,456.78"\n',
        "gbk",
    )
    report = ok_json(run_cli("import", "sales", path, "--json"))
    assert report["unknown_columns"] == [] and report["imported"] == 3
    sales = by_receipt(db)
    assert sales["A"].member_id == zhang["id"] and sales["A"].amount_cents == 128000
    assert sales["A"].created_at == datetime(2026, 1, 22, 9, 15, tzinfo=SHOP)
    assert sales["B"].created_at == datetime(2026, 1, 2, 9, 5, 30, tzinfo=SHOP)
    assert sales["C"].amount_cents == 12345678
    check_ok(run_cli)


def test_members_created_by_a_sales_import_get_no_enrolment_bonus_unless_asked(
    run_cli, db, tmp_path
) -> None:
    rules = ok_json(run_cli("rules", "show", "--json"))
    rules["bonuses"]["enrolment_points"] = 50
    (tmp_path / "rules.json").write_text(json.dumps(rules), encoding="utf-8")
    ok_json(run_cli("rules", "set", tmp_path / "rules.json", "--json"))
    path = write(tmp_path / "s.csv", HEADER + "R1,OLD-1,,2026-01-05 10:30,25\n")
    ok_json(run_cli("import", "sales", path, "--create-members", "--json"))
    assert member_by_card(db, "OLD-1").balance == 25  # what the sale earned, no bonus
    more = write(tmp_path / "t.csv", HEADER + "R2,OLD-2,,2026-01-05 10:30,25\n")
    ok_json(run_cli("import", "sales", more, "--create-members", "--enrolment-bonus", "--json"))
    assert member_by_card(db, "OLD-2").balance == 75
    check_ok(run_cli)
