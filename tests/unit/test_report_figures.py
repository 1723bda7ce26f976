"""The report model's rules: whether a change is good or bad, and how a value and its change
against the month before read."""

from __future__ import annotations

import pytest

from loyalty_desktop.core.i18n import catalogue
from loyalty_desktop.services.report_figures import (
    CHARTS,
    KPIS,
    SEGMENTS,
    Tone,
    Unit,
    change_text,
    tone,
    untranslated,
    value_text,
)
from loyalty_desktop.services.segments import RFM_SEGMENTS


@pytest.mark.parametrize(
    ("key", "now", "before", "expected"),
    [
        ("churn_risk_members", 12, 9, Tone.BAD),  # more members at risk is worse
        ("churn_risk_members", 9, 12, Tone.GOOD),
        ("buyers", 12, 9, Tone.GOOD),
        ("buyers", 9, 12, Tone.BAD),
        ("buyers", 9, 9, Tone.NEUTRAL),
        ("nps", -20, 10, Tone.BAD),
        ("points_liability_cents", 900, 100, Tone.NEUTRAL),  # neither good nor bad
        ("retention_rate", None, 0.5, Tone.NEUTRAL),
        ("retention_rate", 0.5, None, Tone.NEUTRAL),
    ],
)
def test_the_tone_follows_whether_higher_is_better(key, now, before, expected) -> None:
    assert tone(KPIS[key], now, before) is expected


@pytest.mark.parametrize(
    ("unit", "now", "before", "expected"),
    [
        (Unit.PERCENT, 0.0, 1.0, "-100.0 pts"),  # percentage points, not percent
        (Unit.PERCENT, 0.625, 0.6, "+2.5 pts"),
        (Unit.COUNT, 1, 1, "+0"),
        (Unit.COUNT, 1350, 1000, "+350 (+35.0%)"),
        (Unit.COUNT, 3, 0, "+3"),  # nothing to compare a relative change with
        (Unit.POINTS, 900, 1200, "-300 (-25.0%)"),
        (Unit.CENTS, 5203, 5015, "+¥1.88 (+3.7%)"),
        (Unit.CENTS, 123456, 223456, "-¥1,000.00 (-44.8%)"),
        (Unit.NPS, 50.0, 61.4, "-11"),
        (Unit.NPS, 40.0, 40.0, "+0"),
        (Unit.SCORE, 2.58, 2.39, "+0.19"),
        (Unit.SCORE, None, 2.39, "—"),
        (Unit.COUNT, 4, None, "—"),
    ],
)
def test_the_change_against_the_month_before(unit, now, before, expected) -> None:
    assert change_text(unit, now, before, untranslated) == expected


def test_percentage_points_are_said_in_the_renderer_language() -> None:
    chinese = {"{0} pts": "{0}个百分点"}
    assert change_text(Unit.PERCENT, 0.5, 0.25, chinese.__getitem__) == "+25.0个百分点"


@pytest.mark.parametrize(
    ("unit", "value", "expected"),
    [
        (Unit.COUNT, 12345, "12,345"),
        (Unit.PERCENT, 0.4567, "46%"),
        (Unit.CENTS, 1810800, "¥18,108.00"),
        (Unit.NPS, 49.6, "+50"),
        (Unit.SCORE, 4.155, "4.16"),
        (Unit.PERCENT, None, "—"),
    ],
)
def test_values_read_the_same_everywhere(unit, value, expected) -> None:
    assert value_text(unit, value) == expected


def test_every_rfm_segment_has_a_label_and_a_colour() -> None:
    assert set(SEGMENTS) == set(RFM_SEGMENTS)


def test_every_string_of_the_model_has_its_chinese_in_the_catalogue() -> None:
    """The dashboard, the PDF and the command line all look these up in context
    "ReportFigures"; lupdate finds them because they are marked where they are defined."""
    strings = {"{0} pts"}
    strings |= {s for kpi in KPIS.values() for s in (kpi.label, kpi.hint, kpi.short) if s}
    strings |= {c.title for c in CHARTS} | {s.label for c in CHARTS for s in c.left + c.right}
    strings |= {s for segment in SEGMENTS.values() for s in (segment.label, segment.hint)}
    chinese = catalogue("zh_CN")
    missing = {s for s in strings if not chinese.lookup("ReportFigures", s, "", -1)}
    assert not missing, missing
