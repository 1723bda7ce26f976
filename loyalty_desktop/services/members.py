"""Members: enrolment, phone normalisation, lookup by card / phone / last 4 digits / name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, bindparam, func, insert, tuple_, union_all
from sqlmodel import Session, col, select

from loyalty_desktop.core import display
from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import (
    CardErased,
    CardReplaced,
    DuplicateMember,
    InvalidCard,
    InvalidInput,
    LoyaltyError,
    MemberNotFound,
)
from loyalty_desktop.services import audit, cards
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import enrolment_bonus
from loyalty_desktop.services.expiry import expiring_soon
from loyalty_desktop.services.lengths import check_length, search_text
from loyalty_desktop.services.permissions import Action, can
from loyalty_desktop.services.personal import Personal, personal
from loyalty_desktop.services.points import history
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.sales import recent_sales
from loyalty_desktop.services.tiers import tier_name
from loyalty_desktop.store import name_index
from loyalty_desktop.store.batches import chunks, id_chunks
from loyalty_desktop.store.models import Member, MemberStatus, RetiredCard, Sale
from loyalty_desktop.store.models.base import new_uuid, table_of
from loyalty_desktop.store.name_index import LAST_CHARACTER

MAX_FIND = 50
_MEMBERS = table_of(Member)
_PHONE_JUNK = re.compile(r"[\s\-().]")
_TAG_SPLIT = re.compile(r"[;；,，]")
_CN_MOBILE_WITH_86 = re.compile(r"^861[3-9][0-9]{9}$")
_CN_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
_CN_LANDLINE = re.compile(r"^0[1-9][0-9]{1,2}[0-9]{7,8}$")  # 0 + area code + 7-8 digits
_INTERNATIONAL = re.compile(r"^\+[1-9][0-9]{6,14}$")  # E.164
# What earlier versions accepted and may have stored: still found when searched for.
_STORED_PHONE = re.compile(r"^\+?[0-9]{5,15}$")
_SCIENTIFIC = re.compile(r"^[0-9.]+[eE][+-]?[0-9]+$")
_CARD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def _clean_phone(text: str) -> str:
    """Drop separators, full-width digits and China's +86 / 0086 / 86 prefix."""
    cleaned = _PHONE_JUNK.sub("", unicodedata.normalize("NFKC", str(text)))
    for prefix in ("+86", "0086"):
        if cleaned.startswith(prefix):
            rest = cleaned[len(prefix) :]
            # Written for callers from abroad a landline drops its 0: +86 10 8888 6666.
            landline = "0" + rest
            if _CN_MOBILE.match(rest) or not _CN_LANDLINE.match(landline):
                return rest
            return landline
    return cleaned[2:] if _CN_MOBILE_WITH_86.match(cleaned) else cleaned


def normalise_phone(text: str) -> str:
    """'+86 138-0013-8000', '86 13800138000' or full-width '１３８…' -> '13800138000';
    '(010) 8888-6666' -> '01088886666'. Other country codes keep their '+'."""
    phone = _clean_phone(text)
    if not any(rule.match(phone) for rule in (_CN_MOBILE, _CN_LANDLINE, _INTERNATIONAL)):
        raise InvalidInput(field="phone", reason="not_a_phone", text=text)
    return phone


def _phone_to_find(text: str) -> str | None:
    """The phone a search means, if it can be one (also the shorter numbers stored before
    phones were checked, so that those members can still be found)."""
    phone = _clean_phone(text)
    return phone if _STORED_PHONE.match(phone) else None


def shown_phone(phone: str | None, role: str | None) -> str | None:
    """A member's phone as ``role`` may see it: in full for the roles that call members back,
    masked for everyone else (enough to confirm with the customer, not to copy)."""
    return phone if can(role, Action.SEE_PHONES) else (phone and display.mask_phone(phone))


def check_legacy_card(card: str) -> str:
    """A card number from a previous system is kept as it is — if it is one. Excel turns long
    numbers into "8.05191E+11", which would match no card ever scanned."""
    check_length("card", card, col(Member.card))
    if _SCIENTIFIC.match(card):
        raise InvalidInput(field="card", reason="excel_card", text=card)
    if not _CARD.match(card):
        raise InvalidInput(field="card", reason="card_characters", text=card)
    return card


def normalise_tags(text: str | list[str]) -> str:
    parts = text if isinstance(text, list) else _TAG_SPLIT.split(text or "")
    seen: dict[str, None] = {}
    for part in parts:
        if part.strip():
            seen.setdefault(part.strip(), None)
    return ";".join(seen)


