"""``loyalty check``: prove the data invariants of DESIGN.md §3, sale by sale, member by member."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy import Cast, ColumnElement, Integer, Select, case, cast, func, text
from sqlalchemy import select as sql_select  # typed for any number of columns, unlike SQLModel's
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from loyalty_desktop.services import lots, member_changes, rollups
from loyalty_desktop.services.importing import undone_gaps
from loyalty_desktop.services.sync import origins
from loyalty_desktop.store import chain, report_cache
from loyalty_desktop.store.db import storage_problems
from loyalty_desktop.store.models import (
    AuditEntry,
    Coupon,
    CouponStatus,
    DoubleRedemption,
    EntryKind,
    FollowUp,
    Member,
    PointsEntry,
    Refund,
    Sale,
    SaleStatus,
    SurveyResponse,
    TierChange,
)
from loyalty_desktop.store.models.base import table_of


@dataclass(frozen=True)
class Problem:
    check: str
    subject: str
    detail: str

    def __str__(self) -> str:
        return f"{self.check} {self.subject}: {self.detail}"

    def describe(self, language: str | None = None) -> str:
        """A broken invariant is for support, who read the checks' own English words."""
        del language
        return str(self)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


MOST_PROBLEMS = 1000  # of one kind: a database that far off needs support, not a longer list
# The entries a sale and its refunds write (bonuses a sale released are checked on their own).
SALE_KINDS = [
    k.value
    for k in (EntryKind.EARN, EntryKind.REDEEM, EntryKind.REFUND_EARN, EntryKind.REFUND_REDEEM)
]


def _balances(session: Session) -> list[Problem]:
    """cached balance == sum(ledger) for every member."""
    ledger = (
        select(PointsEntry.member_id, func.sum(PointsEntry.points).label("total"))
        .group_by(col(PointsEntry.member_id))
        .subquery()
    )
    total = func.coalesce(ledger.c.total, 0)
    rows = session.exec(
        select(Member.card, Member.balance, total)
        .outerjoin(ledger, ledger.c.member_id == Member.id)
        .where(Member.balance != total)
    ).all()
    return [
        Problem("balance", f"member {card}", f"cached {cached} != ledger sum {ledger_sum}")
        for card, cached, ledger_sum in rows
    ]


def _sales(session: Session) -> list[Problem]:
    """Money adds up, refunds stay within what was paid, status agrees, points net out."""
    refunds = (
        sql_select(
            col(Refund.sale_id),
            func.count(col(Refund.id)).label("n"),
            func.sum(Refund.amount_cents).label("amount"),
            func.sum(Refund.points_reversed).label("reversed"),
            func.sum(Refund.points_returned).label("returned"),
            func.count(func.distinct(Refund.origin_till)).label("tills"),
        )
        .group_by(col(Refund.sale_id))
        .subquery()
    )
    entries = (
        select(PointsEntry.sale_id, func.sum(PointsEntry.points).label("net"))
        .where(
            col(PointsEntry.sale_id).is_not(None),
            col(PointsEntry.kind).in_(SALE_KINDS),
        )
        .group_by(col(PointsEntry.sale_id))
        .subquery()
    )
    earn, lapse = aliased(PointsEntry), aliased(PointsEntry)
    expired = (
        select(earn.sale_id, func.sum(-lapse.points).label("points"))
        .select_from(lapse)
        .join(earn, col(earn.id) == _lot_id(lapse))
        .where(earn.kind == EntryKind.EARN.value, lapse.kind == EntryKind.EXPIRE.value)
        .group_by(col(earn.sale_id))
        .subquery()
    )
    n = func.coalesce(refunds.c.n, 0)
    refunded = func.coalesce(refunds.c.amount, 0)
    reversed_ = func.coalesce(refunds.c.reversed, 0)
    returned = func.coalesce(refunds.c.returned, 0)
    net = func.coalesce(entries.c.net, 0)
    expected_net = case(
        (col(Sale.member_id).is_(None), 0),
        else_=Sale.points_earned - Sale.points_redeemed - reversed_ + returned,
    )
    expected_status = case(
        (n == 0, SaleStatus.COMPLETED.value),
        (refunded >= Sale.paid_cents, SaleStatus.REFUNDED.value),
        else_=SaleStatus.PARTLY_REFUNDED.value,
    )
    lapsed = func.coalesce(expired.c.points, 0)  # earned points of the sale that expired
    # Refunded at two tills offline (sync): the refunds may add up to more than was paid (the
    # sale counts as refunded once), and their points are settled by adjust entries that
    # reach each till with a sync (services/sync/refunds.py). One till never does either.
    two_tills = func.coalesce(refunds.c.tills, 0) > 1
    counted = case((refunded > Sale.paid_cents, Sale.paid_cents), else_=refunded)
    fully_refunded_nonzero = (
        (col(Sale.status) == SaleStatus.REFUNDED.value)
        & ~two_tills
        & ((reversed_ + lapsed != Sale.points_earned) | (returned != Sale.points_redeemed))
    )
    statement = (
        sql_select(
            col(Sale.id),
            col(Sale.amount_cents),
            col(Sale.points_discount_cents),
            col(Sale.coupon_discount_cents),
            col(Sale.paid_cents),
            col(Sale.refunded_cents),
            refunded,
            col(Sale.status),
            expected_status,
            net,
            expected_net,
        )
        .outerjoin(refunds, refunds.c.sale_id == Sale.id)
        .outerjoin(entries, entries.c.sale_id == Sale.id)
        .outerjoin(expired, expired.c.sale_id == Sale.id)
        .where(
            (
                col(Sale.paid_cents)
                != Sale.amount_cents
                - Sale.tier_discount_cents
                - Sale.points_discount_cents
                - Sale.coupon_discount_cents
            )
            | (Sale.paid_cents < 0)
            | (Sale.refunded_cents != counted)
            | ((refunded > Sale.paid_cents) & ~two_tills)
            | (Sale.status != expected_status)
            | (net != expected_net)
            | fully_refunded_nonzero
        )
    )
    rows = session.execute(statement).all()
    return [
        Problem(
            "sale",
            f"sale {sid}",
            f"amount {amount} - points {pdisc} - coupon {cdisc} vs paid {paid}; "
            f"refunded {cached} vs refunds {total}; status {status} (expected {expected}); "
            f"ledger net {net_} (expected {wanted})",
        )
        for sid, amount, pdisc, cdisc, paid, cached, total, status, expected, net_, wanted in rows
    ]


