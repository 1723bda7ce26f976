"""Groups of members: the segment grammar (``all``, ``tier:Gold``, ``tag:coffee``,
``birthday-month:11``, ``lapsed:90``, ``rfm:at_risk``, ``churn-risk``) used to issue coupons,
filter survey results and build the report's action lists; RFM scoring; the churn-risk rule of
DESIGN.md §4. Everything is SQL aggregation; see docs/metrics.md for the definitions.

A "sale" here is a completed sale that is not wholly refunded; its value is what the customer
paid net of refunds (``paid - refunded``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import (
    CompoundSelect,
    Select,
    Subquery,
    and_,
    case,
    extract,
    func,
    literal,
    union_all,
)
from sqlalchemy import select as sql_select  # takes a whole subquery, unlike SQLModel's
from sqlalchemy.sql.elements import ColumnElement, Label
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from loyalty_desktop.core.clock import add_months, anniversary, local_day, utcnow
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.follow_ups import follow_ups
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rollups import COUNTED
from loyalty_desktop.services.rules import Rfm, invalid, load_rules
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.db import day_span
from loyalty_desktop.store.models import Member, MemberMonth, MemberStatus, Sale
from loyalty_desktop.store.models.base import saved_id, table_of

GRAMMAR = (
    "all, tier:NAME, tag:TAG, birthday-month:1-12, lapsed:DAYS, rfm:SEGMENT, churn-risk, "
    "birthdays-week, birthdays-month, unhappy or saved:NAME"
)
# How a segment's code reads to a person (a campaign's target); the code's value fills {value}.
SEGMENT_NAMES = {
    "all": QT_TRANSLATE_NOOP("Segments", "all members"),
    "tier": QT_TRANSLATE_NOOP("Segments", "tier {value}"),
    "tag": QT_TRANSLATE_NOOP("Segments", "tag {value}"),
    "birthday-month": QT_TRANSLATE_NOOP("Segments", "birthdays in month {value}"),
    "rfm": QT_TRANSLATE_NOOP("Segments", "RFM segment {value}"),
    "churn-risk": QT_TRANSLATE_NOOP("Segments", "churn-risk members"),
    "birthdays-week": QT_TRANSLATE_NOOP("Segments", "birthdays in the next 7 days"),
    "birthdays-month": QT_TRANSLATE_NOOP("Segments", "birthdays this month"),
    "unhappy": QT_TRANSLATE_NOOP("Segments", "unhappy customers"),
    "saved": QT_TRANSLATE_NOOP("Segments", "saved filter {value}"),
}
SAVED_KEY = "segments.saved"
CHURN_FLOOR_DAYS = 90  # DESIGN.md §4: at risk after max(90, 2 × the usual gap) days

# (segment, lowest recency score, lowest frequency score, highest frequency score): the first
# rule a member's scores meet names their segment (docs/metrics.md draws the grid).
RFM_RULES = (
    ("champions", 4, 4, 5),
    ("loyal", 3, 3, 5),
    ("new", 5, 1, 1),
    ("potential", 4, 1, 5),
    ("at_risk", 1, 3, 5),
    ("hibernating", 2, 1, 5),
    ("lost", 1, 1, 5),
)
RFM_SEGMENTS = tuple(name for name, *_ in RFM_RULES)

# ``SELECT member.id …`` of stored members, whose ids are never None (unlike a new row's).
MemberIds = SelectOfScalar[int]
_MEMBERS = table_of(Member)


def segment_name(segment: str) -> str:
    """ "lapsed:60" -> "no visit in 60 days", in the process's language; anything that is not
    a segment's code comes back as it is."""
    kind, _, value = segment.strip().partition(":")
    if kind == "lapsed" and value.isdigit():
        return translate("Segments", "no visit in %n day(s)", None, int(value))
    name = SEGMENT_NAMES.get(kind)
    return segment if name is None else translate("Segments", name).format(value=value)


def _today(session: Session) -> date:
    return local_day(utcnow(), load_rules(session).zone)


