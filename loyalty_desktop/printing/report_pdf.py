"""The owner's monthly repeat-customer report (月度复购报告) as an A4 PDF: headline KPIs against
the month before, trend charts, enrolment cohorts, RFM segments, the top members, the churn-risk
list and the points liability — in Simplified Chinese or English.

The KPIs, their changes and tones, the chart series and the segments come from
``services.report_figures``, which the dashboard and the CLI text render too, so all three agree.
All text uses the bundled WenQuanYi Micro Hei (embedded as a subset, with ToUnicode maps so the
text can be searched and copied); reportlab's STSong-Light would not be embedded at all."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from loyalty_desktop.core import display
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from loyalty_desktop.printing.fonts import CJK, register
from loyalty_desktop.services.metrics import MonthFigures, MonthlyReport
from loyalty_desktop.services.outputs import check_output
from loyalty_desktop.services.report_figures import (
    BUYERS_CHART,
    KEY_FIGURES,
    POINTS_CHART,
    POINTS_FIGURES,
    REPEAT_CHART,
    SATISFACTION_CHART,
    SEGMENTS,
    Chart,
    Series,
    Tone,
    Unit,
    figure,
    figures,
    heat,
    text_on,
)
from loyalty_desktop.services.segments import RFM_SEGMENTS, ChurnRisk
from loyalty_desktop.services.targets import (
    Comparison,
    compare,
    figure_text,
    months_met_text,
    spark,
    status_text,
)

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16 * mm, 20 * mm, 18 * mm
FRAME_PAD = 6  # platypus pads its frame by this much; the content lines up with MARGIN_X
FRAME_W = PAGE_W - 2 * MARGIN_X
MIN_TREND_MONTHS = 6  # fewer months than this makes a chart look broken rather than young

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#656d76")
NAVY = colors.HexColor("#1b3a5c")
ACCENT = colors.HexColor("#1f6feb")
PAPER = colors.HexColor("#f4f6f9")
RULE = colors.HexColor("#d0d7de")
GOOD = colors.HexColor("#1a7f37")
BAD = colors.HexColor("#cf222e")

# Every word the report prints but the figures' own (those are in context "ReportFigures").
LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ReportPdf", "Monthly repeat-customer report"),
    "compared": QT_TRANSLATE_NOOP("ReportPdf", "Compared with {prev}"),
    "no_previous": QT_TRANSLATE_NOOP("ReportPdf", "No previous month"),
    "key_figures": QT_TRANSLATE_NOOP("ReportPdf", "Key figures"),
    "metric": QT_TRANSLATE_NOOP("ReportPdf", "Metric"),
    "this_month": QT_TRANSLATE_NOOP("ReportPdf", "This month"),
    "previous": QT_TRANSLATE_NOOP("ReportPdf", "Previous month"),
    "change": QT_TRANSLATE_NOOP("ReportPdf", "Change"),
    "clv_note": QT_TRANSLATE_NOOP(
        "ReportPdf",
        "* CLV is an estimate: revenue per buyer per month over the last 12 months × the "
        "expected lifetime implied by the observed monthly retention (1 ÷ (1 − mean "
        "retention), at most 60 months). It counts revenue, not margin, and is an "
        "average, not a forecast for any one member.",
    ),
    "dash_note": QT_TRANSLATE_NOOP(
        "ReportPdf", '"—" means there is nothing to compute it from (no buyers, no survey answers).'
    ),
    "points": QT_TRANSLATE_NOOP("ReportPdf", "Points and points liability"),
    "points_note": QT_TRANSLATE_NOOP(
        "ReportPdf",
        "Points liability = the points members hold at month end, at their redemption value.",
    ),
    "trends": QT_TRANSLATE_NOOP("ReportPdf", "Trends ({first} to {last})"),
    "right_axis": QT_TRANSLATE_NOOP("ReportPdf", " (right axis)"),
    "no_data": QT_TRANSLATE_NOOP("ReportPdf", "No data"),
    "cohorts": QT_TRANSLATE_NOOP("ReportPdf", "Cohorts: share of members who bought"),
    "cohort_note": QT_TRANSLATE_NOOP(
        "ReportPdf",
        "+0 is the month of enrolment, +1 the month after, and so on: the share of the "
        "cohort who bought in that month. Darker means a larger share.",
    ),
    "enrolled": QT_TRANSLATE_NOOP("ReportPdf", "Enrolled"),
    "members": QT_TRANSLATE_NOOP("ReportPdf", "Members"),
    "rfm": QT_TRANSLATE_NOOP("ReportPdf", "RFM segments"),
    "segment": QT_TRANSLATE_NOOP("ReportPdf", "Segment"),
    "meaning": QT_TRANSLATE_NOOP("ReportPdf", "What it means"),
    "share": QT_TRANSLATE_NOOP("ReportPdf", "Share"),
    "total": QT_TRANSLATE_NOOP("ReportPdf", "Total"),
    "top": QT_TRANSLATE_NOOP("ReportPdf", "Top members this month"),
    "rank": QT_TRANSLATE_NOOP("ReportPdf", "#"),
    "name": QT_TRANSLATE_NOOP("ReportPdf", "Name"),
    "card": QT_TRANSLATE_NOOP("ReportPdf", "Card"),
    "visits": QT_TRANSLATE_NOOP("ReportPdf", "Visits"),
    "spend": QT_TRANSLATE_NOOP("ReportPdf", "Spend"),
    "no_top": QT_TRANSLATE_NOOP("ReportPdf", "No member bought anything this month."),
    "churn": QT_TRANSLATE_NOOP("ReportPdf", "Churn-risk members"),
    "last_visit": QT_TRANSLATE_NOOP("ReportPdf", "Last visit"),
    "days_since": QT_TRANSLATE_NOOP("ReportPdf", "Days away"),
    "usual_gap": QT_TRANSLATE_NOOP("ReportPdf", "Usual gap (days)"),
    "spend_12m": QT_TRANSLATE_NOOP("ReportPdf", "12-month spend"),
    "no_churn": QT_TRANSLATE_NOOP("ReportPdf", "No member was at churn risk at the month's end."),
    "churn_more": QT_TRANSLATE_NOOP(
        "ReportPdf", "{total} members at risk in all; the {shown} away longest are listed."
    ),
    "page": QT_TRANSLATE_NOOP("ReportPdf", "Page {page} of {pages}"),
    "targets": QT_TRANSLATE_NOOP("ReportPdf", "Targets"),
    "target": QT_TRANSLATE_NOOP("ReportPdf", "Target"),
    "met": QT_TRANSLATE_NOOP("ReportPdf", "Met?"),
    "last_months": QT_TRANSLATE_NOOP("ReportPdf", "Last {months} months"),
    "how_often": QT_TRANSLATE_NOOP("ReportPdf", "How often met"),
    "targets_note": QT_TRANSLATE_NOOP(
        "ReportPdf",
        "Met: at or above the target. ▲▼: against the month before. The dashed line is the "
        "target, the dots the months with a figure.",
    ),
}


@dataclass(frozen=True)
class Text:
    """The report's words in one language, from the catalogue."""

    language: str

    @property
    def zh(self) -> bool:
        return self.language.lower().startswith("zh")

    def __call__(self, key: str, **values: Any) -> str:
        return translate("ReportPdf", LABELS[key], language=self.language).format(**values)

    def source(self, english: str) -> str:
        """One of the report model's English strings in this language."""
        return translate("ReportFigures", english, language=self.language)

    def month(self, month: str) -> str:
        """ "2026-10" -> "2026年10月" / "October 2026"."""
        return display.month_title(month, self.language)

    def short_month(self, month: str) -> str:
        """ "2026-10" -> "10月" / "Oct": axis labels for up to 12 months side by side."""
        return display.short_month(month, self.language)


