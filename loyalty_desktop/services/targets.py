"""KPI targets (目标): the owner's aim for a few monthly figures (复购率 25%, 留存率 40% …), kept
in the settings table, and the one comparison of a month with them that the dashboard, the PDF
and ``loyalty report monthly`` all show: the month's figure, the target, met or not, and the
months before. Targets are not part of the report: the kept report stays the same whatever
the owner aims for, and a new target shows on the next look without computing anything.

A target is typed as the owner says it (25 for 25 %, 88.50 for ¥88.50, 4.5 for a CSAT) and kept
in the report's own units (0.25, 8850 cents, 4.5), so comparing is a plain ``>=``."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from loyalty_desktop.core import display
from loyalty_desktop.core.errors import InvalidAmount, InvalidInput
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.core.money import parse_amount
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.metrics import MonthFigures, MonthlyReport
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.report_figures import (
    KPIS,
    NOTHING,
    Kpi,
    Translate,
    Unit,
    untranslated,
)
from loyalty_desktop.services.settings import get_setting, set_setting

TARGETS_KEY = "kpi.targets"
HISTORY_MONTHS = 6  # the months a comparison looks back on, the report's month the last
COUNT_MOST = 1_000_000  # new members in a month: far above any shop's


@dataclass(frozen=True)
class Entry:
    """How a target is typed: a number from ``low`` to ``high`` with at most ``places``
    decimals, kept as the typed number ÷ ``per`` (25 % is kept as 0.25)."""

    low: int
    high: int
    places: int
    per: int = 1


PERCENT = Entry(0, 100, 1, per=100)
MONEY = Entry(0, 0, 2)  # yuan, read by the money parser (which knows its own bounds)
# What a target may be set on, in the order every renderer lists them: the figures an owner
# steers by, each higher-is-better (the report's catalogue says which way is good).
METRICS: dict[str, Entry] = {
    "repeat_purchase_rate": PERCENT,
    "retention_rate": PERCENT,
    "returning_rate": PERCENT,
    "new_members": Entry(0, COUNT_MOST, 0),
    "avg_order_value_cents": MONEY,
    "revenue_cents": MONEY,
    "member_revenue_share": PERCENT,
    "coupon_redemption_rate": PERCENT,
    "nps": Entry(-100, 100, 0),
    "csat": Entry(1, 5, 2),
}
_NUMBER = re.compile(r"^[+-]?\d+(?:\.(\d+))?$")
_PERCENT_SIGNS = "%％"


def parse_target(metric: str, text: str) -> float:
    """The target ``text`` typed for ``metric``, in the report's units; refused with the
    metric as the field (an unknown metric: field "metric")."""
    entry = _entry(metric)
    typed = str(text).strip()
    if not typed:
        raise InvalidInput(field=metric, reason="required")
    if entry is MONEY:
        try:
            return parse_amount(typed)
        except InvalidAmount as refused:
            raise InvalidInput(field=metric, **refused.params) from None
    if entry is PERCENT:
        typed = typed.rstrip(_PERCENT_SIGNS).strip()
    match = _NUMBER.match(typed)
    if not match:
        raise InvalidInput(field=metric, reason="not_a_number", text=text)
    decimals = len(match.group(1) or "")
    if decimals > entry.places:
        reason = "not_whole" if entry.places == 0 else "too_many_decimals"
        raise InvalidInput(field=metric, reason=reason, text=text, places=entry.places)
    number = Decimal(typed)
    if number < entry.low:
        raise InvalidInput(field=metric, reason="at_least", least=entry.low)
    if number > entry.high:
        raise InvalidInput(field=metric, reason="at_most", most=entry.high)
    return int(number) if entry.places == 0 else float(number / entry.per) + 0.0  # never -0


def _entry(metric: str) -> Entry:
    if metric not in METRICS:
        raise InvalidInput(
            field="metric", reason="unknown_list", text=metric, choices=", ".join(METRICS)
        )
    return METRICS[metric]


def typed_text(metric: str, target: float) -> str:
    """A kept target as ``parse_target`` reads it back ("25", "23.5", "88.50", "4.5")."""
    entry = METRICS[metric]
    if entry is MONEY:
        return display.money(int(target), symbol=False, grouped=False)
    typed = Decimal(repr(target)) * entry.per
    return _trimmed(f"{typed:.{entry.places}f}")


def _trimmed(number: str) -> str:
    """ "25.0" -> "25", "23.50" -> "23.5"; a whole number as it is."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def load_targets(session: Session) -> dict[str, float]:
    """The targets set, in METRICS order; anything else under the key (another version's
    metric, a value that is no number) is left out rather than shown wrongly."""
    kept = get_setting(session, TARGETS_KEY, {})
    if not isinstance(kept, dict):
        return {}
    return {
        metric: kept[metric]
        for metric in METRICS
        if isinstance(kept.get(metric), int | float) and not isinstance(kept[metric], bool)
    }


