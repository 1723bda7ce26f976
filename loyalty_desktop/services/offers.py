"""The next-best offer (精准推荐) at the till: one suggestion per member, picked by rules from
the shop's own history — not a model, so the cashier can say why.

The owner chooses a coupon template for each occasion (a birthday this week; a regular back
after a long absence). After a scan, the first rule that applies is the suggestion:

1. **birthday** — a birthday within the week, and the birthday coupon chosen;
2. **win_back** — a regular (3+ visits) away more than twice their usual gap and at least 30
   days, and the win-back coupon chosen;
3. **next_tier** — close to the next tier (services/personal.py): say how much more to spend.

A coupon is not suggested to a member who was given one of that template in the last 90 days,
whatever the occasion. The cashier hands it over with one key (any cashier may: the owner
chose the coupon); the service checks again that it is still the suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.services import audit, coupons
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import MemberCard, member_card
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.personal import NextTier
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.store.models import Coupon, CouponTemplate
from loyalty_desktop.store.models.base import saved_id

Occasion = Literal["birthday", "win_back"]
OCCASIONS: dict[str, str] = {
    "birthday": QT_TRANSLATE_NOOP("Offers", "birthday this week"),
    "win_back": QT_TRANSLATE_NOOP("Offers", "a regular back after a long absence"),
}
SETTING = "offers.templates"  # {occasion: template id}
REGULAR_VISITS = 3
AWAY_FACTOR = 2
AWAY_FLOOR_DAYS = 30
PAUSE_DAYS = 90


@dataclass(frozen=True)
class Suggestion:
    kind: str  # an occasion, or "next_tier"
    template_id: int | None = None  # the coupon to hand over
    template_name: str = ""
    next_tier: NextTier | None = None


def offer_templates(session: Session) -> dict[str, int]:
    """The template chosen for each occasion (occasions without one left out)."""
    chosen = get_setting(session, SETTING, {})
    return {occasion: int(chosen[occasion]) for occasion in OCCASIONS if occasion in chosen}


def choose_template(session: Session, actor: Actor, occasion: str, template_id: int | None) -> None:
    """The owner's choice of the coupon suggested for ``occasion`` (None: suggest none)."""
    require(session, actor, Action.DESIGN_COUPONS)
    if occasion not in OCCASIONS:
        raise InvalidInput(field="occasion", reason="unknown_occasion", text=occasion)
    chosen = dict(get_setting(session, SETTING, {}))
    if template_id is None:
        chosen.pop(occasion, None)
    else:
        template = session.get(CouponTemplate, template_id)
        if template is None or not template.active:
            raise InvalidInput(field="template", reason="no_template", template_id=template_id)
        chosen[occasion] = template_id
    set_setting(session, SETTING, chosen)
    audit.record(session, actor, "offer.choose", occasion, template=template_id)


def _occasions(card: MemberCard, today: date, last_day: date | None) -> list[Occasion]:
    """The occasions this member meets now, in the rules' order."""
    met: list[Occasion] = []
    if card.personal.birthday_in is not None:
        met.append("birthday")
    gap = card.personal.usual_gap
    if card.visits >= REGULAR_VISITS and gap is not None and last_day is not None:
        away = (today - last_day).days
        if away > max(AWAY_FLOOR_DAYS, AWAY_FACTOR * gap):
            met.append("win_back")
    return met


def _given_lately(session: Session, member_id: int, template_id: int, now: datetime) -> bool:
    since = now - timedelta(days=PAUSE_DAYS)
    found = session.exec(
        select(Coupon.id).where(
            Coupon.member_id == member_id,
            Coupon.template_id == template_id,
            col(Coupon.issued_at) >= since,
        )
    ).first()
    return found is not None


def suggest(session: Session, card: MemberCard, now: datetime | None = None) -> Suggestion | None:
    """The one suggestion for the member of ``card`` (read with it at the till), or None."""
    now = now or utcnow()
    zone = load_rules(session).zone
    last_day = card.last_visit and local_day(card.last_visit, zone)
    templates = offer_templates(session)
    for occasion in _occasions(card, local_day(now, zone), last_day):
        template = session.get(CouponTemplate, templates.get(occasion, 0))
        if template is None or not template.active:
            continue
        template_id = saved_id(template)
        if not _given_lately(session, card.id, template_id, now):
            return Suggestion(occasion, template_id, template.name)
    if card.personal.next_tier is not None:
        return Suggestion("next_tier", next_tier=card.personal.next_tier)
    return None


def give_offer(session: Session, actor: Actor, member_id: int, template_id: int) -> Coupon:
    """Hand the suggested coupon to the member: refused unless it is still their suggestion."""
    card = member_card(session, member_id)
    suggestion = suggest(session, card)
    if suggestion is None or suggestion.template_id != template_id:
        raise InvalidInput(field="offer", reason="offer_gone")
    result = coupons.issue(
        session,
        actor,
        template_id,
        member_ids=[member_id],
        target=f"till {suggestion.kind}",
        action=Action.GIVE_OFFER,
    )
    if not result.coupons:  # the template's per-member limit
        raise InvalidInput(field="offer", reason="offer_gone")
    return result.coupons[0]
