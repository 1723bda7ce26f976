"""Points expiry (即将过期积分): earned points lapse N months after they were earned.

The lots and the order points leave them are services/lots.py's. The expiry run writes one
``expire`` entry per lapsed lot for what is left of it, keyed ``expire:<lot id>`` so running it
twice changes nothing. It reads only the kept lots that still hold points and lapsed by now —
by the index on their expiry date — so a run after the last one finds only what lapsed since,
including lots written meanwhile that lapsed already (imported history, a back-dated receipt,
another till's rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import ensure_not_future, utcnow
from loyalty_desktop.services import lots, notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.ledger import NewEntry, post_entries
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.store.batches import chunks
from loyalty_desktop.store.models import EntryKind, PointsEntry

SOON = timedelta(days=30)


def expired_from(session: Session, entry_ids: list[int]) -> int:
    """Points already lapsed from these lots (to take back only what is still there)."""
    total = 0
    for part in chunks([f"{lots.EXPIRE_KEY}{entry_id}" for entry_id in entry_ids]):
        lapsed = session.exec(
            select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                PointsEntry.kind == EntryKind.EXPIRE.value, col(PointsEntry.dedupe_key).in_(part)
            )
        )
        total -= int(lapsed.one())
    return total


@dataclass(frozen=True)
class ExpiryReport:
    as_of: datetime
    members: int
    points: int


def expiry_due(session: Session, as_of: datetime) -> list[int]:
    """The members holding points that lapsed by ``as_of``."""
    ensure_not_future(as_of, field="as-of")
    return lots.lapsed_members(session, as_of)


def expire_members(
    session: Session, actor: Actor, member_ids: list[int], as_of: datetime
) -> ExpiryReport:
    """Expire what lapsed by ``as_of`` of these members: what is left of each lot, on the day
    it lapsed. Idempotent."""
    due = lots.lapsed(session, member_ids, as_of)
    post_entries(
        session,
        actor,
        [
            NewEntry(
                member_id=lot.member_id,
                kind=EntryKind.EXPIRE,
                points=-lot.remaining,
                created_at=lot.expires_at or as_of,  # lapsed: it has a date
                note=notes.POINTS_EXPIRED,
                dedupe_key=f"{lots.EXPIRE_KEY}{lot.entry_id}",
            )
            for lot in due
        ],
    )
    members = len({lot.member_id for lot in due})
    return ExpiryReport(as_of=as_of, members=members, points=sum(lot.remaining for lot in due))


def run_expiry(session: Session, actor: Actor, as_of: datetime | None = None) -> ExpiryReport:
    """Expire everything that lapsed by ``as_of`` (default now), in this transaction."""
    as_of = as_of or utcnow()
    return expire_members(session, actor, expiry_due(session, as_of), as_of)


def expiring_soon(
    session: Session, member_id: int, now: datetime | None = None
) -> list[tuple[date, int]]:
    """(date, points) that will lapse within 30 days, soonest first, in shop-local dates."""
    now = now or utcnow()
    zone = load_rules(session).zone
    soon: dict[date, int] = {}
    for lot in lots.lapsing(session, member_id, now, now + SOON):
        if lot.expires_at is not None:
            day = lot.expires_at.astimezone(zone).date()
            soon[day] = soon.get(day, 0) + lot.remaining
    return sorted(soon.items())