def set_targets(session: Session, actor: Actor, typed: Mapping[str, str | None]) -> None:
    """Set (a typed value) or clear (None) the targets of ``typed`` together: every value is
    checked before any is kept, so one refusal leaves them all as they were."""
    require(session, actor, Action.SET_TARGETS)
    parsed = {metric: _parsed(metric, text) for metric, text in typed.items()}
    kept: dict[str, Any] = load_targets(session)
    changed = {m: v for m, v in parsed.items() if kept.get(m) != v}
    if not changed:
        return
    for metric, value in changed.items():
        if value is None:
            kept.pop(metric, None)
        else:
            kept[metric] = value
    set_setting(session, TARGETS_KEY, kept)
    audit.record(
        session,
        actor,
        "targets.set",
        ", ".join(changed),
        **{m: None if v is None else typed_text(m, v) for m, v in changed.items()},
    )


def _parsed(metric: str, text: str | None) -> float | None:
    """A typed target, or None to clear it (of a metric that exists all the same)."""
    if text is None:
        _entry(metric)
        return None
    return parse_target(metric, text)


def set_target(session: Session, actor: Actor, metric: str, value: str | None) -> None:
    """Set one target (typed as the owner says it), or clear it with None."""
    set_targets(session, actor, {metric: value})


# --- actual against target ----------------------------------------------------------------------


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"


ARROWS = {Direction.UP: "▲", Direction.DOWN: "▼", Direction.FLAT: "▶"}


@dataclass(frozen=True)
class Comparison:
    """One target against the report's month and the months before it."""

    kpi: Kpi
    target: float
    actual: float | None  # None: nothing to compute it from this month
    met: bool | None  # None: no figure this month, so neither met nor missed
    history: list[tuple[str, float | None]]  # (month, figure), oldest first, the report's last
    direction: Direction | None  # against the month before; None without both figures

    @property
    def metric(self) -> str:
        return self.kpi.key

    @property
    def months_met(self) -> int:
        return sum(is_met(self.kpi, v, self.target) is True for _, v in self.history)

    @property
    def months_known(self) -> int:
        return sum(v is not None for _, v in self.history)


# The decimals a figure is shown with beside its target (of a ratio: 0.1 %; else whole).
PLACES = {Unit.PERCENT: 3, Unit.NPS: 1, Unit.SCORE: 2}


def as_shown(unit: Unit, value: float) -> float:
    """``value`` rounded half up as it is shown beside its target, so "met" agrees with the
    figure the owner reads (24.96 % shows as 25 %: met)."""
    step = Decimal(1).scaleb(-PLACES.get(unit, 0))
    return float(Decimal(repr(value)).quantize(step, ROUND_HALF_UP)) + 0.0


def is_met(kpi: Kpi, actual: float | None, target: float) -> bool | None:
    """At or beyond the target the way the figure should go (all of METRICS: up), as shown."""
    if actual is None:
        return None
    shown = as_shown(kpi.unit, actual)
    return shown >= target if kpi.higher_is_better is not False else shown <= target


def _direction(now: float | None, before: float | None) -> Direction | None:
    if now is None or before is None:
        return None
    return Direction.UP if now > before else Direction.DOWN if now < before else Direction.FLAT


def _counted(month: MonthFigures) -> bool:
    """Whether the month has any figure (not one before the shop's first sale or member)."""
    return any(getattr(month, f.name) for f in fields(month) if f.name != "month")


