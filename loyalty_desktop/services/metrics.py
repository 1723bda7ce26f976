"""The monthly repeat-customer report (月度复购报告): every metric of DESIGN.md §4 for a calendar
month in shop time, the trailing 12 months of each, enrolment cohorts, a CLV estimate, the top
members and the churn-risk list — all by SQL aggregation (a handful of grouped queries however
many sales there are). Definitions and their fine print: docs/metrics.md.

A "sale" is a completed sale that is not wholly refunded, worth what the customer paid net of
the refunds recorded so far (``paid - refunded``); months of sales are cut by the sale's day in
shop time (``Sale.shop_date``), months of ledger entries, enrolments, coupons and survey answers
by their timestamps against the month's bounds in shop time. A ratio with nothing to divide by
is None (JSON null).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Any, cast

from sqlalchemy import and_, case, func, literal, union_all
from sqlalchemy import select as sql_select  # typed for a table's columns, unlike SQLModel's
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import add_months, local_day, recent_months, to_utc, utcnow
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.core.limits import check_day
from loyalty_desktop.core.money import mul_div_half_up
from loyalty_desktop.services import segments, surveys
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.store.db import Column, period_of
from loyalty_desktop.store.models import (
    Coupon,
    CouponStatus,
    EntryKind,
    LedgerMonth,
    Member,
    MemberMonth,
    Sale,
    ShopMonth,
)
from loyalty_desktop.store.models.base import table_of

TREND_MONTHS = 12
LIFETIME_CAP_MONTHS = 60  # a CLV estimate beyond five years says more about noise than customers
ISSUED_KINDS = (EntryKind.EARN.value, EntryKind.BONUS.value, EntryKind.REFUND_EARN.value)
REDEEMED_KINDS = (EntryKind.REDEEM.value, EntryKind.REFUND_REDEEM.value)


def parse_month(text: str) -> date:
    """ "YYYY-MM" -> the first day of that month."""
    try:
        year, month = (int(part) for part in str(text).strip().split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise InvalidInput(field="month", reason="not_a_month", text=text) from None
    return check_day(first, text, "month")


def report_months(session: Session, most: int) -> list[date]:
    """The months a report can be asked for, oldest first: from the month of the shop's first
    sale or enrolment (at most ``most`` months back) to this month; only this month in a shop
    with neither, so the owner is never offered months before the shop had any data."""
    zone = load_rules(session).zone
    months = recent_months(most, zone)
    first_sale = session.exec(select(func.min(Sale.shop_date))).one()
    # The column itself (not MIN of it) comes back as an aware time, in any database.
    enrolled = col(Member.enrolled_at)
    first_enrolment = session.exec(select(enrolled).order_by(enrolled).limit(1)).first()
    days = [first_sale, first_enrolment and local_day(first_enrolment, zone)]
    known = [day.replace(day=1) for day in days if day is not None]
    start = min(known, default=months[-1])
    return [month for month in months if month >= start]


def _ratio(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else numerator / denominator


@dataclass(frozen=True)
class MonthFigures:
    """DESIGN.md §4 for one month, except the member-level lists (churn risk, RFM)."""

    month: str
    buyers: int
    repeat_buyers: int
    repeat_purchase_rate: float | None
    returning_buyers: int
    returning_rate: float | None
    new_buyers: int  # buyers whose first sale ever was in this month
    new_members: int
    retention_rate: float | None
    sales_count: int
    revenue_cents: int
    member_revenue_share: float | None
    avg_order_value_cents: int | None
    purchase_frequency: float | None
    points_issued: int
    points_redeemed: int
    points_expired: int
    points_outstanding: int
    points_liability_cents: int
    coupons_issued: int
    coupons_redeemed: int
    coupon_redemption_rate: float | None
    survey_responses: int
    nps: float | None
    csat: float | None


SALE_KEYS = ("buyers", "repeat", "returning", "new", "retained", "sales", "revenue", "all")


def _sales_by_month(session: Session, days: list[date]) -> dict[int, dict[str, int]]:
    """Per month index (0 = the month before the first one asked for, for retention), from the
    monthly rollups: buyers, repeat, returning, new buyers, retained (bought in the month before
    too), member sales and revenue, and the revenue of all sales."""
    mm = MemberMonth
    inside = and_(col(mm.month) >= days[0], col(mm.month) < days[-1])
    result: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SALE_KEYS, 0))
    rows = session.execute(
        select(col(mm.month), func.count(), func.sum(case((col(mm.visits) >= 2, 1), else_=0)))
        .add_columns(func.sum(mm.returned), func.sum(mm.visits), func.sum(mm.net_cents))
        .where(inside)
        .group_by(col(mm.month))
    )
    for month, buyers, repeat, retained, sales, revenue in rows:
        result[days.index(month)].update(
            buyers=buyers, repeat=repeat, retained=retained, sales=int(sales), revenue=int(revenue)
        )
    # New buyers: members whose first month with a sale (kept on the member) is this one; the
    # others returned.
    first = col(Member.first_month)
    firsts = session.exec(
        select(first, func.count()).where(first >= days[0], first < days[-1]).group_by(first)
    )
    for month, new in firsts:
        result[days.index(cast(date, month))]["new"] = new  # in the range: never None
    shop = session.exec(
        select(col(ShopMonth.month), col(ShopMonth.net_cents)).where(
            col(ShopMonth.month) >= days[0], col(ShopMonth.month) < days[-1]
        )
    )
    for month, net in shop:
        result[days.index(month)]["all"] = int(net)
    for figures in result.values():
        figures["returning"] = figures["buyers"] - figures["new"]
    return result


def _count_by_month(
    session: Session,
    column: Column,
    bounds: list[datetime],
    *where: ColumnElement[bool],
) -> dict[int, int]:
    """Rows by the period of ``bounds`` their ``column`` falls in (0: the first): a range
    count a period, read from the column's index without grouping, in one statement."""
    counts = [
        sql_select(literal(i), func.count()).where(column >= low, column < high, *where)
        for i, (low, high) in enumerate(pairwise(bounds))
    ]
    return {int(i): int(n) for i, n in session.execute(union_all(*counts))}


