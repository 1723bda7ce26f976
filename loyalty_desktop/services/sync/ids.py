"""A row's id here and its uuid everywhere: the two directions, a batch at a time."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, select
from sqlmodel import Session

from loyalty_desktop.store.batches import id_chunks


def local_ids(session: Session, table: Table, uuids: Iterable[str]) -> dict[str, int]:
    """The ids here of the rows of ``table`` with these uuids."""
    found: dict[str, int] = {}
    for part in id_chunks(uuids):
        statement = select(table.c.uuid, table.c.id).where(table.c.uuid.in_(part))
        found.update({uuid: row_id for uuid, row_id in session.connection().execute(statement)})
    return found


def uuids_of(session: Session, table: Table, ids: Iterable[int]) -> dict[int, str]:
    """The uuids of these rows of ``table``, by id."""
    found: dict[int, str] = {}
    for part in id_chunks(ids):
        statement = select(table.c.id, table.c.uuid).where(table.c.id.in_(part))
        found.update({row_id: uuid for row_id, uuid in session.connection().execute(statement)})
    return found
