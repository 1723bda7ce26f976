"""The owner's Settings screen, the till using what it saves, and what a cashier may not do."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from sqlmodel import select
from support import nav_item, scan, snapshot, type_by_hand, when_modal

from loyalty_desktop.core.clock import add_months
from loyalty_desktop.services.rules import Expiry, Promotion, Reward, Rules, load_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import RulesVersion


def test_the_owner_changes_the_rate_and_the_next_sale_uses_it(qtbot, window, db, zhang) -> None:
    settings = window.settings
    window.show_page(settings)
    spin = settings.points_per_yuan
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    assert spin.value() == 2
    assert settings.save_button.isEnabled()
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in settings.status.text()
    with db.session(readonly=True) as s:
        assert load_rules(s).earning.points_per_yuan == 2
    window.show_page(window.till)
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "10")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert "balance 1,020" in till.pay_panel.receipt.text()  # 1,000 + 10 yuan × 2


def test_an_invalid_edit_cannot_be_saved_and_says_why(qtbot, window, db) -> None:
    settings = window.settings
    before = snapshot(db)
    settings.levels.table.item(1, 1).setText("0.00")  # Silver from ¥0: overlaps Member
    assert not settings.save_button.isEnabled()
    assert "overlap" in settings.status.text()
    assert settings.status.property("tone") == "refused"
    settings.save()
    assert snapshot(db) == before
    qtbot.mouseClick(settings.revert_button, Qt.MouseButton.LeftButton)
    assert settings.save_button.isEnabled()


def test_live_preview_of_a_gold_member_on_double_tuesday(qtbot, window, db, actor) -> None:
    with db.session() as s:
        save_rules(
            s,
            actor,
            Rules(
                earning={
                    "promotions": [
                        Promotion(name="Double Tuesday", multiplier_pct=200, weekdays=[2])
                    ]
                }
            ),
        )
    settings = window.settings
    settings.reload()
    settings.preview_amount.setText("88.00")
    settings.preview_tier.setCurrentText("Gold")
    settings.preview_date.setDate(QDate(2026, 11, 24))  # a Tuesday
    assert "earns 264 points" in settings.preview_text.text()
    settings.preview_date.setDate(QDate(2026, 11, 25))
    assert "earns 132 points" in settings.preview_text.text()


def test_a_cashier_cannot_open_settings(qtbot, db, cashier_window) -> None:
    window = cashier_window
    assert window.settings is None
    settings_item = nav_item(window, "Settings")
    assert settings_item.flags() == Qt.ItemFlag.NoItemFlags
    assert "owner" in settings_item.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.till
    with db.session(readonly=True) as s:
        assert s.exec(select(RulesVersion)).all() == []


def test_the_till_shows_upgrade_bonus_steps_and_expiring_points(
    qtbot, window, db, actor, zhang
) -> None:
    with db.session() as s:
        save_rules(
            s,
            actor,
            Rules(expiry=Expiry(months=12), rewards=[Reward(name="Free coffee", points=500)]),
            valid_from=datetime.now(UTC) - timedelta(days=800),
        )
        at = add_months(datetime.now(UTC), -12) + timedelta(days=5)
        record_sale(s, actor, SaleRequest(20000, zhang.id, at=at))  # 200 points lapse soon
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    assert "200 points expire on" in till.member_panel.expiring.text()
    type_by_hand(qtbot, till.sale_panel.amount, "1000")
    assert "1000 yuan × 1: 1000" in till.pay_panel.receipt.text()
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert "Upgraded to Silver" in till.pay_panel.receipt.text()
    assert till.member_panel.badge.text() == "Silver"


def test_a_reward_from_the_catalogue_with_f7(qtbot, window, db, actor, zhang) -> None:
    with db.session() as s:
        save_rules(
            s,
            actor,
            Rules(
                rewards=[Reward(name="Pastry", points=300), Reward(name="Free coffee", points=500)]
            ),
        )
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)

    def choose_coffee(dialog) -> None:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(choose_coffee)
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_F7)
    assert "Free coffee given for 500 points" in till.message.text()
    assert "500 points" in till.member_panel.points.text()
    assert date.today()  # the till is still usable


def test_the_owner_sets_the_report_segment_thresholds(qtbot, window, db) -> None:
    settings = window.settings
    window.show_page(settings)
    settings.tabs.setCurrentIndex(settings.tabs.count() - 1)
    frequency_5 = settings.frequency[0]
    frequency_5.setFocus()
    frequency_5.selectAll()
    qtbot.keyClicks(frequency_5, "20")
    assert settings.save_button.isEnabled()
    settings.recency[1].setValue(10)  # score 4 within 10 days, but score 5 allows 30: refused
    assert not settings.save_button.isEnabled()
    assert "rfm.recency_days" in settings.status.text()
    settings.recency[1].setValue(45)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        rfm = load_rules(s).rfm
    assert (rfm.frequency_visits, rfm.recency_days) == ([20, 6, 3, 2], [30, 45, 90, 180])


def test_rewards_beyond_the_balance_are_greyed_with_what_is_missing(
    qtbot, window, db, actor, zhang
) -> None:
    from loyalty_desktop.ui.dialogs import RewardDialog

    with db.session() as s:
        rewards = [Reward(name="Mug", points=1200), Reward(name="Pastry", points=300)]
        save_rules(s, actor, Rules(rewards=rewards))
    dialog = RewardDialog(window.ops, zhang.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    mug = dialog.list.item(0, 0)
    assert not mug.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "needs 200 more points" in dialog.list.item(0, 2).text()
    assert dialog.list.currentRow() == 1  # the first reward the member can have
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)  # the greyed row is passed by
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Pastry given for 300 points" in dialog.result_text
