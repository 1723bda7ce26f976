"""The monthly report as figures to show, the one definition the dashboard, the PDF and the CLI
text all render: the KPI catalogue (unit, whether a rise is good, label, format), the change
against the month before with its good/bad tone, and the series the trend charts draw.

Labels are English source strings of the catalogue's "ReportFigures" context, marked here and
translated by each renderer (the dashboard, the PDF, the command line's text)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from loyalty_desktop.core import display
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services.metrics import MonthFigures, MonthlyReport

Translate = Callable[[str], str]
NOTHING = "—"  # no value to show, or no change to compute


def untranslated(source: str) -> str:
    return source


def figure_word(source: str) -> str:
    """A label or unit of the report's figures (a text of this module's catalogue) in the
    process's language: the dashboard, the targets and the CLI read them alike."""
    return translate("ReportFigures", source)


class Unit(StrEnum):
    COUNT = "count"  # members, sales, answers
    PERCENT = "percent"  # a ratio, 0.25 = 25%; changes in percentage points
    CENTS = "cents"
    POINTS = "points"
    SCORE = "score"  # a mean such as CSAT or sales per buyer, two decimals
    NPS = "nps"  # -100 … 100, a signed whole number


class Tone(StrEnum):
    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"


def value_text(unit: Unit, value: float | None) -> str:
    """A figure as every renderer shows it; "—" when there is nothing to show."""
    if value is None:
        return NOTHING
    if unit in (Unit.COUNT, Unit.POINTS):
        return display.points(int(value))
    if unit is Unit.PERCENT:
        return display.percent(value)
    if unit is Unit.CENTS:
        return display.money(int(value))
    if unit is Unit.NPS:
        return display.nps(value)
    return display.score(value, 2)


@dataclass(frozen=True)
class Kpi:
    key: str  # the field of MonthFigures, or of MonthlyReport for the month-end figures
    unit: Unit
    higher_is_better: bool | None  # None: a rise is neither good nor bad
    label: str
    hint: str = ""  # what it counts, under the label in the PDF's table
    short: str = ""  # the dashboard tile's caption, where the label is too long for a tile

    @property
    def caption(self) -> str:
        return self.short or self.label


