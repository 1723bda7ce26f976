"""`loyalty import members` (DESIGN.md §5): encodings, headers, bad rows, dry run, skip-bad."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import (
    BOM,
    all_members,
    assert_fails,
    enrol,
    ledger,
    luhn_ok,
    member_by_card,
    ok_json,
    problem_lines,
)
from support import snapshot

SHOP = ZoneInfo("Asia/Shanghai")
NAMES = ["王小明", "李丽", "欧阳娜娜"]


def write(path, text: str, encoding: str = "utf-8"):
    data = BOM + text.encode("utf-8") if encoding == "utf-8-bom" else text.encode(encoding)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-bom", "gbk"])
def test_import_reads_utf8_bom_and_gbk_files(run_cli, db, tmp_path, encoding) -> None:
    rows = "".join(f"{name},1390000000{i}\n" for i, name in enumerate(NAMES))
    path = write(tmp_path / "members.csv", "name,phone\n" + rows, encoding)
    if encoding == "gbk":
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")  # the test really is not feeding UTF-8
    report = ok_json(run_cli("import", "members", path, "--json"))
    assert report["ok"] is True and report["imported"] == 3 and report["rows"] == 3
    members = all_members(db)
    assert [m.name for m in members] == NAMES
    assert [m.phone for m in members] == [f"1390000000{i}" for i in range(3)]


def test_encoding_can_be_forced(run_cli, db, tmp_path) -> None:
    path = write(tmp_path / "members.csv", "name,phone\n王小明,13900000001\n", "gbk")
    run_cli("init")
    before = snapshot(db)
    assert_fails(run_cli("import", "members", path, "--encoding", "utf-8"), 1, "utf-8")
    assert snapshot(db) == before
    ok_json(run_cli("import", "members", path, "--encoding", "gbk", "--json"))
    assert [m.name for m in all_members(db)] == ["王小明"]


def test_header_names_in_any_case_and_order(run_cli, db, tmp_path) -> None:
    path = write(
        tmp_path / "members.csv",
        "TAGS,Marketing_Consent,Birthday,PHONE, Name ,Card,Enrolled_At\n"
        "coffee;weekend,yes,1988-08-08,+86 139-0000-0001,王小明,OLD-1,2024-03-01 09:15\n"
        ",否,,13900000002,李丽,,\n",
    )
    report = ok_json(run_cli("import", "members", path, "--json"))
    assert report["unknown_columns"] == [] and report["imported"] == 2
    wang = member_by_card(db, "OLD-1")
    assert wang.name == "王小明" and wang.phone == "13900000001"
    assert wang.birthday == date(1988, 8, 8)
    assert wang.marketing_consent is True and wang.tags == "coffee;weekend"
    assert wang.enrolled_at == datetime(2024, 3, 1, 9, 15, tzinfo=SHOP)
    li = next(m for m in all_members(db) if m.name == "李丽")
    assert li.marketing_consent is False and li.birthday is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("yes", True), ("1", True), ("TRUE", True), ("no", False), ("0", False), ("false", False)],
)
def test_consent_values(run_cli, db, tmp_path, value, expected) -> None:
    path = write(tmp_path / "m.csv", f"name,phone,marketing_consent\n甲,13900000001,{value}\n")
    ok_json(run_cli("import", "members", path, "--json"))
    [member] = all_members(db)
    assert member.marketing_consent is expected


def test_unknown_columns_are_reported_and_ignored(run_cli, db, tmp_path) -> None:
    path = write(tmp_path / "m.csv", "name,Nickname,phone,VIP\n王小明,小明,13900000001,x\n")
    result = run_cli("import", "members", path)
    assert result.code == 0 and result.err == ""
    assert "Unknown column ignored: nickname" in result.out
    assert "Unknown column ignored: vip" in result.out
    other = write(tmp_path / "o.csv", "name,phone,points2\n李丽,13900000002,7\n")
    report = ok_json(run_cli("import", "members", other, "--json"))
    assert report["unknown_columns"] == ["points2"]
    assert [(m.name, m.balance) for m in all_members(db)] == [("王小明", 0), ("李丽", 0)]
    assert ledger(db) == []


def test_points_column_becomes_an_import_ledger_entry(run_cli, db, tmp_path) -> None:
    path = write(
        tmp_path / "m.csv",
        "card,name,phone,points\nOLD-1,老客,13900000001,1500\nOLD-2,新客,13900000002,\n",
    )
    report = ok_json(run_cli("import", "members", path, "--json"))
    assert report["points_awarded"] == 1500
    old = member_by_card(db, "OLD-1")
    assert old.balance == 1500
    [entry] = ledger(db)
    assert (entry.member_id, entry.kind, entry.points) == (old.id, "import", 1500)
    assert member_by_card(db, "OLD-2").balance == 0
    assert ok_json(run_cli("check", "--json"))["ok"] is True
    # The opening balance can be spent at the till like any other points.
    sale = ok_json(run_cli("sale", "OLD-1", "20", "--redeem", "1500", "--json"))
    assert sale["balance"] == 5


def test_empty_card_is_generated(run_cli, db, tmp_path) -> None:
    path = write(tmp_path / "m.csv", "card,name,phone\n,王小明,13900000001\n  ,李丽,13900000002\n")
    ok_json(run_cli("import", "members", path, "--json"))
    cards = [m.card for m in all_members(db)]
    assert len(set(cards)) == 2
    for card in cards:
        assert len(card) == 12 and card.startswith("8") and luhn_ok(card)


BAD_FILE = (
    "card,name,phone,birthday,marketing_consent\n"
    ",好人,13900000010,1990-01-01,yes\n"  # 2 good
    ",坏电话,12ab,,no\n"  # 3 phone
    "L-100,甲,13900000011,,\n"  # 4 good
    "L-100,乙,13900000012,,\n"  # 5 card twice in the file
    "{existing},丙,13900000013,,\n"  # 6 card already in the database
    ",丁,13900000014,1990-02-30,\n"  # 7 birthday
    ",戊,13900000015,,maybe\n"  # 8 consent
    ",,13900000016\n"  # 9 name missing (and a short row)
    ",己,13800138000,,\n"  # 10 phone of a member already in the database
)
BAD_LINES = {3: "phone", 5: "card", 6: "card", 7: "birthday", 8: "marketing_consent", 9: "name"}
BAD_LINES[10] = "phone"


@pytest.fixture
def bad_file(run_cli, tmp_path):
    existing = enrol(run_cli, "张三", "13800138000", "--card", "L-EXISTS")
    return write(tmp_path / "members.csv", BAD_FILE.format(existing=existing["card"]))


def test_bad_rows_are_all_listed_and_nothing_is_imported(run_cli, db, bad_file) -> None:
    before = snapshot(db)
    result = run_cli("import", "members", bad_file)
    assert_fails(result, 1, "7 bad rows", "nothing was imported")
    assert problem_lines(result.out) == BAD_LINES
    assert "L-EXISTS" in result.out and "张三" in result.out  # who has the card already
    assert snapshot(db) == before
    as_json = run_cli("import", "members", bad_file, "--json")
    assert as_json.code == 1
    report = as_json.json()["error"]
    assert report["code"] == "import_failed"
    assert {p["line"]: p["column"] for p in report["problems"]} == BAD_LINES
    assert snapshot(db) == before


def test_dry_run_reports_and_writes_nothing(run_cli, db, bad_file, tmp_path) -> None:
    before = snapshot(db)
    result = run_cli("import", "members", bad_file, "--dry-run", "--json")
    assert result.code == 1
    report = result.json()["error"]
    assert report["dry_run"] is True and report["imported"] == 2 and report["rows"] == 9
    assert {p["line"] for p in report["problems"]} == set(BAD_LINES)
    assert snapshot(db) == before

    good = write(tmp_path / "good.csv", "name,phone,points\n甲,13900000001,10\n乙,13900000002,\n")
    text = run_cli("import", "members", good, "--dry-run")
    assert text.code == 0 and "Would import 2 of 2" in text.out
    assert snapshot(db) == before


def test_skip_bad_imports_the_good_rows_and_writes_a_reject_file(run_cli, db, bad_file) -> None:
    result = run_cli("import", "members", bad_file, "--skip-bad", "--json")
    report = ok_json(result)
    assert report["imported"] == 2
    assert {p["line"] for p in report["problems"]} == set(BAD_LINES)
    assert {m.name for m in all_members(db)} == {"张三", "好人", "甲"}
    assert member_by_card(db, "L-100").name == "甲"  # the first of the two L-100 rows

    reject = bad_file.with_name("members.rejected.csv")
    assert report["rejected_file"] == str(reject)
    raw = reject.read_bytes()
    assert raw.startswith(BOM)
    rows = list(csv.DictReader(raw[len(BOM) :].decode("utf-8").splitlines()))
    original = BAD_FILE.splitlines()
    assert list(rows[0]) == [*original[0].split(","), "error"]
    assert len(rows) == len(BAD_LINES)
    for row, (line, column) in zip(rows, sorted(BAD_LINES.items()), strict=True):
        assert f"line {line}" in row["error"] and column in row["error"]
    by_line = dict(zip(sorted(BAD_LINES), rows, strict=True))
    assert by_line[3]["phone"] == "12ab" and by_line[3]["name"] == "坏电话"
    assert by_line[7]["birthday"] == "1990-02-30"
    # The short row (line 9) is padded so its error lands in the error column.
    assert by_line[9]["phone"] == "13900000016" and by_line[9]["birthday"] == ""
    assert "name" in by_line[9]["error"]


def test_skip_bad_reject_file_can_be_named(run_cli, db, bad_file, tmp_path) -> None:
    target = tmp_path / "out" / "refused.csv"
    result = run_cli("import", "members", bad_file, "--skip-bad", "--reject", target)
    assert result.code == 0 and str(target) in result.out
    assert target.read_bytes().startswith(BOM)


def test_rows_with_extra_values_are_refused_not_truncated(run_cli, db, tmp_path) -> None:
    # An unquoted comma inside a name shifts the values; the row must not be half-imported.
    path = write(tmp_path / "m.csv", "name,phone\nZhang, San,13900000001\n李丽,13900000002\n")
    run_cli("init")
    before = snapshot(db)
    result = run_cli("import", "members", path)
    assert_fails(result, 1, "1 bad row")
    assert problem_lines(result.out) == {2: ""}
    assert "3 values" in result.out
    assert snapshot(db) == before


def test_a_row_is_numbered_by_the_line_it_starts_on(run_cli, db, tmp_path) -> None:
    path = write(
        tmp_path / "m.csv",
        'name,phone,tags\n"王\n小明",12ab,a\n李丽,12cd,b\n',
    )
    result = run_cli("import", "members", path)
    assert_fails(result, 1)
    assert problem_lines(result.out) == {2: "phone", 4: "phone"}


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("", "empty"),
        ("nickname,phone\n甲,13900000001\n", "name"),
        ("name,birthday\n甲,1990-01-01\n", "card or phone"),
    ],
)
def test_a_file_without_the_needed_columns_is_refused(
    run_cli, db, tmp_path, content, fragment
) -> None:
    path = write(tmp_path / "m.csv", content)
    run_cli("init")
    before = snapshot(db)
    assert_fails(run_cli("import", "members", path), 1, fragment)
    assert snapshot(db) == before


def test_a_missing_file_is_one_clear_line(run_cli, tmp_path) -> None:
    assert_fails(run_cli("import", "members", tmp_path / "nope.csv"), 1, "nope.csv")


def test_a_column_given_twice_is_refused(run_cli, db, tmp_path) -> None:
    path = write(tmp_path / "m.csv", "name,phone,Phone\n王小明,13900000001,13900000002\n")
    run_cli("init")
    before = snapshot(db)
    assert_fails(run_cli("import", "members", path), 1, "phone appears more than once")
    assert snapshot(db) == before


def test_a_column_without_a_name_is_reported(run_cli, db, tmp_path) -> None:
    path = write(tmp_path / "m.csv", "name,phone,\n王小明,13900000001,note\n")
    report = ok_json(run_cli("import", "members", path, "--json"))
    assert report["unknown_columns"] == ["(column 3 has no name)"]
    assert [m.name for m in all_members(db)] == ["王小明"]


def test_a_row_with_extra_values_goes_to_the_reject_file_intact(run_cli, db, tmp_path) -> None:
    path = write(tmp_path / "m.csv", "name,phone\nZhang, San,13900000001\n李丽,13900000002\n")
    report = ok_json(run_cli("import", "members", path, "--skip-bad", "--json"))
    assert report["imported"] == 1
    raw = (tmp_path / "m.rejected.csv").read_bytes()[len(BOM) :].decode("utf-8")
    [header, row] = list(csv.reader(raw.splitlines()))
    assert header == ["name", "phone", "error"]
    assert row[:2] == ["Zhang", " San"] and "3 values" in row[2] and row[3:] == ["13900000001"]


def test_chinese_headers_and_excel_dates_gbk(run_cli, db, tmp_path) -> None:
    """A sheet saved by Excel on Chinese Windows: GBK, §8's words, Excel's dates and numbers."""
    path = write(
        tmp_path / "会员.csv",
        "卡号,姓名,手机号,生日,入会时间,同意营销,标签,积分\n"
        'OLD-1,王小明,13900000001,1980/1/2,2025/11/22 9:15,是,咖啡,"1,280"\n'
        "OLD-2,李丽,13900000002,1975/12/31,2025/3/4,否,,\n",
        "gbk",
    )
    report = ok_json(run_cli("import", "members", path, "--json"))
    assert report["unknown_columns"] == [] and report["imported"] == 2
    wang = member_by_card(db, "OLD-1")
    assert (wang.name, wang.phone, wang.tags, wang.balance) == (
        "王小明",
        "13900000001",
        "咖啡",
        1280,
    )
    assert wang.birthday == date(1980, 1, 2) and wang.marketing_consent is True
    assert wang.enrolled_at == datetime(2025, 11, 22, 9, 15, tzinfo=SHOP)
    li = member_by_card(db, "OLD-2")
    assert li.birthday == date(1975, 12, 31)
    assert li.enrolled_at == datetime(2025, 3, 4, tzinfo=SHOP)
    other = write(tmp_path / "m.csv", "姓名,手机\n张三,13900000003\n")
    assert ok_json(run_cli("import", "members", other, "--json"))["imported"] == 1


def test_excel_dates_that_are_not_dates_are_still_refused(run_cli, db, tmp_path) -> None:
    path = write(
        tmp_path / "m.csv",
        "name,phone,birthday,enrolled_at\n"
        "甲,13900000001,1980/2/30,\n"  # no such day
        "乙,13900000002,2/1/1980,\n"  # day or month first? not guessed
        "丙,13900000003,,2025/11/22 25:15\n",
    )
    run_cli("init")
    before = snapshot(db)
    result = run_cli("import", "members", path)
    assert_fails(result, 1)
    assert problem_lines(result.out) == {2: "birthday", 3: "birthday", 4: "enrolled_at"}
    assert snapshot(db) == before


def test_the_balance_column_of_the_export_is_the_opening_balance(run_cli, db, tmp_path) -> None:
    path = write(tmp_path / "m.csv", "name,phone,balance\n王小明,13900000001,300\n")
    report = ok_json(run_cli("import", "members", path, "--json"))
    assert report["unknown_columns"] == [] and report["points_awarded"] == 300
    assert [m.balance for m in all_members(db)] == [300]
    both = write(tmp_path / "both.csv", "name,phone,积分,balance\n李丽,13900000002,1,2\n")
    before = snapshot(db)
    assert_fails(run_cli("import", "members", both), 1, "points", "积分", "balance")
    assert snapshot(db) == before


def test_imported_members_get_no_enrolment_bonus_unless_asked(run_cli, db, tmp_path) -> None:
    rules = ok_json(run_cli("rules", "show", "--json"))
    rules["bonuses"]["enrolment_points"] = 50
    (tmp_path / "rules.json").write_text(json.dumps(rules), encoding="utf-8")
    ok_json(run_cli("rules", "set", tmp_path / "rules.json", "--json"))
    path = write(tmp_path / "m.csv", "card,name,phone,points\nOLD-1,老客,13900000001,1500\n")
    ok_json(run_cli("import", "members", path, "--json"))
    assert member_by_card(db, "OLD-1").balance == 1500
    assert [e.kind for e in ledger(db)] == ["import"]
    new = write(tmp_path / "n.csv", "card,name,phone\nNEW-1,新客,13900000002\n")
    ok_json(run_cli("import", "members", new, "--enrolment-bonus", "--json"))
    assert member_by_card(db, "NEW-1").balance == 50
    # At the counter a new member still gets the bonus.
    assert enrol(run_cli, "张三", "13900000003")["card"]
    assert [e.kind for e in ledger(db)] == ["import", "bonus", "bonus"]


def test_import_help_lists_the_columns_of_both_files(run_cli) -> None:
    result = run_cli("import", "--help")
    assert result.code == 0
    for column in ("card", "name", "marketing_consent", "points", "receipt", "timestamp"):
        assert column in result.out
    assert "积分 points" in result.out and "docs/csv.md" in result.out


@pytest.mark.parametrize("batch", [1000, 1])  # the repeat in the same batch, or a later one
def test_a_phone_repeated_in_the_file_is_refused_naming_the_first_row(
    run_cli, db, tmp_path, monkeypatch, batch
) -> None:
    from loyalty_desktop.services import importing

    monkeypatch.setattr(importing, "MEMBER_BATCH", batch)
    path = write(tmp_path / "m.csv", "name,phone\n甲,13900000021\n乙,13900000022\n丙,13900000021\n")
    result = run_cli("import", "members", path, "--skip-bad", "--json")
    report = ok_json(result)
    assert report["imported"] == 2
    [problem] = report["problems"]
    assert problem["line"] == 4 and problem["column"] == "phone"
    assert "甲" in problem["message"]
    assert {m.name for m in all_members(db)} == {"甲", "乙"}


def test_each_imported_member_has_its_enrolment_audit_line_and_the_shop_checks(
    run_cli, db, tmp_path
) -> None:
    from sqlmodel import select

    from loyalty_desktop.store.models import AuditEntry

    rows = "".join(f"会员{i},139000001{i:02d},{i}\n" for i in range(30))
    path = write(tmp_path / "m.csv", "name,phone,points\n" + rows)
    ok_json(run_cli("import", "members", path, "--json"))
    cards = {m.card for m in all_members(db)}
    with db.session(readonly=True) as s:
        lines = s.exec(select(AuditEntry).where(AuditEntry.action == "member.enrol")).all()
    assert sorted(line.subject for line in lines) == sorted(cards) and len(cards) == 30
    assert sum(m.balance for m in all_members(db)) == sum(range(30))
    assert run_cli("check").code == 0
