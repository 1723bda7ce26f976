"""The daily housekeeping, run after start-up and by ``loyalty housekeeping``: points expiry,
birthday bonuses given "on the day", and the monthly tier review. Every part is idempotent, so
running it twice — or on two tills — changes nothing the second time.

It reads only what is due (the kept lots that lapsed and still hold points, the day's
birthdays, the members the month's review has still to see) and writes in short batches, each
its own transaction, so a till's sale waits for one batch at most. Each part knows how far it
got from what the batch that got there wrote (a lot expired holds no more points; the
birthdays and the review note their progress): a run cut short goes on where it stopped, and
gives what one uninterrupted run gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from loyalty_desktop.core.clock import ensure_not_future, local_day, to_utc, utcnow
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services import expiry, tiers
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import birthday_bonuses_on_day, born_on
from loyalty_desktop.services.rules import Rules, load_rules
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.store.batches import chunks
from loyalty_desktop.store.db import Database

LAST_BIRTHDAY_DAY = "birthday.last_day"
CATCH_UP_DAYS = 31
BATCH = 200  # members per transaction: a few hundred milliseconds at most
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class HousekeepingReport:
    expired_points: int = 0
    expired_members: int = 0
    birthday_bonuses: int = 0
    downgrades: int = 0

    def __add__(self, other: HousekeepingReport) -> HousekeepingReport:
        return HousekeepingReport(
            self.expired_points + other.expired_points,
            self.expired_members + other.expired_members,
            self.birthday_bonuses + other.birthday_bonuses,
            self.downgrades + other.downgrades,
        )


@dataclass(frozen=True)
class _Batch:
    """One transaction's work, and how many members it sees (for the progress)."""

    members: int
    work: Callable[[Session], HousekeepingReport]


def end_of_day(day: date, rules: Rules) -> datetime:
    """The last moment of ``day`` in shop time, or now if that is still to come (today).
    A day after today is refused: nothing can lapse or be reviewed before it happens."""
    if day > local_day(utcnow(), rules.zone):
        raise InvalidInput(field="as-of", reason="as_of_future", day=day)
    end = to_utc(datetime.combine(day + timedelta(days=1), time(0, 0)), rules.zone)
    return min(end - timedelta(microseconds=1), utcnow())


def _expiry(session: Session, actor: Actor, as_of: datetime) -> list[_Batch]:
    def expire(part: list[int]) -> Callable[[Session], HousekeepingReport]:
        def work(s: Session) -> HousekeepingReport:
            done = expiry.expire_members(s, actor, part, as_of)
            return HousekeepingReport(expired_points=done.points, expired_members=done.members)

        return work

    return [_Batch(len(p), expire(p)) for p in chunks(expiry.expiry_due(session, as_of), BATCH)]


def _birthday_days(session: Session, today: date) -> list[date]:
    """Every day since the last run (the shop may have been closed), at most a month back."""
    last = get_setting(session, LAST_BIRTHDAY_DAY)
    if last is None:
        start = today
    else:
        after_last = date.fromisoformat(last) + timedelta(days=1)
        start = max(after_last, today - timedelta(days=CATCH_UP_DAYS))
    return [start + timedelta(days=n) for n in range((today - start).days + 1)]


def _birthdays(session: Session, actor: Actor, rules: Rules, today: date) -> list[_Batch]:
    """ "On the day" birthday bonuses for every day since the last run; each bonus is
    once-only, so a run cut short and run again gives nothing twice."""

    def give(day: date, part: list[int]) -> Callable[[Session], HousekeepingReport]:
        def work(s: Session) -> HousekeepingReport:
            given = birthday_bonuses_on_day(s, actor, rules, day, part)
            return HousekeepingReport(birthday_bonuses=given)

        return work

    def finish(s: Session) -> HousekeepingReport:
        last = get_setting(s, LAST_BIRTHDAY_DAY)
        if last is None or today.isoformat() > last:
            set_setting(s, LAST_BIRTHDAY_DAY, today.isoformat())
        return HousekeepingReport()

    batches = [
        _Batch(len(part), give(day, part))
        for day in _birthday_days(session, today)
        for part in chunks(born_on(session, rules, day), BATCH)
    ]
    return [*batches, _Batch(0, finish)]


def _review(session: Session, actor: Actor, rules: Rules, as_of: datetime) -> list[_Batch]:
    due = tiers.tiers_due(session, rules, as_of)
    if due is None:
        return []

    def review(part: list[int]) -> Callable[[Session], HousekeepingReport]:
        def work(s: Session) -> HousekeepingReport:
            changes = tiers.review_members(s, actor, rules, as_of, part)
            return HousekeepingReport(downgrades=len(changes))

        return work

    def finish(s: Session) -> HousekeepingReport:
        tiers.finish_review(s, rules, as_of)
        return HousekeepingReport()

    return [*(_Batch(len(p), review(p)) for p in chunks(due, BATCH)), _Batch(0, finish)]


def _plan(session: Session, actor: Actor, as_of: datetime) -> list[_Batch]:
    """What is due, as batches (reads only)."""
    ensure_not_future(as_of, field="as-of")
    rules = load_rules(session)
    return [
        *_expiry(session, actor, as_of),
        *_birthdays(session, actor, rules, local_day(as_of, rules.zone)),
        *_review(session, actor, rules, as_of),
    ]


def housekeep(session: Session, actor: Actor, as_of: datetime | None = None) -> HousekeepingReport:
    """The whole housekeeping in this one transaction (the demo shop, being built)."""
    report = HousekeepingReport()
    for batch in _plan(session, actor, as_of or utcnow()):
        report += batch.work(session)
    return report


def run_housekeeping(
    db: Database,
    actor: Actor,
    as_of: datetime | None = None,
    progress: Progress | None = None,
) -> HousekeepingReport:
    """The housekeeping in short transactions, one per batch; ``progress(members done, of)``
    after each."""
    as_of = as_of or utcnow()
    with db.session(readonly=True) as session:
        batches = _plan(session, actor, as_of)
    total, done, report = sum(b.members for b in batches), 0, HousekeepingReport()
    for batch in batches:
        with db.session() as session:
            report += batch.work(session)
        done += batch.members
        if progress:
            progress(done, total)
    return report
