"""Named groups of members (``all``, ``tier:Gold``, ``tag:coffee``, ``birthday-month:11``,
``lapsed:90``): one grammar for issuing coupons, filtering survey results and the reports."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Select, extract
from sqlmodel import Session, select

from loyalty_desktop.clock import utcnow
from loyalty_desktop.errors import InvalidInput
from loyalty_desktop.models import Member, MemberStatus, Sale
from loyalty_desktop.services.rules import load_rules

GRAMMAR = "all, tier:NAME, tag:TAG, birthday-month:1-12 or lapsed:DAYS"


def segment_query(session: Session, segment: str) -> Select:
    """``SELECT member.id`` of the active members in ``segment``, to run or to nest."""
    kind, _, value = segment.strip().partition(":")
    statement = select(Member.id).where(Member.status == MemberStatus.ACTIVE)
    if kind == "all":
        return statement
    if kind == "tier":
        base = load_rules(session).tiers.base.name
        names = ["", value] if value == base else [value]
        return statement.where(Member.tier.in_(names))  # type: ignore[attr-defined]
    if kind == "tag":
        return statement.where((";" + Member.tags + ";").contains(f";{value};"))
    if kind == "birthday-month" and value.isdigit() and 1 <= int(value) <= 12:
        return statement.where(extract("month", Member.birthday) == int(value))
    if kind == "lapsed" and value.isdigit():
        since = utcnow() - timedelta(days=int(value))
        recent = select(Sale.member_id).where(Sale.member_id.is_not(None), Sale.created_at > since)  # type: ignore[union-attr]
        return statement.where(Member.id.not_in(recent))  # type: ignore[union-attr]
    raise InvalidInput(field="segment", reason=f"{segment!r}: use {GRAMMAR}")


def segment_members(session: Session, segment: str) -> list[int]:
    """The ids of the members in ``segment``, in id order."""
    return list(session.exec(segment_query(session, segment).order_by(Member.id)))


def known_tags(session: Session) -> list[str]:
    """Every tag some active member carries, sorted."""
    rows = session.exec(
        select(Member.tags)
        .where(Member.status == MemberStatus.ACTIVE, Member.tags != "")
        .distinct()
    )
    return sorted({tag.strip() for tags in rows for tag in tags.split(";") if tag.strip()})