def clean_tags(text: str | list[str]) -> str:
    tags = normalise_tags(text)
    check_length("tags", tags, col(Member.tags))
    return tags


def clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise InvalidInput(field="name", reason="required")
    check_length("name", cleaned, col(Member.name))
    return cleaned


def check_birthday(birthday: date | None) -> date | None:
    if birthday and birthday > utcnow().date():
        raise InvalidInput(field="birthday", reason="in_future")
    return birthday


def active_with_phone(session: Session, phone: str) -> Member | None:
    return session.exec(
        select(Member).where(Member.phone == phone, Member.status == MemberStatus.ACTIVE)
    ).first()


def was_retired(session: Session, card: str) -> bool:
    """Whether ``card`` was replaced by a new card (it is never valid again)."""
    retired = select(RetiredCard.id).where(RetiredCard.card == card)
    return session.exec(retired).first() is not None


def _taken(session: Session, card: str) -> bool:
    member = session.exec(select(Member.id).where(Member.card == card)).first()
    return member is not None or was_retired(session, card)


def new_card_number(session: Session) -> str:
    """A generated card number that no member has and no replaced card had."""
    while True:
        card = cards.generate_card()
        if not _taken(session, card):
            return card


def card_to_issue(session: Session, given: str | None) -> str:
    """``given`` (a number from a previous system or pre-printed stock, checked) if nobody has
    it and it never belonged to a replaced card; a new number if none is given."""
    text = (given or "").strip()
    if not text:
        return new_card_number(session)
    card = check_legacy_card(text)
    if other := session.exec(select(Member).where(Member.card == card)).first():
        raise DuplicateMember(field="card", value=card, card=other.card, name=other.name)
    if was_retired(session, card):
        raise InvalidInput(field="card", reason="card_retired", text=card)
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


@dataclass(frozen=True)
class Enrolled:
    """A member ``enrol_many`` wrote."""

    id: int
    card: str
    enrolled_at: datetime


def enrol(session: Session, actor: Actor, data: Enrolment) -> Member:
    """Create a member; duplicate card or phone is refused naming the member who has it."""
    [result] = enrol_many(session, actor, [data])
    if isinstance(result, LoyaltyError):
        raise result
    return session.get_one(Member, result.id)


def enrol_many(
    session: Session, actor: Actor, batch: Sequence[Enrolment]
) -> list[Enrolled | LoyaltyError]:
    """Enrol a batch of members with one multi-row INSERT and one run of audit lines (the
    writer of ``enrol`` and of the members import). Each enrolment is checked as if the ones
    before it were already members; a refused one comes back as its error, in its place."""
    taken = _Taken.read(session, batch)
    now = utcnow()
    checked: list[dict[str, Any] | LoyaltyError] = []
    for data in batch:
        try:
            row = _new_member(session, actor, data, taken, now)
        except LoyaltyError as error:
            checked.append(error)
            continue
        taken.note(row)
        checked.append(row)
    rows = [row for row in checked if isinstance(row, dict)]
    ids = _insert_members(session, rows)
    cards = [row["card"] for row in rows]
    audit.record_each(session, actor, "member.enrol", cards)  # the card alone: nothing personal
    results: list[Enrolled | LoyaltyError] = [
        row
        if isinstance(row, LoyaltyError)
        else Enrolled(ids[row["uuid"]], row["card"], row["enrolled_at"])
        for row in checked
    ]
    rules = None
    for data, result in zip(batch, results, strict=True):
        if data.bonus and isinstance(result, Enrolled):
            rules = rules or load_rules(session)
            enrolment_bonus(session, actor, rules, result.id, result.enrolled_at)
    return results


def _insert_members(session: Session, rows: list[dict[str, Any]]) -> dict[str, int]:
    """One INSERT … VALUES (…), (…) RETURNING for the rows (the name index's triggers fire);
    each row's id by its uuid."""
    if not rows:
        return {}
    session.flush()  # what the caller added before, first (a referrer, say)
    statement = insert(_MEMBERS).returning(_MEMBERS.c.uuid, _MEMBERS.c.id)
    return {uuid: member_id for uuid, member_id in session.execute(statement, rows)}


