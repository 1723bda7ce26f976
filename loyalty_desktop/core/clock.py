"""Time: instants are aware UTC datetimes everywhere; days and months are cut in shop time."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.core.limits import check_day

DEFAULT_TIMEZONE = "Asia/Shanghai"
# A back-dated receipt may come from a till whose clock runs a little fast; more is a typo.
FUTURE_TOLERANCE = timedelta(minutes=5)
_Day = TypeVar("_Day", bound=date)  # a date or a datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def shop_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(field="timezone", reason="unknown_zone", text=name) from exc


def to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """A wall-clock time in the shop (naive) or any aware time -> aware UTC."""
    aware = local if local.tzinfo else local.replace(tzinfo=zone)
    return aware.astimezone(UTC)


def to_local(utc: datetime, zone: ZoneInfo) -> datetime:
    return utc.astimezone(zone)


def parse_timestamp(text: str, zone: ZoneInfo, *, field: str = "timestamp") -> datetime:
    """ISO 8601 (with or without offset) or "YYYY-MM-DD HH:MM[:SS]" in shop time -> aware UTC."""
    cleaned = str(text).strip()
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError as exc:
        raise InvalidInput(field=field, reason="not_a_timestamp", text=text) from exc
    if len(cleaned) <= 10:
        raise InvalidInput(field=field, reason="no_time_of_day", text=text)
    check_day(parsed.date(), text, field)  # before any arithmetic that could overflow
    return to_utc(parsed, zone)


def parse_date(text: str, *, field: str = "date") -> date:
    try:
        day = date.fromisoformat(str(text).strip())
    except ValueError as exc:
        raise InvalidInput(field=field, reason="not_a_date", text=text) from exc
    return check_day(day, text, field)


def ensure_not_future(at: datetime, *, field: str = "timestamp") -> None:
    if at > utcnow() + FUTURE_TOLERANCE:
        raise InvalidInput(field=field, reason="in_future")


def add_months(moment: _Day, months: int) -> _Day:
    """The same day (and time, for a datetime) ``months`` later (or earlier); the 31st becomes
    the month's last day when the target month is shorter."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def month_bounds(year: int, month: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The calendar month in shop time as [start, end) in UTC."""
    start = datetime(year, month, 1)
    return to_utc(start, zone), to_utc(add_months(start, 1), zone)


def recent_months(count: int, zone: ZoneInfo, now: datetime | None = None) -> list[date]:
    """The first days of the last ``count`` calendar months in shop time, oldest first, this
    month last."""
    this_month = datetime.combine(
        local_day(now or utcnow(), zone).replace(day=1), datetime.min.time()
    )
    return [add_months(this_month, -back).date() for back in range(count - 1, -1, -1)]


def anniversary(day: date, year: int) -> date:
    """``day`` in ``year``; 29 February is 28 February in a common year."""
    try:
        return day.replace(year=year)
    except ValueError:
        return date(year, 2, 28)
