"""What ``loyalty check`` needs to verify rows that came from other tills (``SyncedRef``):
the values their till hashed, to check their hash chains as made; and proof that the ids
stored here name the same rows (by uuid) as their till's did, so a row pointed elsewhere after
the import is found even though its hash is computed from the till's values."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session

from loyalty_desktop.services.sync.ids import local_ids
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


def _resolver(session: Session, table_name: str, rows: list[Imported]) -> dict[str, int]:
    """The ids here of every row the imported rows' tills named, by uuid (one query per table
    and 500 uuids, not one per row)."""
    synced = BY_NAME[table_name]
    wanted: dict[Table, set[str]] = {}
    for row in rows:
        for column, (_value, ref) in row.hashed.items():
            if ref is not None:
                lot = column == "dedupe_key"  # an expiry names its lot, an entry of this table
                target = synced.table if lot else table_of(synced.refs[column])
                wanted.setdefault(target, set()).add(ref)
    found: dict[str, int] = {}
    for table, uuids in wanted.items():
        found.update(local_ids(session, table, uuids))
    return found


def misdirected(session: Session, table_name: str) -> list[tuple[int, str]]:
    """(row id, column) of imported rows that point elsewhere than their till's row did."""
    rows = list(imported_rows(session, table_name))
    ids = _resolver(session, table_name, rows)
    wrong = []
    for row in rows:
        for column, (_value, ref) in row.hashed.items():
            found = ids.get(ref) if ref is not None else None
            lot = column == "dedupe_key" and found is not None
            if row.stored[column] != (f"{EXPIRE}{found}" if lot else found):
                wrong.append((row.row_id, column))
    return wrong
