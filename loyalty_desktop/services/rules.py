"""The programme's rules as one validated document: earning, redemption, tiers, bonuses,
expiry and the reward catalogue (DESIGN.md §5 ``loyalty rules show/set``).

Rules are versioned: saving writes a new version that applies from that moment, so a
back-dated paper receipt earns by the rules that were in force on its own date. Multipliers and
percentages are whole percents (150 = ×1.5), so no arithmetic on points ever touches a float.
"""

from __future__ import annotations

import bisect
import json
import math
from datetime import date, datetime
from itertools import pairwise
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import DEFAULT_TIMEZONE, shop_zone, utcnow
from loyalty_desktop.core.errors import (
    REASONS,
    InsufficientPoints,
    InvalidInput,
    RedeemStep,
    RedeemTooMuch,
    reason_text,
)
from loyalty_desktop.core.i18n import FALLBACK, QT_TRANSLATE_NOOP, translate
from loyalty_desktop.core.limits import MAX_AMOUNT_CENTS, MAX_DAYS, MAX_POINTS, MAX_VISITS
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.staff import DEFAULT_OWNER_NAME
from loyalty_desktop.store.models import RulesVersion

MAX_RATE = 10_000
MAX_MULTIPLIER_PCT = 1_000  # ×10: anything above is a typo, not a promotion


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Promotion(_Part):
    """Extra points on some days: "double points on Tuesdays" is weekdays [2], 200%."""

    name: str = Field(min_length=1, max_length=60)
    multiplier_pct: int = Field(ge=100, le=MAX_MULTIPLIER_PCT)
    weekdays: list[int] = Field(default_factory=list)  # ISO: 1 = Monday … 7 = Sunday; [] = all
    start: date | None = None
    end: date | None = None

    @field_validator("weekdays")
    @classmethod
    def _weekdays(cls, value: list[int]) -> list[int]:
        if any(not 1 <= day <= 7 for day in value):
            raise refusal("weekdays")
        return sorted(set(value))

    @model_validator(mode="after")
    def _dates(self) -> Promotion:
        if self.start and self.end and self.end < self.start:
            raise refusal("end_before_start")
        return self

    def applies(self, day: date) -> bool:
        return (
            (not self.weekdays or day.isoweekday() in self.weekdays)
            and (self.start is None or day >= self.start)
            and (self.end is None or day <= self.end)
        )


class Earning(_Part):
    points_per_yuan: int = Field(default=1, ge=1, le=MAX_RATE)
    rounding: Literal["floor", "half_up"] = "floor"  # how yuan paid become whole yuan
    min_spend_cents: int = Field(default=0, ge=0, le=MAX_AMOUNT_CENTS)
    cap_per_sale: int | None = Field(default=None, ge=1, le=MAX_POINTS)
    promotions: list[Promotion] = Field(default_factory=list)


class Redemption(_Part):
    points_per_yuan: int = Field(default=100, ge=1, le=MAX_RATE)  # points that make ¥1 off


class Tier(_Part):
    name: str = Field(min_length=1, max_length=30)
    # cents of net spend, or visits, in the window
    threshold: int = Field(ge=0, le=MAX_AMOUNT_CENTS)
    multiplier_pct: int = Field(default=100, ge=100, le=MAX_MULTIPLIER_PCT)
    discount_pct: int = Field(default=0, ge=0, le=50)
    benefits: str = Field(default="", max_length=300)


# The default rules' words are data like any the owner writes (a member keeps the name of their
# tier), so they are stored as they are; but while the owner keeps them they read in the reader's
# language (shown_word), and a translation typed back in is the default again (stored_word).
DEFAULT_SHOP_NAME = QT_TRANSLATE_NOOP("DefaultRules", "My Shop")
DEFAULT_TIERS = [
    Tier(name=QT_TRANSLATE_NOOP("DefaultRules", "Member"), threshold=0),
    Tier(
        name=QT_TRANSLATE_NOOP("DefaultRules", "Silver"),
        threshold=100_000,
        multiplier_pct=125,
        benefits=QT_TRANSLATE_NOOP("DefaultRules", "1.25× points"),
    ),
    Tier(
        name=QT_TRANSLATE_NOOP("DefaultRules", "Gold"),
        threshold=300_000,
        multiplier_pct=150,
        benefits=QT_TRANSLATE_NOOP("DefaultRules", "1.5× points"),
    ),
]
# The name an erased member is left with (services/privacy.py): stored in English, read in
# the reader's language like the default words.
ERASED_MEMBER_NAME = QT_TRANSLATE_NOOP("DefaultRules", "Erased member")
DEFAULT_WORDS = (  # what a new shop starts with; shown translated until the owner renames it
    DEFAULT_SHOP_NAME,
    DEFAULT_OWNER_NAME,
    ERASED_MEMBER_NAME,
    *(tier.name for tier in DEFAULT_TIERS),
    *(tier.benefits for tier in DEFAULT_TIERS if tier.benefits),
)


