"""Money as integer cents (分): parsing, formatting and the one rounding rule we use."""

from __future__ import annotations

import re

from loyalty_desktop.core.errors import InvalidAmount
from loyalty_desktop.core.limits import check_amount

_AMOUNT = re.compile(r"^(\d{1,9})(?:\.(\d{1,2}))?$")
_CURRENCY_SIGNS = "¥￥"


def parse_amount(text: str, *, allow_zero: bool = False) -> int:
    """Parse a yuan amount typed by a person ("88", "88.5", "¥88.50") into cents.

    More than two decimals, signs, separators and anything non-numeric are refused rather than
    rounded: a cashier who typed 88.505 made a mistake we must not guess about.
    """
    cleaned = str(text).strip().lstrip(_CURRENCY_SIGNS).strip()
    match = _AMOUNT.match(cleaned)
    if not match:
        reason = "more_decimals" if re.match(r"^\d+\.\d{3,}$", cleaned) else "not_yuan"
        raise InvalidAmount(value=text, reason=reason)
    whole, frac = match.group(1), (match.group(2) or "").ljust(2, "0")
    cents = int(whole) * 100 + int(frac)
    if cents == 0 and not allow_zero:
        raise InvalidAmount(value=text, reason="not_positive")
    return check_amount(cents, text)


def format_cents(cents: int, *, symbol: str = "") -> str:
    """12345 -> "123.45"; negative amounts keep their sign in front of the symbol."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{symbol}{whole}.{frac:02d}"


def mul_div_half_up(value: int, numerator: int, denominator: int) -> int:
    """round_half_up(value * numerator / denominator) in exact integer arithmetic.

    Used for proportional refunds (DESIGN.md §3); the sign of ``value`` is kept symmetric so
    reversing a negative quantity rounds the same way as a positive one.
    """
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if value * numerator < 0 else 1
    product = abs(value * numerator)
    return sign * ((2 * product + denominator) // (2 * denominator))
