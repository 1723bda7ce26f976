"""Property: under any rules, any sequence of enrolments, sales, redemptions, refunds,
adjustments, rewards and time passing (across expiry dates, birthdays and tier reviews) keeps
every invariant of DESIGN.md §3 — and a refused action leaves the database exactly as it was.
Also: expiry never takes more than was earned, a birthday bonus comes at most once a year,
running the expiry twice changes nothing, and a member whose balance went below zero (a refund
took back points already spent) still buys and earns, the new points paying the debt first."""

import shutil
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.expiry import run_expiry
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.points import adjust
from loyalty_desktop.services.rewards import redeem_reward
from loyalty_desktop.services.rules import (
    BirthdayBonus,
    Bonuses,
    Earning,
    Expiry,
    Promotion,
    Redemption,
    ReferralBonus,
    Reward,
    Rules,
    Tier,
    Tiers,
    load_rules,
    save_rules,
)
from loyalty_desktop.services.sales import SaleRequest, quote_sale, record_sale, refund_sale
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.services.tiers import review_tiers
from loyalty_desktop.store.models import EntryKind, Member, PointsEntry, Sale, SaleStatus

_TEMPLATE = Path(tempfile.mkdtemp(prefix="loyalty-prop-")) / "template.db"
open_shop(sqlite_url(_TEMPLATE), till_id="prop").dispose()  # migrate once, copy per example
START = datetime.now(UTC) - timedelta(days=900)


@st.composite
def rule_sets(draw) -> Rules:
    thresholds = sorted(draw(st.sets(st.integers(1, 200_000), min_size=0, max_size=3)))
    levels = [Tier(name="T0", threshold=0)] + [
        Tier(
            name=f"T{i + 1}",
            threshold=t,
            multiplier_pct=draw(st.integers(100, 300)),
            discount_pct=draw(st.integers(0, 10)),
        )
        for i, t in enumerate(thresholds)
    ]
    return Rules(
        earning=Earning(
            points_per_yuan=draw(st.integers(1, 5)),
            min_spend_cents=draw(st.sampled_from([0, 500, 2000])),
            cap_per_sale=draw(st.none() | st.integers(1, 500)),
            promotions=[
                Promotion(
                    name="P",
                    multiplier_pct=draw(st.integers(100, 300)),
                    weekdays=draw(st.lists(st.integers(1, 7), max_size=3)),
                )
            ],
        ),
        redemption=Redemption(points_per_yuan=draw(st.sampled_from([10, 30, 50, 100, 250]))),
        tiers=Tiers(
            basis=draw(st.sampled_from(["spend", "visits"])),
            levels=levels,
            grace_months=draw(st.integers(0, 2)),
        ),
        bonuses=Bonuses(
            enrolment_points=draw(st.integers(0, 100)),
            birthday=BirthdayBonus(
                points=draw(st.integers(0, 300)),
                mode=draw(st.sampled_from(["first_visit", "on_day"])),
                window_days=draw(st.integers(0, 10)),
            ),
            referral=ReferralBonus(
                referrer_points=draw(st.integers(0, 300)),
                referee_points=draw(st.integers(0, 300)),
                min_spend_cents=draw(st.integers(0, 5000)),
            ),
        ),
        expiry=Expiry(months=draw(st.sampled_from([0, 1, 2, 6]))),
        rewards=[Reward(name="Coffee", points=draw(st.integers(1, 800)))],
    )