TONE_COLOURS = {Tone.GOOD: GOOD, Tone.BAD: BAD, Tone.NEUTRAL: MUTED}
MET_COLOURS = {True: GOOD, False: BAD, None: MUTED}
TILE_PAD_LEFT, TILE_PAD_RIGHT = 9, 5
TILES = ("buyers", "repeat_purchase_rate", "revenue_cents", "nps")


# --- styles and small flowables -----------------------------------------------------------------


def styles(font: str, text: Text) -> dict[str, ParagraphStyle]:
    wrap = "CJK" if text.zh else None  # Chinese breaks between any two characters
    base = ParagraphStyle("body", fontName=font, fontSize=8.5, leading=11, textColor=INK)
    base.wordWrap = wrap

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": make("small", fontSize=7.2, leading=9.5, textColor=MUTED),
        "cell": make("cell", fontSize=8, leading=10),
        "cell_r": make("cell_r", fontSize=8, leading=10, alignment=TA_RIGHT),
        "head": make("head", fontSize=7.5, leading=9.5, textColor=NAVY),
        "head_r": make("head_r", fontSize=7.5, leading=9.5, textColor=NAVY, alignment=TA_RIGHT),
        "h2": make("h2", fontSize=12.5, leading=16, textColor=NAVY, spaceBefore=10, spaceAfter=5),
        "chart_title": make("chart_title", fontSize=9, leading=12, textColor=NAVY, leftIndent=8),
        "shop": make("shop", fontSize=19, leading=24, textColor=colors.white),
        "banner": make("banner", fontSize=10.5, leading=14, textColor=colors.HexColor("#dbe6f3")),
        "tile_label": make("tile_label", fontSize=8, leading=10, textColor=MUTED),
        "tile_value": make("tile_value", fontSize=19, leading=24, textColor=NAVY),
        "tile_change": make("tile_change", fontSize=7.5, leading=9.5, textColor=MUTED),
        "center": make("center", alignment=TA_CENTER, textColor=MUTED),
    }


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def heading(title: str, st: dict[str, ParagraphStyle]) -> Paragraph:
    para = Paragraph(_esc(title), st["h2"])
    para.keepWithNext = True
    return para


