"""Every screen speaks the chosen language: each main view and dialog is opened on a demo shop
and every visible text is read from its widget tree (labels, buttons, placeholders, tooltips,
titles, tabs, group boxes, combo items, table headers and cells, menus, charts).

In zh_CN a text with no Chinese character must be a number, an amount, a date, a code, a key
hint, a name from the shop's data or one of a few words kept as they are. In English no Chinese
character may show outside the shop's data and the deliberately bilingual texts. A failure lists
each offending text with its screen, widget path, class and property.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select
from support import scan, screens
from widget_texts import CJK, Seen, TextWalk

from loyalty_desktop.app import build_main_window
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.errors import PermissionDenied
from loyalty_desktop.services import demo
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.demo import DEMO_RULES, DEMO_SURVEY, build_demo, regular_member
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.permissions import Action
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.services.surveys import SurveyAsk
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import Campaign, Coupon, CouponTemplate, Member, Sale, Staff
from loyalty_desktop.ui.approval import ApprovalDialog
from loyalty_desktop.ui.card_sheets import CardSheetDialog
from loyalty_desktop.ui.coupons import IssueDialog, TemplateDialog, VoidDialog
from loyalty_desktop.ui.dialogs import (
    EnrolDialog,
    HelpDialog,
    PickMemberDialog,
    RefundDialog,
    RewardDialog,
)
from loyalty_desktop.ui.import_dialog import ImportDialog
from loyalty_desktop.ui.language import apply_language
from loyalty_desktop.ui.main_window import MainWindow
from loyalty_desktop.ui.members import (
    AdjustDialog,
    EditMemberDialog,
    EraseMemberDialog,
    ReplaceCardDialog,
)
from loyalty_desktop.ui.reports import FilterDialog
from loyalty_desktop.ui.sign_in import SetUpOwnerDialog, SignInDialog
from loyalty_desktop.ui.staff import AddStaffDialog
from loyalty_desktop.ui.survey_panel import SurveyDialog
from loyalty_desktop.ui.welcome import WelcomeDialog

# --- what may stay as it is -----------------------------------------------------------------------

# In Chinese: words a Chinese shop reads as they are (metric and file-format names, the app's
# own name) and signs. Keep this short: anything else in Latin letters is a missing translation.
KEPT_IN_CHINESE = (
    *("NPS", "CSAT", "CLV", "RFM", "CSV", "PDF"),  # metric and file-format names
    "loyalty-desktop",  # the app's name
    "English",  # the language choice names itself in its own language
    *("¥", "—", "%"),
)
# In English: the texts meant to be Chinese on an English screen.
BILINGUAL_IN_ENGLISH = (
    "简体中文",  # the language choice names itself in its own language
    "语言",  # ... under the label "语言 / Language", findable whatever the screen reads
    "中文",  # the survey editor's field for a question's Chinese wording
    # The coupon kinds' Chinese names (printed on the coupons) beside their English ones.
    "满减券",
    "折扣券",
    "兑换券",
)
NUMBER = re.compile(r"[-+−]?[¥$]?\d[\d,.:/\-*×]*")  # amounts, dates, times, counts, masked phones
_C = "[2-9A-HJ-NP-Z]"  # a character of services.coupons.ALPHABET
COUPON_CODE = re.compile(rf"\b{_C}{{4}}(?:-{_C}{{1,4}}){{2,}}\b|\b{_C}{{14}}\b")  # grouped or not
KEY_HINT = re.compile(r"\b(?:Ctrl|Alt|Shift)\+\w+\b|\bF\d{1,2}\b|\bEsc\b|\bEnter\b")
LETTERS = re.compile(r"[A-Za-z]")

# --- the demo shop --------------------------------------------------------------------------------


NEWCOMER = "Li Na"  # enrolled on the enrolment screen


@dataclass
class Shop:
    db: Database
    card: str  # a regular's card, to scan at the till
    member_id: int
    sale_id: int  # a paid member sale, to refund
    coupon_code: str
    names: list[str]  # the shop's own data shown as it is: people, designs, campaigns, notes


def _data_names(db: Database) -> list[str]:
    """Names and free text from the demo shop's data, longest first (so a longer name goes
    before a shorter one inside it)."""
    with db.session(readonly=True) as s:
        names = {
            *s.exec(select(Member.name)),
            *s.exec(select(Staff.name)),
            *s.exec(select(CouponTemplate.name)),
            *s.exec(select(Campaign.name)),
        }
    names |= {NEWCOMER, DEMO_RULES.shop_name, *demo.TAGS, *demo.PRAISE, *demo.COMPLAINTS, "demo"}
    names.add(db.till_id)  # a till's id, as the audit trail shows where a line was written
    names |= {r.name for r in DEMO_RULES.rewards} | {p.name for p in DEMO_RULES.earning.promotions}
    names |= {"已电话联系，顾客表示理解", "送了一张满减券"}  # the demo's follow-up notes
    # A survey question's two wordings are the shop's own; the survey panel shows both.
    names |= {w for q in DEMO_SURVEY.questions for w in (q.wording.zh, q.wording.en)}
    return sorted((n for n in names if n), key=len, reverse=True)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    """A small demo shop, built once for every screen of this module (the screens only read,
    apart from the till's one sale and the enrolment)."""
    path = Path(tmp_path_factory.mktemp("translation")) / "demo.db"
    db = open_shop(sqlite_url(path), till_id="till-test")
    with db.session() as s:
        owner = ensure_owner(s, db.till_id)
        build_demo(s, Actor(staff_id=owner.id, till_id=db.till_id), members=60, months=4, seed=3)
    with db.session(readonly=True) as s:
        regular = regular_member(s)
        card, member_id = regular.card, regular.id
        sale_id = s.exec(
            select(Sale.id).where(Sale.member_id == member_id, Sale.paid_cents > 0)
        ).first()
        code = s.exec(select(Coupon.code).order_by(Coupon.id)).first()
    yield Shop(db, card, member_id, sale_id, code, _data_names(db))
    db.dispose()


# --- the screens ----------------------------------------------------------------------------------


@dataclass
class Ui:
    window: MainWindow
    shop: Shop
    qtbot: object

    def settle(self) -> None:
        """Let background work (reports, lists) finish and its results land on screen."""
        self.window.ops.wait_idle()
        for _ in range(3):
            QApplication.processEvents()

    def page(self, page: QWidget | None) -> QWidget:
        assert page is not None
        self.window.show_page(page)
        self.settle()
        return page

    def dialog(self, dialog: QWidget) -> QWidget:
        """A dialog of the window's, shown (deleted with the window)."""
        dialog.show()
        self.settle()
        return dialog

    def till_with_member(self) -> QWidget:
        till = self.window.till
        scan(self.qtbot, till.scan_field, self.shop.card)
        self.qtbot.keyClicks(till.sale_panel.amount, "88.00")  # type: ignore[attr-defined]
        self.settle()
        return till


def _till_receipt(ui: Ui) -> QWidget:
    till = ui.till_with_member()
    till.confirm()
    ui.settle()
    return till


def _till_walk_in(ui: Ui) -> QWidget:
    till = ui.window.till
    till.walk_in()
    ui.qtbot.keyClicks(till.sale_panel.amount, "25")  # type: ignore[attr-defined]
    ui.settle()
    return till


def _members(ui: Ui) -> QWidget:
    members = ui.page(ui.window.members)
    ui.window.members.search.setText(ui.shop.card)
    ui.window.members.model.set_query(ui.shop.card)
    ui.window.members.table.selectRow(0)
    ui.settle()
    return members


def _surveys(ui: Ui) -> QWidget:
    page = ui.page(ui.window.surveys)
    assert ui.window.surveys is not None
    ui.window.surveys.follow_up.table.selectRow(0)  # its notes and buttons come alive
    return page


def _refund(ui: Ui) -> QWidget:
    dialog = RefundDialog(ui.window.ops, ui.window)
    dialog.lookup.setText(str(ui.shop.sale_id))
    dialog.find_sale()
    return ui.dialog(dialog)


def _enrol_card(ui: Ui) -> QWidget:
    dialog = EnrolDialog(ui.window.ops, ui.window)
    dialog.name.setText(NEWCOMER)
    dialog.phone.setText("139 1234 5678")
    dialog.save()
    return ui.dialog(dialog)


def _pick_member(ui: Ui) -> QWidget:
    from loyalty_desktop.ui import actions

    with ui.shop.db.session(readonly=True) as s:
        surname = s.get_one(Member, ui.shop.member_id).name[0]
    found = actions.find_members(ui.window.ops, surname)  # a common surname: several match
    assert len(found) > 1
    return ui.dialog(PickMemberDialog(found, ui.window))


def _edit_member(ui: Ui) -> QWidget:
    from loyalty_desktop.ui import actions

    detail = actions.member_detail(ui.window.ops, ui.shop.member_id)
    return ui.dialog(EditMemberDialog(ui.window.ops, ui.shop.member_id, detail, ui.window))


def _replace_card(ui: Ui) -> QWidget:
    from loyalty_desktop.ui import actions

    card = actions.member_card(ui.window.ops, ui.shop.member_id)
    return ui.dialog(
        ReplaceCardDialog(ui.window.ops, ui.shop.member_id, card.name, card.card, ui.window)
    )


def _approval(ui: Ui) -> QWidget:
    refusal = PermissionDenied(action=Action.REFUND_ANY.value, role="owner or manager")
    return ui.dialog(ApprovalDialog(ui.window.ops, Action.REFUND_ANY, refusal, ui.window))


def _erase_member(ui: Ui) -> QWidget:
    from loyalty_desktop.ui import actions

    card = actions.member_card(ui.window.ops, ui.shop.member_id)
    return ui.dialog(
        EraseMemberDialog(ui.window.ops, ui.shop.member_id, card.name, card.card, ui.window)
    )


def _till_consenting_member(ui: Ui) -> QWidget:
    """A member who agreed to marketing: the till offers Stop marketing."""
    with ui.shop.db.session(readonly=True) as s:
        card = s.exec(select(Member.card).where(Member.marketing_consent)).first()
    assert card is not None
    till = ui.window.till
    scan(ui.qtbot, till.scan_field, card)
    ui.settle()
    assert till.member_panel.stop_marketing.isVisible()
    return till


def _customer_display(ui: Ui) -> QWidget:
    """The display beside the till, showing the bill being keyed."""
    with screens(ui.window):
        ui.window.restore_customer_display()
        ui.window.display_button.setChecked(True)
    ui.till_with_member()
    assert ui.window.customer_display is not None
    return ui.window.customer_display


def _customer_display_survey(ui: Ui) -> QWidget:
    customer = _customer_display(ui)
    ui.window.customer_display.ask(SurveyAsk(0, 0, None, DEMO_SURVEY))  # type: ignore[union-attr]
    ui.settle()
    return customer


def _survey_dialog(ui: Ui) -> QWidget:
    return ui.dialog(SurveyDialog(SurveyAsk(0, 0, None, DEMO_SURVEY), QLocale().name(), ui.window))


# A members file with a bad row of each kind the import dialog's table shows, and a column
# it does not know.
IMPORT_CSV = (
    "name,phone,birthday,marketing_consent,note\n"
    "Li Na,12345,,yes,x\n"
    "Wang Wu,13900139002,1990-13-01,yes,x\n"
    "Zhao Liu,13900139003,,maybe,x\n"
    "Sun Qi,13900139004,,,x\n"
)


def _import(ui: Ui) -> QWidget:
    """The import dialog after its dry run of a file with bad rows."""
    path = Path(tempfile.mkdtemp(prefix="loyalty-import-")) / "members.csv"
    path.write_text(IMPORT_CSV, encoding="utf-8")
    dialog = ImportDialog(ui.window.ops, ui.window)
    dialog.path = str(path)
    dialog.check()
    ui.dialog(dialog)
    ui.qtbot.waitUntil(lambda: not dialog.running)  # type: ignore[attr-defined]
    ui.settle()
    assert dialog.problems.rowCount() == 3
    return dialog


def _sign_in_refused(ui: Ui) -> QWidget:
    """The till locked, and a PIN typed for the demo's owner, who has none yet: refused."""
    dialog = SignInDialog(ui.shop.db, ui.window, locked=True)
    dialog.pin.setText("0000")
    dialog.submit()
    return ui.dialog(dialog)


def _staff_refused(ui: Ui) -> QWidget:
    dialog = AddStaffDialog(ui.window.ops, ui.window)
    dialog.name.setText(NEWCOMER)
    dialog.pin.setText("1234")
    dialog.again.setText("1235")
    dialog.submit()  # the two PINs differ: said beside the second
    return ui.dialog(dialog)


SCREENS: dict[str, Callable[[Ui], QWidget]] = {
    "main window": lambda ui: ui.window,
    "till: member and sale": Ui.till_with_member,
    "till: receipt": _till_receipt,
    "till: walk-in": _till_walk_in,
    "till keys (help)": lambda ui: ui.dialog(HelpDialog(ui.window)),
    "enrol": lambda ui: ui.dialog(EnrolDialog(ui.window.ops, ui.window)),
    "enrol: the card": _enrol_card,
    "refund": _refund,
    "reward": lambda ui: ui.dialog(RewardDialog(ui.window.ops, ui.shop.member_id, ui.window)),
    "which member": _pick_member,
    "members and member detail": _members,
    "adjust points": lambda ui: ui.dialog(
        AdjustDialog(ui.window.ops, ui.shop.member_id, ui.window)
    ),
    "edit member": _edit_member,
    "replace card": _replace_card,
    "import members (bad rows)": _import,
    "print member cards": lambda ui: ui.dialog(
        CardSheetDialog(ui.window.ops, [ui.shop.card], ui.window)
    ),
    "erase member": _erase_member,
    "till: a member who agreed to marketing": _till_consenting_member,
    "coupons": lambda ui: ui.page(ui.window.coupons),
    "coupon design": lambda ui: ui.dialog(TemplateDialog(ui.window.ops, ui.window)),
    "issue coupons": lambda ui: ui.dialog(IssueDialog(ui.window.ops, ui.window)),
    "void coupon": lambda ui: ui.dialog(VoidDialog(ui.window.ops, ui.shop.coupon_code, ui.window)),
    "a colleague's approval": _approval,
    "surveys (every tab)": _surveys,
    "reports (every tab)": lambda ui: ui.page(ui.window.reports),
    "new member filter": lambda ui: ui.dialog(FilterDialog(ui.window.ops, ui.window)),
    "settings (every tab)": lambda ui: ui.page(ui.window.settings),
    "welcome": lambda ui: ui.dialog(WelcomeDialog(ui.window.ops, ui.window)),
    "customer display": _customer_display,
    "customer display: survey": _customer_display_survey,
    "survey on the till's screen": _survey_dialog,
    "sign in": lambda ui: ui.dialog(SignInDialog(ui.shop.db, ui.window)),
    "sign in: locked, refused": _sign_in_refused,
    "set up the owner": lambda ui: ui.dialog(SetUpOwnerDialog(ui.shop.db, ui.window)),
    "staff: add a staff member": _staff_refused,
}


@pytest.fixture
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    # The system's language: the demo till follows the system, as a new till does.
    monkeypatch.setenv("LOYALTY_LANG", request.param)
    apply_language(request.param)
    yield request.param
    apply_language("en")


def _screen_texts(qtbot, shop: Shop, screen: str) -> list[Seen]:  # type: ignore[no-untyped-def]
    window = build_main_window(shop.db)
    window.show()
    qtbot.waitExposed(window)
    ui = Ui(window, shop, qtbot)
    try:
        return TextWalk(SCREENS[screen](ui), ui.settle).run()
    finally:
        _dispose(window)


def _dispose(window: MainWindow) -> None:
    """Delete the window, its dialogs and the customer display now: windows left alive would
    each be retranslated at every language switch of the later tests."""
    window.set_customer_display(False)
    for widget in (window.customer_display, window):
        if widget is not None:
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- the rules ------------------------------------------------------------------------------------


def _without(text: str, names: list[str], kept: tuple[str, ...]) -> str:
    """The text with the shop's data and the allowed words taken out."""
    for name in (*names, *kept):
        bounded = rf"(?<!\w){re.escape(name)}(?!\w)" if name.isascii() else re.escape(name)
        text = re.sub(bounded, " ", text)
    return text


def untranslated(text: str, names: list[str]) -> bool:
    """A Chinese screen's text that is still in another language."""
    if CJK.search(text):
        return False
    rest = _without(text, names, KEPT_IN_CHINESE)
    for pattern in (COUPON_CODE, KEY_HINT, NUMBER):
        rest = pattern.sub(" ", rest)
    return bool(LETTERS.search(rest))


def chinese_in_english(text: str, names: list[str]) -> bool:
    return bool(CJK.search(_without(text, names, BILINGUAL_IN_ENGLISH)))


def _report(screen: str, language: str, offending: list[Seen]) -> str:
    unique = list(dict.fromkeys(offending))  # a text met again on a tab walked twice
    lines = [f"{len(unique)} text(s) on '{screen}' not in {language}:"]
    lines += [f"  {seen}" for seen in unique]
    return "\n".join(lines)


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_text_is_chinese(qtbot, shop: Shop, language: str, screen: str) -> None:
    seen = _screen_texts(qtbot, shop, screen)
    assert seen, "the walk found no text at all"
    offending = [s for s in seen if untranslated(s.text, shop.names)]
    assert not offending, _report(screen, language, offending)


@pytest.mark.parametrize("language", ["en"], indirect=True)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_chinese_in_english(qtbot, shop: Shop, language: str, screen: str) -> None:
    seen = _screen_texts(qtbot, shop, screen)
    assert seen, "the walk found no text at all"
    offending = [s for s in seen if chinese_in_english(s.text, shop.names)]
    assert not offending, _report(screen, language, offending)


# --- the rules themselves -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "¥1,234.50",
        "2026-11-28 14:05",
        "12%",
        "F2",
        "Ctrl+D",
        "MBRX-9HTD-4WQ2-7K",
        "9ZU3H5XK6EYK3E",
        "NPS",
        "Free coffee",
        "138****8000",
        "积分 1,200",
    ],
)
def test_what_may_stay_in_a_chinese_screen(text: str) -> None:
    assert not untranslated(text, ["Free coffee"])


@pytest.mark.parametrize("text", ["Enrol", "F2  Enrol", "12 points", "Nov 2026", "¥5 off"])
def test_what_is_caught_in_a_chinese_screen(text: str) -> None:
    assert untranslated(text, ["Free coffee"])


def test_chinese_in_english_spares_names_and_bilingual_texts() -> None:
    assert not chinese_in_english("Hello, 王伟", ["王伟"])
    assert not chinese_in_english("简体中文", [])
    assert chinese_in_english("Points 积分", ["王伟"])
