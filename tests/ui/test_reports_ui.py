"""The Reports view as the owner uses it: pick a month, read the tiles, work an action list."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QWidget
from sqlmodel import col, select
from support import nav_item, snapshot, when_modal

from loyalty_desktop.core.clock import add_months, to_utc
from loyalty_desktop.services import coupons, metrics, report_cache
from loyalty_desktop.services.items import ItemLine
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.rules import DEFAULT_RULES
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import Coupon, ReportCache

ZONE = DEFAULT_RULES.zone


def month_ago(months: int) -> date:
    this_month = datetime.now(UTC).astimezone(ZONE).date().replace(day=1)
    return add_months(datetime.combine(this_month, time()), -months).date()


def noon(day: date) -> datetime:
    return to_utc(datetime.combine(day, time(12)), ZONE)


def shop(db, actor) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Two months ago A buys twice; last month A buys once. B and C (C without marketing
    consent) bought once, 150 days before that: both are at churn risk today."""
    two, last = month_ago(2), month_ago(1)
    ids = {}
    with db.session() as s:
        for name, phone, consent in (
            ("A", "13800000001", True),
            ("B", "13800000002", True),
            ("C", "13800000003", False),
        ):
            enrolled = noon(two) - timedelta(days=200)
            member = enrol(
                s,
                actor,
                Enrolment(name=name, phone=phone, marketing_consent=consent, enrolled_at=enrolled),
            )
            ids[name] = member.id
        old = noon(two) - timedelta(days=150)
        for who, at in (
            ("B", old),
            ("C", old),
            ("A", noon(two)),
            ("A", noon(two) + timedelta(days=3)),
            ("A", noon(last)),
        ):
            record_sale(s, actor, SaleRequest(5000, ids[who], at=at))
    return ids


def open_reports(qtbot, window):  # type: ignore[no-untyped-def]
    window.show_page(window.reports)
    view = window.reports
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    return view


def test_the_tiles_show_the_chosen_month_and_its_change(qtbot, window, db, actor) -> None:
    shop(db, actor)
    view = open_reports(qtbot, window)
    assert view.month.currentText() == f"{month_ago(1):%B %Y}"  # the last complete month
    tiles = {t.caption.text(): t for t in view.dashboard.tiles}
    assert tiles["BUYERS"].value.text() == "1"  # A
    assert tiles["BUYERS"].change.text() == "+0"  # A the month before too
    assert tiles["REPEAT PURCHASE RATE"].value.text() == "0%"
    assert tiles["REPEAT PURCHASE RATE"].change.text() == "-100.0 pts"
    assert tiles["RETENTION"].value.text() == "100%"  # A came back
    view.month.setCurrentIndex(view.month.findText(f"{month_ago(2):%B %Y}"))
    qtbot.waitUntil(lambda: view.report.month == f"{month_ago(2):%Y-%m}", timeout=10_000)
    assert tiles["REPEAT PURCHASE RATE"].value.text() == "100%"  # A twice
    assert tiles["MEMBER REVENUE"].value.text() == "¥100.00"
    with db.session(readonly=True) as s:
        expected = metrics.monthly_report(s, month_ago(2))
    assert view.report.as_json() == expected.as_json()


def test_a_marketing_export_leaves_out_members_without_consent(
    qtbot, window, db, actor, tmp_path, monkeypatch
) -> None:
    shop(db, actor)
    view = open_reports(qtbot, window)
    view.tabs.setCurrentWidget(view.lists)
    lists = view.lists
    lists.which.setCurrentIndex(lists.which.findData("churn-risk"))
    names = {lists.table.item(r, 0).text() for r in range(lists.table.rowCount())}
    assert names == {"B", "C"}
    target = tmp_path / "winback.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(lists.export_marketing, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["name"] for r in rows] == ["B"]
    assert "1 left out: no marketing consent" in lists.message.text()


