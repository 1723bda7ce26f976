"""Offline sync: the conflicts two tills make that a sync settles (issue 16) — one sale refunded
at both, together more than was paid, and one coupon redeemed at both. Every till ends with
the same numbers and a clean ``loyalty check``, and the owner is told.

The first till is the test's shop (SQLite, or PostgreSQL in the server run); the others are
SQLite files of their own, in the same shop."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.services import coupons
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.services.sync.words import conflict_text
from loyalty_desktop.store.models import Coupon, Member, PointsEntry, Sale


@pytest.fixture
def here(db, actor) -> Till:
    return Till(db, actor)


@pytest.fixture
def other(tmp_path, db) -> Till:
    return open_till(tmp_path / "other.db", "till-other", shop_of(db))


def _exchange(folder: Path, *tills: Till) -> None:
    """Every till exports, then every till imports what is there."""
    for till in tills:
        till.export(folder)
    for till in tills:
        till.import_(folder)


def _sale_id(till: Till, uuid: str) -> int:
    with till.db.session(readonly=True) as s:
        return s.exec(select(Sale.id).where(Sale.uuid == uuid)).one() or 0


def _refund(till: Till, uuid: str, cents: int | None) -> None:
    with till.db.session() as s:
        refund_sale(s, till.actor, _sale_id(till, uuid), cents, note="returned")


def _member_with_a_points_sale(till: Till) -> tuple[str, str]:
    """A member who earned points, then bought again paying partly with points: (member uuid,
    the uuid of that second sale, which earned and redeemed points)."""
    with till.db.session() as s:
        member = enrol(s, till.actor, Enrolment(name="李娜", phone="13700137000"))
        record_sale(s, till.actor, SaleRequest(30000, member.id))
        sale = record_sale(s, till.actor, SaleRequest(20000, member.id, 100)).sale
        assert sale.points_earned > 0 and sale.points_redeemed == 100
        return member.uuid, sale.uuid


def _balance(till: Till, member: str) -> int:
    with till.db.session(readonly=True) as s:
        return s.exec(select(Member.balance).where(Member.uuid == member)).one()


def _sale(till: Till, uuid: str) -> Sale:
    with till.db.session(readonly=True) as s:
        return s.exec(select(Sale).where(Sale.uuid == uuid)).one()


@pytest.mark.parametrize(
    ("first", "second"),
    [(None, None), (12000, None), (15000, 15000)],
    ids=["both-in-full", "part-then-the-rest", "two-parts-too-many"],
)
def test_a_sale_refunded_at_two_tills_counts_its_points_once_on_every_till(
    here, other, tmp_path, first, second
):
    """The later refund's points beyond what the sale earned and redeemed are settled by a
    visible entry of the till that made it; the money stays refunded twice, for the owner."""
    folder = tmp_path / "sync"
    member, sale = _member_with_a_points_sale(other)
    _exchange(folder, other, here)
    before = _balance(other, member)
    paid = _sale(other, sale).paid_cents
    _refund(other, sale, first)  # first
    _refund(here, sale, second)  # later, offline: this till takes its excess back

    _exchange(folder, other, here)
    _exchange(folder, other, here)  # the settling entry reaches the other till

    for till in (here, other):
        assert till.problems() == []
        settled = _sale(till, sale)
        assert (settled.refunded_cents, settled.status) == (paid, "refunded")
    assert here.ledger() == other.ledger() and here.balances() == other.balances()
    # The sale counts once: its points net out as if it had been refunded once in full.
    assert _balance(here, member) == before - _sale(here, sale).points_earned + 100
    with here.db.session(readonly=True) as s:
        [entry] = s.exec(
            select(PointsEntry).where(PointsEntry.kind == "adjust", PointsEntry.points != 0)
        ).all()
        assert entry.origin_till == here.actor.till_id
        assert entry.note == "sale refunded again at another till: points settled"


def test_the_refund_conflict_is_told_with_what_was_settled(here, other, tmp_path):
    folder = tmp_path / "sync"
    _member, sale = _member_with_a_points_sale(other)
    _exchange(folder, other, here)
    _refund(other, sale, None)
    _refund(here, sale, None)

    other.export(folder)
    [conflict] = here.import_(folder).conflicts

    assert conflict["kind"] == "refund" and conflict["by_till"] == here.actor.till_id
    assert conflict_text(conflict) == (
        f"sale {sale} was refunded at two tills, together more than was paid: its points are "
        f"settled by till {here.actor.till_id}; the money was refunded twice (for the owner)"
    )


def test_settling_a_refund_twice_is_idempotent(here, other, tmp_path):
    folder = tmp_path / "sync"
    _member, sale = _member_with_a_points_sale(other)
    _exchange(folder, other, here)
    _refund(other, sale, None)
    _refund(here, sale, None)
    package = other.export(folder).path
    assert package is not None
    here.import_(package)
    ledger = here.ledger()

    here.import_(package)  # again: nothing new
    _exchange(folder, other, here)

    assert here.ledger() - ledger == set()  # no second settling entry
    assert here.problems() == [] and other.problems() == []


def _bearer_coupon(till: Till) -> str:
    with till.db.session() as s:
        terms = coupons.parse_terms({"kind": "fixed", "value": 1000, "member_bound": False})
        template = coupons.add_template(s, till.actor, "减10元", terms)
        [coupon] = coupons.issue(s, till.actor, template.id or 0, bearer=1).coupons
        return coupon.code


def _coupon_sale(till: Till, code: str) -> str:
    with till.db.session() as s:
        sale = record_sale(s, till.actor, SaleRequest(8000, None, coupon=code)).sale
        assert sale.coupon_discount_cents == 1000
        return sale.uuid


def test_a_coupon_redeemed_at_two_tills_leaves_every_till_clean_and_agreeing(here, other, tmp_path):
    """The earlier sale holds the coupon on every till; the later keeps its discount (the
    customer has left), the conflict stays in the report, and `loyalty check` passes — on the
    two tills and on a third that hears of both only through them."""
    folder = tmp_path / "sync"
    third = open_till(tmp_path / "third.db", "till-third", shop_of(here.db))
    code = _bearer_coupon(here)
    _exchange(folder, here, other)
    earlier = _coupon_sale(other, code)
    later = _coupon_sale(here, code)  # offline: this till does not know yet

    other.export(folder)
    told = here.import_(folder)  # the later sale's till learns first, then exports
    _exchange(folder, here, other, third)
    _exchange(folder, here, other, third)

    assert [c["kind"] for c in told.conflicts] == ["coupon"]
    assert told.conflicts[0]["sale"] == later
    for till in (here, other, third):
        assert till.problems() == []
        assert _sale(till, later).coupon_discount_cents == 1000
    assert here.coupons() == other.coupons() == third.coupons()
    assert set(here.coupons().values()) == {earlier}


def test_a_coupon_given_back_by_refunding_the_earlier_sale_stays_clean(here, other, tmp_path):
    folder = tmp_path / "sync"
    code = _bearer_coupon(here)
    _exchange(folder, here, other)
    earlier = _coupon_sale(other, code)
    later = _coupon_sale(here, code)
    _refund(other, earlier, None)  # the coupon comes back at the other till
    _refund(here, later, None)

    _exchange(folder, other, here)
    _exchange(folder, other, here)

    assert here.problems() == [] and other.problems() == []
    assert here.coupons() == other.coupons()
    with here.db.session(readonly=True) as s:
        assert s.exec(select(Coupon.status)).one() == "issued"


def test_a_sale_refunded_at_three_tills_is_settled_whatever_arrives_first(here, other, tmp_path):
    """The third till's refund, made first, reaches the till of the latest only after it has
    settled against the second: that till writes what its settlement still lacked."""
    folder = tmp_path / "sync"
    third = open_till(tmp_path / "third.db", "till-third", shop_of(here.db))
    member, sale = _member_with_a_points_sale(other)
    _exchange(folder, other, here, third)
    before = _balance(other, member)
    _refund(third, sale, 9000)  # first, a part
    _refund(other, sale, None)  # second: the rest as the other till knew it
    _refund(here, sale, None)  # last: the rest as this till knew it

    other.export(folder)
    here.import_(folder)  # settles against the other till's refund only
    for _round in range(3):
        _exchange(folder, here, other, third)

    for till in (here, other, third):
        assert till.problems() == []
        assert _balance(till, member) == before - _sale(till, sale).points_earned + 100
    assert here.ledger() == other.ledger() == third.ledger()


def test_a_coupon_redeemed_twice_whose_earlier_sale_was_refunded_first_ends_alike(
    here, other, tmp_path
):
    """Refunded in full, the earlier sale gives the coupon to the later one (which used it):
    also where that refund came before the later sale was heard of."""
    folder = tmp_path / "sync"
    code = _bearer_coupon(here)
    _exchange(folder, here, other)
    earlier = _coupon_sale(other, code)
    later = _coupon_sale(here, code)
    _refund(other, earlier, None)  # the coupon comes back at the other till, for now

    _exchange(folder, other, here)
    _exchange(folder, other, here)

    assert here.problems() == [] and other.problems() == []
    assert here.coupons() == other.coupons() == {next(iter(here.coupons())): later}
