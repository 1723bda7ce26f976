"""KPI targets: typed as the owner says them, kept in the report's units, refused whole when any
value is wrong, and compared with a hand-built history the way every renderer shows it."""

from __future__ import annotations

import json
from dataclasses import fields, replace

import pytest
from sqlmodel import col, select
from support import snapshot

from loyalty_desktop.core.errors import InvalidInput, PermissionDenied
from loyalty_desktop.services import targets
from loyalty_desktop.services.metrics import MonthFigures
from loyalty_desktop.services.report_figures import KPIS
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.services.targets import (
    Direction,
    compare,
    figure_text,
    history_text,
    load_targets,
    months_met_text,
    parse_target,
    set_target,
    set_targets,
    status_text,
    target_text,
    typed_text,
)
from loyalty_desktop.store.models import AuditEntry

# --- typing a target ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("metric", "text", "kept", "shown"),
    [
        ("repeat_purchase_rate", "25", 0.25, "25"),
        ("repeat_purchase_rate", "23.5", 0.235, "23.5"),
        ("retention_rate", " 40% ", 0.4, "40"),
        ("returning_rate", "0", 0.0, "0"),
        ("member_revenue_share", "100％", 1.0, "100"),
        ("coupon_redemption_rate", "12.5", 0.125, "12.5"),
        ("new_members", "30", 30, "30"),
        ("avg_order_value_cents", "88.5", 8850, "88.50"),
        ("revenue_cents", "¥12000", 1_200_000, "12000.00"),
        ("nps", "-20", -20, "-20"),
        ("nps", "+35", 35, "35"),
        ("csat", "4.25", 4.25, "4.25"),
        ("csat", "1", 1.0, "1"),
    ],
)
def test_a_target_is_read_as_the_owner_types_it(metric, text, kept, shown) -> None:
    assert parse_target(metric, text) == kept
    assert typed_text(metric, kept) == shown
    assert parse_target(metric, shown) == kept  # what is shown is accepted back


@pytest.mark.parametrize(
    ("metric", "text", "field", "message"),
    [
        ("loyalty", "25", "metric", "metric: 'loyalty': use repeat_purchase_rate, "),
        ("repeat_purchase_rate", "", "repeat_purchase_rate", "is required"),
        ("repeat_purchase_rate", "   ", "repeat_purchase_rate", "is required"),
        ("repeat_purchase_rate", "abc", "repeat_purchase_rate", "'abc' is not a number"),
        ("repeat_purchase_rate", "2 5", "repeat_purchase_rate", "'2 5' is not a number"),
        ("repeat_purchase_rate", "1e2", "repeat_purchase_rate", "'1e2' is not a number"),
        ("repeat_purchase_rate", "nan", "repeat_purchase_rate", "'nan' is not a number"),
        ("repeat_purchase_rate", "100.1", "repeat_purchase_rate", "must be at most 100"),
        ("repeat_purchase_rate", "-1", "repeat_purchase_rate", "must be at least 0"),
        ("retention_rate", "25.55", "retention_rate", "too many decimals (at most 1)"),
        ("new_members", "2.5", "new_members", "'2.5' is not a whole number"),
        ("new_members", "-3", "new_members", "must be at least 0"),
        ("new_members", "1000001", "new_members", "must be at most 1000000"),
        ("nps", "101", "nps", "must be at most 100"),
        ("nps", "-101", "nps", "must be at least -100"),
        ("nps", "30.5", "nps", "'30.5' is not a whole number"),
        ("csat", "0.9", "csat", "must be at least 1"),
        ("csat", "5.01", "csat", "must be at most 5"),
        ("csat", "4.255", "csat", "too many decimals (at most 2)"),
        ("avg_order_value_cents", "88.505", "avg_order_value_cents", "more than two decimals"),
        ("avg_order_value_cents", "0", "avg_order_value_cents", "must be more than zero"),
        ("avg_order_value_cents", "-5", "avg_order_value_cents", "not an amount in yuan"),
        ("revenue_cents", "2000000", "revenue_cents", "more than ¥1,000,000.00"),
    ],
)
def test_a_bad_target_is_one_refusal_naming_its_field(metric, text, field, message) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_target(metric, text)
    assert refused.value.params["field"] == field
    assert message in str(refused.value)
    assert str(refused.value).startswith(f"{field}: ")


