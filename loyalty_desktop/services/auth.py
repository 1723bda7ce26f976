"""Signing in and the staff list: PINs hashed with argon2id, wrong PINs locking an account for
longer each time, and the owner's management of accounts. The rules live here; the sign-in
screen and the command line only ask."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import (
    InvalidInput,
    PermissionDenied,
    SignInRefused,
)
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.lengths import check_length, search_text
from loyalty_desktop.services.members import identify
from loyalty_desktop.services.permissions import ALLOWED, WHO, Action, can, require
from loyalty_desktop.services.staff import find_owner
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import Role, Staff
from loyalty_desktop.store.models.base import saved_id

# OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): ~30 ms here, slow enough for a guesser.
HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
PIN_SHORTEST, PIN_LONGEST = 4, 64
FREE_TRIES = 5  # wrong PINs in a row before the account locks
FIRST_LOCK = timedelta(seconds=30)  # doubled with every further wrong PIN
LONGEST_LOCK = timedelta(hours=1)
ROLES = tuple(Role)


def check_pin(pin: str) -> str:
    """A PIN or password the shop can type: 4–64 characters, no spaces at either end."""
    if len(pin) < PIN_SHORTEST:
        raise InvalidInput(field="pin", reason="at_least_characters", least=PIN_SHORTEST)
    if len(pin) > PIN_LONGEST:
        raise InvalidInput(field="pin", reason="max_length", limit=PIN_LONGEST)
    if pin != pin.strip() or not pin.isprintable():
        raise InvalidInput(field="pin", reason="pin_characters")
    return pin


def _name(session: Session, name: str, staff_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(field="name", reason="required")
    check_length("name", name, col(Staff.name))
    same = session.exec(select(Staff).where(Staff.name == name, Staff.active)).first()
    if same is not None and same.id != staff_id:
        raise InvalidInput(field="name", reason="staff_name_taken", name=name)
    return name


def _role(role: str) -> Role:
    if role not in ROLES:
        raise InvalidInput(field="role", reason="one_of", choices=", ".join(ROLES))
    return Role(role)


def lock_for(failed: int) -> timedelta:
    """How long an account stays locked after ``failed`` wrong PINs in a row."""
    if failed < FREE_TRIES:
        return timedelta(0)
    doublings = min(failed - FREE_TRIES, 20)  # 30 s · 2**20 is far past the cap already
    return min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str
    active: bool
    has_pin: bool
    locked_until: datetime | None


# --- signing in --------------------------------------------------------------------------------
def needs_first_owner(session: Session) -> bool:
    """True until some active account has a PIN: the shop is still run by the placeholder."""
    with_pin = select(Staff).where(Staff.active, col(Staff.pin_hash).is_not(None))
    return session.exec(with_pin).first() is None


def unattended(session: Session) -> StaffRow | None:
    """Who acts when nobody signs in (the command line without ``--staff``): the owner while
    the shop has no PINs at all — a new shop, a script, a demo — and nobody once it has."""
    owner = find_owner(session) if needs_first_owner(session) else None
    return _row(owner) if owner else None


def account_named(session: Session, name: str) -> StaffRow:
    """The active account called ``name`` (as the sign-in list shows it)."""
    staff = session.exec(select(Staff).where(Staff.name == search_text(name), Staff.active)).first()
    if staff is None:
        raise SignInRefused(reason="no_account_named", name=name)
    return _row(staff)


def sign_in(db: Database, staff_id: int, pin: str, now: datetime | None = None) -> StaffRow:
    """The account, when ``pin`` is its PIN and it is not locked. A wrong PIN is counted (and
    audited) in a transaction that commits before the refusal, so no failure is rolled away."""
    now = now or utcnow()
    with db.session() as session:
        staff = session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise SignInRefused(reason="no_account")
        refusal = _refusal(session, staff, pin, now, db.till_id)
        row = _row(staff)
    if refusal is not None:
        raise refusal
    return row


def _refusal(
    session: Session, staff: Staff, pin: str, now: datetime, till_id: str
) -> SignInRefused | None:
    actor = Actor(saved_id(staff), till_id)
    if staff.locked_until is not None and staff.locked_until > now:
        audit.record(session, actor, "sign_in.locked", staff.name)
        return SignInRefused(reason="account_locked", seconds=_seconds(staff.locked_until - now))
    if staff.pin_hash is None:
        return SignInRefused(reason="no_pin")
    if not _matches(staff.pin_hash, pin):
        staff.failed_pins += 1
        lock = lock_for(staff.failed_pins)
        staff.locked_until = now + lock if lock else None
        session.add(staff)
        audit.record(session, actor, "sign_in.failed", staff.name, tries=staff.failed_pins)
        if lock:
            return SignInRefused(reason="account_locked", seconds=_seconds(lock))
        return SignInRefused(reason="wrong_pin", left=FREE_TRIES - staff.failed_pins)
    if HASHER.check_needs_rehash(staff.pin_hash):
        staff.pin_hash = HASHER.hash(pin)
    staff.failed_pins, staff.locked_until = 0, None
    session.add(staff)
    audit.record(session, actor, "sign_in", staff.name)
    return None


def approvers(session: Session, action: Action) -> list[StaffRow]:
    """The accounts whose PIN may approve ``action``: active, with a PIN, a role that may."""
    return [r for r in staff_list(session, active_only=True) if r.has_pin and can(r.role, action)]


def approve(db: Database, actor: Actor, staff_id: int, pin: str, action: Action) -> Actor:
    """``actor`` with an owner's or manager's approval for one ``action``: their PIN, checked
    and counted as a sign-in is, and a role that may do it. The cashier stays signed in."""
    approver = sign_in(db, staff_id, pin)
    if not can(approver.role, action):
        raise PermissionDenied(action=action.value, role=WHO[ALLOWED[action]])
    return replace(actor, approved_by=approver.id)


def _matches(pin_hash: str, pin: str) -> bool:
    try:
        return HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def _seconds(span: timedelta) -> int:
    return max(1, int(span.total_seconds() + 0.999))


# --- the staff list (the owner's) --------------------------------------------------------------
def _row(s: Staff) -> StaffRow:
    return StaffRow(saved_id(s), s.name, s.role, s.active, s.pin_hash is not None, s.locked_until)


def staff_list(session: Session, *, active_only: bool = False) -> list[StaffRow]:
    """Every account, owners first then by name; the sign-in screen asks for the active ones."""
    statement = select(Staff).order_by(col(Staff.id))
    if active_only:
        statement = statement.where(Staff.active)
    order = {role: n for n, role in enumerate(ROLES)}
    rows = [_row(s) for s in session.exec(statement)]
    return sorted(rows, key=lambda r: (not r.active, order.get(Role(r.role), 9), r.name))


def set_up_owner(session: Session, till_id: str, name: str, pin: str) -> Staff:
    """First start: the placeholder owner gets the owner's own name and PIN."""
    if not needs_first_owner(session):
        raise SignInRefused(reason="owner_exists")
    owner = session.exec(
        select(Staff).where(Staff.role == Role.OWNER, Staff.active).order_by(col(Staff.id))
    ).first()
    if owner is None:
        owner = Staff(name="", role=Role.OWNER, origin_till=till_id, created_at=utcnow())
    owner.name = _name(session, name, owner.id)
    owner.pin_hash = HASHER.hash(check_pin(pin))
    session.add(owner)
    session.flush()
    audit.record(session, Actor(saved_id(owner), till_id), "staff.owner_set_up", owner.name)
    return owner


