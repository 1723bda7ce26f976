"""The audit trail: one line per action, in the action's own transaction. Lines are chained per
till (store/chain.py) and the database refuses to update or delete them. The owner reads them
back filtered (who, what, which days) and exports them to CSV."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, insert
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import to_local, to_utc, utcnow

# The module, not its names: rules records its changes here, so each imports the other.
from loyalty_desktop.services import rules
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.csv_io import write_csv
from loyalty_desktop.services.lengths import column_limit
from loyalty_desktop.services.outputs import database_file
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.store import chain
from loyalty_desktop.store.models import AuditEntry, Staff
from loyalty_desktop.store.models.base import new_uuid, table_of

_AUDIT = table_of(AuditEntry)


def record(session: Session, actor: Actor, action: str, subject: str = "", **detail: Any) -> None:
    approval = {"approved_by": actor.approved_by} if actor.approved_by else {}
    _write(session, actor.till_id, actor.staff_id, action, subject, {**detail, **approval})


def record_each(session: Session, actor: Actor, action: str, subjects: Sequence[str]) -> None:
    """One ``action`` line for each of ``subjects``, linked into the chain together (a bulk
    writer's lines: the same as ``record`` called for each)."""
    approval = {"approved_by": actor.approved_by} if actor.approved_by else {}
    lines = [_values(actor.till_id, actor.staff_id, action, s, approval) for s in subjects]
    if lines:
        session.flush()
        chain.link(session.connection(), _AUDIT, lines)
        session.execute(insert(_AUDIT), lines)  # executemany: no objects to build


def record_by_program(
    session: Session, till_id: str, action: str, subject: str = "", **detail: Any
) -> None:
    """A line for what the program did on its own, nobody acting (taking back a crashed
    import)."""
    _write(session, till_id, None, action, subject, detail)


def _values(
    till_id: str, staff_id: int | None, action: str, subject: str, detail: dict[str, Any]
) -> dict[str, Any]:
    return {
        "uuid": new_uuid(),
        "origin_till": till_id,
        "created_at": utcnow(),
        "staff_id": staff_id,
        "action": action,
        "subject": subject[: column_limit(col(AuditEntry.subject))],  # a label: a long name is cut
        "detail": json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True),
    }


def _write(
    session: Session,
    till_id: str,
    staff_id: int | None,
    action: str,
    subject: str,
    detail: dict[str, Any],
) -> None:
    values = _values(till_id, staff_id, action, subject, detail)
    session.flush()  # the lines before this one are in the table: the chain follows the last
    chain.link(session.connection(), _AUDIT, [values])
    session.add(AuditEntry(**values))


# --- reading the trail back (the owner's) --------------------------------------------------------
SHOWN = 500  # lines a screen lists; an export has them all
STREAM = 5000  # lines read at a time while exporting
EXPORT_HEADER = ["when", "staff", "till", "action", "subject", "detail"]


@dataclass(frozen=True)
class AuditFilter:
    """Which lines: one staff member's, one action's (``"staff."``, ending in a dot, is a whole
    family: staff.add, staff.change …), from ``since`` to ``until`` (both days included, in
    shop time). None: no limit on that."""

    staff_id: int | None = None
    action_prefix: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime  # UTC
    local: datetime  # the same instant in shop time
    staff_id: int | None
    staff_name: str  # "" when the program acted on its own
    till: str
    action: str
    subject: str
    detail: dict[str, Any] = field(default_factory=dict)


def audit_actions(session: Session) -> list[str]:
    """The action names the trail holds, for the filter."""
    statement = select(AuditEntry.action).distinct().order_by(col(AuditEntry.action))
    return list(session.exec(statement))


def audit_lines(
    session: Session,
    actor: Actor,
    *,
    staff_id: int | None = None,
    action_prefix: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = SHOWN,
) -> list[AuditLine]:
    """The matching lines, newest first (the owner's: the trail names members and staff)."""
    require(session, actor, Action.READ_AUDIT)
    chosen = AuditFilter(staff_id, action_prefix, since, until)
    return list(_lines(session, chosen, limit))


def export_audit(session: Session, actor: Actor, chosen: AuditFilter, path: str | Path) -> int:
    """Every matching line to CSV (never over the database), newest first; the export is
    itself a line of the trail. Returns the number of lines written."""
    require(session, actor, Action.READ_AUDIT)
    rows = (
        [
            line.local.strftime("%Y-%m-%d %H:%M:%S"),
            line.staff_name,
            line.till,
            line.action,
            line.subject,
            json.dumps(line.detail, ensure_ascii=False, sort_keys=True),
        ]
        for line in _lines(session, chosen, None)
    )
    written = write_csv(path, EXPORT_HEADER, rows, database=database_file(session))
    record(session, actor, "audit.export", Path(path).name, rows=written, **_described(chosen))
    return written


def _described(chosen: AuditFilter) -> dict[str, Any]:
    """The filter an export used, for its own audit line (only what was chosen)."""
    values = {
        "staff_id": chosen.staff_id,
        "what": chosen.action_prefix,  # "action" is record's own argument
        "since": chosen.since.isoformat() if chosen.since else None,
        "until": chosen.until.isoformat() if chosen.until else None,
    }
    return {k: v for k, v in values.items() if v is not None}


def _conditions(chosen: AuditFilter, zone: ZoneInfo) -> list[ColumnElement[bool]]:
    action = col(AuditEntry.action)
    conditions: list[ColumnElement[bool]] = []
    if chosen.staff_id is not None:
        conditions.append(col(AuditEntry.staff_id) == chosen.staff_id)
    if chosen.action_prefix:
        prefix = chosen.action_prefix
        conditions.append(
            action.startswith(prefix, autoescape=True)  # "sign_in": "_" is no wildcard
            if prefix.endswith(".")
            else action == prefix
        )
    if chosen.since is not None:  # the shop's day starts at its own midnight
        start = to_utc(datetime.combine(chosen.since, time.min), zone)
        conditions.append(col(AuditEntry.created_at) >= start)
    if chosen.until is not None:
        end = to_utc(datetime.combine(chosen.until + timedelta(days=1), time.min), zone)
        conditions.append(col(AuditEntry.created_at) < end)
    return conditions


def _lines(session: Session, chosen: AuditFilter, limit: int | None) -> Iterator[AuditLine]:
    zone = rules.load_rules(session).zone
    names = {s.id: s.name for s in session.exec(select(Staff))}
    statement = (
        select(AuditEntry)
        .where(*_conditions(chosen, zone))
        .order_by(col(AuditEntry.created_at).desc(), col(AuditEntry.id).desc())
        .limit(limit)
        .execution_options(yield_per=STREAM)
    )
    for entry in session.exec(statement):
        yield AuditLine(
            id=entry.id or 0,
            at=entry.created_at,
            local=to_local(entry.created_at, zone),
            staff_id=entry.staff_id,
            staff_name=names.get(entry.staff_id, "") if entry.staff_id else "",
            till=entry.origin_till,
            action=entry.action,
            subject=entry.subject,
            detail=_detail(entry.detail, names),
        )


def _detail(text: str, names: dict[int | None, str]) -> dict[str, Any]:
    """The line's details; an approver is shown by name (the line keeps the id)."""
    try:
        detail = json.loads(text)
    except ValueError:
        return {"detail": text}  # never refuse to show a line
    if not isinstance(detail, dict):
        return {"detail": detail}
    if detail.get("approved_by") in names:
        detail["approved_by"] = names[detail["approved_by"]]
    return detail
