"""The monthly report of a finished month, kept once computed so the Reports view and
``loyalty report monthly`` show it at once (a chain's report takes seconds to compute).

Only finished months are kept: this month's report changes with every sale. A kept report is
exactly what a computation now would give: the triggers of store/report_cache.py forget it when
anything it was computed from changes. A computation first leaves a row with a token and no
report, then reads in a transaction that begins after it; a write meanwhile deletes that row,
so a report computed from data that changed while it ran is returned but never kept.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.core.errors import DatabaseBusy
from loyalty_desktop.services import metrics
from loyalty_desktop.services.metrics import Cohort, MonthFigures, MonthlyReport, TopMember
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.segments import ChurnRisk, ListedMember
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import ReportCache

Progress = Callable[[int, int], None]


def encode(report: MonthlyReport) -> str:
    return json.dumps(asdict(report), ensure_ascii=False, default=date.isoformat)


def decode(body: str) -> MonthlyReport:
    """``encode``'s JSON back to the report it was made from."""
    document: dict[str, Any] = json.loads(body)

    def churn(row: dict[str, Any]) -> ChurnRisk:
        member = row["member"]
        last = member["last_visit"]
        listed = ListedMember(**{**member, "last_visit": last and date.fromisoformat(last)})
        return ChurnRisk(listed, row["days_since"], row["usual_gap"])

    return MonthlyReport(
        month=document["month"],
        metrics=MonthFigures(**document["metrics"]),
        churn_risk_members=document["churn_risk_members"],
        rfm_segments=document["rfm_segments"],
        trend=[MonthFigures(**m) for m in document["trend"]],
        cohorts=[Cohort(**c) for c in document["cohorts"]],
        clv_cents=document["clv_cents"],
        top_members=[TopMember(**t) for t in document["top_members"]],
        churn_list=[churn(row) for row in document["churn_list"]],
    )


def finished(session: Session, month: date) -> bool:
    """Whether ``month`` (its first day) ended before today in shop time."""
    return month < local_day(utcnow(), load_rules(session).zone).replace(day=1)


def kept(session: Session, month: date) -> MonthlyReport | None:
    body = session.exec(
        select(ReportCache.body).where(
            ReportCache.month == month, col(ReportCache.body).is_not(None)
        )
    ).first()
    return None if body is None else decode(body)


def _reserve(db: Database, month: date) -> str | None:
    """A row saying this month is being computed; None when nothing can be kept (a read-only
    shop, or another till holding the write lock: the report is computed all the same)."""
    if db.readonly:
        return None
    token = uuid.uuid4().hex
    try:
        with db.session() as session:
            session.merge(ReportCache(month=month, token=token, body=None))
    except DatabaseBusy:
        return None
    return token


def _keep(db: Database, month: date, token: str, report: MonthlyReport) -> None:
    """Keep ``report`` if nothing it read changed since its row was left (the row is there)."""
    row = ReportCache
    try:
        with db.session() as session:
            session.execute(
                update(row)
                .where(col(row.month) == month, col(row.token) == token, col(row.body).is_(None))
                .values(body=encode(report))
            )
    except DatabaseBusy:
        pass  # computed again next time


def monthly_report(db: Database, month: date, progress: Progress | None = None) -> MonthlyReport:
    """``metrics.monthly_report`` of ``month``: the kept one of a finished month, else computed
    (and kept, for a finished month)."""
    month = month.replace(day=1)
    with db.session(readonly=True) as session:
        done = finished(session, month)
        report = kept(session, month) if done else None
    if report is not None:
        return report
    token = _reserve(db, month) if done else None
    with db.session(readonly=True) as session:
        report = metrics.monthly_report(session, month, progress=progress)
    if token is not None:
        _keep(db, month, token, report)
    return report


def prepare_last_month(db: Database) -> None:
    """Compute and keep last month's report if it is not kept (after the daily housekeeping,
    in the background, so the owner's first look at it is instant)."""
    with db.session(readonly=True) as session:
        month = local_day(utcnow(), load_rules(session).zone).replace(day=1)
        last = (month - timedelta(days=1)).replace(day=1)
        known = kept(session, last) is not None or not metrics.report_months(session, 2)[:-1]
    if not known:
        monthly_report(db, last)