KPIS: dict[str, Kpi] = {
    kpi.key: kpi
    for kpi in (
        Kpi(
            "buyers",
            Unit.COUNT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Buyers"),
            QT_TRANSLATE_NOOP("ReportFigures", "Members with a purchase this month"),
        ),
        Kpi(
            "repeat_purchase_rate",
            Unit.PERCENT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Repeat purchase rate"),
            QT_TRANSLATE_NOOP("ReportFigures", "Share of buyers with 2+ sales"),
        ),
        Kpi(
            "returning_rate",
            Unit.PERCENT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Returning-customer rate"),
            QT_TRANSLATE_NOOP("ReportFigures", "Share of buyers who bought before"),
            short=QT_TRANSLATE_NOOP("ReportFigures", "Returning buyers"),
        ),
        Kpi(
            "retention_rate",
            Unit.PERCENT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Retention rate"),
            QT_TRANSLATE_NOOP("ReportFigures", "Last month's buyers who came back"),
            short=QT_TRANSLATE_NOOP("ReportFigures", "Retention"),
        ),
        Kpi(
            "new_members",
            Unit.COUNT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "New members"),
            QT_TRANSLATE_NOOP("ReportFigures", "Enrolled this month"),
        ),
        Kpi(
            "sales_count",
            Unit.COUNT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Member sales"),
            QT_TRANSLATE_NOOP("ReportFigures", "Net of wholly refunded sales"),
        ),
        Kpi(
            "revenue_cents",
            Unit.CENTS,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Member revenue"),
            QT_TRANSLATE_NOOP("ReportFigures", "Paid, net of refunds"),
        ),
        Kpi(
            "avg_order_value_cents",
            Unit.CENTS,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Average order value"),
            QT_TRANSLATE_NOOP("ReportFigures", "Member revenue ÷ member sales"),
            short=QT_TRANSLATE_NOOP("ReportFigures", "Average order"),
        ),
        Kpi(
            "purchase_frequency",
            Unit.SCORE,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Purchase frequency"),
            QT_TRANSLATE_NOOP("ReportFigures", "Sales per buyer"),
            short=QT_TRANSLATE_NOOP("ReportFigures", "Visits per buyer"),
        ),
        Kpi(
            "member_revenue_share",
            Unit.PERCENT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Member share of revenue"),
            QT_TRANSLATE_NOOP("ReportFigures", "Member revenue ÷ all revenue"),
        ),
        Kpi(
            "nps",
            Unit.NPS,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Net Promoter Score (NPS)"),
            QT_TRANSLATE_NOOP("ReportFigures", "% promoters − % detractors"),
            short=QT_TRANSLATE_NOOP("ReportFigures", "NPS"),
        ),
        Kpi(
            "csat",
            Unit.SCORE,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Satisfaction score (CSAT)"),
            QT_TRANSLATE_NOOP("ReportFigures", "Mean of 1–5 answers"),
        ),
        Kpi(
            "survey_responses",
            Unit.COUNT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Survey answers"),
            QT_TRANSLATE_NOOP("ReportFigures", "Satisfaction surveys answered"),
        ),
        Kpi(
            "churn_risk_members",
            Unit.COUNT,
            False,
            QT_TRANSLATE_NOOP("ReportFigures", "Churn-risk members"),
            QT_TRANSLATE_NOOP("ReportFigures", "Away over 90 days and over twice their usual gap"),
        ),
        Kpi(
            "clv_cents",
            Unit.CENTS,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Customer lifetime value (CLV)"),
            QT_TRANSLATE_NOOP("ReportFigures", "An estimate; see the note below"),
        ),
        Kpi(
            "points_issued", Unit.POINTS, None, QT_TRANSLATE_NOOP("ReportFigures", "Points issued")
        ),
        Kpi(
            "points_redeemed",
            Unit.POINTS,
            None,
            QT_TRANSLATE_NOOP("ReportFigures", "Points redeemed"),
        ),
        Kpi(
            "points_expired",
            Unit.POINTS,
            None,
            QT_TRANSLATE_NOOP("ReportFigures", "Points expired"),
        ),
        Kpi(
            "points_outstanding",
            Unit.POINTS,
            None,
            QT_TRANSLATE_NOOP("ReportFigures", "Points outstanding"),
        ),
        Kpi(
            "points_liability_cents",
            Unit.CENTS,
            None,
            QT_TRANSLATE_NOOP("ReportFigures", "Points liability"),
        ),
        Kpi(
            "coupons_issued", Unit.COUNT, None, QT_TRANSLATE_NOOP("ReportFigures", "Coupons issued")
        ),
        Kpi(
            "coupons_redeemed",
            Unit.COUNT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Coupons redeemed"),
        ),
        Kpi(
            "coupon_redemption_rate",
            Unit.PERCENT,
            True,
            QT_TRANSLATE_NOOP("ReportFigures", "Coupon redemption rate"),
            QT_TRANSLATE_NOOP("ReportFigures", "Coupons issued this month and redeemed by its end"),
        ),
    )
}
# The KPIs the report's "Key figures" table lists, in order, and the points block.
KEY_FIGURES = (
    "buyers",
    "repeat_purchase_rate",
    "returning_rate",
    "retention_rate",
    "new_members",
    "sales_count",
    "revenue_cents",
    "avg_order_value_cents",
    "purchase_frequency",
    "member_revenue_share",
    "nps",
    "csat",
    "survey_responses",
    "churn_risk_members",
    "clv_cents",
)
POINTS_FIGURES = (
    "points_issued",
    "points_redeemed",
    "points_expired",
    "points_outstanding",
    "points_liability_cents",
)
COUPON_FIGURES = ("coupons_issued", "coupons_redeemed", "coupon_redemption_rate")
# Figures of the month's end that are not kept per month: their previous value is unknown.
MONTH_END_ONLY = ("churn_risk_members", "clv_cents")


@dataclass(frozen=True)
class Figure:
    """One KPI of one month, ready to show: its value and the change against the month before."""

    kpi: Kpi
    value: float | None
    previous: float | None
    value_text: str
    previous_text: str
    change_text: str  # "—" when either month has no value
    tone: Tone


def _sign(delta: float) -> str:
    return "-" if delta < 0 else "+"


