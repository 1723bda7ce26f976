"""Members: enrolment, phone normalisation, lookup by card / phone / last 4 digits / name."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_
from sqlmodel import Session, select

from loyalty_desktop.clock import utcnow
from loyalty_desktop.errors import DuplicateMember, InvalidCard, InvalidInput, MemberNotFound
from loyalty_desktop.models import Member, MemberStatus, Sale
from loyalty_desktop.services import audit, cards
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import enrolment_bonus
from loyalty_desktop.services.expiry import expiring_soon
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.tiers import tier_name

MAX_FIND = 50
_PHONE_JUNK = re.compile(r"[\s\-().]")
_TAG_SPLIT = re.compile(r"[;；,，]")
_ASCII_DIGITS = re.compile(r"^[0-9]+$")
_CN_MOBILE_WITH_86 = re.compile(r"^861[3-9][0-9]{9}$")
_SCIENTIFIC = re.compile(r"^[0-9.]+[eE][+-]?[0-9]+$")
_CARD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def normalise_phone(text: str) -> str:
    """'+86 138-0013-8000', '86 13800138000' or full-width '１３８…' -> '13800138000'.
    Other country codes keep their '+'."""
    cleaned = _PHONE_JUNK.sub("", unicodedata.normalize("NFKC", str(text)))
    for prefix in ("+86", "0086"):
        if cleaned.startswith(prefix):
            cleaned = cleaned[len(prefix) :]
            break
    if _CN_MOBILE_WITH_86.match(cleaned):
        cleaned = cleaned[2:]
    international = cleaned.startswith("+")
    digits = cleaned[1:] if international else cleaned
    if not _ASCII_DIGITS.match(digits) or not 5 <= len(digits) <= 15:
        raise InvalidInput(field="phone", reason=f"{text!r} is not a phone number")
    return ("+" if international else "") + digits


def check_legacy_card(card: str) -> str:
    """A card number from a previous system is kept as it is — if it is one. Excel turns long
    numbers into "8.05191E+11", which would match no card ever scanned."""
    check_length("card", card, Member.card)
    if _SCIENTIFIC.match(card):
        raise InvalidInput(
            field="card",
            reason=f"{card!r} looks like a number Excel rewrote; "
            "format the column as text and export again",
        )
    if not _CARD.match(card):
        raise InvalidInput(field="card", reason=f"{card!r} may only hold letters, digits and -")
    return card


def normalise_tags(text: str | list[str]) -> str:
    parts = text if isinstance(text, list) else _TAG_SPLIT.split(text or "")
    seen: dict[str, None] = {}
    for part in parts:
        if part.strip():
            seen.setdefault(part.strip(), None)
    return ";".join(seen)


def _clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise InvalidInput(field="name", reason="is required")
    check_length("name", cleaned, Member.name)
    return cleaned


def _active_with_phone(session: Session, phone: str) -> Member | None:
    return session.exec(
        select(Member).where(Member.phone == phone, Member.status == MemberStatus.ACTIVE)
    ).first()


def _new_card(session: Session) -> str:
    while True:
        card = cards.generate_card()
        if session.exec(select(Member.id).where(Member.card == card)).first() is None:
            return card


@dataclass(frozen=True)
class Enrolment:
    name: str
    phone: str | None = None
    birthday: date | None = None
    marketing_consent: bool = False
    card: str | None = None  # a card from a previous system, kept as it is
    referrer: str | None = None  # card or phone of the member who referred them
    tags: str = ""
    enrolled_at: datetime | None = None
    bonus: bool = True  # the enrolment bonus; a member carried over from a file is not new


def enrol(session: Session, actor: Actor, data: Enrolment) -> Member:
    """Create a member; duplicate card or phone is refused naming the member who has it."""
    name = _clean_name(data.name)
    phone = normalise_phone(data.phone) if data.phone else None
    if phone and (other := _active_with_phone(session, phone)):
        raise DuplicateMember(field="phone", value=phone, card=other.card, name=other.name)
    card = check_legacy_card(data.card.strip()) if (data.card or "").strip() else ""
    if card:
        if other := session.exec(select(Member).where(Member.card == card)).first():
            raise DuplicateMember(field="card", value=card, card=other.card, name=other.name)
    else:
        card = _new_card(session)
    if data.birthday and data.birthday > utcnow().date():
        raise InvalidInput(field="birthday", reason="is in the future")
    tags = normalise_tags(data.tags)
    check_length("tags", tags, Member.tags)
    referrer = identify(session, data.referrer) if data.referrer else None
    now = utcnow()
    member = Member(
        card=card,
        name=name,
        phone=phone,
        phone_last4=phone[-4:] if phone else None,
        birthday=data.birthday,
        tags=tags,
        marketing_consent=data.marketing_consent,
        consent_at=now if data.marketing_consent else None,
        enrolled_at=data.enrolled_at or now,
        referred_by_id=referrer.id if referrer else None,
        origin_till=actor.till_id,
        created_by=actor.staff_id,
    )
    session.add(member)
    session.flush()
    audit.record(session, actor, "member.enrol", member.card, name=name)
    if data.bonus:
        enrolment_bonus(session, actor, load_rules(session), member)
    return member


def identify(session: Session, query: str) -> Member:
    """Exactly one active member by card or full phone number (what a scan or a CLI gives)."""
    text = str(query).strip()
    member = session.exec(select(Member).where(Member.card == text)).first()
    if member is None and cards.looks_like_ours(text) and not cards.check_digit_ok(text):
        raise InvalidCard(card=text)
    if member is None:
        try:
            member = _active_with_phone(session, normalise_phone(text))
        except InvalidInput:
            member = None
    if member is None or member.status != MemberStatus.ACTIVE:
        raise MemberNotFound(query=text)
    return member


def _matching(text: str, card_prefix: bool = False) -> list:  # type: ignore[type-arg]
    """Card (exact, or its beginning when browsing), full phone, last 4 digits of the phone,
    or part of the name."""
    conditions = [
        Member.card.startswith(text, autoescape=True) if card_prefix else Member.card == text,
        func.lower(Member.name).contains(text.lower(), autoescape=True),
    ]
    if text.isdigit() and len(text) == 4:
        conditions.append(Member.phone_last4 == text)
    with contextlib.suppress(InvalidInput):
        conditions.append(Member.phone == normalise_phone(text))
    return [Member.status == MemberStatus.ACTIVE, or_(*conditions)]


def find_members(session: Session, query: str, limit: int = MAX_FIND) -> list[Member]:
    """The till's search: card, full phone, last 4 digits of the phone, or part of the name."""
    text = " ".join(str(query).split())
    if not text:
        return []
    statement = select(Member).where(*_matching(text)).order_by(Member.name, Member.id)
    found = list(session.exec(statement.limit(limit)))
    if not found and cards.looks_like_ours(text) and not cards.check_digit_ok(text):
        raise InvalidCard(card=text)
    return found