def new_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose text state starts in the CJK font, so no Helvetica is ever referenced."""
    return Drawing(width, height, initialFontName=CJK)


def set_style(table: Table, commands: Sequence[tuple]) -> Table:
    """Style a table with the CJK font as every cell's default (the default is Helvetica, which
    the PDF would then reference without embedding)."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK), *commands]))
    return table


def grid_style(numeric_from: int, extra: Sequence[tuple] = ()) -> list[tuple]:
    """The house table look: a tinted header, hairlines between rows, numbers on the right."""
    return [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6edf5")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PAPER]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
        ("TOPPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        *extra,
    ]


def cells(
    row: Sequence[str], style: ParagraphStyle, right: ParagraphStyle, numeric_from: int
) -> list[Paragraph]:
    """Wrap a row's texts in Paragraphs so long names wrap instead of overflowing."""
    return [Paragraph(_esc(v), right if i >= numeric_from else style) for i, v in enumerate(row)]


# --- page 1: title, tiles, KPI table, points ----------------------------------------------------


def banner(report: MonthlyReport, shop_name: str, text: Text, st: dict) -> Table:
    before = report.previous
    compared = text("compared", prev=before.month) if before else text("no_previous")
    lines = [
        Paragraph(_esc(shop_name), st["shop"]),
        Paragraph(f"{text('title')} · {text.month(report.month)} · {compared}", st["banner"]),
    ]
    table = Table([[lines]], colWidths=[FRAME_W])
    set_style(
        table,
        [
            ("BACKGROUND", (0, 0), (-1, -1), NAVY),
            ("LEFTPADDING", (0, 0), (-1, -1), 14),
            ("TOPPADDING", (0, 0), (-1, -1), 10),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 11),
        ],
    )
    return table


def fitted(value: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """The style, shrunk if a big figure (¥1,234,567.89) would not fit its tile."""
    size = style.fontSize * min(1, width / stringWidth(value, style.fontName, style.fontSize))
    return style.clone(style.name + "_fit", fontSize=size, leading=style.leading)


def tile(report: MonthlyReport, key: str, text: Text, st: dict, width: float) -> list[Paragraph]:
    shown = figure(report, key, text.source)
    colour = TONE_COLOURS[shown.tone].hexval().replace("0x", "#")
    return [
        Paragraph(_esc(text.source(shown.kpi.label)), st["tile_label"]),
        Paragraph(shown.value_text, fitted(shown.value_text, st["tile_value"], width)),
        Paragraph(
            f"{text('previous')} {shown.previous_text}<br/>"
            f'<font color="{colour}">{_esc(shown.change_text)}</font>',
            st["tile_change"],
        ),
    ]


def tiles(report: MonthlyReport, text: Text, st: dict) -> Table:
    gap = 6
    width = (FRAME_W - gap * (len(TILES) - 1)) / len(TILES)
    row: list[Any] = []
    for i, key in enumerate(TILES):
        inner = width - TILE_PAD_LEFT - TILE_PAD_RIGHT
        row += [tile(report, key, text, st, inner)] + ([""] if i < len(TILES) - 1 else [])
    widths = [width if i % 2 == 0 else gap for i in range(len(row))]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
    ]
    for i in range(0, len(row), 2):
        style += [
            ("BACKGROUND", (i, 0), (i, 0), PAPER),
            ("LINEBEFORE", (i, 0), (i, 0), 2.5, ACCENT),
            ("LEFTPADDING", (i, 0), (i, 0), TILE_PAD_LEFT),
            ("RIGHTPADDING", (i, 0), (i, 0), TILE_PAD_RIGHT),
            ("BOTTOMPADDING", (i, 0), (i, 0), 8),
        ]
    table = Table([row], colWidths=widths)
    set_style(table, style)
    return table


