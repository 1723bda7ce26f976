"""Coupons (优惠券): templates, issue runs (campaigns) to a member, a segment or as bearer
coupons, codes a person can read back, and redemption that happens at most once.

Codes: 13 characters drawn with ``secrets`` from a 32-letter alphabet without 0/O/1/I (65 bits)
plus a Luhn mod-32 check character, shown in groups (``7QK2-MBRX-9HTD-4W``), so a mistyped code
is refused before the database is asked. Redemption is a conditional UPDATE (``status =
'issued'`` in the WHERE clause), so two tills on one database can never both redeem a code.

Refund policy: a refund that completes the sale gives the coupon back (status issued again) if
it has not expired; a partial refund keeps it redeemed.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal, cast
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
from sqlalchemy import CursorResult, Integer, func, update
from sqlmodel import Session, col, select
from stdnum import luhn

from loyalty_desktop.core.clock import ensure_not_future, local_day, to_utc, utcnow
from loyalty_desktop.core.errors import CouponRefused, DuplicateTemplate, InvalidInput
from loyalty_desktop.core.i18n import translate
from loyalty_desktop.core.limits import MAX_AMOUNT_CENTS, MAX_POINTS
from loyalty_desktop.core.money import format_cents, mul_div_half_up, parse_amount
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.lengths import check_length, column_limit
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rules import invalid, load_rules, refusal
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.models import (
    Campaign,
    Coupon,
    CouponKind,
    CouponStatus,
    CouponTemplate,
    DoubleRedemption,
    Member,
    Sale,
    SaleStatus,
)
from loyalty_desktop.store.models.base import saved_id

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
RANDOM_CHARS = 13  # 13 × 5 bits = 65 bits of randomness
_CODE = re.compile(rf"^[{ALPHABET}]{{{RANDOM_CHARS + 1}}}$")
MAX_ISSUE = 10_000
_INSTANT = timedelta(microseconds=1)  # expiry is exclusive: the last valid moment is before it


class Terms(BaseModel):
    """An offer's terms; an issued coupon keeps its own copy."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["fixed", "percent", "free_item", "points"]
    value: int = Field(ge=1)  # cents off / percent / the free item's price in cents / points
    cap_cents: int | None = Field(default=None, ge=1, le=MAX_AMOUNT_CENTS)  # percent: most off
    item: str = Field(default="", max_length=60)  # free_item: what is given
    min_spend_cents: int = Field(default=0, ge=0, le=MAX_AMOUNT_CENTS)
    valid_days: int | None = Field(default=30, ge=1, le=3650)  # from issue; or fixed dates:
    valid_from: date | None = None
    valid_until: date | None = None
    member_bound: bool = True
    per_member_limit: int | None = Field(default=None, ge=1)
    combine_with_points: bool = True

    @field_validator("value")
    @classmethod
    def _bounded(cls, value: int, info: ValidationInfo) -> int:
        if info.data.get("kind") == "points" and value > MAX_POINTS:
            raise refusal("points_coupon_limit", most=MAX_POINTS)
        if info.data.get("kind") in ("fixed", "free_item") and value > MAX_AMOUNT_CENTS:
            raise refusal("coupon_worth_limit", most=format_cents(MAX_AMOUNT_CENTS))
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Terms:
        if self.kind == "percent" and self.value > 100:
            raise refusal("percent_limit")
        if self.kind == "free_item" and not self.item.strip():
            raise refusal("free_item_name")
        if self.valid_until is None and self.valid_days is None:
            raise refusal("validity_needed")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise refusal("validity_reversed")
        return self

    def describe(self) -> str:
        """One line a customer understands, in the process's language: "¥10.00 off (spend
        ¥100.00)"."""
        if self.kind == "fixed":
            offer = translate("CouponTerms", "¥{value} off")
        elif self.kind == "percent" and self.cap_cents:
            offer = translate("CouponTerms", "{value}% off (up to ¥{cap})")
        elif self.kind == "percent":
            offer = translate("CouponTerms", "{value}% off")
        elif self.kind == "free_item":
            offer = translate("CouponTerms", "free {item}")
        else:
            offer = translate("CouponTerms", "%n bonus point(s)", None, self.value)
        if self.min_spend_cents:
            offer += translate("CouponTerms", " with a purchase of ¥{minimum} or more")
        return offer.format(
            value=format_cents(self.value) if self.kind == "fixed" else self.value,
            cap=format_cents(self.cap_cents or 0),
            item=self.item,
            minimum=format_cents(self.min_spend_cents),
        )

    def last_day(self, issued_on: date) -> date:
        """The last valid day (shop time) of a coupon issued on ``issued_on``: N days after
        the issue, N days counting a fixed first day, or the fixed last day."""
        if self.valid_until:
            return self.valid_until
        if self.valid_from:
            return self.valid_from + timedelta(days=(self.valid_days or 1) - 1)
        return issued_on + timedelta(days=self.valid_days or 0)

    def validity(self) -> str:
        """ "30 days from issue", "until 2026-12-31", "2026-12-01 to 2026-12-31"."""
        if self.valid_until and self.valid_from:
            text = translate("CouponTerms", "{first} to {last}")
        elif self.valid_until:
            text = translate("CouponTerms", "until {last}")
        elif self.valid_from:
            text = translate("CouponTerms", "%n day(s) from {first}", None, self.valid_days or 0)
        else:
            text = translate("CouponTerms", "%n day(s) from issue", None, self.valid_days or 0)
        return text.format(first=self.valid_from, last=self.valid_until)

    def discount_cents(self, due_cents: int) -> int:
        """Money off a sale whose amount due (after the tier discount) is ``due_cents``."""
        if self.kind == "fixed" or self.kind == "free_item":
            return min(self.value, due_cents)
        if self.kind == "percent":
            off = mul_div_half_up(due_cents, self.value, 100)
            return min(off, self.cap_cents or off, due_cents)
        return 0