@pytest.mark.sqlite_only("the database is a file")
def test_an_export_onto_the_database_is_refused_on_screen(
    qtbot, window, db, actor, tmp_path, monkeypatch
) -> None:
    shop(db, actor)
    view = open_reports(qtbot, window)
    view.tabs.setCurrentWidget(view.lists)
    lists = view.lists
    lists.which.setCurrentIndex(lists.which.findData("churn-risk"))
    before = snapshot(db)
    target = db.sqlite_path
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(lists.export_marketing, Qt.MouseButton.LeftButton)
    assert "database" in lists.message.text() and str(target) in lists.message.text()
    assert snapshot(db) == before


def test_a_coupon_for_everyone_on_the_list(qtbot, window, db, actor) -> None:
    ids = shop(db, actor)
    with db.session() as s:
        template = coupons.add_template(
            s, actor, "We miss you", coupons.parse_terms({"kind": "fixed", "value": 500})
        )
    view = open_reports(qtbot, window)
    view.tabs.setCurrentWidget(view.lists)
    lists = view.lists
    lists.which.setCurrentIndex(lists.which.findData("churn-risk"))

    def accept(dialog: QWidget) -> None:
        assert dialog.who.text() == "churn-risk"
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(accept)
    qtbot.mouseClick(lists.issue, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        given = s.exec(select(Coupon.member_id).where(Coupon.template_id == template.id)).all()
    assert sorted(given) == sorted([ids["B"], ids["C"]])
    assert "2 coupons issued" in lists.message.text()


def test_a_cashier_cannot_open_the_reports(cashier_window) -> None:
    assert cashier_window.reports is None
    assert nav_item(cashier_window, "Reports").flags() == Qt.ItemFlag.NoItemFlags


def test_the_owner_saves_a_filter_and_it_becomes_a_list(qtbot, window, db, actor) -> None:
    shop(db, actor)  # A spent ¥150 in the last 12 months, B and C ¥50 each
    view = open_reports(qtbot, window)
    view.tabs.setCurrentWidget(view.lists)
    lists = view.lists

    def define(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.name, "Big spenders")
        qtbot.keyClicks(dialog.min_spend, "100")
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(define)
    qtbot.mouseClick(lists.new_filter, Qt.MouseButton.LeftButton)
    assert lists.which.currentData() == "saved:Big spenders"
    names = [lists.table.item(r, 0).text() for r in range(lists.table.rowCount())]
    assert names == ["A"]


def test_at_1024x768_the_tiles_reflow_and_nothing_scrolls_sideways(
    qtbot, window, db, actor
) -> None:
    shop(db, actor)
    view = open_reports(qtbot, window)
    window.resize(1024, 768)
    qtbot.wait(50)
    dashboard = view.dashboard
    scroll = dashboard.parentWidget().parentWidget()  # the viewport's scroll area
    assert not scroll.horizontalScrollBar().isVisible()
    right_edges = [t.geometry().right() for t in dashboard.tiles]
    assert max(right_edges) < dashboard.width()
    assert len({t.y() for t in dashboard.tiles}) > 2  # fewer to a row
    window.resize(1600, 900)
    qtbot.wait(50)
    assert len({t.y() for t in dashboard.tiles}) == 2  # five to a row where there is room


def kept_months(db) -> set[date]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return set(s.exec(select(ReportCache.month).where(col(ReportCache.body).is_not(None))))


def test_last_month_s_report_is_ready_before_the_owner_opens_the_reports(
    qtbot, window, db, actor, monkeypatch
) -> None:
    shop(db, actor)
    window.run_housekeeping()  # then last month's report, in the background
    qtbot.waitUntil(lambda: kept_months(db) == {month_ago(1)}, timeout=10_000)
    computed: list[date] = []
    compute = metrics.monthly_report
    monkeypatch.setattr(
        report_cache.metrics,
        "monthly_report",
        lambda s, month, **kw: computed.append(month) or compute(s, month, **kw),
    )
    view = open_reports(qtbot, window)
    assert view.report.month == f"{month_ago(1):%Y-%m}" and computed == []
    with db.session(readonly=True) as s:
        assert view.report == compute(s, month_ago(1))
    view.month.setCurrentIndex(view.month.findText(f"{month_ago(2):%B %Y}"))
    qtbot.waitUntil(lambda: view.report.month == f"{month_ago(2):%Y-%m}", timeout=10_000)
    assert computed == [month_ago(2)]  # not kept yet: computed, and kept from now on
    assert kept_months(db) == {month_ago(1), month_ago(2)}


def test_a_cashier_s_till_does_not_compute_the_report(qtbot, cashier_window, db, actor) -> None:
    shop(db, actor)
    cashier_window.run_housekeeping()
    qtbot.waitUntil(lambda: "Daily housekeeping" in cashier_window.statusBar().currentMessage())
    cashier_window.ops.wait_idle()
    assert kept_months(db) == set()


def test_the_owner_reads_which_items_sell_together(qtbot, window, db, actor) -> None:
    latte, cake, tea = (
        ItemLine(c, n, 1, 1000) for c, n in (("L", "Latte"), ("C", "Cake"), ("T", "Tea"))
    )
    with db.session() as s:
        for basket in ((latte, cake),) * 3 + ((latte,), (tea,), (tea, cake)):
            record_sale(s, actor, SaleRequest(1000 * len(basket), None, items=basket))
    view = open_reports(qtbot, window)
    view.tabs.setCurrentWidget(view.together)
    qtbot.waitUntil(lambda: view.together.status.text() == "1 pair", timeout=10_000)
    table = view.together.table
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    # 6 sales: latte on 4, cake on 4, both on 3 → lift 3 × 6 / (4 × 4)
    assert row == ["Cake", "Latte", "3", f"{18 / 16:.2f}", "75%"]


def test_the_owner_writes_a_template_and_exports_the_lists_messages(
    qtbot, window, db, actor, tmp_path, monkeypatch
) -> None:
    """Churn risk lists B and C (C without consent). A template with a field the app does not
    know is refused beside the text; a good one shows B's message at once; Ctrl+E exports."""
    shop(db, actor)
    view = open_reports(qtbot, window)
    view.tabs.setCurrentWidget(view.lists)
    lists = view.lists
    lists.which.setCurrentIndex(lists.which.findData("churn-risk"))
    target = tmp_path / "sms.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: dict[str, object] = {}

    def write(editor: QWidget) -> None:
        editor.name.setText("Points")
        editor.text.setPlainText("{姓名}您好，{名字}")
        seen["check"] = editor.check.text()
        editor.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["refused"] = editor.error.text()
        editor.text.setPlainText("{姓名}您好，您有{积分}积分")
        editor.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    def work(dialog: QWidget) -> None:
        when_modal(write)
        new = next(b for b in dialog.findChildren(QPushButton) if b.text() == "New…")
        qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=10_000)
        seen["template"] = dialog.template.currentText()
        seen["messages"] = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        seen["status"] = dialog.status.text()
        dialog.activateWindow()  # back from the editor
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        seen["exported"] = dialog.status.text()
        dialog.accept()

    before = snapshot(db)
    when_modal(work)
    qtbot.mouseClick(lists.write, Qt.MouseButton.LeftButton)
    assert "'名字' is not a field" in str(seen["check"])
    assert "'名字' is not a field" in str(seen["refused"])
    assert seen["template"] == "Points"
    assert seen["messages"] == ["B您好，您有50积分"]
    assert seen["status"] == "1 message; 1 left out: 1 no marketing consent"
    assert seen["exported"] == f"Wrote 1 message to {target}; 1 left out: 1 no marketing consent"
    with target.open(encoding="utf-8-sig") as f:
        assert [(r["name"], r["message"]) for r in csv.DictReader(f)] == [
            ("B", "B您好，您有50积分")
        ]
    after = snapshot(db)
    assert after["audit_entry"] != before["audit_entry"]  # the template saved, the export noted
    assert {k: v for k, v in after.items() if k not in ("audit_entry", "setting")} == {
        k: v for k, v in before.items() if k not in ("audit_entry", "setting")
    }