def _new_member(
    session: Session, actor: Actor, data: Enrolment, taken: _Taken, now: datetime
) -> dict[str, Any]:
    """The member row ``data`` describes, checked in ``enrol``'s order (the first failure is
    the one reported)."""
    name = clean_name(data.name)
    phone = normalise_phone(data.phone) if data.phone else None
    if phone and (other := taken.phones.get(phone)):
        raise DuplicateMember(field="phone", value=phone, card=other[0], name=other[1])
    card = taken.card_for(session, data.card)
    check_birthday(data.birthday)
    tags = clean_tags(data.tags)
    referrer = identify(session, data.referrer) if data.referrer else None
    return {
        "uuid": new_uuid(),
        "origin_till": actor.till_id,
        "card": card,
        "name": name,
        "phone": phone,
        "phone_last4": phone[-4:] if phone else None,
        "birthday": data.birthday,
        "tags": tags,
        "marketing_consent": data.marketing_consent,
        "consent_at": now if data.marketing_consent else None,
        "enrolled_at": data.enrolled_at or now,
        "status": MemberStatus.ACTIVE.value,
        "referred_by_id": referrer.id if referrer else None,
        "balance": 0,
        "tier": "",
        "created_by": actor.staff_id,
        "usual_gap": None,
    }


@dataclass
class _Taken:
    """What a batch of enrolments must not reuse, read once for the batch: active members'
    phones and every member's card (each with the card and name of who has it), the replaced
    cards, and generated card numbers checked free; the batch's own members are added as they
    are accepted."""

    phones: dict[str, tuple[str, str]]
    cards: dict[str, tuple[str, str]]
    retired: set[str]
    fresh: list[str]

    @classmethod
    def read(cls, session: Session, batch: Sequence[Enrolment]) -> _Taken:
        phones = {p for d in batch if d.phone and (p := _or_none(normalise_phone, d.phone))}
        given = {c for d in batch if (c := _or_none(check_legacy_card, (d.card or "").strip()))}
        candidates = {cards.generate_card() for d in batch if not (d.card or "").strip()}
        holders = col(Member.phone), col(Member.card), col(Member.name)
        active = col(Member.status) == MemberStatus.ACTIVE
        found_phones = {
            phone: (card, name)
            for part in chunks(sorted(phones))
            for phone, card, name in session.exec(
                select(*holders).where(active, col(Member.phone).in_(part))
            )
            if phone
        }
        found_cards = {
            card: (card, name)
            for part in chunks(sorted(given | candidates))
            for _phone, card, name in session.exec(
                select(*holders).where(col(Member.card).in_(part))
            )
        }
        retired = {
            card
            for part in chunks(sorted(given | candidates))
            for card in session.exec(
                select(RetiredCard.card).where(col(RetiredCard.card).in_(part))
            )
        }
        fresh = sorted(candidates - set(found_cards) - retired)
        return cls(found_phones, found_cards, retired, fresh)

    def card_for(self, session: Session, given: str | None) -> str:
        """``given`` (checked as ``card_to_issue`` checks it), else a new number."""
        text = (given or "").strip()
        if not text:
            return self._new_card(session)
        card = check_legacy_card(text)
        if other := self.cards.get(card):
            raise DuplicateMember(field="card", value=card, card=other[0], name=other[1])
        if card in self.retired:
            raise InvalidInput(field="card", reason="card_retired", text=card)
        return card

    def _new_card(self, session: Session) -> str:
        while self.fresh:
            card = self.fresh.pop()
            if card not in self.cards:
                return card
        while (card := new_card_number(session)) in self.cards:
            pass
        return card

    def note(self, row: dict[str, Any]) -> None:
        """A member row of the batch, accepted."""
        if row["phone"]:
            self.phones[row["phone"]] = (row["card"], row["name"])
        self.cards[row["card"]] = (row["card"], row["name"])


def _or_none(check: Callable[[str], str], text: str) -> str | None:
    """``check(text)``, or None when it refuses (the refusal is reported in its row's turn)."""
    try:
        return check(text) if text else None
    except LoyaltyError:
        return None


def _refuse_replaced(session: Session, text: str) -> None:
    """A lost card that was replaced, or the card of an erased member, says so, rather than
    "not found"."""
    if was_retired(session, text):
        raise CardReplaced(card=text)
    erased = select(Member.id).where(Member.card == text, Member.status != MemberStatus.ACTIVE)
    if session.exec(erased).first() is not None:
        raise CardErased(card=text)


def identify(session: Session, query: str) -> Member:
    """Exactly one active member by card or full phone number (what a scan or a CLI gives)."""
    text = search_text(query)
    member = session.exec(
        select(Member).where(Member.card == text, Member.status == MemberStatus.ACTIVE)
    ).first()
    if member is None:
        _refuse_replaced(session, text)
    if member is None and cards.looks_like_ours(text) and not cards.check_digit_ok(text):
        raise InvalidCard(card=text)
    if member is None and (phone := _phone_to_find(text)):
        member = active_with_phone(session, phone)
    if member is None:
        raise MemberNotFound(query=text)
    return member


