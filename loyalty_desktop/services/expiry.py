"""Points expiry (即将过期积分): earned points lapse N months after they were earned.

Every positive entry is a "lot"; earned, bonus and given-back points carry the date they lapse
(stamped when written, from the rules then in force — so changing the rule never expires points
retroactively). Opening balances imported from a previous system and the owner's adjustments
do not lapse. Points leave lots first-in first-out: a redemption spends the
oldest points first; a refund takes back the refunded sale's own points first. The expiry run
writes one ``expire`` entry per lapsed lot for what is left of it, keyed ``expire:<lot id>`` so
running it twice changes nothing.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import ensure_not_future, utcnow
from loyalty_desktop.services import notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.store.batches import chunks
from loyalty_desktop.store.models import EntryKind, PointsEntry
from loyalty_desktop.store.models.base import saved_id

SOON = timedelta(days=30)
# {"as_of": the last run's moment, "ids": [the id marks of the last two runs' starts]}
EXPIRY_MARKS = "expiry.marks"


@dataclass
class Lot:
    entry_id: int
    kind: str
    sale_id: int | None
    earned_at: datetime
    remaining: int
    expires_at: datetime | None


def _consume(lots: list[Lot], points: int, first: list[Lot] | None = None) -> None:
    """Take ``points`` from ``first`` (if given), then from the oldest lots onwards."""
    for lot in [*(first or []), *lots]:
        if points <= 0:
            return
        used = min(lot.remaining, points)
        lot.remaining -= used
        points -= used


def lots(entries: list[PointsEntry]) -> list[Lot]:
    """Replay a member's ledger and say what is left of each positive entry.

    Entries are replayed in the order they were written (their id), which is the order the
    expiry runs saw them; lots are spent oldest-earned first. So a receipt back-dated after an
    expiry run cannot reopen a lot that has already lapsed, and an expiry never takes more than
    its lot held when it ran."""
    queue: list[Lot] = []  # kept sorted by when the points were earned
    by_id: dict[int, Lot] = {}
    for entry in sorted(entries, key=saved_id):
        if entry.points > 0:
            lot = Lot(
                saved_id(entry),
                entry.kind,
                entry.sale_id,
                entry.created_at,
                entry.points,
                entry.expires_at,
            )
            bisect.insort(queue, lot, key=lambda x: (x.earned_at, x.entry_id))
            by_id[lot.entry_id] = lot
        elif entry.kind == EntryKind.EXPIRE and entry.dedupe_key:
            target = by_id.get(int(entry.dedupe_key.split(":", 1)[1]))
            _consume([], -entry.points, [target] if target else None)
        elif entry.kind == EntryKind.REFUND_EARN and entry.sale_id is not None:
            own = [
                lot
                for lot in queue
                if lot.sale_id == entry.sale_id and lot.kind == EntryKind.EARN and lot.remaining
            ]
            _consume(queue, -entry.points, own)
        else:
            _consume(queue, -entry.points)
    return queue


def _ledger(session: Session, member_id: int) -> list[PointsEntry]:
    return list(session.exec(select(PointsEntry).where(PointsEntry.member_id == member_id)))


def expired_from(session: Session, entry_ids: list[int]) -> int:
    """Points already lapsed from these lots (to take back only what is still there)."""
    total = 0
    for part in chunks([f"expire:{entry_id}" for entry_id in entry_ids]):
        lapsed = session.exec(
            select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                PointsEntry.kind == EntryKind.EXPIRE.value, col(PointsEntry.dedupe_key).in_(part)
            )
        )
        total -= int(lapsed.one())
    return total


def expire_member(session: Session, actor: Actor, member_id: int, as_of: datetime) -> int:
    """Write the expiry of every lot of this member that lapsed by ``as_of``; returns points."""
    expired = 0
    for lot in lots(_ledger(session, member_id)):
        if lot.remaining > 0 and lot.expires_at is not None and lot.expires_at <= as_of:
            post_entry(
                session,
                actor,
                member_id,
                EntryKind.EXPIRE,
                -lot.remaining,
                note=notes.POINTS_EXPIRED,
                at=lot.expires_at,
                dedupe_key=f"expire:{lot.entry_id}",
            )
            expired += lot.remaining
    return expired


@dataclass(frozen=True)
class ExpiryReport:
    as_of: datetime
    members: int
    points: int


@dataclass(frozen=True)
class DueExpiry:
    """The members who may have lots to expire by ``as_of``, and the marks to keep once every
    one of them is done (None: keep the marks as they are)."""

    as_of: datetime
    members: list[int]
    marks: dict[str, Any] | None


def _members_where(session: Session, *where: ColumnElement[bool]) -> set[int]:
    # Not DISTINCT in SQL: SQLite would then walk an index by member to find the few rows.
    return set(session.exec(select(PointsEntry.member_id).where(*where)))


def expiry_due(session: Session, as_of: datetime) -> DueExpiry:
    """Whose lots may have lapsed since the last run: those that lapsed after the last run's
    moment (the index on the expiry date), and those written since then that lapse by
    ``as_of`` (imported history, a back-dated receipt, another till's rows). The first run
    looks at every lapsed lot. The id mark read at a run's start is used by the run after next,
    so a row whose id was taken before the mark but committed after it is not missed."""
    ensure_not_future(as_of, field="as-of")
    marks = get_setting(session, EXPIRY_MARKS)
    newest = session.exec(select(func.max(PointsEntry.id))).one() or 0
    lapsed = col(PointsEntry.expires_at) <= as_of
    if marks is None:
        members = _members_where(session, lapsed)
        return DueExpiry(as_of, sorted(members), {"as_of": as_of.isoformat(), "ids": [newest] * 2})
    since, (older, newer) = datetime.fromisoformat(marks["as_of"]), marks["ids"]
    # The rows since the mark, by their ids: the expiry date in an expression, so that SQLite
    # does not take its index instead (every lot that ever lapsed).
    never = as_of + timedelta(days=1)
    lapsed_by_expression = func.coalesce(col(PointsEntry.expires_at), never) <= as_of
    members = _members_where(session, col(PointsEntry.id) > older, lapsed_by_expression)
    if as_of <= since:  # an earlier moment than the last run's (the CLI's --as-of)
        return DueExpiry(as_of, sorted(members), None)
    members |= _members_where(session, lapsed, col(PointsEntry.expires_at) > since)
    return DueExpiry(as_of, sorted(members), {"as_of": as_of.isoformat(), "ids": [newer, newest]})


def expire_members(
    session: Session, actor: Actor, member_ids: list[int], as_of: datetime
) -> ExpiryReport:
    """Expire what lapsed by ``as_of`` of these members. Idempotent."""
    members = points = 0
    for member_id in member_ids:
        lapsed = expire_member(session, actor, member_id, as_of)
        if lapsed:
            members += 1
            points += lapsed
    return ExpiryReport(as_of=as_of, members=members, points=points)


def finish_expiry(session: Session, due: DueExpiry) -> None:
    """Every member of ``due`` is done: the next run starts from here."""
    if due.marks is not None:
        set_setting(session, EXPIRY_MARKS, due.marks)


def run_expiry(session: Session, actor: Actor, as_of: datetime | None = None) -> ExpiryReport:
    """Expire everything that lapsed by ``as_of`` (default now), in this transaction."""
    due = expiry_due(session, as_of or utcnow())
    report = expire_members(session, actor, due.members, due.as_of)
    finish_expiry(session, due)
    return report


def expiring_soon(
    session: Session, member_id: int, now: datetime | None = None
) -> list[tuple[date, int]]:
    """(date, points) that will lapse within 30 days, soonest first, in shop-local dates."""
    now = now or utcnow()
    zone = load_rules(session).zone
    soon: dict[date, int] = {}
    for lot in lots(_ledger(session, member_id)):
        if lot.remaining > 0 and lot.expires_at is not None and now < lot.expires_at <= now + SOON:
            day = lot.expires_at.astimezone(zone).date()
            soon[day] = soon.get(day, 0) + lot.remaining
    return sorted(soon.items())