def _tiers(session: Session) -> list[Problem]:
    """The cached tier is the latest entry of the member's tier history."""
    latest = (
        select(TierChange.member_id, func.max(TierChange.id).label("last"))
        .group_by(col(TierChange.member_id))
        .subquery()
    )
    rows = session.exec(
        select(Member.card, Member.tier, TierChange.tier)
        .outerjoin(latest, latest.c.member_id == Member.id)
        .outerjoin(TierChange, col(TierChange.id) == latest.c.last)
        .where(Member.tier != func.coalesce(TierChange.tier, ""))
    ).all()
    return [
        Problem("tier", f"member {card}", f"cached {cached!r} != history {history!r}")
        for card, cached, history in rows
    ]


def _lot_id(lapse: type[PointsEntry]) -> Cast[int]:
    """The earn entry an expiry entry lapses: its dedupe key is "expire:<entry id>"."""
    return cast(func.substr(lapse.dedupe_key, len(lots.EXPIRE_KEY) + 1), Integer)


def _expiries(session: Session) -> list[Problem]:
    """An expiry never takes more than its lot held (one join, each lot found by its key)."""
    lapse, lot = aliased(PointsEntry), aliased(PointsEntry)
    rows = session.exec(
        select(lapse.id, -lapse.points, _lot_id(lapse))
        .select_from(lapse)
        .outerjoin(lot, col(lot.id) == _lot_id(lapse))
        .where(
            lapse.kind == EntryKind.EXPIRE.value,
            col(lot.id).is_(None)
            | (col(lot.member_id) != lapse.member_id)
            | (-col(lapse.points) > lot.points),
        )
    ).all()
    return [
        Problem("expiry", f"entry {entry_id}", f"expires {points} of lot {lot_id}")
        for entry_id, points, lot_id in rows
    ]


def _lots(session: Session) -> list[Problem]:
    """The kept points lots are what a replay of each member's ledger leaves."""
    problems = []
    for member_id, detail in islice(lots.differences(session), MOST_PROBLEMS):
        member = session.get(Member, member_id)  # None: lots kept for no member
        subject = f"member {member.card}" if member else f"member id {member_id}"
        problems.append(Problem("lots", subject, detail))
    return problems


