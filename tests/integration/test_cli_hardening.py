"""The command line under careless or hostile use: a reader that goes away, numbers too large for
any column, a database URL with a password or without its driver, and output a person reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import assert_fails, enrol
from support import snapshot

from loyalty_desktop import cli
from loyalty_desktop.core.errors import DatabaseError
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.store.db import Database, create_db_engine

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "S3cret-pw"
PG_URL = f"postgresql+psycopg://shop:{PASSWORD}@127.0.0.1:1/shop"  # nothing listens on port 1


@pytest.mark.sqlite_only("the child process opens the shop by its file")
def test_a_reader_that_goes_away_ends_the_command_quietly(run_cli, tmp_path) -> None:
    for n in range(3):
        enrol(run_cli, f"张{n}", f"1380013800{n}")
    command = [sys.executable, "-m", "loyalty_desktop.cli", "member", "find", "张"]
    child = subprocess.Popen(
        [*command, "--db", str(tmp_path / "shop.db")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    child.stdout.close()  # `| head -0`: the reader is gone before the first line
    err = child.stderr.read()
    assert child.wait(timeout=60) == cli.EXIT_BROKEN_PIPE
    assert err == b""


def test_rules_show_prints_spend_thresholds_in_yuan_and_visits_as_counts(run_cli, tmp_path) -> None:
    shown = run_cli("rules", "show").out
    assert "Silver: from ¥1,000.00," in shown and "Gold: from ¥3,000.00," in shown
    document = run_cli("rules", "show", "--json").json()
    document["tiers"]["basis"] = "visits"
    for level, visits in zip(document["tiers"]["levels"], (0, 5, 12), strict=True):
        level["threshold"] = visits
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run_cli("rules", "set", path).code == 0
    assert "Gold: from 12 visits," in run_cli("rules", "show").out


HUGE = "99999999999999999999"
OUT_OF_RANGE = [
    (("refund", HUGE), "SALE_ID"),
    (("refund", "-1"), "SALE_ID"),
    (("coupons", "issue", "--template", "-" + HUGE, "--bearer", "1"), "--template"),
    (("coupons", "issue", "--template", "1", "--bearer", HUGE), "--bearer"),
    (
        (
            "coupons",
            "template",
            "add",
            "--name",
            "x",
            "--kind",
            "fixed",
            "--value",
            "1",
            "--days",
            HUGE,
        ),
        "--days",
    ),
    (("report", "list", "lapsed", "{dir}/f.csv", "--days", "99999999999"), "--days"),
    (("segments", "save", "s", "--min-days", HUGE), "--min-days"),
    (("sale", "-", "10", "--redeem", HUGE), "--redeem"),
    (("sale", "{card}", "10", "--redeem", "-5"), "--redeem"),
    (("adjust", "{card}", "-" + HUGE, "--reason", "x"), "points"),
    (("demo", "--months", HUGE), "--months"),
    (("refund", "1" * 5000), "SALE_ID"),  # longer than Python turns into an int
]


@pytest.mark.parametrize(("args", "option"), OUT_OF_RANGE, ids=lambda v: str(v)[:60])
def test_an_integer_out_of_range_is_one_usage_line(run_cli, db, tmp_path, args, option) -> None:
    card = enrol(run_cli, "张三", "13800138000")["card"]
    before = snapshot(db)
    result = run_cli(*[a.format(dir=tmp_path, card=card) for a in args])
    assert_fails(result, 2, option)
    assert snapshot(db) == before
    assert not (tmp_path / "f.csv").exists()


def test_a_filter_the_model_refuses_is_one_line_naming_the_field(run_cli, db) -> None:
    run_cli("init")
    before = snapshot(db)
    result = run_cli("segments", "save", "s", "--birthday-month", "13")
    line = assert_fails(result, 1, "birthday_month", "12")
    assert "pydantic" not in line and "type=" not in line
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (PG_URL, "the PostgreSQL driver is not installed: pip install loyalty-desktop[postgres]"),
        (f"mysql://shop:{PASSWORD}@localhost/shop", "no driver for mysql"),
    ],
)
def test_a_database_without_its_driver_is_one_line(
    monkeypatch, run_cli_alone, url, expected
) -> None:
    for module in ("psycopg", "MySQLdb"):
        monkeypatch.setitem(sys.modules, module, None)  # not installed
    result = run_cli_alone("check", "--database-url", url, "--json")
    assert_fails(result, 1, expected)
    assert PASSWORD not in result.err + result.out and "shop:***@" in result.err


def test_a_failing_connection_never_shows_the_password(run_cli_alone) -> None:
    result = run_cli_alone("member", "find", "x", "--database-url", PG_URL, "--json")
    assert_fails(result, 1, "shop:***@127.0.0.1:1/shop")
    assert PASSWORD not in result.err + result.out
    with pytest.raises(DatabaseError) as refused:  # what the GUI's dialog shows
        open_shop(PG_URL)
    assert PASSWORD not in str(refused.value) + repr(refused.value.params)


def test_a_postgresql_database_is_named_without_its_password() -> None:
    database = Database(url=PG_URL, engine=create_db_engine(PG_URL), till_id="t")
    assert database.display_name() == "postgresql+psycopg://shop:***@127.0.0.1:1/shop"
    database.dispose()


@pytest.mark.parametrize(
    "args",
    [
        ("coupons", "void", "X", "--reason=--"),
        ("member", "add", "--name=--"),
    ],
    ids=str,
)
def test_an_option_given_only_dashes_is_one_usage_line(run_cli, db, args) -> None:
    run_cli("init")
    before = snapshot(db)
    assert_fails(run_cli(*args), 2)
    assert snapshot(db) == before


def test_a_file_with_a_utf8_mark_but_other_bytes_is_one_line(run_cli, db, tmp_path) -> None:
    run_cli("init")
    source = tmp_path / "members.csv"
    source.write_bytes(b"\xef\xbb\xbfname,phone\r\n\xff\xfe\xc0,13900000001\r\n")
    before = snapshot(db)
    assert_fails(run_cli("import", "members", source), 1, "not UTF-8")
    assert snapshot(db) == before
