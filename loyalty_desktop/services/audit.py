"""The audit trail: one line per action, in the action's own transaction."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.lengths import column_limit
from loyalty_desktop.store.models import AuditEntry


def record(session: Session, actor: Actor, action: str, subject: str = "", **detail: Any) -> None:
    session.add(
        AuditEntry(
            origin_till=actor.till_id,
            created_at=utcnow(),
            staff_id=actor.staff_id,
            action=action,
            subject=subject[
                : column_limit(col(AuditEntry.subject))
            ],  # a label: a long file name is cut
            detail=json.dumps(
                {**detail, **({"approved_by": actor.approved_by} if actor.approved_by else {})},
                ensure_ascii=False,
                default=str,
                sort_keys=True,
            ),
        )
    )