def compare(
    report: MonthlyReport | Sequence[MonthFigures], targets: Mapping[str, float]
) -> list[Comparison]:
    """Each target (in METRICS order) against the last month of ``report``'s trend (or of the
    trend given), with the HISTORY_MONTHS months ending with it."""
    trend = report.trend if isinstance(report, MonthlyReport) else list(report)
    recent = trend[-HISTORY_MONTHS:]
    result = []
    for metric in METRICS:
        if metric not in targets or not recent:
            continue
        kpi, target = KPIS[metric], targets[metric]
        # A month before the shop had anything to count has no figure, not a zero.
        history = [(m.month, getattr(m, metric) if _counted(m) else None) for m in recent]
        actual = history[-1][1]
        before = history[-2][1] if len(history) > 1 else None
        result.append(
            Comparison(
                kpi,
                target,
                actual,
                is_met(kpi, actual, target),
                history,
                _direction(actual, before),
            )
        )
    return result


@dataclass(frozen=True)
class Spark:
    """A comparison's months in a unit square, for a small line over its target: x from 0 (the
    oldest month) to 1 (the report's; 0.5 alone), y from 0 (the lowest of the figures and the
    target) to 1 (the highest); None for a month without a figure."""

    points: list[tuple[float, float] | None]
    target_y: float


def spark(comparison: Comparison) -> Spark:
    values = [v for _, v in comparison.history]
    known = [v for v in values if v is not None]
    low = min([*known, comparison.target])
    span = (max([*known, comparison.target]) - low) or 1
    last = len(values) - 1
    return Spark(
        [
            (i / last if last else 0.5, (v - low) / span) if v is not None else None
            for i, v in enumerate(values)
        ],
        (comparison.target - low) / span,
    )


# --- the words and numbers every renderer shows ---------------------------------------------------

STATUS = {
    True: QT_TRANSLATE_NOOP("ReportFigures", "met"),
    False: QT_TRANSLATE_NOOP("ReportFigures", "not met"),
    None: QT_TRANSLATE_NOOP("ReportFigures", "no figure"),
}
TARGET_LABEL = QT_TRANSLATE_NOOP("ReportFigures", "target {target}")
MONTHS_MET = QT_TRANSLATE_NOOP("ReportFigures", "months met: {met} of {known}")


def figure_text(unit: Unit, value: float | None) -> str:
    """A figure beside its target, precise enough that "met" never looks wrong: 24.6% is short
    of 25% (the tiles' 25% would not say so)."""
    if value is None:
        return NOTHING
    if unit is Unit.PERCENT:
        return _trimmed(display.percent(value, 1).removesuffix("%")) + "%"
    if unit is Unit.NPS:
        shown = _trimmed(f"{abs(value):.1f}")
        return "0" if shown == "0" else ("-" if value < 0 else "+") + shown
    if unit is Unit.SCORE:
        return display.score(value, 2)
    if unit is Unit.CENTS:
        return display.money(int(as_shown(unit, value)))
    return display.points(int(as_shown(unit, value)))


def status_text(comparison: Comparison, tr: Translate = untranslated) -> str:
    """ "met ▲", "not met ▼", "met" (no figure the month before), "no figure"."""
    return f"{tr(STATUS[comparison.met])} {arrow(comparison)}".rstrip()


def target_text(comparison: Comparison, tr: Translate = untranslated) -> str:
    """ "target 25%" / "目标 25%"."""
    return tr(TARGET_LABEL).format(target=figure_text(comparison.kpi.unit, comparison.target))


def history_text(comparison: Comparison) -> str:
    """The months' figures, oldest first: "18% · 20% · — · 23.5%"."""
    return " · ".join(figure_text(comparison.kpi.unit, v) for _, v in comparison.history)


def months_met_text(comparison: Comparison, tr: Translate = untranslated) -> str:
    return tr(MONTHS_MET).format(met=comparison.months_met, known=comparison.months_known)


def arrow(comparison: Comparison) -> str:
    """▲ ▼ ▶ against the month before; nothing without both figures."""
    return ARROWS[comparison.direction] if comparison.direction else ""
