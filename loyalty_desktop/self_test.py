"""``loyalty-desktop --self-test``: proves that a build (frozen or not) has everything it reads
at run time, by doing once what a shop does every day, through the same services:

a new database migrated to the head revision, a member enrolled, a coupon issued to them and
redeemed in a sale, the month's report and the coupon sheet written as PDFs (in Chinese, so the
bundled CJK font and the compiled catalogue must be found), the main window opened with the
app's icon. All of it in a temporary folder that is removed afterwards; the user's own shop is
never touched. One line goes to stdout, "self-test ok: …" (exit 0) or "self-test failed: …"
(exit 1): a diagnostic for CI and support, in English like the log, not a screen of the app.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.i18n import catalogue
from loyalty_desktop.printing.coupon_pdf import coupon_sheet
from loyalty_desktop.printing.fonts import CJK
from loyalty_desktop.printing.report_pdf import report_pdf
from loyalty_desktop.services import auth, coupons, members, metrics, sales
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.store.db import Database, current_revision, head_revision
from loyalty_desktop.store.models.base import saved_id

TILL = "self-test"
AMOUNT_CENTS = 8800
COUPON_CENTS = 500
PIN = "2468"
LANGUAGE = "zh_CN"  # the catalogue and the font that only a complete bundle has
# How an embedded subset of the bundled font is named in a PDF: a tag, "+", its PostScript name.
EMBEDDED_FONT = b"+WenQuanYiMicroHei"


class SelfTestFailed(Exception):
    """A step did not give what it should."""


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailed(what)


def run(build_window: Callable[[Database], QWidget]) -> int:
    """The self-test in this process (a QApplication must exist); the exit code."""
    try:
        with tempfile.TemporaryDirectory(prefix="loyalty-self-test-") as folder:
            details = check(Path(folder), build_window)
    except Exception as error:  # every failure is one line and a non-zero exit, never a trace
        print(f"self-test failed: {type(error).__name__}: {error}", flush=True)
        return 1
    print(f"self-test ok: {details}", flush=True)
    return 0


def check(folder: Path, build_window: Callable[[Database], QWidget]) -> str:
    expect(bool(catalogue(LANGUAGE).messages), f"no compiled {LANGUAGE} catalogue")
    db = open_shop(sqlite_url(folder / "shop.db"), till_id=TILL)
    try:
        revision = current_revision(db.engine)
        expect(revision == head_revision(), f"schema at {revision}, not {head_revision()}")
        card, paid = _member_sale_and_coupon(db, _owner(db), folder / "coupons.pdf")
        _report(db, folder / "report.pdf")
        _main_window(db, build_window, folder)
    finally:
        db.dispose()
    sizes = ", ".join(
        f"{name} {(folder / name).stat().st_size // 1024} kB with {CJK}"
        for name in ("report.pdf", "coupons.pdf")
    )
    return (
        f"schema {revision}; member {card}; sale {AMOUNT_CENTS} paid {paid} cents "
        f"with a coupon; {sizes}; main window shown"
    )


def _owner(db: Database) -> Actor:
    """The owner sets a PIN and signs in with it (argon2's compiled part is there)."""
    with db.session() as session:
        owner = saved_id(auth.set_up_owner(session, db.till_id, "店主 Owner", PIN))
    return Actor(auth.sign_in(db, owner, PIN).id, db.till_id)


def _member_sale_and_coupon(db: Database, actor: Actor, sheet: Path) -> tuple[str, int]:
    """Enrol, issue the member a coupon (printed on a sheet), redeem it in a sale."""
    with db.session() as session:
        enrolment = members.Enrolment(name="自检 Self-test", phone="13800138000")
        member = members.enrol(session, actor, enrolment)
        terms = coupons.parse_terms({"kind": "fixed", "value": COUPON_CENTS})
        template = coupons.add_template(session, actor, "自检 Self-test", terms)
        issued = coupons.issue(
            session, actor, saved_id(template), member_ids=[saved_id(member)], target=TILL
        ).coupons
        expect(len(issued) == 1, f"{len(issued)} coupons issued instead of 1")
        shop = load_rules(session).shop_name
        printed = coupons.printable(session, issued)
        coupon_sheet(shop, printed, sheet, db.sqlite_path, language=LANGUAGE)
    with db.session() as session:
        request = sales.SaleRequest(AMOUNT_CENTS, saved_id(member), coupon=issued[0].code)
        sale = sales.record_sale(session, actor, request).sale
    expect(sale.coupon_discount_cents == COUPON_CENTS, "the coupon was not taken off the sale")
    _embeds_font(sheet)
    return member.card, sale.paid_cents


def _report(db: Database, path: Path) -> None:
    with db.session(readonly=True) as session:
        rules = load_rules(session)
        month = local_day(utcnow(), rules.zone).replace(day=1)
        report = metrics.monthly_report(session, month)
    expect(report.metrics.sales_count >= 1, "the month's report counts no sale")
    report_pdf(report, path, language=LANGUAGE, shop_name=rules.shop_name, database=db.sqlite_path)
    _embeds_font(path)


def _embeds_font(pdf: Path) -> None:
    """The bundled CJK font is embedded, so the PDF prints Chinese on a machine without any."""
    data = pdf.read_bytes()
    expect(data.startswith(b"%PDF") and b"/FontFile2" in data, f"{pdf.name} embeds no font")
    expect(EMBEDDED_FONT in data, f"{pdf.name} does not embed the bundled {CJK} font")


def _main_window(db: Database, build_window: Callable[[Database], QWidget], folder: Path) -> None:
    app = QApplication.instance()
    expect(isinstance(app, QApplication), "no QApplication")
    expect(not QApplication.windowIcon().isNull(), "the app's icon was not found")
    # The window keeps its place in the user's settings: here, in the temporary folder.
    fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    QSettings.setPath(fmt, scope, str(folder))
    window = build_window(db)
    window.show()
    QApplication.processEvents()
    expect(window.isVisible(), "the main window did not show")
    window.close()
    window.deleteLater()
    QApplication.processEvents()
