"""How many points a sale earns, step by step, in a fixed and documented order:

1. minimum spend — nothing is earned when the amount paid is below it;
2. base — whole yuan paid (rounded down, or half up if the owner chose) × points per yuan;
3. tier — × the member's tier multiplier (rounded down);
4. promotion — × the best promotion running that day in shop time (rounded down; promotions do
   not stack, the highest one applies);
5. cap — at most the cap per sale, if there is one.

Points are computed from the amount actually paid, after the tier, coupon and points discounts.
Every step is returned so the receipt and the settings preview can show the arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from loyalty_desktop.core.display import money
from loyalty_desktop.core.i18n import translate
from loyalty_desktop.services.rules import Rules, Tier, shown_word


@dataclass(frozen=True)
class Step:
    kind: str  # min_spend | base | tier | promotion | cap
    label: str  # what the receipt shows, e.g. "Gold ×1.5" (in the process's language)
    points: int  # the running total after this step


@dataclass(frozen=True)
class Earned:
    points: int
    steps: tuple[Step, ...]


def _pct(value: int) -> str:
    return f"×{value // 100}" if value % 100 == 0 else f"×{value / 100:g}"


def earn(rules: Rules, paid_cents: int, tier: Tier, day: date) -> Earned:
    """Points for ``paid_cents`` paid by a member of ``tier`` on ``day`` (shop time)."""
    e = rules.earning
    if paid_cents < e.min_spend_cents or paid_cents <= 0:
        label = (
            translate("Earning", "below the minimum spend of {amount}").format(
                amount=money(e.min_spend_cents)
            )
            if paid_cents > 0
            else translate("Earning", "nothing paid")
        )
        return Earned(0, (Step("min_spend", label, 0),))
    yuan = paid_cents // 100 if e.rounding == "floor" else (paid_cents + 50) // 100
    points = yuan * e.points_per_yuan
    base = translate("Earning", "{yuan} yuan × {rate}").format(yuan=yuan, rate=e.points_per_yuan)
    steps = [Step("base", base, points)]
    if tier.multiplier_pct != 100:
        points = points * tier.multiplier_pct // 100
        steps.append(Step("tier", f"{shown_word(tier.name)} {_pct(tier.multiplier_pct)}", points))
    running = [p for p in e.promotions if p.applies(day)]
    if running:
        best = max(running, key=lambda p: p.multiplier_pct)
        points = points * best.multiplier_pct // 100
        steps.append(Step("promotion", f"{best.name} {_pct(best.multiplier_pct)}", points))
    if e.cap_per_sale is not None and points > e.cap_per_sale:
        points = e.cap_per_sale
        cap = translate("Earning", "cap {points}").format(points=e.cap_per_sale)
        steps.append(Step("cap", cap, points))
    return Earned(points, tuple(steps))


def tier_discount_cents(amount_cents: int, tier: Tier) -> int:
    """The tier's member discount on the amount, rounded half up to a cent."""
    return (amount_cents * tier.discount_pct * 2 + 100) // 200


@dataclass(frozen=True)
class Preview:
    tier_discount_cents: int
    paid_cents: int
    earned: Earned


def preview(rules: Rules, amount_cents: int, tier: Tier, day: date) -> Preview:
    """What a sale of ``amount_cents`` comes to and earns with no points redeemed (the
    settings preview): the tier discount first, then earning on what is paid."""
    discount = tier_discount_cents(amount_cents, tier)
    paid = amount_cents - discount
    return Preview(discount, paid, earn(rules, paid, tier, day))
