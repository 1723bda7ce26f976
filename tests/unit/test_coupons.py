"""Coupons: codes, the offer arithmetic in cents, every reason a coupon is refused, issuing,
redemption at most once, and what a refund does."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.clock import local_day, to_utc
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.errors import (
    CouponRefused,
    DuplicateTemplate,
    InsufficientPoints,
    InvalidInput,
)
from loyalty_desktop.services import coupons, segments
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.points import adjust
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.models import AuditEntry, Coupon, CouponStatus, CouponTemplate, Member


def terms(**fields) -> coupons.Terms:
    return coupons.parse_terms({"kind": "fixed", "value": 1000, **fields})


def make(db, actor, member_ids=(), bearer=0, **fields) -> list[Coupon]:
    with db.session() as s:
        template = coupons.add_template(s, actor, "Test", terms(**fields))
        return coupons.issue(
            s, actor, template.id, member_ids=list(member_ids), bearer=bearer
        ).coupons


def sell(db, actor, cents, member=None, coupon=None, redeem=0):
    with db.session() as s:
        return record_sale(s, actor, SaleRequest(cents, member, redeem, coupon=coupon))


# --- codes ----------------------------------------------------------------------------------


def test_codes_are_long_random_readable_and_checked() -> None:
    assert coupons.RANDOM_CHARS * 5 >= 60  # 32 letters = 5 bits each
    codes = {coupons.new_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert len(code) == 14 and not set(code) & set("01OI") and coupons.check_ok(code)
    code = next(iter(codes))
    assert coupons.normalise_code(coupons.grouped(code).lower()) == code
    typo = code[:5] + ("A" if code[5] != "A" else "B") + code[6:]
    assert not coupons.check_ok(typo)
    assert coupons.normalise_code("812345678906") is None  # a card number is not a coupon


def test_a_mistyped_code_is_refused_before_the_database_is_asked(db) -> None:
    code = coupons.new_code()
    typo = code[:-1] + ("A" if code[-1] != "A" else "B")
    with pytest.raises(CouponRefused, match="check character"), db.session() as s:
        coupons.find_coupon(s, typo)


# --- arithmetic ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "due", "off"),
    [
        ({"kind": "fixed", "value": 1000}, 8800, 1000),  # ¥10 off ¥88
        ({"kind": "fixed", "value": 1000}, 700, 700),  # never more than is due
        ({"kind": "percent", "value": 15}, 8888, 1333),  # 15% of ¥88.88 = 13.332 -> ¥13.33
        ({"kind": "percent", "value": 15}, 8890, 1334),  # 13.335 rounds half up -> ¥13.34
        ({"kind": "percent", "value": 50, "cap_cents": 2000}, 10000, 2000),  # capped at ¥20
        ({"kind": "free_item", "value": 1800, "item": "Latte"}, 5000, 1800),
        ({"kind": "points", "value": 200}, 5000, 0),  # points, not money
    ],
)
def test_offer_arithmetic_in_cents(fields, due, off) -> None:
    assert coupons.parse_terms(fields).discount_cents(due) == off


def test_invalid_terms_are_refused() -> None:
    with pytest.raises(InvalidInput, match="100%"):
        terms(kind="percent", value=150)
    with pytest.raises(InvalidInput, match="item"):
        terms(kind="free_item", value=100)


# --- redemption -----------------------------------------------------------------------------


@pytest.fixture
def two(db, actor):
    with db.session() as s:
        a = enrol(s, actor, Enrolment(name="A", phone="13800000001"))
        b = enrol(s, actor, Enrolment(name="B", phone="13800000002"))
    return a.id, b.id


def test_a_coupon_takes_money_off_before_points_and_earning(db, actor, two) -> None:
    """¥88.00 with ¥10 off -> ¥78 due; redeem 500 points (¥5) -> pays ¥73, earns 73."""
    a, _b = two
    with db.session() as s:
        adjust(s, actor, s.get(Member, a), 1000, "test")
    [coupon] = make(db, actor, [a])
    sale = sell(db, actor, 8800, a, coupon.code, redeem=500).sale
    assert (
        sale.coupon_discount_cents,
        sale.points_discount_cents,
        sale.paid_cents,
        sale.points_earned,
    ) == (1000, 500, 7300, 73)
    with db.session(readonly=True) as s:
        stored = s.get(Coupon, coupon.id)
    assert (stored.status, stored.sale_id) == (CouponStatus.REDEEMED, sale.id)


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        ("used", "already used"),
        ("void", "void"),
        ("expired", "expired"),
        ("not_yet", "not valid yet"),
        ("other_member", "another member"),
        ("walk_in", "for members"),
        ("min_spend", "¥100.00 or more"),
        ("combine", "combined with redeeming points"),
    ],
)
def test_each_refusal_says_why_and_changes_nothing(db, actor, two, setup, reason) -> None:
    a, b = two
    with db.session() as s:
        adjust(s, actor, s.get(Member, a), 1000, "test")
    fields = {"min_spend_cents": 10000} if setup == "min_spend" else {}
    if setup == "combine":
        fields["combine_with_points"] = False
    if setup == "not_yet":
        fields = {
            "valid_from": date.today() + timedelta(days=3),
            "valid_days": None,
            "valid_until": date.today() + timedelta(days=9),
        }
    [coupon] = make(db, actor, [a], **fields)
    with db.session() as s:
        c = s.get(Coupon, coupon.id)
        if setup == "used":
            record_sale(s, actor, SaleRequest(2000, a, coupon=coupon.code))
        if setup == "void":
            coupons.void(s, actor, coupon.code, "printed twice")
        if setup == "expired":
            c.expires_at = datetime.now(UTC) - timedelta(minutes=1)
    before = snapshot(db)
    member = {"other_member": b, "walk_in": None}.get(setup, a)
    with pytest.raises(CouponRefused, match=reason):
        sell(
            db,
            actor,
            5000,
            member,
            coupons.grouped(coupon.code),
            redeem=100 if setup == "combine" else 0,
        )
    assert snapshot(db) == before


def test_a_failed_sale_leaves_the_coupon_unused(db, actor, two) -> None:
    a, _b = two
    [coupon] = make(db, actor, [a])
    with pytest.raises(InsufficientPoints):
        sell(db, actor, 5000, a, coupon.code, redeem=100)
    with db.session(readonly=True) as s:
        assert s.get(Coupon, coupon.id).status == CouponStatus.ISSUED


def test_template_changes_never_alter_issued_coupons(db, actor, two) -> None:
    a, _b = two
    [coupon] = make(db, actor, [a])
    with db.session() as s:
        template = s.get(CouponTemplate, coupon.template_id)
        template.terms = terms(value=5000).model_dump_json()
    assert sell(db, actor, 8800, a, coupon.code).sale.coupon_discount_cents == 1000


def test_bearer_coupons_work_for_walk_ins_and_per_member_limits_hold(db, actor, two) -> None:
    a, b = two
    [flyer] = make(db, actor, bearer=1, member_bound=False)
    assert sell(db, actor, 3000, None, flyer.code).sale.paid_cents == 2000
    with db.session() as s:
        template = coupons.add_template(s, actor, "Once", terms(per_member_limit=1))
        first = coupons.issue(s, actor, template.id, member_ids=[a, b])
        again = coupons.issue(s, actor, template.id, member_ids=[a, b])
    assert (len(first.coupons), len(again.coupons), again.skipped) == (2, 0, 2)
    with pytest.raises(InvalidInput, match="members only"), db.session() as s:
        coupons.issue(s, actor, template.id, bearer=3)


def test_segments(db, actor, two) -> None:
    a, b = two
    with db.session() as s:
        s.get(Member, b).tags = "coffee;office"
        s.get(Member, a).tier = "Gold"
    with db.session() as s:
        assert segments.segment_members(s, "tag:coffee") == [b]
        assert segments.segment_members(s, "tier:Gold") == [a]
        assert segments.segment_members(s, "tier:Member") == [b]
        assert segments.segment_members(s, "lapsed:30") == [a, b]  # nobody bought yet
        with pytest.raises(InvalidInput, match="segment"):
            segments.segment_members(s, "vip")


def test_a_full_refund_gives_the_coupon_back_a_partial_one_does_not(db, actor, two) -> None:
    a, _b = two
    [coupon] = make(db, actor, [a])
    sale = sell(db, actor, 5000, a, coupon.code).sale
    with db.session() as s:
        refund_sale(s, actor, sale.id, 1000)
    with db.session(readonly=True) as s:
        assert s.get(Coupon, coupon.id).status == CouponStatus.REDEEMED
    with db.session() as s:
        refund_sale(s, actor, sale.id)
    with db.session(readonly=True) as s:
        assert s.get(Coupon, coupon.id).status == CouponStatus.ISSUED
    assert sell(db, actor, 5000, a, coupon.code).sale.coupon_discount_cents == 1000


def test_a_points_coupon_gives_bonus_points_and_a_refund_takes_them_back(db, actor, two) -> None:
    a, _b = two
    [coupon] = make(db, actor, [a], kind="points", value=300)
    result = sell(db, actor, 5000, a, coupon.code)
    assert result.balance == 50 + 300
    with db.session() as s:
        assert refund_sale(s, actor, result.sale.id).balance == 0


def test_two_tills_redeeming_the_same_code_exactly_one_wins(tmp_path) -> None:
    url = sqlite_url(tmp_path / "shared.db")
    tills = [open_shop(url, till_id="t1"), open_shop(url, till_id="t2")]
    from loyalty_desktop.services.staff import ensure_owner

    with tills[0].session() as s:
        owner = Actor(ensure_owner(s, "t1").id, "t1")
        template = coupons.add_template(s, owner, "Flyer", terms(member_bound=False))
        code = coupons.issue(s, owner, template.id, bearer=1).coupons[0].code
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def till(db) -> None:
        barrier.wait()
        try:
            with db.session() as s:
                record_sale(s, Actor(owner.staff_id, db.till_id), SaleRequest(3000, coupon=code))
            outcomes.append("ok")
        except CouponRefused as refusal:
            outcomes.append(str(refusal))

    threads = [threading.Thread(target=till, args=(db,)) for db in tills]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 1 and "already used" in "".join(outcomes)
    for db in tills:
        db.dispose()


def test_five_unknown_codes_in_a_minute_lock_coupon_entry(db, actor) -> None:
    guard = coupons.ScanGuard()
    locked = []
    for code in [coupons.new_code() for _ in range(5)]:
        guard.check()
        with pytest.raises(CouponRefused, match="no such") as refused, db.session() as s:
            coupons.find_coupon(s, code)
        if coupons.counts_as_guess(refused.value) and guard.failed():
            locked.append(True)
            with db.session() as s:
                coupons.log_lockout(s, actor, refused.value)
    assert locked == [True]
    with pytest.raises(CouponRefused, match="locked"):
        guard.check()
    guard.check(datetime.now(UTC) + timedelta(seconds=31))  # open again after 30 s
    with db.session(readonly=True) as s:
        assert s.exec(
            select(AuditEntry.action).where(AuditEntry.action == "coupon.lockout")
        ).all() == ["coupon.lockout"]


def test_check_stays_green_after_a_refund_gives_a_coupon_back(db, actor, two) -> None:
    from loyalty_desktop.services.check import run_checks

    a, _b = two
    [coupon] = make(db, actor, [a])
    sale = sell(db, actor, 5000, a, coupon.code).sale
    with db.session() as s:
        refund_sale(s, actor, sale.id, 1000)
    with db.session() as s:
        refund_sale(s, actor, sale.id)
    with db.session(readonly=True) as s:
        assert run_checks(s) == []


def test_an_expired_points_coupon_still_loses_its_bonus_on_a_full_refund(db, actor, two) -> None:
    a, _b = two
    [coupon] = make(db, actor, [a], kind="points", value=500)
    result = sell(db, actor, 5000, a, coupon.code)
    with db.session() as s:
        s.get(Coupon, coupon.id).expires_at = datetime.now(UTC) - timedelta(minutes=1)
    with db.session() as s:
        after = refund_sale(s, actor, result.sale.id)
    assert after.balance == 0
    with db.session(readonly=True) as s:
        assert s.get(Coupon, coupon.id).status == CouponStatus.REDEEMED  # expired: not given back


def test_mistyped_codes_count_towards_the_lock(db) -> None:
    code = coupons.new_code()
    typo = code[:-1] + ("A" if code[-1] != "A" else "B")
    with pytest.raises(CouponRefused) as refused, db.session() as s:
        coupons.find_coupon(s, typo)
    assert coupons.counts_as_guess(refused.value)


def test_a_start_date_counts_the_valid_days_from_it(db, actor, two) -> None:
    a, _b = two
    start = date.today() + timedelta(days=40)
    [coupon] = make(db, actor, [a], valid_from=start, valid_days=10)
    assert (coupon.expires_at - coupon.valid_from).days == 10


# --- validity in shop time, names, lengths ------------------------------------------------------

SHOP = ZoneInfo("Asia/Shanghai")  # the default shop time zone


def _shop_time(day: date, hour: int, minute: int = 0) -> datetime:
    return to_utc(datetime.combine(day, time(hour, minute)), SHOP)


def test_a_coupon_is_valid_until_the_end_of_its_last_day_in_shop_time(db, actor, two) -> None:
    """Issued at 11:33 for 30 days: good all through the 30th day's evening, not the next day."""
    a, _b = two
    yesterday = local_day(datetime.now(UTC), SHOP) - timedelta(days=1)
    until = yesterday + timedelta(days=5)
    with db.session() as s:
        by_days = coupons.add_template(s, actor, "30 days", terms(valid_days=30))
        by_date = coupons.add_template(s, actor, "Until", terms(valid_days=None, valid_until=until))
        issued = [
            coupons.issue(s, actor, t.id, member_ids=[a], at=_shop_time(yesterday, 11, 33))
            .coupons[0]
            .id
            for t in (by_days, by_date)
        ]
    for coupon_id, last_day in zip(issued, (yesterday + timedelta(days=30), until), strict=True):
        with db.session(readonly=True) as s:
            coupon = s.get(Coupon, coupon_id)
            assert coupons.last_valid_day(coupon, SHOP) == last_day
            use = coupons.check_coupon(s, coupon.code, a, 5000, 0, _shop_time(last_day, 23, 59))
            assert use.discount_cents == 1000
            with pytest.raises(CouponRefused, match="expired"):
                next_day = _shop_time(last_day + timedelta(days=1), 0)
                coupons.check_coupon(s, coupon.code, a, 5000, 0, next_day)


