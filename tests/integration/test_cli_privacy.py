"""`loyalty member export-data` and `loyalty member erase`: a member's privacy rights from the
command line, the owner's only, erasure confirmed on a terminal or with --yes."""

from __future__ import annotations

import io
import json

import pytest
from cli_helpers import assert_fails, enrol, ok_json, read_export, sell
from support import snapshot

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.services import auth
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.rules import load_rules


@pytest.fixture
def zhang(run_cli) -> dict:
    member = enrol(run_cli, "张三", "13800138000", "--birthday", "1990-05-01", "--consent")
    sell(run_cli, member["card"], "88")
    return member


def test_export_data_writes_a_json_and_a_csv_per_kind(run_cli, zhang, tmp_path) -> None:
    out = ok_json(run_cli("member", "export-data", "13800138000", tmp_path / "req", "--json"))
    card = zhang["card"]
    assert out["card"] == card and out["rows"]["sales"] == 1
    assert len(out["files"]) == 1 + len(out["rows"])
    whole = json.loads((tmp_path / "req" / f"member-{card}.json").read_text(encoding="utf-8"))
    assert whole["member"]["name"] == "张三" and whole["member"]["birthday"] == "1990-05-01"
    header, rows = read_export(tmp_path / "req" / f"member-{card}-sales.csv")
    assert "amount_cents" in header and [r["amount_cents"] for r in rows] == ["8800"]


def test_export_data_in_words(run_cli, zhang, tmp_path) -> None:
    result = run_cli("member", "export-data", zhang["card"], tmp_path)
    assert result.code == 0 and result.err == ""
    assert result.out.startswith(f"Everything held about member {zhang['card']}: 12 files in ")


def test_erase_with_yes_anonymises_and_a_check_passes(run_cli, db, zhang, tmp_path) -> None:
    with db.session(readonly=True) as s:
        month = f"{local_day(utcnow(), load_rules(s).zone):%Y-%m}"  # the sale's month
    report = ("report", "monthly", "--month", month, "--json")
    before = ok_json(run_cli(*report))
    out = ok_json(
        run_cli("member", "erase", "13800138000", "--reason", "asked in person", "--yes", "--json")
    )
    assert out["card"] == zhang["card"]
    assert ok_json(run_cli("member", "find", "13800138000", "--json")) == []
    assert_fails(run_cli("member", "find", zhang["card"]), 1, "erased at their request")
    assert_fails(run_cli("sale", zhang["card"], "10"), 1, "erased at their request")
    after = ok_json(run_cli(*report))
    [top] = before.pop("top_members")
    assert after.pop("top_members") == [{**top, "name": "Erased member"}]
    assert after == before
    assert ok_json(run_cli("check", "--json"))["ok"] is True
    # What is left is still the owner's to show: the card finds it.
    left = run_cli("member", "export-data", zhang["card"], tmp_path / "left", "--json")
    assert ok_json(left)["rows"]["sales"] == 1


def test_erasing_twice_is_refused(run_cli, db, zhang) -> None:
    ok_json(run_cli("member", "erase", zhang["card"], "--reason", "request", "--yes", "--json"))
    before = snapshot(db)
    result = run_cli("member", "erase", zhang["card"], "--reason", "again", "--yes", "--json")
    assert_fails(result, 1, "removed at their request")
    assert json.loads(result.out)["error"]["code"] == "member_anonymised"
    assert snapshot(db) == before


def test_off_a_terminal_erase_needs_yes(run_cli, db, zhang) -> None:
    before = snapshot(db)
    result = run_cli("member", "erase", zhang["card"], "--reason", "request", "--json")
    assert_fails(result, 1, "add --yes")
    assert json.loads(result.out)["error"]["code"] == "not_confirmed"
    assert snapshot(db) == before


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "erased"), [("yes\n", True), ("no\n", False), ("\n", False)])
def test_on_a_terminal_erase_asks_first(run_cli, db, zhang, monkeypatch, answer, erased) -> None:
    monkeypatch.setattr("sys.stdin", Terminal(answer))
    before = snapshot(db)
    result = run_cli("member", "erase", zhang["card"], "--reason", "request")
    assert "Erase the personal details of 张三" in result.err
    assert "Type yes to erase:" in result.err
    assert (result.code == 0) == erased
    assert (snapshot(db) == before) != erased


def test_a_reason_is_required(run_cli, db, zhang) -> None:
    before = snapshot(db)
    assert_fails(run_cli("member", "erase", zhang["card"], "--yes"), 2, "--reason")
    assert_fails(run_cli("member", "erase", zhang["card"], "--reason", " ", "--yes"), 1, "reason")
    assert snapshot(db) == before


def test_only_the_owner_exports_or_erases(run_cli, db, zhang, monkeypatch, tmp_path) -> None:
    with db.session() as s:
        owner = auth.set_up_owner(s, db.till_id, "Wang Fang", "2468")
        auth.add_staff(s, Actor(owner.id, db.till_id), "Li Lei", "cashier", "1357")
        auth.add_staff(s, Actor(owner.id, db.till_id), "Zhao Min", "manager", "8642")

    def unchanged() -> dict:  # signing in is audited and resets the tries: not those two
        return {k: v for k, v in snapshot(db).items() if k not in ("audit_entry", "staff")}

    before = unchanged()
    for name, pin in (("Li Lei", "1357"), ("Zhao Min", "8642")):
        monkeypatch.setenv("LOYALTY_PIN", pin)
        as_them = ("--staff", name)
        target = tmp_path / name
        export = run_cli("member", "export-data", zhang["card"], target, *as_them)
        assert_fails(export, 1, "exporting personal data needs the owner role")
        erase = run_cli("member", "erase", zhang["card"], "--reason", "r", "--yes", *as_them)
        assert_fails(erase, 1, "erasing a member's personal details needs the owner role")
        assert not target.exists()
    assert unchanged() == before
    monkeypatch.setenv("LOYALTY_PIN", "2468")
    erased = run_cli(
        "member", "erase", zhang["card"], "--reason", "r", "--yes", "--staff", "Wang Fang"
    )
    assert erased.code == 0, erased.err
