"""A member's privacy rights in the window: consent withdrawn with one click at the till, and on
the Members page the owner's Export data… and Erase…; other roles see masked phones and no
privacy buttons."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlmodel import select
from support import open_member, scan, snapshot, when_modal

from loyalty_desktop.services.member_edits import MemberChanges, edit_member
from loyalty_desktop.store.models import AuditEntry, Member, MemberStatus
from loyalty_desktop.ui.members import EditMemberDialog, EraseMemberDialog

LEFT = Qt.MouseButton.LeftButton


def member(db, member_id: int) -> Member:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return s.get(Member, member_id)


def consenting(db, actor, zhang) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        edit_member(s, actor, zhang.id, MemberChanges(marketing_consent=True))


def close_message(seen: list[str]) -> None:
    """Read and close the message box that opens next."""

    def close(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        box.accept()

    when_modal(close)


# --- the till ----------------------------------------------------------------------------------


def test_stop_marketing_is_one_click_at_the_till(qtbot, window, db, actor, zhang) -> None:
    consenting(db, actor, zhang)
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    button = till.member_panel.stop_marketing
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "Stop marketing"
    qtbot.mouseClick(button, LEFT)
    m = member(db, zhang.id)
    assert not m.marketing_consent and m.consent_at is None
    assert not button.isVisible()
    assert "Zhang San will get no more marketing" in till.message.text()
    assert till.member is not None and till.member.id == zhang.id  # the sale goes on
    with db.session(readonly=True) as s:
        lines = s.exec(select(AuditEntry).where(AuditEntry.action == "member.edit")).all()
    assert json.loads(lines[-1].detail) == {"marketing_consent": [True, False]}


def test_the_button_shows_only_for_a_member_who_agreed(qtbot, window, db, actor, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    qtbot.waitUntil(lambda: till.member is not None)
    assert not till.member_panel.stop_marketing.isVisible()
    consenting(db, actor, zhang)
    till.clear()
    scan(qtbot, till.scan_field, zhang.card)
    qtbot.waitUntil(till.member_panel.stop_marketing.isVisible)
    qtbot.keyClick(till.scan_field, Qt.Key.Key_Escape)  # the till cleared: nobody to stop
    qtbot.waitUntil(lambda: not till.member_panel.stop_marketing.isVisible())


# --- the Members page --------------------------------------------------------------------------


def test_export_data_writes_the_members_files_into_the_folder_chosen(
    qtbot, window, db, zhang, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(tmp_path))
    )
    open_member(qtbot, window)
    detail = window.members.detail
    assert detail.export_button.isVisible() and detail.export_button.isEnabled()
    seen: list[str] = []
    close_message(seen)
    qtbot.mouseClick(detail.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [f"12 files written to {tmp_path}"]
    data = json.loads((tmp_path / f"member-{zhang.card}.json").read_text(encoding="utf-8"))
    assert data["member"]["name"] == "Zhang San"
    assert (tmp_path / f"member-{zhang.card}-points.csv").exists()


def test_erase_says_what_goes_and_stays_needs_a_reason_and_erases(qtbot, window, db, zhang) -> None:
    open_member(qtbot, window)
    detail = window.members.detail
    before = snapshot(db)
    steps: list[str] = []
    messages: list[str] = []

    def erase(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, EraseMemberDialog)
        intro = dialog.findChild(type(dialog.error), "eraseIntro").text()
        assert "Zhang San" in intro and zhang.card in intro
        assert "phone, birthday and tags" in intro and "sales, points, coupons" in intro
        erase_button = dialog.button_box.button(dialog.button_box.StandardButton.Ok)
        assert erase_button.text() == "Erase"
        qtbot.mouseClick(erase_button, LEFT)  # without a reason: refused in the dialog
        steps.append(dialog.error.text())
        assert snapshot(db) == before
        dialog.reason.setFocus()
        qtbot.keyClicks(dialog.reason, "asked at the counter")
        close_message(messages)
        qtbot.mouseClick(erase_button, LEFT)

    when_modal(erase)
    qtbot.mouseClick(detail.erase_button, LEFT)
    qtbot.waitUntil(lambda: bool(messages))
    assert steps == ["reason: is required for an erasure (e.g. the member's request and its date)"]
    assert messages == [f"The personal details of card {zhang.card} were erased."]
    m = member(db, zhang.id)
    assert m.status == MemberStatus.ANONYMISED and m.phone is None
    assert detail.member_id is None
    qtbot.waitUntil(lambda: window.members.model.rowCount() == 0)  # gone from the list
    # ... and refused at the till, saying why.
    window.show_page(window.till)
    scan(qtbot, window.till.scan_field, zhang.card)
    qtbot.waitUntil(lambda: "erased at their request" in window.till.message.text())
    assert window.till.member is None


def test_cancelling_the_erasure_changes_nothing(qtbot, window, db, zhang) -> None:
    open_member(qtbot, window)
    before = snapshot(db)
    when_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(window.members.detail.erase_button, LEFT)
    qtbot.waitUntil(lambda: window.members.detail.member_id is not None)
    assert snapshot(db) == before


def test_a_cashier_sees_no_privacy_buttons_and_a_masked_phone(
    qtbot, cashier_window, db, zhang
) -> None:
    open_member(qtbot, cashier_window)
    detail = cashier_window.members.detail
    assert not detail.export_button.isVisible() and not detail.erase_button.isVisible()
    assert "138••••8000" in detail.facts.text() and "13800138000" not in detail.facts.text()


@pytest.mark.parametrize(
    ("typed", "phone"), [(None, "13800138000"), ("139 0013 9000", "13900139000")]
)
def test_a_cashier_edits_without_seeing_the_phone(
    qtbot, cashier_window, db, zhang, typed, phone
) -> None:
    open_member(qtbot, cashier_window)
    seen: list[str] = []

    def edit(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, EditMemberDialog)
        seen.append(dialog.phone.text())
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Zhang Sanfeng")
        if typed:
            dialog.phone.selectAll()
            qtbot.keyClicks(dialog.phone, typed)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    when_modal(edit)
    qtbot.mouseClick(cashier_window.members.detail.edit_button, LEFT)
    qtbot.waitUntil(lambda: member(db, zhang.id).name == "Zhang Sanfeng")
    assert seen == ["138••••8000"]
    assert member(db, zhang.id).phone == phone


def test_the_owner_sees_the_full_phone(qtbot, window, zhang) -> None:
    open_member(qtbot, window)
    assert "13800138000" in window.members.detail.facts.text()


def test_an_unexpected_refusal_of_the_export_is_shown_calmly(
    qtbot, window, zhang, tmp_path, monkeypatch
) -> None:
    (tmp_path / "file").write_text("x")
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(tmp_path / "file"))
    )
    open_member(qtbot, window)
    seen: list[str] = []
    close_message(seen)
    qtbot.mouseClick(window.members.detail.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [f"folder: {tmp_path / 'file'} is a file, not a folder"]
