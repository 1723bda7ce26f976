"""The owner sets KPI targets from the Reports view and reads the month against them on the
dashboard: a line per target coloured met / not met, the target dashed on its trend chart; a
bad value is refused beside its field with nothing saved; it all fits 1024×768 in Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from support import snapshot, when_modal
from test_reports_ui import open_reports, shop

from loyalty_desktop.services.settings import set_till_language
from loyalty_desktop.services.targets import load_targets, set_targets
from loyalty_desktop.ui.language import apply_language
from loyalty_desktop.ui.targets import TargetsDialog


def fill_and_ok(qtbot, typed: dict[str, str]):  # type: ignore[no-untyped-def]
    """Type into the targets dialog when it opens, then press OK; returns what it saw."""
    seen: dict[str, QWidget] = {}

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, TargetsDialog)
        seen["dialog"] = dialog
        for metric, text in typed.items():
            dialog.fields[metric].clear()
            qtbot.keyClicks(dialog.fields[metric], text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():  # refused: look, then close it as the owner would
            seen["refusals"] = {m: label.text() for m, label in dialog.refusals.items()}
            seen["error"] = dialog.error.text()
            dialog.reject()

    when_modal(act)
    return seen


def row_texts(view, metric: str) -> list[str]:  # type: ignore[no-untyped-def]
    cells = view.dashboard.targets.rows[metric]
    return [cell.text() for cell in cells if isinstance(cell, QLabel)]


def target_series(chart) -> list[QLineSeries]:  # type: ignore[no-untyped-def]
    return [
        s
        for s in chart.series()
        if isinstance(s, QLineSeries) and s.pen().style() == Qt.PenStyle.DashLine
    ]


def test_the_owner_sets_targets_and_the_dashboard_shows_the_month_against_them(
    qtbot, window, db, actor
) -> None:
    shop(db, actor)  # last month: A bought once → repeat purchase rate 0%, retention 100%
    view = open_reports(qtbot, window)
    assert view.dashboard.targets.isHidden()  # no targets yet
    assert not target_series(view.dashboard.repeat_chart)
    fill_and_ok(qtbot, {"repeat_purchase_rate": "25", "retention_rate": "40%", "nps": "30"})
    qtbot.mouseClick(view.set_targets, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        assert load_targets(s) == {"repeat_purchase_rate": 0.25, "retention_rate": 0.4, "nps": 30}
    panel = view.dashboard.targets
    assert not panel.isHidden()
    assert list(panel.rows) == ["repeat_purchase_rate", "retention_rate", "nps"]
    assert row_texts(view, "repeat_purchase_rate") == [
        "Repeat purchase rate",
        "0%",
        "target 25%",
        "not met ▼",  # 100% the month before
        "months met: 1 of 2",  # the month before, not last month; none before that
    ]
    assert row_texts(view, "retention_rate")[1:4] == ["100%", "target 40%", "met"]  # alone
    assert row_texts(view, "nps")[1:5] == ["—", "target +30", "no figure", "months met: 0 of 0"]
    assert panel.rows["repeat_purchase_rate"][3].property("tone") == "refused"
    assert panel.rows["retention_rate"][3].property("tone") == "ok"
    # The targets dashed across their charts (named, but not crowding the legend).
    chart = view.dashboard.repeat_chart
    dashed = target_series(chart)
    assert [s.name() for s in dashed] == ["target 25%", "target 40%"]
    qtbot.waitUntil(lambda: any(m.isVisible() for m in chart.legend().markers()))  # drawn
    assert not any(m.isVisible() for s in dashed for m in chart.legend().markers(s))
    assert sum(m.isVisible() for m in chart.legend().markers()) == 2  # the two rates
    assert {p.y() for p in dashed[0].points()} == {25.0}
    assert len(dashed[0].points()) == 2 and dashed[0].points()[-1].x() == 11  # every month
    assert [s.name() for s in target_series(view.dashboard.nps_chart)] == ["target +30"]


def test_a_bad_value_is_refused_beside_its_field_and_nothing_is_saved(
    qtbot, window, db, actor
) -> None:
    shop(db, actor)
    with db.session() as s:
        set_targets(s, actor, {"csat": "4"})
    view = open_reports(qtbot, window)
    before = snapshot(db)
    seen = fill_and_ok(
        qtbot,
        {
            "repeat_purchase_rate": "25",  # good, but not kept while another field is bad
            "retention_rate": "140",
            "avg_order_value_cents": "abc",
            "new_members": "2.5",
            "csat": "4.255",
        },
    )
    qtbot.mouseClick(view.set_targets, Qt.MouseButton.LeftButton)
    assert snapshot(db) == before
    refusals = seen["refusals"]
    assert refusals["retention_rate"] == "must be at most 100"
    assert refusals["avg_order_value_cents"] == "not an amount in yuan (e.g. 88.50)"
    assert refusals["new_members"] == "'2.5' is not a whole number"
    assert refusals["csat"] == "'4.255' has too many decimals (at most 2)"
    assert refusals["repeat_purchase_rate"] == "" and refusals["nps"] == ""
    assert seen["error"] == "Nothing was saved: correct the fields marked in red."
    assert list(view.dashboard.targets.rows) == ["csat"]


def test_emptying_a_field_clears_its_target(qtbot, window, db, actor) -> None:
    shop(db, actor)
    with db.session() as s:
        set_targets(s, actor, {"csat": "4", "nps": "20"})
    view = open_reports(qtbot, window)
    assert list(view.dashboard.targets.rows) == ["nps", "csat"]
    seen = fill_and_ok(qtbot, {"nps": ""})
    qtbot.mouseClick(view.set_targets, Qt.MouseButton.LeftButton)
    assert seen["dialog"].fields["csat"].text() == "4"  # what was kept, as it is typed
    assert list(view.dashboard.targets.rows) == ["csat"]
    with db.session(readonly=True) as s:
        assert load_targets(s) == {"csat": 4.0}


@pytest.fixture
def chinese(db):  # type: ignore[no-untyped-def]
    """This till set to Chinese before the window is built (the window applies it)."""
    with db.session() as s:
        set_till_language(s, db.till_id, "zh_CN")
    yield
    apply_language("en")


def test_in_chinese_at_1024x768_the_targets_read_and_fit(qtbot, chinese, window, db, actor) -> None:
    shop(db, actor)
    with db.session() as s:
        set_targets(
            s,
            actor,
            {
                "repeat_purchase_rate": "25",
                "retention_rate": "40",
                "returning_rate": "60",
                "new_members": "1000000",
                "avg_order_value_cents": "88.5",
                "revenue_cents": "999999.99",
                "member_revenue_share": "70",
                "coupon_redemption_rate": "12.5",
                "nps": "-100",
                "csat": "4.25",
            },
        )
    window.resize(1024, 768)
    view = open_reports(qtbot, window)
    qtbot.wait(50)
    assert view.set_targets.text() == "经营目标…"
    panel = view.dashboard.targets
    assert "经营目标" in panel.title.text()
    assert row_texts(view, "repeat_purchase_rate")[:4] == ["复购率", "0%", "目标 25%", "未达标 ▼"]
    assert row_texts(view, "revenue_cents")[2] == "目标 ¥999,999.99"
    assert row_texts(view, "nps")[3] == "无数据"
    assert row_texts(view, "retention_rate")[4] == "2 个月中 1 个月达标"  # B and C never came back
    for metric in panel.rows:
        assert all(re.search("[\u4e00-\u9fff]", text) for text in row_texts(view, metric)[2:4])
    scroll = view.dashboard.parentWidget().parentWidget()
    assert not scroll.horizontalScrollBar().isVisible()
    assert panel.geometry().right() < view.dashboard.width()
    for cells in panel.rows.values():  # every cell shown whole
        for cell in cells:
            assert cell.width() >= cell.sizeHint().width(), cell
