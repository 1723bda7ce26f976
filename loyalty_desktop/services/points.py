"""The append-only points ledger and the cached balance that always equals its sum."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import Session, select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import InsufficientPoints, InvalidInput, MemberNotFound
from loyalty_desktop.core.limits import check_points
from loyalty_desktop.services import audit, rollups
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry


def post_entry(
    session: Session,
    actor: Actor,
    member_id: int,
    kind: EntryKind,
    points: int,
    *,
    sale_id: int | None = None,
    refund_id: int | None = None,
    note: str = "",
    at: datetime | None = None,
    keep_non_negative: bool = False,
    expires_at: datetime | None = None,
    dedupe_key: str | None = None,
) -> PointsEntry:
    """Append one entry and move the cached balance by the same amount, in this transaction.

    With ``keep_non_negative`` the balance is moved by a conditional UPDATE, so two tills
    redeeming at once can never overdraw it (no read-then-write race).
    """
    check_points(points)
    table = Member.__table__
    statement = update(table).where(table.c.id == member_id)
    if keep_non_negative:
        statement = statement.where(table.c.balance + points >= 0)
    result = session.connection().execute(statement.values(balance=table.c.balance + points))
    if result.rowcount != 1:
        # The balance as the database has it now: this session's loaded member may be stale
        # when another till spent the points first.
        balance = (
            session.connection()
            .execute(select(table.c.balance).where(table.c.id == member_id))
            .scalar_one_or_none()
        )
        if balance is None:
            raise MemberNotFound(query=str(member_id))
        raise InsufficientPoints(requested=-points, balance=balance)
    loaded = session.identity_map.get(session.identity_key(Member, member_id))
    if loaded is not None:
        session.expire(loaded, ["balance"])  # re-read on next access
    entry = PointsEntry(
        member_id=member_id,
        kind=kind,
        points=points,
        sale_id=sale_id,
        refund_id=refund_id,
        staff_id=actor.staff_id,
        note=note,
        created_at=at or utcnow(),
        expires_at=expires_at,
        dedupe_key=dedupe_key,
        origin_till=actor.till_id,
    )
    session.add(entry)
    session.flush()
    rollups.entries_posted(session, [(entry.created_at, entry.kind, points)])
    return entry


def ledger_balance(session: Session, member_id: int) -> int:
    total = session.exec(
        select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
            PointsEntry.member_id == member_id
        )
    ).one()
    return int(total)


def adjust(session: Session, actor: Actor, member: Member, points: int, reason: str) -> PointsEntry:
    """Owner's correction: a new ``adjust`` entry with who and why, never an edit."""
    require(session, actor, Action.ADJUST_POINTS)
    if points == 0:
        raise InvalidInput(field="points", reason="must not be zero")
    if not reason.strip():
        raise InvalidInput(field="reason", reason="is required for an adjustment")
    check_length("reason", reason.strip(), PointsEntry.note)
    entry = post_entry(session, actor, member.id, EntryKind.ADJUST, points, note=reason.strip())
    audit.record(session, actor, "points.adjust", member.card, points=points, reason=reason)
    session.refresh(member)
    return entry


def history(session: Session, member_id: int, limit: int = 200) -> list[PointsEntry]:
    return list(
        session.exec(
            select(PointsEntry)
            .where(PointsEntry.member_id == member_id)
            .order_by(PointsEntry.created_at.desc(), PointsEntry.id.desc())  # type: ignore[union-attr]
            .limit(limit)
        )
    )
