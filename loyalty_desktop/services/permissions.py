"""Who may do what: one table, read by the services to refuse and by the UI to hide or grey
out what the signed-in role cannot do."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Session

from loyalty_desktop.core.errors import PermissionDenied
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.store.models import Role, Staff


class Action(StrEnum):
    """Each value is how a refusal names the action."""

    ADJUST_POINTS = "adjusting points"
    CHANGE_RULES = "changing the rules"
    DESIGN_COUPONS = "designing coupons"
    ISSUE_COUPONS = "issuing coupons"
    VOID_COUPONS = "voiding coupons"
    SAVE_MEMBER_FILTER = "saving a member filter"
    DELETE_MEMBER_FILTER = "deleting a member filter"
    CHANGE_SURVEY = "changing the survey"
    WORK_FOLLOW_UPS = "working the follow-up queue"
    READ_SURVEY_ANSWERS = "reading survey answers"
    READ_REPORTS = "reading the reports"


_OWNER = frozenset({Role.OWNER})
_OWNER_OR_MANAGER = frozenset({Role.OWNER, Role.MANAGER})

ALLOWED: dict[Action, frozenset[Role]] = {
    Action.ADJUST_POINTS: _OWNER,
    Action.CHANGE_RULES: _OWNER,
    Action.DESIGN_COUPONS: _OWNER_OR_MANAGER,
    Action.ISSUE_COUPONS: _OWNER_OR_MANAGER,
    Action.VOID_COUPONS: _OWNER,
    Action.SAVE_MEMBER_FILTER: _OWNER_OR_MANAGER,
    Action.DELETE_MEMBER_FILTER: _OWNER_OR_MANAGER,
    Action.CHANGE_SURVEY: _OWNER,
    Action.WORK_FOLLOW_UPS: _OWNER_OR_MANAGER,
    Action.READ_SURVEY_ANSWERS: _OWNER_OR_MANAGER,
    Action.READ_REPORTS: _OWNER_OR_MANAGER,
}


def can(role: str, action: Action) -> bool:
    return role in ALLOWED[action]


def require(session: Session, actor: Actor, action: Action) -> Staff:
    """The acting staff member, if they are active and their role may do ``action``."""
    staff = session.get(Staff, actor.staff_id)
    if staff is None or not staff.active or not can(staff.role, action):
        roles = [role for role in Role if role in ALLOWED[action]]  # most senior first
        raise PermissionDenied(action=action.value, role=" or ".join(roles))
    return staff