class LedgerMachine(RuleBasedStateMachine):
    members = Bundle("members")
    sales = Bundle("sales")

    @initialize(rules=rule_sets())
    def open_shop(self, rules: Rules) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="loyalty-prop-"))
        shutil.copy(_TEMPLATE, self.dir / "shop.db")
        self.db = open_shop(sqlite_url(self.dir / "shop.db"), till_id="prop")
        with self.db.session() as s:
            self.actor = Actor(ensure_owner(s, "prop").id, "prop")
            save_rules(s, self.actor, rules)
        self.phones = 0
        self.clock = START

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

    @rule(days=st.integers(0, 75))
    def pass_time(self, days: int) -> None:
        self.clock = min(
            self.clock + timedelta(days=days, hours=days % 7),
            datetime.now(UTC) - timedelta(minutes=1),
        )

    @rule(
        target=members,
        month=st.integers(1, 12),
        day=st.integers(1, 28),
        referrer=st.none() | st.integers(0, 30),
    )
    def enrol_member(self, month: int, day: int, referrer: int | None) -> int:
        self.phones += 1
        phone = f"138{self.phones:08d}"

        def action(s):  # type: ignore[no-untyped-def]
            cards = list(s.exec(select(Member.card).order_by(Member.id)))
            ref = cards[referrer % len(cards)] if cards and referrer is not None else None
            return enrol(
                s,
                self.actor,
                Enrolment(
                    name="M",
                    phone=phone,
                    birthday=date(1990, month, day),
                    referrer=ref,
                    enrolled_at=self.clock,
                ),
            ).id

        return self.attempt(action) or -1

    @rule(target=sales, member=members, cents=st.integers(1, 50_000), redeem=st.integers(0, 3000))
    def sell(self, member: int, cents: int, redeem: int) -> int:
        def action(s):  # type: ignore[no-untyped-def]
            before = s.get(Member, member).balance if member > 0 else 0
            request = SaleRequest(
                cents, member if member > 0 else None, redeem if member > 0 else 0, at=self.clock
            )
            result = record_sale(s, self.actor, request)
            assert result.sale.points_redeemed <= max(before, 0)
            return result.sale.id

        return self.attempt(action) or -1

    @rule(target=sales, member=members, cents=st.integers(100, 50_000))
    def spend_then_refund(self, member: int, cents: int) -> int:
        """The README's flagged member: a sale earns points, a second sale redeems the whole
        balance, then the first sale is refunded and takes back points already spent."""
        if member <= 0:
            return -1
        first = self.attempt(
            lambda s: record_sale(s, self.actor, SaleRequest(cents, member, at=self.clock)).sale.id
        )

        def redeem_all(s):  # type: ignore[no-untyped-def]
            balance = s.get(Member, member).balance
            amount = max(1, load_rules(s, self.clock).points_value_cents(balance))
            fits = quote_sale(s, SaleRequest(amount, member, at=self.clock)).max_redeem
            request = SaleRequest(amount, member, fits, at=self.clock)
            return record_sale(s, self.actor, request).sale.id

        spent = self.attempt(redeem_all)
        if first:
            self.attempt(lambda s: refund_sale(s, self.actor, first, at=self.clock))
        return spent or -1

    @rule(target=sales, member=members, cents=st.integers(1, 50_000))
    def buy_without_redeeming(self, member: int, cents: int) -> int:
        """Buying without redeeming is never refused, whatever the balance (even below zero);
        what the sale earns and releases is added to the balance, paying any debt first."""
        if member <= 0:
            return -1
        with self.db.session() as s:
            before = s.get(Member, member).balance
            event("a sale with the balance below zero" if before < 0 else "a sale")
            result = record_sale(s, self.actor, SaleRequest(cents, member, at=self.clock))
            released = sum(bonus.points for bonus in result.bonuses)
            assert result.sale.points_redeemed == 0
            assert result.balance == before + result.sale.points_earned + released
            return result.sale.id

    @rule(target=sales, member=members, days_after=st.integers(0, 4))
    def birthday_visit(self, member: int, days_after: int) -> int:
        """A visit a few days after the member's birthday (this year's, or last year's)."""

        def action(s):  # type: ignore[no-untyped-def]
            birthday = s.get(Member, member).birthday
            at = datetime.combine(birthday.replace(year=self.clock.year), time(4), UTC)
            at += timedelta(days=days_after)
            if at > self.clock:
                at = at.replace(year=at.year - 1)
            return record_sale(s, self.actor, SaleRequest(1000, member, at=at)).sale.id

        return (self.attempt(action) if member > 0 else None) or -1

    @rule(sale=sales, share=st.one_of(st.none(), st.integers(1, 100)))
    def refund(self, sale: int, share: int | None) -> None:
        def action(s):  # type: ignore[no-untyped-def]
            row = s.get(Sale, sale)
            left = row.paid_cents - row.refunded_cents if row else 0
            amount = None if share is None else max(1, left * share // 100)
            refund_sale(s, self.actor, sale, amount, at=max(self.clock, row.created_at))

        if sale > 0:
            self.attempt(action)

    @rule(member=members, points=st.integers(-500, 2000).filter(bool))
    def adjust_points(self, member: int, points: int) -> None:
        if member > 0:
            self.attempt(lambda s: adjust(s, self.actor, s.get(Member, member), points, "prop"))

    @rule(member=members)
    def reward(self, member: int) -> None:
        if member > 0:
            self.attempt(lambda s: redeem_reward(s, self.actor, member, "Coffee"))

    @rule()
    def expire_twice(self) -> None:
        with self.db.session() as s:
            run_expiry(s, self.actor, self.clock)
        after_first = snapshot(self.db)
        with self.db.session() as s:
            assert run_expiry(s, self.actor, self.clock).points == 0
        assert snapshot(self.db) == after_first

    @rule()
    def review(self) -> None:
        with self.db.session() as s:
            review_tiers(s, self.actor, load_rules(s), self.clock)

    @invariant()
    def every_invariant_holds(self) -> None:
        if not hasattr(self, "db"):
            return
        with self.db.session(readonly=True) as s:
            assert run_checks(s) == []
            for sale in s.exec(select(Sale).where(Sale.status == SaleStatus.REFUNDED)):
                net = sum(
                    e.points
                    for e in s.exec(
                        select(PointsEntry).where(
                            PointsEntry.sale_id == sale.id,
                            PointsEntry.kind.in_(
                                ["earn", "redeem", "refund_earn", "refund_redeem"]
                            ),
                        )
                    )
                )
                assert net == 0
            expired = -s.exec(
                select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                    PointsEntry.kind == EntryKind.EXPIRE.value
                )
            ).one()
            expirable = s.exec(
                select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                    PointsEntry.expires_at.is_not(None)
                )
            ).one()
            assert 0 <= expired <= expirable
            keys = s.exec(
                select(PointsEntry.member_id, PointsEntry.dedupe_key).where(
                    PointsEntry.dedupe_key.startswith("birthday:")
                )
            ).all()
            years = [(member, key.split(":")[1]) for member, key in keys]
            assert len(years) == len(set(years))  # at most one birthday bonus a year


LedgerMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_ledger_invariants = LedgerMachine.TestCase
