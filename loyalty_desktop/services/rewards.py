"""The reward catalogue at the till (积分兑换): "free coffee = 500 points" and the like."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services import audit, notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry


@dataclass(frozen=True)
class RewardResult:
    entry: PointsEntry
    balance: int


def redeem_reward(session: Session, actor: Actor, member_id: int, name: str) -> RewardResult:
    """Spend points on a catalogue reward; refused (nothing written) if the balance is short."""
    reward = load_rules(session).reward(name)
    member = session.get(Member, member_id)
    if member is None:
        raise InvalidInput(field="member", reason="no_member_id", member_id=member_id)
    entry = post_entry(
        session,
        actor,
        member_id,
        EntryKind.REDEEM,
        -reward.points,
        note=notes.written(notes.REWARD, name=reward.name),
        keep_non_negative=True,
    )
    audit.record(
        session, actor, "reward.redeem", member.card, reward=reward.name, points=reward.points
    )
    session.refresh(member)
    return RewardResult(entry=entry, balance=member.balance)