def segment_query(session: Session, segment: str) -> MemberIds:
    """``SELECT member.id`` of the active members in ``segment``, to run or to nest."""
    kind, _, value = segment.strip().partition(":")
    statement: MemberIds = select(_MEMBERS.c.id).where(Member.status == MemberStatus.ACTIVE)
    if kind == "all":
        return statement
    if kind == "tier":
        base = load_rules(session).tiers.base.name
        names = ["", value] if value == base else [value]
        return statement.where(col(Member.tier).in_(names))
    if kind == "tag":
        return statement.where((";" + col(Member.tags) + ";").contains(f";{value};"))
    if kind == "birthday-month" and value.isdigit() and 1 <= int(value) <= 12:
        return statement.where(extract("month", col(Member.birthday)) == int(value))
    if kind == "lapsed" and value.isdigit():
        return lapsed(statement, _today(session), int(value))
    if kind == "rfm" and value in RFM_SEGMENTS:
        scores = rfm_scores(session, _today(session)).subquery()
        chosen = select(scores.c.member_id).where(scores.c.segment == value)
        return statement.where(col(Member.id).in_(chosen))
    if kind == "churn-risk" and not value:
        at_risk = churn_risk(session, _today(session)).subquery()
        return statement.where(col(Member.id).in_(select(at_risk.c.member_id)))
    if kind in ("birthdays-week", "birthdays-month", "unhappy") and not value:
        listed = [row.member_id for row in action_list(session, kind)]
        return statement.where(col(Member.id).in_(listed))
    if kind == "saved" and value in saved_filters(session):
        return saved_filters(session)[value].query(session, statement, _today(session))
    raise InvalidInput(field="segment", reason="segment_grammar", text=segment, grammar=GRAMMAR)


def lapsed(statement: MemberIds, as_of: date, days: int) -> MemberIds:
    """Members without a sale in the ``days`` days up to ``as_of`` (also those never seen)."""
    recent = select(Sale.member_id).where(
        col(Sale.member_id).is_not(None),
        COUNTED,
        Sale.shop_date > as_of - timedelta(days=days),
        Sale.shop_date <= as_of,
    )
    return statement.where(col(Member.id).not_in(recent))


def segment_members(session: Session, segment: str) -> list[int]:
    """The ids of the members in ``segment``, in id order."""
    return list(session.exec(segment_query(session, segment).order_by(_MEMBERS.c.id)))


def known_tags(session: Session) -> list[str]:
    """Every tag some active member carries, sorted."""
    rows = session.exec(
        select(Member.tags)
        .where(Member.status == MemberStatus.ACTIVE, Member.tags != "")
        .distinct()
    )
    return sorted({tag.strip() for tags in rows for tag in tags.split(";") if tag.strip()})


# --- saved filters -------------------------------------------------------------------------------


