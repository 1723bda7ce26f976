"""Kept reports of finished months (services/report_cache.py, store/report_cache.py): shown
without computing, and forgotten by every write that can change them — so a kept report is
always what a computation now gives. On test_metrics.py's hand-built shop (December 2025 to
April 2026, all finished months)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlmodel import select
from test_metrics import build_shop, sh

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.services import coupons as coupon_service
from loyalty_desktop.services import metrics, report_cache
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.coupons import Terms, add_template, issue
from loyalty_desktop.services.member_edits import MemberChanges, edit_member
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.privacy import erase_member
from loyalty_desktop.services.rules import load_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store import report_cache as triggers
from loyalty_desktop.store.models import ReportCache

FEB, MAR, APR = date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)
MONTHS = (FEB, MAR, APR)


@pytest.fixture
def shop(db, actor, monkeypatch):  # type: ignore[no-untyped-def]
    return build_shop(db, actor, monkeypatch)


@pytest.fixture
def computed(monkeypatch) -> list[date]:  # type: ignore[no-untyped-def]
    """The months whose report was computed (not read from the kept ones)."""
    months: list[date] = []
    compute = metrics.monthly_report

    def counting(session, month, **kw):  # type: ignore[no-untyped-def]
        months.append(month)
        return compute(session, month, **kw)

    monkeypatch.setattr(report_cache.metrics, "monthly_report", counting)
    return months


def fresh(db, month: date) -> metrics.MonthlyReport:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return metrics.monthly_report(s, month)


def kept_months(db) -> set[date]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        rows = s.exec(select(ReportCache.month).where(ReportCache.body.is_not(None)))  # type: ignore[union-attr]
        return set(rows)


def keep_all(db) -> None:  # type: ignore[no-untyped-def]
    for month in MONTHS:
        report_cache.monthly_report(db, month)
    assert kept_months(db) == set(MONTHS)


def test_a_finished_month_is_computed_once_then_shown_as_kept(db, shop, computed) -> None:
    first = report_cache.monthly_report(db, MAR)
    again = report_cache.monthly_report(db, MAR)
    assert computed == [MAR]
    assert again == first == fresh(db, MAR)
    assert again.churn_list or again.top_members  # the lists come back too, not only figures


def test_the_kept_json_gives_back_the_same_report(db, shop) -> None:
    for month in MONTHS:
        report = fresh(db, month)
        assert report_cache.decode(report_cache.encode(report)) == report


def test_this_month_is_never_kept(db, shop, computed) -> None:
    with db.session(readonly=True) as s:
        this_month = local_day(utcnow(), load_rules(s).zone).replace(day=1)
    report_cache.monthly_report(db, this_month)
    report_cache.monthly_report(db, this_month)
    assert computed == [this_month, this_month]
    assert kept_months(db) == set()


def test_a_back_dated_sale_forgets_its_month_and_the_later_ones(db, actor, shop) -> None:
    keep_all(db)
    before = report_cache.monthly_report(db, MAR)
    with db.session() as s:
        late = SaleRequest(7000, shop.ids["Eve"], receipt="late", at=sh(2026, 3, 18))
        record_sale(s, actor, late)
    assert kept_months(db) == {FEB}
    after = report_cache.monthly_report(db, MAR)
    assert after == fresh(db, MAR)
    assert after.metrics.buyers == before.metrics.buyers + 1


def test_refunding_an_old_sale_today_forgets_the_sale_s_month(db, actor, shop) -> None:
    keep_all(db)
    with db.session() as s:
        refund_sale(s, actor, shop.sales["s10"], 2000)  # Carol's February sale, refunded now
    assert kept_months(db) == set()
    assert report_cache.monthly_report(db, FEB) == fresh(db, FEB)
    assert fresh(db, FEB).metrics.revenue_cents != 0


def test_a_sale_today_keeps_the_finished_months(db, actor, shop) -> None:
    keep_all(db)
    with db.session() as s:
        record_sale(s, actor, SaleRequest(500, shop.ids["Alice"], receipt="today"))
    assert kept_months(db) == set(MONTHS)
    assert report_cache.monthly_report(db, APR) == fresh(db, APR)


def test_a_back_dated_enrolment_forgets_from_its_month(db, actor, shop) -> None:
    keep_all(db)
    with db.session() as s:
        enrol(s, actor, Enrolment(name="Gina", phone="13900000077", enrolled_at=sh(2026, 3, 20)))
    # A day earlier than the moment, in UTC: February's report may go too, never March's stay.
    assert MAR not in kept_months(db) and APR not in kept_months(db)
    assert report_cache.monthly_report(db, MAR).metrics.new_members == (
        fresh(db, MAR).metrics.new_members
    )


def test_renaming_or_erasing_a_member_forgets_every_kept_report(db, actor, shop) -> None:
    keep_all(db)
    with db.session() as s:
        edit_member(s, actor, shop.ids["Alice"], MemberChanges(name="Alicia"))
    assert kept_months(db) == set()
    named = [t.name for t in report_cache.monthly_report(db, MAR).top_members]
    assert "Alicia" in named and "Alice" not in named
    keep_all(db)
    with db.session() as s:
        erase_member(s, actor, shop.ids["Alice"], "asked to be forgotten")
    assert kept_months(db) == set()
    with db.session(readonly=True) as s:
        bodies = s.exec(text("SELECT count(*) FROM report_cache WHERE body LIKE '%Alicia%'")).one()
    assert bodies == (0,)


def test_saving_the_rules_forgets_every_kept_report(db, actor, shop) -> None:
    keep_all(db)
    with db.session() as s:
        rules = load_rules(s)
        save_rules(s, actor, rules.model_copy(update={"shop_name": "Tea corner"}))
    assert kept_months(db) == set()


def test_a_write_while_a_report_is_computed_keeps_it_from_being_kept(
    db, actor, shop, monkeypatch
) -> None:
    compute = metrics.monthly_report

    def with_a_late_receipt(session, month, **kw):  # type: ignore[no-untyped-def]
        report = compute(session, month, **kw)  # read before the receipt below
        with db.session() as s:
            late = SaleRequest(9900, shop.ids["Eve"], receipt="x", at=sh(2026, 3, 2))
            record_sale(s, actor, late)
        return report

    monkeypatch.setattr(report_cache.metrics, "monthly_report", with_a_late_receipt)
    stale = report_cache.monthly_report(db, MAR)
    assert kept_months(db) == set()
    monkeypatch.setattr(report_cache.metrics, "monthly_report", compute)
    assert report_cache.monthly_report(db, MAR) == fresh(db, MAR) != stale


def test_redeeming_an_older_coupon_today_keeps_the_month_it_was_issued_in(
    db, actor, shop, monkeypatch
) -> None:
    with db.session() as s:
        template = add_template(s, actor, "¥3 off", Terms(kind="fixed", value=300, valid_days=3650))
        template_id = template.id
    with monkeypatch.context() as patch, db.session() as s:
        patch.setattr(coupon_service, "utcnow", lambda: sh(2026, 3, 8))
        code = issue(s, actor, template_id, member_ids=[shop.ids["Eve"]]).coupons[0].code
    keep_all(db)
    with db.session() as s:
        record_sale(s, actor, SaleRequest(2000, shop.ids["Eve"], receipt="c", coupon=code))
    assert kept_months(db) == set(MONTHS)
    assert report_cache.monthly_report(db, MAR) == fresh(db, MAR)
    assert fresh(db, MAR).metrics.coupons_issued == 4  # three of test_metrics.py's, and Eve's


def test_loyalty_check_notices_a_missing_trigger(db) -> None:
    with db.session(readonly=True) as s:
        assert run_checks(s) == []
    name = triggers.TRIGGERS[db.engine.dialect.name][0]
    table = name.split("_report_")[0]
    with db.engine.begin() as conn:
        on = f" ON {table}" if conn.dialect.name == "postgresql" else ""
        conn.execute(text(f"DROP TRIGGER {name}{on}"))
    with db.session(readonly=True) as s:
        found = [(p.check, p.subject) for p in run_checks(s)]
    assert found == [("report-cache", f"trigger {name}")]
