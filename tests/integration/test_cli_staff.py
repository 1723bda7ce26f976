"""The command line acts as a named staff account once the shop has PINs (`--staff NAME`, the
PIN from LOYALTY_PIN or asked on a terminal); a new shop's scripts go on working without."""

from __future__ import annotations

import pytest
from cli_helpers import assert_fails, enrol, ok_json, sell
from support import snapshot

from loyalty_desktop.services import auth


@pytest.fixture
def staffed(db, team):
    """The shop with its owner set up (PIN 2468) and a cashier Li Lei (PIN 1357)."""
    return db


def test_a_shop_without_pins_works_as_before(run_cli) -> None:
    member = enrol(run_cli, "Zhang San", "13800138000")
    assert sell(run_cli, member["card"], "88")["points_earned"] == 88
    (found,) = ok_json(run_cli("member", "find", "13800138000", "--json"))
    assert found["phone"] == "13800138000"


def test_once_staff_have_pins_a_command_that_writes_needs_one(
    run_cli, staffed, monkeypatch
) -> None:
    before = snapshot(staffed)
    line = assert_fails(run_cli("member", "add", "--name", "Zhang San"), 1, "--staff NAME")
    assert "LOYALTY_PIN" in line
    assert snapshot(staffed) == before
    monkeypatch.setenv("LOYALTY_PIN", "1357")
    added = ok_json(run_cli("member", "add", "--name", "Zhang San", "--staff", "Li Lei", "--json"))
    assert added["card"]


def test_a_wrong_pin_is_refused_and_counted(run_cli, staffed, monkeypatch) -> None:
    monkeypatch.setenv("LOYALTY_PIN", "0000")
    assert_fails(run_cli("member", "add", "--name", "X", "--staff", "Li Lei"), 1, "wrong PIN")
    for _ in range(auth.FREE_TRIES - 1):
        run_cli("member", "add", "--name", "X", "--staff", "Li Lei")
    assert_fails(run_cli("rules", "show", "--staff", "Li Lei"), 1, "locked for 30")
    monkeypatch.setenv("LOYALTY_PIN", "1357")
    assert_fails(run_cli("rules", "show", "--staff", "Li Lei"), 1, "locked")  # the right PIN too


def test_an_unknown_name_or_no_pin_at_hand_is_one_clear_line(run_cli, staffed) -> None:
    assert_fails(run_cli("rules", "show", "--staff", "Nobody"), 1, "no active account")
    # tests run without a terminal: nowhere to ask for the PIN
    assert_fails(run_cli("rules", "show", "--staff", "Li Lei"), 1, "LOYALTY_PIN")


def test_full_phones_only_for_the_owner_and_managers(run_cli, staffed, monkeypatch) -> None:
    monkeypatch.setenv("LOYALTY_PIN", "2468")
    enrol(run_cli, "Zhang San", "13800138000", "--staff", "Wang Fang")
    find = ("member", "find", "8000", "--json")
    assert ok_json(run_cli(*find, "--staff", "Wang Fang"))[0]["phone"] == "13800138000"
    assert ok_json(run_cli(*find))[0]["phone"] == "138••••8000"  # nobody signed in
    monkeypatch.setenv("LOYALTY_PIN", "1357")
    assert ok_json(run_cli(*find, "--staff", "Li Lei"))[0]["phone"] == "138••••8000"


def test_exports_of_personal_data_are_the_owners(run_cli, staffed, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("LOYALTY_PIN", "1357")
    target = tmp_path / "members.csv"
    assert_fails(run_cli("export", "members", str(target), "--staff", "Li Lei"), 1, "owner role")
    assert not target.exists()
    monkeypatch.setenv("LOYALTY_PIN", "2468")
    assert ok_json(run_cli("export", "members", str(target), "--staff", "Wang Fang", "--json"))
    assert target.exists()
