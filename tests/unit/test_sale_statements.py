"""A sale at the till writes its rows without re-reading what it already holds: the member once,
the busy timeout once per connection (not per transaction). Counts, not timings: the bench
measures the time (bench/)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import Member


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _sell(db: Database, actor: Actor, member_id: int, cents: int, redeem: int = 0) -> int | None:
    with db.session() as s:
        result = record_sale(
            s, actor, SaleRequest(member_id=member_id, amount_cents=cents, redeem_points=redeem)
        )
        return result.balance


def test_a_sale_reads_the_member_once_and_knows_the_balance_it_wrote(db, actor, member) -> None:
    _sell(db, actor, member.id, 10_000)  # the connection is open and the rules exist
    with statements(db) as seen:
        balance = _sell(db, actor, member.id, 5_000, redeem=50)
    member_reads = [s for s in seen if s.startswith("SELECT member.")]
    assert len(member_reads) == 1, member_reads
    with db.session(readonly=True) as s:
        stored = s.get(Member, member.id)
        assert stored is not None
        assert balance == stored.balance  # the balance the sale reports is the one stored


def test_the_busy_timeout_is_set_per_connection_not_per_transaction(db, actor, member) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("a SQLite setting")
    _sell(db, actor, member.id, 1_000)
    with statements(db) as seen:
        _sell(db, actor, member.id, 1_000)
        _sell(db, actor, member.id, 1_000)
    assert not [s for s in seen if s.startswith("PRAGMA busy_timeout")]


def test_a_sale_without_a_key_takes_no_savepoint_and_a_keyed_one_still_does(
    db, actor, member
) -> None:
    """A new uuid clashes with nothing: only a sale under the caller's key (which a racing
    call may have recorded) needs the savepoint that survives the unique key's refusal."""
    _sell(db, actor, member.id, 1_000)
    with statements(db) as seen:
        _sell(db, actor, member.id, 1_000)
    assert not [s for s in seen if "SAVEPOINT" in s]
    with statements(db) as seen, db.session() as s:
        key = "0b9e3c3e-6a43-4d7e-9a57-2f6b1c0d9e11"
        first = record_sale(s, actor, SaleRequest(2_000, member.id, key=key)).sale
    assert [s for s in seen if s.startswith("SAVEPOINT")]
    with db.session() as s:  # the same key again: the first sale comes back, nothing new
        again = record_sale(s, actor, SaleRequest(2_000, member.id, key=key)).sale
    assert again.id == first.id