class CustomFilter(BaseModel):
    """A filter the owner names and keeps ("Gold coffee lovers who agreed to marketing");
    every condition left empty matches everyone."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    tier: str | None = None
    tag: str | None = None
    birthday_month: int | None = Field(default=None, ge=1, le=12)
    min_days_since_visit: int | None = Field(default=None, ge=0)
    max_days_since_visit: int | None = Field(default=None, ge=0)
    min_spend_cents: int | None = Field(default=None, ge=0)  # in the last 12 months
    max_spend_cents: int | None = Field(default=None, ge=0)
    consent: bool | None = None  # True: only members who agreed to marketing

    def query(self, session: Session, statement: MemberIds, today: date) -> MemberIds:
        if self.tier:
            statement = statement.where(
                col(Member.id).in_(segment_query(session, f"tier:{self.tier}"))
            )
        if self.tag:
            statement = statement.where((";" + col(Member.tags) + ";").contains(f";{self.tag};"))
        if self.birthday_month:
            statement = statement.where(
                extract("month", col(Member.birthday)) == self.birthday_month
            )
        if self.consent is not None:
            statement = statement.where(Member.marketing_consent == self.consent)
        visits = rfm_scores(session, today).subquery()
        conditions = []
        if self.min_days_since_visit is not None:
            conditions.append(
                visits.c.last_visit <= today - timedelta(days=self.min_days_since_visit)
            )
        if self.max_days_since_visit is not None:
            conditions.append(
                visits.c.last_visit >= today - timedelta(days=self.max_days_since_visit)
            )
        if self.min_spend_cents is not None:
            conditions.append(visits.c.spend >= self.min_spend_cents)
        if self.max_spend_cents is not None:
            conditions.append(visits.c.spend <= self.max_spend_cents)
        if conditions:
            chosen = select(visits.c.member_id).where(*conditions)
            statement = statement.where(col(Member.id).in_(chosen))
        return statement


def parse_filter(document: dict) -> CustomFilter:
    """A filter as the owner entered it; the first problem named by its field."""
    try:
        return CustomFilter.model_validate(document)
    except ValidationError as exc:
        raise invalid(exc) from None


def saved_filters(session: Session) -> dict[str, CustomFilter]:
    return {
        name: CustomFilter.model_validate(document)
        for name, document in get_setting(session, SAVED_KEY, {}).items()
    }


def save_filter(session: Session, actor: Actor, name: str, custom: CustomFilter) -> None:
    """Keep a filter under ``name`` (replacing one of that name); usable as ``saved:NAME``."""
    require(session, actor, Action.SAVE_MEMBER_FILTER)
    name = name.strip()
    if not name or ":" in name or len(name) > 40:
        raise InvalidInput(field="name", reason="filter_name")
    kept = get_setting(session, SAVED_KEY, {})
    kept[name] = custom.model_dump(exclude_none=True)
    set_setting(session, SAVED_KEY, kept)
    audit.record(session, actor, "segment.save", name, **kept[name])


def delete_filter(session: Session, actor: Actor, name: str) -> None:
    require(session, actor, Action.DELETE_MEMBER_FILTER)
    kept = get_setting(session, SAVED_KEY, {})
    if kept.pop(name, None) is None:
        raise InvalidInput(field="name", reason="no_saved_filter", name=name)
    set_setting(session, SAVED_KEY, kept)
    audit.record(session, actor, "segment.delete", name)


# --- RFM -----------------------------------------------------------------------------------------


def _score(value: ColumnElement, steps: list, higher_is_better: bool = True) -> ColumnElement:
    """5 … 1 by the four thresholds of ``Rfm`` (each for scores 5, 4, 3, 2)."""
    whens = [
        (value >= step if higher_is_better else value <= step, 5 - i)
        for i, step in enumerate(steps)
    ]
    return case(*whens, else_=1)


def _visit_figures(as_of: date, member_ids: list[int] | None, grouped: bool) -> CompoundSelect:
    """``member_id, last_visit, visits, spend`` (the last visit up to the end of ``as_of``'s
    month, the visits and spend of the 12 months ending with it) of each member with a sale
    by then; ``grouped``: ``last_visit, visits, members`` instead (the segments' sizes need
    no spend), the members away all 12 months counted by their last visit.

    Those who bought in the 12 months are read from these months' rollups; the others are
    away: their last visit is the one kept on the member, unless they came back after the
    month (then ``_visit_until``)."""
    month = as_of.replace(day=1)
    start, end = add_months(month, -11), month_end(month)
    rollup = table_of(MemberMonth)
    picked = [rollup.c.member_id.in_(member_ids)] if member_ids is not None else []
    chosen = [_MEMBERS.c.id.in_(member_ids)] if member_ids is not None else []
    spend = [] if grouped else [func.sum(rollup.c.net_cents).label("spend")]
    recent = sql_select(
        *([] if grouped else [rollup.c.member_id.label("member_id")]),
        func.max(rollup.c.last_day).label("last_visit"),
        func.sum(rollup.c.visits).label("visits"),
        *spend,
        *([literal(1).label("members")] if grouped else []),
    )
    # The 12 months picked by their rows' last days (each in its row's month): the rows are
    # then read in member order (the primary key) and summed without a sort.
    recent = recent.where(rollup.c.last_day.between(start, end), *picked)
    recent = recent.group_by(rollup.c.member_id)
    zero = [literal(0)] * (1 if grouped else 2)
    away = _MEMBERS.c.last_visit < start
    if grouped:
        stayed = sql_select(_MEMBERS.c.last_visit, *zero, func.count())
        stayed = stayed.where(away).group_by(_MEMBERS.c.last_visit)
    else:
        stayed = sql_select(_MEMBERS.c.id, _MEMBERS.c.last_visit, *zero).where(away, *chosen)
    # Came back after the month: away all 12 months if their last visit by then is older.
    then = _visit_until(month)
    came_back = sql_select(
        *([] if grouped else [_MEMBERS.c.id]), then, *zero, *([literal(1)] if grouped else [])
    ).where(_MEMBERS.c.last_visit > end, then < start, *chosen)
    return union_all(recent, stayed, came_back)


def _scored(session: Session, as_of: date, per: Subquery, *scores: Label) -> Subquery:
    """``per``'s columns with the recency and frequency scores as of ``as_of`` (``r, f``) and
    any other ``scores``."""
    rfm: Rfm = load_rules(session).rfm
    days = [as_of - timedelta(days=d) for d in rfm.recency_days]
    r = _score(per.c.last_visit, days).label("r")
    f = _score(per.c.visits, rfm.frequency_visits).label("f")
    return sql_select(per, r, f, *scores).subquery()


def _segment(scored: Subquery) -> ColumnElement:
    """The segment named by the first rule a row's recency and frequency scores meet."""
    r, f = scored.c.r, scored.c.f
    return case(
        *[
            (and_(r >= r_min, f >= f_min, f <= f_max), literal(name))
            for name, r_min, f_min, f_max in RFM_RULES
        ]
    )


