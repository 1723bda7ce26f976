"""The command-line contract of DESIGN.md §5, across commands: one JSON document with --json on
success; on failure a non-zero exit and exactly one line on stderr, and with --json the error
document on stdout."""

from __future__ import annotations

import pytest
from cli_helpers import assert_fails, enrol, ok_json, sell
from sqlalchemy import text
from support import snapshot

from loyalty_desktop.core.errors import REASONS


@pytest.fixture
def shop(run_cli, tmp_path) -> dict:
    zhang = enrol(run_cli, "张三", "13800138000")
    sale = sell(run_cli, zhang["card"], "50", "--ref", "R-1")
    members = tmp_path / "members.csv"
    members.write_text("name,phone\n李四,13900000001\n", encoding="utf-8")
    sales = tmp_path / "sales.csv"
    sales.write_text(
        f"receipt,card,phone,timestamp,amount\nR-2,{zhang['card']},,2026-01-05 10:30,5\n",
        encoding="utf-8",
    )
    return {"card": zhang["card"], "sale": str(sale["sale_id"]), "dir": tmp_path}


SUCCEEDING = [
    ("init",),
    ("member", "add", "--name", "王五", "--phone", "13900000002"),
    ("member", "find", "张三"),
    ("member", "find", "nobody"),
    ("sale", "{card}", "12.30"),
    ("sale", "-", "5"),
    ("refund", "{sale}", "10"),
    ("adjust", "{card}", "5", "--reason", "test"),
    ("check",),
    ("import", "members", "{dir}/members.csv"),
    ("import", "members", "{dir}/members.csv", "--dry-run"),
    ("import", "sales", "{dir}/sales.csv"),
    ("export", "members", "{dir}/out.csv"),
    ("export", "sales", "{dir}/out.csv"),
    ("export", "ledger", "{dir}/out.csv"),
]


@pytest.mark.parametrize("args", SUCCEEDING, ids=" ".join)
def test_json_is_exactly_one_document(run_cli, shop, args) -> None:
    args = [a.format(**shop) for a in args]
    result = run_cli(*args, "--json")
    ok_json(result)
    assert result.err == ""


def test_json_demo_is_one_document(run_cli) -> None:
    result = run_cli("demo", "--members", "3", "--months", "1", "--json")
    assert ok_json(result)["members"] == 3 and result.err == ""


def test_json_flag_also_works_before_the_command(run_cli, shop) -> None:
    assert isinstance(ok_json(run_cli("--json", "member", "find", "张三")), list)


FAILING = [
    # (args, exit code, a word the line must contain)
    (("member", "add", "--name", "李四", "--phone", "138 0013 8000"), 1, "{card}"),
    (("member", "add", "--phone", "13900000009"), 2, "--name"),
    (("member", "find", "{typo}"), 1, "check digit"),
    (("sale", "{card}", "abc"), 1, "abc"),
    (("sale", "{card}", "10", "--redeem", "lots"), 2, "lots"),
    (("sale", "{card}", "10", "--ref", "R-1"), 1, "R-1"),
    (("sale", "{card}"), 2, "AMOUNT"),
    (("refund", "x"), 2, "SALE_ID"),
    (("refund", "999"), 1, "999"),
    (("refund", "{sale}", "50.01"), 1, "50.01"),
    (("adjust", "{card}", "0", "--reason", "x"), 1, "zero"),
    (("import", "members", "{dir}/missing.csv"), 1, "missing.csv"),
    (("import", "people", "{dir}/members.csv"), 2, "people"),
    (("import", "members", "{dir}/members.csv", "--encoding", "latin-1"), 2, "latin-1"),
    (("export", "coupons-nope", "{dir}/x.csv"), 2, "coupons-nope"),
    (("export", "members", "{dir}"), 1, "folder"),
    (("bogus",), 2, "bogus"),
    (("demo",), 1, "already has data"),
]


@pytest.mark.parametrize(("args", "code", "word"), FAILING, ids=lambda v: str(v))
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_failures_print_one_line_and_change_nothing(
    run_cli, db, shop, args, code, word, as_json
) -> None:
    card = shop["card"]
    values = {**shop, "typo": card[:6] + str((int(card[6]) + 1) % 10) + card[7:]}
    args = [a.format(**values) for a in args]
    before = snapshot(db)
    result = run_cli(*args, *(["--json"] if as_json else []))
    line = assert_fails(result, code, word.format(**values))
    if as_json:
        error = error_document(result)
        assert line == "loyalty: error: " + " ".join(error["message"].split())
    else:
        assert result.out == ""
    assert snapshot(db) == before


