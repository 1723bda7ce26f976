"""Satisfaction surveys at the counter (客户反馈): the survey document, which sales ask it,
the customer's answers, the follow-up queue for unhappy customers (回访), and NPS / CSAT.

Which sale asks is decided when the sale is recorded, in its transaction (``Sale.survey_id``),
so "every Nth sale" and "not the same member twice in N days" hold across tills and restarts,
and a question nobody answers leaves nothing behind. Answers are written once and never edited.

NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100; CSAT = the mean of the 1–5
answers. No answers → ``None`` (DESIGN.md §4). A detractor (NPS 0–6 or CSAT 1–2) opens a
follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import ColumnElement, case, func, true
from sqlalchemy import select as sql_select  # typed for any number of columns, unlike SQLModel's
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import ensure_not_future, month_bounds, utcnow
from loyalty_desktop.core.errors import InvalidInput, SaleNotFound
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rules import invalid, load_rules, refusal
from loyalty_desktop.services.segments import segment_query
from loyalty_desktop.store.models import (
    FollowUp,
    Member,
    Sale,
    Survey,
    SurveyResponse,
)
from loyalty_desktop.store.models.base import saved_id

QuestionKind = Literal["nps", "csat", "choice", "text"]
SCORED = ("nps", "csat")


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Wording(_Part):
    """A text in Chinese and English; either may be empty, not both."""

    zh: str = Field(default="", max_length=200)
    en: str = Field(default="", max_length=200)

    @model_validator(mode="after")
    def _some_text(self) -> Wording:
        if not (self.zh.strip() or self.en.strip()):
            raise refusal("wording_needed")
        return self

    def pair(self, language: str) -> tuple[str, str]:
        """(main, second) text for a display in ``language`` ("zh…" or "en…")."""
        first, second = (self.zh, self.en) if language.startswith("zh") else (self.en, self.zh)
        first, second = first.strip(), second.strip()
        return (first, second) if first else (second, "")


class Question(_Part):
    kind: QuestionKind
    wording: Wording
    choices: list[Wording] = Field(default_factory=list)  # the choice question's answers

    @model_validator(mode="after")
    def _choices(self) -> Question:
        if self.kind == "choice" and not 2 <= len(self.choices) <= 6:
            raise refusal("choice_count")
        if self.kind != "choice" and self.choices:
            raise refusal("no_choices", kind=self.kind)
        return self


NPS_QUESTION = Question(
    kind="nps",
    wording=Wording(
        zh="您有多大可能把我们推荐给朋友？", en="How likely are you to recommend us to a friend?"
    ),
)
CSAT_QUESTION = Question(
    kind="csat",
    wording=Wording(zh="您对今天的服务满意吗？", en="How satisfied are you with today's visit?"),
)
COMMENT_QUESTION = Question(
    kind="text",
    wording=Wording(zh="还有什么想告诉我们的吗？", en="Anything you would like to tell us?"),
)


class SurveyDefinition(_Part):
    """The counter survey: 1–3 questions (NPS and/or CSAT, optionally one choice or free-text
    question) and when to ask."""

    enabled: bool = False
    questions: list[Question] = Field(default_factory=lambda: [NPS_QUESTION, CSAT_QUESTION])
    ask: Literal["every_nth", "member_sales"] = "member_sales"
    every_n: int = Field(default=5, ge=1, le=1000)  # every_nth: at most one in N sales per till
    min_days_between: int = Field(default=30, ge=0, le=365)  # the same member at most once
    timeout_seconds: int = Field(default=30, ge=5, le=300)  # the display gives up politely

    @model_validator(mode="after")
    def _questions(self) -> SurveyDefinition:
        kinds = [q.kind for q in self.questions]
        if not set(kinds) & set(SCORED):
            raise refusal("survey_scored")
        if len(kinds) > 3:
            raise refusal("survey_size")
        if len(set(kinds)) != len(kinds):
            raise refusal("survey_repeats")
        if "choice" in kinds and "text" in kinds:
            raise refusal("survey_extra")
        return self

    def question(self, kind: str) -> Question | None:
        return next((q for q in self.questions if q.kind == kind), None)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


DEFAULT_SURVEY = SurveyDefinition()


def parse_survey(document: str | bytes | dict) -> SurveyDefinition:
    try:
        if isinstance(document, dict):
            return SurveyDefinition.model_validate(document)
        return SurveyDefinition.model_validate_json(document)
    except ValidationError as exc:
        error = invalid(exc)
        if error.params["field"] == "document":  # a rule about the whole survey
            error = InvalidInput(**{**error.params, "field": "survey"})
        raise error from None


def current_survey(session: Session) -> tuple[int | None, SurveyDefinition]:
    """The survey in use (the newest saved version) and its id; (None, defaults) before the
    owner has saved one."""
    row = session.exec(select(Survey).order_by(col(Survey.id).desc()).limit(1)).first()
    return (None, DEFAULT_SURVEY) if row is None else (row.id, parse_survey(row.document))


def save_survey(session: Session, actor: Actor, definition: SurveyDefinition) -> Survey:
    """A new version of the survey, in use from the next sale. Owner only."""
    require(session, actor, Action.CHANGE_SURVEY)
    row = Survey(
        document=definition.to_json(),
        created_at=utcnow(),
        staff_id=actor.staff_id,
        origin_till=actor.till_id,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "survey.save", str(row.id), enabled=definition.enabled)
    return row


# --- asking ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyAsk:
    """A sale chosen to ask the survey: what the customer display shows."""

    survey_id: int
    sale_id: int
    member_id: int | None
    definition: SurveyDefinition


def _asked_recently(session: Session, sale: Sale, days: int) -> bool:
    since = sale.created_at - timedelta(days=days)
    statement = select(Sale.id).where(
        Sale.member_id == sale.member_id,
        col(Sale.survey_id).is_not(None),
        Sale.created_at > since,
        Sale.id != sale.id,
    )
    return session.exec(statement.limit(1)).first() is not None


def _asked_in_last_sales(session: Session, sale: Sale, count: int) -> bool:
    """Whether one of this till's ``count`` sales before this one was chosen."""
    if count <= 0:
        return False
    previous = session.exec(
        select(Sale.survey_id)
        .where(Sale.origin_till == sale.origin_till, col(Sale.id) < sale.id)
        .order_by(col(Sale.id).desc())
        .limit(count)
    ).all()
    return any(survey_id is not None for survey_id in previous)


