"""What each database derives, brought up to date with the merged facts by the till's own
functions: sales' refunded totals and status, coupons' redemptions, balances, tiers, rollups."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import Session, col
from sqlmodel import select as orm_select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services import coupons, ledger, member_changes, rollups, tiers
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.sync.ids import local_ids
from loyalty_desktop.services.sync.summary import CouponEvent, Summary
from loyalty_desktop.services.sync.tables import Synced
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.models import (
    Coupon,
    CouponStatus,
    DoubleRedemption,
    Member,
    MemberChange,
    PointsEntry,
    Sale,
    SaleStatus,
    TierChange,
)
from loyalty_desktop.store.models.base import saved_id, table_of


def after_insert(
    session: Session, synced: Synced, values: list[dict[str, Any]], summary: Summary
) -> None:
    """What the new rows add to the derived numbers."""
    if synced.model is Member:
        summary.members |= set(
            local_ids(session, synced.table, {v["uuid"] for v in values}).values()
        )
    elif synced.model is Sale:
        rollups.add_sales(
            session,
            [
                rollups.SaleChange(v["member_id"], v["shop_date"], 1, v["paid_cents"])
                for v in values
            ],
        )
        summary.members |= {v["member_id"] for v in values if v["member_id"] is not None}
    elif synced.name == "refund":
        for value in values:
            _refunded(session, value, summary)
    elif synced.model is PointsEntry:
        rollups.entries_posted(session, [(v["created_at"], v["kind"], v["points"]) for v in values])
        summary.members |= {v["member_id"] for v in values}
    elif synced.model is TierChange:
        summary.members |= {v["member_id"] for v in values}
    elif synced.model is MemberChange:
        summary.edited |= {v["member_id"] for v in values}
        summary.changes_in |= {v["uuid"] for v in values}


def apply_coupon_events(session: Session, summary: Summary) -> None:
    """Coupons redeemed by the new sales and given back by their completing refunds, in the
    order they happened, as their tills did it. A coupon two tills redeemed offline is held by
    the sale made first (the same on every till); the other sale keeps its discount, is
    recorded as a double redemption and reported."""
    events, summary.coupon_events = sorted(summary.coupon_events, key=_when), []
    for event in events:
        sale = session.exec(orm_select(Sale).where(col(Sale.uuid) == event.sale_uuid)).one()
        if event.coupon_uuid is None:
            if (coupon := coupons.redeemed_on(session, sale)) is not None:
                coupons.reinstate(session, coupon, event.at)
            continue
        found = orm_select(Coupon).where(col(Coupon.uuid) == event.coupon_uuid)
        coupon = session.exec(found).first()
        if coupon is not None and coupon.status == CouponStatus.ISSUED:
            _redeem(session, coupon, sale, event.discount_cents)
            continue
        conflict = {"kind": "coupon", "coupon": event.coupon_uuid, "sale": event.sale_uuid}
        if coupon is not None and coupon.status == CouponStatus.REDEEMED and coupon.sale_id:
            holder = session.get_one(Sale, coupon.sale_id)
            later = max(holder, sale, key=_order)
            if later is holder:  # this sale came first: the redemption is its
                _redeem(session, coupon, sale, event.discount_cents)
            session.add(DoubleRedemption(sale_id=saved_id(later), coupon_id=saved_id(coupon)))
            conflict["sale"] = later.uuid
        summary.conflicts.append(conflict)
    session.flush()


def _redeem(session: Session, coupon: Coupon, sale: Sale, discount_cents: int) -> None:
    coupon.status, coupon.sale_id = CouponStatus.REDEEMED, sale.id
    coupon.redeemed_at, coupon.discount_cents = sale.created_at, discount_cents
    session.flush()


def _order(sale: Sale) -> tuple[datetime, str, str]:
    """Which of two sales came first: the same answer on every till."""
    return sale.created_at, sale.origin_till, sale.uuid


def _when(event: CouponEvent) -> tuple[datetime, int]:
    return event.at, event.coupon_uuid is not None  # a refund before a sale at the same moment


def _refunded(session: Session, refund: dict[str, Any], summary: Summary) -> None:
    """A refund made at another till, applied to its sale here as the till applied it. Two
    tills that refunded one sale offline may refund more than was paid: the sale counts as
    refunded once, and the conflict is reported (its points are settled: sync/refunds.py)."""
    sale = session.get(Sale, refund["sale_id"])
    if sale is None:  # the package's references were all resolved
        raise LookupError(refund["sale_id"])
    summary.refunded.add(sale.id or 0)
    applied = min(refund["amount_cents"], sale.paid_cents - sale.refunded_cents)
    if applied < refund["amount_cents"]:
        summary.conflicts.append({"kind": "refund", "sale": sale.uuid, "refund": refund["uuid"]})
    if applied <= 0:
        return
    sale.refunded_cents += applied
    completing = sale.refunded_cents >= sale.paid_cents
    sale.status = SaleStatus.REFUNDED if completing else SaleStatus.PARTLY_REFUNDED
    session.flush()
    rollups.sale_refunded(session, sale, applied, completing)
    if completing and sale.coupon_discount_cents:
        summary.coupon_events.append(CouponEvent(refund["created_at"], sale.uuid, None))
    if sale.member_id is not None:
        summary.members.add(sale.member_id)


def apply_edits(session: Session, actor: Actor, summary: Summary) -> None:
    """Members' fields from their latest changes, and the edits that just lost to another
    till's reported. A phone two tills enrolled is cleared by a change that travels, so that a
    till that learns of it later clears it too."""
    for conflict in [c for c in summary.conflicts if c["kind"] == "phone"]:
        found = orm_select(Member).where(col(Member.uuid) == conflict["cleared"])
        member = session.exec(found).one()
        member_changes.lose_phone(session, actor, member, conflict["phone"])
        summary.edited.add(member.id or 0)
    summary.conflicts += member_changes.apply_latest(session, actor, summary.edited)
    summary.conflicts += [
        conflict
        for conflict in member_changes.conflict_log(session, summary.edited)
        if {conflict["lost_uuid"], conflict["won_uuid"]} & summary.changes_in
    ]


def recompute(session: Session, actor: Actor, summary: Summary) -> None:
    """Balances, tiers, and the members' rollups, from the merged facts."""
    ids = sorted(summary.members)
    if not ids:
        return
    ledger.recount_balances(session, ids)
    members, changes = table_of(Member), table_of(TierChange)
    latest = (
        select(changes.c.tier)
        .where(changes.c.member_id == members.c.id)
        .order_by(changes.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    for part in id_chunks(ids):
        session.connection().execute(
            update(members).where(members.c.id.in_(part)).values(tier=func.coalesce(latest, ""))
        )
    session.expire_all()
    tiers.upgrade_qualified(session, actor, load_rules(session), ids, utcnow())
    rollups.members_changed(session, ids)
