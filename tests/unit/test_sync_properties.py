"""Property: tills of one shop that sell, enrol, redeem, refund, issue and use coupons and
give birthday bonuses offline, and exchange sync packages at random (any order, some twice,
some late), agree once every package is everywhere: the same members, balances, ledger, tiers,
coupons and monthly report, each birthday bonus given once, and ``loyalty check`` passes on
each; and their totals are those of the same operations on one database (issue 16). Members are
edited and erased at any till too: every till ends with the same details and the same conflict
log."""

from __future__ import annotations

import contextlib
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlmodel import Session, col, select
from sync_tills import Till, open_till, shop_tills

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.core.errors import DuplicateMember
from loyalty_desktop.services import coupons, notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import grant
from loyalty_desktop.services.member_edits import MemberChanges, edit_member, replace_card
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.metrics import monthly_report
from loyalty_desktop.services.privacy import erase_member
from loyalty_desktop.services.rules import Tier, load_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, plan_refund, record_sale, refund_sale
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import (
    Coupon,
    CouponStatus,
    Member,
    MemberStatus,
    Sale,
    SaleStatus,
)

pytestmark = pytest.mark.sqlite_only("three tills, each a SQLite file of its own")

OPS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                *("enrol", "sale", "redeem", "refund", "birthday", "coupon", "use"),
                *("edit", "erase", "export", "import"),
            ]
        ),
        st.integers(0, 2),  # which till
        st.integers(0, 10**6),  # a seed for the operation's choices
    ),
    min_size=5,
    max_size=40,
)


def _members(till: Till) -> list[int]:
    with till.db.session(readonly=True) as s:
        active = select(Member.id).where(Member.status == MemberStatus.ACTIVE.value)
        return [m for m in s.exec(active.order_by(Member.id)).all() if m]


def _edit(s: Session, till: Till, pick: random.Random, member: int, phones: list[str]) -> None:
    """One field of a member changed (a phone another member may hold at another till)."""
    field = pick.choice(["name", "phone", "birthday", "tags", "consent", "card"])
    if field == "card":
        replace_card(s, till.actor, member)
        return
    changes = {
        "name": MemberChanges(name=f"会员{pick.randint(1, 99)}"),
        "phone": MemberChanges(phone=pick.choice([None, *phones, f"137{pick.randint(0, 9):08d}"])),
        "birthday": MemberChanges(birthday=pick.choice([None, date(1990, 1, pick.randint(1, 28))])),
        "tags": MemberChanges(tags=pick.choice(["", "vip", "常客;vip"])),
        "consent": MemberChanges(marketing_consent=pick.choice([True, False])),
    }[field]
    with contextlib.suppress(DuplicateMember):  # a phone held here: refused, as at the counter
        edit_member(s, till.actor, member, changes)


