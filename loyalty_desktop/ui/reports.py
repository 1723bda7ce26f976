"""The owner's Reports view: the monthly repeat-customer report as a dashboard (KPI tiles with
the change against the month before, trend charts, the cohort heat map, RFM segments), the
same report as a PDF to save or print, and the action lists that turn it into calls and
coupons. The report is computed in a worker; switching months never blocks the window."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
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

from loyalty_desktop import config
from loyalty_desktop.core import display
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.clock import recent_months
from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.core.money import parse_amount
from loyalty_desktop.services import exporting, metrics, segments
from loyalty_desktop.services.metrics import MonthFigures, MonthlyReport
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.ui.coupons import IssueDialog
from loyalty_desktop.ui.dialogs import FormDialog
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.printing import print_with_dialog
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import ACCENT, NOTE, OK, REFUSED, set_tone

MONTHS_TO_PICK = 24
# What the month's report is computed from: a change to any of these makes it stale.
REPORTED = (
    Change.SALES | Change.POINTS | Change.COUPONS | Change.MEMBERS | Change.SURVEYS | Change.RULES
)


# --- one KPI tile ------------------------------------------------------------------------------
Kpi = tuple[str, Callable[[MonthFigures], object], Callable[[object], str], str]


def _change(now: object, before: object, kind: str) -> tuple[str, str]:
    """The change against the month before, as text and tone: ratios in percentage points."""
    if now is None or before is None:
        return "", "note"
    delta = float(now) - float(before)  # type: ignore[arg-type]
    if kind == "ratio":
        text = f"{delta * 100:+.1f} pts"
    elif kind == "money":
        text = ("+" if delta >= 0 else "−") + display.money(abs(round(delta)))
    elif kind == "score":
        text = f"{delta:+.2f}"
    else:
        text = f"{round(delta):+,}"
    return text, ("ok" if delta > 0 else "refused" if delta < 0 else "note")


class Tile(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__(objectName="panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.caption = QLabel(caption.upper(), objectName="panelTitle")
        self.value = QLabel("—", objectName="figure")
        self.change = QLabel(objectName="message")
        for widget in (self.caption, self.value, self.change):
            layout.addWidget(widget)

    def show_value(self, text: str, change: tuple[str, str]) -> None:
        self.value.setText(text)
        self.change.setText(change[0])
        set_tone(self.change, change[1])


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


def _value_axis(chart: QChart, top: float, fmt: str, side=Qt.AlignmentFlag.AlignLeft) -> QValueAxis:  # type: ignore[no-untyped-def]
    axis = QValueAxis()
    axis.setRange(0, top if top > 0 else 1)
    axis.setLabelFormat(fmt)
    axis.applyNiceNumbers()
    chart.addAxis(axis, side)
    return axis


def _category_axis(
    chart: QChart, labels: list[str], side=Qt.AlignmentFlag.AlignBottom
) -> QBarCategoryAxis:  # type: ignore[no-untyped-def]
    axis = QBarCategoryAxis()
    axis.append(labels)
    chart.addAxis(axis, side)
    return axis


def _bar_sets(series, sets: list[tuple[str, str, list[int]]]):  # type: ignore[no-untyped-def]
    """Fill a bar series with (name, colour, values) sets."""
    for name, colour, values in sets:
        bars = QBarSet(name)
        bars.setColor(QColor(colour))
        bars.append([float(v) for v in values])
        series.append(bars)
    return series


def _line(name: str, colour: str, points: list[tuple[int, float | None]]) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.setPen(QPen(QColor(colour), 3))
    for x, y in points:
        if y is not None:
            series.append(x, y)
    return series


class Dashboard(QWidget):
    """KPI tiles and charts for one report."""

    def __init__(self) -> None:
        super().__init__()
        ratio, count, money, score = "ratio", "count", "money", "score"
        self.kpis: list[Kpi] = [
            (self.tr("Buyers"), lambda m: m.buyers, lambda v: display.points(v), count),
            (
                self.tr("Repeat purchase rate"),
                lambda m: m.repeat_purchase_rate,
                display.percent,
                ratio,
            ),
            (self.tr("Returning buyers"), lambda m: m.returning_rate, display.percent, ratio),
            (self.tr("Retention"), lambda m: m.retention_rate, display.percent, ratio),
            (self.tr("New members"), lambda m: m.new_members, lambda v: display.points(v), count),
            (
                self.tr("Member revenue"),
                lambda m: m.revenue_cents,
                lambda v: display.money(v),
                money,
            ),
            (
                self.tr("Average order"),
                lambda m: m.avg_order_value_cents,
                lambda v: "—" if v is None else display.money(v),
                money,
            ),
            (
                self.tr("Visits per buyer"),
                lambda m: m.purchase_frequency,
                lambda v: display.score(v, 2),
                score,
            ),
            (
                self.tr("Points liability"),
                lambda m: m.points_liability_cents,
                lambda v: display.money(v),
                money,
            ),
            (self.tr("NPS"), lambda m: m.nps, display.nps, count),
        ]
        self.tiles = [Tile(caption) for caption, *_ in self.kpis]
        self.extra = QLabel(objectName="message", wordWrap=True)
        self.buyers_chart, buyers_view = _chart("")
        self.repeat_chart, repeat_view = _chart("")
        self.points_chart, points_view = _chart("")
        self.segment_chart, segment_view = _chart("")
        self.nps_chart, nps_view = _chart("")
        self.cohorts = make_table([self.tr("Enrolled"), self.tr("Members")])
        self.cohorts.setMinimumHeight(400)
        self.cohorts.horizontalHeader().setStretchLastSection(False)
        self.cohorts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        tiles = QGridLayout()
        for i, tile in enumerate(self.tiles):
            tiles.addWidget(tile, i // 5, i % 5)
        layout.addLayout(tiles)
        layout.addWidget(self.extra)
        charts = QGridLayout()
        for i, view in enumerate((buyers_view, repeat_view, points_view, segment_view)):
            charts.addWidget(view, i // 2, i % 2)
        charts.addWidget(nps_view, 2, 0, 1, 2)
        layout.addLayout(charts)
        layout.addWidget(
            QLabel(
                self.tr("COHORTS: SHARE WHO BOUGHT, BY MONTHS SINCE ENROLMENT"),
                objectName="panelTitle",
            )
        )
        layout.addWidget(self.cohorts)

    def show_report(self, report: MonthlyReport) -> None:
        now, before = report.metrics, report.previous
        for tile, (_caption, value, text, kind) in zip(self.tiles, self.kpis, strict=True):
            shown = value(now)
            tile.show_value(text(shown), _change(shown, value(before) if before else None, kind))
        self.extra.setText(
            self.tr(
                "{0} sales · {1} churn-risk members · CLV estimate {2} · CSAT {3} from {4} answers"
                " · coupons issued {5}, redeemed {6}"
            ).format(
                now.sales_count,
                report.churn_risk_members,
                "—" if report.clv_cents is None else display.money(report.clv_cents),
                display.score(now.csat),
                now.survey_responses,
                now.coupons_issued,
                now.coupons_redeemed,
            )
        )
        labels = [m.month[5:] for m in report.trend]  # "11": the titles say which year
        span = f"{report.trend[0].month} – {report.trend[-1].month}"
        for chart, title in (
            (self.buyers_chart, self.tr("Buyers: new and returning, {0}")),
            (self.repeat_chart, self.tr("Repeat purchase and retention, {0}")),
            (self.points_chart, self.tr("Points issued, redeemed, outstanding, {0}")),
            (self.segment_chart, self.tr("RFM segments at the end of {0}")),
            (self.nps_chart, self.tr("Satisfaction: NPS and CSAT, {0}")),
        ):
            chart.setTitle(title.format(report.month if chart is self.segment_chart else span))
        self._buyers(report.trend, labels)
        self._repeat(report.trend, labels)
        self._points(report.trend, labels)
        self._segments(report.rfm_segments)
        self._nps(report.trend, labels)
        self._cohorts(report)

    def _buyers(self, trend: list[MonthFigures], labels: list[str]) -> None:
        chart = self.buyers_chart
        _reset(chart)
        series = _bar_sets(
            QStackedBarSeries(),
            [
                (self.tr("Returning"), ACCENT, [m.returning_buyers for m in trend]),
                (self.tr("New"), "#54aeff", [m.new_buyers for m in trend]),
            ],
        )
        chart.addSeries(series)
        x = _category_axis(chart, labels)
        y = _value_axis(chart, max((m.buyers for m in trend), default=0) * 1.1, "%d")
        series.attachAxis(x)
        series.attachAxis(y)

    def _repeat(self, trend: list[MonthFigures], labels: list[str]) -> None:
        chart = self.repeat_chart
        _reset(chart)
        x = _category_axis(chart, labels)
        y = _value_axis(chart, 100, "%d%%")
        for name, colour, values in (
            (self.tr("Repeat purchase rate"), ACCENT, [m.repeat_purchase_rate for m in trend]),
            (self.tr("Retention"), NOTE, [m.retention_rate for m in trend]),
        ):
            series = _line(
                name, colour, [(i, None if v is None else v * 100) for i, v in enumerate(values)]
            )
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)

    def _points(self, trend: list[MonthFigures], labels: list[str]) -> None:
        chart = self.points_chart
        _reset(chart)
        bars = _bar_sets(
            QBarSeries(),
            [
                (self.tr("Issued"), OK, [m.points_issued for m in trend]),
                (self.tr("Redeemed"), ACCENT, [m.points_redeemed for m in trend]),
            ],
        )
        chart.addSeries(bars)
        x = _category_axis(chart, labels)
        top = max([max(m.points_issued, m.points_redeemed) for m in trend] or [0])
        y = _value_axis(chart, top * 1.1, "%d")
        bars.attachAxis(x)
        bars.attachAxis(y)
        outstanding = _line(
            self.tr("Outstanding"),
            REFUSED,
            [(i, m.points_outstanding) for i, m in enumerate(trend)],
        )
        chart.addSeries(outstanding)
        right = _value_axis(
            chart,
            max([m.points_outstanding for m in trend] or [0]) * 1.1,
            "%d",
            Qt.AlignmentFlag.AlignRight,
        )
        outstanding.attachAxis(x)
        outstanding.attachAxis(right)

    def _segments(self, counts: dict[str, int]) -> None:
        """One bar per segment, named in the legend (long names do not fit an axis)."""
        chart = self.segment_chart
        _reset(chart)
        names = {
            "champions": self.tr("Champions"),
            "loyal": self.tr("Loyal"),
            "potential": self.tr("Potential"),
            "new": self.tr("New"),
            "at_risk": self.tr("At risk"),
            "hibernating": self.tr("Hibernating"),
            "lost": self.tr("Lost"),
        }
        series = _bar_sets(
            QBarSeries(),
            [
                (f"{names[key]} {counts[key]}", display.SEGMENT_COLOURS[key], [counts[key]])
                for key in segments.RFM_SEGMENTS
            ],
        )
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        x = _category_axis(chart, [self.tr("members")])
        y = _value_axis(chart, max(counts.values(), default=0) * 1.1, "%d")
        series.attachAxis(x)
        series.attachAxis(y)

    def _nps(self, trend: list[MonthFigures], labels: list[str]) -> None:
        chart = self.nps_chart
        _reset(chart)
        x = _category_axis(chart, labels)
        y = QValueAxis()
        y.setRange(-100, 100)
        y.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series = _line(self.tr("NPS"), ACCENT, [(i, m.nps) for i, m in enumerate(trend)])
        chart.addSeries(series)
        series.attachAxis(x)
        series.attachAxis(y)
        right = QValueAxis()
        right.setRange(1, 5)
        right.setLabelFormat("%.1f")
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        csat = _line(self.tr("CSAT"), NOTE, [(i, m.csat) for i, m in enumerate(trend)])
        chart.addSeries(csat)
        csat.attachAxis(x)
        csat.attachAxis(right)

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
                    colour = QColor(ACCENT)
                    colour.setAlphaF(0.12 + 0.75 * share)
                    item.setBackground(colour)
                    if share > 0.55:
                        item.setForeground(QColor("white"))
                table.setItem(r, 2 + k, item)


class FilterDialog(FormDialog):
    """Name and keep a member filter; it then appears among the action lists."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New member filter"), parent)
        self.ops = ops
        self.saved_name: str | None = None
        self.name = QLineEdit(objectName="filterName")
        self.tier = QComboBox()
        self.tier.addItem(self.tr("any tier"), None)
        for tier in ops.call(lambda s, _a: load_rules(s).tiers.levels, readonly=True):
            self.tier.addItem(tier.name, tier.name)
        self.tag = QLineEdit(placeholderText=self.tr("any tag"))
        self.birthday = QSpinBox(minimum=0, maximum=12, specialValueText=self.tr("any month"))
        self.min_days = QSpinBox(maximum=3650, specialValueText=self.tr("any"))
        self.max_days = QSpinBox(maximum=3650, specialValueText=self.tr("any"))
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
        self.which = QComboBox(minimumWidth=320)
        self.fill_lists()
        self.days = QSpinBox(minimum=7, maximum=730, value=60, suffix=self.tr(" days"))
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
        self.message = QLabel(objectName="message", wordWrap=True)
        self.export_all = QPushButton(self.tr("Export all…"))
        self.export_all.clicked.connect(lambda: self.export(marketing=False))
        self.export_marketing = QPushButton(self.tr("Export for marketing…"))
        self.export_marketing.clicked.connect(lambda: self.export(marketing=True))
        self.issue = QPushButton(self.tr("Issue a coupon to this list…"))
        self.issue.clicked.connect(self.give_coupon)
        self.new_filter = QPushButton(self.tr("New filter…"))
        self.new_filter.clicked.connect(self.add_filter)
        buttons = QHBoxLayout()
        for button in (self.export_all, self.export_marketing, self.issue):
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
        for value, text in (
            ("churn-risk", self.tr("Churn risk")),
            ("lapsed", self.tr("Lapsed: no visit in N days")),
            ("birthdays-week", self.tr("Birthdays in the next 7 days")),
            ("birthdays-month", self.tr("Birthdays this month")),
            ("unhappy", self.tr("Unhappy customers (open follow-ups)")),
        ):
            self.which.addItem(text, value)
        for name in kept:
            self.which.addItem(self.tr("Saved: {0}").format(name), f"saved:{name}")
        self.which.setCurrentIndex(max(self.which.findData(choose), 0))
        self.which.blockSignals(False)

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
        self.days.setEnabled(name == "lapsed")
        try:
            self.rows = self.ops.call(
                lambda s, _a: segments.action_list(s, name, days=days), readonly=True
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
            self.tr("{0} members, {1} of them agreed to marketing").format(
                len(self.rows), consenting
            ),
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
        text = self.tr("Exported {0} members to {1}").format(result.written, path)
        if result.left_out:
            text += self.tr("; {0} left out: no marketing consent").format(result.left_out)
        self.say(text)

    def give_coupon(self) -> None:
        if not self.rows:
            self.say(self.tr("Nobody on this list"), "note")
            return
        dialog = IssueDialog(self.ops, self, segment=self.segment())
        if dialog.exec() and dialog.result is not None:
            self.say(
                self.tr("Campaign “{0}”: {1} coupons issued").format(
                    dialog.result.campaign.name, len(dialog.result.coupons)
                )
            )


class ReportsView(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__(objectName="page")
        self.ops = ops
        self.report: MonthlyReport | None = None
        self._asked: date | None = None  # the month last asked for (a newer ask wins)
        self._running = False
        self.month = QComboBox()
        self.progress = QProgressBar(maximumWidth=220, textVisible=False)
        self.progress.hide()
        self.status = QLabel(objectName="message")
        self.dashboard = Dashboard()
        self.lists = ActionLists(ops)
        save = QPushButton(self.tr("Save PDF…"))
        save.clicked.connect(self.save_pdf)
        printing = QPushButton(self.tr("Print… (Ctrl+P)"), objectName="primary")
        printing.clicked.connect(self.print_report)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month)
        top.addWidget(self.progress)
        top.addWidget(self.status, 1)
        top.addWidget(save)
        top.addWidget(printing)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(self.dashboard)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Dashboard"))
        self.tabs.addTab(self.lists, self.tr("Action lists"))
        self.tabs.currentChanged.connect(lambda i: self.lists.refresh() if i == 1 else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._stale = True
        ops.subscribe(REPORTED, self._data_changed)
        self.month.currentIndexChanged.connect(self.refresh)

    def _fill_months(self) -> None:
        zone = self.ops.call(lambda s, _a: load_rules(s).zone, readonly=True)
        months = list(reversed(recent_months(MONTHS_TO_PICK, zone)))
        self.month.blockSignals(True)
        self.month.clear()
        for first in months:
            self.month.addItem(first.strftime("%Y-%m"), first)
        self.month.setCurrentIndex(1 if len(months) > 1 else 0)  # the last complete month
        self.month.blockSignals(False)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
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
        if self._running or self._asked is None:
            return
        self._running = True
        month = self._asked
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Computing {0}…").format(f"{month:%Y-%m}"))
        set_tone(self.status, "note")

        def progress(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        self.ops.start(
            lambda s, _a, report_progress: metrics.monthly_report(
                s, month, progress=report_progress
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
        self.dashboard.show_report(report)
        self.status.setText(self.tr("Report for {0}").format(report.month))
        set_tone(self.status, "ok")

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.progress.hide()
        self.status.setText(describe(error))
        set_tone(self.status, "refused")

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
                language=config.ui_language(),
                shop_name=shop,
                database=self.ops.db.sqlite_path,
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
