"""What the cashier should know of a regular at a glance (个性化服务): how often they usually
come, what they usually buy, a birthday this week, and how little is left to the next tier —
from the shop's own history, read with the member's card at the till."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from loyalty_desktop.core.clock import anniversary, local_day
from loyalty_desktop.services.habits import usual_items
from loyalty_desktop.services.rules import Rules
from loyalty_desktop.services.tiers import qualifying_value
from loyalty_desktop.store.models import Member
from loyalty_desktop.store.models.base import saved_id

BIRTHDAY_WEEK = 7  # days ahead a birthday is mentioned
# "Close to the next tier": at most a fifth of its threshold still to go.
NEAR_TIER_NUMERATOR, NEAR_TIER_DENOMINATOR = 1, 5


@dataclass(frozen=True)
class NextTier:
    name: str
    missing: int  # cents of spend, or visits (``basis``), still to go in the tier window
    basis: str  # "spend" or "visits"


@dataclass(frozen=True)
class Personal:
    usual_gap: int | None  # the member's usual days between visits, rounded; None: too few
    birthday_in: int | None  # days to the birthday (0 = today) when within the week
    next_tier: NextTier | None  # only when close to it
    usual_items: tuple[str, ...] = ()  # names of what they buy on most visits


def birthday_in(birthday: date | None, today: date) -> int | None:
    """Days from ``today`` to the member's next birthday, if it is within the week."""
    if birthday is None:
        return None
    for year in (today.year, today.year + 1):
        days = (anniversary(birthday, year) - today).days
        if days >= 0:
            return days if days < BIRTHDAY_WEEK else None
    return None


def next_tier(session: Session, rules: Rules, member: Member, now: datetime) -> NextTier | None:
    """The tier above the member's, when what they still need for it is a fifth of its
    threshold or less (spend or visits in the tier window, as the tier review counts)."""
    levels = rules.tiers.levels
    names = [level.name for level in levels]
    current = rules.tiers.level(member.tier).name
    above = levels[names.index(current) + 1 :] if current in names else []
    if not above or member.id is None:
        return None
    target = above[0]
    missing = target.threshold - qualifying_value(session, rules, member.id, now)
    near = missing * NEAR_TIER_DENOMINATOR <= target.threshold * NEAR_TIER_NUMERATOR
    return NextTier(target.name, missing, rules.tiers.basis) if missing > 0 and near else None


def personal(session: Session, rules: Rules, member: Member, now: datetime) -> Personal:
    gap = member.usual_gap
    return Personal(
        usual_gap=None if gap is None else max(1, round(gap)),
        birthday_in=birthday_in(member.birthday, local_day(now, rules.zone)),
        next_tier=next_tier(session, rules, member, now),
        usual_items=tuple(i.name for i in usual_items(session, saved_id(member), now)),
    )
