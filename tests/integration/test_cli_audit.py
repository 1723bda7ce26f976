"""`loyalty audit`: the owner reads the trail newest first, filtered by who, what and shop days,
or exports every matching line to CSV; nobody else reads it."""

from __future__ import annotations

import csv

import pytest
from cli_helpers import assert_fails, enrol, ok_json, sell
from support import snapshot


@pytest.fixture
def trail(run_cli, db, team, monkeypatch):
    """The owner Wang Fang enrols and sells; the cashier Li Lei sells and refunds."""
    monkeypatch.setenv("LOYALTY_PIN", "2468")
    member = enrol(run_cli, "Zhang San", "13800138000", "--staff", "Wang Fang")
    sell(run_cli, member["card"], "30", "--staff", "Wang Fang")
    monkeypatch.setenv("LOYALTY_PIN", "1357")
    sale = sell(run_cli, member["card"], "20", "--staff", "Li Lei")
    ok_json(
        run_cli("refund", sale["sale_id"], "--note", "wrong size", "--staff", "Li Lei", "--json")
    )
    monkeypatch.setenv("LOYALTY_PIN", "2468")
    return db


def _all_but_sign_ins(db) -> dict:  # type: ignore[no-untyped-def]
    """Every row but the sign-in lines each command with --staff writes first."""
    rows = snapshot(db)
    rows["audit_entry"] = [row for row in rows["audit_entry"] if "sign_in" not in row]
    return rows


def _owner(run_cli, *args):  # type: ignore[no-untyped-def]
    return run_cli("audit", *args, "--staff", "Wang Fang")


def test_the_owner_reads_one_staff_members_lines_newest_first(run_cli, trail) -> None:
    lines = ok_json(_owner(run_cli, "--by", "Li Lei", "--json"))
    done = [line["action"] for line in lines if line["action"] != "sign_in"]
    assert done == ["sale.refund", "sale.record"]  # each command signed in first
    assert {line["staff"] for line in lines} == {"Li Lei"}
    refund = next(line for line in lines if line["action"] == "sale.refund")
    assert refund["detail"]["reason"] == "wrong size"
    shown = _owner(run_cli, "--by", "Li Lei", "--action", "sale.refund")
    assert shown.code == 0 and "refund" in shown.out and "reason: wrong size" in shown.out


def test_a_family_and_days_narrow_the_lines(run_cli, trail) -> None:
    sales = ok_json(_owner(run_cli, "--action", "sale.", "--json"))
    assert sorted(line["action"] for line in sales) == ["sale.record", "sale.record", "sale.refund"]
    assert ok_json(_owner(run_cli, "--until", "2020-01-01", "--json")) == []
    assert "No audit lines match." in _owner(run_cli, "--until", "2020-01-01").out


def test_the_export_writes_every_line_and_is_itself_audited(run_cli, trail, tmp_path) -> None:
    target = tmp_path / "audit.csv"
    done = ok_json(_owner(run_cli, "--action", "sale.", "--export", target, "--json"))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert done["lines"] == len(rows) == 3
    [line] = ok_json(_owner(run_cli, "--action", "audit.export", "--json"))
    assert line["subject"] == "audit.csv" and line["detail"]["what"] == "sale."


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (("--by", "Nobody"), 1, "by: no staff account is called 'Nobody'"),
        (("--since", "2026-13-01"), 1, "since: '2026-13-01' is not a date"),
        (("--limit", "0"), 2, "--limit"),
    ],
)
def test_bad_filters_are_one_line_and_change_nothing(run_cli, trail, args, code, says) -> None:
    before = _all_but_sign_ins(trail)
    assert_fails(_owner(run_cli, *args), code, says)
    assert _all_but_sign_ins(trail) == before


@pytest.mark.sqlite_only("the export would land on the database's own file")
def test_an_export_onto_the_database_is_refused(run_cli, trail) -> None:
    before = _all_but_sign_ins(trail)
    assert_fails(_owner(run_cli, "--export", trail.sqlite_path), 1, "database")
    assert _all_but_sign_ins(trail) == before


def test_a_cashier_does_not_read_the_trail(run_cli, trail, monkeypatch) -> None:
    monkeypatch.setenv("LOYALTY_PIN", "1357")
    assert_fails(run_cli("audit", "--staff", "Li Lei"), 1, "owner")