def kpi_table(report: MonthlyReport, text: Text, st: dict) -> Table:
    rows: list[list[Any]] = [
        cells(
            [text("metric"), text("this_month"), text("previous"), text("change")],
            st["head"],
            st["head_r"],
            1,
        )
    ]
    extra: list[tuple[Any, ...]] = []
    for row_no, shown in enumerate(figures(report, KEY_FIGURES, text.source), 1):
        label = f"{_esc(text.source(shown.kpi.label))}<br/><font size=6.8 color='#656d76'>"
        label += f"{_esc(text.source(shown.kpi.hint))}</font>"
        rows.append(
            [
                Paragraph(label, st["cell"]),
                shown.value_text,
                shown.previous_text,
                shown.change_text,
            ]
        )
        extra.append(("TEXTCOLOR", (3, row_no), (3, row_no), TONE_COLOURS[shown.tone]))
    extra += [
        ("FONTSIZE", (1, 1), (-1, -1), 9),
        ("TEXTCOLOR", (1, 1), (1, -1), INK),
        ("TEXTCOLOR", (2, 1), (2, -1), MUTED),
        ("TOPPADDING", (0, 1), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2.6),
    ]
    widths = [FRAME_W * f for f in (0.43, 0.17, 0.17, 0.23)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    set_style(table, grid_style(1, extra))
    return table


def points_table(report: MonthlyReport, text: Text, st: dict) -> Table:
    shown = [(text.source(f.kpi.label), f.value_text) for f in figures(report, POINTS_FIGURES)]
    head = [Paragraph(_esc(label), st["head"]) for label, _ in shown]
    values = [
        Paragraph(value, st["tile_value"].clone("pv", fontSize=13, leading=17))
        for _, value in shown
    ]
    table = Table([head, values], colWidths=[FRAME_W / len(shown)] * len(shown))
    set_style(
        table,
        [
            ("BACKGROUND", (0, 0), (-1, -1), PAPER),
            ("BACKGROUND", (-1, 0), (-1, -1), colors.HexColor("#fff4d6")),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
        ],
    )
    return table


def first_page(report: MonthlyReport, shop_name: str, text: Text, st: dict) -> list[Flowable]:
    return [
        banner(report, shop_name, text, st),
        Spacer(1, 8),
        tiles(report, text, st),
        heading(text("key_figures"), st),
        kpi_table(report, text, st),
        Spacer(1, 4),
        Paragraph(_esc(text("clv_note")), st["small"]),
        Paragraph(_esc(text("dash_note")), st["small"]),
        KeepTogether(
            [
                heading(text("points"), st),
                points_table(report, text, st),
                Spacer(1, 3),
                Paragraph(_esc(text("points_note")), st["small"]),
            ]
        ),
    ]


# --- charts -------------------------------------------------------------------------------------

CHART_W, CHART_H = (FRAME_W - 12) / 2, 150
PLOT_LEFT, PLOT_BOTTOM, PLOT_TOP = 34, 20, 22


def nice_scale(highest: float, steps: int = 4) -> tuple[float, float]:
    """An axis maximum and step of round numbers (1, 2, 2.5, 5 × 10ⁿ) covering ``highest``."""
    raw = max(highest, steps) / steps  # counts: never a step below 1
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw)
    return step * steps, step


def legend(drawing: Drawing, font: str, entries: Sequence[tuple[Color, str]], x: float) -> None:
    """Swatches and names in one row above the plot."""
    y = CHART_H - 11
    for colour, name in entries:
        drawing.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10, y + 0.5, name, fontName=font, fontSize=7, fillColor=INK))
        x += 10 + stringWidth(name, font, 7) + 12


def style_axes(chart: Any, font: str, labels: list[str]) -> None:
    chart.x, chart.y = PLOT_LEFT, PLOT_BOTTOM
    chart.height = CHART_H - PLOT_BOTTOM - PLOT_TOP
    chart.categoryAxis.categoryNames = labels
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    chart.categoryAxis.joinAxisMode = "bottom"  # below negative NPS too, not across the plot
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.tickDown = 2
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#eaeef2")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.valueAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0


