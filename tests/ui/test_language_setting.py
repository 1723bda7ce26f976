"""The language setting: chosen in Settings, applied at once to the whole window, kept for this
till; the till finishes a sale in the language it started in."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from support import scan, snapshot, type_by_hand

from loyalty_desktop.app import build_main_window
from loyalty_desktop.core import i18n
from loyalty_desktop.services.settings import set_setting, till_language
from loyalty_desktop.ui.language import apply_language
from loyalty_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    apply_language("en")


def choose(qtbot, window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``language`` in the Settings page's language box, as the owner does; the page is
    built afresh when the language changes."""
    window.show_page(window.settings)
    old = window.settings
    assert old is not None
    changes = i18n.current_language() != language
    combo = old.language
    combo.setCurrentIndex(combo.findData(language))
    if changes:
        qtbot.waitUntil(lambda: window.settings is not old)


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_english_then_chinese_switches_the_window_at_once_and_stays(qtbot, window, db) -> None:
    choose(qtbot, window, "en")
    assert nav_texts(window)[:3] == ["Till", "Members", "Coupons"]
    with db.session(readonly=True) as s:
        assert till_language(s, db.till_id) == "en"

    window.settings.tabs.setCurrentIndex(1)  # the tiers
    choose(qtbot, window, "zh_CN")
    assert i18n.current_language() == "zh_CN"
    assert nav_texts(window) == ["收银台", "会员", "优惠券", "满意度调查", "报表", "设置"]
    settings = window.settings
    assert window.pages.currentWidget() is settings  # still on Settings, on the same tab
    assert settings.tabs.currentIndex() == 1
    assert [settings.tabs.tabText(i) for i in range(settings.tabs.count())] == [
        "店铺与积分",
        "会员等级",
        "奖励与过期",
        "积分兑换",
        "报表分群",
        "本收银台",
        "备份",
        "商品",
        "同步",
        "员工",
        "操作记录",
        "数据库",
    ]
    assert settings.save_button.text() == "保存规则"
    assert "周" in settings.preview_date.text()  # the date's weekday too (the window's locale)
    assert settings.language.currentText() == "简体中文"
    assert settings.language.itemText(0) == "跟随系统"
    assert "店主" in window.signed_in_label.text()
    assert window.display_button.text() == "顾客屏 (Ctrl+D)"
    assert window.till.scan_field.placeholderText() != ""  # the till was built afresh too
    with db.session(readonly=True) as s:
        assert till_language(s, db.till_id) == "zh_CN"

    apply_language("en")  # another computer, another language: the till's setting wins
    later = build_main_window(db)
    qtbot.addWidget(later)
    assert i18n.current_language() == "zh_CN"
    assert nav_texts(later)[0] == "收银台"


def test_default_tier_names_read_in_chinese_and_are_stored_unchanged(qtbot, window, db) -> None:
    choose(qtbot, window, "zh_CN")
    settings = window.settings
    names = [settings.levels.table.item(r, 0).text() for r in range(3)]
    assert names == ["普通会员", "银卡会员", "金卡会员"]
    assert settings.levels.table.item(1, 4).text() == "积分1.25倍"
    assert settings.shop_name.text() == "我的小店"
    assert settings.preview_tier.currentText() == "普通会员"
    document = settings.document()
    assert [level["name"] for level in document["tiers"]["levels"]] == ["Member", "Silver", "Gold"]
    assert document["shop_name"] == "My Shop"
    settings.levels.table.item(2, 0).setText("钻石会员")  # the owner's own name is kept as typed
    assert settings.document()["tiers"]["levels"][2]["name"] == "钻石会员"


def test_unsaved_edits_survive_the_switch(qtbot, window, db) -> None:
    window.show_page(window.settings)
    window.settings.points_per_yuan.setValue(3)
    assert window.settings.dirty
    before = snapshot(db)
    choose(qtbot, window, "zh_CN")
    assert window.settings.points_per_yuan.value() == 3
    assert window.settings.status.text() == "尚未保存。"
    assert window.settings.save_button.isEnabled()
    after = snapshot(db)
    assert {k: v for k, v in after.items() if k != "setting"} == {
        k: v for k, v in before.items() if k != "setting"
    }  # only the language was stored; the rules wait for Save


def test_a_sale_being_keyed_finishes_in_its_language(qtbot, window, db, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "10")
    choose(qtbot, window, "zh_CN")
    assert nav_texts(window)[0] == "收银台"
    assert window.till is till  # nothing the cashier typed is lost
    assert till.sale_panel.amount.text() == "10"
    till.sale_panel.amount.clear()  # the sale is abandoned: the till switches, member kept
    qtbot.waitUntil(lambda: window.till is not till, timeout=3_000)
    assert window.till.member is not None and window.till.member.name == "Zhang San"


def test_a_stored_value_no_catalogue_serves_means_the_system_language(qtbot, db) -> None:
    with db.session() as s:
        set_setting(s, f"till.{db.till_id}.language", "fr")
    window = build_main_window(db)
    qtbot.addWidget(window)
    assert i18n.current_language() == "en"  # the tests' system language
    assert nav_texts(window)[0] == "Till"
    assert window.settings is not None
    assert window.settings.language.currentData() == "system"


def test_following_the_system_in_chinese(qtbot, db, monkeypatch) -> None:
    monkeypatch.setenv("LOYALTY_LANG", "zh_CN")  # the computer speaks Chinese
    window = build_main_window(db)
    qtbot.addWidget(window)
    assert nav_texts(window)[0] == "收银台"
    assert window.settings is not None
    assert window.settings.language.currentText() == "跟随系统"


def test_a_cashier_sees_their_role_in_chinese(qtbot, db, cashier_window) -> None:
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: nav_texts(cashier_window)[0] == "收银台")
    assert "收银员" in cashier_window.signed_in_label.text()
    settings_item = cashier_window.nav.item(5)
    assert settings_item.text() == "设置"
    assert settings_item.toolTip() == "只有店主可以修改规则"
    assert not settings_item.flags() & Qt.ItemFlag.ItemIsEnabled


def test_the_customer_display_is_built_afresh_and_stays_on(
    qtbot, window, two_screens, zhang
) -> None:
    window.display_button.setChecked(True)
    old = window.customer_display
    assert old is not None and old.isVisible()
    scan(qtbot, window.till.scan_field, zhang.card)
    choose(qtbot, window, "zh_CN")
    qtbot.waitUntil(lambda: window.customer_display is not old)
    display = window.customer_display
    assert display is not None and display.isVisible()
    assert window.till.customer_display is display
    assert display.banner.text() == "我的小店"
    assert "Zhang San" in display.headline.text()  # still greeting the member being served


def test_nothing_is_rebuilt_while_a_worker_runs(qtbot, window) -> None:
    release = threading.Event()
    done: list[bool] = []
    window.ops.start(
        lambda _s, _a, _progress: release.wait(10),
        on_done=done.append,
        on_error=lambda error: None,
    )
    members = window.members
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "收银台")  # the window's own texts
    qtbot.wait(50)
    assert window.members is members  # its worker's answer may still be for this page
    release.set()
    qtbot.waitUntil(lambda: done == [True])
    qtbot.waitUntil(lambda: window.members is not members, timeout=3_000)
