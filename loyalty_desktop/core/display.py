"""How numbers, money, dates and phones look on screen and paper — one place for all of it.

Money reads the same in every language (¥1,234.50); dates written out in words follow the
catalogue: "2026年11月28日" / "28 November 2026", "2026年10月" / "October 2026"."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from loyalty_desktop.core.clock import local_day, to_local
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, Translator, current_language, translate
from loyalty_desktop.core.money import format_cents

CURRENCY = "¥"
MONTHS = (
    QT_TRANSLATE_NOOP("Display", "January"),
    QT_TRANSLATE_NOOP("Display", "February"),
    QT_TRANSLATE_NOOP("Display", "March"),
    QT_TRANSLATE_NOOP("Display", "April"),
    QT_TRANSLATE_NOOP("Display", "May"),
    QT_TRANSLATE_NOOP("Display", "June"),
    QT_TRANSLATE_NOOP("Display", "July"),
    QT_TRANSLATE_NOOP("Display", "August"),
    QT_TRANSLATE_NOOP("Display", "September"),
    QT_TRANSLATE_NOOP("Display", "October"),
    QT_TRANSLATE_NOOP("Display", "November"),
    QT_TRANSLATE_NOOP("Display", "December"),
)
# Axis labels, up to 12 months side by side ("May" is the same text as the full name).
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Display", "Jan"),
    QT_TRANSLATE_NOOP("Display", "Feb"),
    QT_TRANSLATE_NOOP("Display", "Mar"),
    QT_TRANSLATE_NOOP("Display", "Apr"),
    QT_TRANSLATE_NOOP("Display", "May"),
    QT_TRANSLATE_NOOP("Display", "Jun"),
    QT_TRANSLATE_NOOP("Display", "Jul"),
    QT_TRANSLATE_NOOP("Display", "Aug"),
    QT_TRANSLATE_NOOP("Display", "Sep"),
    QT_TRANSLATE_NOOP("Display", "Oct"),
    QT_TRANSLATE_NOOP("Display", "Nov"),
    QT_TRANSLATE_NOOP("Display", "Dec"),
)


def money(cents: int, *, symbol: bool = True, grouped: bool = True) -> str:
    """12345678 -> "¥123,456.78"."""
    sign = "-" if cents < 0 else ""
    whole, frac = format_cents(abs(cents)).split(".")
    number = f"{int(whole):,}.{frac}" if grouped else f"{whole}.{frac}"
    return f"{sign}{CURRENCY if symbol else ''}{number}"


def yuan(cents: int) -> str:
    """An amount without the symbol, and without ".00" when whole: "100", "1,234.50" (for
    "满100减10")."""
    return money(cents, symbol=False).removesuffix(".00")


def percent_off(percent: int, language: str | None = None) -> str:
    """A percentage discount as the shop names it: "10% off" / "9折" — a Chinese price names
    the share the customer pays, in tenths, so the number itself differs by language."""
    if percent >= 100:  # "0折" reads as nonsense; both languages say it plainly
        return Translator(language).translate("Display", "free")
    if (language or current_language()).startswith("zh"):
        paid = Translator(language).translate("Display", "{tenths} tenths of the price")
        return paid.format(tenths=f"{(100 - percent) / 10:g}")
    return Translator(language).translate("Display", "{percent}% off").format(percent=percent)


def points(value: int, *, signed: bool = False) -> str:
    return f"{value:+,}" if signed else f"{value:,}"


def last_digits(phone: str | None) -> str | None:
    """'13800138000' -> '••••8000': a phone as the audit trail keeps it, not enough to find
    anyone by once the member is erased."""
    return "••••" + phone[-4:] if phone else None


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


def _year_month(month: str | date) -> tuple[int, int]:
    """ "2026-10" or any day of it -> (2026, 10)."""
    if isinstance(month, date):
        return month.year, month.month
    year, number = month.split("-")[:2]
    return int(year), int(number)


def month_name(month: str | date, language: str | None = None) -> str:
    """ "2026-10" -> "10月" / "October"."""
    return translate("Display", MONTHS[_year_month(month)[1] - 1], language=language)


def short_month(month: str | date, language: str | None = None) -> str:
    """ "2026-10" -> "10月" / "Oct"."""
    return translate("Display", SHORT_MONTHS[_year_month(month)[1] - 1], language=language)


def month_title(month: str | date, language: str | None = None) -> str:
    """ "2026-10" -> "2026年10月" / "October 2026"."""
    year, _ = _year_month(month)
    title = Translator(language).translate("Display", "{month} {year}")
    return title.format(month=month_name(month, language), year=year)


def long_date(day: date | None, language: str | None = None) -> str:
    """A day written out: "2026年11月28日" / "28 November 2026"; "" for none."""
    if day is None:
        return ""
    text = Translator(language).translate("Display", "{day} {month} {year}")
    return text.format(day=day.day, month=month_name(day, language), year=day.year)


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