def _phone_keys(text: str) -> list[ColumnElement[bool]]:
    """The full phone and, for 4 digits, the phone's last 4 digits: both indexed."""
    keys = []
    if text.isdigit() and len(text) == 4:
        keys.append(col(Member.phone_last4) == text)
    if phone := _phone_to_find(text):
        keys.append(col(Member.phone) == phone)
    return keys


def _by_key(text: str) -> list[ColumnElement[bool]]:
    """Active members whose card, full phone or last 4 digits are exactly ``text``: one
    SELECT per key, each searched with its index (an OR of them makes SQLite scan)."""
    active = col(Member.status) == MemberStatus.ACTIVE
    keys = [col(Member.card) == text, *_phone_keys(text)]
    ids: CompoundSelect[int | None] = union_all(
        *(select(Member.id).where(active, key) for key in keys)
    )
    return [col(Member.id).in_(ids)]


def _named(session: Session, text: str) -> ColumnElement[bool]:
    """Members whose name holds ``text``, found through the name index (store/name_index)."""
    return col(Member.id).in_(name_index.matching_ids(session.get_bind().dialect.name, text))


def _first(session: Session, conditions: list[ColumnElement[bool]], limit: int) -> list[Member]:
    statement = select(Member).where(*conditions).order_by(col(Member.name), col(Member.id))
    return list(session.exec(statement.limit(limit)))


def find_members(session: Session, query: str, limit: int = MAX_FIND) -> list[Member]:
    """The till's search: card, full phone or last 4 digits of the phone, and only when none
    of those match (they are what a scan gives, and are indexed), part of the name."""
    text = search_text(query)
    if not text:
        return []
    if found := _first(session, _by_key(text), limit):
        return found
    _refuse_replaced(session, text)
    if cards.looks_like_ours(text) and not cards.check_digit_ok(text):
        raise InvalidCard(card=text)
    return _first(
        session, [col(Member.status) == MemberStatus.ACTIVE, _named(session, text)], limit
    )


_LISTED = table_of(Member).c
SORTABLE: dict[str, ColumnElement[Any]] = {
    "card": _LISTED.card,
    "name": _LISTED.name,
    # No phone sorts as an empty one: a NULL has no place in a keyset comparison.
    "phone": func.coalesce(_LISTED.phone, ""),
    "balance": _LISTED.balance,
    "enrolled_at": _LISTED.enrolled_at,
}


@dataclass(frozen=True)
class Seek:
    """Where a page of the member list starts. After or before a row the list already holds
    (keyset: as fast on the last page as on the first), the list's last rows, or an offset
    (a jump into the middle)."""

    offset: int = 0
    after: MemberRow | None = None  # the last row of the page before
    before: MemberRow | None = None  # the first row of the page after
    last: bool = False


def _browse_filter(session: Session, query: str) -> list[ColumnElement[bool]]:
    """The member list's search: cards that begin with the text, names that hold it, the
    phone's keys — one indexed SELECT each, united (an OR of them would read the table)."""
    active = col(Member.status) == MemberStatus.ACTIVE
    text = search_text(query)
    if not text:
        return [active]
    card = col(Member.card)
    ids: CompoundSelect[int | None] = union_all(
        select(Member.id).where(card >= text, card < text + LAST_CHARACTER),
        name_index.matching_ids(session.get_bind().dialect.name, text),
        # With the status, so the active-phone index serves the full phone.
        *(select(Member.id).where(active, key) for key in _phone_keys(text)),
    )
    return [active, col(Member.id).in_(ids)]


def count_members(session: Session, query: str = "") -> int:
    statement = select(func.count(col(Member.id))).where(*_browse_filter(session, query))
    return session.exec(statement).one()


def browse_members(
    session: Session,
    query: str = "",
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    seek: Seek | None = None,
) -> list[Member]:
    """One page of the member list, in (sort key, id) order, for a table that fetches lazily
    as it scrolls; ``seek`` (else ``offset``) says where the page starts."""
    seek = seek or Seek(offset=offset)
    column, member_id = SORTABLE[sort], col(Member.id)
    statement = select(Member).where(*_browse_filter(session, query))
    backwards = seek.before is not None or seek.last  # read from the far side, then turn
    anchor = seek.after or seek.before
    if anchor is not None:
        key = tuple_(column, member_id)
        at = tuple_(bindparam(None, _sort_value(sort, anchor), type_=column.type), anchor.id)
        later = seek.after is not None
        statement = statement.where(key > at if later != descending else key < at)
    ascending = descending == backwards
    order = (column.asc(), member_id.asc()) if ascending else (column.desc(), member_id.desc())
    statement = statement.order_by(*order).limit(limit)
    if anchor is None and not seek.last:
        statement = statement.offset(seek.offset)
    rows = list(session.exec(statement))
    return rows[::-1] if backwards else rows


