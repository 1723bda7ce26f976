"""The back office (coupons, surveys, reports) in Chinese, and its English counted right."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget, QTabWidget, QWidget

from loyalty_desktop.core import i18n
from loyalty_desktop.services import coupons
from loyalty_desktop.services.segments import ChurnRisk, ListedMember, segment_name
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.coupons import CouponsView, TemplateDialog
from loyalty_desktop.ui.language import apply_language
from loyalty_desktop.ui.reports import ReportsView
from loyalty_desktop.ui.surveys import SurveysView

CJK = re.compile(r"[\u4e00-\u9fff]")
CODES = {"NPS"}  # a name the shop uses as it is


@pytest.fixture
def chinese() -> Iterator[None]:
    apply_language("zh_CN")
    yield
    apply_language("en")


def tab_titles(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def english_left(page: QWidget) -> list[str]:
    """Buttons, labels, tab titles and table headers of ``page`` without a Chinese character
    (numbers, codes and the like aside)."""
    texts = [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.text() for w in page.findChildren(QLabel)]
    for tabs in page.findChildren(QTabWidget):
        texts += tab_titles(tabs)
    for table in page.findChildren(QTableWidget):
        texts += headers(table)
    return [
        t for t in texts if re.search("[A-Za-z]{3,}", t) and not CJK.search(t) and t not in CODES
    ]


def issue_one(window, zhang) -> None:  # type: ignore[no-untyped-def]
    terms = coupons.parse_terms({"kind": "fixed", "value": 1000, "valid_days": 30})
    actions.add_coupon_design(window.ops, "满100减10", terms)
    [design] = actions.coupon_designs(window.ops)
    assert design.id is not None
    actions.issue_coupons(window.ops, design.id, "member", zhang.card, None)


def test_coupons_page_and_designer_in_chinese(window, zhang, chinese) -> None:
    issue_one(window, zhang)
    view = CouponsView(window.ops)
    tabs = view.findChild(QTabWidget)
    assert tab_titles(tabs) == ["营销活动", "券样式", "优惠券"]
    assert headers(view.campaign_table)[:3] == ["营销活动", "优惠券", "发放对象"]
    assert view.campaign_table.item(0, 2).text() == f"会员 {zhang.card}"
    assert view.coupon_table.item(0, 2).text() == "未使用"
    assert view.template_table.item(0, 2).text() == "30 天"
    assert english_left(view) == []
    dialog = TemplateDialog(window.ops, view)
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert kinds == ["满减券（满100减10）", "折扣券", "兑换券", "送积分券"]
    assert dialog.windowTitle() == "新建优惠券"
    assert dialog.days.text() == "30 天" and dialog.limit.text() == "不限"


def test_surveys_tabs_in_chinese(qtbot, window, chinese) -> None:
    view = SurveysView(window.ops)
    qtbot.addWidget(view)
    view.show()
    assert tab_titles(view.tabs) == ["调查结果", "回访", "调查问题"]
    assert view.follow_up.status.itemText(0) == "待回访"
    assert view.questions.extra.itemText(0) == "无附加问题"
    assert view.questions.timeout.text() == "30 秒"
    assert headers(view.results.months)[0] == "月份"
    assert "近 12 个月" in view.results.comments_title.text()
    assert english_left(view) == []


def test_reports_dashboard_and_lists_in_chinese(window, chinese) -> None:
    view = ReportsView(window.ops)
    assert tab_titles(view.tabs) == ["数据看板", "跟进名单", "一起购买"]
    assert headers(view.dashboard.cohorts) == ["入会月份", "会员数"]
    assert view.lists.which.itemText(0) == "流失风险会员"
    assert view.lists.days.text() == "60 天"
    view.lists.refresh()
    assert view.lists.message.text() == "共 0 位会员，其中 0 位同意接收营销信息"
    buttons = {b.text() for b in view.findChildren(QAbstractButton)}
    assert {"保存 PDF…", "全部导出…", "给名单发优惠券…"} <= buttons


def test_english_counts_one_and_many(window, zhang) -> None:
    issue_one(window, zhang)
    view = CouponsView(window.ops)
    assert view.template_table.item(0, 2).text() == "30 days"
    dialog = TemplateDialog(window.ops, view)
    dialog.days.setValue(1)
    dialog.limit.setValue(1)
    assert (dialog.days.text(), dialog.limit.text()) == ("1 day", "1 coupon")
    dialog.limit.setValue(2)
    assert dialog.limit.text() == "2 coupons"
    surveys = SurveysView(window.ops)
    assert surveys.questions.every_n.text() == "1 sale"
    surveys.questions.min_days.setValue(1)
    assert surveys.questions.min_days.text() == "1 day"
    assert surveys.questions.timeout.text() == "5 seconds"
    reports = ReportsView(window.ops)
    reports.lists.refresh()
    assert reports.lists.message.text() == "0 members, 0 of them agreed to marketing"


def churn(days: int, gap: float | None) -> ChurnRisk:
    member = ListedMember(1, "0001", "Li", None, False, "Member", None, 0, 0)
    return ChurnRisk(member, days, gap)


def test_why_a_member_is_listed_in_both_languages() -> None:
    assert churn(1, 1.0).describe() == "1 day since the last visit, usually every day"
    assert churn(95, 14.5).describe() == "95 days since the last visit, usually every 14.5 days"
    i18n.set_language("zh_CN")
    try:
        assert churn(95, 14.0).describe() == "已 95 天未到店，平时每 14 天来一次"
    finally:
        i18n.set_language("en")


def test_campaign_targets_read_as_words() -> None:
    assert segment_name("lapsed:1") == "no visit in 1 day"
    assert segment_name("birthday-month:11") == "birthdays in month 11"
    assert segment_name("0001") == "0001"  # a card, not a segment
    i18n.set_language("zh_CN")
    try:
        assert segment_name("lapsed:45") == "45 天未到店"
        assert segment_name("churn-risk") == "流失风险会员"
    finally:
        i18n.set_language("en")
