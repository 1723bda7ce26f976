"""The audit trail: one line per action, in the action's own transaction. Lines are chained per
till (store/chain.py) and the database refuses to update or delete them."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.lengths import column_limit
from loyalty_desktop.store import chain
from loyalty_desktop.store.models import AuditEntry
from loyalty_desktop.store.models.base import new_uuid, table_of

_AUDIT = table_of(AuditEntry)


def record(session: Session, actor: Actor, action: str, subject: str = "", **detail: Any) -> None:
    approval = {"approved_by": actor.approved_by} if actor.approved_by else {}
    _write(session, actor.till_id, actor.staff_id, action, subject, {**detail, **approval})


def record_by_program(
    session: Session, till_id: str, action: str, subject: str = "", **detail: Any
) -> None:
    """A line for what the program did on its own, nobody acting (taking back a crashed
    import)."""
    _write(session, till_id, None, action, subject, detail)


def _write(
    session: Session,
    till_id: str,
    staff_id: int | None,
    action: str,
    subject: str,
    detail: dict[str, Any],
) -> None:
    values: dict[str, Any] = {
        "uuid": new_uuid(),
        "origin_till": till_id,
        "created_at": utcnow(),
        "staff_id": staff_id,
        "action": action,
        "subject": subject[: column_limit(col(AuditEntry.subject))],  # a label: a long name is cut
        "detail": json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True),
    }
    session.flush()  # the lines before this one are in the table: the chain follows the last
    chain.link(session.connection(), _AUDIT, [values])
    session.add(AuditEntry(**values))