def test_a_back_dated_sale_cannot_use_a_coupon_issued_after_it(db, actor, two) -> None:
    a, _b = two
    today = local_day(datetime.now(UTC), SHOP)
    [coupon] = make(db, actor, [a], valid_from=today - timedelta(days=10), valid_days=30)
    with db.session() as s:  # a paper receipt from last week, typed in today
        s.get(Member, a).enrolled_at = _shop_time(today - timedelta(days=60), 9)
    before = snapshot(db)
    week_ago = _shop_time(today - timedelta(days=7), 12)
    with pytest.raises(CouponRefused, match="not issued yet"), db.session() as s:
        record_sale(s, actor, SaleRequest(5000, a, at=week_ago, coupon=coupon.code))
    assert snapshot(db) == before


def test_a_template_ending_in_the_past_is_refused(db, actor) -> None:
    today = local_day(datetime.now(UTC), SHOP)
    before = snapshot(db)
    for fields in (
        {"valid_days": None, "valid_until": today - timedelta(days=1)},
        {"valid_from": today - timedelta(days=40), "valid_days": 30},
    ):
        with pytest.raises(InvalidInput, match="already passed"), db.session() as s:
            coupons.add_template(s, actor, "Old", terms(**fields))
    assert snapshot(db) == before
    with db.session() as s:  # the last valid day may be today
        coupons.add_template(s, actor, "Today", terms(valid_days=None, valid_until=today))