def choose_for_sale(session: Session, sale: Sale) -> SurveyAsk | None:
    """Decide, inside the sale's transaction, whether this counter sale asks the survey; if so
    mark the sale. Walk-ins are asked (anonymously) only in "every Nth sale" mode."""
    survey_id, definition = current_survey(session)
    if survey_id is None or not definition.enabled:
        return None
    if definition.ask == "member_sales" and sale.member_id is None:
        return None
    if definition.ask == "every_nth" and _asked_in_last_sales(
        session, sale, definition.every_n - 1
    ):
        return None
    if (
        sale.member_id is not None
        and definition.min_days_between
        and _asked_recently(session, sale, definition.min_days_between)
    ):
        return None
    sale.survey_id = survey_id
    session.add(sale)
    session.flush()
    return SurveyAsk(survey_id, saved_id(sale), sale.member_id, definition)


# --- answering ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answers:
    nps: int | None = None
    csat: int | None = None
    choice: int | None = None  # position of the chosen answer, from 0
    comment: str = ""

    @property
    def empty(self) -> bool:
        return self.nps is None and self.csat is None and self.choice is None and not self.comment


def is_detractor(nps: int | None, csat: int | None) -> bool:
    return (nps is not None and nps <= 6) or (csat is not None and csat <= 2)


def _check_answers(definition: SurveyDefinition, answers: Answers) -> Answers:
    def asked(kind: str, given: object) -> None:
        if given is not None and definition.question(kind) is None:
            raise InvalidInput(field=kind, reason="not_asked")

    asked("nps", answers.nps)
    asked("csat", answers.csat)
    asked("choice", answers.choice)
    asked("text", answers.comment or None)
    if answers.nps is not None and not 0 <= answers.nps <= 10:
        raise InvalidInput(field="nps", reason="nps_range", value=answers.nps)
    if answers.csat is not None and not 1 <= answers.csat <= 5:
        raise InvalidInput(field="csat", reason="csat_range", value=answers.csat)
    choice = definition.question("choice")
    if answers.choice is not None and choice and not 0 <= answers.choice < len(choice.choices):
        raise InvalidInput(field="choice", reason="no_answer", number=answers.choice + 1)
    comment = " ".join(answers.comment.split())
    check_length("comment", comment, col(SurveyResponse.comment))
    checked = Answers(answers.nps, answers.csat, answers.choice, comment)
    if checked.empty:
        raise InvalidInput(field="answers", reason="nothing_answered")
    return checked


