"""The counter screens — till, members, their dialogs, the customer display and the survey panel —
in the shop's language: Chinese throughout when the language is Chinese, English with its plural
forms right when it is English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from support import scan, type_by_hand

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services import surveys
from loyalty_desktop.services.settings import set_till_language
from loyalty_desktop.services.surveys import SurveyAsk, SurveyDefinition
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.customer_display import CustomerDisplay
from loyalty_desktop.ui.dialogs import HelpDialog, PickMemberDialog
from loyalty_desktop.ui.language import apply_language
from loyalty_desktop.ui.survey_panel import SurveyPanel

CJK = re.compile(r"[\u4e00-\u9fff]")
NPS_ONLY = SurveyDefinition(enabled=True, questions=[surveys.NPS_QUESTION])


@pytest.fixture
def chinese(qapp, db) -> Iterator[None]:
    """The whole GUI in Chinese for one test: this till's language setting (so a window built
    afterwards opens in Chinese) and the language now; English again afterwards."""
    with db.session() as s:
        set_till_language(s, db.till_id, "zh_CN")
    apply_language("zh_CN")
    yield
    apply_language("en")


def texts(widget: QWidget) -> list[str]:
    """The words on the labels and buttons under ``widget`` that it shows."""
    shown = [
        w
        for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton)
        if w.isVisibleTo(widget)
    ]
    return [w.text() for w in shown if w.text().strip()]


def test_the_till_reads_in_chinese_after_a_member_is_scanned(chinese, qtbot, window, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    panel = till.member_panel
    assert panel.points.text() == "1,000 积分"
    assert panel.visits.text() == "首次到店"
    assert till.message.text() == "Zhang San，请输入金额"
    type_by_hand(qtbot, till.sale_panel.amount, "88.50")
    assert till.pay_panel.labels["earns"].text() == "+88 分"
    assert "88 元 × 1: 88" in till.pay_panel.receipt.text()
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert "余额 1,088" in till.pay_panel.receipt.text()
    assert panel.visits.text() == "最近到店 今天 · 共 1 次"
    english = [t for t in texts(till) if not CJK.search(t) and re.search(r"[A-Za-z]{3,}", t)]
    assert english == ["Zhang San"]  # a name; every other word is Chinese (keys like F1 aside)


def test_english_counts_take_their_plural_forms(qtbot, window, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "10")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert till.member_panel.visits.text() == "Last visit today · 1 visit"
    card = actions.member_card(window.ops, zhang.id)
    rules, now = actions.rules(window.ops), utcnow()
    till.member_panel.show_member(
        replace(card, visits=2, last_visit=now - timedelta(days=1)), rules, now
    )
    assert till.member_panel.visits.text() == "Last visit yesterday · 2 visits"
    till.member_panel.show_member(replace(card, last_visit=now - timedelta(days=3)), rules, now)
    assert till.member_panel.visits.text() == "Last visit 3 days ago · 1 visit"
    members = window.members
    members.model.set_query(zhang.card)
    assert members.count.text() == "1 member"
    members.detail.show_member(zhang.id)
    assert "1 visit · last" in members.detail.facts.text()


def test_the_member_detail_and_dialogs_read_in_chinese(chinese, qtbot, window, zhang) -> None:
    members = window.members
    members.model.set_query("")
    assert members.count.text() == "1 位会员"
    members.detail.show_member(zhang.id)
    ledger = members.detail.ledger
    assert ledger.horizontalHeaderItem(1).text() == "类型"
    assert ledger.item(0, 1).text() == "手动调整"  # the opening 1,000 points, an adjustment
    help_dialog = HelpDialog(window)
    assert help_dialog.windowTitle() == "收银快捷键"
    assert all(CJK.search(t) or t.startswith("<b>") for t in texts(help_dialog))
    rows = [actions.find_members(window.ops, zhang.card)[0]] * 2
    assert "找到 2 位会员" in PickMemberDialog(rows, window).findChild(QLabel).text()


def test_the_survey_panel_follows_the_language_setting_and_keeps_both_wordings(
    chinese, qtbot
) -> None:
    panel = SurveyPanel()
    qtbot.addWidget(panel)
    panel.start(SurveyAsk(1, 1, None, NPS_ONLY))
    shown = texts(panel)
    question = surveys.NPS_QUESTION.wording
    assert shown[:2] == [question.zh, question.en]  # the shop's language first, then the other
    assert "完全不可能" in shown and "非常可能" in shown
    apply_language("en")
    panel.start(SurveyAsk(2, 2, None, NPS_ONLY))
    shown = texts(panel)
    assert shown[:2] == [question.en, question.zh]
    assert "Not at all likely" in shown and "Extremely likely" in shown


def test_the_customer_display_speaks_the_shop_language(chinese, qtbot, window, zhang) -> None:
    display = CustomerDisplay("Demo", window)
    qtbot.addWidget(display)
    assert display.windowTitle() == "顾客屏"
    assert display.headline.text() == "欢迎光临"
    display.show_member(actions.member_card(window.ops, zhang.id))
    assert display.headline.text() == "您好，Zhang San"
    assert display.detail.text().startswith("积分 1,000")
    apply_language("en")
    display.welcome()
    assert display.headline.text() == "Welcome"
