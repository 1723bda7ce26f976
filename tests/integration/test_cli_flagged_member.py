"""A member whose balance went below zero (a refund took back points already spent) still buys
and earns; new points pay the debt first (DESIGN.md §3)."""

from __future__ import annotations

from cli_helpers import enrol, member_by_card, ok_json, sell


def test_the_issue_sequence_a_flagged_member_buys_and_earns_again(run_cli, db) -> None:
    member = enrol(run_cli, "Neg", "13500000001")
    assert sell(run_cli, "13500000001", "100.00")["balance"] == 100
    assert sell(run_cli, "13500000001", "10.00", "--redeem", "100")["balance"] == 9
    refund = ok_json(run_cli("refund", "1", "--json"))
    assert refund["balance"] == -91 and refund["flagged"] is True

    data = sell(run_cli, "13500000001", "20.00")
    assert data["points_earned"] == 20 and data["points_redeemed"] == 0
    assert data["balance"] == -71  # the 20 new points paid off part of the debt
    assert member_by_card(db, member["card"]).balance == -71
    assert ok_json(run_cli("check", "--json"))["ok"] is True


def test_a_flagged_member_cannot_redeem_points_they_do_not_have(run_cli) -> None:
    enrol(run_cli, "Neg", "13500000001")
    sell(run_cli, "13500000001", "100.00")
    sell(run_cli, "13500000001", "10.00", "--redeem", "100")
    ok_json(run_cli("refund", "1", "--json"))
    refused = run_cli("sale", "13500000001", "20.00", "--redeem", "100")
    assert refused.code == 1
    assert "cannot redeem 100 points: the balance is -91" in refused.err
