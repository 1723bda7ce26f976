"""Settings: the amount above which the till asks the cashier to confirm a sale."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty_desktop.services.rules import Rules, Sales, load_rules, save_rules


def retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_the_owner_sets_the_confirmation_threshold(qtbot, window, db) -> None:
    settings = window.settings
    window.show_page(settings)
    assert settings.confirm_above.text() == "5000.00"  # the default
    retype(qtbot, settings.confirm_above, "2000000")
    assert not settings.save_button.isEnabled()
    assert "more than ¥1,000,000.00" in settings.status.text()
    retype(qtbot, settings.confirm_above, "8000")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        assert load_rules(s).sales.confirm_above_cents == 800_000
    retype(qtbot, settings.confirm_above, "0")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        assert load_rules(s).sales.confirm_above_cents == 0  # never ask


def test_saving_other_settings_keeps_the_threshold(qtbot, window, db, actor) -> None:
    with db.session() as s:
        save_rules(s, actor, Rules(sales=Sales(confirm_above_cents=123_400)))
    settings = window.settings
    settings.reload()
    window.show_page(settings)
    assert settings.confirm_above.text() == "1234.00"
    retype(qtbot, settings.points_per_yuan, "3")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        rules = load_rules(s)
    assert (rules.earning.points_per_yuan, rules.sales.confirm_above_cents) == (3, 123_400)
