"""The daily housekeeping, run at start-up and by ``loyalty housekeeping``: points expiry,
birthday bonuses given "on the day", and the monthly tier review. Every part is idempotent, so
running it twice — or on two tills — changes nothing the second time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from loyalty_desktop.core.clock import local_day, to_utc, utcnow
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import birthday_bonuses_on_day
from loyalty_desktop.services.expiry import run_expiry
from loyalty_desktop.services.rules import Rules, load_rules
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.services.tiers import review_tiers

LAST_BIRTHDAY_DAY = "birthday.last_day"
CATCH_UP_DAYS = 31


@dataclass(frozen=True)
class HousekeepingReport:
    expired_points: int
    expired_members: int
    birthday_bonuses: int
    downgrades: int


def end_of_day(day: date, rules: Rules) -> datetime:
    """The last moment of ``day`` in shop time, or now if that is still to come (today).
    A day after today is refused: nothing can lapse or be reviewed before it happens."""
    if day > local_day(utcnow(), rules.zone):
        raise InvalidInput(field="as-of", reason="as_of_future", day=day)
    end = to_utc(datetime.combine(day + timedelta(days=1), time(0, 0)), rules.zone)
    return min(end - timedelta(microseconds=1), utcnow())


def _birthdays_since_last_run(session: Session, actor: Actor, rules: Rules, today: date) -> int:
    """ "On the day" birthday bonuses for every day since the last run (the shop may have been
    closed), at most a month back; each bonus is once-only, so re-running gives nothing twice."""
    last = get_setting(session, LAST_BIRTHDAY_DAY)
    start = (
        today
        if last is None
        else max(
            date.fromisoformat(last) + timedelta(days=1), today - timedelta(days=CATCH_UP_DAYS)
        )
    )
    given, day = 0, start
    while day <= today:
        given += birthday_bonuses_on_day(session, actor, rules, day)
        day += timedelta(days=1)
    if last is None or today.isoformat() > last:
        set_setting(session, LAST_BIRTHDAY_DAY, today.isoformat())
    return given


def run_housekeeping(
    session: Session, actor: Actor, as_of: datetime | None = None
) -> HousekeepingReport:
    as_of = as_of or utcnow()
    rules = load_rules(session)
    expiry = run_expiry(session, actor, as_of)
    birthdays = _birthdays_since_last_run(session, actor, rules, local_day(as_of, rules.zone))
    downgrades = review_tiers(session, actor, rules, as_of)
    return HousekeepingReport(expiry.points, expiry.members, birthdays, len(downgrades))
