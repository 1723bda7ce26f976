"""A redemption refused because another till spent the points first quotes the balance as it
is in the database now, not as this session last loaded it."""

from __future__ import annotations

import pytest
from support import snapshot

from loyalty_desktop.core.errors import InsufficientPoints
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.points import adjust
from loyalty_desktop.store.models import EntryKind, Member


def test_a_refused_redemption_quotes_the_current_balance(db, actor, member) -> None:
    with db.session() as s:
        adjust(s, actor, s.get(Member, member.id), 100, "opening balance")
    with db.session() as s:
        loaded = s.get(Member, member.id)  # this till has the member loaded (as a sale does)
        assert loaded.balance == 100
        s.commit()  # ... and (as on PostgreSQL) another till may commit in between
        with db.session() as other:
            adjust(other, actor, other.get(Member, member.id), -80, "spent at the other till")
        before = snapshot(db)
        with pytest.raises(InsufficientPoints) as refused:
            post_entry(s, actor, member.id, EntryKind.REDEEM, -50, keep_non_negative=True)
    assert str(refused.value) == "cannot redeem 50 points: the balance is 20"
    assert refused.value.params == {"requested": 50, "balance": 20}
    assert snapshot(db) == before


def test_two_writers_at_one_till_queue_rather_than_deadlock(db, actor, member) -> None:
    """A member edit holds the member's row and then writes its audit line; a points
    adjustment meanwhile chains its ledger entry and then needs that row. The second writer
    waits for the first to finish instead of the database breaking a deadlock."""
    import threading
    import time

    from loyalty_desktop.services import audit

    failures: list[BaseException] = []

    def adjust_meanwhile() -> None:
        try:
            with db.session() as other:
                adjust(other, actor, other.get(Member, member.id), 25, "goodwill")
        except BaseException as error:  # reported by the assertion below
            failures.append(error)

    with db.session() as s:
        edited = s.get(Member, member.id)
        edited.name = "Zhang Sanfeng"
        s.flush()  # the member's row is now this transaction's
        writer = threading.Thread(target=adjust_meanwhile)
        writer.start()
        time.sleep(0.5)  # lets the adjustment get as far as it can
        audit.record(s, actor, "member.edit", edited.card, name=["Zhang San", edited.name])
    writer.join(timeout=60)
    assert not writer.is_alive() and failures == []
    with db.session(readonly=True) as s:
        assert (s.get(Member, member.id).name, s.get(Member, member.id).balance) == (
            "Zhang Sanfeng",
            25,
        )