def shown_word(text: str, language: str | None = None) -> str:
    """A tier name, tier benefits, shop name or staff name as a person reads it: a default word
    in their language, anything the owner wrote as written."""
    return translate("DefaultRules", text, language=language) if text in DEFAULT_WORDS else text


def stored_word(text: str, language: str | None = None) -> str:
    """What the owner typed, as it is stored: a default word's translation is that word."""
    return next((w for w in DEFAULT_WORDS if shown_word(w, language) == text), text)


class Tiers(_Part):
    basis: Literal["spend", "visits"] = "spend"
    window_months: int = Field(default=12, ge=1, le=36)
    grace_months: int = Field(default=1, ge=0, le=12)
    levels: list[Tier] = Field(default_factory=lambda: list(DEFAULT_TIERS), min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> Tiers:
        if self.levels[0].threshold != 0:
            raise refusal("first_tier")
        for lower, upper in zip(self.levels, self.levels[1:], strict=False):
            if upper.threshold <= lower.threshold:
                raise refusal(
                    "tier_overlap",
                    upper=upper.name,
                    upper_threshold=upper.threshold,
                    lower=lower.name,
                    lower_threshold=lower.threshold,
                )
        names = [t.name.casefold() for t in self.levels]
        if len(set(names)) != len(names):
            raise refusal("tier_names")
        return self

    @property
    def base(self) -> Tier:
        return self.levels[0]

    def level(self, name: str | None) -> Tier:
        """The tier called ``name``; a name no longer in the rules means the base tier."""
        return next((t for t in self.levels if t.name == name), self.base)

    def rank(self, name: str | None) -> int:
        return self.levels.index(self.level(name))

    def qualifying(self, value: int) -> Tier:
        """The highest tier whose threshold ``value`` reaches."""
        return [t for t in self.levels if t.threshold <= value][-1]


class BirthdayBonus(_Part):
    points: int = Field(default=0, ge=0, le=1_000_000)
    mode: Literal["first_visit", "on_day"] = "first_visit"
    window_days: int = Field(default=7, ge=0, le=31)  # first visit within this many days


class ReferralBonus(_Part):
    referrer_points: int = Field(default=0, ge=0, le=1_000_000)
    referee_points: int = Field(default=0, ge=0, le=1_000_000)
    # the new member's first qualifying purchase
    min_spend_cents: int = Field(default=0, ge=0, le=MAX_AMOUNT_CENTS)


class Bonuses(_Part):
    enrolment_points: int = Field(default=0, ge=0, le=1_000_000)
    birthday: BirthdayBonus = BirthdayBonus()
    referral: ReferralBonus = ReferralBonus()


class Expiry(_Part):
    months: int = Field(default=0, ge=0, le=120)  # earned points lapse after this; 0 = never


class Reward(_Part):
    name: str = Field(min_length=1, max_length=60)
    points: int = Field(ge=1, le=10_000_000)


class Rfm(_Part):
    """Thresholds for RFM scores 5, 4, 3 and 2 (anything beyond scores 1), documented in
    docs/metrics.md. Recency: at most N days since the last visit; frequency: at least N visits
    in the last 12 months; monetary: at least N cents spent in the last 12 months."""

    recency_days: list[int] = Field(default_factory=lambda: [30, 60, 90, 180])
    frequency_visits: list[int] = Field(default_factory=lambda: [12, 6, 3, 2])
    monetary_cents: list[int] = Field(default_factory=lambda: [500_000, 200_000, 80_000, 30_000])

    @field_validator("recency_days", "frequency_visits", "monetary_cents")
    @classmethod
    def _four_steps(cls, value: list[int], info: ValidationInfo) -> list[int]:
        name = str(info.field_name)  # always set for a field's validator
        rising = name == "recency_days"  # more days = a worse score
        most = _RFM_MAXIMA[name]
        steps = value if rising else value[::-1]
        if (
            len(value) != 4
            or not 1 <= min(value) <= max(value) <= most
            or any(a >= b for a, b in pairwise(steps))
        ):
            raise refusal("rfm_rising" if rising else "rfm_falling", most=most)
        return value


_RFM_MAXIMA = {
    "recency_days": MAX_DAYS,
    "frequency_visits": MAX_VISITS,
    "monetary_cents": MAX_AMOUNT_CENTS,
}


class Sales(_Part):
    # A sale above this asks the cashier to confirm it (a slipped finger adds zeros); 0 = never.
    confirm_above_cents: int = Field(default=500_000, ge=0, le=MAX_AMOUNT_CENTS)
    # A cashier refunds up to this much, of today's sales only; more needs an owner's or a
    # manager's PIN (a refund is money out of the till).
    cashier_refund_limit_cents: int = Field(default=10_000, ge=0, le=MAX_AMOUNT_CENTS)
    cashier_refunds_today_only: bool = True

    def needs_confirming(self, amount_cents: int) -> bool:
        return 0 < self.confirm_above_cents < amount_cents


class Rules(_Part):
    shop_name: str = Field(default=DEFAULT_SHOP_NAME, max_length=100)
    timezone: str = DEFAULT_TIMEZONE
    earning: Earning = Earning()
    redemption: Redemption = Redemption()
    tiers: Tiers = Tiers()
    bonuses: Bonuses = Bonuses()
    expiry: Expiry = Expiry()
    rewards: list[Reward] = Field(default_factory=list)
    rfm: Rfm = Rfm()
    sales: Sales = Sales()

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            shop_zone(value)
        except InvalidInput as exc:
            raise refusal("unknown_zone", text=value) from exc
        return value

    @field_validator("rewards")
    @classmethod
    def _rewards(cls, value: list[Reward]) -> list[Reward]:
        names = [r.name.casefold() for r in value]
        if len(set(names)) != len(names):
            raise refusal("reward_names")
        return value

    @property
    def zone(self) -> ZoneInfo:
        return shop_zone(self.timezone)

    # --- redemption -------------------------------------------------------------------------
    @property
    def redeem_step(self) -> int:
        """The smallest number of points worth a whole number of cents."""
        rate = self.redemption.points_per_yuan
        return rate // math.gcd(rate, 100)

    def redeem_value_cents(self, points: int) -> int:
        """Money off for ``points``; refuses amounts that would not be whole cents."""
        if points % self.redeem_step:
            raise RedeemStep(step=self.redeem_step, requested=points)
        return points * 100 // self.redemption.points_per_yuan

    def points_value_cents(self, points: int) -> int:
        """What a balance is worth as money off (rounded down to a cent)."""
        return points * 100 // self.redemption.points_per_yuan

    def max_redeemable(self, balance: int, amount_cents: int) -> int:
        """Most points a sale of ``amount_cents`` can take from ``balance``, in whole steps."""
        fits = amount_cents * self.redemption.points_per_yuan // 100
        limit = max(0, min(balance, fits))
        return limit - limit % self.redeem_step

    def check_redeem(self, points: int, balance: int, amount_cents: int) -> int:
        """Validate a redemption against the sale; returns its value in cents. Redeeming
        nothing is always allowed: a member whose balance is below zero still buys."""
        if points < 0:
            raise InvalidInput(field="redeem", reason="negative")
        if points == 0:
            return 0
        if points > balance:
            raise InsufficientPoints(requested=points, balance=balance)
        value = self.redeem_value_cents(points)
        if value > amount_cents:
            raise RedeemTooMuch(
                requested=points, maximum=self.max_redeemable(balance, amount_cents)
            )
        return value

    def reward(self, name: str) -> Reward:
        for reward in self.rewards:
            if reward.name.casefold() == name.strip().casefold():
                return reward
        raise InvalidInput(field="reward", reason="unknown_reward", name=name)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


DEFAULT_RULES = Rules()  # frozen, so one shared instance serves every caller


# pydantic's own refusals that have a wording of ours: {type: (reason, {its context: ours})}
_PYDANTIC_REASONS = {
    "missing": ("required", {}),
    "extra_forbidden": ("unknown_setting", {}),
    "int_parsing": ("must_be_whole", {}),
    "int_type": ("must_be_whole", {}),
    "int_from_float": ("must_be_whole", {}),
    "greater_than_equal": ("at_least", {"ge": "least"}),
    "greater_than": ("above", {"gt": "least"}),
    "less_than_equal": ("at_most", {"le": "most"}),
    "string_too_long": ("max_length", {"max_length": "limit"}),
}


def refusal(reason: str, **params: object) -> PydanticCustomError:
    """A validator's refusal: a code of ``REASONS`` and its parameters, which ``invalid`` turns
    back into an ``InvalidInput``."""
    return PydanticCustomError(reason, reason_text({"reason": reason, **params}, FALLBACK), params)


def invalid(exc: ValidationError) -> InvalidInput:
    """The first problem of a validation, named by its path (list positions from 1)."""
    first = exc.errors()[0]
    where = ".".join(str(p + 1 if isinstance(p, int) else p) for p in first["loc"]) or "document"
    context = dict(first.get("ctx") or {})
    if first["type"] in REASONS:  # one of ours, from ``refusal``
        return InvalidInput(field=where, reason=first["type"], **context)
    if first["type"] in _PYDANTIC_REASONS:
        reason, names = _PYDANTIC_REASONS[first["type"]]
        return InvalidInput(field=where, reason=reason, **{names[k]: context[k] for k in names})
    return InvalidInput(field=where, reason="detail", detail=first["msg"])


def parse_rules(document: str | bytes | dict) -> Rules:
    """Validate a whole rules document; the first problem is named with its path."""
    try:
        if isinstance(document, dict):
            return Rules.model_validate(document)
        return Rules.model_validate_json(document)
    except ValidationError as exc:
        raise invalid(exc) from None


class RulesTimeline:
    """Every saved version, to look up the rules in force at any moment (one query)."""

    def __init__(self, versions: list[tuple[datetime, Rules]]) -> None:
        self._starts = [start for start, _rules in versions]
        self._rules = [rules for _start, rules in versions]

    def at(self, moment: datetime | None = None) -> Rules:
        index = bisect.bisect_right(self._starts, moment or utcnow()) - 1
        return self._rules[index] if index >= 0 else DEFAULT_RULES

    @property
    def current(self) -> Rules:
        return self._rules[-1] if self._rules else DEFAULT_RULES


_CACHE_KEY = "loyalty.rules_timeline"


def rules_timeline(session: Session) -> RulesTimeline:
    """All versions, read once per session (one user action) and kept in ``session.info``."""
    cached = session.info.get(_CACHE_KEY)
    if cached is None:
        rows = session.exec(
            select(RulesVersion).order_by(col(RulesVersion.valid_from), col(RulesVersion.id))
        )
        cached = RulesTimeline([(row.valid_from, parse_rules(row.document)) for row in rows])
        session.info[_CACHE_KEY] = cached
    return cached


def load_rules(session: Session, at: datetime | None = None) -> Rules:
    """The rules in force at ``at`` (default: now); the defaults before the first saved version
    (a shop that never changed anything has always run on them)."""
    return rules_timeline(session).at(at)


def save_rules(
    session: Session, actor: Actor, rules: Rules, valid_from: datetime | None = None
) -> None:
    """A new version of the rules, in force from now on (or from ``valid_from``, a past moment,
    for a shop that starts with its history, like the demo). Owner only."""
    require(session, actor, Action.CHANGE_RULES)
    session.info.pop(_CACHE_KEY, None)
    now = utcnow()
    if valid_from is not None and valid_from > now:
        raise InvalidInput(field="valid_from", reason="in_future")
    session.add(
        RulesVersion(
            valid_from=valid_from or now,
            document=rules.to_json(),
            staff_id=actor.staff_id,
            origin_till=actor.till_id,
        )
    )
    session.flush()
    audit.record(
        session, actor, "rules.save", rules.shop_name, document=json.loads(rules.model_dump_json())
    )
