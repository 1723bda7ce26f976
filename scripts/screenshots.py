"""Render the main screens offscreen with a demo shop, in English and in Chinese, to
docs/screenshots/en/*.png and docs/screenshots/zh_CN/*.png (the same names in both).

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LOYALTY_TILL_ID", "till-screenshots")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from loyalty_desktop.app import build_main_window
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services import auth, targets
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.demo import DEMO_SURVEY, build_demo, regular_member
from loyalty_desktop.services.items import ItemLine, add_item
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.settings import set_sync_folder, set_till_language
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.services.surveys import SurveyAsk
from loyalty_desktop.services.sync import shop as sync_shop
from loyalty_desktop.services.sync.now import sync_now
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models.base import saved_id
from loyalty_desktop.ui.audit_view import AuditView
from loyalty_desktop.ui.backups import BackupsTab
from loyalty_desktop.ui.database import DatabaseTab
from loyalty_desktop.ui.dialogs import EnrolDialog, RefundDialog
from loyalty_desktop.ui.items import ItemsTab
from loyalty_desktop.ui.language import apply_language
from loyalty_desktop.ui.main_window import MainWindow
from loyalty_desktop.ui.members import EraseMemberDialog
from loyalty_desktop.ui.message_templates import MessagesDialog
from loyalty_desktop.ui.sign_in import SignInDialog
from loyalty_desktop.ui.staff import StaffTab
from loyalty_desktop.ui.sync_view import SyncTab
from loyalty_desktop.ui.theme import apply_theme
from loyalty_desktop.ui.welcome import WelcomeDialog

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# Two screens, as a counter with a customer display has: the till's and the customer's.
SCREENS = {
    "screens": [
        {"name": name, "x": x, "y": 0, "width": w, "height": h, "logicalDpi": 96, "dpr": 1}
        for name, x, w, h in (("TILL", 0, 1280, 800), ("CUSTOMER", 1280, 1024, 600))
    ]
}
LANGUAGES = ("en", "zh_CN")
ITEMS = (  # a café's item list: code, name, category, barcode, price in cents
    ("LAT", "拿铁 Latte", "咖啡", "6901234567892", 2800),
    ("AME", "美式 Americano", "咖啡", "6901234567893", 2200),
    ("CAKE", "芝士蛋糕 Cheesecake", "甜点", "6909876543210", 3500),
    ("BEAN", "咖啡豆 250g", "咖啡豆", "6901234500011", 8800),
    ("BAG", "手提袋 Bag", "", None, 0),
)  # a folder each, the same file names in both


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path, app: QApplication) -> None:
    """``path`` without its .png."""
    settle(app)
    widget.grab().save(f"{path}.png")
    print(f"wrote {path}.png")


def demo_shop(folder: Path) -> Path:
    """One demo shop file; each language renders a copy of it (the till records a sale)."""
    db = open_shop(sqlite_url(folder / "demo.db"))
    window = build_main_window(db)
    with db.session() as s:
        build_demo(s, window.ops.actor, members=500, months=12, seed=3)
        # The owner's KPI targets, shown on the dashboard and the PDF.
        targets.set_targets(
            s, window.ops.actor, {"repeat_purchase_rate": "25", "retention_rate": "40", "nps": "30"}
        )
    window.deleteLater()
    db.dispose()
    return folder / "demo.db"


def two_screens() -> None:
    """Qt's offscreen platform (one screen unless told) given the counter's two screens."""
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        config = Path(tempfile.mkdtemp()) / "screens.json"
        config.write_text(json.dumps(SCREENS))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    two_screens()
    app = QApplication(sys.argv)
    apply_theme(app)
    work = Path(tempfile.mkdtemp())
    demo = demo_shop(work)
    for language in LANGUAGES:
        apply_language(language)  # before the windows are built: every text in this language
        out = SHOTS / language
        out.mkdir(parents=True, exist_ok=True)
        empty = speaking(open_shop(sqlite_url(work / f"empty-{language}.db")), language)
        save(WelcomeDialog(build_main_window(empty).ops), out / "welcome", app)
        shop = work / f"demo-{language}.db"
        shutil.copyfile(demo, shop)
        render(speaking(open_shop(sqlite_url(shop)), language), app, out)
    return 0


def speaking(db: Database, language: str) -> Database:
    """The shop with this till set to ``language`` in Settings (the window applies it)."""
    with db.session() as session:
        set_till_language(session, db.till_id, language)
    return db


def render(db: Database, app: QApplication, out: Path) -> None:
    """Every screen of the README, on the demo shop ``db``, in the current language, to ``out``."""

    def shot(widget: QWidget, name: str) -> None:
        save(widget, out / name, app)

    window = build_main_window(db)
    till_screen = next(s for s in QGuiApplication.screens() if s.name() == "TILL")
    window.setScreen(till_screen)
    window.move(till_screen.geometry().topLeft())
    window.resize(1280, 760)
    window.show()
    till = window.till
    with db.session(readonly=True) as s:
        regular = regular_member(s).card
    window.display_button.setChecked(True)  # on the other screen
    customer = window.customer_display
    assert customer is not None
    till.scan(regular)
    shot(customer, "customer-display")
    till.sale_panel.amount.setText("88.00")
    till.sale_panel.redeem.setText("100")
    shot(customer, "customer-display-bill")
    shot(window, "till")
    till.confirm()
    shot(window, "till-receipt")
    if not customer.asking:  # this member answered lately: show the question anyway
        customer.ask(SurveyAsk(0, 0, None, DEMO_SURVEY), customer.detail.text())
    shot(customer, "customer-display-survey")
    customer.withdraw()
    window.show_page(window.surveys)
    shot(window, "surveys-results")
    window.surveys.tabs.setCurrentIndex(1)
    window.surveys.follow_up.table.selectRow(0)
    shot(window, "surveys-follow-up")
    window.surveys.tabs.setCurrentIndex(2)
    shot(window, "surveys-questions")
    window.show_page(window.reports)
    window.ops.wait_idle()
    settle(app)
    window.resize(1280, 1500)  # the whole dashboard in one picture
    shot(window, "reports")
    window.resize(1280, 760)
    window.reports.tabs.setCurrentIndex(1)
    shot(window, "reports-lists")
    lists = window.reports.lists
    messages = MessagesDialog(window.ops, lists.rows, lists.which.currentText(), window)
    messages.template.setCurrentIndex(messages.template.findText("想念您"))
    messages.show()
    window.ops.wait_idle()
    shot(messages, "reports-messages")
    messages.close()
    pdf = Path(tempfile.mkdtemp()) / "report.pdf"
    window.reports.write_pdf(pdf)
    for page in (1, 2):  # the PDF as printed, page by page
        target = out / f"report-pdf-{page}"
        pages = ["-f", str(page), "-l", str(page)]
        command = ["pdftoppm", "-r", "70", "-png", "-singlefile", *pages, str(pdf), str(target)]
        subprocess.run(command, check=True)
        print(f"wrote {target}.png")
    window.show_page(window.members)
    window.members.search.setText(regular[:8])
    window.members.model.set_query(regular[:8])
    window.members.table.selectRow(0)
    window.members.table.setFocus(Qt.FocusReason.OtherFocusReason)
    shot(window, "members")
    window.show_page(window.coupons)
    window.coupons.reload()
    shot(window, "coupons")
    window.show_page(window.settings)
    window.settings.tabs.setCurrentIndex(1)
    window.settings.preview_tier.setCurrentText("Gold")
    shot(window, "settings")
    window.show_page(window.till)
    enrol = EnrolDialog(window.ops, window)
    enrol.name.setText("Li Na")
    enrol.phone.setText("139 1234 5678")
    enrol.save()
    shot(enrol, "enrol-card")
    counter_sizes(window, app, out, regular)
    staff_screens(window, db, app, out)
    window.set_customer_display(False)
    window.close()


def staff_screens(window: MainWindow, db: Database, app: QApplication, out: Path) -> None:
    """The shop's staff with their PINs: Settings → Staff, and the till locked under the
    sign-in screen (Ctrl+L) at 1024×768."""
    with db.session() as s:
        owner = auth.set_up_owner(s, db.till_id, "王芳", "2468")
        boss = Actor(saved_id(owner), db.till_id)
        auth.add_staff(s, boss, "陈杰", "manager", "8642")
        auth.add_staff(s, boss, "李雷", "cashier", "1357")
        for code, name, category, barcode, cents in ITEMS:
            add_item(s, boss, ItemLine(code, name, 1, cents, category), barcode)
    window.resize(1024, 768)
    settings = window.settings
    assert settings is not None
    window.show_page(settings)
    pages = (
        (StaffTab, "settings-staff"),
        (ItemsTab, "settings-items"),
        (BackupsTab, "settings-backups"),
        (DatabaseTab, "settings-database"),
        (AuditView, "audit"),
    )
    for kind, name in pages:
        page = settings.findChild(kind)
        assert page is not None
        tabs = settings.tabs
        tabs.setCurrentIndex(
            next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(page))
        )
        if isinstance(page, StaffTab | ItemsTab):
            page.reload()  # written past the window (a shop set up beforehand)
        if isinstance(page, DatabaseTab):  # a server on the shop's network, as an owner fills it
            page.use_server.setChecked(True)
            page.host.setText("192.168.1.10")
        save(window, out / name, app)
    sign_in = SignInDialog(db, window, locked=True)
    sign_in.show()
    save(sign_in, out / "sign-in", app)
    sign_in.close()
    privacy_and_refunds(window, db, app, out)
    sync_screen(window, db, app, out)


def sync_screen(window: MainWindow, db: Database, app: QApplication, out: Path) -> None:
    """Settings → Sync after Sync now: a second till of the demo shop left a package of three
    members and their sales in the shared folder."""
    shared = Path(tempfile.mkdtemp()) / "shared"
    shared.mkdir()
    other = open_shop(sqlite_url(shared.parent / "till-2.db"), till_id="till-2")
    with db.session(readonly=True) as s:
        shop_id = sync_shop.shop_id(s)
    with other.session() as s:
        actor = Actor(saved_id(ensure_owner(s, "till-2")), "till-2")
        sync_shop.join_shop(s, shop_id)
        set_sync_folder(s, "till-2", shared)
        for n in range(3):
            member = enrol(s, actor, Enrolment(name=f"李娜{n}", phone=f"1390000000{n}"))
            record_sale(s, actor, SaleRequest(6600 + 1000 * n, member.id))
    sync_now(other, actor)
    other.dispose()
    with db.session() as s:
        set_sync_folder(s, db.till_id, shared)
    settings = window.settings
    assert settings is not None
    window.show_page(settings)
    tab = settings.findChild(SyncTab)
    assert tab is not None
    tabs = settings.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(tab)))
    tab.reload()
    tab.sync()
    window.ops.wait_idle()
    settle(app)
    save(window, out / "settings-sync", app)


def privacy_and_refunds(window: MainWindow, db: Database, app: QApplication, out: Path) -> None:
    """The owner erasing a member at their request, and the refund dialog's preview with its
    reason, on the regular member of the demo shop."""
    with db.session(readonly=True) as s:
        regular = regular_member(s)
    erase = EraseMemberDialog(window.ops, regular.id, regular.name, regular.card, window)
    erase.reason.setText("2026-11-28 到店申请")
    erase.show()
    save(erase, out / "member-erase", app)
    erase.close()
    refund = RefundDialog(window.ops, window, regular.id)
    refund.show()
    refund.find_sale()
    refund.reason.setCurrentIndex(1)
    save(refund, out / "refund", app)
    refund.close()


COUNTER_SIZES = ((1024, 768), (1366, 768))  # the counter screens the README shows


def counter_sizes(window: MainWindow, app: QApplication, out: Path, card: str) -> None:
    """The till (a member and a bill keyed), the members list and the reports at each of the
    small screens a counter has, to check and to show that they fit."""
    till = window.till
    till.scan(card)
    till.sale_panel.amount.setText("128.00")
    window.reports.tabs.setCurrentIndex(0)  # the dashboard
    pages = ((till, "till"), (window.members, "members"), (window.reports, "reports"))
    for width, height in COUNTER_SIZES:
        window.resize(width, height)
        for page, name in pages:
            window.show_page(page)
            window.ops.wait_idle()  # the report computed, not "computing…"
            save(window, out / f"{name}-{width}x{height}", app)


if __name__ == "__main__":
    sys.exit(main())
