"""The owner's Reports view: the monthly repeat-customer report as a dashboard (KPI tiles with
the change against the month before, trend charts, the cohort heat map, RFM segments), the
same report as a PDF to save or print, and the action lists that turn it into calls and
coupons. The report is computed in a worker; switching months never blocks the window."""

from __future__ import annotations

import itertools
import math
import tempfile
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display, i18n
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.core.money import parse_amount
from loyalty_desktop.services import exporting, metrics, report_cache, segments, targets
from loyalty_desktop.services.metrics import MonthFigures, MonthlyReport
from loyalty_desktop.services.permissions import Action, can
from loyalty_desktop.services.report_figures import (
    BUYERS_CHART,
    KPIS,
    POINTS_CHART,
    REPEAT_CHART,
    SATISFACTION_CHART,
    SEGMENTS,
    Figure,
    Kpi,
    Series,
    Tone,
    figure,
    figure_word,
    heat,
    text_on,
)
from loyalty_desktop.services.rules import load_rules, shown_word
from loyalty_desktop.services.targets import Comparison
from loyalty_desktop.ui.counts import CountSpin
from loyalty_desktop.ui.coupons import IssueDialog
from loyalty_desktop.ui.forms import FormDialog
from loyalty_desktop.ui.message_templates import MessagesDialog
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.printing import print_with_dialog
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.targets import TargetsDialog
from loyalty_desktop.ui.theme import ACCENT, NOTE, OK, REFUSED, named, set_tone
from loyalty_desktop.ui.together import BoughtTogether

MONTHS_TO_PICK = 24
# What the month's report is computed from: a change to any of these makes it stale.
REPORTED = (
    Change.SALES | Change.POINTS | Change.COUPONS | Change.MEMBERS | Change.SURVEYS | Change.RULES
)


# --- one KPI tile ------------------------------------------------------------------------------
# The tiles, in reading order (five to a row).
TILES = (
    "buyers",
    "repeat_purchase_rate",
    "returning_rate",
    "retention_rate",
    "new_members",
    "revenue_cents",
    "avg_order_value_cents",
    "purchase_frequency",
    "points_liability_cents",
    "nps",
)
# The month's other figures, in the line under the tiles.
EXTRA_FIGURES = (
    "sales_count",
    "churn_risk_members",
    "clv_cents",
    "csat",
    "survey_responses",
    "coupons_issued",
    "coupons_redeemed",
    "coupon_redemption_rate",
)
TONE_STYLES = {Tone.GOOD: "ok", Tone.BAD: "refused", Tone.NEUTRAL: "note"}
MET_STYLES = {True: "ok", False: "refused", None: "note"}
MET_COLOURS = {True: OK, False: REFUSED, None: NOTE}


class Tile(QFrame):
    def __init__(self, kpi: Kpi) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.key = kpi.key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.caption = named(QLabel(figure_word(kpi.caption).upper()), "panelTitle")
        self.value = named(QLabel("—"), "figure")
        self.change = named(QLabel(), "message")
        for widget in (self.caption, self.value, self.change):
            layout.addWidget(widget)

    def show_figure(self, figure: Figure) -> None:
        self.value.setText(figure.value_text)
        self.change.setText(figure.change_text)
        set_tone(self.change, TONE_STYLES[figure.tone])


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return chart, view


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _count_step(top: float, ticks: int = 5) -> int:
    """The smallest 1, 2 or 5 × 10ⁿ (at least 1) that reaches ``top`` in ``ticks`` steps."""
    rough = max(top / ticks, 1)
    magnitude = 10 ** math.floor(math.log10(rough))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)


def _value_axis(
    chart: QChart, top: float, fmt: str, side: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
) -> QValueAxis:
    """A count axis from 0 with whole-number ticks (0 and 1 when every value is 0): Qt's nice
    numbers would step by 0.2 there, each label rounded by the ``%d`` format."""
    step = _count_step(top)
    axis = QValueAxis()
    axis.setRange(0, max(step * math.ceil(top / step), 1))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat(fmt)
    chart.addAxis(axis, side)
    return axis


