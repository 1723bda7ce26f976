"""Reading a member's points ledger, and the owner's corrections to it (entries are written
by services/ledger.py)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.permissions import Action, require, require_not_own_card
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry
from loyalty_desktop.store.models.base import saved_id


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
    require_not_own_card(session, actor, saved_id(member), Action.ADJUST_POINTS)
    if points == 0:
        raise InvalidInput(field="points", reason="zero")
    if not reason.strip():
        raise InvalidInput(field="reason", reason="adjust_reason")
    check_length("reason", reason.strip(), col(PointsEntry.note))
    entry = post_entry(
        session, actor, saved_id(member), EntryKind.ADJUST, points, note=reason.strip()
    )
    audit.record(session, actor, "points.adjust", member.card, points=points, reason=reason)
    session.refresh(member)
    return entry


def history(session: Session, member_id: int, limit: int = 200) -> list[PointsEntry]:
    return list(
        session.exec(
            select(PointsEntry)
            .where(PointsEntry.member_id == member_id)
            .order_by(col(PointsEntry.created_at).desc(), col(PointsEntry.id).desc())
            .limit(limit)
        )
    )
