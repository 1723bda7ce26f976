"""What members buy, from the lines of their sales (services/items.py): a member's usual items
for the till, and the items bought together for the owner's bundles (购物篮分析).

Only counted sales (not wholly refunded) with lines take part. Items are told apart by code; a
name shown is the one the item was last sold under.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from loyalty_desktop.services.rollups import COUNTED
from loyalty_desktop.store.batches import chunks
from loyalty_desktop.store.models import Sale, SaleItem

USUAL_DAYS = 365  # a member's usual items: from the last year of visits
USUAL_ITEMS = 3


@dataclass(frozen=True)
class UsualItem:
    code: str
    name: str
    visits: int  # sales of the member's last year with this item


def usual_items(
    session: Session, member_id: int, now: datetime, limit: int = USUAL_ITEMS
) -> list[UsualItem]:
    """The items on most of the member's visits of the last year (at least two visits each),
    most visits first."""
    visits = func.count(func.distinct(col(SaleItem.sale_id)))
    rows = session.exec(
        select(SaleItem.code, func.max(SaleItem.name), visits)
        .join(Sale, col(Sale.id) == col(SaleItem.sale_id))
        .where(
            Sale.member_id == member_id,
            col(Sale.created_at) > now - timedelta(days=USUAL_DAYS),
            COUNTED,
        )
        .group_by(col(SaleItem.code))
        .having(visits >= 2)
        .order_by(visits.desc(), col(SaleItem.code))
        .limit(limit)
    ).all()
    return [UsualItem(code, name, int(n)) for code, name, n in rows]


@dataclass(frozen=True)
class Pair:
    """Two items on the same sales: how often, and how much more than chance (lift > 1)."""

    first: str  # code (the smaller of the two)
    first_name: str
    second: str
    second_name: str
    together: int  # sales with both
    support: float  # share of all sales with lines that have both
    confidence: float  # of the sales with ``first``, the share that also have ``second``
    lift: float  # support / (share with first × share with second)


def bought_together(session: Session, since: datetime, least: int = 3) -> list[Pair]:
    """Item pairs on at least ``least`` of the sales with lines since ``since``, highest lift
    first (then the most sales together)."""
    baskets = (
        select(col(SaleItem.sale_id).label("sale_id"), col(SaleItem.code).label("code"))
        .join(Sale, col(Sale.id) == col(SaleItem.sale_id))
        .where(col(Sale.created_at) >= since, COUNTED)
        .distinct()
        .subquery()
    )
    total = session.exec(select(func.count(func.distinct(baskets.c.sale_id)))).one()
    if not total:
        return []
    per_item = dict(
        session.exec(select(baskets.c.code, func.count()).group_by(baskets.c.code)).all()
    )
    a, b = aliased(baskets), aliased(baskets)
    pairs = session.exec(
        select(a.c.code, b.c.code, func.count())
        .join(b, (a.c.sale_id == b.c.sale_id) & (a.c.code < b.c.code))
        .group_by(a.c.code, b.c.code)
        .having(func.count() >= least)
    ).all()
    names = _names(session, {code for pair in pairs for code in pair[:2]})
    found = [
        Pair(
            first,
            names[first],
            second,
            names[second],
            int(n),
            n / total,
            n / per_item[first],
            n * total / (per_item[first] * per_item[second]),
        )
        for first, second, n in pairs
    ]
    return sorted(found, key=lambda p: (-p.lift, -p.together, p.first, p.second))


def _names(session: Session, codes: set[str]) -> dict[str, str]:
    """Each code's name on its newest line."""
    names: dict[str, str] = {}
    for part in chunks(sorted(codes)):
        newest = (
            select(func.max(SaleItem.id))
            .where(col(SaleItem.code).in_(part))
            .group_by(col(SaleItem.code))
        )
        rows = select(SaleItem.code, SaleItem.name).where(col(SaleItem.id).in_(newest))
        names.update(session.exec(rows).all())
    return names