def _points_by_month(
    session: Session, first: date, end: date
) -> tuple[int, dict[date, dict[str, int]]]:
    """The ledger's sum before ``first``, and per month (first days) and kind until ``end``."""
    month, kind, points = col(LedgerMonth.month), col(LedgerMonth.kind), col(LedgerMonth.points)
    before = session.exec(select(func.coalesce(func.sum(points), 0)).where(month < first)).one()
    by_month: dict[date, dict[str, int]] = {}
    for m, k, p in session.exec(select(month, kind, points).where(month >= first, month < end)):
        by_month.setdefault(m, {})[k] = int(p)
    return int(before), by_month


def month_figures(session: Session, first: date, last: date) -> list[MonthFigures]:
    """``MonthFigures`` for every month from ``first`` to ``last`` (first days), oldest first."""
    rules = load_rules(session)
    zone = rules.zone
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count < 1:
        raise InvalidInput(field="months", reason="months_reversed")
    days = [add_months(datetime.combine(first, time()), i).date() for i in range(-1, count + 1)]
    bounds = [to_utc(datetime.combine(d, time()), zone) for d in days[1:]]
    sales = _sales_by_month(session, days)
    issued_at, redeemed_at = col(Coupon.issued_at), col(Coupon.redeemed_at)
    enrolled = _count_by_month(session, col(Member.enrolled_at), bounds)
    issued = _count_by_month(session, issued_at, bounds)
    used = col(Coupon.status) == CouponStatus.REDEEMED.value
    redeemed = _count_by_month(session, redeemed_at, bounds, used)
    # Of the coupons issued in a month, those redeemed by its end (a rate that cannot pass 1).
    same_month = _count_by_month(
        session,
        issued_at,
        bounds,
        used,
        period_of(issued_at, bounds) == period_of(redeemed_at, bounds),
    )
    outstanding, points = _points_by_month(session, days[1], days[-1])
    result = []
    for i in range(count):
        start, end = bounds[i], bounds[i + 1]
        s = sales.get(i + 1) or dict.fromkeys(SALE_KEYS, 0)
        earlier = sales.get(i, {}).get("buyers", 0)
        kinds = points.get(days[i + 1], {})
        outstanding += sum(kinds.values())
        answers = surveys.figures(session, start, end)
        result.append(
            MonthFigures(
                month=days[i + 1].strftime("%Y-%m"),
                buyers=s["buyers"],
                repeat_buyers=s["repeat"],
                repeat_purchase_rate=_ratio(s["repeat"], s["buyers"]),
                returning_buyers=s["returning"],
                returning_rate=_ratio(s["returning"], s["buyers"]),
                new_buyers=s["new"],
                new_members=enrolled.get(i, 0),
                retention_rate=_ratio(s["retained"], earlier),
                sales_count=s["sales"],
                revenue_cents=s["revenue"],
                member_revenue_share=_ratio(s["revenue"], s["all"]),
                avg_order_value_cents=(
                    None if s["sales"] == 0 else mul_div_half_up(s["revenue"], 1, s["sales"])
                ),
                purchase_frequency=_ratio(s["sales"], s["buyers"]),
                points_issued=sum(kinds.get(k, 0) for k in ISSUED_KINDS),
                points_redeemed=-sum(kinds.get(k, 0) for k in REDEEMED_KINDS),
                points_expired=-kinds.get(EntryKind.EXPIRE.value, 0),
                points_outstanding=outstanding,
                points_liability_cents=load_rules(
                    session, end - timedelta(microseconds=1)
                ).points_value_cents(outstanding),
                coupons_issued=issued.get(i, 0),
                coupons_redeemed=redeemed.get(i, 0),
                coupon_redemption_rate=_ratio(same_month.get(i, 0), issued.get(i, 0)),
                survey_responses=answers.responses,
                nps=answers.nps,
                csat=answers.csat,
            )
        )
    return result