def add_staff(session: Session, actor: Actor, name: str, role: str, pin: str) -> Staff:
    require(session, actor, Action.MANAGE_STAFF)
    staff = Staff(
        name=_name(session, name),
        role=_role(role),
        pin_hash=HASHER.hash(check_pin(pin)),
        origin_till=actor.till_id,
        created_at=utcnow(),
    )
    session.add(staff)
    session.flush()
    audit.record(session, actor, "staff.add", staff.name, role=staff.role)
    return staff


def change_staff(
    session: Session,
    actor: Actor,
    staff_id: int,
    *,
    name: str | None = None,
    role: str | None = None,
    active: bool | None = None,
) -> Staff:
    """Rename, change the role of, or (de)activate an account — never delete one: its name stays
    on every sale and audit line it made. The last active owner stays an active owner."""
    require(session, actor, Action.MANAGE_STAFF)
    staff = _account(session, staff_id)
    new_name = staff.name if name is None else _name(session, name, staff_id)
    new_role = staff.role if role is None else _role(role)
    new_active = staff.active if active is None else active
    was_owner = staff.role == Role.OWNER and staff.active
    if (
        was_owner
        and not (new_role == Role.OWNER and new_active)
        and not _owners_left(session, staff)
    ):
        raise InvalidInput(field="staff", reason="last_owner")
    before = {"name": staff.name, "role": staff.role, "active": staff.active}
    staff.name, staff.role, staff.active = new_name, new_role, new_active
    changed = {k: [v, getattr(staff, k)] for k, v in before.items() if v != getattr(staff, k)}
    if changed:
        session.add(staff)
        audit.record(session, actor, "staff.change", staff.name, **changed)
    return staff


def reset_pin(session: Session, actor: Actor, staff_id: int, pin: str) -> None:
    """A new PIN for an account (the owner's job), which also lifts a lock."""
    require(session, actor, Action.MANAGE_STAFF)
    staff = _account(session, staff_id)
    staff.pin_hash = HASHER.hash(check_pin(pin))
    staff.failed_pins, staff.locked_until = 0, None
    session.add(staff)
    audit.record(session, actor, "staff.reset_pin", staff.name)


def link_own_card(session: Session, actor: Actor, staff_id: int, card: str) -> int | None:
    """Link the member card a staff member holds themselves (by card or phone; "" unlinks), on
    which they may then neither adjust points nor refund. Their own link anyone may set;
    another's, the owner. The member linked, or None."""
    if staff_id != actor.staff_id:
        require(session, actor, Action.MANAGE_STAFF)
    staff = _account(session, staff_id)
    member_id = saved_id(identify(session, card)) if card.strip() else None
    if staff.member_id != member_id:
        audit.record(
            session, actor, "staff.own_card", staff.name, member=[staff.member_id, member_id]
        )
        staff.member_id = member_id
        session.add(staff)
    return member_id


def _account(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise InvalidInput(field="staff", reason="no_staff", staff_id=staff_id)
    return staff


def _owners_left(session: Session, leaving: Staff) -> int:
    """Active owners other than ``leaving``."""
    others = select(Staff).where(
        Staff.role == Role.OWNER, Staff.active, col(Staff.id) != saved_id(leaving)
    )
    return len(session.exec(others).all())
