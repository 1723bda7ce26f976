from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Connection, event
from sqlalchemy.orm import Mapper
from sqlmodel import Field

from loyalty_desktop.store.models.base import Travelling


class FollowUpStatus(StrEnum):
    OPEN = "open"
    CONTACTED = "contacted"
    RESOLVED = "resolved"


class Survey(Travelling, table=True):
    """One saved version of the counter survey (a JSON document: questions in Chinese and
    English, how often to ask). The newest version is the one in use; a response points at the
    version it answered, so its wording is always known."""

    id: int | None = Field(default=None, primary_key=True)
    document: str
    created_at: datetime
    staff_id: int | None = Field(default=None, foreign_key="staff.id")


class SurveyResponse(Travelling, table=True):
    """A customer's answers to the survey asked after one sale. Written once, never edited."""

    __tablename__ = "survey_response"
    __table_args__ = (
        CheckConstraint("nps IS NULL OR (nps BETWEEN 0 AND 10)", name="ck_response_nps"),
        CheckConstraint("csat IS NULL OR (csat BETWEEN 1 AND 5)", name="ck_response_csat"),
    )

    id: int | None = Field(default=None, primary_key=True)
    survey_id: int = Field(foreign_key="survey.id")
    sale_id: int = Field(foreign_key="sale.id", unique=True)
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    nps: int | None = None  # 0–10
    csat: int | None = None  # 1–5
    choice: int | None = None  # position of the chosen answer of the choice question, from 0
    comment: str = Field(default="", max_length=1000)
    answered_at: datetime = Field(index=True)


class FollowUp(Travelling, table=True):
    """An unhappy customer to call back (回访): opened with the detractor's response, worked
    by the owner from open to contacted to resolved, each step noted."""

    __tablename__ = "follow_up"

    id: int | None = Field(default=None, primary_key=True)
    response_id: int = Field(foreign_key="survey_response.id", unique=True)
    status: str = Field(default=FollowUpStatus.OPEN, max_length=16, index=True)
    notes: str = Field(default="")  # one dated line per step, newest last
    opened_at: datetime
    updated_at: datetime
    staff_id: int | None = Field(default=None, foreign_key="staff.id")


@event.listens_for(SurveyResponse, "before_update")
@event.listens_for(SurveyResponse, "before_delete")
def _answers_are_final(
    _mapper: Mapper[SurveyResponse], _connection: Connection, target: SurveyResponse
) -> None:
    raise PermissionError(f"survey response {target.id} is final and cannot be changed")
