"""Member tiers (会员等级): qualification over a rolling window (net spend or visits), upgrades
at once on the sale that crosses a threshold, downgrades only at the monthly review after a
grace period, and the full history so the tier on any past date is known.

Refund policy: a refund that takes a member back below the threshold of a tier that the
refunded sale itself granted undoes that upgrade at once (reason "refund"); any other drop in
qualifying spend waits for the monthly review like every downgrade.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import add_months, utcnow
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.rules import Rules, Tier
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.store.batches import chunks, id_chunks
from loyalty_desktop.store.models import Member, MemberStatus, Sale, SaleStatus, TierChange
from loyalty_desktop.store.models.base import saved_id, table_of

LAST_REVIEW = "tiers.last_review"
REVIEW_PROGRESS = "tiers.review_progress"  # {"month": "2026-11", "after": last member reviewed}


def tier_name(member: Member, rules: Rules) -> str:
    """The member's current tier name as the rules know it."""
    return rules.tiers.level(member.tier).name


def _value_column(rules: Rules) -> ColumnElement[Any]:
    if rules.tiers.basis == "spend":
        return func.coalesce(func.sum(col(Sale.paid_cents) - col(Sale.refunded_cents)), 0)
    return func.count(col(Sale.id))


def _window(rules: Rules, as_of: datetime) -> tuple[ColumnElement[bool], ...]:
    start = add_months(as_of, -rules.tiers.window_months)
    return (
        col(Sale.created_at) > start,
        col(Sale.created_at) <= as_of,
        col(Sale.status) != SaleStatus.REFUNDED.value,
    )


def qualifying_value(session: Session, rules: Rules, member_id: int, as_of: datetime) -> int:
    """Net spend in cents, or number of visits, in the window ending at ``as_of``."""
    statement = select(_value_column(rules)).where(
        Sale.member_id == member_id, *_window(rules, as_of)
    )
    return int(session.exec(statement).one())


class TierHistory:
    """Members' tier changes, oldest first, read once: a batch of receipts asks for the tier
    on many dates."""

    def __init__(self, changes: Iterable[tuple[int, datetime, str]]) -> None:
        self._moments: dict[int, list[datetime]] = {}
        self._tiers: dict[int, list[str]] = {}
        for member_id, at, tier in changes:
            self._moments.setdefault(member_id, []).append(at)
            self._tiers.setdefault(member_id, []).append(tier)

    def name_at(self, member_id: int, at: datetime) -> str | None:
        """The tier the member had at ``at`` (the last change at or before it), None before
        the first."""
        index = bisect.bisect_right(self._moments.get(member_id, []), at) - 1
        return self._tiers[member_id][index] if index >= 0 else None


def tier_history(session: Session, member_ids: Iterable[int]) -> TierHistory:
    """The tier changes of these members, in the order they happened."""
    rows: list[tuple[int, datetime, str]] = []
    for part in id_chunks(member_ids):
        rows += session.exec(
            select(TierChange.member_id, TierChange.at, TierChange.tier)
            .where(col(TierChange.member_id).in_(part))
            .order_by(col(TierChange.at), col(TierChange.id))
        ).all()
    return TierHistory(rows)


def tier_at(rules: Rules, history: TierHistory, member_id: int, at: datetime) -> Tier:
    """The member's tier at a past moment (back-dated receipts), as these rules know it."""
    return rules.tiers.level(history.name_at(member_id, at))


def _change(
    session: Session,
    actor: Actor,
    member: Member,
    tier: Tier,
    reason: str,
    at: datetime,
    sale_id: int | None = None,
    flush: bool = True,
) -> TierChange:
    change = TierChange(
        member_id=saved_id(member),
        tier=tier.name,
        previous=member.tier,
        reason=reason,
        at=at,
        sale_id=sale_id,
        staff_id=actor.staff_id,
        origin_till=actor.till_id,
    )
    member.tier = tier.name
    session.add(change)
    if flush:  # bulk callers flush once at the end
        session.flush()
    return change


def upgrade_after_sale(
    session: Session, actor: Actor, rules: Rules, member: Member, sale: Sale
) -> TierChange | None:
    """Upgrade at once when this sale crosses a higher tier's threshold. Judged on the window
    ending now and dated now — also for a back-dated receipt, so the history stays in order."""
    tiers, now = rules.tiers, utcnow()
    target = tiers.qualifying(qualifying_value(session, rules, saved_id(member), now))
    if tiers.rank(target.name) <= tiers.rank(member.tier):
        return None
    return _change(session, actor, member, target, "upgrade", now, sale.id)


def undo_upgrade_after_refund(
    session: Session, actor: Actor, rules: Rules, member: Member, sale: Sale
) -> TierChange | None:
    """A refund of the sale that granted the current tier, if the member no longer qualifies."""
    granted = session.exec(
        select(TierChange).where(TierChange.sale_id == sale.id, TierChange.reason == "upgrade")
    ).first()
    if granted is None or granted.tier != member.tier:
        return None
    tiers, now = rules.tiers, utcnow()
    target = tiers.qualifying(qualifying_value(session, rules, saved_id(member), now))
    if tiers.rank(target.name) >= tiers.rank(member.tier):
        return None
    return _change(session, actor, member, target, "refund", now, sale.id)


