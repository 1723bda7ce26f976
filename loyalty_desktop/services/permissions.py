"""Who may do what: one table, read by the services to refuse and by the UI to hide or grey
out what the signed-in role cannot do."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Session

from loyalty_desktop.core.errors import PermissionDenied
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.store.models import Role, Staff


class Action(StrEnum):
    """Each value is how a refusal names the action (a catalogue text, translated when shown)."""

    ADJUST_POINTS = QT_TRANSLATE_NOOP("Errors", "adjusting points")
    CHANGE_RULES = QT_TRANSLATE_NOOP("Errors", "changing the rules")
    DESIGN_COUPONS = QT_TRANSLATE_NOOP("Errors", "designing coupons")
    ISSUE_COUPONS = QT_TRANSLATE_NOOP("Errors", "issuing coupons")
    VOID_COUPONS = QT_TRANSLATE_NOOP("Errors", "voiding coupons")
    SAVE_MEMBER_FILTER = QT_TRANSLATE_NOOP("Errors", "saving a member filter")
    DELETE_MEMBER_FILTER = QT_TRANSLATE_NOOP("Errors", "deleting a member filter")
    CHANGE_SURVEY = QT_TRANSLATE_NOOP("Errors", "changing the survey")
    WORK_FOLLOW_UPS = QT_TRANSLATE_NOOP("Errors", "working the follow-up queue")
    READ_SURVEY_ANSWERS = QT_TRANSLATE_NOOP("Errors", "reading survey answers")
    READ_REPORTS = QT_TRANSLATE_NOOP("Errors", "reading the reports")
    BACK_UP = QT_TRANSLATE_NOOP("Errors", "making a backup")
    RESTORE_BACKUP = QT_TRANSLATE_NOOP("Errors", "restoring a backup")


_OWNER = frozenset({Role.OWNER})
_OWNER_OR_MANAGER = frozenset({Role.OWNER, Role.MANAGER})
# Who may, as a refusal names them (translated when shown).
WHO = {
    _OWNER: QT_TRANSLATE_NOOP("Errors", "owner"),
    _OWNER_OR_MANAGER: QT_TRANSLATE_NOOP("Errors", "owner or manager"),
}

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
    # A backup holds every member's personal data; restoring one replaces the shop's.
    Action.BACK_UP: _OWNER,
    Action.RESTORE_BACKUP: _OWNER,
}


def can(role: str, action: Action) -> bool:
    return role in ALLOWED[action]


def require(session: Session, actor: Actor, action: Action) -> Staff:
    """The acting staff member, if they are active and their role may do ``action``."""
    staff = session.get(Staff, actor.staff_id)
    if staff is None or not staff.active or not can(staff.role, action):
        raise PermissionDenied(action=action.value, role=WHO[ALLOWED[action]])
    return staff
