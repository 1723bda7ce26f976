"""What ``loyalty check`` needs to verify rows that came from other tills (``SyncedRef``):
the values their till hashed, to check their hash chains as made; and proof that the ids
stored here name the same rows (by uuid) as their till's did, so a row pointed elsewhere after
the import is found even though its hash is computed from the till's values."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from loyalty_desktop.services.sync.tables import BY_NAME, EXPIRE
from loyalty_desktop.store.models import SyncedRef
from loyalty_desktop.store.models.base import table_of


@dataclass(frozen=True)
class Imported:
    """One imported row: its id here, what its till hashed, and what it should point at."""

    row_id: int
    stored: dict[str, Any]
    hashed: dict[str, list[Any]]  # column -> [its till's value, uuid of the row it names]


def imported_rows(session: Session, table_name: str) -> Iterator[Imported]:
    table = BY_NAME[table_name].table
    refs = table_of(SyncedRef)
    columns = [table.c[name] for name in ("id", *BY_NAME[table_name].refs)]
    if "dedupe_key" in table.c:
        columns.append(table.c.dedupe_key)
    statement = (
        select(*columns, refs.c.hashed)
        .join(refs, refs.c.row_uuid == table.c.uuid)
        .where(refs.c.table_name == table_name)
    )
    for row in session.connection().execute(statement).mappings():
        stored = {k: v for k, v in row.items() if k not in ("id", "hashed")}
        yield Imported(row["id"], stored, json.loads(row["hashed"]))


def hashed_as(session: Session, table_name: str) -> dict[int, dict[str, Any]]:
    """By row id, the values its till hashed where this database stores others."""
    return {
        row.row_id: {column: pair[0] for column, pair in row.hashed.items()}
        for row in imported_rows(session, table_name)
    }


def _expected(session: Session, table_name: str, column: str, ref: str | None) -> Any:
    """The value a column should hold here for the row (uuid) its till named."""
    if ref is None:
        return None
    synced = BY_NAME[table_name]
    target = synced.table if column == "dedupe_key" else table_of(synced.refs[column])
    found = session.connection().execute(select(target.c.id).where(target.c.uuid == ref)).scalar()
    if column == "dedupe_key":
        return f"{EXPIRE}{found}"
    return found


def misdirected(session: Session, table_name: str) -> list[tuple[int, str]]:
    """(row id, column) of imported rows that point elsewhere than their till's row did."""
    return [
        (row.row_id, column)
        for row in imported_rows(session, table_name)
        for column, (_value, ref) in row.hashed.items()
        if row.stored[column] != _expected(session, table_name, column, ref)
    ]
