"""The Coupons view: design, issue, see the campaign's redemption rate, save the sheet, void."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlmodel import select
from support import scan, type_by_hand, when_modal

from loyalty_desktop.services.coupons import Terms, add_template
from loyalty_desktop.services.offers import offer_templates
from loyalty_desktop.store.models import Coupon, CouponStatus
from loyalty_desktop.ui.language import apply_language


def test_design_issue_redeem_save_and_void(qtbot, window, db, zhang, tmp_path) -> None:
    view = window.coupons
    window.show_page(view)

    def design(dialog) -> None:
        dialog.name.setText("满100减10")
        dialog.value.setText("10")
        dialog.min_spend.setText("100")
        dialog.submit()

    when_modal(design)
    view.new_template()
    assert view.template_table.item(0, 1).text() == (
        "¥10.00 off with a purchase of ¥100.00 or more"
    )

    def issue(dialog) -> None:
        dialog.who.setText(zhang.card)
        dialog.submit()

    when_modal(issue)
    view.issue()
    assert "1 coupon issued in campaign" in view.status.text()
    assert view.campaign_table.item(0, 3).text() == "1"
    with db.session(readonly=True) as s:
        [coupon] = s.exec(select(Coupon)).all()

    window.show_page(window.till)
    scan(qtbot, window.till.scan_field, coupon.code)
    type_by_hand(qtbot, window.till.sale_panel.amount, "120")
    qtbot.keyClick(window.till.sale_panel.amount, Qt.Key.Key_Return)
    assert (view.campaign_table.item(0, 4).text(), view.campaign_table.item(0, 5).text()) == (
        "1",
        "100%",
    )

    view.campaign_table.selectRow(0)
    assert view.write_pdf(tmp_path / "sheet.pdf") == 1
    sheet = PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text()
    assert "Spend ¥100, save ¥10" in sheet and "Member Zhang San 138••••8000" in sheet
    apply_language("zh_CN")  # the sheet is printed in the language of the till
    try:
        assert view.write_pdf(tmp_path / "sheet-zh.pdf") == 1
    finally:
        apply_language("en")
    sheet = PdfReader(tmp_path / "sheet-zh.pdf").pages[0].extract_text()
    assert "满100减10元" in sheet and "会员 Zhang San 138••••8000" in sheet
    last_day = datetime.now(ZoneInfo("Asia/Shanghai")).date() + timedelta(days=30)
    assert view.coupon_table.item(0, 3).text() == str(last_day)  # the last day it is valid

    view.coupon_table.selectRow(0)
    messages: list[str] = []

    def void(dialog) -> None:
        dialog.reason.setText("test")
        dialog.submit()
        messages.append(dialog.error.text())
        dialog.reject()

    when_modal(void)
    view.void()
    assert "redeemed, not open" in messages[0]
    with db.session(readonly=True) as s:
        assert s.get(Coupon, coupon.id).status == CouponStatus.REDEEMED


def test_printing_paints_every_page_of_the_sheet(qtbot, tmp_path) -> None:
    """Qt's printer, sent to a PDF file instead of paper: two pages in, two pages out."""
    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen.canvas import Canvas

    from loyalty_desktop.ui.printing import print_pdf

    source = tmp_path / "in.pdf"
    canvas = Canvas(str(source))
    for text in ("one", "two"):
        canvas.drawString(100, 700, text)
        canvas.showPage()
    canvas.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(printer, source) == 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_give_a_coupon_from_the_members_page(qtbot, window, db, actor, zhang) -> None:
    from loyalty_desktop.services import coupons

    with db.session() as s:
        coupons.add_template(
            s, actor, "Welcome back", coupons.parse_terms({"kind": "percent", "value": 20})
        )
    view = window.members
    window.show_page(view)
    view.model.reload()
    view.table.selectRow(0)

    def give(dialog) -> None:
        assert dialog.who.text() == zhang.card and dialog.who.isReadOnly()
        dialog.submit()

    when_modal(give)
    qtbot.mouseClick(view.detail.coupon_button, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        [coupon] = s.exec(select(Coupon)).all()
    assert coupon.member_id == zhang.id


def test_a_second_design_with_the_same_name_is_refused_in_the_dialog(qtbot, window) -> None:
    view = window.coupons
    window.show_page(view)
    messages: list[str] = []

    def design(name: str):  # type: ignore[no-untyped-def]
        def fill(dialog) -> None:
            qtbot.keyClicks(dialog.name, name)
            qtbot.keyClicks(dialog.value, "5")
            dialog.submit()
            messages.append(dialog.error.text())
            if dialog.isVisible():
                dialog.reject()

        return fill

    for name in ("Flyer", " flyer "):
        when_modal(design(name))
        view.new_template()
    assert messages[0] == "" and 'named "flyer" already exists (template 1)' in messages[1]
    assert view.template_table.rowCount() == 1


@pytest.mark.sqlite_only("the database is a file")
def test_a_sheet_saved_onto_the_database_is_refused_on_screen(qtbot, window, db, zhang) -> None:
    view = window.coupons
    window.show_page(view)

    def design(dialog) -> None:
        dialog.name.setText("Flyer")
        dialog.value.setText("5")
        dialog.submit()

    def issue(dialog) -> None:
        dialog.who.setText(zhang.card)
        dialog.submit()

    when_modal(design)
    view.new_template()
    when_modal(issue)
    view.issue()
    view.campaign_table.selectRow(0)
    before = db.sqlite_path.read_bytes()
    assert view.write_pdf(db.sqlite_path) == 0
    assert "database" in view.status.text()
    assert db.sqlite_path.read_bytes() == before


def test_the_owner_chooses_the_till_s_win_back_coupon(qtbot, window, cashier_window, db, actor):  # type: ignore[no-untyped-def]
    with db.session() as s:
        template = add_template(s, actor, "Welcome back ¥5", Terms(kind="fixed", value=500))
    view = window.coupons
    window.show_page(view)
    view.reload()
    combo = view.offer_choices.combos["win_back"]
    assert combo.currentText() == "No coupon"
    combo.setCurrentIndex(combo.findText("Welcome back ¥5"))
    combo.activated.emit(combo.currentIndex())
    assert view.status.text() == "The till's suggestion is saved"
    with db.session(readonly=True) as s:
        assert offer_templates(s) == {"win_back": template.id}
    cashier_view = cashier_window.coupons
    cashier_view.reload()
    chosen = cashier_view.offer_choices.combos["win_back"]
    assert chosen.currentText() == "Welcome back ¥5" and not chosen.isEnabled()