def _sort_value(sort: str, row: MemberRow) -> Any:
    value = getattr(row, sort)
    return "" if value is None else value


@dataclass(frozen=True)
class Visits:
    count: int
    last_visit: datetime | None


def visits(session: Session, member_ids: list[int]) -> dict[int, Visits]:
    """Number of sales and time of the last one, for each member id (a grouped query per
    batch of ids)."""
    found: dict[int | None, Visits] = {}
    for part in id_chunks(member_ids):
        rows = session.exec(
            select(Sale.member_id, func.count(col(Sale.id)), func.max(Sale.created_at))
            .where(col(Sale.member_id).in_(part))
            .group_by(col(Sale.member_id))
        ).all()
        found.update({row[0]: Visits(row[1], row[2]) for row in rows})
    return {mid: found.get(mid, Visits(0, None)) for mid in member_ids}


def card_numbers(session: Session, member_ids: list[int]) -> dict[int, str]:
    """The card of each member id (a query per batch of ids)."""
    found: dict[int, str] = {}
    for part in id_chunks(member_ids):
        rows = session.exec(select(Member.id, Member.card).where(col(Member.id).in_(part)))
        found.update({member_id: card for member_id, card in rows if member_id is not None})
    return found


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
    marketing_consent: bool  # the till offers "Stop marketing" while it is given
    visits: int
    last_visit: datetime | None
    birthday: date | None
    enrolled_at: datetime
    benefits: str  # the tier's benefits text, shown at the till
    expiring: tuple[tuple[date, int], ...]  # (date, points) lapsing within 30 days
    personal: Personal  # usual gap, a birthday this week, the next tier when close


def get_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise MemberNotFound(query=str(member_id))
    return member


def member_card(session: Session, member_id: int) -> MemberCard:
    member = get_member(session, member_id)
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
        marketing_consent=member.marketing_consent,
        visits=seen.count,
        last_visit=seen.last_visit,
        birthday=member.birthday,
        enrolled_at=member.enrolled_at,
        benefits=rules.tiers.level(member.tier).benefits,
        expiring=tuple(expiring_soon(session, member_id)),
        personal=personal(session, rules, member, utcnow()),
    )


@dataclass(frozen=True)
class LedgerLine:
    created_at: datetime
    kind: str
    points: int
    sale_id: int | None
    note: str


@dataclass(frozen=True)
class SaleLine:
    id: int
    created_at: datetime
    amount_cents: int
    paid_cents: int
    refunded_cents: int
    status: str


@dataclass(frozen=True)
class MemberDetail:
    """A member as the Members page shows them: the card, consent, and their recent history."""

    card: MemberCard
    marketing_consent: bool
    tags: str
    ledger: tuple[LedgerLine, ...]
    sales: tuple[SaleLine, ...]


def member_detail(session: Session, member_id: int, limit: int = 200) -> MemberDetail:
    card = member_card(session, member_id)
    member = get_member(session, member_id)
    ledger = tuple(
        LedgerLine(e.created_at, e.kind, e.points, e.sale_id, e.note)
        for e in history(session, member_id, limit)
    )
    sales = tuple(
        SaleLine(s.id, s.created_at, s.amount_cents, s.paid_cents, s.refunded_cents, s.status)
        for s in recent_sales(session, member_id, limit)
        if s.id is not None
    )
    return MemberDetail(card, member.marketing_consent, member.tags, ledger, sales)


@dataclass(frozen=True)
class MemberRow:
    """A member as a list shows them."""

    id: int
    card: str
    name: str
    phone: str | None
    tier: str
    balance: int
    enrolled_at: datetime


def _rows(session: Session, members: list[Member]) -> list[MemberRow]:
    rules = load_rules(session)
    return [
        MemberRow(m.id, m.card, m.name, m.phone, tier_name(m, rules), m.balance, m.enrolled_at)
        for m in members
        if m.id is not None
    ]


def member_page(
    session: Session, query: str, sort: str, descending: bool, seek: Seek, limit: int
) -> list[MemberRow]:
    """``browse_members`` as list rows."""
    return _rows(session, browse_members(session, query, sort, descending, limit=limit, seek=seek))


def matching_members(session: Session, query: str) -> list[MemberRow]:
    """``find_members`` as list rows."""
    return _rows(session, find_members(session, query))
