"""The programme's rules: how points are earned and what they are worth when redeemed."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from loyalty_desktop.clock import DEFAULT_TIMEZONE, shop_zone
from loyalty_desktop.errors import InsufficientPoints, InvalidInput, RedeemStep, RedeemTooMuch
from loyalty_desktop.services.settings import get_setting, set_setting

SETTING_KEY = "rules"
MAX_RATE = 10_000


@dataclass(frozen=True)
class Rules:
    shop_name: str = "My Shop"
    timezone: str = DEFAULT_TIMEZONE
    points_per_yuan: int = 1  # earned per whole yuan actually paid
    redeem_points_per_yuan: int = 100  # points that make ¥1 off

    def __post_init__(self) -> None:
        for name in ("points_per_yuan", "redeem_points_per_yuan"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_RATE:
                raise InvalidInput(
                    field=name, reason=f"must be a whole number from 1 to {MAX_RATE}"
                )
        shop_zone(self.timezone)

    @property
    def zone(self) -> ZoneInfo:
        return shop_zone(self.timezone)

    def points_for(self, paid_cents: int) -> int:
        """Points earned on an amount paid: per whole yuan, rounded down."""
        return (paid_cents // 100) * self.points_per_yuan

    @property
    def redeem_step(self) -> int:
        """The smallest number of points worth a whole number of cents."""
        return self.redeem_points_per_yuan // math.gcd(self.redeem_points_per_yuan, 100)

    def redeem_value_cents(self, points: int) -> int:
        """Money off for ``points``; refuses amounts that would not be whole cents."""
        if points % self.redeem_step:
            raise RedeemStep(step=self.redeem_step, requested=points)
        return points * 100 // self.redeem_points_per_yuan

    def points_value_cents(self, points: int) -> int:
        """What a balance is worth as money off (rounded down to a cent)."""
        return points * 100 // self.redeem_points_per_yuan

    def max_redeemable(self, balance: int, amount_cents: int) -> int:
        """Most points a sale of ``amount_cents`` can take from ``balance``, in whole steps."""
        fits = amount_cents * self.redeem_points_per_yuan // 100
        limit = max(0, min(balance, fits))
        return limit - limit % self.redeem_step

    def check_redeem(self, points: int, balance: int, amount_cents: int) -> int:
        """Validate a redemption against the sale; returns its value in cents."""
        if points < 0:
            raise InvalidInput(field="redeem", reason="must not be negative")
        if points > balance:
            raise InsufficientPoints(requested=points, balance=balance)
        value = self.redeem_value_cents(points)
        if value > amount_cents:
            raise RedeemTooMuch(
                requested=points, maximum=self.max_redeemable(balance, amount_cents)
            )
        return value


def load_rules(session: Session) -> Rules:
    stored: dict[str, Any] = get_setting(session, SETTING_KEY, {}) or {}
    known = {f.name for f in fields(Rules)}
    return Rules(**{k: v for k, v in stored.items() if k in known})


def save_rules(session: Session, rules: Rules) -> None:
    set_setting(session, SETTING_KEY, asdict(rules))
