"""`loyalty rules show/set`, `expire` and back-dated sales by the rules of their date."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from cli_helpers import enrol_since
from support import snapshot


def test_rules_show_json_round_trips_through_set(run_cli, tmp_path) -> None:
    shown = run_cli("rules", "show", "--json")
    assert shown.code == 0
    document = shown.json()
    assert {"earning", "redemption", "tiers", "bonuses", "expiry", "rewards"} <= set(document)
    document["earning"]["points_per_yuan"] = 3
    document["rewards"] = [{"name": "Free coffee", "points": 500}]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run_cli("rules", "set", str(path)).code == 0
    again = run_cli("rules", "show", "--json").json()
    assert again["earning"]["points_per_yuan"] == 3
    assert again["rewards"] == [{"name": "Free coffee", "points": 500}]
    assert "Free coffee = 500 points" in run_cli("rules", "show").out


def test_an_invalid_rules_file_changes_nothing(run_cli, db, tmp_path) -> None:
    document = run_cli("rules", "show", "--json").json()
    document["tiers"]["levels"][2]["threshold"] = 10  # Gold below Silver
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = snapshot(db)
    result = run_cli("rules", "set", str(path))
    assert result.code == 1
    assert result.err.count("\n") == 1 and "overlap" in result.err
    assert snapshot(db) == before
    not_json = tmp_path / "not.json"
    not_json.write_text("{tiers: oops", encoding="utf-8")
    assert run_cli("rules", "set", str(not_json)).code == 1
    assert snapshot(db) == before


def test_a_back_dated_receipt_earns_by_the_rules_then_in_force(run_cli, tmp_path) -> None:
    since = (datetime.now() - timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    card = enrol_since(run_cli, tmp_path, since, "Wu", "13500135000")["card"]
    yesterday = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    document = run_cli("rules", "show", "--json").json()
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    run_cli("rules", "set", str(path))  # v1: 1 point per yuan, in force from now
    document["earning"]["points_per_yuan"] = 5
    path.write_text(json.dumps(document), encoding="utf-8")
    run_cli("rules", "set", str(path))  # v2: 5 points per yuan, from now
    old = run_cli("sale", card, "20", "--at", yesterday, "--json").json()
    new = run_cli("sale", card, "20", "--json").json()
    assert (old["points_earned"], new["points_earned"]) == (20, 100)


def test_expire_as_of_a_date_is_idempotent(run_cli, tmp_path) -> None:
    document = run_cli("rules", "show", "--json").json()
    document["expiry"]["months"] = 1
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    since = (datetime.now() - timedelta(days=100)).strftime("%Y-%m-%d")
    assert run_cli("rules", "set", str(path), "--from", since).code == 0
    since = (datetime.now() - timedelta(days=80)).strftime("%Y-%m-%d %H:%M")
    card = enrol_since(run_cli, tmp_path, since, "Lu", "13600136000")["card"]
    long_ago = (datetime.now() - timedelta(days=70)).strftime("%Y-%m-%d %H:%M")
    run_cli("sale", card, "30", "--at", long_ago)
    day = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%d")
    first = run_cli("expire", "--as-of", day, "--json").json()
    assert (first["points_expired"], first["members"]) == (30, 1)
    assert run_cli("expire", "--json").json()["points_expired"] == 0
    assert run_cli("member", "find", card, "--json").json()[0]["balance"] == 0
    assert run_cli("check").code == 0
    future = (datetime.now() + timedelta(days=3)).strftime("%Y-%m-%d")
    assert run_cli("expire", "--as-of", future).code == 0  # the end of a future day is now
