"""A once-only bonus two tills both gave offline (a birthday bonus of the same year): one
bonus stands, the other is taken back by a visible ledger entry, never silently dropped.

The bonus given first (by time, then uuid: the same answer on every till) stands. The later one
is taken back by the till that gave it, and only by that till, when it learns of the first:
its entry carries a once-only key of its own, so it is written once and travels like any other.
Another till that sees both reports the conflict and waits for that entry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from loyalty_desktop.services import audit, notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry
from loyalty_desktop.store.models.base import table_of

BIRTHDAY = "birthday:"  # the once-only keys that mean the same on every till
REVERSED = "reversed:"


def settle(session: Session, actor: Actor, conflicts: list[dict[str, Any]]) -> None:
    """Decide each once-only conflict (adding who takes back which entry to its report), and
    take back the ones this till gave."""
    entries = table_of(PointsEntry)
    for conflict in conflicts:
        if conflict["kind"] != "once_only" or not conflict["key"].startswith(BIRTHDAY):
            continue
        both = (
            session.connection()
            .execute(
                select(entries).where(entries.c.uuid.in_([conflict["entry"], conflict["kept"]]))
            )
            .mappings()
        )
        later = max(both, key=lambda row: (row["created_at"], row["uuid"]))
        conflict.update(taken_back=later["uuid"], by_till=later["origin_till"])
        if later["origin_till"] == actor.till_id:
            _take_back(session, actor, later, conflict["key"])


def _take_back(session: Session, actor: Actor, entry: Any, key: str) -> None:
    note = notes.written(notes.BONUS_TWICE, year=key.removeprefix(BIRTHDAY))
    post_entry(
        session,
        actor,
        entry["member_id"],
        EntryKind.ADJUST,
        -entry["points"],
        note=note,
        dedupe_key=f"{REVERSED}{entry['uuid']}",
    )
    card = session.get_one(Member, entry["member_id"]).card
    audit.record(session, actor, "points.adjust", card, points=-entry["points"], reason=note)
