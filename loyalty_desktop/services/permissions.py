"""Who may do what: one table, read by the services to refuse and by the UI to hide or grey
out what the signed-in role cannot do."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Session

from loyalty_desktop.core.errors import OwnCard, PermissionDenied
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.store.models import Role, Staff


class Action(StrEnum):
    """Each value is how a refusal names the action (a catalogue text, translated when shown)."""

    ADJUST_POINTS = QT_TRANSLATE_NOOP("Errors", "adjusting points")
    REFUND = QT_TRANSLATE_NOOP("Errors", "refunding a sale")
    CHANGE_RULES = QT_TRANSLATE_NOOP("Errors", "changing the rules")
    DESIGN_COUPONS = QT_TRANSLATE_NOOP("Errors", "designing coupons")
    ISSUE_COUPONS = QT_TRANSLATE_NOOP("Errors", "issuing coupons")
    VOID_COUPONS = QT_TRANSLATE_NOOP("Errors", "voiding coupons")
    GIVE_OFFER = QT_TRANSLATE_NOOP("Errors", "giving the till's suggested coupon")
    MANAGE_ITEMS = QT_TRANSLATE_NOOP("Errors", "changing the item list")
    WRITE_MESSAGES = QT_TRANSLATE_NOOP("Errors", "writing message templates")
    SAVE_MEMBER_FILTER = QT_TRANSLATE_NOOP("Errors", "saving a member filter")
    DELETE_MEMBER_FILTER = QT_TRANSLATE_NOOP("Errors", "deleting a member filter")
    CHANGE_SURVEY = QT_TRANSLATE_NOOP("Errors", "changing the survey")
    WORK_FOLLOW_UPS = QT_TRANSLATE_NOOP("Errors", "working the follow-up queue")
    READ_SURVEY_ANSWERS = QT_TRANSLATE_NOOP("Errors", "reading survey answers")
    READ_REPORTS = QT_TRANSLATE_NOOP("Errors", "reading the reports")
    SET_TARGETS = QT_TRANSLATE_NOOP("Errors", "setting the KPI targets")
    MANAGE_STAFF = QT_TRANSLATE_NOOP("Errors", "managing staff accounts")
    IMPORT_DATA = QT_TRANSLATE_NOOP("Errors", "importing members or sales")
    EXPORT_PERSONAL_DATA = QT_TRANSLATE_NOOP("Errors", "exporting personal data")
    ERASE_MEMBER = QT_TRANSLATE_NOOP("Errors", "erasing a member's personal details")
    SEE_PHONES = QT_TRANSLATE_NOOP("Errors", "seeing members' full phone numbers")
    REFUND_ANY = QT_TRANSLATE_NOOP(
        "Errors", "a refund above the cashiers' limit or of an earlier day's sale"
    )
    BACK_UP = QT_TRANSLATE_NOOP("Errors", "making a backup")
    RESTORE_BACKUP = QT_TRANSLATE_NOOP("Errors", "restoring a backup")
    READ_AUDIT = QT_TRANSLATE_NOOP("Errors", "reading the audit trail")
    SYNC = QT_TRANSLATE_NOOP("Errors", "syncing with the other tills")
    CHOOSE_DATABASE = QT_TRANSLATE_NOOP("Errors", "choosing the shop's database")


_OWNER = frozenset({Role.OWNER})
_OWNER_OR_MANAGER = frozenset({Role.OWNER, Role.MANAGER})
_ANYONE = frozenset(Role)  # anyone signed in
# Who may, as a refusal names them (translated when shown).
WHO = {
    _OWNER: QT_TRANSLATE_NOOP("Errors", "owner"),
    _OWNER_OR_MANAGER: QT_TRANSLATE_NOOP("Errors", "owner or manager"),
    _ANYONE: QT_TRANSLATE_NOOP("Errors", "staff"),
}

ALLOWED: dict[Action, frozenset[Role]] = {
    Action.ADJUST_POINTS: _OWNER_OR_MANAGER,
    Action.REFUND: _ANYONE,
    Action.CHANGE_RULES: _OWNER,
    Action.DESIGN_COUPONS: _OWNER_OR_MANAGER,
    Action.ISSUE_COUPONS: _OWNER_OR_MANAGER,
    Action.VOID_COUPONS: _OWNER_OR_MANAGER,
    # The owner chose the coupon for the occasion; the cashier only hands it over.
    Action.GIVE_OFFER: _ANYONE,
    Action.MANAGE_ITEMS: _OWNER_OR_MANAGER,
    Action.WRITE_MESSAGES: _OWNER_OR_MANAGER,
    Action.SAVE_MEMBER_FILTER: _OWNER_OR_MANAGER,
    Action.DELETE_MEMBER_FILTER: _OWNER_OR_MANAGER,
    Action.CHANGE_SURVEY: _OWNER,
    Action.WORK_FOLLOW_UPS: _OWNER_OR_MANAGER,
    Action.READ_SURVEY_ANSWERS: _OWNER_OR_MANAGER,
    Action.READ_REPORTS: _OWNER_OR_MANAGER,
    # Whoever reads the dashboard steers by it: the owner, and the manager who runs the shop.
    Action.SET_TARGETS: _OWNER_OR_MANAGER,
    Action.MANAGE_STAFF: _OWNER,
    Action.IMPORT_DATA: _OWNER,
    Action.EXPORT_PERSONAL_DATA: _OWNER,
    Action.ERASE_MEMBER: _OWNER,
    Action.SEE_PHONES: _OWNER_OR_MANAGER,
    Action.REFUND_ANY: _OWNER_OR_MANAGER,
    # A backup holds every member's personal data; restoring one replaces the shop's.
    Action.BACK_UP: _OWNER,
    Action.RESTORE_BACKUP: _OWNER,
    # The trail names every member touched and every staff member's mistakes.
    Action.READ_AUDIT: _OWNER,
    # A package carries every member's details; importing writes many tills' sales at once.
    Action.SYNC: _OWNER_OR_MANAGER,
    # Where the whole shop lives, and copying all of it onto a server.
    Action.CHOOSE_DATABASE: _OWNER,
}


# What a colleague's PIN may let through for one action at the till (the rest stays refused).
APPROVABLE = frozenset({Action.REFUND_ANY, Action.ADJUST_POINTS, Action.VOID_COUPONS})


def approvable(error: PermissionDenied) -> Action | None:
    """The action a refusal names, when an owner's or a manager's PIN may approve it."""
    action = error.params.get("action")
    return Action(action) if action in {a.value for a in APPROVABLE} else None


def offered(role: str | None, action: Action) -> bool:
    """Whether the window offers ``action`` to ``role``: what the role may do, and what a
    colleague's PIN may approve (anyone signed in asks for that)."""
    return can(role, action) or (role is not None and action in APPROVABLE)


def can(role: str | None, action: Action) -> bool:
    """``role`` None: nobody signed in, who may do nothing."""
    return role in ALLOWED[action]


def _active(session: Session, staff_id: int | None) -> Staff | None:
    staff = session.get(Staff, staff_id) if staff_id else None
    return staff if staff is not None and staff.active else None


def require(session: Session, actor: Actor, action: Action) -> Staff:
    """The acting staff member, if they are active and their role may do ``action``, or if an
    active colleague whose role may do it approved this one action (``actor.approved_by``)."""
    staff = _active(session, actor.staff_id)
    approver = _active(session, actor.approved_by)
    if staff is None or not (
        can(staff.role, action) or (approver is not None and can(approver.role, action))
    ):
        raise PermissionDenied(action=action.value, role=WHO[ALLOWED[action]])
    return staff


def require_not_own_card(session: Session, actor: Actor, member_id: int, action: Action) -> None:
    """Nobody adjusts points on, or refunds to, the member card linked to their own account
    (nor lets it through as the approver)."""
    for staff_id in (actor.staff_id, actor.approved_by):
        staff = session.get(Staff, staff_id) if staff_id else None
        if staff is not None and staff.member_id == member_id:
            raise OwnCard(action=action.value)