def no_data(drawing: Drawing, font: str, text: Text) -> None:
    drawing.add(
        String(
            CHART_W / 2,
            CHART_H / 2 - 10,
            text("no_data"),
            fontName=font,
            fontSize=9,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )


def colour(series: Series) -> Color:
    return colors.HexColor(series.colour)


def legend_entries(chart: Chart, text: Text) -> list[tuple[Color, str]]:
    left = [(colour(s), text.source(s.label)) for s in chart.left]
    return left + [(colour(s), text.source(s.label) + text("right_axis")) for s in chart.right]


def axis_format(unit: Unit) -> Callable[[float], str]:
    if unit is Unit.PERCENT:
        return display.percent
    if unit is Unit.NPS:
        return display.nps
    if unit is Unit.SCORE:
        return lambda v: display.score(v, 1)
    return lambda v: display.points(int(v))


def buyers_chart(trend: list[MonthFigures], font: str, text: Text) -> Drawing:
    drawing = new_drawing(CHART_W, CHART_H)
    if not any(m.buyers for m in trend):
        no_data(drawing, font, text)
        return drawing
    chart = VerticalBarChart()
    style_axes(chart, font, [text.short_month(m.month) for m in trend])
    chart.width = CHART_W - PLOT_LEFT - 6
    chart.data = [s.values(trend) for s in BUYERS_CHART.left]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing, chart.groupSpacing = 0, 5
    for i, series in enumerate(BUYERS_CHART.left):
        chart.bars[i].fillColor = colour(series)
    chart.bars.strokeColor = None
    top, step = nice_scale(max((m.buyers for m in trend), default=0))
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = top, step
    chart.valueAxis.labelTextFormat = axis_format(Unit.COUNT)
    drawing.add(chart)
    legend(drawing, font, legend_entries(BUYERS_CHART, text), PLOT_LEFT)
    return drawing


def line_chart(series: list[list[float | None]], labels: list[str], font: str) -> Any:
    chart = HorizontalLineChart()
    style_axes(chart, font, labels)
    chart.width = CHART_W - PLOT_LEFT - 6
    chart.data = series
    # Joined per line: reportlab fails on a line through fewer than two points (a new shop's
    # first month), so such a series shows as its dot alone.
    chart.joinedLines = 0
    for i, row in enumerate(series):
        chart.lines[i].lineStyle = "joinedLine" if sum(v is not None for v in row) > 1 else "line"
    chart.lines.strokeWidth = 1.8
    chart.lineLabels.fontName = font
    chart.lineLabels.fontSize = 6
    chart.lineLabels.fillColor = INK
    chart.lineLabelNudge = 6
    return chart


def dots(chart: Any, colours: Sequence[Color]) -> None:
    for i, colour in enumerate(colours):
        chart.lines[i].strokeColor = colour
        chart.lines[i].symbol = makeMarker("FilledCircle", size=3.2, fillColor=colour)
        chart.lines[i].symbol.strokeColor = colour


def label_values(
    chart: Any, row: list[float | None], fmt: Callable[[float], str], every: int = 1
) -> None:
    """Value labels on the first line: every ``every``-th point counting back from the report's
    month, so that one is always labelled. The chart numbers labels by drawn point, so the None
    months (not drawn) are left out of the array."""
    drawn = [v for v in row if v is not None]
    last = len(drawn) - 1
    chart.lineLabelFormat = "values"
    chart.lineLabelArray = [
        [fmt(v) if (last - i) % every == 0 else "" for i, v in enumerate(drawn)]
    ]


def repeat_chart(trend: list[MonthFigures], font: str, text: Text) -> Drawing:
    drawing = new_drawing(CHART_W, CHART_H)
    repeat, retention = (s.values(trend) for s in REPEAT_CHART.left)
    if all(v is None for v in repeat + retention):
        no_data(drawing, font, text)
        return drawing
    chart = line_chart([repeat, retention], [text.short_month(m.month) for m in trend], font)
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = 1, 0.25
    chart.valueAxis.labelTextFormat = axis_format(Unit.PERCENT)
    dots(chart, [colour(s) for s in REPEAT_CHART.left])
    # Two lines close together: label every other month once they crowd, and below the repeat
    # line where the retention line runs above it.
    label_values(chart, repeat, display.percent, every=1 if len(trend) <= 6 else 2)
    drawn = [(r, k) for r, k in zip(repeat, retention, strict=True) if r is not None]
    for i, (r, k) in enumerate(drawn):
        if k is not None and k > r and r > 0.15:
            chart.lineLabels[(0, i)].dy = -2 * chart.lineLabelNudge - 2
    drawing.add(chart)
    legend(drawing, font, legend_entries(REPEAT_CHART, text), PLOT_LEFT)
    return drawing


def right_axis_line(
    series: Series, trend: list[MonthFigures], plot: Any, font: str, scale: tuple[float, ...]
) -> Any:
    """A series over ``plot`` on an axis of its own at the right, from ``scale`` = (lowest,
    highest, step)."""
    chart = line_chart([series.values(trend)], plot.categoryAxis.categoryNames, font)
    chart.width = plot.width
    chart.categoryAxis.visible = False
    chart.valueAxis.visibleGrid = False
    chart.valueAxis.joinAxisMode = "right"
    chart.valueAxis.labels.boxAnchor = "w"
    chart.valueAxis.labels.dx = 3
    chart.valueAxis.tickRight, chart.valueAxis.tickLeft = 2, 0
    low, high, step = scale
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, step
    chart.valueAxis.labelTextFormat = axis_format(series.unit)
    dots(chart, [colour(series)])
    return chart


def points_chart(trend: list[MonthFigures], font: str, text: Text) -> Drawing:
    drawing = new_drawing(CHART_W, CHART_H)
    if not any(m.points_issued or m.points_redeemed or m.points_outstanding for m in trend):
        no_data(drawing, font, text)
        return drawing
    chart = VerticalBarChart()
    style_axes(chart, font, [text.short_month(m.month) for m in trend])
    chart.width = CHART_W - PLOT_LEFT - 34
    chart.data = [s.values(trend) for s in POINTS_CHART.left]
    chart.barSpacing, chart.groupSpacing = 0.5, 5
    for i, series in enumerate(POINTS_CHART.left):
        chart.bars[i].fillColor = colour(series)
    chart.bars.strokeColor = None
    top, step = nice_scale(max(v or 0 for row in chart.data for v in row))
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = top, step
    chart.valueAxis.labelTextFormat = axis_format(Unit.POINTS)
    drawing.add(chart)
    [outstanding] = POINTS_CHART.right
    top, step = nice_scale(max(v or 0 for v in outstanding.values(trend)))
    drawing.add(right_axis_line(outstanding, trend, chart, font, (0, top, step)))
    legend(drawing, font, legend_entries(POINTS_CHART, text), PLOT_LEFT)
    return drawing


def nps_chart(trend: list[MonthFigures], font: str, text: Text) -> Drawing:
    """NPS on the left axis, CSAT (1–5) on the right."""
    drawing = new_drawing(CHART_W, CHART_H)
    [nps], [csat] = SATISFACTION_CHART.left, SATISFACTION_CHART.right
    values = nps.values(trend)
    known = [v for v in values if v is not None]
    if not known:
        no_data(drawing, font, text)
        return drawing
    chart = line_chart([values], [text.short_month(m.month) for m in trend], font)
    chart.width = CHART_W - PLOT_LEFT - 34
    low = min(0, math.floor(min(known) / 25) * 25)
    chart.valueAxis.valueMin = max(low, -100)
    chart.valueAxis.valueMax = max(25, math.ceil(max(known) / 25) * 25)
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labelTextFormat = axis_format(Unit.NPS)
    dots(chart, [colour(nps)])
    label_values(chart, values, display.nps)
    drawing.add(chart)
    if any(v is not None for v in csat.values(trend)):
        drawing.add(right_axis_line(csat, trend, chart, font, (1, 5, 1)))
    legend(drawing, font, legend_entries(SATISFACTION_CHART, text), PLOT_LEFT)
    return drawing


def shown_trend(trend: list[MonthFigures]) -> list[MonthFigures]:
    """The trend without the empty months before the shop had any activity (a new shop's
    chart is all blank columns otherwise), keeping at least MIN_TREND_MONTHS."""

    def active(m: MonthFigures) -> bool:
        return bool(m.buyers or m.points_issued or m.points_outstanding or m.survey_responses)

    first = next((i for i, m in enumerate(trend) if active(m)), len(trend))
    return trend[min(first, max(len(trend) - MIN_TREND_MONTHS, 0)) :]


def charts(report: MonthlyReport, text: Text, st: dict) -> list[Flowable]:
    trend = shown_trend(report.trend)
    font = st["body"].fontName
    panels = [
        (text.source(BUYERS_CHART.title), buyers_chart(trend, font, text)),
        (text.source(REPEAT_CHART.title), repeat_chart(trend, font, text)),
        (text.source(POINTS_CHART.title), points_chart(trend, font, text)),
        (text.source(SATISFACTION_CHART.title), nps_chart(trend, font, text)),
    ]
    framed = [[Paragraph(_esc(title), st["chart_title"]), drawing] for title, drawing in panels]
    rows = [[framed[0], "", framed[1]], [framed[2], "", framed[3]]]
    table = Table(rows, colWidths=[CHART_W, 12, CHART_W])
    set_style(
        table,
        [
            ("BOX", (0, 0), (0, -1), 0.4, RULE),
            ("BOX", (2, 0), (2, -1), 0.4, RULE),
            ("LINEBELOW", (0, 0), (0, 0), 0.4, RULE),
            ("LINEBELOW", (2, 0), (2, 0), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )
    title = text("trends", first=trend[0].month, last=trend[-1].month)
    return [heading(title, st), table]


# --- targets ------------------------------------------------------------------------------------

SPARK_W, SPARK_H = FRAME_W * 0.25 - 10, 18


def sparkline(comparison: Comparison) -> Drawing:
    """The months' figures as a small line (gaps where a month has none) over the target,
    dashed; the report's month a larger dot, green when met and red when not."""
    drawing = new_drawing(SPARK_W, SPARK_H)
    placed = spark(comparison)

    def at(x: float, y: float) -> tuple[float, float]:
        return x * SPARK_W, 3 + y * (SPARK_H - 6)

    points = [at(*p) if p is not None else None for p in placed.points]
    target_y = at(0, placed.target_y)[1]
    drawing.add(
        Line(
            0,
            target_y,
            SPARK_W,
            target_y,
            strokeColor=MUTED,
            strokeWidth=0.8,
            strokeDashArray=[2, 2],
        )
    )
    run: list[float] = []
    for point in [*points, None]:
        if point is not None:
            run += point
            continue
        if len(run) >= 4:
            drawing.add(PolyLine(run, strokeColor=ACCENT, strokeWidth=1.2))
        run = []
    for i, point in enumerate(points):
        if point is not None:
            x, y = point
            last = i == len(points) - 1
            fill = MET_COLOURS[comparison.met] if last else ACCENT
            drawing.add(Circle(x, y, 2.2 if last else 1.3, fillColor=fill, strokeColor=None))
    return drawing


def targets_table(
    report: MonthlyReport, kept: Mapping[str, float], text: Text, st: dict
) -> list[Flowable]:
    """Each target against the month, with the months before it (nothing without targets)."""
    compared = compare(report, kept)
    if not compared:
        return []
    months = len(compared[0].history)
    head = [
        text("metric"),
        text("this_month"),
        text("target"),
        text("met"),
        text("last_months", months=months),
        text("how_often"),
    ]
    rows: list[list[Any]] = [cells(head, st["head"], st["head_r"], 1)]
    # Over the lines, centred as they are; the months met read from the left, as text does.
    rows[0][4] = Paragraph(_esc(head[4]), st["head"].clone("head_c", alignment=TA_CENTER))
    rows[0][5] = Paragraph(_esc(head[5]), st["head"])
    extra: list[tuple[Any, ...]] = []
    for r, c in enumerate(compared, 1):
        rows.append(
            [
                Paragraph(_esc(text.source(c.kpi.label)), st["cell"]),
                figure_text(c.kpi.unit, c.actual),
                figure_text(c.kpi.unit, c.target),
                status_text(c, text.source),
                sparkline(c),
                months_met_text(c, text.source),
            ]
        )
        extra.append(("TEXTCOLOR", (3, r), (3, r), MET_COLOURS[c.met]))
    extra += [
        ("FONTSIZE", (1, 1), (-1, -1), 8.5),
        ("TEXTCOLOR", (2, 1), (2, -1), MUTED),
        ("TEXTCOLOR", (5, 1), (5, -1), MUTED),
        ("ALIGN", (4, 0), (4, -1), "CENTER"),
        ("ALIGN", (5, 0), (5, -1), "LEFT"),
        ("FONTSIZE", (5, 1), (5, -1), 7.5),
    ]
    widths = [FRAME_W * f for f in (0.25, 0.11, 0.11, 0.11, 0.25, 0.17)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    set_style(table, grid_style(1, extra))
    return [
        KeepTogether([heading(text("targets"), st), table]),
        Spacer(1, 3),
        Paragraph(_esc(text("targets_note")), st["small"]),
    ]


# --- cohorts, segments, members -----------------------------------------------------------------


def cohort_table(report: MonthlyReport, text: Text, st: dict) -> list[Flowable]:
    cohorts = [c for c in report.cohorts if c.members]
    if not cohorts:
        return [heading(text("cohorts"), st), Paragraph(text("no_data"), st["small"])]
    span = max(len(c.active) for c in cohorts)
    head = [text("enrolled"), text("members"), *[f"+{i}" for i in range(span)]]
    rows: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    for r, cohort in enumerate(cohorts, 1):
        rows.append(
            [cohort.month, display.points(cohort.members)]
            + [display.percent(v) for v in cohort.active]
            + [""] * (span - len(cohort.active))
        )
        for c, share in enumerate(cohort.active, 2):
            if share is not None:  # the heat, and text that reads on it
                background = heat(share)
                extra.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(background)))
                extra.append(("TEXTCOLOR", (c, r), (c, r), colors.HexColor(text_on(background))))
    extra += [
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), NAVY),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("LINEAFTER", (2, 1), (-2, -1), 0.6, colors.white),
    ]
    fixed = 62 + 44
    widths = [62, 44] + [min((FRAME_W - fixed) / span, 64)] * span
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    set_style(table, grid_style(1, extra))
    return [
        heading(text("cohorts"), st),
        table,
        Spacer(1, 3),
        Paragraph(text("cohort_note"), st["small"]),
    ]


