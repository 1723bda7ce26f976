"""Property: tills of one shop that sell, enrol, redeem, refund, issue and use coupons and
give birthday bonuses offline, and exchange sync packages at random (any order, some twice,
some late), agree once every package is everywhere: the same members, balances, ledger, tiers
and coupons, each birthday bonus given once, and ``loyalty check`` passes on each (issue 16).
Members are edited and erased at any till too: every till ends with the same details and the
same conflict log."""

from __future__ import annotations

import contextlib
import random
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import DuplicateMember
from loyalty_desktop.services import coupons, notes
from loyalty_desktop.services.bonuses import grant
from loyalty_desktop.services.member_edits import MemberChanges, edit_member, replace_card
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.privacy import erase_member
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.sales import SaleRequest, plan_refund, record_sale, refund_sale
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
            # At the till that issued it: a coupon used at two tills offline is a conflict
            # still to settle (reported, issue 16).
            issued = s.exec(
                select(Coupon.code).where(
                    Coupon.origin_till == till.actor.till_id,
                    Coupon.status == CouponStatus.ISSUED.value,
                )
            ).all()
            if issued:
                member = pick.choice([None, *members]) if members else None
                request = SaleRequest(pick.randint(2000, 9000), member, coupon=pick.choice(issued))
                record_sale(s, till.actor, request)
        elif op == "refund":
            # Refunds at the till that made the sale: one sale refunded in full at two tills
            # offline is a conflict rule still to come (issue 16).
            sales = s.exec(
                select(Sale).where(
                    Sale.origin_till == till.actor.till_id,
                    Sale.status != SaleStatus.REFUNDED.value,
                )
            ).all()
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
        first = open_till(root / "a.db", "till-a")
        tills = [first] + [
            open_till(root / f"{name}.db", f"till-{name}", shop_of(first.db)) for name in "bc"
        ]
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
        finally:
            for till in tills:
                till.db.dispose()
