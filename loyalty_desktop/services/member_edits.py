"""Changing a member after enrolment: their details (name, phone, birthday, tags, consent), and
a new card number when the card is lost. Each value is checked as enrolment checks it, each
change is one transaction with an audit line, and an anonymised member stays as they are.
Every changed field is also a change row that travels to the other tills
(services/member_changes.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from sqlmodel import Session

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.display import last_digits
from loyalty_desktop.core.errors import DuplicateMember, MemberAnonymised
from loyalty_desktop.services import audit, member_changes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import (
    active_with_phone,
    card_to_issue,
    check_birthday,
    clean_name,
    clean_tags,
    get_member,
    normalise_phone,
)
from loyalty_desktop.store.models import Member, MemberStatus, RetiredCard
from loyalty_desktop.store.models.base import saved_id


class Keep(Enum):
    """A field left as it is (``None`` is a value: no phone, no birthday)."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class MemberChanges:
    """What to change; every field left at KEEP stays as it is."""

    name: str | Keep = KEEP
    phone: str | Keep | None = KEEP  # None or blank: no phone
    birthday: date | Keep | None = KEEP
    tags: str | list[str] | Keep = KEEP  # replaces the member's tags
    marketing_consent: bool | Keep = KEEP


@dataclass(frozen=True)
class MemberEdit:
    """What an edit changed: {field: (old, new)}, empty when nothing did (nothing written)."""

    card: str
    changed: dict[str, tuple[Any, Any]]


@dataclass(frozen=True)
class CardReplacement:
    member_id: int
    name: str
    old_card: str
    new_card: str


def _editable(session: Session, member_id: int) -> Member:
    member = get_member(session, member_id)
    if member.status != MemberStatus.ACTIVE:
        raise MemberAnonymised(card=member.card)
    return member


def _phone(session: Session, member: Member, text: str | None) -> str | None:
    phone = normalise_phone(text) if text and text.strip() else None
    if phone and (other := active_with_phone(session, phone)) and other.id != member.id:
        raise DuplicateMember(field="phone", value=phone, card=other.card, name=other.name)
    return phone


def _checked(session: Session, member: Member, changes: MemberChanges) -> dict[str, Any]:
    """The new value of each field to change, checked as at enrolment (the first bad one
    refuses the whole edit)."""
    values: dict[str, Any] = {}
    if not isinstance(changes.name, Keep):
        values["name"] = clean_name(changes.name)
    if not isinstance(changes.phone, Keep):
        values["phone"] = _phone(session, member, changes.phone)
    if not isinstance(changes.birthday, Keep):
        values["birthday"] = check_birthday(changes.birthday)
    if not isinstance(changes.tags, Keep):
        values["tags"] = clean_tags(changes.tags)
    if not isinstance(changes.marketing_consent, Keep):
        values["marketing_consent"] = bool(changes.marketing_consent)
    return values


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


# Never written to the audit trail, which nothing can change: an erased member's words would
# outlive the erasure. The line says they changed; the phone keeps its last 4 digits.
PERSONAL_WORDS = ("name", "birthday", "tags")


def _audited(changed: dict[str, tuple[Any, Any]]) -> dict[str, Any]:
    """An edit as its audit line tells it: which personal fields changed, the phone's last 4
    digits, the consent's old and new value."""
    detail: dict[str, Any] = {}
    if words := [field for field in PERSONAL_WORDS if field in changed]:
        detail["changed"] = words
    if "phone" in changed:
        detail["phone"] = [last_digits(phone) for phone in changed["phone"]]
    if "marketing_consent" in changed:
        detail["marketing_consent"] = list(changed["marketing_consent"])
    return detail


def edit_member(
    session: Session, actor: Actor, member_id: int, changes: MemberChanges
) -> MemberEdit:
    """Change a member's details in one transaction, audited without their personal words."""
    member = _editable(session, member_id)
    values = _checked(session, member, changes)
    changed = {f: (getattr(member, f), v) for f, v in values.items() if getattr(member, f) != v}
    if not changed:
        return MemberEdit(member.card, {})
    # Each changed field is a change that travels to the other tills; the member's fields
    # are then set from them, as a sync import sets them.
    member_changes.record(session, actor, member_id, {f: new for f, (_old, new) in changed.items()})
    member_changes.apply_latest(session, actor, [member_id])
    audit.record(
        session,
        actor,
        "member.edit",
        member.card,
        **_audited(changed),
    )
    return MemberEdit(member.card, {f: (_plain(o), _plain(n)) for f, (o, n) in changed.items()})


def replace_card(
    session: Session, actor: Actor, member_id: int, new_card: str | None = None
) -> CardReplacement:
    """Give a member a new card number (``new_card``: one from pre-printed stock, checked; else
    a generated one). The old number is retired: refused from then on and never given out
    again. Sales, points and coupons are the member's, by id, and stay with them."""
    member = _editable(session, member_id)
    card = card_to_issue(session, new_card)
    old = member.card
    session.add(
        RetiredCard(
            card=old,
            member_id=saved_id(member),
            retired_at=utcnow(),
            retired_by=actor.staff_id,
            origin_till=actor.till_id,
        )
    )
    member_changes.record(session, actor, member_id, {"card": card})
    member_changes.apply_latest(session, actor, [member_id])
    audit.record(session, actor, "member.replace_card", card, old=old, new=card)
    return CardReplacement(saved_id(member), member.name, old, card)