def record_response(
    session: Session, actor: Actor, sale_id: int, answers: Answers, at: datetime | None = None
) -> SurveyResponse:
    """The customer's answers to the survey their sale asked; a detractor opens a follow-up.
    A sale is answered once; the answers are final."""
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise SaleNotFound(sale=sale_id)
    if sale.survey_id is None:
        raise InvalidInput(field="survey", reason="survey_not_asked", sale_id=sale_id)
    existing = session.exec(
        select(SurveyResponse.id).where(SurveyResponse.sale_id == sale_id)
    ).first()
    if existing is not None:
        raise InvalidInput(field="survey", reason="already_answered", sale_id=sale_id)
    survey = session.get_one(Survey, sale.survey_id)
    checked = _check_answers(parse_survey(survey.document), answers)
    at = at or utcnow()
    ensure_not_future(at, field="answered_at")
    if at < sale.created_at:
        raise InvalidInput(field="answered_at", reason="before_sale")
    response = SurveyResponse(
        survey_id=sale.survey_id,
        sale_id=sale_id,
        member_id=sale.member_id,
        nps=checked.nps,
        csat=checked.csat,
        choice=checked.choice,
        comment=checked.comment,
        answered_at=at,
        origin_till=actor.till_id,
    )
    session.add(response)
    session.flush()
    if is_detractor(checked.nps, checked.csat):
        session.add(
            FollowUp(
                response_id=saved_id(response),
                opened_at=at,
                updated_at=at,
                origin_till=actor.till_id,
            )
        )
        session.flush()
    return response


# --- results --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyFigures:
    responses: int = 0
    asked: int = 0  # sales in the period that asked the survey
    answered: int = 0  # of those, the ones answered (whenever the answer came)
    promoters: int = 0
    passives: int = 0
    detractors: int = 0  # NPS 0–6
    csat_answers: int = 0
    csat_total: int = 0

    @property
    def nps_answers(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def nps(self) -> float | None:
        """−100 … 100; None without answers."""
        n = self.nps_answers
        return None if n == 0 else 100 * (self.promoters - self.detractors) / n

    @property
    def csat(self) -> float | None:
        """1 … 5; None without answers."""
        return None if self.csat_answers == 0 else self.csat_total / self.csat_answers

    @property
    def response_rate(self) -> float | None:
        return None if self.asked == 0 else self.answered / self.asked


def _in_segment(session: Session, segment: str | None) -> ColumnElement[bool]:
    return col(SurveyResponse.member_id).in_(segment_query(session, segment)) if segment else true()


def figures(
    session: Session, start: datetime, end: datetime, segment: str | None = None
) -> SurveyFigures:
    """NPS and CSAT of the responses given in [start, end), in one aggregate query; a
    ``segment`` (segments grammar) keeps only its members' answers."""
    nps, csat = col(SurveyResponse.nps), col(SurveyResponse.csat)

    def count(condition: ColumnElement[bool]) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    row = session.execute(
        sql_select(
            func.count(col(SurveyResponse.id)),
            count(nps >= 9),
            count(nps.between(7, 8)),
            count(nps <= 6),
            func.count(csat),
            func.coalesce(func.sum(csat), 0),
        ).where(
            col(SurveyResponse.answered_at) >= start,
            col(SurveyResponse.answered_at) < end,
            _in_segment(session, segment),
        )
    ).one()
    asked_statement = (
        select(func.count(col(Sale.id)), func.count(col(SurveyResponse.id)))
        .outerjoin(SurveyResponse, col(SurveyResponse.sale_id) == Sale.id)
        .where(
            col(Sale.survey_id).is_not(None),
            Sale.created_at >= start,
            Sale.created_at < end,
        )
    )
    if segment:
        asked_statement = asked_statement.where(
            col(Sale.member_id).in_(segment_query(session, segment))
        )
    asked, answered = session.exec(asked_statement).one()
    responses, promoters, passives, detractors, csat_answers, csat_total = map(int, row)
    return SurveyFigures(
        responses,
        asked,
        answered,
        promoters,
        passives,
        detractors,
        csat_answers,
        csat_total,
    )


def figures_by_month(
    session: Session, months: list[date], segment: str | None = None
) -> list[tuple[date, SurveyFigures]]:
    """``figures`` for each calendar month (given by its first day) in shop time."""
    zone = load_rules(session).zone
    return [
        (month, figures(session, *month_bounds(month.year, month.month, zone), segment))
        for month in months
    ]


@dataclass(frozen=True)
class Comment:
    answered_at: datetime
    sale_id: int
    name: str | None  # None: a walk-in
    nps: int | None
    csat: int | None
    comment: str


def comments(
    session: Session, start: datetime, end: datetime, segment: str | None = None, limit: int = 500
) -> list[Comment]:
    """What customers wrote in [start, end), newest first."""
    statement = (
        select(SurveyResponse, Member.name)
        .outerjoin(Member, col(Member.id) == SurveyResponse.member_id)
        .where(
            SurveyResponse.comment != "",
            SurveyResponse.answered_at >= start,
            SurveyResponse.answered_at < end,
            _in_segment(session, segment),
        )
        .order_by(col(SurveyResponse.answered_at).desc())
        .limit(limit)
    )
    return [
        Comment(r.answered_at, r.sale_id, name, r.nps, r.csat, r.comment)
        for r, name in session.exec(statement)
    ]