SORTABLE = {
    "card": Member.card,
    "name": Member.name,
    "phone": Member.phone,
    "balance": Member.balance,
    "enrolled_at": Member.enrolled_at,
}


def _browse_filter(query: str) -> list:  # type: ignore[type-arg]
    text = " ".join(str(query).split())
    return _matching(text, card_prefix=True) if text else [Member.status == MemberStatus.ACTIVE]


def count_members(session: Session, query: str = "") -> int:
    return session.exec(select(func.count(Member.id)).where(*_browse_filter(query))).one()


def browse_members(
    session: Session,
    query: str = "",
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[Member]:
    """One page of the member list, for a table that fetches lazily as it scrolls."""
    column = SORTABLE[sort]
    order = column.desc() if descending else column.asc()
    tie = Member.id.desc() if descending else Member.id.asc()  # type: ignore[union-attr]
    statement = select(Member).where(*_browse_filter(query)).order_by(order, tie)
    return list(session.exec(statement.offset(offset).limit(limit)))


@dataclass(frozen=True)
class Visits:
    count: int
    last_visit: datetime | None


def visits(session: Session, member_ids: list[int]) -> dict[int, Visits]:
    """Number of sales and time of the last one, for each member id (one grouped query)."""
    rows = session.exec(
        select(Sale.member_id, func.count(Sale.id), func.max(Sale.created_at))
        .where(Sale.member_id.in_(member_ids))  # type: ignore[union-attr]
        .group_by(Sale.member_id)
    ).all()
    found = {row[0]: Visits(row[1], row[2]) for row in rows}
    return {mid: found.get(mid, Visits(0, None)) for mid in member_ids}


@dataclass(frozen=True)
class MemberCard:
    """Everything the till shows about a member, read in one go."""

    id: int
    card: str
    name: str
    phone: str | None
    balance: int
    tier: str
    flagged: bool
    visits: int
    last_visit: datetime | None
    birthday: date | None
    enrolled_at: datetime
    benefits: str  # the tier's benefits text, shown at the till
    expiring: tuple[tuple[date, int], ...]  # (date, points) lapsing within 30 days


def member_card(session: Session, member_id: int) -> MemberCard:
    member = session.get(Member, member_id)
    if member is None:
        raise MemberNotFound(query=str(member_id))
    seen = visits(session, [member_id])[member_id]
    rules = load_rules(session)
    return MemberCard(
        id=member_id,
        card=member.card,
        name=member.name,
        phone=member.phone,
        balance=member.balance,
        tier=tier_name(member, rules),
        flagged=member.flagged,
        visits=seen.count,
        last_visit=seen.last_visit,
        birthday=member.birthday,
        enrolled_at=member.enrolled_at,
        benefits=rules.tiers.level(member.tier).benefits,
        expiring=tuple(expiring_soon(session, member_id)),
    )