def _relative(delta: float, before: float) -> str:
    """ " (+12.5%)" after a count or an amount; nothing when there is nothing to compare."""
    if before <= 0 or delta == 0:
        return ""
    return f" ({_sign(delta)}{display.percent(abs(delta) / before, 1)})"


def change_text(unit: Unit, now: float | None, before: float | None, tr: Translate) -> str:
    """The change against the month before: ratios in percentage points, counts and amounts
    with the relative change too."""
    if now is None or before is None:
        return NOTHING
    delta = now - before
    sign = _sign(delta)
    if unit is Unit.PERCENT:
        return tr(QT_TRANSLATE_NOOP("ReportFigures", "{0} pts")).format(
            sign + display.percent(abs(delta), 1).removesuffix("%")
        )
    if unit in (Unit.COUNT, Unit.POINTS):
        return f"{sign}{display.points(abs(int(delta)))}{_relative(delta, before)}"
    if unit is Unit.CENTS:
        return f"{sign}{display.money(abs(int(delta)))}{_relative(delta, before)}"
    if unit is Unit.NPS:
        return sign + display.nps(abs(delta)).removeprefix("+")
    return sign + display.score(abs(delta), 2)


def tone(kpi: Kpi, now: float | None, before: float | None) -> Tone:
    """Good when the figure moved the way that helps the shop, bad the other way."""
    if kpi.higher_is_better is None or now is None or before is None or now == before:
        return Tone.NEUTRAL
    return Tone.GOOD if (now > before) == kpi.higher_is_better else Tone.BAD


def values(report: MonthlyReport, key: str) -> tuple[float | None, float | None]:
    """This month's and the previous month's value of a KPI."""
    if key in MONTH_END_ONLY:
        return getattr(report, key), None
    before = report.previous
    return getattr(report.metrics, key), getattr(before, key) if before else None


def figure(report: MonthlyReport, key: str, tr: Translate = untranslated) -> Figure:
    kpi = KPIS[key]
    now, before = values(report, key)
    return Figure(
        kpi,
        now,
        before,
        value_text(kpi.unit, now),
        value_text(kpi.unit, before),
        change_text(kpi.unit, now, before, tr),
        tone(kpi, now, before),
    )


def figures(
    report: MonthlyReport, keys: tuple[str, ...] = tuple(KPIS), tr: Translate = untranslated
) -> list[Figure]:
    return [figure(report, key, tr) for key in keys]


# --- the trend charts --------------------------------------------------------------------------

BLUE, LIGHT_BLUE, GREEN, AMBER, NAVY, BROWN = (
    "#1f6feb",
    "#54aeff",
    "#2da44e",
    "#bf8700",
    "#1b3a5c",
    "#9a6700",
)


@dataclass(frozen=True)
class Series:
    key: str  # the field of MonthFigures
    label: str
    unit: Unit
    colour: str

    def values(self, trend: list[MonthFigures]) -> list[float | None]:
        return [getattr(m, self.key) for m in trend]


@dataclass(frozen=True)
class Chart:
    """A trend chart: its series on the left axis, and those on an axis of their own at the
    right (another unit, or another scale)."""

    title: str
    left: tuple[Series, ...]
    right: tuple[Series, ...] = ()


