"""Idempotent sales (DESIGN.md §3): a till's key sent twice gives the first sale, never a second
one, also when the two calls race."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlmodel import func, select
from support import snapshot

from loyalty_desktop.core.errors import InvalidInput, SaleKeyReused
from loyalty_desktop.services import ledger, sales
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import Member, PointsEntry, Sale


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_the_same_key_twice_gives_the_first_sale(db, actor, member) -> None:
    key = str(uuid.uuid4())
    request = SaleRequest(8800, member.id, key=key)
    with db.session() as s:
        first = record_sale(s, actor, request)
    entries = _count(db, PointsEntry)
    with db.session() as s:
        again = record_sale(s, actor, request)
    assert again.sale.id == first.sale.id and again.sale.uuid == key
    assert (again.sale.points_earned, again.balance) == (first.sale.points_earned, first.balance)
    assert _count(db, Sale) == 1 and _count(db, PointsEntry) == entries
    with db.session(readonly=True) as s:
        assert s.get(Member, member.id).balance == first.balance == 88


def test_a_key_is_taken_in_any_spelling_of_the_uuid(db, actor) -> None:
    key = uuid.uuid4()
    with db.session() as s:
        first = record_sale(s, actor, SaleRequest(500, key=str(key).upper()))
    with db.session() as s:
        again = record_sale(s, actor, SaleRequest(500, key=f" {key} "))
    assert first.sale.id == again.sale.id and first.sale.uuid == str(key)


def test_a_reused_key_with_another_sale_is_refused(db, actor, member) -> None:
    key = str(uuid.uuid4())
    with db.session() as s:
        first = record_sale(s, actor, SaleRequest(8800, member.id, key=key))
    before = snapshot(db)
    with pytest.raises(SaleKeyReused, match="amount") as refused, db.session() as s:
        record_sale(s, actor, SaleRequest(9900, member.id, key=key))
    assert refused.value.params["sale_id"] == first.sale.id
    with pytest.raises(SaleKeyReused, match="member"), db.session() as s:
        record_sale(s, actor, SaleRequest(8800, None, key=key))
    assert snapshot(db) == before


def test_a_key_that_is_not_a_uuid_is_refused(db, actor) -> None:
    with pytest.raises(InvalidInput, match="key: 'sale-1' is not a UUID"), db.session() as s:
        record_sale(s, actor, SaleRequest(500, key="sale-1"))
    assert _count(db, Sale) == 0


def test_two_tills_sending_the_same_key_at_once_make_one_sale(db, actor, member) -> None:
    key = str(uuid.uuid4())
    tills = [open_shop(db.url, till_id=f"till-{n}") for n in range(4)]
    start = threading.Barrier(len(tills))
    results: list[int] = []

    def send(till) -> None:  # type: ignore[no-untyped-def]
        start.wait()
        with till.session() as s:
            results.append(record_sale(s, actor, SaleRequest(1000, member.id, key=key)).sale.id)

    threads = [threading.Thread(target=send, args=(till,)) for till in tills]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for till in tills:
        till.dispose()
    assert len(results) == 4 and len(set(results)) == 1
    assert _count(db, Sale) == 1


def test_the_unique_key_catches_a_race_the_first_look_missed(
    db, actor, member, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two calls checked the key at the same moment (possible on PostgreSQL): the second's
    insert hits the unique key, and it answers with the first sale, its transaction still
    usable for what the caller does next."""
    key = str(uuid.uuid4())
    with db.session() as s:
        first = record_sale(s, actor, SaleRequest(1000, member.id, key=key))
    real = ledger.stored_sale
    looks: list[str] = []

    def missed_once(session, key):  # type: ignore[no-untyped-def]
        looks.append(key)
        return None if len(looks) == 1 else real(session, key)

    monkeypatch.setattr(sales, "stored_sale", missed_once)  # the first look
    monkeypatch.setattr(ledger, "stored_sale", missed_once)  # after the unique key refused
    with db.session() as s:
        again = record_sale(s, actor, SaleRequest(1000, member.id, key=key))
        enrol(s, Actor(actor.staff_id, actor.till_id), Enrolment(name="Next", phone="13900000002"))
    assert again.sale.id == first.sale.id and len(looks) == 2
    assert _count(db, Sale) == 1 and _count(db, Member) == 2
