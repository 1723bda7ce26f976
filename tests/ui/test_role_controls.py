"""What the signed-in role cannot do is not offered: the window reads the permission table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from support import nav_item


def _buttons(view) -> dict[str, QPushButton]:  # type: ignore[no-untyped-def]
    return {button.text(): button for button in view.findChildren(QPushButton)}


def test_a_cashier_window_lacks_the_owner_and_manager_controls(cashier_window) -> None:
    assert cashier_window.members.detail.coupon_button.isHidden()
    coupon_buttons = _buttons(cashier_window.coupons)
    for text in ("New coupon…", "Issue…"):
        assert coupon_buttons[text].isHidden(), text
    assert not coupon_buttons["Print…"].isHidden()
    # what a manager's PIN may approve is offered, and asks for it
    assert not cashier_window.members.detail.adjust_button.isHidden()
    assert not coupon_buttons["Void…"].isHidden()
    assert cashier_window.settings is None
    assert nav_item(cashier_window, "Settings").flags() == Qt.ItemFlag.NoItemFlags


def test_the_owner_window_offers_them(window) -> None:
    assert not window.members.detail.adjust_button.isHidden()
    assert not window.members.detail.coupon_button.isHidden()
    coupon_buttons = _buttons(window.coupons)
    for text in ("New coupon…", "Issue…", "Void…"):
        assert not coupon_buttons[text].isHidden(), text
    assert window.settings is not None
