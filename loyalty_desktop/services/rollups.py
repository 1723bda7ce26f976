"""The monthly rollups behind the report (models/rollup.py) and each member's visit figures
(usual gap between visits, first month with a sale, last visit), kept in the transaction of
every sale, refund and ledger entry, so the report reads thousands of monthly rows and indexed
member columns instead of millions of sales.

``expected_shop`` and ``expected_members`` recompute them from sales and the ledger, the
members a range of ids at a time (memory stays bounded at a million members): ``rebuild``
writes that (a database migrated from before the rollups, a bulk load), ``loyalty check``
compares it with what is stored.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, time
from itertools import pairwise

from sqlalchemy import bindparam, delete, func, inspect, or_, update
from sqlalchemy import select as sql_select  # typed for a table's columns, unlike SQLModel's
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import add_months, local_day, to_utc
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.db import add_to_rows, period_of
from loyalty_desktop.store.models import (
    LedgerMonth,
    Member,
    MemberMonth,
    PointsEntry,
    Sale,
    SaleStatus,
    ShopMonth,
)
from loyalty_desktop.store.models.base import table_of

COUNTED = col(Sale.status) != SaleStatus.REFUNDED.value


def month_of(day: date) -> date:
    return day.replace(day=1)


@dataclass(frozen=True)
class SaleChange:
    """What one sale adds to the rollups: +1 visit and its net, or (a refund) −net and −1
    visit when it leaves the count."""

    member_id: int | None
    day: date
    visits: int
    net_cents: int


def add_sales(session: Session, changes: Iterable[SaleChange]) -> None:
    """Apply sale changes to member_month and shop_month (summed per key first)."""
    shop: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    members: dict[tuple[int, date], list] = {}
    for c in changes:
        month = month_of(c.day)
        shop[month][0] += c.visits
        shop[month][1] += c.net_cents
        if c.member_id is not None:
            row = members.setdefault((c.member_id, month), [0, 0, c.day])
            row[0] += c.visits
            row[1] += c.net_cents
            row[2] = max(row[2], c.day)
    connection = session.connection()
    add_to_rows(
        connection,
        table_of(ShopMonth),
        ["month"],
        [{"month": m, "sales": v, "net_cents": n} for m, (v, n) in shop.items()],
        ["sales", "net_cents"],
    )
    enrolled = _enrolments(session, {mid for mid, _m in members})
    add_to_rows(
        connection,
        table_of(MemberMonth),
        ["member_id", "month"],
        [
            {
                "member_id": mid,
                "month": m,
                "visits": v,
                "net_cents": n,
                "last_day": day,
                "enrolled_at": enrolled[mid],
            }
            for (mid, m), (v, n, day) in members.items()
        ],
        ["visits", "net_cents"],
        larger=("last_day",),
    )


def _enrolments(session: Session, member_ids: set[int]) -> dict[int, datetime]:
    """When these members enrolled: from the members the session holds (a sale's), the
    others read."""
    found: dict[int, datetime] = {}
    for mid in member_ids:
        loaded = session.identity_map.get(session.identity_key(Member, mid))
        if loaded is not None and "enrolled_at" in inspect(loaded).dict:
            found[mid] = loaded.enrolled_at
    table = table_of(Member)
    for part in id_chunks(member_ids - set(found)):
        rows = session.connection().execute(
            sql_select(table.c.id, table.c.enrolled_at).where(table.c.id.in_(part))
        )
        found.update((mid, enrolled) for mid, enrolled in rows)
    return found


def _link_months(session: Session, member_ids: Iterable[int]) -> None:
    """Keep ``returned`` (bought the month before too) right on these members' months."""
    table = table_of(MemberMonth)
    changes = []
    for part in id_chunks(member_ids):
        rows = (
            session.connection()
            .execute(
                select(table.c.member_id, table.c.month, table.c.returned).where(
                    table.c.member_id.in_(part)
                )
            )
            .all()
        )
        have = {(mid, month) for mid, month, _r in rows}
        changes += [
            {"mid": mid, "m": month, "r": flag}
            for mid, month, returned in rows
            if (flag := int((mid, add_months(month, -1)) in have)) != returned
        ]
    if changes:
        session.connection().execute(
            update(table)
            .where(table.c.member_id == bindparam("mid"), table.c.month == bindparam("m"))
            .values(returned=bindparam("r")),
            changes,
        )


def members_changed(session: Session, member_ids: Iterable[int]) -> None:
    """After their sales changed (once per action or import): each month's "returned" and
    the visit figures."""
    ids = sorted(set(member_ids))
    _link_months(session, ids)
    refresh_usual_gaps(session, ids)


def sale_recorded(session: Session, sale: Sale) -> None:
    add_sales(session, [SaleChange(sale.member_id, sale.shop_date, 1, sale.paid_cents)])
    if sale.member_id is not None:
        members_changed(session, [sale.member_id])


def sale_refunded(session: Session, sale: Sale, amount_cents: int, completing: bool) -> None:
    """A refund lowers the month's net; the one that completes the sale also takes its visit
    out (and may move the member's last day of that month and their usual gap)."""
    add_sales(
        session, [SaleChange(sale.member_id, sale.shop_date, -int(completing), -amount_cents)]
    )
    if not completing or sale.member_id is None:
        return
    session.flush()  # the sale's new status, for the queries below
    _fix_member_month(session, sale.member_id, month_of(sale.shop_date))
    members_changed(session, [sale.member_id])


def _fix_member_month(session: Session, member_id: int, month: date) -> None:
    """After a sale left the count: drop the row if no visit is left, else re-read its last
    day from the sales."""
    table = table_of(MemberMonth)
    connection = session.connection()
    connection.execute(
        delete(table).where(
            table.c.member_id == member_id, table.c.month == month, table.c.visits <= 0
        )
    )
    next_month = add_months(month, 1)
    last = session.exec(
        select(func.max(Sale.shop_date)).where(
            Sale.member_id == member_id,
            COUNTED,
            Sale.shop_date >= month,
            Sale.shop_date < next_month,
        )
    ).one()
    if last is not None:
        connection.execute(
            update(table)
            .where(table.c.member_id == member_id, table.c.month == month)
            .values(last_day=last)
        )


def entries_posted(session: Session, entries: Iterable[tuple[datetime, str, int]]) -> None:
    """(created_at, kind, points) of new ledger entries into ledger_month."""
    zone = load_rules(session).zone
    sums: dict[tuple[date, str], int] = defaultdict(int)
    for at, kind, points in entries:
        sums[(month_of(at.astimezone(zone).date()), kind)] += points
    add_to_rows(
        session.connection(),
        table_of(LedgerMonth),
        ["month", "kind"],
        [{"month": m, "kind": k, "points": p} for (m, k), p in sums.items()],
        ["points"],
    )


def _median_gap(days: list[date]) -> float | None:
    gaps = [(b - a).days for a, b in pairwise(days)]
    return float(statistics.median(gaps)) if gaps else None


@dataclass(frozen=True)
class Visits:
    """A member's figures kept on the member row, from their counted sales' days (in order):
    the usual gap, the first month, the last visit and the last visit in an earlier month."""

    usual_gap: float | None
    first_month: date | None
    last_visit: date | None
    earlier_visit: date | None

    @classmethod
    def of(cls, days: list[date]) -> Visits:
        if not days:
            return cls(None, None, None, None)
        last = days[-1]
        earlier = [day for day in days if day < month_of(last)]
        return cls(_median_gap(days), month_of(days[0]), last, earlier[-1] if earlier else None)


VISITS = tuple(field.name for field in fields(Visits))  # the member's columns


def refresh_usual_gaps(session: Session, member_ids: list[int]) -> None:
    """Recompute the visit figures (``Visits``) of these members from their counted sales."""
    if not member_ids:
        return
    days: dict[int, list[date]] = {mid: [] for mid in member_ids}
    sale = table_of(Sale)
    for part in id_chunks(member_ids):
        rows = session.exec(
            select(sale.c.member_id, sale.c.shop_date)
            .where(sale.c.member_id.in_(part), COUNTED)
            .order_by(sale.c.member_id, sale.c.shop_date)
        )
        for mid, day in rows:
            days[mid].append(day)
    _write_visits(session, {mid: Visits.of(member_days) for mid, member_days in days.items()})


def _write_visits(session: Session, visits: dict[int, Visits]) -> None:
    if not visits:
        return
    table = table_of(Member)
    session.connection().execute(
        update(table)
        .where(table.c.id == bindparam("mid"))
        .values(
            usual_gap=bindparam("gap"),
            first_month=bindparam("first"),
            last_visit=bindparam("last"),
            earlier_visit=bindparam("earlier"),
        ),
        [
            {
                "mid": mid,
                "gap": v.usual_gap,
                "first": v.first_month,
                "last": v.last_visit,
                "earlier": v.earlier_visit,
            }
            for mid, v in visits.items()
        ],
    )
    for mid, v in visits.items():  # objects already loaded hold the new values (no re-read)
        loaded = session.identity_map.get(session.identity_key(Member, mid))
        if loaded is not None:
            for name, value in asdict(v).items():
                set_committed_value(loaded, name, value)


# --- recomputing from the sources ---------------------------------------------------------------

MEMBERS_AT_ONCE = 20_000  # members recomputed together: memory bounded however many there are


@dataclass
class ShopRollups:
    """The rollups over the whole shop: a few rows a month."""

    shop: dict[date, tuple[int, int]]
    ledger: dict[tuple[date, str], int]


@dataclass
class MemberRollups:
    """The rollups of the members of one range of ids: their months, and the visit figures of
    those with a counted sale."""

    members: dict[tuple[int, date], tuple[int, int, date, int, datetime | None]]
    visits: dict[int, Visits]


def member_ranges(session: Session) -> list[tuple[int, int]]:
    """The members' ids in ranges of ``MEMBERS_AT_ONCE`` (first, last): every member."""
    size, table = MEMBERS_AT_ONCE, table_of(Member)
    low, high = session.execute(select(func.min(table.c.id), func.max(table.c.id))).one()
    if low is None:
        return []
    return [(first, min(first + size - 1, high)) for first in range(low, high + 1, size)]


def expected_shop(session: Session) -> ShopRollups:
    """Every sale by month (in SQL) and every ledger entry by month and kind (streamed)."""
    shop: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    rows = session.exec(
        select(col(Sale.shop_date), func.count(), func.sum(Sale.paid_cents - Sale.refunded_cents))
        .where(COUNTED)
        .group_by(col(Sale.shop_date))
    )
    for day, visits, net in rows:
        shop[month_of(day)][0] += visits
        shop[month_of(day)][1] += int(net)
    return ShopRollups({m: (v, n) for m, (v, n) in shop.items()}, _ledger_by_month(session))


def _ledger_by_month(session: Session) -> dict[tuple[date, str], int]:
    """The ledger summed by month in shop time and kind, in one GROUP BY: each entry's month
    found among the months' first moments (UTC) from the first entry's to the last's."""
    zone = load_rules(session).zone
    at = col(PointsEntry.created_at)
    # The column itself, not MIN() of it: an aware time in any database (SQLite gives MIN's text).
    first = session.exec(select(at).order_by(at).limit(1)).first()
    last = session.exec(select(at).order_by(at.desc()).limit(1)).first()
    if first is None or last is None:
        return {}
    months = [month_of(local_day(first, zone))]
    while months[-1] <= month_of(local_day(last, zone)):
        months.append(add_months(months[-1], 1))
    bounds = [to_utc(datetime.combine(m, time()), zone) for m in months]
    period = period_of(at, bounds)
    rows = session.exec(
        select(period, col(PointsEntry.kind), func.sum(PointsEntry.points)).group_by(
            period, col(PointsEntry.kind)
        )
    )
    return {(months[i], kind): int(points) for i, kind, points in rows if points}


def expected_members(session: Session, first: int, last: int) -> MemberRollups:
    """The months and visit figures of the members with ids ``first`` … ``last``, from their
    counted sales."""
    members: dict[tuple[int, date], list] = {}
    days: dict[int, list[date]] = defaultdict(list)
    sale = table_of(Sale)
    rows = session.execute(
        sql_select(
            sale.c.member_id,
            sale.c.shop_date,
            func.count(),
            func.sum(sale.c.paid_cents - sale.c.refunded_cents),
        )
        .where(sale.c.member_id.between(first, last), COUNTED)
        .group_by(sale.c.member_id, sale.c.shop_date)
        .order_by(sale.c.member_id, sale.c.shop_date)
    )
    for mid, day, visits, net in rows:
        row = members.setdefault((mid, month_of(day)), [0, 0, day])
        row[0] += visits
        row[1] += int(net)
        row[2] = max(row[2], day)
        days[mid] += [day] * visits
    member = table_of(Member)
    enrolled = dict(
        session.execute(
            sql_select(member.c.id, member.c.enrolled_at).where(member.c.id.between(first, last))
        ).all()
    )
    return MemberRollups(
        {
            (mid, m): (v, n, d, int((mid, add_months(m, -1)) in members), enrolled[mid])
            for (mid, m), (v, n, d) in members.items()
        },
        {mid: Visits.of(member_days) for mid, member_days in days.items()},
    )


def stored_shop(session: Session) -> ShopRollups:
    return ShopRollups(
        {
            r.month: (r.sales, r.net_cents)
            for r in session.exec(select(ShopMonth))
            if r.sales or r.net_cents  # a month whose every sale was refunded
        },
        {(r.month, r.kind): r.points for r in session.exec(select(LedgerMonth)) if r.points},
    )


def stored_members(session: Session, first: int, last: int) -> MemberRollups:
    member, month = table_of(Member), table_of(MemberMonth)
    rows = session.execute(sql_select(month).where(month.c.member_id.between(first, last)))
    kept = [member.c[name] for name in VISITS]
    visits = session.execute(
        sql_select(member.c.id, *kept).where(
            member.c.id.between(first, last), or_(*[column.is_not(None) for column in kept])
        )
    )
    return MemberRollups(
        {
            (r.member_id, r.month): (r.visits, r.net_cents, r.last_day, r.returned, r.enrolled_at)
            for r in rows
        },
        {mid: Visits(*figures) for mid, *figures in visits},
    )


def rebuild(session: Session) -> None:
    """Write every rollup afresh from sales and the ledger, a range of members at a time."""
    connection = session.connection()
    for model in (ShopMonth, MemberMonth, LedgerMonth):
        connection.execute(delete(table_of(model)))
    whole = expected_shop(session)
    add_sales(session, [SaleChange(None, m, v, n) for m, (v, n) in whole.shop.items()])
    add_to_rows(
        connection,
        table_of(LedgerMonth),
        ["month", "kind"],
        [{"month": m, "kind": k, "points": p} for (m, k), p in whole.ledger.items()],
        ["points"],
    )
    table = table_of(Member)
    connection.execute(update(table).values(dict.fromkeys(VISITS)))
    for first, last in member_ranges(session):
        _write_members(session, expected_members(session, first, last))


def _write_members(session: Session, want: MemberRollups) -> None:
    connection = session.connection()
    add_to_rows(
        connection,
        table_of(MemberMonth),
        ["member_id", "month"],
        [
            {
                "member_id": mid,
                "month": m,
                "visits": v,
                "net_cents": n,
                "last_day": d,
                "returned": r,
                "enrolled_at": e,
            }
            for (mid, m), (v, n, d, r, e) in want.members.items()
        ],
        ["visits", "net_cents"],
        larger=("last_day",),
    )
    _write_visits(session, want.visits)