def _fixed_axis(
    chart: QChart, low: float, high: float, fmt: str, side: Qt.AlignmentFlag
) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setLabelFormat(fmt)
    chart.addAxis(axis, side)
    return axis


def _category_axis(chart: QChart, labels: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels)
    font = axis.labelsFont()  # twelve months under a half-width chart: no "…" for "10月"
    if font.pixelSize() > 0:  # the theme sizes fonts in pixels
        font.setPixelSize(round(font.pixelSize() * 0.8))
    else:
        font.setPointSizeF(font.pointSizeF() * 0.8)
    axis.setLabelsFont(font)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


Bars = TypeVar("Bars", bound=QAbstractBarSeries)


def _bar_sets(series: Bars, sets: Sequence[tuple[str, str, Sequence[float]]]) -> Bars:
    """Fill a bar series with (name, colour, values) sets."""
    for name, colour, values in sets:
        bars = QBarSet(name)
        bars.setColor(QColor(colour))
        bars.append([float(v) for v in values])
        series.append(bars)
    return series


def _model_bars(series: Bars, model: tuple[Series, ...], trend: list[MonthFigures]) -> Bars:
    """A bar series with one set per model series (counts: never None)."""
    sets = [(figure_word(s.label), s.colour, [v or 0.0 for v in s.values(trend)]) for s in model]
    return _bar_sets(series, sets)


def _line(model: Series, trend: list[MonthFigures], scale: float = 1) -> QLineSeries:
    """The model series as a line, months without a value left out."""
    series = QLineSeries()
    series.setName(figure_word(model.label))
    series.setPen(QPen(QColor(model.colour), 3))
    for x, y in enumerate(model.values(trend)):
        if y is not None:
            series.append(x, y * scale)
    return series


def _target_line(model: Series, compared: Comparison, months: int, scale: float = 1) -> QLineSeries:
    """The target of ``model``'s figure across the chart, dashed in the series' colour."""
    series = QLineSeries()
    series.setName(targets.target_text(compared, figure_word))  # beside its figure's in the legend
    pen = QPen(QColor(model.colour), 2)
    pen.setStyle(Qt.PenStyle.DashLine)
    series.setPen(pen)
    for x in (0, max(months - 1, 0)):
        series.append(x, compared.target * scale)
    return series


def _plot(
    chart: QChart,
    model: Series,
    trend: list[MonthFigures],
    target: Comparison | None,
    axes: tuple[QAbstractAxis, QAbstractAxis],
    scale: float = 1,
) -> None:
    """``model``'s line, and its target dashed across: named, but left out of the legend (it
    would crowd a half-width chart; the targets panel says the dashed lines are the targets)."""
    lines = [_line(model, trend, scale)]
    if target is not None:
        lines.append(_target_line(model, target, len(trend), scale))
    for series in lines:
        chart.addSeries(series)
        for axis in axes:
            series.attachAxis(axis)
    for marker in chart.legend().markers(lines[-1]) if target is not None else ():
        marker.setVisible(False)


def _highest(model: tuple[Series, ...], trend: list[MonthFigures]) -> float:
    return max((v or 0 for s in model for v in s.values(trend)), default=0)


