"""Members → a member → Edit… (Ctrl+E) and Replace card…, driven with the keyboard and the
mouse as the owner does; the old card is then refused at the till."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from support import open_member, scan, snapshot, when_modal

from loyalty_desktop.store.models import Member
from loyalty_desktop.ui.members import EditMemberDialog, ReplaceCardDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    """What the owner does: select what is there and type over it."""
    field.setFocus()
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Backspace)


def member(db, member_id: int) -> Member:
    with db.session(readonly=True) as s:
        return s.get(Member, member_id)


def test_ctrl_e_edits_the_member_and_the_pane_shows_it(qtbot, window, db, zhang) -> None:
    open_member(qtbot, window)
    detail = window.members.detail
    seen: list[EditMemberDialog] = []

    def edit(dialog) -> None:
        seen.append(dialog)
        assert dialog.name.text() == "Zhang San" and dialog.phone.text() == "13800138000"
        retype(qtbot, dialog.name, "Zhang Sanfeng")
        retype(qtbot, dialog.phone, "139 0013 9000")
        retype(qtbot, dialog.birthday, "1990-05-01")
        retype(qtbot, dialog.tags, "coffee;vip")
        qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.tags, Qt.Key.Key_Return)  # Enter saves

    when_modal(edit)
    qtbot.keyClick(window.members.table, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())  # the button's click
    assert isinstance(seen[0], EditMemberDialog) and seen[0].result() == 1
    m = member(db, zhang.id)
    assert (m.name, m.phone, m.birthday, m.tags) == (
        "Zhang Sanfeng",
        "13900139000",
        date(1990, 5, 1),
        "coffee;vip",
    )
    assert m.marketing_consent and m.consent_at is not None
    qtbot.waitUntil(lambda: "Zhang Sanfeng" in detail.title.text())
    assert "139" in detail.facts.text() and "coffee;vip" in detail.facts.text()


def test_a_bad_phone_is_refused_in_the_dialog_and_nothing_changes(qtbot, window, db, zhang) -> None:
    open_member(qtbot, window)
    before = snapshot(db)
    seen: list[tuple[str, bool]] = []

    def bad_phone(dialog) -> None:
        retype(qtbot, dialog.name, "Someone Else")
        retype(qtbot, dialog.phone, "12ab")
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
        seen.append((dialog.error.text(), dialog.isVisible()))
        seen.append((dialog.focusWidget().objectName(), dialog.phone.hasSelectedText()))
        dialog.reject()

    when_modal(bad_phone)
    qtbot.mouseClick(window.members.detail.edit_button, Qt.MouseButton.LeftButton)
    (message, still_open), (focused, selected) = seen
    assert "not a phone number" in message and still_open
    assert (focused, selected) == ("phone", True)  # the field at fault, ready to retype
    assert snapshot(db) == before
    assert "Zhang San" in window.members.detail.title.text()


def test_replace_card_shows_old_and_new_then_the_old_card_is_refused_at_the_till(
    qtbot, window, db, zhang
) -> None:
    open_member(qtbot, window)
    detail = window.members.detail
    shown: list[str] = []
    offered: list[str] = []

    def not_now(box) -> None:
        offered.append(box.text())
        no = next(b for b in box.buttons() if b.text() == "Not now")
        qtbot.mouseClick(no, Qt.MouseButton.LeftButton)

    def confirm(dialog) -> None:
        assert isinstance(dialog, ReplaceCardDialog)
        shown.append(dialog.change.text())
        shown.append(dialog.card.text())
        when_modal(not_now)  # the offer to print comes next
        qtbot.mouseClick(
            dialog.button_box.button(dialog.button_box.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )

    when_modal(confirm)
    qtbot.mouseClick(detail.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered))
    new = shown[1]
    assert shown[0] == f"{zhang.card}  →  {new}"
    assert offered == [f"Card {zhang.card} is now {new}. Print the new card for Zhang San?"]
    assert member(db, zhang.id).card == new
    qtbot.waitUntil(lambda: new in detail.facts.text())
    assert detail.ledger.rowCount() == 1  # the opening balance stays with the member

    till = window.till
    window.show_page(till)
    scan(qtbot, till.scan_field, zhang.card)
    assert f"card {zhang.card} was replaced" in till.message.text()
    assert till.member is None
    scan(qtbot, till.scan_field, new)
    qtbot.waitUntil(lambda: till.member is not None and till.member.id == zhang.id)


def test_the_new_card_can_be_printed_straight_away(qtbot, window, zhang, monkeypatch) -> None:
    from loyalty_desktop.ui import members

    printed: list[tuple[str, str]] = []
    monkeypatch.setattr(
        members, "print_member_card", lambda _p, _o, card: printed.append((card.card, card.name))
    )
    open_member(qtbot, window)

    def print_it(box) -> None:
        assert isinstance(box, QMessageBox)
        box.defaultButton().click()  # Enter: "Print card…"

    def confirm(dialog) -> None:
        retype(qtbot, dialog.card, "VIP-0042")  # a number from pre-printed stock
        when_modal(print_it)
        qtbot.keyClick(dialog.card, Qt.Key.Key_Return)

    when_modal(confirm)
    window.members.detail.replace_card()
    assert printed == [("VIP-0042", "Zhang San")]


def test_an_old_or_empty_number_is_refused_in_the_dialog(qtbot, window, db, actor, zhang) -> None:
    from loyalty_desktop.services.member_edits import replace_card

    with db.session() as s:
        current = replace_card(s, actor, zhang.id).new_card
    open_member(qtbot, window)
    before = snapshot(db)
    seen: list[str] = []

    def refused(dialog) -> None:
        for typed in (zhang.card, ""):
            retype(qtbot, dialog.card, typed)
            qtbot.keyClick(dialog.card, Qt.Key.Key_Return)
            seen.append(dialog.error.text())
        dialog.reject()

    when_modal(refused)
    window.members.detail.replace_card()
    assert "was replaced by a new card" in seen[0] and "required" in seen[1]
    assert member(db, zhang.id).card == current
    assert snapshot(db) == before
    assert QApplication.activeModalWidget() is None