def rfm_scores(session: Session, as_of: date, member_ids: list[int] | None = None) -> Select:
    """Per member with a sale on or before ``as_of`` (the last day of a month; optionally only
    ``member_ids``): ``member_id, last_visit, visits, spend`` (the 12 months ending with
    as_of's), scores ``r, f, m`` and ``segment``. Read from the monthly rollups and the
    members' kept visit figures."""
    per = _visit_figures(as_of, member_ids, grouped=False).subquery()
    m = _score(per.c.spend, load_rules(session).rfm.monetary_cents).label("m")
    scored = _scored(session, as_of, per, m)
    return select(scored, _segment(scored).label("segment"))


def rfm_segment_counts(session: Session, as_of: date) -> dict[str, int]:
    """How many members are in each RFM segment (every segment named, zeros included)."""
    per = _visit_figures(as_of, None, grouped=True).subquery()
    scored = _scored(session, as_of, per)
    # Counted by scores, each pair's segment named once (not once a member).
    rows = session.exec(
        select(_segment(scored), func.sum(scored.c.members)).group_by(scored.c.r, scored.c.f)
    ).all()
    found = dict.fromkeys(RFM_SEGMENTS, 0)
    for name, members in rows:
        found[name] += int(members)
    return found


# --- churn risk --------------------------------------------------------------------------------


def _visit_until(month: date) -> ColumnElement:
    """The last visit up to the end of ``month`` of a member whose last visit came after it:
    the visit kept as the last before the last one's month when that month is the next one
    (this month, for last month's report), else read from their monthly rollups."""
    rollup = table_of(MemberMonth)
    earlier = (
        sql_select(func.max(rollup.c.last_day))
        .where(rollup.c.member_id == _MEMBERS.c.id, rollup.c.month <= month)
        .scalar_subquery()
    )
    next_month = add_months(month, 1)
    return case(
        (_MEMBERS.c.last_visit <= month_end(next_month), _MEMBERS.c.earlier_visit), else_=earlier
    )


def month_end(month: date) -> date:
    """The last day of ``month``'s calendar month: the day a month's report and its action lists
    count days away up to, so the dashboard, the PDF, the CLI and the list agree."""
    return add_months(month.replace(day=1), 1) - timedelta(days=1)


