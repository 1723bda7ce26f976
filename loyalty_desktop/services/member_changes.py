"""A member's profile as facts that travel between tills (issue 16): every change of a field
(name, phone, birthday, tags, marketing consent, card, erasure) is a ``MemberChange`` row,
written in the transaction of the edit, and a member's fields are those of their latest change
(last writer wins per field: the latest ``changed_at``, then the till, so every till picks the
same). ``apply_latest`` sets them, after a local edit and after a sync import alike; a field
never changed keeps the value the member was enrolled with.

Erasure wins over every change whatever its time: an erased member stays anonymised, and the
values of their changes are blanked here (and on every till the erasure reaches).

The conflict log is read from the same facts, so it is the same on every till that has them:
a change that nobody replaced knowingly (its ``replaces``) and that is followed by another of a
different value lost to it while both tills were offline (``conflict_log``).

A phone is one active member's: when the latest phones of two members are the same, the member
enrolled first keeps it and the other's is cleared by a change of its own, which travels (every
till that sees the same clash writes the same row, by its uuid).
"""

from __future__ import annotations

import uuid as uuids
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import groupby, pairwise
from typing import Any

from sqlalchemy import Column, select, update
from sqlmodel import Session, col
from sqlmodel import select as orm_select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rules import ERASED_MEMBER_NAME
from loyalty_desktop.services.sync.tables import read_value, write_value
from loyalty_desktop.store import name_index
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.models import (
    FollowUp,
    Member,
    MemberChange,
    MemberStatus,
    RetiredCard,
    SurveyResponse,
)
from loyalty_desktop.store.models.base import table_of

FIELDS = ("name", "phone", "birthday", "tags", "marketing_consent", "card")
ERASED = "erased"  # the member was erased (no value)
_TICK = timedelta(microseconds=1)
_CLASH = uuids.UUID("5d1c3a62-6b0e-4d2a-9a57-4f6c3c1f0a16")  # names the rows a clash writes


def _column(field: str) -> Column[Any]:
    return table_of(Member).c[field]


def encode(value: Any) -> str | None:
    """A field's value as a change row keeps it (and a sync package writes it)."""
    return None if value is None else write_value(value)


def decode(field: str, text: str | None) -> Any:
    """A change row's value as the member's column stores it; ValueError if it is not one."""
    return None if text is None else read_value(_column(field), text)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _order(change: Any) -> tuple[datetime, str, str]:
    """Last writer wins: the latest time, then the till (then the uuid), the same everywhere."""
    return _aware(change.changed_at), change.origin_till, change.uuid


def bad_row(rows: list[dict[str, Any]]) -> int | None:
    """The index of the first change row of a package that is not one (an unknown field, a
    value its field cannot hold), or None. A blank value is an erased member's (blanked at its
    till, perhaps by an erasure made elsewhere): it is never applied."""
    for index, row in enumerate(rows):
        field, text = row["field"], row["value"]
        if field not in FIELDS and (field != ERASED or text is not None):
            return index
        try:
            decode(field, text)
        except ValueError:
            return index
    return None


def _changes(session: Session, member_ids: Iterable[int] | None) -> Iterator[Any]:
    """Change rows of these members (all members: None), member by member, field by field, in
    their order."""
    table = table_of(MemberChange)
    parts = [None] if member_ids is None else id_chunks(member_ids)
    for part in parts:
        statement = select(table)
        if part is not None:
            statement = statement.where(table.c.member_id.in_(part))
        rows = session.connection().execute(statement.order_by(table.c.member_id)).all()
        yield from sorted(rows, key=lambda r: (r.member_id, r.field, *_order(r)))


def _latest(session: Session, member_id: int, field: str) -> Any | None:
    rows = [r for r in _changes(session, [member_id]) if r.field == field]
    return rows[-1] if rows else None


