"""The bounds on every number and date a person can enter (DESIGN.md §3 "Bounds"): far above
what any shop needs, far below where 64-bit integers and calendar arithmetic end, so no stored
value can leave them. The services check them; the CLI and the UI only pass values on."""

from __future__ import annotations

from datetime import date

from loyalty_desktop.core.errors import InvalidAmount, InvalidInput

MAX_POINTS = 1_000_000_000  # one ledger entry, either sign
MAX_AMOUNT_CENTS = 100_000_000  # ¥1,000,000.00: a sale, a refund, a coupon, a threshold
MAX_VISITS = 100_000  # visit-count thresholds
MAX_DAYS = 36_500  # day-count thresholds (100 years)
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)


def check_points(points: int, field: str = "points") -> int:
    if abs(points) > MAX_POINTS:
        raise InvalidInput(field=field, reason="too_many_points", points=points, most=MAX_POINTS)
    return points


def check_amount(cents: int, value: object) -> int:
    """``value``: the amount as the person gave it, for the message."""
    if cents > MAX_AMOUNT_CENTS:
        most = f"{MAX_AMOUNT_CENTS // 100:,}.00"
        raise InvalidAmount(value=value, reason="amount_too_large", most=most)
    return cents


def check_day(day: date, text: str, field: str) -> date:
    """A date a person typed, refused outside FIRST_DAY..LAST_DAY."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(
            field=field, reason="day_out_of_range", text=text, first=FIRST_DAY, last=LAST_DAY
        )
    return day
