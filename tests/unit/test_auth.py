"""Signing in with a PIN: hashing, lockout, the first owner, and the owner's staff list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import col, select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import InvalidInput, PermissionDenied, SignInRefused
from loyalty_desktop.services import auth
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.store.models import AuditEntry, Staff


def _owner(db, pin: str = "2468") -> int:
    with db.session() as s:
        return auth.set_up_owner(s, db.till_id, "Wang Fang", pin).id


def _cashier(db, owner_id: int, name: str = "Li Lei", pin: str = "1357") -> int:
    with db.session() as s:
        return auth.add_staff(s, Actor(owner_id, db.till_id), name, "cashier", pin).id


def _audit(db, action: str) -> list[AuditEntry]:
    with db.session(readonly=True) as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.action == action)))


def _staff(db, staff_id: int) -> Staff:
    with db.session(readonly=True) as s:
        return s.get(Staff, staff_id)


def test_a_new_shop_asks_for_its_owner_and_the_placeholder_becomes_them(db, actor) -> None:
    with db.session(readonly=True) as s:
        assert auth.needs_first_owner(s)
    owner_id = _owner(db)
    assert owner_id == actor.staff_id  # the placeholder, renamed: its history stays its own
    with db.session(readonly=True) as s:
        assert not auth.needs_first_owner(s)
    with pytest.raises(SignInRefused, match="already set up"), db.session() as s:
        auth.set_up_owner(s, db.till_id, "Someone Else", "9999")
    assert auth.sign_in(db, owner_id, "2468").name == "Wang Fang"


def test_the_pin_is_stored_as_an_argon2id_hash_never_in_clear(db) -> None:
    owner_id = _owner(db, "2468")
    stored = _staff(db, owner_id).pin_hash
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "2468" not in stored
    assert all("2468" not in e.detail for e in _audit(db, "staff.owner_set_up"))


def test_sign_in_is_audited(db) -> None:
    owner_id = _owner(db)
    auth.sign_in(db, owner_id, "2468")
    (line,) = _audit(db, "sign_in")
    assert line.staff_id == owner_id and line.origin_till == db.till_id


def test_wrong_pins_lock_the_account_for_longer_each_time(db) -> None:
    owner_id = _owner(db)
    now = utcnow()
    for left in range(auth.FREE_TRIES - 1, 0, -1):
        with pytest.raises(SignInRefused, match=f"{left} more wrong tries"):
            auth.sign_in(db, owner_id, "0000", now)
    with pytest.raises(SignInRefused, match="locked for 30 more seconds"):
        auth.sign_in(db, owner_id, "0000", now)
    # locked: even the right PIN is refused until the lock runs out
    with pytest.raises(SignInRefused, match="locked for 20 more seconds"):
        auth.sign_in(db, owner_id, "2468", now + timedelta(seconds=10))
    later = now + timedelta(seconds=31)
    with pytest.raises(SignInRefused, match="locked for 60 more seconds"):
        auth.sign_in(db, owner_id, "0000", later)
    assert len(_audit(db, "sign_in.failed")) == auth.FREE_TRIES + 1
    assert len(_audit(db, "sign_in.locked")) == 1
    assert auth.sign_in(db, owner_id, "2468", later + timedelta(seconds=61)).id == owner_id
    assert _staff(db, owner_id).failed_pins == 0


@given(st.integers(min_value=0, max_value=200))
def test_the_lock_grows_and_is_capped(failed: int) -> None:
    lock = auth.lock_for(failed)
    assert lock <= auth.LONGEST_LOCK
    assert (lock == timedelta(0)) == (failed < auth.FREE_TRIES)
    assert auth.lock_for(failed + 1) >= lock


def test_a_wrong_pin_is_counted_even_though_the_sign_in_fails(db) -> None:
    owner_id = _owner(db)
    with pytest.raises(SignInRefused, match="wrong PIN"):
        auth.sign_in(db, owner_id, "1111")
    assert _staff(db, owner_id).failed_pins == 1


def test_an_inactive_or_unknown_account_cannot_sign_in(db) -> None:
    owner_id = _owner(db)
    cashier_id = _cashier(db, owner_id)
    with db.session() as s:
        auth.change_staff(s, Actor(owner_id, db.till_id), cashier_id, active=False)
    with pytest.raises(SignInRefused, match="no such active account"):
        auth.sign_in(db, cashier_id, "1357")
    with pytest.raises(SignInRefused, match="no such active account"):
        auth.sign_in(db, 999, "1357")


def test_the_owner_adds_a_cashier_who_signs_in_with_their_pin(db) -> None:
    owner_id = _owner(db)
    cashier_id = _cashier(db, owner_id)
    row = auth.sign_in(db, cashier_id, "1357")
    assert (row.name, row.role) == ("Li Lei", "cashier")
    (added,) = _audit(db, "staff.add")
    assert added.subject == "Li Lei" and "1357" not in added.detail


def test_only_the_owner_manages_staff(db) -> None:
    owner_id = _owner(db)
    cashier = Actor(_cashier(db, owner_id), db.till_id)
    with pytest.raises(PermissionDenied, match="owner"), db.session() as s:
        auth.add_staff(s, cashier, "Zhao Min", "cashier", "1234")
    with pytest.raises(PermissionDenied), db.session() as s:
        auth.change_staff(s, cashier, cashier.staff_id, role="owner")
    with pytest.raises(PermissionDenied), db.session() as s:
        auth.reset_pin(s, cashier, owner_id, "0000")
    assert _staff(db, cashier.staff_id).role == "cashier"


def test_a_reset_pin_lifts_the_lock(db) -> None:
    owner_id = _owner(db)
    cashier_id = _cashier(db, owner_id)
    for _ in range(auth.FREE_TRIES):
        with pytest.raises(SignInRefused):
            auth.sign_in(db, cashier_id, "0000")
    with db.session() as s:
        auth.reset_pin(s, Actor(owner_id, db.till_id), cashier_id, "8642")
    assert auth.sign_in(db, cashier_id, "8642").id == cashier_id
    assert len(_audit(db, "staff.reset_pin")) == 1


def test_the_last_owner_cannot_be_demoted_or_deactivated(db) -> None:
    owner_id = _owner(db)
    owner = Actor(owner_id, db.till_id)
    for change in ({"role": "manager"}, {"active": False}):
        with pytest.raises(InvalidInput, match="at least one active owner"), db.session() as s:
            auth.change_staff(s, owner, owner_id, **change)
    second = _cashier(db, owner_id, "Chen Jie")
    with db.session() as s:
        auth.change_staff(s, owner, second, role="owner")
    with db.session() as s:
        auth.change_staff(s, owner, owner_id, role="manager")
    assert _staff(db, owner_id).role == "manager"


def test_deactivated_staff_stay_in_the_list_with_their_name(db) -> None:
    owner_id = _owner(db)
    cashier_id = _cashier(db, owner_id)
    with db.session() as s:
        auth.change_staff(s, Actor(owner_id, db.till_id), cashier_id, active=False)
    with db.session(readonly=True) as s:
        everyone = auth.staff_list(s)
        signing_in = auth.staff_list(s, active_only=True)
    assert [(r.name, r.active) for r in everyone] == [("Wang Fang", True), ("Li Lei", False)]
    assert [r.name for r in signing_in] == ["Wang Fang"]
    (change,) = _audit(db, "staff.change")
    assert '"active": [true, false]' in change.detail


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("123", "at least 4 characters"),
        ("1" * 65, "at most 64 characters"),
        (" 1234", "must not start or end with a space"),
        ("12\x0034", "control characters"),
    ],
)
def test_a_bad_pin_is_refused_and_nothing_is_written(db, pin: str, message: str) -> None:
    owner_id = _owner(db)
    with pytest.raises(InvalidInput, match=message), db.session() as s:
        auth.add_staff(s, Actor(owner_id, db.till_id), "Zhao Min", "cashier", pin)
    with db.session(readonly=True) as s:
        assert [r.name for r in auth.staff_list(s)] == ["Wang Fang"]
        assert s.exec(select(AuditEntry).where(col(AuditEntry.action) == "staff.add")).all() == []


@pytest.mark.parametrize(
    ("name", "role", "message"),
    [
        ("", "cashier", "name: is required"),
        ("   ", "cashier", "name: is required"),
        ("王" * 101, "cashier", "at most 100 are allowed"),
        ("Wang Fang", "cashier", "already called 'Wang Fang'"),
        ("Zhao Min", "boss", "must be one of owner, manager, cashier"),
    ],
)
def test_a_bad_name_or_role_is_refused(db, name: str, role: str, message: str) -> None:
    owner_id = _owner(db)
    with pytest.raises(InvalidInput, match=message), db.session() as s:
        auth.add_staff(s, Actor(owner_id, db.till_id), name, role, "1234")
    with db.session(readonly=True) as s:
        assert len(auth.staff_list(s)) == 1
