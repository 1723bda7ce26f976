"""The till, driven with the keyboard the way a cashier (and a USB scanner) drives it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlmodel import select
from support import scan, snapshot, type_by_hand, when_modal

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.services.coupons import Terms, add_template, grouped
from loyalty_desktop.services.items import ItemLine
from loyalty_desktop.services.members import Enrolment, enrol, find_members
from loyalty_desktop.services.offers import choose_template
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import Coupon, EntryKind, Member, PointsEntry, Sale


def ledger(db, member_id: int) -> list[tuple[str, int]]:
    with db.session(readonly=True) as s:
        entries = s.exec(
            select(PointsEntry).where(PointsEntry.member_id == member_id).order_by(PointsEntry.id)
        ).all()
        return [(e.kind, e.points) for e in entries]


def test_scan_card_type_amount_enter_records_the_sale(qtbot, window, db, zhang) -> None:
    till = window.till
    assert till.scan_field.hasFocus()
    scan(qtbot, till.scan_field, zhang.card)
    assert till.member_panel.name.text() == "Zhang San"
    assert "1,000 points" in till.member_panel.points.text()
    assert till.sale_panel.amount.hasFocus()
    type_by_hand(qtbot, till.sale_panel.amount, "88.50")
    assert till.pay_panel.labels["pay"].text() == "¥88.50"
    assert till.pay_panel.labels["earns"].text() == "+88 pts"
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert "1,088 points" in till.member_panel.points.text()
    assert "balance 1,088" in till.pay_panel.receipt.text()
    assert ledger(db, zhang.id) == [(EntryKind.ADJUST, 1000), (EntryKind.EARN, 88)]
    assert till.scan_field.hasFocus() and till.sale_panel.amount.text() == ""


def test_a_scan_burst_while_another_field_has_focus_is_still_a_scan(qtbot, window, zhang) -> None:
    till = window.till
    till.walk_in()
    assert till.sale_panel.amount.hasFocus()
    scan(qtbot, till.sale_panel.amount, zhang.card)  # the scanner fires into the amount field
    assert till.member_panel.name.text() == "Zhang San"
    assert till.sale_panel.amount.text() == ""  # not typed into the field


def test_hand_typing_in_the_amount_field_is_not_mistaken_for_a_scan(qtbot, window, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "1234567")
    assert till.sale_panel.amount.text() == "1234567"


def test_redeem_with_f4_then_enter(qtbot, window, db, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "20")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_F4)
    assert till.sale_panel.redeem.hasFocus()
    assert till.sale_panel.max_redeem.text() == "max 1,000"
    type_by_hand(qtbot, till.sale_panel.redeem, "500")
    assert till.pay_panel.labels["pay"].text() == "¥15.00"
    qtbot.keyClick(till.sale_panel.redeem, Qt.Key.Key_Return)
    assert ledger(db, zhang.id)[1:] == [(EntryKind.REDEEM, -500), (EntryKind.EARN, 15)]
    assert "515 points" in till.member_panel.points.text()


def test_a_mistyped_card_is_refused_inline_and_changes_nothing(qtbot, window, db, zhang) -> None:
    till = window.till
    before = snapshot(db)
    typo = zhang.card[:-1] + str((int(zhang.card[-1]) + 1) % 10)
    scan(qtbot, till.scan_field, typo)
    assert "check digit" in till.message.text()
    assert till.message.property("tone") == "refused"
    assert till.member is None and till.scan_field.text() == "" and till.scan_field.hasFocus()
    assert snapshot(db) == before


def test_redeeming_too_much_is_refused_and_nothing_is_written(qtbot, window, db, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "50")
    till.sale_panel.redeem.setFocus()
    type_by_hand(qtbot, till.sale_panel.redeem, "2000")
    before = snapshot(db)
    qtbot.keyClick(till.sale_panel.redeem, Qt.Key.Key_Return)
    assert "balance is 1000" in till.message.text()
    assert snapshot(db) == before


def test_walk_in_sale_with_f6(qtbot, window, db) -> None:
    till = window.till
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F6)
    assert till.member_panel.name.text() == "Walk-in customer"
    type_by_hand(qtbot, till.sale_panel.amount, "12.30")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    with db.session(readonly=True) as s:
        sale = s.exec(select(Sale)).one()
    assert (sale.member_id, sale.amount_cents) == (None, 1230)


def test_escape_clears_the_till(qtbot, window, zhang) -> None:
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "9")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Escape)
    assert till.member is None and till.sale_panel.amount.text() == ""
    assert till.member_panel.name.text() == "No member" and till.scan_field.hasFocus()


def test_several_matches_open_a_pick_list(qtbot, window, db, actor) -> None:
    from loyalty_desktop.services.members import Enrolment, enrol

    with db.session() as s:
        enrol(s, actor, Enrolment(name="Wang One", phone="13900001234"))
        second = enrol(s, actor, Enrolment(name="Wang Two", phone="13700001234"))

    def choose_second(dialog) -> None:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(choose_second)
    scan(qtbot, window.till.scan_field, "1234")
    assert window.till.member.id == second.id


def test_enrol_with_f2_then_find_by_last_four(qtbot, window, db) -> None:
    till = window.till
    seen: dict[str, str] = {}

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.name, "Li Lei", delay=40)
        qtbot.keyClicks(dialog.phone, "+86 139-1234-5678", delay=40)
        dialog.consent.setChecked(True)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
        seen["card"] = dialog.card_text.text()
        seen["barcode"] = "yes" if not dialog.barcode.pixmap().isNull() else "no"
        dialog.accept()

    when_modal(fill)
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F2)
    assert seen["barcode"] == "yes" and len(seen["card"]) == 12
    assert till.member.card == seen["card"]  # the new member is at the till
    till.clear()
    scan(qtbot, till.scan_field, "5678")
    assert till.member_panel.name.text() == "Li Lei"
    with db.session(readonly=True) as s:
        [member] = find_members(s, "5678")
    assert member.phone == "13912345678" and member.marketing_consent


def test_enrol_refuses_a_duplicate_phone_inline(qtbot, window, db, zhang) -> None:
    messages: list[str] = []

    def fill(dialog) -> None:
        dialog.name.setText("Someone Else")
        dialog.phone.setText("138 0013 8000")
        dialog.save()
        messages.append(dialog.error.text())
        dialog.reject()

    when_modal(fill)
    window.till.enrol()
    assert zhang.card in messages[0]
    with db.session(readonly=True) as s:
        assert len(s.exec(select(Member)).all()) == 1


def test_refund_with_f8(qtbot, window, db, actor, zhang) -> None:
    with db.session() as s:
        sale = record_sale(s, actor, SaleRequest(10000, zhang.id)).sale  # +100 points

    def refund(dialog) -> None:
        qtbot.keyClicks(dialog.lookup, str(sale.id), delay=40)
        qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return)
        assert dialog.amount.text() == "100.00"
        dialog.amount.setText("25.00")
        assert "Takes back 25" in dialog.preview.text(), dialog.error.text()
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_modal(refund)
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_F8)
    assert "Refunded ¥25.00" in window.till.message.text()
    assert ledger(db, zhang.id)[-1] == (EntryKind.REFUND_EARN, -25)


def test_f1_shows_the_key_map(qtbot, window) -> None:
    texts: list[str] = []

    def read(dialog) -> None:
        from PySide6.QtWidgets import QLabel

        texts.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    when_modal(read)
    qtbot.keyClick(window.till.scan_field, Qt.Key.Key_F1)
    assert "Refund a sale" in texts and "<b>F8</b>" in texts


def test_error_text_never_shows_a_traceback(qtbot, window) -> None:
    field: QLineEdit = window.till.scan_field
    scan(qtbot, field, "%%%%%%")
    assert "Traceback" not in window.till.message.text()
    assert window.till.message.text().startswith("No member matches")


def test_a_short_legacy_card_scanned_into_the_amount_field_is_a_scan(qtbot, window, db, actor):
    from loyalty_desktop.services.members import Enrolment, enrol

    with db.session() as s:
        enrol(s, actor, Enrolment(name="Old Card", card="10023"))
    till = window.till
    till.walk_in()
    scan(qtbot, till.sale_panel.amount, "10023")
    assert till.member_panel.name.text() == "Old Card"
    with db.session(readonly=True) as s:
        assert s.exec(select(Sale)).all() == []  # no ¥10,023 sale


@pytest.mark.sqlite_only("another till holds SQLite's write lock")
def test_a_busy_database_is_said_on_the_message_line(qtbot, window, db, zhang, monkeypatch):
    import sqlite3

    from loyalty_desktop.ui import operations

    monkeypatch.setattr(operations, "GUI_BUSY_MS", 50)
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    type_by_hand(qtbot, till.sale_panel.amount, "10")
    with sqlite3.connect(db.sqlite_path) as other_till:
        other_till.execute("BEGIN IMMEDIATE")
        qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
        other_till.rollback()
    assert "busy" in till.message.text() and till.message.property("tone") == "refused"
    assert till.sale_panel.amount.text() == "10"  # nothing lost: press Enter again
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    assert "recorded" in till.message.text()


def test_scan_member_then_coupon_then_amount_enter(qtbot, window, db, actor, zhang) -> None:
    from loyalty_desktop.services import coupons
    from loyalty_desktop.store.models import Coupon, CouponStatus

    with db.session() as s:
        template = coupons.add_template(
            s,
            actor,
            "满50减10",
            coupons.parse_terms({"kind": "fixed", "value": 1000, "min_spend_cents": 5000}),
        )
        [coupon] = coupons.issue(s, actor, template.id, member_ids=[zhang.id]).coupons
    till = window.till
    scan(qtbot, till.scan_field, zhang.card)
    scan(qtbot, till.sale_panel.amount, coupons.grouped(coupon.code))  # the scanner fires again
    assert "✓" in till.sale_panel.coupon.text() and till.sale_panel.amount.hasFocus()
    type_by_hand(qtbot, till.sale_panel.amount, "40")
    assert "¥50.00 or more" in till.message.text()  # below the minimum: a note, not a sale
    till.sale_panel.amount.clear()
    type_by_hand(qtbot, till.sale_panel.amount, "60")
    assert till.pay_panel.labels["coupon"].text() == "-¥10.00"
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    with db.session(readonly=True) as s:
        stored = s.get(Coupon, coupon.id)
        sale = s.get(Sale, stored.sale_id)
    assert stored.status == CouponStatus.REDEEMED and sale.paid_cents == 5000
    assert till.sale_panel.coupon.text() == ""
    scan(qtbot, till.scan_field, coupon.code)
    assert f"already used (sale {sale.id})" in till.message.text()
    assert till.message.property("tone") == "refused"


def test_a_members_coupon_scanned_first_brings_the_member(qtbot, window, db, actor, zhang) -> None:
    from loyalty_desktop.services import coupons

    with db.session() as s:
        template = coupons.add_template(
            s,
            actor,
            "Gift",
            coupons.parse_terms({"kind": "free_item", "value": 1800, "item": "Latte"}),
        )
        [coupon] = coupons.issue(s, actor, template.id, member_ids=[zhang.id]).coupons
    scan(qtbot, window.till.scan_field, coupon.code)
    assert window.till.member_panel.name.text() == "Zhang San"
    assert "free Latte" in window.till.sale_panel.coupon.text()


def test_scanning_a_regular_shows_their_habits_birthday_and_next_tier(qtbot, window, db, actor):  # type: ignore[no-untyped-def]
    now = utcnow() - timedelta(hours=1)
    with db.session() as s:
        soon = (local_day(now, load_rules(s).zone) + timedelta(days=3)).replace(year=1990)
        li = Enrolment(
            name="Li Si", phone="13900003333", birthday=soon, enrolled_at=now - timedelta(days=400)
        )
        member = enrol(s, actor, li)
        beans, mug = ItemLine("BEAN", "Coffee beans", 1, 40_000), ItemLine("MUG", "Mug", 1, 5_000)
        for i, items in enumerate(((beans,), (beans, mug))):  # ¥850 of Silver's ¥1,000
            at, cents = now - timedelta(days=23 + 9 * i), sum(i.total_cents for i in items)
            sale = SaleRequest(cents, member.id, receipt=f"li{i}", at=at, items=items)
            record_sale(s, actor, sale)
    till = window.till
    scan(qtbot, till.scan_field, member.card)
    panel = till.member_panel
    assert panel.visits.text() == "Last visit 23 days ago · 2 visits · usually every ~9 days"
    assert panel.personal.text() == "Usually buys Coffee beans · Birthday in 3 days"
    assert panel.offer.text() == "¥150.00 more to Silver"  # no coupon chosen for birthdays
    assert till.sale_panel.amount.hasFocus()  # the notes take nothing from the counter's flow


def test_f10_gives_a_lapsed_regular_the_win_back_coupon(qtbot, cashier_window, db, actor):  # type: ignore[no-untyped-def]
    now = utcnow()
    with db.session() as s:
        template = add_template(s, actor, "Welcome back ¥5", Terms(kind="fixed", value=500))
        choose_template(s, actor, "win_back", template.id)
        li = enrol(s, actor, Enrolment("Li Si", "13900003333", enrolled_at=now - timedelta(400)))
        for i in range(4):  # every 7 days, the last one 40 days ago
            at = now - timedelta(days=40 + 7 * i)
            record_sale(s, actor, SaleRequest(3000, li.id, receipt=f"w{i}", at=at))
    till = cashier_window.till
    scan(qtbot, till.scan_field, li.card)
    assert till.member_panel.offer.text() == "Offer: Welcome back ¥5 — F10 gives it"
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_F10)
    with db.session(readonly=True) as s:
        given = s.exec(select(Coupon).where(Coupon.member_id == li.id)).all()
    assert len(given) == 1 and given[0].template_id == template.id
    assert till.message.text() == (
        f"Coupon {grouped(given[0].code)} given to Li Si: Welcome back ¥5"
    )
    assert till.member_panel.offer.text() == ""  # given: nothing more to offer
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_F10)
    assert till.message.text() == "No coupon to offer this member"
    assert till.sale_panel.amount.hasFocus()
