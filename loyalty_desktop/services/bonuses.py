"""Bonuses: enrolment, birthday (生日礼遇) and referral (推荐奖励).

Each bonus is a ``bonus`` ledger entry with a once-only key, so it is given at most once even
if two tills try at the same moment (the unique index decides):
- enrolment: ``enrol``;
- birthday: ``birthday:<year>`` — once per year, on the first visit within N days of the
  birthday, or on the day itself by the daily housekeeping (the owner's choice);
- referral: ``referral:<new member id>`` for both members, on the new member's first purchase
  that pays at least the minimum (not at sign-up, so fake sign-ups earn nothing).

Refund policy: a refund that takes the purchase that released a referral bonus below the
minimum spend takes both bonuses back (``referral-reversed:<entry id>``, what has not lapsed of
them); the referral is then spent. Birthday and enrolment bonuses are not taken back.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import add_months, anniversary, to_utc
from loyalty_desktop.services import notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.expiry import expired_from
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.rules import Rules
from loyalty_desktop.store.models import EntryKind, Member, MemberStatus, PointsEntry, Sale
from loyalty_desktop.store.models.base import saved_id, table_of
from loyalty_desktop.store.models.member import BIRTHDAY_DAY, BIRTHDAY_MONTH


def expiry_for(rules: Rules, at: datetime) -> datetime | None:
    """When points earned at ``at`` lapse under these rules (None: never)."""
    return add_months(at, rules.expiry.months) if rules.expiry.months else None


def _given(session: Session, member_id: int, key: str) -> bool:
    return (
        session.exec(
            select(PointsEntry.id).where(
                PointsEntry.member_id == member_id, PointsEntry.dedupe_key == key
            )
        ).first()
        is not None
    )


def grant(
    session: Session,
    actor: Actor,
    rules: Rules,
    member_id: int,
    points: int,
    key: str,
    note: str,
    at: datetime,
    sale_id: int | None = None,
) -> PointsEntry | None:
    """A once-only bonus; None when there is nothing to give or it was already given."""
    if points <= 0 or _given(session, member_id, key):
        return None
    try:
        with session.begin_nested():
            return post_entry(
                session,
                actor,
                member_id,
                EntryKind.BONUS,
                points,
                note=note,
                at=at,
                sale_id=sale_id,
                dedupe_key=key,
                expires_at=expiry_for(rules, at),
            )
    except IntegrityError:  # another till gave it a moment ago
        return None


def enrolment_bonus(
    session: Session, actor: Actor, rules: Rules, member_id: int, enrolled_at: datetime
) -> PointsEntry | None:
    return grant(
        session,
        actor,
        rules,
        member_id,
        rules.bonuses.enrolment_points,
        "enrol",
        notes.ENROLMENT_BONUS,
        enrolled_at,
    )


def birthday_in_window(birthday: date, day: date, window_days: int) -> int | None:
    """The year of the birthday that ``day`` falls within ``window_days`` after (inclusive),
    or None. 29 February counts as 28 February in other years."""
    for year in (day.year, day.year - 1):
        occurrence = anniversary(birthday, year)
        if occurrence <= day <= occurrence + timedelta(days=window_days):
            return year
    return None


def birthday_bonus_on_visit(
    session: Session,
    actor: Actor,
    rules: Rules,
    member: Member,
    day: date,
    at: datetime,
    sale_id: int,
) -> PointsEntry | None:
    bonus = rules.bonuses.birthday
    if bonus.mode != "first_visit" or not member.birthday:
        return None
    year = birthday_in_window(member.birthday, day, bonus.window_days)
    if year is None:
        return None
    return grant(
        session,
        actor,
        rules,
        saved_id(member),
        bonus.points,
        f"birthday:{year}",
        notes.written(notes.BIRTHDAY_BONUS, year=year),
        at,
        sale_id,
    )


def born_on(session: Session, rules: Rules, day: date) -> list[int]:
    """The active members whose birthday is ``day`` this year (29 February on 28 February of
    other years), when the bonus is given "on the day"; by the index on the birthday's month
    and day, not a read of every member."""
    bonus = rules.bonuses.birthday
    if bonus.mode != "on_day" or bonus.points <= 0:
        return []
    months_days = [(day.month, day.day)]
    if (day.month, day.day) == (2, 28) and not _leap(day.year):
        months_days.append((2, 29))
    found: list[int] = []
    for month, dom in months_days:
        found += session.exec(
            select(table_of(Member).c.id).where(
                month == BIRTHDAY_MONTH,
                dom == BIRTHDAY_DAY,
                Member.status == MemberStatus.ACTIVE,
            )
        )
    return sorted(found)


def birthday_bonuses_on_day(
    session: Session, actor: Actor, rules: Rules, day: date, member_ids: list[int]
) -> int:
    """The "on the day" bonus of these members (``born_on`` the day); idempotent."""
    at = to_utc(datetime.combine(day, time(0, 0)), rules.zone)
    given = 0
    for member_id in member_ids:
        entry = grant(
            session,
            actor,
            rules,
            member_id,
            rules.bonuses.birthday.points,
            f"birthday:{day.year}",
            notes.written(notes.BIRTHDAY_BONUS, year=day.year),
            at,
        )
        given += entry is not None
    return given


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def referral_bonus(
    session: Session, actor: Actor, rules: Rules, member: Member, sale: Sale
) -> list[PointsEntry]:
    """On the referred member's first qualifying purchase: both members get their bonus."""
    referral = rules.bonuses.referral
    if member.referred_by_id is None or sale.paid_cents < max(referral.min_spend_cents, 1):
        return []
    key = f"referral:{member.id}"
    granted = [
        grant(
            session,
            actor,
            rules,
            saved_id(member),
            referral.referee_points,
            key,
            notes.REFERRAL_WELCOME,
            sale.created_at,
            sale.id,
        ),
        grant(
            session,
            actor,
            rules,
            member.referred_by_id,
            referral.referrer_points,
            key,
            notes.written(notes.REFERRAL_BONUS, card=member.card),
            sale.created_at,
            sale.id,
        ),
    ]
    return [entry for entry in granted if entry is not None]


def reverse_referral(session: Session, actor: Actor, sale: Sale, at: datetime) -> list[PointsEntry]:
    """The purchase that released a referral bonus no longer meets the minimum after a refund:
    take both bonuses back (what has not lapsed of them)."""
    bonuses = session.exec(
        select(PointsEntry).where(
            PointsEntry.sale_id == sale.id,
            PointsEntry.kind == EntryKind.BONUS.value,
            col(PointsEntry.dedupe_key).startswith("referral:"),
        )
    ).all()
    reversed_ = []
    for bonus in bonuses:
        key = f"referral-reversed:{bonus.id}"
        left = bonus.points - expired_from(session, [saved_id(bonus)])
        if left > 0 and not _given(session, bonus.member_id, key):
            reversed_.append(
                post_entry(
                    session,
                    actor,
                    bonus.member_id,
                    EntryKind.BONUS,
                    -left,
                    note=notes.REFERRAL_TAKEN_BACK,
                    at=at,
                    sale_id=sale.id,
                    dedupe_key=key,
                )
            )
    return reversed_
