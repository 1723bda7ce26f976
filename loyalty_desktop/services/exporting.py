"""CSV exports (DESIGN.md §5): UTF-8 with BOM, money in yuan with two decimals, shop time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import to_local
from loyalty_desktop.core.money import format_cents
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.coupons import grouped
from loyalty_desktop.services.csv_io import write_csv
from loyalty_desktop.services.outputs import database_file
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rules import Rules, load_rules
from loyalty_desktop.services.segments import ListedMember
from loyalty_desktop.services.surveys import parse_survey
from loyalty_desktop.services.tiers import tier_name
from loyalty_desktop.store.models import (
    Campaign,
    Coupon,
    CouponTemplate,
    FollowUp,
    Member,
    PointsEntry,
    Sale,
    Survey,
    SurveyResponse,
)

MEMBER_HEADER = [
    "card",
    "name",
    "phone",
    "birthday",
    "enrolled_at",
    "marketing_consent",
    "tags",
    "balance",
    "tier",
]
SALE_HEADER = [
    "sale_id",
    "receipt",
    "card",
    "timestamp",
    "amount",
    "points_discount",
    "coupon_discount",
    "paid",
    "refunded",
    "status",
    "tier_discount",  # beyond DESIGN.md §5: the member tier's discount, in yuan
]
LEDGER_HEADER = ["entry_id", "card", "timestamp", "kind", "points", "sale_id", "note"]
STREAM = 5000


def _local(at: datetime | None, zone: ZoneInfo) -> str:
    return to_local(at, zone).strftime("%Y-%m-%d %H:%M:%S") if at else ""


def _members(session: Session, rules: Rules) -> Iterator[list[object]]:
    zone = rules.zone
    statement = select(Member).order_by(col(Member.id)).execution_options(yield_per=STREAM)
    for m in session.exec(statement):
        yield [
            m.card,
            m.name,
            m.phone,
            m.birthday.isoformat() if m.birthday else "",
            _local(m.enrolled_at, zone),
            "yes" if m.marketing_consent else "no",
            m.tags,
            m.balance,
            tier_name(m, rules),
        ]


def _sales(session: Session, rules: Rules) -> Iterator[list[object]]:
    statement = (
        select(Sale, Member.card)
        .outerjoin(Member, col(Member.id) == Sale.member_id)
        .order_by(col(Sale.id))
        .execution_options(yield_per=STREAM)
    )
    for s, card in session.exec(statement):
        yield [
            s.id,
            s.receipt or s.uuid,  # a till sale has no receipt: its UUID keeps re-imports safe
            card,
            _local(s.created_at, rules.zone),
            format_cents(s.amount_cents),
            format_cents(s.points_discount_cents),
            format_cents(s.coupon_discount_cents),
            format_cents(s.paid_cents),
            format_cents(s.refunded_cents),
            s.status,
            format_cents(s.tier_discount_cents),
        ]


def _ledger(session: Session, rules: Rules) -> Iterator[list[object]]:
    member = aliased(Member)
    statement = (
        select(PointsEntry, member.card)
        .join(member, col(member.id) == PointsEntry.member_id)
        .order_by(col(PointsEntry.id))
        .execution_options(yield_per=STREAM)
    )
    for e, card in session.exec(statement):
        yield [e.id, card, _local(e.created_at, rules.zone), e.kind, e.points, e.sale_id, e.note]


COUPON_HEADER = [
    "code",
    "template",
    "card",
    "campaign",
    "status",
    "issued_at",
    "expires_at",
    "redeemed_at",
    "sale_id",
]


def _coupons(session: Session, rules: Rules) -> Iterator[list[object]]:
    statement = (
        select(Coupon, CouponTemplate.name, Member.card, Campaign.name)
        .join(CouponTemplate, col(CouponTemplate.id) == Coupon.template_id)
        .join(Campaign, col(Campaign.id) == Coupon.campaign_id)
        .outerjoin(Member, col(Member.id) == Coupon.member_id)
        .order_by(col(Coupon.id))
        .execution_options(yield_per=STREAM)
    )
    for c, template, card, campaign in session.exec(statement):
        yield [
            grouped(c.code),
            template,
            card,
            campaign,
            c.status,
            _local(c.issued_at, rules.zone),
            _local(c.expires_at, rules.zone),
            _local(c.redeemed_at, rules.zone),
            c.sale_id,
        ]


SURVEY_HEADER = [
    "response_id",
    "answered_at",
    "sale_id",
    "card",
    "nps",
    "csat",
    "choice",
    "comment",
    "follow_up",
    "survey_version",
]


def _surveys(session: Session, rules: Rules) -> Iterator[list[object]]:
    """Each response with the wording of the answer chosen (both languages) and where its
    follow-up stands; no phone numbers."""
    choices = {
        row.id: parse_survey(row.document).question("choice")
        for row in session.exec(select(Survey))
    }
    statement = (
        select(SurveyResponse, Member.card, FollowUp.status)
        .outerjoin(Member, col(Member.id) == SurveyResponse.member_id)
        .outerjoin(FollowUp, col(FollowUp.response_id) == SurveyResponse.id)
        .order_by(col(SurveyResponse.id))
        .execution_options(yield_per=STREAM)
    )
    for r, card, follow_up in session.exec(statement):
        question = choices.get(r.survey_id)
        chosen = question.choices[r.choice] if question and r.choice is not None else None
        yield [
            r.id,
            _local(r.answered_at, rules.zone),
            r.sale_id,
            card,
            r.nps,
            r.csat,
            " / ".join(t for t in (chosen.zh, chosen.en) if t) if chosen else "",
            r.comment,
            follow_up or "",
            r.survey_id,
        ]


EXPORTS = {
    "members": (MEMBER_HEADER, _members),
    "sales": (SALE_HEADER, _sales),
    "ledger": (LEDGER_HEADER, _ledger),
    "coupons": (COUPON_HEADER, _coupons),
    "surveys": (SURVEY_HEADER, _surveys),
}


def export(session: Session, actor: Actor, what: str, path: str | Path) -> int:
    """Write one export (every one names members: the owner's); returns the number of rows."""
    require(session, actor, Action.EXPORT_PERSONAL_DATA)
    header, rows = EXPORTS[what]
    rows_of = rows(session, load_rules(session))
    return write_csv(path, header, rows_of, database=database_file(session))


LIST_HEADER = [
    "card",
    "name",
    "phone",
    "marketing_consent",
    "tier",
    "last_visit",
    "visits_12m",
    "spend_12m",
    "why",
]


@dataclass(frozen=True)
class ListExport:
    written: int
    left_out: int  # members without marketing consent, left out of a marketing export


def export_members_list(
    rows: list[ListedMember], path: str | Path, *, marketing: bool, database: Path | None
) -> ListExport:
    """An action list to CSV (never over ``database``). For marketing only members who agreed
    to receive it are written; the others are counted, not silently dropped."""
    kept = [r for r in rows if r.marketing_consent or not marketing]
    written = write_csv(
        path,
        LIST_HEADER,
        (
            [
                r.card,
                r.name,
                r.phone,
                "yes" if r.marketing_consent else "no",
                r.tier,
                r.last_visit.isoformat() if r.last_visit else "",
                r.visits_12m,
                format_cents(r.spend_12m_cents),
                r.detail,
            ]
            for r in kept
        ),
        database=database,
    )
    return ListExport(written, len(rows) - len(kept))