def churn_risk(session: Session, as_of: date) -> Select:
    """DESIGN.md §4 ``churn_risk_members`` as of the day ``as_of`` (the last day of the month):
    ``member_id, last_visit, days_since, usual_gap`` (the median gap in days, None for a
    single visit) of each member whose days since the last sale exceed max(90, 2 × usual gap).

    Only members already 91+ days away can qualify: those whose last visit kept on the member
    is that old (read from its index with their usual gap), and those who came back after
    ``as_of``'s month, whose last visit by then is ``_visit_until``'s and whose usual gap then
    is worked out from their sales up to ``as_of`` with window functions."""
    month = as_of.replace(day=1)
    floor = as_of - timedelta(days=CHURN_FLOOR_DAYS)
    stayed = sql_select(
        _MEMBERS.c.id.label("member_id"),
        _MEMBERS.c.last_visit.label("last_visit"),
        _MEMBERS.c.usual_gap.label("usual_gap"),
    ).where(_MEMBERS.c.last_visit < floor)
    then = _visit_until(month)
    came_back = (
        sql_select(_MEMBERS.c.id.label("member_id"), then.label("last_visit"))
        .where(_MEMBERS.c.last_visit > month_end(month), then < floor)
        .cte("came_back")  # read twice, worked out once
    )
    gaps = _median_gaps(as_of, sql_select(came_back.c.member_id)).subquery()
    returned = sql_select(
        came_back.c.member_id, came_back.c.last_visit, gaps.c.usual_gap
    ).outerjoin(gaps, gaps.c.member_id == came_back.c.member_id)
    risk = union_all(stayed, returned).subquery()
    days_since = day_span(literal(as_of), risk.c.last_visit)
    doubled = 2 * func.coalesce(risk.c.usual_gap, CHURN_FLOOR_DAYS / 2)
    threshold = case((doubled > CHURN_FLOOR_DAYS, doubled), else_=CHURN_FLOOR_DAYS)
    return select(
        risk.c.member_id, risk.c.last_visit, days_since.label("days_since"), risk.c.usual_gap
    ).where(days_since > threshold)