def share_bar(share: float, colour: Color, width: float = 60) -> Drawing:
    drawing = new_drawing(width, 8)
    drawing.add(Rect(0, 1, width, 6, fillColor=colors.HexColor("#eaeef2"), strokeColor=None))
    drawing.add(Rect(0, 1, width * share, 6, fillColor=colour, strokeColor=None))
    return drawing


def rfm_table(report: MonthlyReport, text: Text, st: dict) -> list[Flowable]:
    total = sum(report.rfm_segments.values())
    head = [text("segment"), text("meaning"), text("members"), text("share"), ""]
    rows: list[list[Any]] = [cells(head, st["head"], st["head_r"], 2)]
    extra: list[tuple[Any, ...]] = []
    for r, name in enumerate(RFM_SEGMENTS, 1):
        count = report.rfm_segments.get(name, 0)
        share = count / total if total else None
        segment = SEGMENTS[name]
        colour = colors.HexColor(segment.colour)
        texts = [text.source(segment.label), text.source(segment.hint)]
        texts += [display.points(count), display.percent(share)]
        rows.append([*cells(texts, st["cell"], st["cell_r"], 2), share_bar(share or 0, colour)])
        extra.append(("LINEBEFORE", (0, r), (0, r), 3, colour))
    texts = [text("total"), "", display.points(total), display.percent(1 if total else None)]
    rows.append([*cells(texts, st["cell"], st["cell_r"], 2), ""])
    extra += [
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
        ("ALIGN", (4, 0), (4, -1), "LEFT"),
    ]
    widths = [FRAME_W * f for f in (0.2, 0.42, 0.12, 0.1)] + [FRAME_W * 0.16]
    table = Table(rows, colWidths=widths, repeatRows=1)
    set_style(table, grid_style(2, extra))
    return [KeepTogether([heading(text("rfm"), st), table])]


