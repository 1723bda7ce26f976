"""Opening a shop for work: the store connects and migrates; then what the services keep is put
right before anyone works — the report's rollups after an older schema, the points lots a
migration asked for, the owner account, and any import a crash left half done. The GUI, the
CLI and the tests all open a shop here."""

from __future__ import annotations

from loyalty_desktop.core.errors import DatabaseError, LoyaltyError
from loyalty_desktop.services import lots
from loyalty_desktop.services.importing import recover_imports
from loyalty_desktop.services.rollups import rebuild
from loyalty_desktop.services.staff import ensure_owner, find_owner
from loyalty_desktop.store.db import (
    Database,
    connect,
    current_revision,
    database_errors,
    head_revision,
    known_revision,
    migrate,
    newer_than_program,
)


def open_shop(
    url: str,
    *,
    till_id: str | None = None,
    upgrade: bool = True,
    readonly: bool = False,
    check_later: bool = False,
) -> Database:
    """Connect, check a SQLite file for damage, and (by default) bring the shop up to this
    program: schema at head, rollups, owner, imports recovered. ``readonly``: never write,
    never take the write lock, except to upgrade an older shop once. ``check_later`` (the
    GUI): the damage check's first look only, so that opening does not read the whole file;
    the caller runs ``db.check_storage()`` (an upgrade runs it first)."""
    db = connect(url, till_id=till_id, readonly=readonly, check_later=check_later)
    with database_errors(url):
        if readonly:
            return _at_head(db, upgrade)
        if upgrade:
            _prepare(db)
    return db


def _prepare(db: Database) -> None:
    done = migrate(db)
    if done is not None and done.needs_rollups():
        with db.session() as session:
            rebuild(session)
    _fill_lots(db)
    _ensure_owner(db)
    recover_imports(db)


def _fill_lots(db: Database) -> None:
    """Once after the migration that asked (read first: opening takes no write lock for it
    again); the request goes with the fill, so a fill cut short is done again whole."""
    with db.session(readonly=True) as session:
        if not lots.refill_asked(session):
            return
    with db.session() as session:
        lots.refill(session)


def _ensure_owner(db: Database) -> None:
    """Looked for first, so that opening a shop takes the write lock only the first time."""
    with db.session(readonly=True) as session:
        if find_owner(session) is not None:
            return
    with db.session() as session:
        ensure_owner(session, db.till_id)


def _at_head(db: Database, upgrade: bool) -> Database:
    """A read-only open of an older shop: upgraded first, once, by whichever command opens it
    first (the only write a reading command ever makes); a copy that cannot be written, or one
    from a newer program, is refused clearly."""
    current = current_revision(db.engine)
    if current == head_revision():
        return db
    db.dispose()
    if current is not None and not known_revision(current):
        raise newer_than_program(db, current)
    versions = {"revision": current, "head": head_revision()}
    if not upgrade:
        raise DatabaseError(url=db.display_name(), reason="schema_older", **versions)
    try:
        open_shop(db.url, till_id=db.till_id).dispose()
    except LoyaltyError as exc:
        raise DatabaseError(
            url=db.display_name(), reason="schema_not_upgraded", detail=str(exc), **versions
        ) from exc
    return open_shop(db.url, till_id=db.till_id, upgrade=False, readonly=True)