def record(session: Session, actor: Actor, member_id: int, values: dict[str, Any]) -> None:
    """One change row per field, each after the field's latest change (a till whose clock is
    behind another's still makes its own edit the latest)."""
    now = utcnow()
    for field, value in values.items():
        current = _latest(session, member_id, field)
        at = now if current is None else max(now, _aware(current.changed_at) + _TICK)
        session.add(
            MemberChange(
                member_id=member_id,
                field=field,
                value=encode(value),
                changed_at=at,
                replaces=current.uuid if current is not None else None,
                staff_id=actor.staff_id or None,
                origin_till=actor.till_id,
            )
        )
    session.flush()


def blank_survey_words(session: Session, member_id: int) -> tuple[int, int]:
    """Blank what the member wrote in the survey and the notes of calling them back. Answers
    are otherwise final (an ORM guard refuses edits), so this one change is a direct UPDATE of
    the comment alone; the scores stay for the report."""
    answers = orm_select(SurveyResponse.id).where(SurveyResponse.member_id == member_id)
    comments = session.execute(
        update(table_of(SurveyResponse))
        .where(col(SurveyResponse.member_id) == member_id, col(SurveyResponse.comment) != "")
        .values(comment="")
    )
    notes = session.execute(
        update(table_of(FollowUp))
        .where(col(FollowUp.response_id).in_(answers), col(FollowUp.notes) != "")
        .values(notes="")
    )
    return comments.rowcount, notes.rowcount  # type: ignore[attr-defined]


def anonymise(session: Session, member: Member) -> tuple[int, int]:
    """The member's personal details gone: a neutral name, no phone, birthday or tags, consent
    withdrawn, the values of their changes and their survey words blanked. Returns the survey
    comments and follow-up notes blanked."""
    member.name = ERASED_MEMBER_NAME
    member.phone = member.phone_last4 = member.birthday = None
    member.tags = ""
    member.marketing_consent, member.consent_at = False, None
    member.status = MemberStatus.ANONYMISED
    session.flush()
    name_index.purge(session.connection())  # the old name out of the search index's pages
    changes = table_of(MemberChange)
    session.connection().execute(
        update(changes)
        .where(changes.c.member_id == member.id, changes.c.value.is_not(None))
        .values(value=None)
    )
    return blank_survey_words(session, member.id or 0)


