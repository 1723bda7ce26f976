"""How numbers, money, dates and phones look on screen and paper — one place for all of it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from loyalty_desktop.core.clock import local_day, to_local
from loyalty_desktop.core.money import format_cents

CURRENCY = "¥"


def money(cents: int, *, symbol: bool = True, grouped: bool = True) -> str:
    """12345678 -> "¥123,456.78"."""
    sign = "-" if cents < 0 else ""
    whole, frac = format_cents(abs(cents)).split(".")
    number = f"{int(whole):,}.{frac}" if grouped else f"{whole}.{frac}"
    return f"{sign}{CURRENCY if symbol else ''}{number}"


def points(value: int, *, signed: bool = False) -> str:
    return f"{value:+,}" if signed else f"{value:,}"


def mask_phone(phone: str | None) -> str:
    """'13800138000' -> '138••••8000': enough to confirm with the customer, not to copy."""
    if not phone:
        return ""
    if len(phone) <= 7:
        return phone[:2] + "•" * (len(phone) - 4) + phone[-2:]
    return phone[:3] + "•" * (len(phone) - 7) + phone[-4:]


def local_datetime(at: datetime | None, zone: ZoneInfo) -> str:
    return to_local(at, zone).strftime("%Y-%m-%d %H:%M") if at else ""


def local_date(at: datetime | date | None, zone: ZoneInfo) -> str:
    if at is None:
        return ""
    return (local_day(at, zone) if isinstance(at, datetime) else at).isoformat()


def days_between(earlier: datetime, later: datetime, zone: ZoneInfo) -> int:
    """Calendar days in shop time (a visit yesterday evening is 1 day ago this morning)."""
    return (local_day(later, zone) - local_day(earlier, zone)).days


def _half_up(value: float, places: int) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def nps(value: float | None) -> str:
    """NPS as a signed whole number ("+42", "-8", "0"); "—" when nobody answered."""
    if value is None:
        return "—"
    whole = int(_half_up(value, 0))
    return f"{whole:+d}" if whole else "0"


def score(value: float | None, places: int = 2) -> str:
    """A mean score such as CSAT ("4.35"); "—" when nobody answered."""
    return "—" if value is None else str(_half_up(value, places))


def percent(ratio: float | None, places: int = 0) -> str:
    """0.4567 -> "46%"; "—" for a ratio with nothing to divide by."""
    return "—" if ratio is None else f"{_half_up(ratio * 100, places)}%"