class Sparkline(QWidget):
    """A target's months as a small line over the target, dashed; the report's month a larger
    dot, green when met and red when not (as the PDF draws it). The figures are its tooltip."""

    WIDTH, HEIGHT = 150, 24

    def __init__(self, compared: Comparison) -> None:
        super().__init__()
        self.compared = compared
        self.setFixedSize(self.WIDTH, self.HEIGHT)
        self.setToolTip(
            "\n".join(
                f"{display.month_title(m)}  {targets.figure_text(compared.kpi.unit, v)}"
                for m, v in compared.history
            )
        )

    def _point(self, x: float, y: float) -> QPointF:
        """A point of the unit square (targets.spark) on the widget, 4 px in from its edges."""
        return QPointF(4 + x * (self.WIDTH - 8), self.HEIGHT - 4 - y * (self.HEIGHT - 8))

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self.compared
        placed = targets.spark(c)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dashed = QPen(QColor(NOTE), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        y = self._point(0, placed.target_y).y()
        painter.drawLine(QPointF(0, y), QPointF(self.WIDTH, y))
        painter.setPen(QPen(QColor(ACCENT), 1.6))
        points = [self._point(*p) if p is not None else None for p in placed.points]
        for a, b in itertools.pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, point in enumerate(points):
            if point is not None:
                last = i == len(points) - 1
                painter.setBrush(QColor(MET_COLOURS[c.met] if last else ACCENT))
                radius = 3.5 if last else 2
                painter.drawEllipse(point, radius, radius)
        painter.end()


class TargetsPanel(QFrame):
    """The month against each of the owner's targets, a line each: the figure, the target,
    met or not (coloured, with the way it went since the month before), and the months up to
    it. Hidden while no target is set."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.title = named(QLabel(), "panelTitle")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(5, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        self.rows: dict[str, list[QWidget]] = {}
        self.hide()

    def show_targets(self, month: str, compared: list[Comparison]) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if widget := item.widget():
                widget.deleteLater()
        self.rows = {}
        self.title.setText(
            self.tr("TARGETS FOR {0} · DASHED ON THE CHARTS").format(display.month_title(month))
        )
        for row, c in enumerate(compared):
            cells: list[QWidget] = [
                QLabel(figure_word(c.kpi.label)),
                named(QLabel(targets.figure_text(c.kpi.unit, c.actual)), "targetFigure"),
                QLabel(targets.target_text(c, figure_word)),
                named(QLabel(targets.status_text(c, figure_word)), "targetMet"),
                Sparkline(c),
                named(QLabel(targets.months_met_text(c, figure_word)), "targetNote"),
            ]
            set_tone(cells[3], MET_STYLES[c.met])
            for column, cell in enumerate(cells):
                self.grid.addWidget(cell, row, column)
            self.rows[c.metric] = cells
        self.setVisible(bool(compared))


class Dashboard(QWidget):
    """KPI tiles and charts for one report, and the owner's targets against it."""

    def __init__(self) -> None:
        super().__init__()
        self.tiles = [Tile(KPIS[key]) for key in TILES]
        self.extra = named(QLabel(), "message")
        self.extra.setWordWrap(True)
        self.targets = TargetsPanel()
        self.buyers_chart, buyers_view = _chart("")
        self.repeat_chart, repeat_view = _chart("")
        self.points_chart, points_view = _chart("")
        self.segment_chart, segment_view = _chart("")
        self.nps_chart, nps_view = _chart("")
        self.cohorts = make_table([self.tr("Enrolled"), self.tr("Members")])
        self.cohorts.setMinimumHeight(400)
        self.cohorts.horizontalHeader().setStretchLastSection(False)
        self.cohorts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMinimumWidth(self.MIN_WIDTH)
        layout = QVBoxLayout(self)
        self.tile_grid = QGridLayout()
        self._columns = 0
        self._arrange_tiles(len(TILES) // 2)
        layout.addLayout(self.tile_grid)
        layout.addWidget(self.extra)
        layout.addWidget(self.targets)
        charts = QGridLayout()
        for i, view in enumerate((buyers_view, repeat_view, points_view, segment_view)):
            charts.addWidget(view, i // 2, i % 2)
        charts.addWidget(nps_view, 2, 0, 1, 2)
        layout.addLayout(charts)
        title = self.tr("COHORTS: SHARE WHO BOUGHT, BY MONTHS SINCE ENROLMENT")
        layout.addWidget(named(QLabel(title), "panelTitle"))
        layout.addWidget(self.cohorts)

    # The tiles reflow (five, four or three to a row) to the width there is, so a 1024-pixel
    # screen shows them all without scrolling sideways; the width is set, not taken from them.
    MIN_WIDTH = 600

    def _arrange_tiles(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self.tile_grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.tile_grid.addWidget(tile, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        gap = self.tile_grid.horizontalSpacing()
        widest = max(tile.sizeHint().width() for tile in self.tiles) + gap
        self._arrange_tiles(max(3, min(len(TILES) // 2, (self.width() - gap) // widest)))

    def show_report(self, report: MonthlyReport, kept: Mapping[str, float] | None = None) -> None:
        """``kept``: the owner's targets (services.targets), shown against the report."""
        compared = {c.metric: c for c in targets.compare(report, kept or {})}
        self.targets.show_targets(report.month, list(compared.values()))
        for tile in self.tiles:
            tile.show_figure(figure(report, tile.key, figure_word))
        self.extra.setText(
            " · ".join(
                self.tr("{label} {value}").format(
                    label=figure_word(KPIS[key].caption), value=figure(report, key).value_text
                )
                for key in EXTRA_FIGURES
            )
        )
        labels = [display.short_month(m.month) for m in report.trend]  # the titles give the year
        first, last = (display.month_title(report.trend[i].month) for i in (0, -1))
        for chart, model in (
            (self.buyers_chart, BUYERS_CHART),
            (self.repeat_chart, REPEAT_CHART),
            (self.points_chart, POINTS_CHART),
            (self.nps_chart, SATISFACTION_CHART),
        ):
            chart.setTitle(
                self.tr("{title}, {first} – {last}").format(
                    title=figure_word(model.title), first=first, last=last
                )
            )
        self.segment_chart.setTitle(
            self.tr("RFM segments at the end of {0}").format(display.month_title(report.month))
        )
        self._buyers(report.trend, labels)
        self._repeat(report.trend, labels, compared)
        self._points(report.trend, labels)
        self._segments(report.rfm_segments)
        self._nps(report.trend, labels, compared)
        self._cohorts(report)

    def _buyers(self, trend: list[MonthFigures], labels: list[str]) -> None:
        chart = self.buyers_chart
        _reset(chart)
        series = _model_bars(QStackedBarSeries(), BUYERS_CHART.left, trend)
        chart.addSeries(series)
        x = _category_axis(chart, labels)
        y = _value_axis(chart, max((m.buyers for m in trend), default=0) * 1.1, "%d")
        series.attachAxis(x)
        series.attachAxis(y)

    def _repeat(
        self, trend: list[MonthFigures], labels: list[str], compared: dict[str, Comparison]
    ) -> None:
        chart = self.repeat_chart
        _reset(chart)
        x = _category_axis(chart, labels)
        y = _value_axis(chart, 100, "%d%%")
        for model in REPEAT_CHART.left:
            _plot(chart, model, trend, compared.get(model.key), (x, y), scale=100)

    def _points(self, trend: list[MonthFigures], labels: list[str]) -> None:
        chart = self.points_chart
        _reset(chart)
        bars = _model_bars(QBarSeries(), POINTS_CHART.left, trend)
        chart.addSeries(bars)
        x = _category_axis(chart, labels)
        y = _value_axis(chart, _highest(POINTS_CHART.left, trend) * 1.1, "%d")
        bars.attachAxis(x)
        bars.attachAxis(y)
        [model] = POINTS_CHART.right
        outstanding = _line(model, trend)
        chart.addSeries(outstanding)
        right = _value_axis(
            chart, _highest(POINTS_CHART.right, trend) * 1.1, "%d", Qt.AlignmentFlag.AlignRight
        )
        outstanding.attachAxis(x)
        outstanding.attachAxis(right)

    def _segments(self, counts: dict[str, int]) -> None:
        """One bar per segment, named in the legend (long names do not fit an axis)."""
        chart = self.segment_chart
        _reset(chart)
        sets = [
            (
                f"{figure_word(SEGMENTS[key].label)} {counts[key]}",
                SEGMENTS[key].colour,
                [counts[key]],
            )
            for key in segments.RFM_SEGMENTS
        ]
        series = _bar_sets(QBarSeries(), sets)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        x = _category_axis(chart, [self.tr("members")])
        y = _value_axis(chart, max(counts.values(), default=0) * 1.1, "%d")
        series.attachAxis(x)
        series.attachAxis(y)

    def _nps(
        self, trend: list[MonthFigures], labels: list[str], compared: dict[str, Comparison]
    ) -> None:
        chart = self.nps_chart
        _reset(chart)
        x = _category_axis(chart, labels)
        for models, low, high, fmt, side in (
            (SATISFACTION_CHART.left, -100, 100, "%d", Qt.AlignmentFlag.AlignLeft),
            (SATISFACTION_CHART.right, 1, 5, "%.1f", Qt.AlignmentFlag.AlignRight),
        ):
            y = _fixed_axis(chart, low, high, fmt, side)
            for model in models:
                _plot(chart, model, trend, compared.get(model.key), (x, y))

    def _cohorts(self, report: MonthlyReport) -> None:
        table = self.cohorts
        width = len(report.cohorts)
        table.setColumnCount(2 + width)
        table.setHorizontalHeaderLabels(
            [self.tr("Enrolled"), self.tr("Members")] + [f"+{k}" for k in range(width)]
        )
        table.setRowCount(width)
        for r, cohort in enumerate(report.cohorts):
            table.setItem(r, 0, QTableWidgetItem(cohort.month))
            table.setItem(r, 1, QTableWidgetItem(str(cohort.members)))
            for k, share in enumerate(cohort.active):
                item = QTableWidgetItem(display.percent(share))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if share is not None:  # the heat: deeper blue, more of the cohort came back
                    background = heat(share)
                    item.setBackground(QColor(background))
                    item.setForeground(QColor(text_on(background)))
                table.setItem(r, 2 + k, item)


class FilterDialog(FormDialog):
    """Name and keep a member filter; it then appears among the action lists."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New member filter"), parent)
        self.ops = ops
        self.saved_name: str | None = None
        self.name = named(QLineEdit(), "filterName")
        self.tier = QComboBox()
        self.tier.addItem(self.tr("any tier"), None)
        for tier in ops.call(lambda s, _a: load_rules(s).tiers.levels, readonly=True):
            self.tier.addItem(shown_word(tier.name), tier.name)
        self.tag = QLineEdit(placeholderText=self.tr("any tag"))
        self.birthday = QSpinBox(minimum=0, maximum=12)
        self.birthday.setSpecialValueText(self.tr("any month"))
        self.min_days = QSpinBox(maximum=3650)
        self.max_days = QSpinBox(maximum=3650)
        for days in (self.min_days, self.max_days):
            days.setSpecialValueText(self.tr("any"))
        self.min_spend = QLineEdit(placeholderText=self.tr("any (yuan)"))
        self.max_spend = QLineEdit(placeholderText=self.tr("any (yuan)"))
        self.consent = QComboBox()
        for text, value in (
            (self.tr("anyone"), None),
            (self.tr("agreed to marketing"), True),
            (self.tr("did not agree"), False),
        ):
            self.consent.addItem(text, value)
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Tier"), self.tier),
            (self.tr("Tag"), self.tag),
            (self.tr("Birthday month"), self.birthday),
            (self.tr("At least … days since the last visit"), self.min_days),
            (self.tr("At most … days since the last visit"), self.max_days),
            (self.tr("Spent at least (12 months)"), self.min_spend),
            (self.tr("Spent at most (12 months)"), self.max_spend),
            (self.tr("Marketing consent"), self.consent),
        ):
            self.form.addRow(label, widget)
        self.finish()

    def run(self) -> None:
        def money(field: QLineEdit) -> int | None:
            text = field.text().strip()
            return parse_amount(text, allow_zero=True) if text else None

        custom = segments.CustomFilter(
            tier=self.tier.currentData(),
            tag=self.tag.text().strip() or None,
            birthday_month=self.birthday.value() or None,
            min_days_since_visit=self.min_days.value() or None,
            max_days_since_visit=self.max_days.value() or None,
            min_spend_cents=money(self.min_spend),
            max_spend_cents=money(self.max_spend),
            consent=self.consent.currentData(),
        )
        name = self.name.text()
        self.ops.call(lambda s, a: segments.save_filter(s, a, name, custom))
        self.saved_name = name.strip()


class ActionLists(QWidget):
    """Members to act on: export them (all, or only those who agreed to marketing) or give
    them all a coupon."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.rows: list[segments.ListedMember] = []
        # The report's month: churn risk and lapsed count days away up to its last day, as the
        # report does (None before a month is picked: today).
        self.month: date | None = None
        self.which = QComboBox()
        self.which.setMinimumWidth(320)
        self.fill_lists()
        self.days = CountSpin(lambda n: self.tr("%n day(s)", "", n), 7, 730, 60)
        self.which.currentIndexChanged.connect(self.refresh)
        self.days.valueChanged.connect(self.refresh)
        self.table = make_table(
            [
                self.tr("Member"),
                self.tr("Card"),
                self.tr("Phone"),
                self.tr("Consent"),
                self.tr("Last visit"),
                self.tr("Visits (12 m)"),
                self.tr("Spend (12 m)"),
                self.tr("Why"),
            ]
        )
        self.message = named(QLabel(), "message")
        self.message.setWordWrap(True)
        self.export_all = QPushButton(self.tr("Export all…"))
        self.export_all.clicked.connect(lambda: self.export(marketing=False))
        self.export_marketing = QPushButton(self.tr("Export for marketing…"))
        self.export_marketing.clicked.connect(lambda: self.export(marketing=True))
        self.issue = QPushButton(self.tr("Issue a coupon to this list…"))
        self.issue.clicked.connect(self.give_coupon)
        self.write = QPushButton(self.tr("Messages…"))
        self.write.clicked.connect(self.write_messages)
        self.new_filter = QPushButton(self.tr("New filter…"))
        self.new_filter.clicked.connect(self.add_filter)
        buttons = QHBoxLayout()
        for button in (self.export_all, self.export_marketing, self.issue, self.write):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.which)
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(self.new_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def fill_lists(self, choose: str | None = None) -> None:
        """The built-in lists, then the saved filters."""
        kept = self.ops.call(lambda s, _a: segments.saved_filters(s), readonly=True)
        self.which.blockSignals(True)
        self.which.clear()
        if self.month is None:
            churn, lapsed = self.tr("Churn risk"), self.tr("Lapsed: no visit in N days")
        else:
            end = display.long_date(segments.month_end(self.month))
            churn = self.tr("Churn risk on {0}").format(end)
            lapsed = self.tr("Lapsed on {0}: no visit in N days").format(end)
        for value, text in (
            ("churn-risk", churn),
            ("lapsed", lapsed),
            ("birthdays-week", self.tr("Birthdays in the next 7 days")),
            ("birthdays-month", self.tr("Birthdays this month")),
            ("unhappy", self.tr("Unhappy customers (open follow-ups)")),
        ):
            self.which.addItem(text, value)
        for name in kept:
            self.which.addItem(self.tr("Saved: {0}").format(name), f"saved:{name}")
        self.which.setCurrentIndex(max(self.which.findData(choose), 0))
        self.which.blockSignals(False)

    def show_month(self, month: date) -> None:
        """List churn risk and lapsed members as of ``month``'s last day."""
        if month == self.month:
            return
        self.month = month
        self.fill_lists(self.which.currentData())
        if self.isVisible():
            self.refresh()

    def _as_of(self, name: str) -> date | None:
        """The day the list is taken on: the month's end for the lists the report counts too;
        birthdays, follow-ups and saved filters are about today."""
        if self.month is None or name not in ("churn-risk", "lapsed"):
            return None
        return segments.month_end(self.month)

    def add_filter(self) -> None:
        dialog = FilterDialog(self.ops, self)
        if dialog.exec() and dialog.saved_name:
            self.fill_lists(f"saved:{dialog.saved_name}")
            self.refresh()

    def segment(self) -> str:
        name = self.which.currentData()
        return f"lapsed:{self.days.value()}" if name == "lapsed" else name

    def refresh(self) -> None:
        name, days = self.which.currentData(), self.days.value()
        as_of = self._as_of(name)
        self.days.setEnabled(name == "lapsed")
        try:
            self.rows = self.ops.call(
                lambda s, _a: segments.action_list(s, name, as_of, days=days), readonly=True
            )
        except LoyaltyError as error:
            self.say(describe(error), "refused")
            return
        fill_table(
            self.table,
            [
                [
                    r.name,
                    r.card,
                    display.mask_phone(r.phone),
                    self.tr("yes") if r.marketing_consent else self.tr("no"),
                    r.last_visit.isoformat() if r.last_visit else "",
                    str(r.visits_12m),
                    display.money(r.spend_12m_cents),
                    r.detail,
                ]
                for r in self.rows
            ],
            numbers=(5, 6),
        )
        consenting = sum(r.marketing_consent for r in self.rows)
        self.say(
            self.tr(
                "%n member(s), {consenting} of them agreed to marketing", "", len(self.rows)
            ).format(consenting=consenting),
            "note",
        )

    def say(self, text: str, tone: str = "ok") -> None:
        self.message.setText(text)
        set_tone(self.message, tone)

    def export(self, marketing: bool) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export members"),
            f"{self.segment().replace(':', '-')}.csv",
            "CSV (*.csv)",
        )
        if not path:
            return
        try:
            result = exporting.export_members_list(
                self.rows, path, marketing=marketing, database=self.ops.db.sqlite_path
            )
        except (LoyaltyError, OSError) as error:
            self.say(describe(error) if isinstance(error, LoyaltyError) else str(error), "refused")
            return
        text = self.tr("Exported %n member(s) to {path}", "", result.written)
        if result.left_out:
            text += self.tr("; %n left out: no marketing consent", "", result.left_out)
        self.say(text.format(path=path))

    def write_messages(self) -> None:
        MessagesDialog(self.ops, self.rows, self.which.currentText(), self).exec()

    def give_coupon(self) -> None:
        if not self.rows:
            self.say(self.tr("Nobody on this list"), "note")
            return
        dialog = IssueDialog(self.ops, self, segment=self.segment())
        if dialog.exec() and dialog.issued is not None:
            issued = dialog.issued
            self.say(
                self.tr(
                    "Campaign “{campaign}”: %n coupon(s) issued", "", len(issued.coupons)
                ).format(campaign=issued.campaign.name)
            )


class ReportsView(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setObjectName("page")
        self.ops = ops
        self.report: MonthlyReport | None = None
        self.targets: dict[str, float] = {}  # the owner's, read afresh when settings change
        self._asked: date | None = None  # the month last asked for (a newer ask wins)
        self._running = False
        self.month = QComboBox()
        self.progress = QProgressBar(textVisible=False)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = named(QLabel(), "message")
        self.dashboard = Dashboard()
        self.lists = ActionLists(ops)
        save = QPushButton(self.tr("Save PDF…"))
        save.clicked.connect(self.save_pdf)
        printing = named(QPushButton(self.tr("Print… (Ctrl+P)")), "primary")
        printing.clicked.connect(self.print_report)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month)
        top.addWidget(self.progress)
        top.addWidget(self.status, 1)
        self.set_targets = named(QPushButton(self.tr("Targets…")), "setTargets")
        self.set_targets.clicked.connect(self.edit_targets)
        self.set_targets.setVisible(can(ops.role, Action.SET_TARGETS))
        top.addWidget(self.set_targets)
        top.addWidget(save)
        top.addWidget(printing)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.dashboard)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Dashboard"))
        self.tabs.addTab(self.lists, self.tr("Action lists"))
        self.together = BoughtTogether(ops)
        self.tabs.addTab(self.together, self.tr("Bought together"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._stale = True
        ops.subscribe(REPORTED, self._data_changed)
        ops.subscribe(Change.SETTINGS, self._targets_changed)
        self.month.currentIndexChanged.connect(self.refresh)

    def _tab_shown(self, index: int) -> None:
        shown = self.tabs.widget(index)
        if shown is self.lists:
            self.lists.refresh()
        elif shown is self.together:
            self.together.refresh()

    def _fill_months(self) -> None:
        months = self.ops.call(
            lambda s, _a: metrics.report_months(s, MONTHS_TO_PICK), readonly=True
        )[::-1]
        self.month.blockSignals(True)
        self.month.clear()
        for first in months:
            self.month.addItem(display.month_title(first), first)
        self.month.setCurrentIndex(1 if len(months) > 1 else 0)  # the last complete month
        self.month.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.month.count() == 0:
            self._fill_months()
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the chosen month's report off the GUI thread; a month chosen meanwhile is
        computed next, and only the newest result is shown."""
        self._stale = False
        self._asked = self.month.currentData()
        if self._asked is not None:
            self.lists.show_month(self._asked)
        if self._running or self._asked is None:
            return
        self._running = True
        month = self._asked
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Computing {0}…").format(display.month_title(month)))
        set_tone(self.status, "note")

        def progress(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        self.ops.run(
            lambda report_progress: report_cache.monthly_report(
                self.ops.db, month, progress=report_progress
            ),
            on_done=lambda report: self._finished(month, report),
            on_error=self._failed,
            on_progress=progress,
        )

    def _finished(self, month: date, report: MonthlyReport) -> None:
        self._running = False
        if month != self._asked:  # the owner picked another month meanwhile
            self.refresh()
            return
        self.progress.hide()
        self.report = report
        self.targets = self._kept_targets()
        self.dashboard.show_report(report, self.targets)
        self.status.setText(self.tr("Report for {0}").format(display.month_title(report.month)))
        set_tone(self.status, "ok")

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.progress.hide()
        self.status.setText(describe(error))
        set_tone(self.status, "refused")

    def _kept_targets(self) -> dict[str, float]:
        return self.ops.call(lambda s, _a: targets.load_targets(s), readonly=True)

    def _targets_changed(self) -> None:
        """A target set or cleared: the same report against them (nothing to compute)."""
        kept = self._kept_targets()
        if kept != self.targets and self.report is not None:
            self.targets = kept
            self.dashboard.show_report(self.report, kept)

    def edit_targets(self) -> None:
        TargetsDialog(self.ops, self).exec()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # --- the PDF -------------------------------------------------------------------------------
    def write_pdf(self, path: str | Path) -> bool:
        if self.report is None:
            self.status.setText(self.tr("Wait for the report first"))
            return False
        from loyalty_desktop.printing.report_pdf import report_pdf

        report = self.report
        try:
            shop = self.ops.call(lambda s, _a: load_rules(s).shop_name, readonly=True)
            report_pdf(
                report,
                path,
                language=i18n.current_language(),
                shop_name=shop,
                database=self.ops.db.sqlite_path,
                targets=self.targets,
            )
        except (LoyaltyError, OSError) as error:
            self.status.setText(describe(error) if isinstance(error, LoyaltyError) else str(error))
            set_tone(self.status, "refused")
            return False
        return True

    def save_pdf(self) -> None:
        name = f"report-{self.report.month}.pdf" if self.report else "report.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), name, "PDF (*.pdf)"
        )
        if path and self.write_pdf(path):
            self.status.setText(self.tr("Saved {0}").format(path))
            set_tone(self.status, "ok")

    def print_report(self) -> None:
        path = Path(tempfile.mkdtemp(prefix="loyalty-print-")) / "report.pdf"
        if self.write_pdf(path) and print_with_dialog(self, path):
            self.status.setText(self.tr("Sent to the printer"))
            set_tone(self.status, "ok")
