"""Sales and refunds, with the points they earn, redeem, reverse and give back (DESIGN.md §3)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import ensure_not_future, local_day, utcnow
from loyalty_desktop.core.errors import (
    AlreadyRefunded,
    CardErased,
    ConfirmLargeSale,
    DuplicateReceipt,
    InvalidAmount,
    InvalidInput,
    RefundTooLarge,
    SaleKeyReused,
    SaleNotFound,
)
from loyalty_desktop.core.limits import check_amount
from loyalty_desktop.core.money import format_cents, mul_div_half_up
from loyalty_desktop.services import audit, notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import (
    birthday_bonus_on_visit,
    expiry_for,
    referral_bonus,
    reverse_referral,
)
from loyalty_desktop.services.coupons import (
    CouponUse,
    check_coupon,
    mark_redeemed,
    redeemed_on,
    reinstate,
)
from loyalty_desktop.services.earning import Step, earn, tier_discount_cents
from loyalty_desktop.services.expiry import expired_from
from loyalty_desktop.services.items import ItemLine, check_lines, write_lines
from loyalty_desktop.services.ledger import (
    NewRefund,
    NewSale,
    insert_refund,
    insert_sale,
    post_entry,
    stored_sale,
)
from loyalty_desktop.services.lengths import check_length, search_text
from loyalty_desktop.services.permissions import Action, require, require_not_own_card
from loyalty_desktop.services.rules import Rules, Tier, load_rules
from loyalty_desktop.services.surveys import SurveyAsk, choose_for_sale
from loyalty_desktop.services.tiers import (
    tier_at,
    tier_history,
    undo_upgrade_after_refund,
    upgrade_after_sale,
)
from loyalty_desktop.store.models import (
    EntryKind,
    Member,
    MemberStatus,
    PointsEntry,
    Refund,
    Sale,
    SaleStatus,
    TierChange,
)
from loyalty_desktop.store.models.base import saved_id, table_of


@dataclass(frozen=True)
class SaleRequest:
    amount_cents: int
    member_id: int | None = None  # None: walk-in (散客) sale
    redeem_points: int = 0
    receipt: str | None = None
    at: datetime | None = None  # back-dated paper receipt
    coupon: str | None = None  # a coupon code as scanned or typed
    ask_survey: bool = False  # a sale at the counter, where the customer can be asked
    # The idempotency key the till made before sending (becomes the sale's UUID): the same key
    # again returns the first sale instead of a second one.
    key: str | None = None
    confirmed: bool = False  # the cashier confirmed an amount above the rules' threshold
    items: tuple[ItemLine, ...] = ()  # optional lines, adding up to the amount


@dataclass(frozen=True)
class SaleResult:
    sale: Sale
    balance: int | None  # member's balance after the sale; None for a walk-in
    steps: tuple[Step, ...] = ()  # how the points were earned
    bonuses: tuple[PointsEntry, ...] = ()  # birthday / referral bonuses this sale released
    upgrade: TierChange | None = None  # the tier this sale took the member up to
    survey: SurveyAsk | None = None  # the survey this sale asks the customer


@dataclass(frozen=True)
class RefundResult:
    refund: Refund
    sale: Sale
    balance: int | None
    flagged: bool  # the member's balance went below zero


def _check_receipt(session: Session, receipt: str | None) -> str | None:
    receipt = (receipt or "").strip() or None
    check_length("receipt", receipt, col(Sale.receipt))
    if receipt is not None:
        existing = session.exec(select(Sale.id).where(Sale.receipt == receipt)).first()
        if existing is not None:
            raise DuplicateReceipt(receipt=receipt, sale_id=existing)
    return receipt


@dataclass(frozen=True)
class Quote:
    """What a sale will come to, before it is recorded (the till's "to pay" panel)."""

    amount_cents: int
    tier_discount_cents: int
    coupon_discount_cents: int
    points_discount_cents: int
    paid_cents: int
    points_earned: int
    max_redeem: int  # most points this member may redeem on this amount
    balance: int | None
    tier: str | None
    steps: tuple[Step, ...]
    at: datetime
    coupon: CouponUse | None = None


def _rules_for(session: Session, request: SaleRequest) -> Rules:
    """The rules in force when the sale happened (a back-dated receipt: on its own date)."""
    return load_rules(session, request.at)


def quote_sale(session: Session, request: SaleRequest, rules: Rules | None = None) -> Quote:
    """Price a sale by the rules and the member's tier in force at its time: tier discount,
    then points redeemed (against the balance before the sale), then points earned on what is
    actually paid. ``record_sale`` uses exactly this."""
    if not isinstance(request.amount_cents, int) or request.amount_cents <= 0:
        raise InvalidAmount(value=request.amount_cents, reason="not_positive")
    check_amount(request.amount_cents, format_cents(request.amount_cents))
    at = request.at or utcnow()
    ensure_not_future(at, field="at")
    rules = rules or _rules_for(session, request)
    member = session.get(Member, request.member_id) if request.member_id is not None else None
    if request.member_id is not None and member is None:
        raise InvalidInput(field="member", reason="no_member_id", member_id=request.member_id)
    if member is not None and member.status == MemberStatus.ANONYMISED:
        raise CardErased(card=member.card)  # however the till found them (a coupon, a list)
    if member is not None and at < member.enrolled_at:
        raise InvalidInput(field="at", reason="before_enrolment")
    if request.redeem_points and member is None:
        raise InvalidInput(field="redeem", reason="walk_in_redeem")
    tier = _tier(session, rules, member, request.at) if member is not None else rules.tiers.base
    tier_off = tier_discount_cents(request.amount_cents, tier) if member is not None else 0
    due = request.amount_cents - tier_off
    use = (
        check_coupon(session, request.coupon, request.member_id, due, request.redeem_points, at)
        if request.coupon
        else None
    )
    due -= use.discount_cents if use else 0
    if member is None:
        return Quote(
            request.amount_cents,
            0,
            use.discount_cents if use else 0,
            0,
            due,
            0,
            0,
            None,
            None,
            (),
            at,
            use,
        )
    points_off = rules.check_redeem(request.redeem_points, member.balance, due)
    paid = due - points_off
    earned = earn(rules, paid, tier, local_day(at, rules.zone))
    return Quote(
        amount_cents=request.amount_cents,
        tier_discount_cents=tier_off,
        coupon_discount_cents=use.discount_cents if use else 0,
        points_discount_cents=points_off,
        paid_cents=paid,
        points_earned=earned.points,
        max_redeem=rules.max_redeemable(member.balance, due),
        balance=member.balance,
        tier=tier.name,
        steps=earned.steps,
        at=at,
        coupon=use,
    )


def _tier(session: Session, rules: Rules, member: Member, at: datetime | None) -> Tier:
    """The member's tier now, or on a back-dated receipt's own date."""
    if at is None:
        return rules.tiers.level(member.tier)
    member_id = saved_id(member)
    return tier_at(rules, tier_history(session, [member_id]), member_id, at)


def sale_key(text: str) -> str:
    """An idempotency key as the sale's UUID (canonical form), or a clear refusal."""
    try:
        return str(uuid.UUID(str(text).strip()))
    except ValueError:
        raise InvalidInput(field="key", reason="not_a_uuid", text=text) from None


def _replay(session: Session, sale: Sale, request: SaleRequest) -> SaleResult:
    """The first answer again for a retried key, or a refusal when the retry is another sale."""
    asked: dict[str, object] = {
        "amount": request.amount_cents,
        "member": request.member_id,
        "redeem": request.redeem_points,
    }
    stored: dict[str, object] = {
        "amount": sale.amount_cents,
        "member": sale.member_id,
        "redeem": sale.points_redeemed,
    }
    if request.receipt is not None:
        asked["receipt"], stored["receipt"] = request.receipt.strip() or None, sale.receipt
    differs = [name for name in asked if asked[name] != stored[name]]
    if differs:
        raise SaleKeyReused(key=sale.uuid, sale_id=sale.id, field=", ".join(differs))
    member = session.get(Member, sale.member_id) if sale.member_id is not None else None
    return SaleResult(sale=sale, balance=member.balance if member else None)


def record_sale(session: Session, actor: Actor, request: SaleRequest) -> SaleResult:
    """A completed sale with its points, bonuses and any tier upgrade, in the caller's
    transaction. A sale whose key was already recorded is not recorded again: the first
    result comes back."""
    key = sale_key(request.key) if request.key is not None else None
    if key is not None and (stored := stored_sale(session, key)) is not None:
        return _replay(session, stored, request)
    rules = _rules_for(session, request)
    # Held for the whole sale: the session keeps loaded rows only while they are referenced,
    # and quote_sale's lookup then finds this one instead of reading the member again.
    member = session.get(Member, request.member_id) if request.member_id is not None else None
    quote = quote_sale(session, request, rules)
    if not request.confirmed and rules.sales.needs_confirming(request.amount_cents):
        raise ConfirmLargeSale(
            amount=format_cents(request.amount_cents, symbol="¥"),
            threshold=format_cents(rules.sales.confirm_above_cents, symbol="¥"),
        )
    receipt = _check_receipt(session, request.receipt)
    check_lines(request.items, request.amount_cents)
    at = quote.at
    new = NewSale(
        member_id=request.member_id,
        receipt=receipt,
        amount_cents=request.amount_cents,
        tier_discount_cents=quote.tier_discount_cents,
        coupon_discount_cents=quote.coupon_discount_cents,
        points_discount_cents=quote.points_discount_cents,
        paid_cents=quote.paid_cents,
        points_earned=quote.points_earned,
        points_redeemed=request.redeem_points,
        created_at=at,
        shop_date=local_day(at, rules.zone),
        uuid=key,
    )
    sale, written = insert_sale(session, actor, new)
    if not written:  # a racing call recorded this key meanwhile
        return _replay(session, sale, request)
    write_lines(session, actor.till_id, [(saved_id(sale), request.items)])
    audit.record(
        session,
        actor,
        "sale.record",
        str(sale.id),
        amount=format_cents(sale.amount_cents),
        paid=format_cents(quote.paid_cents),
    )
    if quote.coupon is not None:
        mark_redeemed(session, quote.coupon, sale)
    survey = choose_for_sale(session, sale) if request.ask_survey else None
    if member is None:
        return SaleResult(sale=sale, balance=None, survey=survey)
    member_id, sale_id = saved_id(member), saved_id(sale)
    if request.redeem_points:
        post_entry(
            session,
            actor,
            member_id,
            EntryKind.REDEEM,
            -request.redeem_points,
            sale_id=sale_id,
            at=at,
            keep_non_negative=True,
        )
    if quote.points_earned:
        post_entry(
            session,
            actor,
            member_id,
            EntryKind.EARN,
            quote.points_earned,
            sale_id=sale_id,
            at=at,
            expires_at=expiry_for(rules, at),
        )
    day = local_day(at, rules.zone)
    bonuses = [
        b
        for b in (birthday_bonus_on_visit(session, actor, rules, member, day, at, sale_id),)
        if b is not None
    ]
    bonuses += referral_bonus(session, actor, rules, member, sale)
    if quote.coupon is not None and quote.coupon.bonus_points:
        coupon = quote.coupon.coupon
        bonuses.append(
            post_entry(
                session,
                actor,
                member_id,
                EntryKind.BONUS,
                quote.coupon.bonus_points,
                note=notes.written(notes.COUPON_BONUS, code=coupon.code),
                at=at,
                sale_id=sale_id,
                expires_at=expiry_for(rules, at),
                dedupe_key=f"coupon:{coupon.id}:{sale.id}",
            )
        )
    upgrade = upgrade_after_sale(session, actor, rules, member, sale)
    return SaleResult(
        sale=sale,
        balance=member.balance,
        steps=quote.steps,
        bonuses=tuple(bonuses),
        upgrade=upgrade,
        survey=survey,
    )


def get_sale(session: Session, sale_id: int) -> Sale:
    sale = session.get(Sale, sale_id, with_for_update=True)
    if sale is None:
        raise SaleNotFound(sale=sale_id)
    return sale


def find_sale(session: Session, text: str) -> Sale:
    """A sale by its receipt reference, or else by its sale number (what the cashier types)."""
    cleaned = search_text(text)
    sale = session.exec(select(Sale).where(Sale.receipt == cleaned)).first() if cleaned else None
    if sale is None and cleaned.isdigit():
        sale = session.get(Sale, int(cleaned))
    if sale is None:
        raise SaleNotFound(sale=cleaned)
    return sale


def _refund_points(session: Session, sale: Sale, amount: int, completing: bool) -> tuple[int, int]:
    """(earned points to take back, redeemed points to give back) for a refund of ``amount``.

    Proportional and rounded half up; the completing refund takes exactly what remains, so a sale
    refunded in any number of parts ends at zero net points (counting points that expired).
    """
    reversed_so_far, returned_so_far = session.exec(
        select(
            func.coalesce(func.sum(Refund.points_reversed), 0),
            func.coalesce(func.sum(Refund.points_returned), 0),
        ).where(Refund.sale_id == sale.id)
    ).one()
    earned_lots = session.exec(
        select(table_of(PointsEntry).c.id).where(
            PointsEntry.sale_id == sale.id, PointsEntry.kind == EntryKind.EARN.value
        )
    ).all()
    # Points of this sale that already lapsed are gone once; a refund does not take them again.
    # int(): PostgreSQL's SUM of a BIGINT is a NUMERIC (Decimal in Python).
    left_to_reverse = (
        sale.points_earned - int(reversed_so_far) - expired_from(session, list(earned_lots))
    )
    left_to_return = sale.points_redeemed - int(returned_so_far)
    if completing:
        return left_to_reverse, left_to_return
    reverse = mul_div_half_up(amount, sale.points_earned, sale.paid_cents)
    give_back = mul_div_half_up(amount, sale.points_redeemed, sale.paid_cents)
    return min(reverse, left_to_reverse), min(give_back, left_to_return)


@dataclass(frozen=True)
class RefundPlan:
    amount_cents: int
    points_reversed: int
    points_returned: int
    completing: bool


def plan_refund(session: Session, sale: Sale, amount_cents: int | None = None) -> RefundPlan:
    """Check a refund and work out its points without writing anything."""
    if sale.status == SaleStatus.REFUNDED:
        raise AlreadyRefunded(sale_id=sale.id)
    refundable = sale.paid_cents - sale.refunded_cents
    if amount_cents is not None and amount_cents <= 0:
        raise InvalidAmount(value=format_cents(amount_cents), reason="not_positive")
    amount = refundable if amount_cents is None else amount_cents
    if amount > refundable:
        raise RefundTooLarge(
            requested=format_cents(amount), refundable=format_cents(refundable), sale_id=sale.id
        )
    completing = amount == refundable
    reverse, give_back = _refund_points(session, sale, amount, completing)
    return RefundPlan(amount, reverse, give_back, completing)


def _may_refund(
    session: Session, actor: Actor, sale: Sale, amount_cents: int, at: datetime
) -> None:
    """Anyone signed in refunds up to the cashiers' limit, today's sales; more needs an owner or
    a manager (or their PIN as approval). Nobody refunds to their own card."""
    require(session, actor, Action.REFUND)
    rules = load_rules(session, at)
    earlier_day = local_day(sale.created_at, rules.zone) != local_day(at, rules.zone)
    limit = rules.sales.cashier_refund_limit_cents
    if amount_cents > limit or (rules.sales.cashier_refunds_today_only and earlier_day):
        require(session, actor, Action.REFUND_ANY)
    if sale.member_id is not None:
        require_not_own_card(session, actor, sale.member_id, Action.REFUND)


def refund_sale(
    session: Session,
    actor: Actor,
    sale_id: int,
    amount_cents: int | None = None,
    note: str = "",
    at: datetime | None = None,
) -> RefundResult:
    """Refund all that is left of a sale (``amount_cents`` None) or part of it; ``note``, the
    reason, goes on the refund and on its audit line."""
    note = note.strip()
    check_length("note", note, col(Refund.note))
    sale = get_sale(session, sale_id)
    at = at or utcnow()
    ensure_not_future(at, field="at")
    if at < sale.created_at:
        raise InvalidInput(field="at", reason="refund_before_sale")
    plan = plan_refund(session, sale, amount_cents)
    _may_refund(session, actor, sale, plan.amount_cents, at)
    amount, reverse, give_back = plan.amount_cents, plan.points_reversed, plan.points_returned
    refund = insert_refund(
        session,
        actor,
        sale,
        NewRefund(amount, reverse, give_back, created_at=at, note=note),
        plan.completing,
    )
    if plan.completing:
        _coupon_back(session, actor, sale, at)
    balance = None
    if sale.member_id is not None:
        if reverse:
            post_entry(
                session,
                actor,
                sale.member_id,
                EntryKind.REFUND_EARN,
                -reverse,
                sale_id=sale.id,
                refund_id=refund.id,
                at=at,
            )
        rules = load_rules(session, at)
        if give_back:
            post_entry(
                session,
                actor,
                sale.member_id,
                EntryKind.REFUND_REDEEM,
                give_back,
                sale_id=sale.id,
                refund_id=refund.id,
                at=at,
                expires_at=expiry_for(rules, at),
            )
        referral = load_rules(session, sale.created_at).bonuses.referral
        if sale.paid_cents - sale.refunded_cents < max(referral.min_spend_cents, 1):
            reverse_referral(session, actor, sale, at)
        member = session.get_one(Member, sale.member_id)
        undo_upgrade_after_refund(session, actor, rules, member, sale)
        session.refresh(member)
        balance = member.balance
    session.flush()
    audit.record(
        session,
        actor,
        "sale.refund",
        str(sale.id),
        amount=format_cents(amount),
        points_reversed=reverse,
        points_returned=give_back,
        **({"reason": note} if note else {}),
    )
    return RefundResult(
        refund=refund, sale=sale, balance=balance, flagged=balance is not None and balance < 0
    )


def _coupon_back(session: Session, actor: Actor, sale: Sale, at: datetime) -> None:
    """The completing refund takes back the bonus points a points coupon gave on this sale,
    and gives the coupon back if it is still valid."""
    coupon = redeemed_on(session, sale)
    if coupon is None:
        return
    bonus = session.exec(
        select(PointsEntry).where(PointsEntry.dedupe_key == f"coupon:{coupon.id}:{sale.id}")
    ).first()
    if bonus is not None:
        post_entry(
            session,
            actor,
            bonus.member_id,
            EntryKind.BONUS,
            -bonus.points,
            note=notes.written(notes.COUPON_TAKEN_BACK, code=coupon.code),
            at=at,
            sale_id=sale.id,
            dedupe_key=f"coupon-reversed:{coupon.id}:{sale.id}",
        )
    reinstate(session, coupon, at)


def recent_sales(session: Session, member_id: int | None = None, limit: int = 50) -> list[Sale]:
    statement = select(Sale).order_by(col(Sale.created_at).desc(), col(Sale.id).desc()).limit(limit)
    if member_id is not None:
        statement = statement.where(Sale.member_id == member_id)
    return list(session.exec(statement))


def sale_for_refund(session: Session, text: str) -> SaleLine:
    """The sale the cashier typed (receipt or sale number), as the refund list shows it."""
    return _sale_line(session, find_sale(session, text), utcnow())


def plan_refund_of(session: Session, sale_id: int, amount_cents: int | None = None) -> RefundPlan:
    """``plan_refund`` for the sale with this number."""
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise SaleNotFound(sale=str(sale_id))
    return plan_refund(session, sale, amount_cents)


@dataclass(frozen=True)
class SaleLine:
    """One row of the refund list: what the cashier reads to recognise the sale."""

    id: int
    receipt: str | None
    created_at: datetime
    member_name: str | None  # None: a walk-in
    card: str | None
    paid_cents: int
    refunded_cents: int
    points_earned: int
    points_redeemed: int
    coupon_code: str | None
    # A completing refund gives the coupon back only while it is still valid.
    coupon_returnable: bool
    status: str

    @property
    def left_cents(self) -> int:
        return self.paid_cents - self.refunded_cents

    @property
    def fully_refunded(self) -> bool:
        return self.status == SaleStatus.REFUNDED


def _sale_line(session: Session, sale: Sale, now: datetime) -> SaleLine:
    member = session.get(Member, sale.member_id) if sale.member_id else None
    coupon = redeemed_on(session, sale)
    return SaleLine(
        saved_id(sale),
        sale.receipt,
        sale.created_at,
        member.name if member else None,
        member.card if member else None,
        sale.paid_cents,
        sale.refunded_cents,
        sale.points_earned,
        sale.points_redeemed,
        coupon.code if coupon else None,
        coupon is not None and coupon.expires_at > now,
        sale.status,
    )


def refundable_sales(
    session: Session, till_id: str, member_id: int | None = None, limit: int = 50
) -> list[SaleLine]:
    """Today's sales at this till, then the member's recent sales (when a member is on the
    till), newest first, each at most ``limit`` long and without repeats."""
    now = utcnow()
    newest = (col(Sale.created_at).desc(), col(Sale.id).desc())
    today = select(Sale).where(
        Sale.origin_till == till_id, Sale.shop_date == local_day(now, load_rules(session, now).zone)
    )
    sales = list(session.exec(today.order_by(*newest).limit(limit)))
    if member_id is not None:
        seen = {sale.id for sale in sales}
        mine = recent_sales(session, member_id, limit)
        sales = [sale for sale in mine if sale.id not in seen] + sales
        sales.sort(key=lambda sale: (sale.created_at, saved_id(sale)), reverse=True)
    return [_sale_line(session, sale, now) for sale in sales]
