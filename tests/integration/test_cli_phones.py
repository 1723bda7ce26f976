"""Phone numbers at the CLI: what is refused (one line saying what is expected), what is kept."""

from __future__ import annotations

import pytest
from cli_helpers import all_members, assert_fails, enrol, ok_json, problem_lines
from support import snapshot


@pytest.mark.parametrize("phone", ["12345", "1380013800", "88886666", "+86 12345"])
def test_member_add_refuses_a_number_that_is_no_phone(run_cli, db, phone) -> None:
    run_cli("init")
    before = snapshot(db)
    result = run_cli("member", "add", "--name", "甲", "--phone", phone)
    assert_fails(result, 1, "phone", phone, "11 digits", "area code")
    assert snapshot(db) == before


def test_member_add_keeps_a_landline_with_its_area_code(run_cli) -> None:
    assert enrol(run_cli, "茶馆", "0755-1234 5678")["phone"] == "075512345678"
    assert enrol(run_cli, "书店", "+86 10 8888 6666")["phone"] == "01088886666"
    [found] = ok_json(run_cli("member", "find", "010-8888-6666", "--json"))
    assert found["name"] == "书店"


def test_import_members_names_the_row_with_a_short_phone(run_cli, db, tmp_path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("name,phone\n甲,13900000001\n乙,12345\n丙,010-88886666\n", encoding="utf-8")
    run_cli("init")
    before = snapshot(db)
    result = run_cli("import", "members", path)
    assert_fails(result, 1, "1 bad row")
    assert problem_lines(result.out) == {3: "phone"}
    assert "12345" in result.out and "11 digits" in result.out
    assert snapshot(db) == before
    ok_json(run_cli("import", "members", path, "--skip-bad", "--json"))
    assert {m.phone for m in all_members(db)} == {"13900000001", "01088886666"}