def apply_latest(session: Session, actor: Actor, member_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Set each member's fields to their latest change (an erased member: anonymised). Returns
    the phone clashes found (the member enrolled first keeps the phone)."""
    clashes: list[dict[str, Any]] = []
    for member_id, group in groupby(_changes(session, member_ids), key=lambda r: r.member_id):
        rows = list(group)
        latest = {row.field: row for row in rows}
        member = session.get_one(Member, member_id)
        if ERASED in latest or member.status != MemberStatus.ACTIVE:
            anonymise(session, member)
            continue
        _retire_lost_cards(session, actor, member, rows)
        for field, change in latest.items():
            value = decode(field, change.value)
            if field == "phone":
                clashes += _set_phone(session, actor, member, value)
            elif value is not None or _column(field).nullable:
                setattr(member, field, value)
            if field == "marketing_consent":  # when the consent now on record was given
                member.consent_at = _aware(change.changed_at) if member.marketing_consent else None
        session.flush()
    return clashes


def _retire_lost_cards(session: Session, actor: Actor, member: Member, rows: list[Any]) -> None:
    """A card given at a till whose replacement lost to another till's is retired too (the
    same row on every till), so it is refused, as replaced, everywhere."""
    cards = [row for row in rows if row.field == "card"]
    lost = {row.value for row in cards[:-1]} - {cards[-1].value if cards else None, None}
    if not lost:
        return
    retired = table_of(RetiredCard)
    here = select(retired.c.card).where(retired.c.card.in_(lost))
    for card in sorted(lost - set(session.connection().execute(here).scalars())):
        session.add(
            RetiredCard(
                uuid=str(uuids.uuid5(_CLASH, f"card:{card}")),
                card=card,
                member_id=member.id or 0,
                retired_at=_aware(cards[-1].changed_at),
                origin_till=actor.till_id,
            )
        )
    session.flush()


def _set_phone(
    session: Session, actor: Actor, member: Member, phone: str | None
) -> list[dict[str, Any]]:
    if phone == member.phone:
        return []
    other = None
    if phone is not None:
        other = session.exec(
            orm_select(Member).where(
                Member.phone == phone, Member.status == MemberStatus.ACTIVE, Member.id != member.id
            )
        ).first()
    if other is not None:
        first = min((_aware(m.enrolled_at), m.uuid, m) for m in (member, other))[2]
        loser = member if first is other else other
        lose_phone(session, actor, loser, phone)
        if loser is member:
            return [{"kind": "phone", "phone": phone, "cleared": member.uuid}]
        clash = [{"kind": "phone", "phone": phone, "cleared": other.uuid}]
    else:
        clash = []
    member.phone, member.phone_last4 = phone, phone[-4:] if phone else None
    session.flush()
    return clash


def lose_phone(session: Session, actor: Actor, member: Member, phone: str | None) -> None:
    """Clear the member's phone, another active member's now, by a change that travels: just
    after the change that gave them this phone (or their enrolment), its uuid made of both, so
    that every till that sees the same clash writes the same row once."""
    gave = _latest(session, member.id or 0, "phone")
    if gave is not None and decode("phone", gave.value) != phone:
        return  # they have another phone since (a change of the same import)
    since = _aware(gave.changed_at if gave is not None else member.enrolled_at)
    key = uuids.uuid5(_CLASH, f"{member.uuid}:{phone}:{gave.uuid if gave else ''}")
    found = orm_select(MemberChange.id).where(MemberChange.uuid == str(key))
    if session.exec(found).first() is None:
        session.add(
            MemberChange(
                uuid=str(key),
                member_id=member.id or 0,
                field="phone",
                value=None,
                changed_at=since + _TICK,
                replaces=gave.uuid if gave is not None else None,
                origin_till=actor.till_id,
            )
        )
    member.phone = member.phone_last4 = None
    session.flush()


def conflict_log(session: Session, member_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """Each change lost to a later one of a different value made without knowing it (both
    offline), with the change it lost to: the same on every till that has the same changes."""
    cards = {}
    log = []
    for (member_id, field), group in groupby(
        _changes(session, member_ids), key=lambda r: (r.member_id, r.field)
    ):
        if field == ERASED:
            continue
        rows = list(group)
        replaced = {r.replaces for r in rows}
        for lost, won in pairwise(rows):
            if lost.uuid in replaced or lost.value == won.value:
                continue
            if member_id not in cards:
                cards[member_id] = session.get_one(Member, member_id).card
            log.append(
                {
                    "kind": "edit",
                    "member": cards[member_id],
                    "field": field,
                    "lost": lost.value,
                    "lost_at": write_value(lost.changed_at),
                    "lost_till": lost.origin_till,
                    "lost_uuid": lost.uuid,
                    "won": won.value,
                    "won_at": write_value(won.changed_at),
                    "won_till": won.origin_till,
                    "won_uuid": won.uuid,
                }
            )
    return log


def drifted(session: Session) -> Iterator[tuple[str, str]]:
    """(card, field) of each member whose field is not their latest change's value, or who
    was erased yet is active or has a change value left (for ``loyalty check``)."""
    table, members = table_of(MemberChange), table_of(Member)
    ids = session.connection().execute(select(table.c.member_id).distinct()).scalars().all()
    for part in id_chunks(ids):
        stored = {
            row.id: row
            for row in session.connection().execute(select(members).where(members.c.id.in_(part)))
        }
        for member_id, group in groupby(_changes(session, part), key=lambda r: r.member_id):
            rows, member = list(group), stored[member_id]
            latest = {r.field: r for r in rows}
            if ERASED in latest or member.status != MemberStatus.ACTIVE:
                if member.status == MemberStatus.ACTIVE or any(r.value for r in rows):
                    yield member.card, ERASED
                continue
            for field, change in latest.items():
                value = decode(field, change.value)
                kept = value is not None or _column(field).nullable  # else never applied
                if kept and member._mapping[field] != value:
                    yield member.card, field


def edit_conflicts(session: Session, actor: Actor) -> list[dict[str, Any]]:
    """The conflict log, for the owner or a manager (it names members' old values)."""
    require(session, actor, Action.SYNC)
    return conflict_log(session)