def test_every_targetable_metric_is_a_report_figure_that_rises_to_good() -> None:
    month_fields = {f.name for f in fields(MonthFigures)}
    for metric in targets.METRICS:
        assert metric in month_fields and KPIS[metric].higher_is_better is True


# --- keeping them -------------------------------------------------------------------------------


def audit_lines(db) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return list(s.exec(select(AuditEntry).where(col(AuditEntry.action) == "targets.set")).all())


def test_targets_are_kept_together_and_each_change_is_audited(db, actor) -> None:
    with db.session() as s:
        set_targets(s, actor, {"repeat_purchase_rate": "25", "nps": "30", "csat": "4.5"})
    with db.session() as s:
        set_target(s, actor, "retention_rate", "40")
        set_target(s, actor, "nps", None)  # cleared
    with db.session(readonly=True) as s:
        assert load_targets(s) == {"repeat_purchase_rate": 0.25, "retention_rate": 0.4, "csat": 4.5}
        assert list(load_targets(s)) == ["repeat_purchase_rate", "retention_rate", "csat"]
    lines = audit_lines(db)
    assert [json.loads(line.detail) for line in lines] == [
        {"csat": "4.5", "nps": "30", "repeat_purchase_rate": "25"},
        {"retention_rate": "40"},
        {"nps": None},
    ]
    assert lines[0].subject == "repeat_purchase_rate, nps, csat"


def test_setting_what_is_already_set_writes_nothing(db, actor) -> None:
    with db.session() as s:
        set_target(s, actor, "repeat_purchase_rate", "25")
    before = snapshot(db)
    with db.session() as s:
        set_target(s, actor, "repeat_purchase_rate", "25.0%")
        set_target(s, actor, "csat", None)  # was never set
    assert snapshot(db) == before


@pytest.mark.parametrize(
    "typed",
    [
        {"loyalty": "25"},
        {"repeat_purchase_rate": "26", "retention_rate": "140"},  # the good one is not kept
        {"nps": "abc", "csat": "4"},
        {"avg_order_value_cents": "88.505"},
        {"csat": "", "nps": None},
        {"nps": None, "mood": None},  # clearing names a metric too
    ],
)
def test_each_refusal_leaves_the_database_unchanged(db, actor, typed) -> None:
    with db.session() as s:
        set_targets(s, actor, {"repeat_purchase_rate": "25", "nps": "10"})
    before = snapshot(db)
    with pytest.raises(InvalidInput), db.session() as s:
        set_targets(s, actor, typed)
    assert snapshot(db) == before


def test_only_the_owner_or_a_manager_sets_targets(db, team) -> None:
    _owner, manager, cashier = team
    with db.session() as s:
        set_target(s, manager, "repeat_purchase_rate", "25")
    before = snapshot(db)
    with pytest.raises(PermissionDenied), db.session() as s:
        set_target(s, cashier, "repeat_purchase_rate", "30")
    with pytest.raises(PermissionDenied), db.session() as s:
        set_target(s, cashier, "loyalty", "oops")  # refused as who, before what
    assert snapshot(db) == before


def test_a_kept_value_another_version_wrote_is_left_out(db, actor) -> None:
    with db.session() as s:
        set_setting(s, targets.TARGETS_KEY, ["nps"])
    with db.session(readonly=True) as s:
        assert load_targets(s) == {}
    stray = {"nps": 20, "csat": "high", "mood": 3, "retention_rate": True}
    with db.session() as s:
        set_setting(s, targets.TARGETS_KEY, stray)
    with db.session(readonly=True) as s:
        assert load_targets(s) == {"nps": 20}
    with db.session() as s:
        set_target(s, actor, "csat", "4")  # the stray keys go, the good ones stay
        assert get_setting(s, targets.TARGETS_KEY) == {"nps": 20, "csat": 4.0}


# --- actual against target on a hand-built history ------------------------------------------------


def month(name: str, **figures: float | None) -> MonthFigures:
    blank = dict.fromkeys((f.name for f in fields(MonthFigures)), None)
    return MonthFigures(**{**blank, "month": name, **figures})  # type: ignore[arg-type]