def review_tiers(session: Session, actor: Actor, rules: Rules, as_of: datetime) -> list[TierChange]:
    """The whole monthly review in this transaction."""
    due = tiers_due(session, rules, as_of)
    if due is None:
        return []
    changes = [
        c for part in chunks(due) for c in review_members(session, actor, rules, as_of, part)
    ]
    finish_review(session, rules, as_of)
    return changes


def _month(rules: Rules, as_of: datetime) -> str:
    return as_of.astimezone(rules.zone).strftime("%Y-%m")


def tiers_due(session: Session, rules: Rules, as_of: datetime) -> list[int] | None:
    """The members the monthly review has still to look at (above the base tier, not yet
    reviewed this month), in id order; None when this month's review is done: it runs at most
    once per calendar month."""
    month = _month(rules, as_of)
    if get_setting(session, LAST_REVIEW) == month:
        return None
    progress = get_setting(session, REVIEW_PROGRESS) or {}
    after = progress.get("after", 0) if progress.get("month") == month else 0
    return list(
        session.exec(
            select(table_of(Member).c.id)
            .where(*_above_base(rules), col(Member.id) > after)
            .order_by(col(Member.id))
        )
    )


def _above_base(rules: Rules) -> tuple[ColumnElement[bool], ...]:
    return (
        col(Member.status) == MemberStatus.ACTIVE,
        col(Member.tier) != "",
        col(Member.tier) != rules.tiers.base.name,
    )


def review_members(
    session: Session, actor: Actor, rules: Rules, as_of: datetime, member_ids: list[int]
) -> list[TierChange]:
    """The monthly review of these members (a batch of ``tiers_due``, ascending): one who has
    not qualified for their tier at any month-end of the grace period (nor been upgraded within
    it) moves down to the tier they qualify for. The batch notes the last member it reviewed
    with its changes, so a review cut short (a crash, the till closed) goes on after it and no
    member is reviewed twice."""
    tiers = rules.tiers
    due = list(
        session.exec(select(Member).where(*_above_base(rules), col(Member.id).in_(member_ids)))
    )
    checkpoints = [add_months(as_of, -k) for k in range(tiers.grace_months + 1)]
    best_in_grace = _best_values(session, rules, [saved_id(m) for m in due], checkpoints)
    changes = []
    for member in due:
        current, member_id = tiers.level(member.tier), saved_id(member)
        if best_in_grace.get(member_id, 0) >= current.threshold:
            continue
        if _upgraded_since(session, member_id, checkpoints[-1]):
            continue
        value_now = qualifying_value(session, rules, member_id, as_of)
        changes.append(
            _change(session, actor, member, tiers.qualifying(value_now), "downgrade", as_of)
        )
    progress = {"month": _month(rules, as_of), "after": max(member_ids)}
    set_setting(session, REVIEW_PROGRESS, progress)
    return changes


def finish_review(session: Session, rules: Rules, as_of: datetime) -> None:
    """Every member due is reviewed: this month's review is done."""
    set_setting(session, LAST_REVIEW, _month(rules, as_of))
    set_setting(session, REVIEW_PROGRESS, None)


def _best_values(
    session: Session, rules: Rules, member_ids: list[int], checkpoints: list[datetime]
) -> dict[int, int]:
    best: dict[int, int] = {}
    for part in id_chunks(member_ids):
        for moment in checkpoints:
            rows = session.exec(
                select(col(Sale.member_id), _value_column(rules))
                .where(col(Sale.member_id).in_(part), *_window(rules, moment))
                .group_by(col(Sale.member_id))
            )
            for member_id, value in rows:
                if member_id is not None:  # always: the query asks for these members only
                    best[member_id] = max(best.get(member_id, 0), int(value))
    return best


def upgrade_qualified(
    session: Session, actor: Actor, rules: Rules, member_ids: list[int], as_of: datetime
) -> list[TierChange]:
    """Bring members up to the tier their history qualifies them for (after an import or a
    sync). Only a member whose value reaches a tier above the base can move up: one GROUP BY a
    batch of ids finds those, and only they are loaded."""
    tiers = rules.tiers
    if len(tiers.levels) < 2:
        return []
    changes = []
    for part in id_chunks(member_ids):
        values = _values_reaching(session, rules, part, as_of, tiers.levels[1].threshold)
        if not values:
            continue
        found = select(Member).where(col(Member.id).in_(list(values))).order_by(col(Member.id))
        for member in session.exec(found):
            target = tiers.qualifying(values[saved_id(member)])
            if tiers.rank(target.name) > tiers.rank(member.tier):
                changes.append(
                    _change(session, actor, member, target, "upgrade", as_of, flush=False)
                )
    session.flush()
    return changes


def _values_reaching(
    session: Session, rules: Rules, member_ids: list[int], as_of: datetime, least: int
) -> dict[int, int]:
    """The qualifying values at ``as_of`` of those of these members whose value is ``least``
    or more."""
    value = _value_column(rules)
    rows = session.exec(
        select(col(Sale.member_id), value)
        .where(col(Sale.member_id).in_(member_ids), *_window(rules, as_of))
        .group_by(col(Sale.member_id))
        .having(value >= least)
    )
    return {member_id: int(v) for member_id, v in rows if member_id is not None}


def _upgraded_since(session: Session, member_id: int, since: datetime) -> bool:
    return (
        session.exec(
            select(TierChange.id).where(
                TierChange.member_id == member_id,
                TierChange.reason == "upgrade",
                TierChange.at > since,
            )
        ).first()
        is not None
    )