def top_table(report: MonthlyReport, text: Text, st: dict) -> list[Flowable]:
    title = heading(text("top"), st)
    if not report.top_members:
        return [title, Paragraph(text("no_top"), st["small"])]
    head = [text("rank"), text("name"), text("card"), text("visits"), text("spend")]
    rows = [cells(head, st["head"], st["head_r"], 3)]
    for rank, member in enumerate(report.top_members, 1):
        row = [str(rank), member.name, member.card, display.points(member.visits)]
        rows.append(cells([*row, display.money(member.spend_cents)], st["cell"], st["cell_r"], 3))
    widths = [FRAME_W * f for f in (0.08, 0.34, 0.26, 0.14, 0.18)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    set_style(table, grid_style(3))
    return [KeepTogether([title, table])]


def churn_row(risk: ChurnRisk, st: dict) -> list[Paragraph]:
    member = risk.member
    gap = "—" if risk.usual_gap is None else display.score(risk.usual_gap, 1).removesuffix(".0")
    row = [
        member.name,
        member.card,
        member.last_visit.isoformat() if member.last_visit else "—",
        display.points(risk.days_since),
        gap,
        display.money(member.spend_12m_cents),
    ]
    return cells(row, st["cell"], st["cell_r"], 3)


def churn_table(report: MonthlyReport, text: Text, st: dict) -> list[Flowable]:
    title = heading(text("churn"), st)
    if not report.churn_list:
        return [title, Paragraph(text("no_churn"), st["small"])]
    head = [
        text("name"),
        text("card"),
        text("last_visit"),
        text("days_since"),
        text("usual_gap"),
        text("spend_12m"),
    ]
    rows = [cells(head, st["head"], st["head_r"], 3)]
    rows += [churn_row(risk, st) for risk in report.churn_list]
    widths = [FRAME_W * f for f in (0.22, 0.2, 0.15, 0.13, 0.14, 0.16)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    set_style(table, grid_style(3))
    flow: list[Flowable] = [title]
    if report.churn_risk_members > len(report.churn_list):
        note = text("churn_more", total=report.churn_risk_members, shown=len(report.churn_list))
        flow += [Paragraph(_esc(note), st["small"]), Spacer(1, 3)]
    return [*flow, table]


# --- running header, footer and the document ----------------------------------------------------


class NumberedCanvas(Canvas):
    """Holds every page until the end so each footer can say "page n of N"."""

    def __init__(self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kw: Any):
        super().__init__(*args, **kw)
        self._pages: list[dict] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._decorate(self, number, len(self._pages))
            super().showPage()
        super().save()


def clipped(value: str, font: str, size: float, width: float) -> str:
    """``value`` cut short with "…" to fit ``width`` (a long shop name in the footer)."""
    while value and stringWidth(value, font, size) > width:
        value = value[:-2] + "…"
    return value


def decorator(
    report: MonthlyReport, shop_name: str, text: Text, font: str
) -> Callable[[Canvas, int, int], None]:
    """Draws the running header (from page 2) and the footer on every page."""
    full = f"{shop_name} · {text('title')} · {text.month(report.month)}"
    caption = clipped(full, font, 8, FRAME_W - 100)  # room for "Page 10 of 10"

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if page > 1:
            canvas.setFont(font, 8)
            canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, caption)
            canvas.line(MARGIN_X, PAGE_H - 13.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 13.5 * mm)
        canvas.line(MARGIN_X, 12.5 * mm, PAGE_W - MARGIN_X, 12.5 * mm)
        canvas.setFont(font, 7.5)
        canvas.drawString(MARGIN_X, 9 * mm, caption)
        canvas.drawRightString(PAGE_W - MARGIN_X, 9 * mm, text("page", page=page, pages=pages))
        canvas.restoreState()

    return decorate


def story(
    report: MonthlyReport, shop_name: str, kept: Mapping[str, float], text: Text, st: dict
) -> list[Flowable]:
    return [
        *first_page(report, shop_name, text, st),
        PageBreak(),
        *targets_table(report, kept, text, st),
        *charts(report, text, st),
        *cohort_table(report, text, st),
        CondPageBreak(120),
        *rfm_table(report, text, st),
        *top_table(report, text, st),
        *churn_table(report, text, st),
    ]


def report_pdf(
    report: MonthlyReport,
    path: str | Path,
    *,
    language: str | None = None,
    shop_name: str,
    database: Path | None,
    targets: Mapping[str, float] | None = None,
) -> None:
    """Write the monthly report for ``report.month`` to ``path`` in ``language`` ("zh_CN" or
    "en"; default the process's), never over ``database`` or its files; with the owner's
    ``targets`` (services.targets), a table of the month against them."""
    check_output(path, database)
    font = register()
    text = Text(language or current_language())
    st = styles(font, text)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN_X - FRAME_PAD,
        rightMargin=MARGIN_X - FRAME_PAD,
        topMargin=MARGIN_TOP - FRAME_PAD,
        bottomMargin=MARGIN_BOTTOM - FRAME_PAD,
        title=f"{shop_name} {text('title')} {report.month}",
        author=shop_name,
        subject=text("title"),
        initialFontName=font,
    )
    maker = partial(NumberedCanvas, decorate=decorator(report, shop_name, text, font))
    doc.build(story(report, shop_name, targets or {}, text, st), canvasmaker=maker)