HISTORY = [
    month("2026-03", repeat_purchase_rate=0.30, nps=10),
    month("2026-04", repeat_purchase_rate=0.18, nps=None),
    month("2026-05", repeat_purchase_rate=0.20, nps=40),
    month("2026-06", repeat_purchase_rate=None, nps=28),
    month("2026-07", repeat_purchase_rate=0.25, nps=35),
    month("2026-08", repeat_purchase_rate=0.26, nps=31),
    month("2026-09", repeat_purchase_rate=0.235, nps=30, avg_order_value_cents=8849),
]


def test_met_is_at_or_beyond_the_target_and_the_history_is_the_last_six_months() -> None:
    kept = {"nps": 30, "repeat_purchase_rate": 0.25, "avg_order_value_cents": 8850, "csat": 4.0}
    repeat, aov, nps, csat = compare(HISTORY, kept)  # METRICS order, not the mapping's
    assert (repeat.metric, repeat.actual, repeat.target, repeat.met) == (
        "repeat_purchase_rate",
        0.235,
        0.25,
        False,
    )
    assert [m for m, _ in repeat.history] == [f"2026-0{i}" for i in range(4, 10)]
    assert (repeat.months_met, repeat.months_known) == (2, 5)  # 07 and 08; 06 had no buyers
    assert repeat.direction is Direction.DOWN
    assert (nps.met, nps.direction, nps.months_met, nps.months_known) == (
        True,
        Direction.DOWN,
        4,
        5,
    )
    assert (aov.actual, aov.met, aov.direction) == (8849, False, None)  # a cent short; no August
    assert (csat.actual, csat.met, csat.months_known) == (None, None, 0)


def test_exactly_on_target_is_met_and_a_flat_month_says_so() -> None:
    flat = [*HISTORY[:-1], replace(HISTORY[-2], month="2026-09")]
    [repeat] = compare(flat, {"repeat_purchase_rate": 0.26})
    assert repeat.met is True and repeat.direction is Direction.FLAT


def test_a_short_history_and_no_targets() -> None:
    [only] = compare(HISTORY[-1:], {"repeat_purchase_rate": 0.2})
    assert only.met is True and only.direction is None and len(only.history) == 1
    assert compare(HISTORY, {}) == []
    assert compare([], {"nps": 10}) == []


def test_the_words_every_renderer_shows() -> None:
    repeat, nps = compare(HISTORY, {"repeat_purchase_rate": 0.25, "nps": 30})
    assert figure_text(repeat.kpi.unit, repeat.actual) == "23.5%"  # the tile says 24%
    assert target_text(repeat) == "target 25%"
    assert status_text(repeat) == "not met ▼" and status_text(nps) == "met ▼"
    assert history_text(repeat) == "18% · 20% · — · 25% · 26% · 23.5%"
    assert months_met_text(repeat) == "months met: 2 of 5"
    assert targets.arrow(repeat) == "▼"
    assert figure_text(nps.kpi.unit, 24.56) == "+24.6"
    assert figure_text(nps.kpi.unit, -0.04) == "0"
    assert figure_text(nps.kpi.unit, -8) == "-8"
    assert figure_text(KPIS["avg_order_value_cents"].unit, 8850) == "¥88.50"
    assert figure_text(KPIS["csat"].unit, 4.5) == "4.50"
    assert figure_text(KPIS["new_members"].unit, 1234) == "1,234"


@pytest.mark.parametrize(
    ("metric", "actual", "target", "met"),
    [
        ("repeat_purchase_rate", 0.2496, 0.25, True),  # shown as 25%: met
        ("repeat_purchase_rate", 0.2494, 0.25, False),  # shown as 24.9%
        ("csat", 4.196, 4.2, True),  # shown as 4.20
        ("nps", 59.96, 60, True),  # shown as +60
        ("avg_order_value_cents", 8849.6, 8850, True),  # shown as ¥88.50
    ],
)
def test_met_agrees_with_the_figure_shown_beside_the_target(metric, actual, target, met) -> None:
    assert targets.is_met(KPIS[metric], actual, target) is met


def test_a_target_of_minus_zero_is_zero() -> None:
    zero = targets.parse_target("retention_rate", "-0")
    assert targets.typed_text("retention_rate", zero) == "0"