def error_document(result) -> dict:  # type: ignore[no-untyped-def]
    """Exactly one JSON document on stdout: ``{"error": {"code", "message", …parameters}}``."""
    assert result.out.endswith("\n") and result.out.count("\n") == 1, result.out
    document = result.json()
    assert list(document) == ["error"], document
    error = document["error"]
    assert error["code"] and error["message"], error
    return error


@pytest.mark.parametrize(
    ("args", "code", "params"),
    [
        (("refund", "999"), "sale_not_found", {"sale": 999}),
        (("member", "find", "{typo}"), "invalid_card", {"card": "{typo}"}),
        (("sale", "{card}", "10", "--ref", "R-1"), "duplicate_receipt", {"receipt": "R-1"}),
        (("sale", "{card}", "10", "--redeem", "lots"), "usage", {}),
        (("rules", "set", "{dir}/missing.json"), "invalid_input", {"field": "file"}),
        (
            ("report", "monthly", "--month", "2026-01", "--pdf", "{dir}/no/x.pdf"),
            "file",
            {"path": "{dir}/no/x.pdf"},
        ),
        (("segments", "save", "s", "--birthday-month", "13"), "invalid_input", {}),
    ],
    ids=lambda v: str(v),
)
def test_json_failures_carry_the_code_and_parameters(run_cli, shop, args, code, params) -> None:
    card = shop["card"]
    values = {**shop, "typo": card[:6] + str((int(card[6]) + 1) % 10) + card[7:]}
    result = run_cli(*[a.format(**values) for a in args], "--json")
    assert_fails(result, 2 if code == "usage" else 1)
    error = error_document(result)
    assert error["code"] == code
    for name, value in params.items():
        assert error[name] == (value.format(**values) if isinstance(value, str) else value)


def test_a_usage_error_before_the_command_is_a_json_document_too(run_cli) -> None:
    result = run_cli("--json", "bogus")
    assert_fails(result, 2, "bogus")
    assert error_document(result)["code"] == "usage"


def test_a_failed_check_with_json_is_one_error_document_with_its_problems(
    run_cli, db, shop
) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE member SET balance = balance - 7"))
    result = run_cli("check", "--json")
    assert_fails(result, 1, "invariant")
    error = error_document(result)
    assert error["code"] == "check_failed" and error["count"] == len(error["problems"]) >= 1
    assert any(shop["card"] in p["subject"] for p in error["problems"])


def test_a_failed_import_lists_rows_on_stdout_and_one_line_on_stderr(run_cli, db, tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,phone\n,13900000001\n甲,12ab\n", encoding="utf-8")
    run_cli("init")
    before = snapshot(db)
    result = run_cli("import", "members", bad)
    assert_fails(result, 1, "2 bad row")
    assert result.out.splitlines() == [
        "line 2, column name: is required",
        "line 3, column phone: " + REASONS["not_a_phone"].format(text="12ab"),
    ]
    as_json = run_cli("import", "members", bad, "--json")
    assert_fails(as_json, 1)
    error = error_document(as_json)
    assert error["code"] == "import_failed" and error["count"] == 2
    assert [(p["line"], p["column"]) for p in error["problems"]] == [(2, "name"), (3, "phone")]
    dry = run_cli("import", "members", bad, "--dry-run", "--json")
    assert_fails(dry, 1)
    assert len(error_document(dry)["problems"]) == 2
    assert snapshot(db) == before


def test_a_failed_check_prints_its_problems_on_stdout(run_cli, db, shop) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE member SET balance = balance - 7"))
    result = run_cli("check")
    assert_fails(result, 1)
    assert shop["card"] in result.out


def test_an_unusable_database_path_is_one_line(run_cli, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_cli("init", db_file=blocker / "shop.db")
    assert_fails(result, 1)


def test_version_exits_zero(run_cli) -> None:
    version = run_cli("--version")
    assert version.code == 0 and "loyalty" in version.out


def test_a_mistyped_db_path_is_refused_not_created(tmp_path, capsys) -> None:
    from loyalty_desktop import cli

    typo = tmp_path / "shpo.db"
    for command in (["check"], ["export", "members", str(tmp_path / "m.csv")]):
        assert cli.main([*command, "--db", str(typo)]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "loyalty init" in err[0]
    assert not typo.exists()
