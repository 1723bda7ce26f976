"""The follow-up queue: every unhappy answer opens a follow-up (``surveys.record_response``);
the owner or a manager works it here (open → contacted → resolved, each step a dated note).

The queue holds members only. A walk-in's unhappy answer keeps its follow-up record (every
detractor has one, as ``check`` verifies, and databases already hold such records), but nobody
can call a walk-in back, so it never waits in the queue: its score and comment are in the
survey results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import to_local, utcnow
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.store.models import (
    FollowUp,
    FollowUpStatus,
    Member,
    Staff,
    SurveyResponse,
)
from loyalty_desktop.store.models.base import saved_id

FOLLOW_UP_NOTE = 500  # one step's note (the notes column keeps every step, unbounded)


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    status: str
    opened_at: datetime
    notes: str
    sale_id: int
    nps: int | None
    csat: int | None
    comment: str
    member_id: int
    name: str
    card: str
    phone: str | None  # only when the member agreed to be contacted


def follow_ups(session: Session, status: str | None = None) -> list[FollowUpRow]:
    """The queue, newest first; ``status`` None = every status. Members' answers only."""
    statement = (
        select(FollowUp, SurveyResponse, Member)
        .join(SurveyResponse, col(SurveyResponse.id) == FollowUp.response_id)
        .join(Member, col(Member.id) == SurveyResponse.member_id)
        .order_by(col(FollowUp.opened_at).desc(), col(FollowUp.id).desc())
    )
    if status is not None:
        statement = statement.where(FollowUp.status == status)
    return [
        FollowUpRow(
            id=saved_id(f),
            status=f.status,
            opened_at=f.opened_at,
            notes=f.notes,
            sale_id=r.sale_id,
            nps=r.nps,
            csat=r.csat,
            comment=r.comment,
            member_id=saved_id(m),
            name=m.name,
            card=m.card,
            phone=m.phone if m.marketing_consent else None,
        )
        for f, r, m in session.exec(statement)
    ]


def update_follow_up(
    session: Session, actor: Actor, follow_up_id: int, status: str, note: str = ""
) -> FollowUp:
    """Move a follow-up on (open → contacted → resolved, or back) with a note; each step is
    one dated line in its notes. Owner or manager."""
    staff: Staff = require(session, actor, Action.WORK_FOLLOW_UPS)
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise InvalidInput(field="follow-up", reason="no_follow_up", follow_up_id=follow_up_id)
    if status not in set(FollowUpStatus):
        raise InvalidInput(field="status", reason="follow_up_status", text=status)
    note = " ".join(note.split())
    check_length("note", note, FOLLOW_UP_NOTE)
    if status == follow_up.status and not note:
        raise InvalidInput(field="note", reason="nothing_changed")
    now = utcnow()
    stamp = to_local(now, load_rules(session).zone).strftime("%Y-%m-%d %H:%M")
    line = f"{stamp} {staff.name}: {status}" + (f" — {note}" if note else "")
    follow_up.notes = f"{follow_up.notes}\n{line}".strip()
    follow_up.status, follow_up.updated_at, follow_up.staff_id = status, now, actor.staff_id
    session.add(follow_up)
    session.flush()
    audit.record(session, actor, "follow_up.update", str(follow_up_id), status=status, note=note)
    return follow_up
