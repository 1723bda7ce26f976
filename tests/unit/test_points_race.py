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
