"""Member card numbers: 12 digits, "8" + 10 random digits + a Luhn check digit.

The check digit lets the till reject a mistyped card before asking the database; random (not
sequential) numbers let several offline tills enrol members without colliding. Cards imported
from a previous system keep their own format and are looked up exactly as they are.
"""

from __future__ import annotations

import random
import re
import secrets

from stdnum import luhn

PREFIX = "8"
_OUR_FORMAT = re.compile(r"^8\d{11}$")


def generate_card(rng: random.Random | None = None) -> str:
    """A new card number; ``rng`` only for reproducible demo shops."""
    digits = rng.randrange(10**10) if rng else secrets.randbelow(10**10)
    body = PREFIX + f"{digits:010d}"
    return body + luhn.calc_check_digit(body)


def looks_like_ours(card: str) -> bool:
    return bool(_OUR_FORMAT.match(card))


def check_digit_ok(card: str) -> bool:
    return luhn.is_valid(card)
