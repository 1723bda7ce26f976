"""A believable demo shop: regulars, occasional and lapsed members, walk-ins, redemptions and
refunds over the last months. Reproducible: the same seed gives the same shop (relative to today).

Everything goes through the same services as the till, so the demo data obeys every rule.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import to_utc, utcnow
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services import cards, coupons, follow_ups, segments, surveys
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.housekeeping import housekeep
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.rules import (
    BirthdayBonus,
    Bonuses,
    Earning,
    Expiry,
    Promotion,
    ReferralBonus,
    Reward,
    Rules,
    save_rules,
)
from loyalty_desktop.services.sales import (
    SaleRequest,
    SaleResult,
    quote_sale,
    record_sale,
    refund_sale,
)
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.models import FollowUp, Member, Sale
from loyalty_desktop.store.models.base import saved_id, table_of

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾")
SURNAMES += list("肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
GIVEN = "伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚".split()
GIVEN += "桂英 华 建华 玉兰 萍 红 鹏 辉 婷 雪 琳 晨 浩 宇 欣 怡 子涵 梓萱".split()
GIVEN += "一诺 思远 嘉怡 俊杰 雨桐".split()
TAGS = ["coffee", "pastry", "office", "student", "family", "weekend"]


@dataclass(frozen=True)
class Habit:
    """How often a kind of customer comes (mean days between visits) and until when."""

    share: float
    mean_gap_days: float
    lapsed: bool


HABITS = (Habit(0.25, 7, False), Habit(0.45, 30, False), Habit(0.30, 21, True))
WALK_IN_PER_DAY = 4


@dataclass
class DemoSummary:
    members: int = 0
    sales: int = 0
    walk_in_sales: int = 0
    redemptions: int = 0
    refunds: int = 0
    coupons_issued: int = 0
    coupons_redeemed: int = 0
    survey_responses: int = 0
    follow_ups: int = 0


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _phone(rng: random.Random, used: set[str]) -> str:
    while True:
        phone = rng.choice(["13", "15", "17", "18", "19"]) + f"{rng.randrange(10**9):09d}"
        if phone not in used:
            used.add(phone)
            return phone


def _amount(rng: random.Random) -> int:
    """Mostly ¥15–¥150, rounded to 50 fen, a few big baskets."""
    yuan = min(rng.lognormvariate(3.8, 0.55), 800)
    return max(500, int(yuan * 2) * 50)


def _visit_time(rng: random.Random, day: date, zone: ZoneInfo) -> datetime:
    minutes = rng.randint(8 * 60, 21 * 60)
    return to_utc(
        datetime.combine(day, time(minutes // 60, minutes % 60, rng.randint(0, 59))), zone
    )


def _visits(rng: random.Random, start: date, end: date, habit: Habit) -> list[date]:
    stop = end
    if habit.lapsed:
        stop = end - timedelta(days=rng.randint(100, 200))
    days, day = [], start + timedelta(days=rng.randint(0, 10))
    while day <= stop:
        days.append(day)
        day += timedelta(days=max(1, round(rng.expovariate(1 / habit.mean_gap_days))))
    return days


# A believable programme: 1 point per yuan, tiers, double points on Tuesdays, a birthday gift,
# referral rewards, points that lapse after a year, and a small reward catalogue.
DEMO_RULES = Rules(
    shop_name="Demo Café 示范咖啡",
    earning=Earning(
        promotions=[Promotion(name="Double Tuesday", multiplier_pct=200, weekdays=[2])]
    ),
    bonuses=Bonuses(
        enrolment_points=50,
        birthday=BirthdayBonus(points=200, mode="first_visit", window_days=7),
        referral=ReferralBonus(referrer_points=300, referee_points=100, min_spend_cents=3000),
    ),
    expiry=Expiry(months=12),
    rewards=[Reward(name="Free coffee", points=500), Reward(name="Pastry", points=300)],
)
WELCOMED = "welcome.done"


def regular_member(session: Session) -> Member:
    """The member with the most visits: a lively till for screenshots and screen tests."""
    member_id = session.exec(
        select(Sale.member_id)
        .where(col(Sale.member_id).is_not(None))
        .group_by(col(Sale.member_id))
        .order_by(func.count().desc())
    ).first()
    return session.get_one(Member, member_id)


def needs_welcome(session: Session) -> bool:
    """A brand-new shop: no members, no sales, and the owner has not chosen how to start."""
    return (
        not get_setting(session, WELCOMED, False)
        and session.exec(select(Member.id).limit(1)).first() is None  # not a count: any size
        and session.exec(select(Sale.id).limit(1)).first() is None
    )


def mark_welcomed(session: Session) -> None:
    set_setting(session, WELCOMED, True)


def build_demo(
    session: Session,
    actor: Actor,
    members: int = 500,
    months: int = 12,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    if members < 1 or months < 1:
        raise InvalidInput(field="members/months", reason="at_least", least=1)
    existing = session.exec(select(func.count(col(Member.id)))).one()
    if existing or session.exec(select(func.count(col(Sale.id)))).one():
        raise InvalidInput(field="database", reason="demo_not_empty")
    rng = random.Random(seed)
    zone = DEMO_RULES.zone
    cards_so_far: list[str] = []
    today = utcnow().astimezone(zone).date()
    first_day = today - timedelta(days=30 * months)
    # The demo's programme has been in force since before its first member enrolled.
    save_rules(
        session,
        actor,
        DEMO_RULES,
        valid_from=to_utc(datetime.combine(first_day - timedelta(days=90), time()), zone),
    )
    summary, phones = DemoSummary(), set[str]()
    events: list[tuple[datetime, int | None]] = []
    for _ in range(members):
        enrolled = first_day + timedelta(days=rng.randint(-60, 30 * months - 1))
        habit = rng.choices(HABITS, weights=[h.share for h in HABITS])[0]
        member = enrol(
            session,
            actor,
            Enrolment(
                name=_name(rng),
                phone=_phone(rng, phones),
                card=cards.generate_card(rng),
                birthday=date(rng.randint(1960, 2006), rng.randint(1, 12), rng.randint(1, 28))
                if rng.random() < 0.7
                else None,
                marketing_consent=rng.random() < 0.6,
                tags=";".join(rng.sample(TAGS, rng.randint(0, 2))),
                enrolled_at=_visit_time(rng, enrolled, zone),
                referrer=rng.choice(cards_so_far)
                if len(cards_so_far) > 10 and rng.random() < 0.1
                else None,
            ),
        )
        cards_so_far.append(member.card)
        summary.members += 1
        visit_start = max(enrolled, first_day)
        events += [  # a visit on the day of enrolment comes after it
            (max(_visit_time(rng, d, zone), member.enrolled_at), member.id)
            for d in _visits(rng, visit_start, today - timedelta(days=1), habit)
        ]
    day = first_day
    while day < today:
        events += [
            (_visit_time(rng, day, zone), None) for _ in range(rng.randint(0, WALK_IN_PER_DAY))
        ]
        day += timedelta(days=1)
    events.sort(key=lambda e: e[0])
    surveys.save_survey(session, actor, DEMO_SURVEY)
    answers = random.Random(f"{seed}-survey")  # its own stream: the sales stay as they were
    for done, (at, member_id) in enumerate(events, 1):
        amount = _amount(rng)
        redeem = 0
        if member_id is not None and rng.random() < 0.15:
            most = quote_sale(session, SaleRequest(amount, member_id, at=at)).max_redeem
            redeem = most - most % 100 if most >= 200 else 0
        result = record_sale(
            session, actor, SaleRequest(amount, member_id, redeem, at=at, ask_survey=True)
        )
        _demo_answer(session, actor, answers, result, summary)
        summary.sales += 1
        summary.walk_in_sales += member_id is None
        summary.redemptions += bool(redeem)
        refund_at = at + timedelta(hours=rng.randint(1, 48))
        if rng.random() < 0.02 and result.sale.paid_cents > 0 and refund_at < utcnow():
            part = None if rng.random() < 0.5 else max(1, result.sale.paid_cents // 2)
            refund_sale(session, actor, saved_id(result.sale), part, note="demo", at=refund_at)
            summary.refunds += 1
        if progress and (done % 500 == 0 or done == len(events)):
            progress(done, len(events))
    housekeep(session, actor)
    _demo_coupons(session, actor, rng, summary)
    return summary


# Asked after every third sale, a member at most once a month: NPS, CSAT and a comment.
DEMO_SURVEY = surveys.SurveyDefinition(
    enabled=True,
    questions=[surveys.NPS_QUESTION, surveys.CSAT_QUESTION, surveys.COMMENT_QUESTION],
    ask="every_nth",
    every_n=3,
    min_days_between=30,
)
PRAISE = [
    "咖啡很好喝，店员很热情",
    "环境很舒服，会再来",
    "积分兑换很方便",
    "蛋糕很新鲜",
    "Great coffee, friendly staff",
]
COMPLAINTS = [
    "等了二十多分钟才拿到咖啡",
    "咖啡太凉了",
    "店员态度不太好",
    "价格有点贵",
    "积分好像没有到账",
    "座位太少，总是没位置",
    "Wrong order, had to wait again",
]
NPS_WEIGHTS = [2, 1, 1, 2, 2, 4, 6, 10, 15, 25, 32]  # 0 … 10: mostly happy, a few detractors


def _demo_answer(
    session: Session,
    actor: Actor,
    rng: random.Random,
    result: SaleResult,
    summary: DemoSummary,
) -> None:
    """About half the customers asked answer; unhappy ones often say why, and the older
    follow-ups have been worked by the owner."""
    if result.survey is None or rng.random() < 0.5:
        return
    nps = rng.choices(range(11), weights=NPS_WEIGHTS)[0]
    csat = max(1, min(5, round(nps / 2) + rng.choice((-1, 0, 0, 1))))
    pool, chance = (COMPLAINTS, 0.8) if nps <= 6 else (PRAISE, 0.15)
    comment = rng.choice(pool) if rng.random() < chance else ""
    at = result.sale.created_at + timedelta(seconds=rng.randint(5, 40))
    response = surveys.record_response(
        session, actor, saved_id(result.sale), surveys.Answers(nps, csat, None, comment), at=at
    )
    summary.survey_responses += 1
    if not surveys.is_detractor(nps, csat) or result.sale.member_id is None:
        return  # a walk-in cannot be called back: nothing to follow up
    summary.follow_ups += 1
    follow_up = session.exec(select(FollowUp).where(FollowUp.response_id == response.id)).one()
    if utcnow() - at > timedelta(days=14) and rng.random() < 0.8:
        follow_ups.update_follow_up(
            session, actor, saved_id(follow_up), "contacted", "已电话联系，顾客表示理解"
        )
        if rng.random() < 0.75:
            follow_ups.update_follow_up(
                session, actor, saved_id(follow_up), "resolved", "送了一张满减券"
            )


def _demo_coupons(session: Session, actor: Actor, rng: random.Random, summary: DemoSummary) -> None:
    """A win-back campaign, a birthday campaign and a flyer started two weeks ago, some of
    each already used (on days that depend only on the seed and today's date)."""
    zone = DEMO_RULES.zone
    start = utcnow().astimezone(zone).date() - timedelta(days=14)
    # Handed out when the shop opened that day, before any of them was used.
    issued_at = to_utc(datetime.combine(start, time(8)), zone)
    runs = [
        (
            "满100减10 回头礼",
            {"kind": "fixed", "value": 1000, "min_spend_cents": 10000},
            "lapsed:45",
        ),
        (
            "生日九折",
            {"kind": "percent", "value": 10, "cap_cents": 3000},
            f"birthday-month:{utcnow().month}",
        ),
        ("Flyer ¥5 off", {"kind": "fixed", "value": 500, "member_bound": False}, None),
    ]
    for name, terms, segment in runs:
        terms = {**terms, "valid_from": start.isoformat(), "valid_days": 45}
        template = coupons.add_template(session, actor, name, coupons.parse_terms(terms))
        members = _enrolled_by(session, segment, issued_at) if segment else []
        if segment and not members:
            continue  # a small demo may have nobody in the segment
        result = coupons.issue(
            session,
            actor,
            saved_id(template),
            member_ids=members,
            bearer=0 if segment else 20,
            target=segment or "flyer",
            at=issued_at,
        )
        summary.coupons_issued += len(result.coupons)
        for coupon in result.coupons:
            if rng.random() < 0.3:
                amount = rng.randint(100, 200) * 100
                day = start + timedelta(days=rng.randint(0, 12))
                at = to_utc(
                    datetime.combine(day, time(rng.randint(9, 20), rng.randint(0, 59))), zone
                )
                if coupon.member_id is not None:  # never before the member enrolled
                    at = max(at, session.get_one(Member, coupon.member_id).enrolled_at)
                record_sale(
                    session, actor, SaleRequest(amount, coupon.member_id, at=at, coupon=coupon.code)
                )
                summary.coupons_redeemed += 1
                summary.sales += 1
                summary.walk_in_sales += coupon.member_id is None


def _enrolled_by(session: Session, segment: str, at: datetime) -> list[int]:
    """The segment's members who were already members when the campaign went out."""
    member = table_of(Member)
    return [
        member_id
        for part in id_chunks(segments.segment_members(session, segment))
        for member_id in session.exec(
            select(member.c.id)
            .where(col(Member.id).in_(part), Member.enrolled_at <= at)
            .order_by(member.c.id)
        )
    ]
