"""Render the main screens offscreen with a demo shop, to docs/screenshots/*.png.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LOYALTY_TILL_ID", "till-screenshots")
os.environ.setdefault("LOYALTY_LANG", "zh_CN")  # the report PDF in Chinese, its font embedded

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import func, select

from loyalty_desktop.app import build_main_window
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services.demo import DEMO_SURVEY, build_demo
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.surveys import SurveyAsk
from loyalty_desktop.store.models import Member, Sale
from loyalty_desktop.ui.dialogs import EnrolDialog
from loyalty_desktop.ui.theme import apply_theme
from loyalty_desktop.ui.welcome import WelcomeDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / name}.png")


def regular_member(db) -> str:  # type: ignore[no-untyped-def]
    """The card of the demo member with the most visits, for a lively till."""
    with db.session(readonly=True) as s:
        member_id = s.exec(
            select(Sale.member_id)
            .where(Sale.member_id.is_not(None))
            .group_by(Sale.member_id)
            .order_by(func.count().desc())
        ).first()
        return s.get(Member, member_id).card


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    apply_theme(app)
    db = open_shop(sqlite_url(Path(tempfile.mkdtemp()) / "demo.db"))
    window = build_main_window(db)
    save(WelcomeDialog(window.ops, window), "welcome", app)
    with db.session() as s:
        build_demo(s, window.ops.actor, members=500, months=12, seed=3)
    window.members.model.reload()
    window.resize(1280, 760)
    window.show()
    till = window.till
    regular = regular_member(db)
    window.display_button.setChecked(True)
    customer = window.customer_display
    till.scan(regular)
    save(customer, "customer-display", app)
    till.sale_panel.amount.setText("88.00")
    till.sale_panel.redeem.setText("100")
    save(window, "till", app)
    till.confirm()
    save(window, "till-receipt", app)
    if not customer.asking:  # this member answered lately: show the question anyway
        customer.ask(SurveyAsk(0, 0, None, DEMO_SURVEY), customer.detail.text())
    save(customer, "customer-display-survey", app)
    customer.withdraw()
    window.show_page(window.surveys)
    save(window, "surveys-results", app)
    window.surveys.tabs.setCurrentIndex(1)
    window.surveys.follow_up.table.selectRow(0)
    save(window, "surveys-follow-up", app)
    window.surveys.tabs.setCurrentIndex(2)
    save(window, "surveys-questions", app)
    window.show_page(window.reports)
    window.ops.wait_idle()
    settle(app)
    window.resize(1280, 1500)  # the whole dashboard in one picture
    save(window, "reports", app)
    window.resize(1280, 760)
    window.reports.tabs.setCurrentIndex(1)
    save(window, "reports-lists", app)
    pdf = Path(tempfile.mkdtemp()) / "report.pdf"
    window.reports.write_pdf(pdf)
    for page in (1, 2):  # the PDF as printed, page by page
        target = OUT / f"report-pdf-{page}"
        pages = ["-f", str(page), "-l", str(page)]
        command = ["pdftoppm", "-r", "70", "-png", "-singlefile", *pages, str(pdf), str(target)]
        subprocess.run(command, check=True)
        print(f"wrote {target}.png")
    window.show_page(window.members)
    window.members.search.setText(regular[:8])
    window.members.model.set_query(regular[:8])
    window.members.table.selectRow(0)
    window.members.table.setFocus(Qt.FocusReason.OtherFocusReason)
    save(window, "members", app)
    window.show_page(window.coupons)
    window.coupons.reload()
    save(window, "coupons", app)
    window.show_page(window.settings)
    window.settings.tabs.setCurrentIndex(1)
    window.settings.preview_tier.setCurrentText("Gold")
    save(window, "settings", app)
    window.show_page(window.till)
    enrol = EnrolDialog(window.ops, window)
    enrol.name.setText("Li Na")
    enrol.phone.setText("139 1234 5678")
    enrol.save()
    save(enrol, "enrol-card", app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
