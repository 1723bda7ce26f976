"""Staff accounts. Until PINs and roles arrive there is one owner account."""

from __future__ import annotations

from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.store.models import Role, Staff

# Stored as written; shown in the reader's language until renamed (rules.shown_word).
DEFAULT_OWNER_NAME = QT_TRANSLATE_NOOP("DefaultRules", "Owner")


def find_owner(session: Session) -> Staff | None:
    return session.exec(
        select(Staff).where(Staff.role == Role.OWNER).order_by(col(Staff.id))
    ).first()


def ensure_owner(session: Session, till_id: str) -> Staff:
    """The shop's owner account, created with the database."""
    owner = find_owner(session)
    if owner is None:
        owner = Staff(
            name=DEFAULT_OWNER_NAME, role=Role.OWNER, origin_till=till_id, created_at=utcnow()
        )
        session.add(owner)
        session.flush()
    return owner