# --- the whole report ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cohort:
    """Members who enrolled in ``month``, and the share of them who bought in each month since
    (0 = the enrolment month) up to the report's month."""

    month: str
    members: int
    active: list[float | None]


@dataclass(frozen=True)
class TopMember:
    card: str
    name: str
    visits: int
    spend_cents: int


@dataclass(frozen=True)
class MonthlyReport:
    month: str
    metrics: MonthFigures
    churn_risk_members: int
    rfm_segments: dict[str, int]
    trend: list[MonthFigures]  # the 12 months ending with this one, oldest first
    cohorts: list[Cohort]
    clv_cents: int | None  # see clv_estimate
    top_members: list[TopMember]
    churn_list: list[segments.ChurnRisk] = field(default_factory=list)

    @property
    def previous(self) -> MonthFigures | None:
        return self.trend[-2] if len(self.trend) > 1 else None

    def as_json(self) -> dict[str, Any]:
        """The §4 keys at the top level, then the rest of the report."""
        return {
            **asdict(self.metrics),
            "churn_risk_members": self.churn_risk_members,
            "rfm_segments": self.rfm_segments,
            "clv_cents": self.clv_cents,
            "previous": asdict(self.previous) if self.previous else None,
            "trend": [asdict(m) for m in self.trend],
            "cohorts": [asdict(c) for c in self.cohorts],
            "top_members": [asdict(t) for t in self.top_members],
            "churn_risk": [
                {
                    "card": c.member.card,
                    "name": c.member.name,
                    "last_visit": c.member.last_visit.isoformat() if c.member.last_visit else None,
                    "days_since": c.days_since,
                    "usual_gap_days": c.usual_gap,
                    "spend_12m_cents": c.member.spend_12m_cents,
                }
                for c in self.churn_list
            ],
        }