@pytest.mark.parametrize(
    ("again", "same_as"), [("满100减10", 0), (" 满100减10 ", 0), ("Gift", 1), ("  gIFT", 1)]
)
def test_duplicate_template_names_are_refused(db, actor, again, same_as) -> None:
    with db.session() as s:
        ids = [coupons.add_template(s, actor, name, terms()).id for name in ("满100减10", "gift")]
    before = snapshot(db)
    with pytest.raises(DuplicateTemplate, match="already exists") as refused, db.session() as s:
        coupons.add_template(s, actor, again, terms())
    assert refused.value.code == "duplicate_template"
    assert refused.value.params["template_id"] == ids[same_as]
    assert snapshot(db) == before


def _refused_unchanged(db, call, field: str, limit: int) -> None:
    """Too long: one clear refusal naming the field and the limit; nothing written."""
    before = snapshot(db)
    with (
        pytest.raises(
            InvalidInput, match=rf"^{field}: is {limit + 1} characters long; at most {limit}"
        ),
        db.session() as s,
    ):
        call(s)
    assert snapshot(db) == before


def test_too_long_coupon_texts_are_refused_naming_the_field(db, actor, two) -> None:
    a, _b = two
    with db.session() as s:  # exactly at the limits is fine
        template = coupons.add_template(s, actor, "券" * 100, terms())
        coupon = coupons.issue(s, actor, template.id, member_ids=[a, a], name="活" * 100).coupons[0]
        coupons.void(s, actor, coupon.code, "因" * 200)
    _refused_unchanged(
        db, lambda s: coupons.add_template(s, actor, "长" * 101, terms()), "name", 100
    )
    _refused_unchanged(
        db,
        lambda s: coupons.issue(s, actor, template.id, member_ids=[a], name="活" * 101),
        "campaign",
        100,
    )
    _refused_unchanged(
        db,
        lambda s: coupons.issue(s, actor, template.id, member_ids=[a], target="t" * 201),
        "target",
        200,
    )
    other = coupons.grouped(make(db, actor, [a])[0].code)
    _refused_unchanged(db, lambda s: coupons.void(s, actor, other, "因" * 201), "reason", 200)


def test_a_long_template_name_still_gives_a_campaign_name_that_fits(db, actor, two) -> None:
    a, _b = two
    with db.session() as s:
        template = coupons.add_template(s, actor, "名" * 100, terms())
        campaign = coupons.issue(s, actor, template.id, member_ids=[a]).campaign
    assert len(campaign.name) == 100 and campaign.name.startswith("名" * 89 + " ")