def _coupons(session: Session) -> list[Problem]:
    """A redeemed coupon points at its sale and carries the sale's coupon discount; a sale with
    a coupon discount has exactly one redeemed coupon, or used one an earlier sale of another
    till holds (redeemed at two tills offline: the sync recorded it)."""
    used = (
        select(
            Coupon.sale_id,
            func.count(col(Coupon.id)).label("n"),
            func.sum(Coupon.discount_cents).label("off"),
        )
        .where(Coupon.status == CouponStatus.REDEEMED.value)
        .group_by(col(Coupon.sale_id))
        .subquery()
    )
    rows = session.exec(
        select(Sale.id, Sale.coupon_discount_cents, used.c.n, used.c.off)
        .outerjoin(used, used.c.sale_id == Sale.id)
        .outerjoin(DoubleRedemption, col(DoubleRedemption.sale_id) == Sale.id)
        .where(
            # A completing refund gives the coupon back: that sale no longer holds one.
            (
                (col(Sale.coupon_discount_cents) > 0)
                & (used.c.n.is_(None))
                & (Sale.status != SaleStatus.REFUNDED.value)
                & col(DoubleRedemption.id).is_(None)
            )
            | (used.c.n > 1)
            | (used.c.off != Sale.coupon_discount_cents)
        )
    ).all()
    problems = [
        Problem("coupon", f"sale {sid}", f"coupon discount {off} vs {n} coupon(s) worth {worth}")
        for sid, off, n, worth in rows
    ]
    orphans = session.exec(
        select(Coupon.code).where(
            Coupon.status == CouponStatus.REDEEMED.value, col(Coupon.sale_id).is_(None)
        )
    ).all()
    return (
        problems
        + [Problem("coupon", code, "redeemed without a sale") for code in orphans]
        + _coupon_dates(session)
    )


def _coupon_dates(session: Session) -> list[Problem]:
    """A coupon is redeemed while it is valid: not before it was issued or its first valid
    day, and before it expired (the till refuses anything else; nothing moves the dates later)."""
    at = col(Coupon.redeemed_at)
    rows = session.execute(
        sql_select(
            col(Coupon.code),
            col(Coupon.issued_at),
            col(Coupon.valid_from),
            col(Coupon.expires_at),
            at,
        ).where(
            at.is_not(None)
            & ((at < Coupon.issued_at) | (at < Coupon.valid_from) | (at >= Coupon.expires_at))
        )
    ).all()
    return [
        Problem(
            "coupon",
            code,
            f"redeemed at {redeemed} outside issued {issued} / valid {start} to {end}",
        )
        for code, issued, start, end, redeemed in rows
    ]


def _surveys(session: Session) -> list[Problem]:
    """A response answers the survey its sale asked, for the sale's member; a detractor's
    response has a follow-up and no other response has one."""
    detractor = (col(SurveyResponse.nps) <= 6) | (col(SurveyResponse.csat) <= 2)
    rows = session.exec(
        select(SurveyResponse.id, Sale.id, FollowUp.id)
        .join(Sale, col(Sale.id) == SurveyResponse.sale_id)
        .outerjoin(FollowUp, col(FollowUp.response_id) == SurveyResponse.id)
        .where(
            (func.coalesce(Sale.survey_id, -1) != SurveyResponse.survey_id)
            | (func.coalesce(Sale.member_id, -1) != func.coalesce(SurveyResponse.member_id, -1))
            | (detractor & col(FollowUp.id).is_(None))
            | (~func.coalesce(detractor, False) & col(FollowUp.id).is_not(None))
        )
    ).all()
    return [
        Problem("survey", f"response {rid}", f"does not match sale {sid} or its follow-up ({fid})")
        for rid, sid, fid in rows
    ]


def _rollups(session: Session) -> list[Problem]:
    """The report's monthly rollups and the members' visit figures (usual gap, first month,
    last visit) equal what sales and the ledger say, the members a range of ids at a time."""
    want, have = rollups.expected_shop(session), rollups.stored_shop(session)
    problems = _differences("shop", want.shop, have.shop) + _differences(
        "ledger", want.ledger, have.ledger
    )
    for first, last in rollups.member_ranges(session):
        if len(problems) >= MOST_PROBLEMS:
            break
        wanted = rollups.expected_members(session, first, last)
        held = rollups.stored_members(session, first, last)
        problems += _differences("members", wanted.members, held.members)
        for name, figures in (("gaps", _gaps), ("visits", _days)):
            problems += _differences(name, figures(wanted.visits), figures(held.visits))
    return problems[:MOST_PROBLEMS]


def _gaps(visits: Mapping[int, rollups.Visits]) -> dict[int, float]:
    return {mid: v.usual_gap for mid, v in visits.items() if v.usual_gap is not None}


