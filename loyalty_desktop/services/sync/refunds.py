"""One sale refunded at two tills offline, together as much as was paid or more: the money was
refunded twice (the refunds stay, the owner is told), but the points count once.

DESIGN.md §3: a sale refunded in full ends at zero net points — its refunds together take back
what it earned (but what expired) and give back what it redeemed. Two tills that each refunded
it, neither knowing of the other, took back and gave back more than that (or, two partial
refunds rounding apart, a point less). The refunds in the order they were made (time, then
till, then uuid: the same order on every till) share what the sale's points allow; each
refund's points beyond its share are settled by a visible ``adjust`` entry of the till that
made that refund, and only of that till, once it learns of the others. It writes what is still
missing from the settlement (nothing when the settlement stands), so importing twice settles
once and a third till's earlier refund arriving later is settled too. Other tills receive the
entries with the next sync.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from loyalty_desktop.services import audit, notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.expiry import expired_from
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry, Refund, Sale
from loyalty_desktop.store.models.base import table_of

SETTLED = "refund-settled:"  # + the refund's uuid + ":" + a count: one key per entry


def settle(
    session: Session, actor: Actor, sale_ids: Iterable[int], conflicts: list[dict[str, Any]]
) -> None:
    """Settle the points of the sales refunded at more than one till whose refunds reached
    what was paid (``sale_ids``: the sales new refunds came for); each refund conflict is told
    which till settles it."""
    settled_by = {}
    for sale_id in sorted(set(sale_ids)):
        sale = session.get_one(Sale, sale_id)
        refunds = _refunds(session, sale_id)
        settled_by[sale.uuid] = refunds[-1]["origin_till"]
        if sale.member_id is None or len({r["origin_till"] for r in refunds}) < 2:
            continue
        if sum(r["amount_cents"] for r in refunds) < sale.paid_cents:
            continue
        shares = _shares(session, sale, refunds)
        for refund in refunds:
            if refund["origin_till"] == actor.till_id:
                _settle_refund(session, actor, sale, refund, shares[refund["uuid"]])
    for conflict in conflicts:
        if conflict["kind"] == "refund" and conflict["sale"] in settled_by:
            conflict["by_till"] = settled_by[conflict["sale"]]


def _refunds(session: Session, sale_id: int) -> Sequence[Any]:
    refunds = table_of(Refund)
    return (
        session.connection()
        .execute(
            select(refunds)
            .where(refunds.c.sale_id == sale_id)
            .order_by(refunds.c.created_at, refunds.c.origin_till, refunds.c.uuid)
        )
        .mappings()
        .all()
    )


def _shares(session: Session, sale: Sale, refunds: Sequence[Any]) -> dict[str, int]:
    """Per refund, the points its settlement gives the member: what it took back beyond what
    the sale earned (after the refunds before it), less what it gave back beyond what the sale
    redeemed; the last refund also makes up a shortfall, so the sale nets out exactly."""
    entries = table_of(PointsEntry)
    lots = session.connection().execute(
        select(entries.c.id).where(
            entries.c.sale_id == sale.id, entries.c.kind == EntryKind.EARN.value
        )
    )
    to_reverse = sale.points_earned - expired_from(session, list(lots.scalars()))
    reversed_ = returned = 0
    shares = {}
    for refund in refunds:
        over_reversed = _beyond(reversed_, refund["points_reversed"], to_reverse)
        over_returned = _beyond(returned, refund["points_returned"], sale.points_redeemed)
        reversed_ += refund["points_reversed"]
        returned += refund["points_returned"]
        shares[refund["uuid"]] = over_reversed - over_returned
    short = min(reversed_ - to_reverse, 0) - min(returned - sale.points_redeemed, 0)
    shares[refunds[-1]["uuid"]] += short
    return shares


def _beyond(before: int, points: int, allowed: int) -> int:
    """How much of ``points``, added to ``before``, goes beyond ``allowed``."""
    return max(before + points - allowed, 0) - max(before - allowed, 0)


def _settle_refund(session: Session, actor: Actor, sale: Sale, refund: Any, share: int) -> None:
    """Write what this till's refund still owes its settlement (if anything)."""
    entries = table_of(PointsEntry)
    prefix = f"{SETTLED}{refund['uuid']}:"
    done, count = (
        session.connection()
        .execute(
            select(func.coalesce(func.sum(entries.c.points), 0), func.count()).where(
                entries.c.member_id == sale.member_id, entries.c.dedupe_key.startswith(prefix)
            )
        )
        .one()
    )
    missing = share - int(done)
    if missing == 0 or sale.member_id is None:
        return
    note = notes.written(notes.REFUND_TWICE)
    post_entry(
        session,
        actor,
        sale.member_id,
        EntryKind.ADJUST,
        missing,
        sale_id=sale.id,
        refund_id=refund["id"],
        note=note,
        dedupe_key=f"{prefix}{count + 1}",
    )
    card = session.get_one(Member, sale.member_id).card
    audit.record(session, actor, "points.adjust", card, points=missing, reason=note)