def _act(till: Till, op: str, pick: random.Random, phones: list[str]) -> None:
    members = _members(till)
    with till.db.session() as s:
        if op == "enrol":
            phones.append(f"139{len(phones):08d}")
            enrol(s, till.actor, Enrolment(name=f"会员{len(phones)}", phone=phones[-1]))
        elif op in ("sale", "redeem"):
            member = pick.choice([None, *members]) if members else None
            amount, redeem = pick.randint(2000, 40000), 0
            if op == "redeem" and member is not None:
                balance = s.get_one(Member, member).balance
                redeem = load_rules(s).max_redeemable(max(balance, 0), amount)
            record_sale(s, till.actor, SaleRequest(amount, member, redeem))
        elif op == "edit" and members:
            _edit(s, till, pick, pick.choice(members), phones)
        elif op == "erase" and members:  # wins over the other tills' edits, whenever made
            erase_member(s, till.actor, pick.choice(members), "asked in person")
        elif op == "birthday" and members:
            note = notes.written(notes.BIRTHDAY_BONUS, year=2026)
            member = pick.choice(members)
            grant(s, till.actor, load_rules(s), member, 50, "birthday:2026", note, utcnow())
        elif op == "coupon":
            terms = coupons.parse_terms({"kind": "fixed", "value": 500, "member_bound": False})
            name = f"减5元 {till.actor.till_id} {len(coupons.templates(s))}"
            template = coupons.add_template(s, till.actor, name, terms)
            coupons.issue(s, till.actor, template.id or 0, bearer=2)
        elif op == "use":
            # Any coupon this till knows: two tills may redeem one offline (settled by sync).
            issued = s.exec(
                select(Coupon.code).where(Coupon.status == CouponStatus.ISSUED.value)
            ).all()
            if issued:
                member = pick.choice([None, *members]) if members else None
                request = SaleRequest(pick.randint(2000, 9000), member, coupon=pick.choice(issued))
                record_sale(s, till.actor, request)
        elif op == "refund":
            # Any sale this till knows: two tills may refund one offline (settled by sync).
            sales = s.exec(select(Sale).where(Sale.status != SaleStatus.REFUNDED.value)).all()
            if sales:
                sale = pick.choice(sales)
                left = plan_refund(s, sale).amount_cents
                amount = pick.choice([None, max(1, left // 2)])
                refund_sale(s, till.actor, sale.id or 0, amount, note="returned")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ops=OPS)
def test_tills_that_exchange_packages_in_any_order_converge(ops) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        tills = shop_tills(root)
        folder, phones, exported = root / "sync", [], []
        folder.mkdir()
        try:
            for op, index, seed in ops:
                till, pick = tills[index], random.Random(seed)
                if op == "export":
                    if (made := till.export(folder).path) is not None:
                        exported.append(made)
                elif op == "import" and exported:
                    chosen = pick.choices(exported, k=pick.randint(1, 3))  # repeats allowed
                    till.import_(*chosen)
                else:
                    _act(till, op, pick, phones)
            for _round in range(2):  # the final full exchange; again for what it settled
                for till in tills:
                    till.export(folder)
                for till in tills:
                    till.import_(folder)

            for till in tills:
                assert till.problems() == []
            assert tills[0].balances() == tills[1].balances() == tills[2].balances()
            assert tills[0].ledger() == tills[1].ledger() == tills[2].ledger()
            assert tills[0].tiers() == tills[1].tiers() == tills[2].tiers()
            assert tills[0].coupons() == tills[1].coupons() == tills[2].coupons()
            assert tills[0].profiles() == tills[1].profiles() == tills[2].profiles()
            log = tills[0].edit_conflicts()
            assert log == tills[1].edit_conflicts() == tills[2].edit_conflicts()
            assert all(n == 50 for n in tills[0].birthday_bonuses().values())
            assert _reports(tills[0]) == _reports(tills[1]) == _reports(tills[2])
        finally:
            for till in tills:
                till.db.dispose()


def _reports(till: Till) -> dict[str, Any]:
    """This month's report as ``loyalty report monthly --json`` gives it."""
    with till.db.session(readonly=True) as s:
        month = local_day(utcnow(), load_rules(s).zone)
        return monthly_report(s, month).as_json()


# The same operations on one database (every till on one server): the totals are the tills'.
# An operation the one database would refuse is one two tills can only do offline: a second
# refund of a sale refunded in full elsewhere (made "the rest" at a till that had not heard, so
# both worlds end with the sale refunded once) and a coupon used elsewhere (left out: on one
# database it is refused at the counter, offline the customer keeps the discount). One tier, so
# a member's points never hang on what a till had heard of their other sales.
@dataclass
class _OneDatabase:
    """One database doing what every till does, and where each till's rows are found on it."""

    db: Database
    actors: list[Actor]  # one per till
    members: dict[str, int] = field(default_factory=dict)  # uuid at a till -> id here
    sales: dict[str, int] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # a till's coupon code -> code here


def _one_tier(db: Database, actor: Actor) -> None:
    with db.session() as s:
        rules = load_rules(s).model_copy(update={"levels": [Tier(name="Member", threshold=0)]})
        save_rules(s, actor, rules)


@dataclass
class _Step:
    """One operation at a till (``s``, as ``here``) and on the one database (``o``, as
    ``there``), with the member it chose (``twin``: that member on the one database)."""

    s: Session
    o: Session
    here: Actor
    there: Actor
    one: _OneDatabase
    member: Member | None
    twin: Member | None

    def sell(self, amount: int, redeem: int = 0, code: str | None = None) -> None:
        member, twin = self.member and self.member.id, self.twin and self.twin.id
        mine = record_sale(self.s, self.here, SaleRequest(amount, member, redeem, coupon=code))
        alike = SaleRequest(amount, twin, redeem, coupon=code and self.one.codes[code])
        self.one.sales[mine.sale.uuid] = record_sale(self.o, self.there, alike).sale.id or 0


def _both(till: Till, one: _OneDatabase, index: int, op: str, pick: random.Random) -> None:
    """``op`` at the till and, with the same choices, on the one database."""
    with till.db.session() as s, one.db.session() as o:
        known = [m.uuid for m in s.exec(select(Member).order_by(col(Member.id)))]
        uuid = pick.choice([None, *known]) if known else None
        member = s.exec(select(Member).where(Member.uuid == uuid)).first()
        twin = o.get(Member, one.members[uuid]) if uuid else None
        ACTS[op](_Step(s, o, till.actor, one.actors[index], one, member, twin), pick)


def _enrol(step: _Step, pick: random.Random) -> None:
    n = len(step.one.members)
    enrolment = Enrolment(name=f"会员{n}", phone=f"138{n:08d}")
    made = enrol(step.s, step.here, enrolment)
    step.one.members[made.uuid] = enrol(step.o, step.there, enrolment).id or 0


def _sell(step: _Step, pick: random.Random, redeeming: bool = False) -> None:
    """A sale; redeeming what both the till and the one database allow."""
    amount, redeem = pick.randint(2000, 40000), 0
    if redeeming and step.member and step.twin:
        rules = load_rules(step.s)
        balances = (step.member.balance, step.twin.balance)
        redeem = min(rules.max_redeemable(max(b, 0), amount) for b in balances)
    step.sell(amount, redeem)


def _birthday(step: _Step, pick: random.Random) -> None:
    if step.member and step.twin:
        note, now = notes.written(notes.BIRTHDAY_BONUS, year=2026), utcnow()
        for s, actor, member in ((step.s, step.here, step.member), (step.o, step.there, step.twin)):
            grant(s, actor, load_rules(s), member.id or 0, 50, "birthday:2026", note, now)


def _coupon(step: _Step, pick: random.Random) -> None:
    terms = coupons.parse_terms({"kind": "fixed", "value": 500, "member_bound": False})
    issued = []
    for s, actor in ((step.s, step.here), (step.o, step.there)):
        template = coupons.add_template(s, actor, f"减5元 {len(step.one.codes)}", terms)
        issued.append(coupons.issue(s, actor, template.id or 0, bearer=2).coupons)
    step.one.codes |= {a.code: b.code for a, b in zip(*issued, strict=True)}


def _use(step: _Step, pick: random.Random) -> None:
    """A coupon still to use at the till and on the one database."""
    issued = [c for c in _issued(step.s) if step.one.codes[c] in _issued(step.o)]
    if issued:
        step.sell(pick.randint(2000, 9000), code=pick.choice(issued))


def _issued(session: Session) -> list[str]:
    return list(session.exec(select(Coupon.code).where(Coupon.status == "issued")).all())


def _refund(step: _Step, pick: random.Random) -> None:
    """A part or the rest of a sale at the till; the same on the one database, but the rest at
    a till that has not heard of every refund of the sale (the one database refunds what is
    left, if anything: offline, the sync settles the sale as refunded once)."""
    sales = step.s.exec(select(Sale).where(Sale.status != SaleStatus.REFUNDED.value)).all()
    if not sales:
        return
    # Half the time a sale another till refunded since this one heard, if there is one.
    elsewhere = [
        sale
        for sale in sales
        if step.o.get_one(Sale, step.one.sales[sale.uuid]).refunded_cents > sale.refunded_cents
    ]
    sale = pick.choice(elsewhere if elsewhere and pick.random() < 0.5 else sales)
    alike = step.o.get_one(Sale, step.one.sales[sale.uuid])
    heard = sale.refunded_cents == alike.refunded_cents
    left = sale.paid_cents - sale.refunded_cents
    amount = pick.choice([None, max(1, left // 2)]) if heard else None
    refund_sale(step.s, step.here, sale.id or 0, amount, note="returned")
    if alike.status != SaleStatus.REFUNDED.value:
        refund_sale(step.o, step.there, alike.id or 0, amount, note="returned")


ACTS: dict[str, Callable[[_Step, random.Random], None]] = {
    "enrol": _enrol,
    "sale": _sell,
    "redeem": lambda step, pick: _sell(step, pick, redeeming=True),
    "birthday": _birthday,
    "coupon": _coupon,
    "use": _use,
    "refund": _refund,
}


def _totals(session: Session, members: dict[str, int] | None = None) -> dict[str, Any]:
    """Sales, their money and refunds, and each member's balance (by uuid; on the one database
    by the id it has there)."""
    sales = session.exec(
        select(func.count(), func.sum(Sale.paid_cents), func.sum(Sale.refunded_cents))
    ).one()
    balances = {m.uuid: m.balance for m in session.exec(select(Member))}
    if members is not None:
        by_id = {m.id: m.balance for m in session.exec(select(Member))}
        balances = {uuid: by_id[member] for uuid, member in members.items()}
    return {"sales": tuple(int(x or 0) for x in sales), "balances": balances}


# Report figures the same operations give alike on one database (the ledger's own figures count
# a settled refund's entries, which one database never writes).
SAME_FIGURES = (
    "buyers",
    "repeat_buyers",
    "returning_buyers",
    "new_members",
    "sales_count",
    "revenue_cents",
    "points_outstanding",
    "coupons_issued",
)


# Weighted towards what two tills do to one sale or coupon offline; "sync" is a till's "Sync
# now" (its export, then every package in the folder).
OFFLINE_OPS = st.lists(
    st.tuples(
        st.sampled_from(
            ["enrol", "sale", "redeem", "coupon", "use", "use", "birthday"]
            + ["refund"] * 3
            + ["sync", "sync", "export", "import"]
        ),
        st.integers(0, 2),
        st.integers(0, 10**6),
    ),
    min_size=5,
    max_size=40,
)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ops=OFFLINE_OPS)
def test_the_tills_totals_equal_those_of_the_same_operations_on_one_database(ops) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        tills = shop_tills(root)
        shared = open_till(root / "one.db", "till-a")
        one = _OneDatabase(
            shared.db, [Actor(shared.actor.staff_id, till.actor.till_id) for till in tills]
        )
        for till in (*tills, shared):
            _one_tier(till.db, till.actor)
        folder, exported = root / "sync", []
        folder.mkdir()
        try:
            for op, index, seed in ops:
                till, pick = tills[index], random.Random(seed)
                if op == "export":
                    if (made := till.export(folder).path) is not None:
                        exported.append(made)
                elif op == "import" and exported:
                    till.import_(*pick.choices(exported, k=pick.randint(1, 3)))
                elif op == "sync":
                    till.export(folder)
                    till.import_(folder)
                elif op != "import":
                    _both(till, one, index, op, pick)
            for _round in range(2):
                for till in tills:
                    till.export(folder)
                for till in tills:
                    till.import_(folder)

            assert shared.problems() == [] and all(till.problems() == [] for till in tills)
            for till in tills[1:]:  # the conflicts settled alike everywhere
                assert till.balances() == tills[0].balances()
                assert till.ledger() == tills[0].ledger()
                assert till.coupons() == tills[0].coupons()
                assert _reports(till) == _reports(tills[0])
            with tills[0].db.session(readonly=True) as s, one.db.session(readonly=True) as o:
                assert _totals(s) == _totals(o, one.members)
            figures = [
                {key: _reports(till)[key] for key in SAME_FIGURES} for till in (*tills, shared)
            ]
            assert all(f == figures[-1] for f in figures)
        finally:
            for till in (*tills, shared):
                till.db.dispose()
