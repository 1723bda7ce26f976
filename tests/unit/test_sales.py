"""Sales, redemptions and refunds, with the arithmetic of DESIGN.md §3 worked out by hand."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.clock import utcnow as now
from loyalty_desktop.core.errors import (
    AlreadyRefunded,
    DuplicateReceipt,
    InsufficientPoints,
    InvalidAmount,
    InvalidInput,
    PermissionDenied,
    RedeemStep,
    RedeemTooMuch,
    RefundTooLarge,
)
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.points import adjust, ledger_balance
from loyalty_desktop.services.rules import Earning, Redemption, Rules, load_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.models import (
    EntryKind,
    Member,
    PointsEntry,
    Role,
    Sale,
    SaleStatus,
    Staff,
)


@pytest.fixture
def member(db, actor) -> Member:
    with db.session() as s:
        since = datetime(2020, 1, 1, tzinfo=UTC)  # before the back-dated receipts below
        return enrol(s, actor, Enrolment(name="张三", phone="13800138000", enrolled_at=since))


def sell(db, actor, cents, member=None, **kw):
    with db.session() as s:
        return record_sale(s, actor, SaleRequest(cents, member.id if member else None, **kw))


def refund(db, actor, sale_id, cents=None, **kw):
    with db.session() as s:
        return refund_sale(s, actor, sale_id, cents, **kw)


def give(db, actor, member, points):
    with db.session() as s:
        adjust(s, actor, s.get(Member, member.id), points, "test balance")


def balance(db, member) -> int:
    with db.session() as s:
        cached = s.get(Member, member.id).balance
        assert cached == ledger_balance(s, member.id)
        return cached


def test_sale_earns_one_point_per_whole_yuan_paid(db, actor, member) -> None:
    result = sell(db, actor, 8899, member)  # ¥88.99 -> 88 points (floor)
    assert (result.sale.points_earned, result.balance) == (88, 88)
    assert result.sale.status == SaleStatus.COMPLETED


def test_redeem_500_points_on_88_yuan(db, actor, member) -> None:
    """1200 points; redeem 500 = ¥5.00 off ¥88.00 -> pays ¥83.00, earns 83.
    Balance: 1200 - 500 + 83 = 783."""
    give(db, actor, member, 1200)
    result = sell(db, actor, 8800, member, redeem_points=500)
    s = result.sale
    assert (s.points_discount_cents, s.paid_cents, s.points_earned) == (500, 8300, 83)
    assert result.balance == 783 == balance(db, member)


def test_redeem_limits(db, actor, member) -> None:
    give(db, actor, member, 1000)
    with pytest.raises(InsufficientPoints, match="balance is 1000"):
        sell(db, actor, 100000, member, redeem_points=1001)
    with pytest.raises(RedeemTooMuch, match="at most 500"):
        sell(db, actor, 500, member, redeem_points=600)  # ¥5 sale takes at most 500 points
    with pytest.raises(InvalidInput, match="walk-in"):
        sell(db, actor, 500, None, redeem_points=100)
    assert balance(db, member) == 1000


def test_redeem_everything_pays_nothing_and_earns_nothing(db, actor, member) -> None:
    give(db, actor, member, 500)
    result = sell(db, actor, 500, member, redeem_points=500)
    assert (result.sale.paid_cents, result.sale.points_earned, result.balance) == (0, 0, 0)


def test_redeem_steps_when_a_point_is_not_a_whole_cent(db, actor, member) -> None:
    with db.session() as s:
        save_rules(
            s, actor, Rules(redemption=Redemption(points_per_yuan=30))
        )  # 30 points = ¥1: steps of 3 = 10 fen
    give(db, actor, member, 100)
    with pytest.raises(RedeemStep, match="steps of 3"):
        sell(db, actor, 1000, member, redeem_points=10)
    assert sell(db, actor, 1000, member, redeem_points=30).sale.points_discount_cents == 100
    with db.session() as s:
        assert load_rules(s).max_redeemable(70, 1000) == 69


def test_configurable_earning_rate(db, actor, member) -> None:
    with db.session() as s:
        save_rules(s, actor, Rules(earning=Earning(points_per_yuan=2)))
    assert sell(db, actor, 1050, member).sale.points_earned == 20  # 10 whole yuan x 2


def test_walk_in_sale_has_no_points(db, actor) -> None:
    result = sell(db, actor, 1234)
    assert result.balance is None and result.sale.member_id is None
    with db.session() as s:
        assert s.exec(select(PointsEntry)).all() == []


def test_back_dated_receipt_and_future_refused(db, actor, member) -> None:
    at = utcnow() - timedelta(days=3)
    assert sell(db, actor, 1000, member, at=at).sale.created_at == at
    with pytest.raises(InvalidInput, match="future"):
        sell(db, actor, 1000, member, at=utcnow() + timedelta(hours=1))


def test_bad_sales_change_nothing(db, actor, member) -> None:
    sell(db, actor, 1000, member, receipt="R1")
    before = snapshot(db)
    with pytest.raises(InvalidAmount):
        sell(db, actor, 0, member)
    with pytest.raises(InvalidAmount):
        sell(db, actor, -5, member)
    with pytest.raises(DuplicateReceipt, match="R1"):
        sell(db, actor, 1000, member, receipt="R1")
    with pytest.raises(InsufficientPoints):
        sell(db, actor, 1000, member, redeem_points=50)  # has 10
    assert snapshot(db) == before


def test_partial_refunds_round_half_up_and_the_last_one_completes(db, actor, member) -> None:
    """Paid ¥100.00 (after redeeming 400 points = ¥4 off ¥104), earned 100.
    Refund ¥25.00 -> 25% -> takes back 25 earned, gives back 100 redeemed.
    Refund ¥33.33 -> 33.33% -> 33.33 -> 33 earned, 133.32 -> 133 redeemed.
    Refund the rest (¥41.67) -> exactly what remains: 42 earned, 167 redeemed. Net: zero."""
    give(db, actor, member, 400)
    sale = sell(db, actor, 10400, member, redeem_points=400).sale
    assert (sale.paid_cents, sale.points_earned) == (10000, 100)
    first = refund(db, actor, sale.id, 2500).refund
    assert (first.points_reversed, first.points_returned) == (25, 100)
    second = refund(db, actor, sale.id, 3333).refund
    assert (second.points_reversed, second.points_returned) == (33, 133)
    last = refund(db, actor, sale.id)
    assert last.refund.amount_cents == 4167
    assert (last.refund.points_reversed, last.refund.points_returned) == (42, 167)
    assert last.sale.status == SaleStatus.REFUNDED
    with db.session() as s:
        net = sum(
            e.points for e in s.exec(select(PointsEntry).where(PointsEntry.sale_id == sale.id))
        )
    assert net == 0
    assert balance(db, member) == 400  # back to the adjustment only


def test_rounding_never_takes_back_more_than_was_earned(db, actor, member) -> None:
    """Paid ¥2.00, earned 2. Each ¥0.50 refund is 25% of 2 = 0.5 -> rounds half up to 1;
    after two of them nothing is left to take back, so the third and the last take 0."""
    sale = sell(db, actor, 200, member).sale  # ¥2.00 -> 2 points
    reversed_ = [refund(db, actor, sale.id, 50).refund.points_reversed for _ in range(3)]
    assert reversed_ == [1, 1, 0]  # 0.5 -> 1, 0.5 -> 1, then capped at what remains
    assert refund(db, actor, sale.id).refund.points_reversed == 0
    assert balance(db, member) == 0


def test_refund_limits_change_nothing(db, actor, member) -> None:
    sale = sell(db, actor, 1000, member).sale
    refund(db, actor, sale.id, 400)
    before = snapshot(db)
    with pytest.raises(RefundTooLarge, match=r"6\.00"):
        refund(db, actor, sale.id, 601)
    with pytest.raises(InvalidAmount):
        refund(db, actor, sale.id, 0)
    refund(db, actor, sale.id)
    after_full = snapshot(db)
    assert after_full != before
    with pytest.raises(AlreadyRefunded):
        refund(db, actor, sale.id)
    assert snapshot(db) == after_full


def test_refund_after_points_were_spent_goes_negative_and_flags(db, actor, member) -> None:
    earning = sell(db, actor, 50000, member).sale  # +500
    sell(db, actor, 1000, member, redeem_points=500)  # spends them, earns 5
    result = refund(db, actor, earning.id)
    assert result.balance == 5 - 500 and result.flagged
    with db.session() as s:
        m = s.get(Member, member.id)
        assert m.flagged and m.balance == ledger_balance(s, m.id)


def test_fully_redeemed_sale_refund_gives_points_back(db, actor, member) -> None:
    give(db, actor, member, 300)
    sale = sell(db, actor, 300, member, redeem_points=300).sale  # paid 0
    with pytest.raises(RefundTooLarge):
        refund(db, actor, sale.id, 1)
    result = refund(db, actor, sale.id)
    assert (result.refund.amount_cents, result.refund.points_returned) == (0, 300)
    assert result.sale.status == SaleStatus.REFUNDED and result.balance == 300


def test_walk_in_refund_moves_money_only(db, actor) -> None:
    sale = sell(db, actor, 999).sale
    result = refund(db, actor, sale.id, 99)
    assert result.balance is None and result.sale.refunded_cents == 99
    with db.session() as s:
        assert s.get(Sale, sale.id).status == SaleStatus.PARTLY_REFUNDED


def test_adjust_needs_a_reason_and_is_a_ledger_entry(db, actor, member) -> None:
    with db.session() as s:
        m = s.get(Member, member.id)
        with pytest.raises(InvalidInput, match="reason"):
            adjust(s, actor, m, 10, "  ")
        with pytest.raises(InvalidInput, match="zero"):
            adjust(s, actor, m, 0, "x")
        entry = adjust(s, actor, m, -7, "duplicate scan")
        assert (entry.kind, entry.points, entry.note, m.balance) == (
            EntryKind.ADJUST,
            -7,
            "duplicate scan",
            -7,
        )


def test_only_the_owner_adjusts(db, actor, member) -> None:
    with db.session() as s:
        cashier = Staff(name="小李", role=Role.CASHIER, origin_till="till-test", created_at=now())
        s.add(cashier)
        s.flush()
        with pytest.raises(PermissionDenied, match="owner"):
            adjust(s, Actor(cashier.id, "till-test"), s.get(Member, member.id), 10, "gift")
