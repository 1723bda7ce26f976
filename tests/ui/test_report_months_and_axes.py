"""The month picker starts at the shop's first month with data, and a chart of a month where
nothing happened still reads sensibly: whole-number ticks, each shown once."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCharts import QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsTextItem
from test_reports_ui import month_ago, noon

from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.rules import DEFAULT_RULES
from loyalty_desktop.services.sales import SaleRequest, record_sale


def open_reports(qtbot, window):  # type: ignore[no-untyped-def]
    window.show_page(window.reports)
    view = window.reports
    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    return view


def test_the_picker_starts_at_the_first_sale(qtbot, window, db, actor) -> None:
    first = month_ago(3)
    with db.session() as s:
        member = enrol(s, actor, Enrolment(name="A", phone="13800000001", enrolled_at=noon(first)))
        record_sale(s, actor, SaleRequest(5000, member.id, at=noon(first)))
    view = open_reports(qtbot, window)
    picked = [view.month.itemText(i) for i in range(view.month.count())]
    this_month = datetime.now(UTC).astimezone(DEFAULT_RULES.zone)
    assert picked[0] == f"{this_month:%B %Y}"
    assert picked[-1] == f"{first:%B %Y}"
    assert len(picked) == 4


def axis_labels(qtbot, view: QChartView, axis: QValueAxis) -> list[float]:  # type: ignore[no-untyped-def]
    """The labels drawn beside ``axis``, bottom to top, as numbers."""
    view.grab()  # lay the chart out; its labels are made on the next turn of the event loop
    qtbot.wait(100)
    rect = view.chart().plotArea()
    left = axis.alignment() == Qt.AlignmentFlag.AlignLeft
    found = []
    for item in view.chart().scene().items():
        if not isinstance(item, QGraphicsTextItem) or not item.isVisible():
            continue
        box = item.sceneBoundingRect()
        beside = box.right() <= rect.left() + 1 if left else box.left() >= rect.right() - 1
        text = item.toPlainText()
        if beside and text.strip().lstrip("-").isdigit():
            found.append((-box.center().y(), float(text)))
    return [value for _y, value in sorted(found)]


def test_an_empty_month_draws_distinct_ascending_ticks(qtbot, window) -> None:
    view = open_reports(qtbot, window)
    dashboard = view.dashboard
    for chart_view in dashboard.findChildren(QChartView):
        for axis in chart_view.chart().axes():
            # The count axes (the NPS axis is fixed at -100..100).
            if not isinstance(axis, QValueAxis) or axis.labelFormat() != "%d" or axis.min():
                continue
            labels = axis_labels(qtbot, chart_view, axis)
            assert len(labels) >= 2, chart_view.chart().title()
            assert labels == sorted(set(labels)), (chart_view.chart().title(), labels)
            assert labels[0] == 0


def test_a_new_shop_offers_only_this_month(qtbot, window) -> None:
    view = open_reports(qtbot, window)
    this_month = datetime.now(UTC).astimezone(DEFAULT_RULES.zone)
    assert [view.month.itemText(i) for i in range(view.month.count())] == [f"{this_month:%B %Y}"]