def clv_estimate(trend: list[MonthFigures]) -> int | None:
    """Average customer lifetime value in cents: revenue per buyer per month (over the trend's
    months) × expected lifetime in months, 1 / (1 − mean monthly retention), at most 60.
    Revenue, not margin; an average from what was observed, not a forecast for anyone."""
    buyers = sum(m.buyers for m in trend)
    rates = [m.retention_rate for m in trend if m.retention_rate is not None]
    if buyers == 0 or not rates:
        return None
    retention = sum(rates) / len(rates)
    lifetime = LIFETIME_CAP_MONTHS if retention >= 1 else min(1 / (1 - retention), 60)
    return round(sum(m.revenue_cents for m in trend) / buyers * lifetime)


def cohorts(session: Session, first: date, last: date) -> list[Cohort]:
    """Enrolment cohorts of the months ``first`` … ``last`` and who of them bought when."""
    zone = load_rules(session).zone
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    days = [add_months(datetime.combine(first, time()), i).date() for i in range(count + 1)]
    bounds = [to_utc(datetime.combine(d, time()), zone) for d in days]
    # Each cohort's buyers in each month since: a range of its monthly rollups' index (each
    # row carries its member's enrolment), all counted in one statement.
    rollup = table_of(MemberMonth)
    enrolled = rollup.c.enrolled_at
    counts = [
        sql_select(literal(c), literal(p), func.count()).where(
            rollup.c.month == days[p], enrolled >= bounds[c], enrolled < bounds[c + 1]
        )
        for p in range(count)
        for c in range(p + 1)
    ]
    buying = {(int(c), int(p)): int(n) for c, p, n in session.execute(union_all(*counts))}
    sizes = _count_by_month(session, col(Member.enrolled_at), bounds)
    return [
        Cohort(
            month=days[c].strftime("%Y-%m"),
            members=sizes.get(c, 0),
            active=[_ratio(buying.get((c, p), 0), sizes.get(c, 0)) for p in range(c, count)],
        )
        for c in range(count)
    ]


def top_members(session: Session, first: date, limit: int = 10) -> list[TopMember]:
    """The members who spent most in the month starting ``first``."""
    mm = MemberMonth
    # The month's first rows by spend, then their members: not a member read for every buyer.
    top = (
        select(col(mm.member_id), col(mm.visits), col(mm.net_cents))
        .where(mm.month == first)
        .order_by(col(mm.net_cents).desc(), col(mm.member_id))
        .limit(limit)
        .subquery()
    )
    rows = session.exec(
        select(Member.card, Member.name, top.c.visits, top.c.net_cents)
        .join(top, top.c.member_id == col(Member.id))
        .order_by(top.c.net_cents.desc(), top.c.member_id)
    ).all()
    return [TopMember(card, name, int(n), int(cents)) for card, name, n, cents in rows]


def monthly_report(
    session: Session,
    month: date,
    churn_limit: int = 20,
    progress: Callable[[int, int], None] | None = None,
) -> MonthlyReport:
    """Everything the dashboard, the PDF and ``loyalty report monthly`` show for ``month``."""
    month = month.replace(day=1)
    today = local_day(utcnow(), load_rules(session).zone)
    if month > today:
        raise InvalidInput(field="month", reason="month_not_begun", month=f"{month:%Y-%m}")
    first = add_months(datetime.combine(month, time()), 1 - TREND_MONTHS).date()
    last_day = segments.month_end(month)

    def done(step: int) -> None:
        if progress:
            progress(step, 5)

    trend = month_figures(session, first, month)
    done(1)
    churn_count, churn = segments.churn_summary(session, last_day, churn_limit)
    done(2)
    rfm = segments.rfm_segment_counts(session, last_day)
    done(3)
    cohort_rows = cohorts(session, first, month)
    done(4)
    top = top_members(session, month)
    done(5)
    return MonthlyReport(
        month=f"{month:%Y-%m}",
        metrics=trend[-1],
        churn_risk_members=churn_count,
        rfm_segments=rfm,
        trend=trend,
        cohorts=cohort_rows,
        clv_cents=clv_estimate(trend),
        top_members=top,
        churn_list=churn,
    )
