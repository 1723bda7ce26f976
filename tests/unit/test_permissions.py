"""Who may do what: the one table the services enforce and the UI greys out by."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from loyalty_desktop.core.errors import PermissionDenied
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.permissions import Action, can, require
from loyalty_desktop.store.models import Role, Staff

OWNER_ONLY = {
    Action.CHANGE_RULES,
    Action.CHANGE_SURVEY,
    Action.MANAGE_STAFF,
    Action.IMPORT_DATA,
    Action.EXPORT_PERSONAL_DATA,
    Action.BACK_UP,
    Action.RESTORE_BACKUP,
    Action.ERASE_MEMBER,
    Action.READ_AUDIT,
    Action.CHOOSE_DATABASE,
}
OWNER_OR_MANAGER = {
    Action.ADJUST_POINTS,
    Action.VOID_COUPONS,
    Action.DESIGN_COUPONS,
    Action.ISSUE_COUPONS,
    Action.SAVE_MEMBER_FILTER,
    Action.DELETE_MEMBER_FILTER,
    Action.WORK_FOLLOW_UPS,
    Action.READ_SURVEY_ANSWERS,
    Action.READ_REPORTS,
    Action.SET_TARGETS,
    Action.SEE_PHONES,
    Action.REFUND_ANY,
    Action.SYNC,
    Action.MANAGE_ITEMS,
    Action.WRITE_MESSAGES,
}
EVERYONE = {Action.REFUND, Action.GIVE_OFFER}


def test_every_action_is_in_the_table() -> None:
    assert set(Action) == OWNER_ONLY | OWNER_OR_MANAGER | EVERYONE


@pytest.mark.parametrize("action", sorted(Action))
def test_the_owner_may_do_everything_and_a_cashier_only_what_all_may(action: Action) -> None:
    assert can(Role.OWNER, action)
    assert can(Role.MANAGER, action) == (action in OWNER_OR_MANAGER | EVERYONE)
    assert can(Role.CASHIER, action) == (action in EVERYONE)
    assert not can(None, action)  # nobody signed in


def _staff(db, role: Role, *, active: bool = True) -> Actor:  # type: ignore[no-untyped-def]
    with db.session() as s:
        staff = Staff(
            name=role, role=role, active=active, origin_till="t", created_at=datetime.now(UTC)
        )
        s.add(staff)
        s.flush()
        assert staff.id is not None
        return Actor(staff_id=staff.id, till_id="t")


def test_a_refusal_names_the_action_and_the_roles_that_may(db) -> None:
    cashier, manager = _staff(db, Role.CASHIER), _staff(db, Role.MANAGER)
    with db.session() as s:
        with pytest.raises(PermissionDenied, match=r"^issuing coupons needs the owner or manager"):
            require(s, cashier, Action.ISSUE_COUPONS)
        with pytest.raises(PermissionDenied, match=r"^changing the rules needs the owner role"):
            require(s, manager, Action.CHANGE_RULES)
        assert require(s, manager, Action.ISSUE_COUPONS).role == Role.MANAGER


def test_a_deactivated_account_may_do_nothing(db) -> None:
    former = _staff(db, Role.OWNER, active=False)
    with db.session() as s, pytest.raises(PermissionDenied):
        require(s, former, Action.CHANGE_RULES)