def value_from_text(kind: str, text: str) -> int:
    """A typed offer value: yuan for money off and free items, a whole number otherwise."""
    if kind in (CouponKind.FIXED, CouponKind.FREE_ITEM):
        return parse_amount(text)
    if not text.strip().isdigit():
        raise InvalidInput(field="value", reason="not_whole", text=text)
    return int(text.strip())


def parse_terms(document: dict | str) -> Terms:
    try:
        if isinstance(document, str):
            return Terms.model_validate_json(document)
        return Terms.model_validate(document)
    except ValidationError as exc:
        raise invalid(exc) from None


# --- codes --------------------------------------------------------------------------------------


def new_code() -> str:
    while True:
        body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARS))
        if not body.isdigit():  # never mistaken for a card number
            return body + luhn.calc_check_digit(body, alphabet=ALPHABET)


def grouped(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise_code(text: str) -> str | None:
    """'7qk2 mbrx-9htd 4w' -> '7QK2MBRX9HTD4W'; None if it cannot be a coupon code at all."""
    cleaned = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", str(text))).upper()
    return cleaned if _CODE.match(cleaned) and not cleaned.isdigit() else None


def looks_like_coupon(text: str) -> bool:
    return normalise_code(text) is not None


def check_ok(code: str) -> bool:
    return luhn.is_valid(code, alphabet=ALPHABET)


# --- templates and issuing -----------------------------------------------------------------------


def add_template(session: Session, actor: Actor, name: str, terms: Terms) -> CouponTemplate:
    require(session, actor, Action.DESIGN_COUPONS)
    name = name.strip()
    if not name:
        raise InvalidInput(field="name", reason="required")
    check_length("name", name, col(CouponTemplate.name))
    _refuse_duplicate(session, name)
    today = local_day(utcnow(), load_rules(session).zone)
    if (last_day := terms.last_day(today)) < today:
        raise InvalidInput(field="valid_until", reason="day_passed", day=last_day)
    template = CouponTemplate(
        name=name,
        terms=terms.model_dump_json(),
        created_at=utcnow(),
        origin_till=actor.till_id,
    )
    session.add(template)
    session.flush()
    audit.record(
        session, actor, "coupon.template", template.name, terms=terms.model_dump(mode="json")
    )
    return template


def _refuse_duplicate(session: Session, name: str) -> None:
    """Names tell designs apart in every list: "Gift" and " gift " are one name."""
    key = name.casefold()
    for template in templates(session):
        if template.name.strip().casefold() == key:
            raise DuplicateTemplate(name=name, template_id=template.id)


def _validity(terms: Terms, issued: datetime, session: Session) -> tuple[datetime, datetime]:
    """[first valid moment, expiry): a coupon is good until the end of the shop's last valid
    day, so one issued at 11:33 for 30 days still works that evening 30 days later."""
    zone = load_rules(session).zone
    start = to_utc(datetime.combine(terms.valid_from, time()), zone) if terms.valid_from else issued
    last_day = terms.last_day(local_day(issued, zone))
    end = to_utc(datetime.combine(last_day + timedelta(days=1), time()), zone)
    if end <= issued:
        raise InvalidInput(field="valid_until", reason="already_passed")
    return start, end


def last_valid_day(coupon: Coupon, zone: ZoneInfo) -> date:
    """The day printed on the coupon: the shop's day of its last valid moment."""
    return local_day(coupon.expires_at - _INSTANT, zone)


@dataclass
class IssueResult:
    campaign: Campaign
    coupons: list[Coupon] = field(default_factory=list)
    skipped: int = 0  # members already at the per-member limit


def issue(
    session: Session,
    actor: Actor,
    template_id: int,
    *,
    member_ids: list[int] | None = None,
    bearer: int = 0,
    target: str = "",
    name: str | None = None,
    at: datetime | None = None,
    action: Action = Action.ISSUE_COUPONS,
) -> IssueResult:
    """One campaign: a coupon for each member given, or ``bearer`` coupons for anyone;
    ``at``: when it was issued, for a campaign handed out before it was entered (the demo);
    ``action``: what the actor must be allowed (the till's suggested offer: any cashier)."""
    require(session, actor, action)
    template = session.get(CouponTemplate, template_id)
    if template is None or not template.active:
        raise InvalidInput(field="template", reason="no_template", template_id=template_id)
    terms = parse_terms(template.terms)
    if bearer and terms.member_bound:
        raise InvalidInput(field="bearer", reason="members_only")
    if not member_ids and bearer <= 0:
        raise InvalidInput(field="coupons", reason="nobody")
    if len(member_ids or []) + bearer > MAX_ISSUE:
        raise InvalidInput(field="coupons", reason="issue_limit", most=MAX_ISSUE)
    now = at or utcnow()
    ensure_not_future(now, field="issued_at")
    start, end = _validity(terms, now, session)
    check_length("campaign", name, col(Campaign.name))
    check_length("target", target, col(Campaign.target))
    dated = f" {now:%Y-%m-%d}"  # the default name: the template's, cut to leave room for this
    campaign = Campaign(
        name=name or template.name[: column_limit(col(Campaign.name)) - len(dated)] + dated,
        template_id=saved_id(template),
        target=target,
        created_at=now,
        staff_id=actor.staff_id,
        origin_till=actor.till_id,
    )
    session.add(campaign)
    session.flush()
    result = IssueResult(campaign)
    holders: list[int | None] = [*(member_ids or []), *([None] * bearer)]
    for member_id in holders:
        if member_id is not None and _at_limit(session, terms, saved_id(template), member_id):
            result.skipped += 1
            continue
        coupon = Coupon(
            code=new_code(),
            template_id=saved_id(template),
            campaign_id=saved_id(campaign),
            member_id=member_id,
            terms=template.terms,
            issued_at=now,
            valid_from=start,
            expires_at=end,
            origin_till=actor.till_id,
        )
        session.add(coupon)
        result.coupons.append(coupon)
    session.flush()
    audit.record(
        session, actor, "coupon.issue", campaign.name, coupons=len(result.coupons), target=target
    )
    return result


def _at_limit(session: Session, terms: Terms, template_id: int, member_id: int) -> bool:
    if terms.per_member_limit is None:
        return False
    held = session.exec(
        select(func.count(col(Coupon.id))).where(
            Coupon.template_id == template_id,
            Coupon.member_id == member_id,
            Coupon.status != CouponStatus.VOID.value,
        )
    ).one()
    return held >= terms.per_member_limit


# --- redemption ----------------------------------------------------------------------------------


def find_coupon(session: Session, text: str) -> Coupon:
    code = normalise_code(text)
    if code is None or not check_ok(code):
        raise CouponRefused(coupon=str(text).strip(), reason="mistyped", guess=True)
    coupon = session.exec(select(Coupon).where(Coupon.code == code)).first()
    if coupon is None:
        raise CouponRefused(coupon=grouped(code), reason="not_issued", guess=True)
    return coupon


@dataclass(frozen=True)
class CouponUse:
    coupon: Coupon
    terms: Terms
    discount_cents: int
    bonus_points: int


def _void(label: str, coupon: Coupon) -> CouponRefused:
    if coupon.void_reason:
        return CouponRefused(coupon=label, reason="void", note=coupon.void_reason)
    return CouponRefused(coupon=label, reason="void_by_owner")


def _check_state(
    coupon: Coupon, terms: Terms, member_id: int | None, at: datetime, member_known: bool = True
) -> None:
    """Checks that need no amount: used, void, dates, whose coupon it is."""
    label = grouped(coupon.code)
    if coupon.status == CouponStatus.REDEEMED:
        raise CouponRefused(coupon=label, reason="used", sale_id=coupon.sale_id)
    if coupon.status == CouponStatus.VOID:
        raise _void(label, coupon)
    if at >= coupon.expires_at:
        raise CouponRefused(coupon=label, reason="expired")
    if at < coupon.valid_from:
        raise CouponRefused(coupon=label, reason="not_valid_yet")
    if at < coupon.issued_at:  # a back-dated sale from before the coupon was handed out
        raise CouponRefused(coupon=label, reason="issued_after_sale")
    if not member_known:
        return
    if terms.member_bound and member_id is None:
        raise CouponRefused(coupon=label, reason="for_members")
    if terms.member_bound and coupon.member_id is not None and coupon.member_id != member_id:
        raise CouponRefused(coupon=label, reason="other_member")


def open_coupon(session: Session, text: str, member_id: int | None) -> Coupon:
    """What the till does on a scan, before the amount is known: the coupon, if it can still
    be used (``member_id`` None: no member at the till yet, checked again at the sale)."""
    coupon = find_coupon(session, text)
    _check_state(
        coupon, parse_terms(coupon.terms), member_id, utcnow(), member_known=member_id is not None
    )
    return coupon


def check_coupon(
    session: Session,
    text: str,
    member_id: int | None,
    due_cents: int,
    redeem_points: int,
    at: datetime,
) -> CouponUse:
    """Everything that must hold for this coupon on this sale; each failure says why."""
    coupon = find_coupon(session, text)
    terms = parse_terms(coupon.terms)
    label = grouped(coupon.code)
    _check_state(coupon, terms, member_id, at)
    if due_cents < terms.min_spend_cents:
        min_spend = format_cents(terms.min_spend_cents)
        raise CouponRefused(coupon=label, reason="min_spend", min_spend=min_spend)
    if redeem_points and not terms.combine_with_points:
        raise CouponRefused(coupon=label, reason="not_with_points")
    if terms.kind == CouponKind.POINTS.value and member_id is None:
        raise CouponRefused(coupon=label, reason="bonus_needs_member")
    bonus = terms.value if terms.kind == CouponKind.POINTS.value else 0
    return CouponUse(coupon, terms, terms.discount_cents(due_cents), bonus)


def mark_redeemed(session: Session, use: CouponUse, sale: Sale) -> None:
    """At most once, even with two tills: only a coupon still 'issued' is taken."""
    statement = (
        update(Coupon)
        .where(col(Coupon.id) == use.coupon.id, col(Coupon.status) == CouponStatus.ISSUED.value)
        .values(
            status=CouponStatus.REDEEMED.value,
            sale_id=sale.id,
            redeemed_at=sale.created_at,
            discount_cents=use.discount_cents,
        )
        .execution_options(synchronize_session=False)
    )
    result = cast(CursorResult[Any], session.execute(statement))  # an UPDATE's, with rowcount
    if result.rowcount != 1:
        raise CouponRefused(coupon=grouped(use.coupon.code), reason="used_elsewhere")
    session.expire(use.coupon)


def redeemed_on(session: Session, sale: Sale) -> Coupon | None:
    return session.exec(select(Coupon).where(Coupon.sale_id == sale.id)).first()


def reinstate(session: Session, coupon: Coupon, at: datetime) -> bool:
    """A refund that completes the sale reinstates its coupon if it is still valid then; but a
    sale that used it too, at another till offline, holds it from then on (it was used)."""
    if coupon.expires_at <= at:
        return False
    coupon.status, coupon.sale_id, coupon.redeemed_at, coupon.discount_cents = (
        CouponStatus.ISSUED,
        None,
        None,
        0,
    )
    session.flush()
    _hand_on(session, coupon)
    return True


def _hand_on(session: Session, coupon: Coupon) -> None:
    """The earliest sale recorded as a double redemption of this coupon (services/sync) and
    not refunded in full takes its redemption (the same sale on every till)."""
    twice = session.exec(
        select(DoubleRedemption, Sale)
        .join(Sale, col(Sale.id) == DoubleRedemption.sale_id)
        .where(DoubleRedemption.coupon_id == coupon.id, Sale.status != SaleStatus.REFUNDED.value)
    ).all()
    if not twice:
        return
    double, sale = min(
        twice, key=lambda pair: (pair[1].created_at, pair[1].origin_till, pair[1].uuid)
    )
    coupon.status, coupon.sale_id = CouponStatus.REDEEMED, sale.id
    coupon.redeemed_at, coupon.discount_cents = sale.created_at, sale.coupon_discount_cents
    session.delete(double)
    session.flush()


def void(session: Session, actor: Actor, text: str, reason: str) -> Coupon:
    require(session, actor, Action.VOID_COUPONS)
    if not reason.strip():
        raise InvalidInput(field="reason", reason="void_reason")
    check_length("reason", reason.strip(), col(Coupon.void_reason))
    coupon = find_coupon(session, text)
    if coupon.status != CouponStatus.ISSUED:
        reason = "not_open_redeemed" if coupon.status == CouponStatus.REDEEMED else "not_open_void"
        raise CouponRefused(coupon=grouped(coupon.code), reason=reason)
    coupon.status, coupon.void_reason = CouponStatus.VOID, reason.strip()
    session.flush()
    audit.record(session, actor, "coupon.void", coupon.code, reason=reason.strip())
    return coupon


# --- guessing at the counter ---------------------------------------------------------------------


class ScanGuard:
    """Five failed coupon scans within a minute lock coupon entry on this till for 30 s (code
    guessing at the counter is a known abuse). One guard per till, kept in memory."""

    LIMIT, WINDOW, LOCK = 5, timedelta(minutes=1), timedelta(seconds=30)

    def __init__(self) -> None:
        self.failures: list[datetime] = []
        self.locked_until: datetime | None = None

    def check(self, now: datetime | None = None) -> None:
        now = now or utcnow()
        if self.locked_until and now < self.locked_until:
            seconds = int((self.locked_until - now).total_seconds()) + 1
            raise CouponRefused(coupon="entry", reason="locked", seconds=seconds)

    def failed(self, now: datetime | None = None) -> bool:
        """Count a failure; True when it locks coupon entry."""
        now = now or utcnow()
        self.failures = [t for t in self.failures if now - t < self.WINDOW] + [now]
        if len(self.failures) >= self.LIMIT:
            self.failures.clear()
            self.locked_until = now + self.LOCK
            return True
        return False

    def succeeded(self) -> None:
        self.failures.clear()


def log_lockout(session: Session, actor: Actor, refusal: CouponRefused) -> None:
    """Written in a transaction of its own: the refused action itself was rolled back."""
    audit.record(session, actor, "coupon.lockout", "", after=str(refusal))


def counts_as_guess(refusal: CouponRefused) -> bool:
    """Unknown or mistyped codes count towards the lock; a real coupon refused for its
    terms (used, expired, minimum spend) does not."""
    return bool(refusal.params.get("guess"))


# --- for the Coupons view -----------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignRow:
    campaign: Campaign
    template: str
    issued: int
    redeemed: int

    @property
    def redemption_rate(self) -> float | None:
        return self.redeemed / self.issued if self.issued else None


def templates(session: Session) -> list[CouponTemplate]:
    return list(session.exec(select(CouponTemplate).order_by(col(CouponTemplate.id))))


def campaigns(session: Session) -> list[CampaignRow]:
    redeemed = func.sum(func.cast(col(Coupon.status) == CouponStatus.REDEEMED.value, Integer))
    rows = session.exec(
        select(
            Campaign, CouponTemplate.name, func.count(col(Coupon.id)), func.coalesce(redeemed, 0)
        )
        .join(CouponTemplate, col(CouponTemplate.id) == Campaign.template_id)
        .outerjoin(Coupon, col(Coupon.campaign_id) == Campaign.id)
        .group_by(col(Campaign.id), col(CouponTemplate.name))
        .order_by(col(Campaign.id).desc())
    )
    return [CampaignRow(c, name, issued, int(used)) for c, name, issued, used in rows]


@dataclass(frozen=True)
class PrintedCoupon:
    """What a printed coupon shows; printing takes this, never a session."""

    code: str
    terms: Terms
    last_day: date  # the last day it is valid, in shop time
    holder_name: str = ""  # a member-bound coupon: whose it is
    holder_phone: str | None = None
    holder_card: str = ""


def printable(session: Session, issued: list[Coupon]) -> list[PrintedCoupon]:
    zone = load_rules(session).zone
    ids = {c.member_id for c in issued if c.member_id is not None}
    holders = {
        m.id: m
        for part in id_chunks(ids)
        for m in session.exec(select(Member).where(col(Member.id).in_(part)))
    }
    printed = []
    for coupon in issued:
        terms = parse_terms(coupon.terms)
        holder = holders.get(coupon.member_id) if terms.member_bound else None
        printed.append(
            PrintedCoupon(
                coupon.code,
                terms,
                last_valid_day(coupon, zone),
                holder.name if holder else "",
                holder.phone if holder else None,
                holder.card if holder else "",
            )
        )
    return printed


def campaign_coupons(session: Session, campaign_id: int) -> list[Coupon]:
    return list(
        session.exec(
            select(Coupon).where(Coupon.campaign_id == campaign_id).order_by(col(Coupon.id))
        )
    )


def recent_coupons(session: Session, limit: int = 500) -> list[tuple[Coupon, str | None]]:
    """The latest coupons with the card of the member holding them."""
    return list(
        session.exec(
            select(Coupon, Member.card)
            .outerjoin(Member, col(Member.id) == Coupon.member_id)
            .order_by(col(Coupon.id).desc())
            .limit(limit)
        )
    )


@dataclass(frozen=True)
class ScannedCoupon:
    """A coupon the till may take, as it shows it."""

    code: str
    member_id: int | None  # a member's own coupon brings the member to the till
    terms: Terms


def scan_coupon(session: Session, text: str, member_id: int | None) -> ScannedCoupon:
    """``open_coupon`` with the coupon's terms read."""
    coupon = open_coupon(session, text, member_id)
    return ScannedCoupon(coupon.code, coupon.member_id, parse_terms(coupon.terms))
