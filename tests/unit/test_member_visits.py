"""Each member's visit figures (first month, last visit, last visit in an earlier month, usual
gap) and each monthly rollup's enrolment are kept in step by every writer, rebuilt by
``rollups.rebuild`` and compared by ``loyalty check``; the report's churn risk and RFM figures
read from them equal a computation from the sales themselves."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text, update
from sqlmodel import select

from loyalty_desktop.core.clock import add_months, utcnow
from loyalty_desktop.services import rollups, segments
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.importing import import_sales
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.privacy import erase_member
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.models import Member, MemberMonth
from loyalty_desktop.store.models.base import table_of

NOON = time(12)  # a sale at noon UTC is on the same day in the shop's time


def _at(day: date) -> datetime:
    return datetime.combine(day, NOON, tzinfo=UTC)


def _figures(db, member_id: int) -> tuple:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        m = s.get_one(Member, member_id)
        return (m.first_month, m.last_visit, m.earlier_visit, m.usual_gap)


def _rollup_problems(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return [p.subject for p in run_checks(s) if p.check == "rollup"]


def _enrolments(db, member_id: int) -> set[datetime | None]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        rows = s.exec(select(MemberMonth.enrolled_at).where(MemberMonth.member_id == member_id))
        return set(rows)


def test_sales_refunds_and_an_erasure_keep_the_figures(db, actor, member) -> None:
    with db.session() as s:
        first = record_sale(s, actor, SaleRequest(1000, member.id, at=utcnow() - timedelta(40)))
    before = first.sale.shop_date
    assert _figures(db, member.id) == (before.replace(day=1), before, None, None)
    with db.session() as s:
        latest = record_sale(s, actor, SaleRequest(2000, member.id))
    now = latest.sale.shop_date  # a month or two after the first
    assert _figures(db, member.id) == (before.replace(day=1), now, before, _gap([before, now]))
    older = add_months(before.replace(day=1), -5) + timedelta(days=3)  # a paper receipt
    with db.session() as s:
        record_sale(s, actor, SaleRequest(500, member.id, at=_at(older)))
    days = [older, before, now]
    assert _figures(db, member.id) == (older.replace(day=1), now, before, _gap(days))
    with db.session() as s:
        refund_sale(s, actor, latest.sale.id or 0, 500)  # in part: still a visit
    assert _figures(db, member.id)[1] == now
    with db.session() as s:
        refund_sale(s, actor, latest.sale.id or 0)  # the rest: the visit leaves the count
    assert _figures(db, member.id) == (older.replace(day=1), before, older, _gap(days[:2]))
    with db.session() as s:
        refund_sale(s, actor, first.sale.id or 0)
    assert _figures(db, member.id) == (older.replace(day=1), older, None, None)
    with db.session() as s:
        erase_member(s, actor, member.id, "asked at the counter")
    assert _figures(db, member.id) == (older.replace(day=1), older, None, None)
    assert _enrolments(db, member.id) == {member.enrolled_at}
    assert _rollup_problems(db) == []


def _gap(days: list[date]) -> float:
    return float(statistics.median((b - a).days for a, b in pairwise(days)))


def test_an_import_keeps_the_figures(db, actor, member, tmp_path: Path) -> None:
    this_month = utcnow().date().replace(day=1)
    days = [add_months(this_month, -3) + timedelta(days=1), add_months(this_month, -1)]
    lines = [f"R{n},{member.card},{day:%Y-%m-%d} 12:00,10.00" for n, day in enumerate(days)]
    path = tmp_path / "sales.csv"
    path.write_text("receipt,card,timestamp,amount\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert not import_sales(db, actor, path).problems
    assert _figures(db, member.id) == (days[0].replace(day=1), days[1], days[0], _gap(days))
    assert _enrolments(db, member.id) == {member.enrolled_at}
    assert _rollup_problems(db) == []


def test_the_check_finds_a_wrong_figure_and_a_rebuild_mends_it(db, actor, member) -> None:
    with db.session() as s:
        for days in (70, 0):
            record_sale(s, actor, SaleRequest(1000, member.id, at=utcnow() - timedelta(days)))
    kept = _figures(db, member.id)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE member SET earlier_visit = NULL WHERE id = :m"), {"m": member.id})
        conn.execute(text("UPDATE member_month SET enrolled_at = NULL"))
    found = _rollup_problems(db)
    assert f"visits {member.id}" in found
    assert [f for f in found if f.startswith(f"members ({member.id},")]
    with db.session() as s:
        rollups.rebuild(s)
    assert _figures(db, member.id) == kept and _rollup_problems(db) == []
    assert _enrolments(db, member.id) == {member.enrolled_at}


def test_a_member_without_a_counted_sale_has_no_figures(db, actor, member) -> None:
    with db.session() as s:
        sale = record_sale(s, actor, SaleRequest(1000, member.id))
        refund_sale(s, actor, sale.sale.id or 0)
    assert _figures(db, member.id) == (None, None, None, None)
    with db.session() as s:
        s.execute(update(table_of(Member)).values(last_visit=date(2020, 1, 1)))
    assert _rollup_problems(db) == [f"visits {member.id}"]


# --- the report's figures against the sales themselves -------------------------------------------

DAYS_BACK = 800
ENROLLED = datetime(2020, 1, 1, tzinfo=UTC)

purchases = st.lists(
    st.tuples(
        st.integers(0, 3),  # which of four members
        st.integers(1, DAYS_BACK),  # days before today
        st.integers(100, 90_000),  # cents
        st.booleans(),  # refunded in full afterwards
    ),
    max_size=30,
)


def _month_end(month: date) -> date:
    return add_months(month, 1) - timedelta(days=1)


def _expected(days: list[date], as_of: date) -> tuple[date, int, float | None] | None:
    """Last visit, visits in the 12 months and the usual gap as of ``as_of`` (a month's end)."""
    seen = sorted(d for d in days if d <= as_of)
    if not seen:
        return None
    start = add_months(as_of.replace(day=1), -11)
    gaps = [(b - a).days for a, b in pairwise(seen)]
    gap = float(statistics.median(gaps)) if gaps else None
    return seen[-1], len([d for d in seen if d >= start]), gap


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(bought=purchases, months_back=st.lists(st.integers(0, 26), min_size=1, max_size=4))
def test_churn_and_rfm_equal_the_sales(db, actor, bought, months_back) -> None:
    """New members each example (the shop keeps the earlier examples' members, left out)."""
    today = utcnow().date()
    with db.session() as s:
        ids = [
            enrol(s, actor, Enrolment(f"P{n}", None, enrolled_at=ENROLLED)).id or 0
            for n in range(4)
        ]
        counted: dict[int, list[date]] = {mid: [] for mid in ids}
        for who, back, cents, refunded in bought:
            day = today - timedelta(days=back)
            sale = record_sale(s, actor, SaleRequest(cents, ids[who], at=_at(day))).sale
            if refunded:
                refund_sale(s, actor, sale.id or 0)
            else:
                counted[ids[who]].append(day)
    assert _rollup_problems(db) == []
    with db.session(readonly=True) as s:
        for back in months_back:
            as_of = _month_end(add_months(today.replace(day=1), -back))
            want = {mid: _expected(days, as_of) for mid, days in counted.items()}
            scores = s.execute(segments.rfm_scores(s, as_of, ids)).mappings().all()
            assert {r["member_id"]: (r["last_visit"], r["visits"]) for r in scores} == {
                mid: (w[0], w[1]) for mid, w in want.items() if w is not None
            }
            risk = segments.churn_risk(s, as_of).subquery()
            at_risk = dict(s.execute(select(risk.c.member_id, risk.c.days_since)).all())
            assert {mid: days for mid, days in at_risk.items() if mid in ids} == {
                mid: (as_of - w[0]).days
                for mid, w in want.items()
                if w is not None and (as_of - w[0]).days > max(90, 2 * (w[2] or 45))
            }
            everyone = s.execute(segments.rfm_scores(s, as_of)).mappings().all()
            assert segments.rfm_segment_counts(s, as_of) == {
                name: Counter(r["segment"] for r in everyone)[name]
                for name in segments.RFM_SEGMENTS
            }