def _days(visits: Mapping[int, rollups.Visits]) -> dict[int, tuple[date | None, ...]]:
    days = {mid: (v.first_month, v.last_visit, v.earlier_visit) for mid, v in visits.items()}
    return {mid: kept for mid, kept in days.items() if any(kept)}


def _differences(
    name: str, expected: Mapping[Any, Any], stored: Mapping[Any, Any]
) -> list[Problem]:
    return [
        Problem(
            "rollup", f"{name} {key}", f"stored {stored.get(key)} != recomputed {expected.get(key)}"
        )
        for key in sorted(set(expected) | set(stored), key=str)[:MOST_PROBLEMS]
        if expected.get(key) != stored.get(key)
    ]


def _triggers(session: Session) -> list[Problem]:
    """The triggers that keep the ledger and the audit trail append-only, and those that forget
    a kept monthly report when its data change, are there (and, on PostgreSQL, not disabled)."""
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    found = set(connection.execute(text(query)).scalars())
    return [
        Problem("append-only", f"trigger {name}", "missing: rows can be updated or deleted")
        for name in chain.TRIGGERS[dialect]
        if name not in found
    ] + [
        Problem("report-cache", f"trigger {name}", "missing: a kept report can be out of date")
        for name in report_cache.TRIGGERS[dialect]
        if name not in found
    ]


_MISDIRECTED = "names another row than the till that made it named (changed after the import)"
_BREAKS = {
    "altered": "content does not match its hash (till {till}): the row was rewritten",
    "unlinked": "does not follow the previous row of till {till}: a row before it was deleted, "
    "inserted or rewritten",
}


def _chains(session: Session) -> list[Problem]:
    """Every row of the ledger and the audit trail matches its hash and follows the previous
    row of its till, but where an import taken back left a gap it recorded."""
    gaps = undone_gaps(session)
    problems = []
    for model in (PointsEntry, AuditEntry):
        table = table_of(model)
        hashed = origins.hashed_as(session, table.name)  # rows other tills sent (sync)
        problems += [
            Problem("chain", f"{table.name} {b.row_id}", _BREAKS[b.kind].format(till=b.till))
            for b in chain.breaks(session.connection(), table, gaps[table.name], hashed)
        ]
        problems += [
            Problem("chain", f"{table.name} {row_id}", f"{column} {_MISDIRECTED}")
            for row_id, column in origins.misdirected(session, table.name)
        ]
    return problems


def _audited(session: Session) -> list[Problem]:
    """Each points adjustment and each refund wrote an audit line in its own transaction, so a
    till has at least as many such lines as rows. This sees what no chain can: an audit trail
    deleted whole (an empty chain is unbroken) or its last lines cut off, and a forged
    adjustment written without its line."""
    pairs = (
        (
            "points adjustments",
            _count(PointsEntry, col(PointsEntry.kind) == EntryKind.ADJUST.value),
            "points.adjust",
        ),
        ("refunds", _count(Refund), "sale.refund"),
    )
    problems = []
    for what, rows_of, action in pairs:
        rows = dict(session.execute(rows_of).all())
        lines = dict(session.execute(_count(AuditEntry, col(AuditEntry.action) == action)).all())
        problems += [
            Problem(
                "audit", f"till {till}", f"{n} {what} but {lines.get(till, 0)} audit lines {action}"
            )
            for till, n in sorted(rows.items())
            if lines.get(till, 0) < n
        ]
    return problems


def _count(
    model: type[PointsEntry] | type[Refund] | type[AuditEntry], *where: ColumnElement[bool]
) -> Select[str, int]:
    """Rows per origin till."""
    counted = sql_select(col(model.origin_till), func.count()).where(*where)
    return counted.group_by(col(model.origin_till))


def _profiles(session: Session) -> list[Problem]:
    """Each member's details are their latest changes' (an erased member's none)."""
    return [
        Problem("member", f"member {card}", f"{field} is not its latest change")
        for card, field in member_changes.drifted(session)
    ]


def _storage(session: Session, full: bool) -> list[Problem]:
    problems = storage_problems(session.connection(), full)
    return [Problem("storage", "database", detail) for detail in problems]


def run_checks(session: Session, full: bool = False) -> list[Problem]:
    """Every invariant; ``full``: the database engine's slow index-by-index check too."""
    return (
        _storage(session, full)
        + _triggers(session)
        + _chains(session)
        + _audited(session)
        + _balances(session)
        + _sales(session)
        + _tiers(session)
        + _expiries(session)
        + _lots(session)
        + _coupons(session)
        + _surveys(session)
        + _rollups(session)
        + _profiles(session)
    )
