"""`loyalty targets` (show, set, clear): the owner's KPI targets from the command line, every bad
value one clear line with the database unchanged, and `report monthly`'s text compared with
them while its JSON stays the report alone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cli_helpers import assert_fails, ok_json
from support import snapshot

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.services.demo import DEMO_RULES


def test_no_targets_says_how_to_set_one(run_cli) -> None:
    shown = run_cli("targets")
    assert shown.code == 0 and shown.err == ""
    assert shown.out.startswith("No targets set: loyalty targets set METRIC VALUE (")
    assert "repeat_purchase_rate" in shown.out and "csat" in shown.out
    assert ok_json(run_cli("targets", "--json")) == []


def test_set_show_and_clear(run_cli) -> None:
    assert run_cli("targets", "set", "repeat_purchase_rate", "25").out == (
        "Target set: Repeat purchase rate (repeat_purchase_rate): 25%\n"
    )
    assert ok_json(run_cli("targets", "set", "avg_order_value_cents", "88.5", "--json")) == {
        "metric": "avg_order_value_cents",
        "target": 8850,
        "value": "88.50",
    }
    run_cli("targets", "set", "nps", "-10")
    assert run_cli("targets").out.splitlines() == [
        "Repeat purchase rate (repeat_purchase_rate): 25%",
        "Average order value (avg_order_value_cents): ¥88.50",
        "Net Promoter Score (NPS) (nps): -10",
    ]
    cleared = run_cli("targets", "clear", "nps")
    assert cleared.out == "Target cleared: Net Promoter Score (NPS) (nps)\n"
    assert ok_json(run_cli("targets", "clear", "nps", "--json")) == {
        "metric": "nps",
        "target": None,
        "value": None,
    }
    assert [t["metric"] for t in ok_json(run_cli("targets", "--json"))] == [
        "repeat_purchase_rate",
        "avg_order_value_cents",
    ]


def test_what_show_prints_set_takes_back(run_cli, db) -> None:
    for metric, value in (("retention_rate", "40"), ("csat", "4.25"), ("revenue_cents", "9999.99")):
        run_cli("targets", "set", metric, value)
    shown = ok_json(run_cli("targets", "--json"))
    before = snapshot(db)
    for target in shown:
        ok_json(run_cli("targets", "set", target["metric"], target["value"], "--json"))
    assert snapshot(db) == before  # the same targets: nothing written, nothing audited
    assert [t["value"] for t in shown] == ["40", "9999.99", "4.25"]


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("set", "loyalty", "25"), ("metric: 'loyalty': use repeat_purchase_rate",)),
        (("clear", "loyalty"), ("metric: 'loyalty'",)),
        (("set", "retention_rate", "140"), ("retention_rate: must be at most 100",)),
        (("set", "retention_rate", "-1"), ("retention_rate: must be at least 0",)),
        (("set", "retention_rate", "forty"), ("retention_rate: 'forty' is not a number",)),
        (("set", "retention_rate", "40.25"), ("retention_rate: '40.25' has too many decimals",)),
        (("set", "retention_rate", ""), ("retention_rate: is required",)),
        (("set", "nps", "101"), ("nps: must be at most 100",)),
        (("set", "nps", "12.5"), ("nps: '12.5' is not a whole number",)),
        (("set", "csat", "0"), ("csat: must be at least 1",)),
        (("set", "new_members", "1e3"), ("new_members: '1e3' is not a number",)),
        (("set", "avg_order_value_cents", "88.505"), ("more than two decimals",)),
        (("set", "avg_order_value_cents", "0"), ("must be more than zero",)),
    ],
)
def test_a_bad_value_is_one_clear_line_and_changes_nothing(run_cli, db, args, fragments) -> None:
    run_cli("targets", "set", "retention_rate", "35")
    before = snapshot(db)
    assert_fails(run_cli("targets", *args), 1, *fragments)
    refused = run_cli("targets", *args, "--json")
    assert refused.code == 1 and refused.json()["error"]["code"] == "invalid_input"
    assert snapshot(db) == before


def test_a_missing_value_is_a_usage_error(run_cli) -> None:
    assert_fails(run_cli("targets", "set", "nps"), 2, "value")


def test_a_cashier_may_not_set_targets(run_cli, db, team, monkeypatch) -> None:
    monkeypatch.setenv("LOYALTY_PIN", "1357")
    refused = run_cli("targets", "set", "nps", "30", "--staff", "Li Lei")
    assert_fails(refused, 1, "setting the KPI targets", "owner or manager")
    assert ok_json(run_cli("targets", "--json", "--staff", "Li Lei")) == []
    monkeypatch.setenv("LOYALTY_PIN", "8642")
    ok_json(run_cli("targets", "set", "nps", "30", "--staff", "Chen Jie", "--json"))
    assert ok_json(run_cli("targets", "--json", "--staff", "Chen Jie"))[0]["target"] == 30


def last_full_month() -> str:
    first = local_day(utcnow(), DEMO_RULES.zone).replace(day=1)
    return f"{first - timedelta(days=1):%Y-%m}"


def test_the_monthly_text_compares_with_the_targets_and_the_json_stays_the_same(
    run_cli,
) -> None:
    ok_json(run_cli("demo", "--members", "60", "--months", "3", "--seed", "4", "--json"))
    month = last_full_month()
    plain = run_cli("report", "monthly", "--month", month)
    assert "Targets" not in plain.out
    document = ok_json(run_cli("report", "monthly", "--month", month, "--json"))
    run_cli("targets", "set", "repeat_purchase_rate", "99.9")
    run_cli("targets", "set", "new_members", "0")
    assert ok_json(run_cli("report", "monthly", "--month", month, "--json")) == document
    text = run_cli("report", "monthly", "--month", month).out.splitlines()
    at = text.index("Targets (▲▼: against the month before; then the last 6 months):")
    repeat, new = (" ".join(line.split()) for line in text[at + 1 :])  # columns: one space
    # The targets' order, not the order they were set in.
    assert repeat.startswith("Repeat purchase rate ") and " target 99.9% not met " in repeat
    assert new.startswith(f"New members {document['new_members']} target 0 met ")
    # A month before the demo's first sale or member has no figure (not a zero that misses).
    known = sum(any(v for k, v in m.items() if k != "month") for m in document["trend"][-6:])
    assert new.endswith(f"(months met: {known} of {known})")