def _median_gaps(as_of: date, members: Select) -> Select:
    """``member_id, usual_gap``: the median days between the counted sales up to ``as_of`` of
    ``members`` (no row for a member with a single sale)."""
    dated = (
        select(
            col(Sale.member_id).label("member_id"),
            day_span(
                Sale.shop_date,
                func.lag(Sale.shop_date).over(
                    partition_by=col(Sale.member_id), order_by=col(Sale.shop_date)
                ),
            ).label("gap"),
        )
        .where(COUNTED, Sale.shop_date <= as_of, col(Sale.member_id).in_(members))
        .subquery()
    )
    ranked = (
        select(
            dated.c.member_id,
            dated.c.gap,
            func.row_number()
            .over(partition_by=dated.c.member_id, order_by=dated.c.gap)
            .label("rn"),
            func.count().over(partition_by=dated.c.member_id).label("n"),
        )
        .where(dated.c.gap.is_not(None))
        .subquery()
    )
    # The middle one (odd count) or the mean of the middle two (even count).
    middle = ranked.c.rn.in_([(ranked.c.n + 1) // 2, (ranked.c.n + 2) // 2])
    return (
        select(ranked.c.member_id, func.avg(ranked.c.gap).label("usual_gap"))
        .where(middle)
        .group_by(ranked.c.member_id)
    )


# --- action lists -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListedMember:
    """One line of an action list: who, how to reach them, and why they are on it."""

    member_id: int
    card: str
    name: str
    phone: str | None
    marketing_consent: bool
    tier: str
    last_visit: date | None
    visits_12m: int
    spend_12m_cents: int
    detail: str = ""  # e.g. "usual gap 14 days", "birthday 11-28", the customer's comment


ACTION_LISTS = ("churn-risk", "lapsed", "birthdays-week", "birthdays-month", "unhappy")


def _details(session: Session, ids: list[int], as_of: date) -> dict[int, ListedMember]:
    rows: list[tuple[Member, date | None, int | None, int | None]] = []
    for part in id_chunks(ids):
        scores = rfm_scores(session, as_of, part).subquery()
        rows += session.exec(
            select(Member, scores.c.last_visit, scores.c.visits, scores.c.spend)
            .outerjoin(scores, scores.c.member_id == Member.id)
            .where(col(Member.id).in_(part))
        ).all()
    return {
        saved_id(m): ListedMember(
            saved_id(m),
            m.card,
            m.name,
            m.phone,
            m.marketing_consent,
            m.tier,
            last,
            int(visits or 0),
            int(spend or 0),
        )
        for m, last, visits, spend in rows
    }


def action_list(
    session: Session, name: str, as_of: date | None = None, days: int = 60, limit: int = 5000
) -> list[ListedMember]:
    """An action list as of a day (default today): ``churn-risk`` (most days away first),
    ``lapsed`` (no visit in ``days``), ``birthdays-week`` / ``birthdays-month`` (the 7 days
    from ``as_of`` / its month), ``unhappy`` (open follow-ups)."""
    as_of = as_of or _today(session)
    notes: dict[int, str] = {}
    if name == "churn-risk":
        return [
            ListedMember(**{**c.member.__dict__, "detail": c.describe()})
            for c in churn_list(session, as_of, limit)
        ]
    if name == "lapsed":
        active = select(_MEMBERS.c.id).where(Member.status == MemberStatus.ACTIVE)
        ids = list(session.exec(lapsed(active, as_of, days).order_by(_MEMBERS.c.id).limit(limit)))
        notes = dict.fromkeys(ids, translate("Segments", "no visit in %n day(s)", None, days))
    elif name in ("birthdays-week", "birthdays-month"):
        notes = _birthdays(session, as_of, week=name == "birthdays-week")
    elif name.startswith("saved:"):
        ids = segment_members(session, name)[:limit]
        notes = dict.fromkeys(ids, name.removeprefix("saved:"))
    elif name == "unhappy":
        for row in follow_ups(session, "open"):
            if row.member_id not in notes:
                notes[row.member_id] = row.comment or translate(
                    "Segments", "NPS {nps} CSAT {csat}"
                ).format(nps=row.nps, csat=row.csat)
    else:
        raise InvalidInput(
            field="list", reason="unknown_list", text=name, choices=", ".join(ACTION_LISTS)
        )
    details = _details(session, list(notes)[:limit], as_of)
    return [
        ListedMember(**{**details[i].__dict__, "detail": notes[i]}) for i in notes if i in details
    ]


@dataclass(frozen=True)
class ChurnRisk:
    member: ListedMember
    days_since: int
    usual_gap: float | None  # median days between visits; None after a single visit

    def describe(self) -> str:
        """Why the member is listed, in the process's language."""
        text = translate("Segments", "%n day(s) since the last visit", None, self.days_since)
        gap = self.usual_gap
        if gap is None:
            return text
        if gap.is_integer():
            return text + translate("Segments", ", usually every %n day(s)", None, int(gap))
        return text + translate("Segments", ", usually every {gap} days").format(gap=f"{gap:g}")


def churn_summary(session: Session, as_of: date, limit: int) -> tuple[int, list[ChurnRisk]]:
    """How many members are at churn risk, and the first ``limit`` (longest away first): one
    run of the churn query."""
    risk = churn_risk(session, as_of).subquery()
    rows = session.exec(
        select(risk.c.member_id, risk.c.days_since, risk.c.usual_gap, func.count().over())
        .order_by(risk.c.days_since.desc(), risk.c.member_id)
        .limit(max(limit, 1))  # one row at least, for the count
    ).all()
    count = rows[0][-1] if rows else 0
    shown = [row[:3] for row in rows[:limit]]
    details = _details(session, [member_id for member_id, *_ in shown], as_of)
    return int(count), [
        ChurnRisk(details[mid], int(since), None if gap is None else float(gap))
        for mid, since, gap in shown
    ]


def churn_list(session: Session, as_of: date, limit: int = 5000) -> list[ChurnRisk]:
    """The members at churn risk, longest away first."""
    return churn_summary(session, as_of, limit)[1]


def _birthdays(session: Session, as_of: date, week: bool) -> dict[int, str]:
    if week:
        days = [as_of + timedelta(days=n) for n in range(7)]
    else:
        days = [as_of.replace(day=1) + timedelta(days=n) for n in range(31)]
        days = [d for d in days if d.month == as_of.month]
    wanted, years = set(days), {d.year for d in days}
    months = sorted({d.month for d in days})  # 29 February is observed in February too
    rows = session.exec(
        select(_MEMBERS.c.id, _MEMBERS.c.birthday).where(
            Member.status == MemberStatus.ACTIVE,
            extract("month", col(Member.birthday)).in_(months),
        )
    ).all()
    found = sorted(
        (observed, mid)
        for mid, born in rows
        for observed in {anniversary(born, year) for year in years}
        if observed in wanted
    )
    birthday = translate("Segments", "birthday {day}")
    return {mid: birthday.format(day=f"{observed:%m-%d}") for observed, mid in found}
