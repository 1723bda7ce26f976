"""The ledger writer: rows keep identities given to them (another till's rows replayed), a batch
moves each balance once by its sum, and a refused batch writes nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.services import ledger, rollups
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.ledger import NewEntry, NewSale
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry, Sale

AT = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)


def _sale(member_id: int | None, cents: int, earned: int = 0, **identity: str) -> NewSale:
    day = date(2025, 3, 4)
    return NewSale(member_id, None, cents, cents, AT, day, points_earned=earned, **identity)


def test_rows_from_another_till_keep_their_identity(db, actor, member) -> None:
    sale_key, entry_key = str(uuid.uuid4()), str(uuid.uuid4())
    with db.session() as s:
        [sale_id] = ledger.insert_sales(
            s, actor, [_sale(member.id, 1000, 10, uuid=sale_key, origin_till="till-2")]
        )
        ledger.post_entries(
            s,
            actor,
            [
                NewEntry(
                    member.id,
                    EntryKind.EARN,
                    10,
                    AT,
                    sale_id=sale_id,
                    uuid=entry_key,
                    origin_till="till-2",
                )
            ],
        )
        rollups.members_changed(s, [member.id])  # the batch writer's caller settles them
    with db.session(readonly=True) as s:
        sale = s.exec(select(Sale)).one()
        entry = s.exec(select(PointsEntry)).one()
        assert (sale.id, sale.uuid, sale.origin_till, sale.created_at) == (
            sale_id,
            sale_key,
            "till-2",
            AT,
        )
        assert (entry.uuid, entry.origin_till, entry.sale_id) == (entry_key, "till-2", sale_id)
        assert s.get(Member, member.id).balance == 10
        assert run_checks(s) == []


def test_a_sale_key_already_stored_gives_the_stored_sale(db, actor, member) -> None:
    key = str(uuid.uuid4())
    with db.session() as s:
        first, written = ledger.insert_sale(s, actor, _sale(member.id, 1000, uuid=key))
        assert written
    with db.session() as s:
        again, written = ledger.insert_sale(s, actor, _sale(member.id, 1000, uuid=key))
        assert not written and again.id == first.id


def test_a_batch_moves_each_balance_once_by_its_sum(db, actor, member) -> None:
    with db.session() as s:
        other = enrol(s, actor, Enrolment(name="Li Si", phone="13900139000", enrolled_at=AT))
        ledger.post_entries(
            s,
            actor,
            [
                # Opening balances, as the import writes them (an adjustment would also need
                # the audit line points.adjust writes, which the check looks for).
                NewEntry(member.id, EntryKind.IMPORT, 30, AT, note="a"),
                NewEntry(other.id, EntryKind.IMPORT, 5, AT, note="b"),
                NewEntry(member.id, EntryKind.IMPORT, -12, AT, note="c"),
            ],
        )
    with db.session(readonly=True) as s:
        assert s.get(Member, member.id).balance == 18
        assert s.get(Member, other.id).balance == 5
        assert run_checks(s) == []


def test_a_batch_with_points_beyond_the_limit_writes_nothing(db, actor, member) -> None:
    before = snapshot(db)
    with pytest.raises(LoyaltyError), db.session() as s:
        ledger.post_entries(
            s,
            actor,
            [
                NewEntry(member.id, EntryKind.ADJUST, 30, AT),
                NewEntry(member.id, EntryKind.ADJUST, 10**15, AT),
            ],
        )
    assert snapshot(db) == before