BUYERS_CHART = Chart(
    QT_TRANSLATE_NOOP("ReportFigures", "Buyers: new and returning"),
    (
        Series(
            "returning_buyers",
            QT_TRANSLATE_NOOP("ReportFigures", "Returning buyers"),
            Unit.COUNT,
            BLUE,
        ),
        Series(
            "new_buyers", QT_TRANSLATE_NOOP("ReportFigures", "New buyers"), Unit.COUNT, LIGHT_BLUE
        ),
    ),
)
REPEAT_CHART = Chart(
    QT_TRANSLATE_NOOP("ReportFigures", "Repeat purchase and retention rate"),
    (
        Series(
            "repeat_purchase_rate",
            QT_TRANSLATE_NOOP("ReportFigures", "Repeat purchase rate"),
            Unit.PERCENT,
            BLUE,
        ),
        Series(
            "retention_rate",
            QT_TRANSLATE_NOOP("ReportFigures", "Retention rate"),
            Unit.PERCENT,
            GREEN,
        ),
    ),
)
POINTS_CHART = Chart(
    QT_TRANSLATE_NOOP("ReportFigures", "Points issued, redeemed and outstanding"),
    (
        Series("points_issued", QT_TRANSLATE_NOOP("ReportFigures", "Issued"), Unit.POINTS, GREEN),
        Series(
            "points_redeemed", QT_TRANSLATE_NOOP("ReportFigures", "Redeemed"), Unit.POINTS, AMBER
        ),
    ),
    (
        Series(
            "points_outstanding",
            QT_TRANSLATE_NOOP("ReportFigures", "Outstanding"),
            Unit.POINTS,
            NAVY,
        ),
    ),
)
SATISFACTION_CHART = Chart(
    QT_TRANSLATE_NOOP("ReportFigures", "Satisfaction: NPS and CSAT"),
    (Series("nps", QT_TRANSLATE_NOOP("ReportFigures", "NPS"), Unit.NPS, BLUE),),
    (Series("csat", QT_TRANSLATE_NOOP("ReportFigures", "CSAT"), Unit.SCORE, BROWN),),
)
CHARTS = (BUYERS_CHART, REPEAT_CHART, POINTS_CHART, SATISFACTION_CHART)


@dataclass(frozen=True)
class Segment:
    """An RFM segment as the segments chart and table show it."""

    label: str
    hint: str
    colour: str


# By the keys of segments.RFM_SEGMENTS; one colour each, the same on screen and on paper.
SEGMENTS = {
    "champions": Segment(
        QT_TRANSLATE_NOOP("ReportFigures", "Champions"),
        QT_TRANSLATE_NOOP("ReportFigures", "Recent and frequent buyers"),
        "#1a7f37",
    ),
    "loyal": Segment(
        QT_TRANSLATE_NOOP("ReportFigures", "Loyal"),
        QT_TRANSLATE_NOOP("ReportFigures", "Come back regularly"),
        "#2da44e",
    ),
    "new": Segment(
        QT_TRANSLATE_NOOP("ReportFigures", "New"),
        QT_TRANSLATE_NOOP("ReportFigures", "Just made a first purchase"),
        "#54aeff",
    ),
    "potential": Segment(
        QT_TRANSLATE_NOOP("ReportFigures", "Potential"),
        QT_TRANSLATE_NOOP("ReportFigures", "Recent, could come more often"),
        "#1f6feb",
    ),
    "at_risk": Segment(
        QT_TRANSLATE_NOOP("ReportFigures", "At risk"),
        QT_TRANSLATE_NOOP("ReportFigures", "Used to come often, not lately"),
        "#bf8700",
    ),
    "hibernating": Segment(
        QT_TRANSLATE_NOOP("ReportFigures", "Hibernating"),
        QT_TRANSLATE_NOOP("ReportFigures", "Not seen for a while"),
        "#8c959f",
    ),
    "lost": Segment(
        QT_TRANSLATE_NOOP("ReportFigures", "Lost"),
        QT_TRANSLATE_NOOP("ReportFigures", "Gone for a long time"),
        "#cf222e",
    ),
}


# --- the cohort heat map -----------------------------------------------------------------------
# The same heat on screen and on paper: a pale blue for 0 %, the accent blue for 100 %.
HEAT_LOW, HEAT_HIGH = "#eef4fd", "#1f6feb"
DARK_TEXT, LIGHT_TEXT = "#1f2328", "#ffffff"


def _rgb(colour: str) -> tuple[int, int, int]:
    value = int(colour.removeprefix("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def heat(share: float) -> str:
    """The cell colour of a cohort share (clamped to 0..1), as ``#rrggbb``."""
    t = min(max(share, 0.0), 1.0)
    low, high = _rgb(HEAT_LOW), _rgb(HEAT_HIGH)
    return "#" + "".join(f"{round(a + (b - a) * t):02x}" for a, b in zip(low, high, strict=True))


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``: 0 black .. 1 white."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = map(linear, _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_on(background: str) -> str:
    """Dark or white text, whichever contrasts more with ``background`` (WCAG ratio)."""
    back = luminance(background)
    dark = (back + 0.05) / (luminance(DARK_TEXT) + 0.05)
    light = (luminance(LIGHT_TEXT) + 0.05) / (back + 0.05)
    return DARK_TEXT if dark >= light else LIGHT_TEXT
