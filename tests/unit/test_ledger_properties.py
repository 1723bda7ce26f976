"""Property: any sequence of enrolments, sales, redemptions, refunds and adjustments keeps every
invariant of DESIGN.md §3 — and a refused action leaves the database exactly as it was."""

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule
from sqlmodel import select
from support import snapshot

from loyalty_desktop.config import sqlite_url
from loyalty_desktop.db import open_database
from loyalty_desktop.errors import LoyaltyError
from loyalty_desktop.models import Member, PointsEntry, Sale, SaleStatus
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.points import adjust
from loyalty_desktop.services.rules import Earning, Redemption, Rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.services.staff import ensure_owner

_TEMPLATE = Path(tempfile.mkdtemp(prefix="loyalty-prop-")) / "template.db"
open_database(sqlite_url(_TEMPLATE), till_id="prop").dispose()  # migrate once, copy per example


class LedgerMachine(RuleBasedStateMachine):
    members = Bundle("members")
    sales = Bundle("sales")

    @initialize(earn=st.integers(1, 5), redeem=st.sampled_from([10, 30, 50, 100, 250]))
    def open_shop(self, earn: int, redeem: int) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="loyalty-prop-"))
        shutil.copy(_TEMPLATE, self.dir / "shop.db")
        self.db = open_database(sqlite_url(self.dir / "shop.db"), till_id="prop")
        with self.db.session() as s:
            self.actor = Actor(ensure_owner(s, "prop").id, "prop")
            save_rules(
                s,
                self.actor,
                Rules(
                    earning=Earning(points_per_yuan=earn),
                    redemption=Redemption(points_per_yuan=redeem),
                ),
            )
        self.phones = 0

    def teardown(self) -> None:
        if hasattr(self, "db"):
            self.db.dispose()
            shutil.rmtree(self.dir, ignore_errors=True)

    def attempt(self, action):  # type: ignore[no-untyped-def]
        """Run one user action; a refusal must leave every table exactly as before."""
        before = snapshot(self.db)
        try:
            with self.db.session() as s:
                return action(s)
        except LoyaltyError:
            assert snapshot(self.db) == before
            return None

    @rule(target=members, name=st.text(min_size=1, max_size=8))
    def enrol_member(self, name: str) -> int:
        self.phones += 1
        member = self.attempt(
            lambda s: enrol(s, self.actor, Enrolment(name=name, phone=f"138{self.phones:08d}"))
        )
        return member.id if member else -1

    @rule(target=sales, member=members, cents=st.integers(1, 50_000), redeem=st.integers(0, 3000))
    def sell(self, member: int, cents: int, redeem: int) -> int:
        def action(s):  # type: ignore[no-untyped-def]
            before = s.get(Member, member).balance if member > 0 else 0
            result = record_sale(
                s,
                self.actor,
                SaleRequest(cents, member if member > 0 else None, redeem if member > 0 else 0),
            )
            assert result.sale.points_redeemed <= max(before, 0)
            return result.sale.id

        return self.attempt(action) or -1

    @rule(sale=sales, share=st.one_of(st.none(), st.integers(1, 100)))
    def refund(self, sale: int, share: int | None) -> None:
        def action(s):  # type: ignore[no-untyped-def]
            row = s.get(Sale, sale)
            left = row.paid_cents - row.refunded_cents if row else 0
            amount = None if share is None else max(1, left * share // 100)
            refund_sale(s, self.actor, sale, amount)

        if sale > 0:
            self.attempt(action)

    @rule(member=members, points=st.integers(-500, 2000).filter(bool))
    def adjust_points(self, member: int, points: int) -> None:
        if member > 0:
            self.attempt(lambda s: adjust(s, self.actor, s.get(Member, member), points, "prop"))

    @invariant()
    def every_invariant_holds(self) -> None:
        if not hasattr(self, "db"):
            return
        with self.db.session(readonly=True) as s:
            assert run_checks(s) == []
            for sale in s.exec(select(Sale).where(Sale.status == SaleStatus.REFUNDED)):
                net = sum(
                    e.points
                    for e in s.exec(select(PointsEntry).where(PointsEntry.sale_id == sale.id))
                )
                assert net == 0


LedgerMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_ledger_invariants = LedgerMachine.TestCase
