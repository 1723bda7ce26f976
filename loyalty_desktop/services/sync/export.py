"""``loyalty sync export``: the rows this till made since its last export, as one package."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import RowMapping, Table, select
from sqlmodel import Session

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.csv_io import chunks
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.sync import shop
from loyalty_desktop.services.sync.package import write_package
from loyalty_desktop.services.sync.tables import EXPIRE, TABLES, Synced, write_value
from loyalty_desktop.store.db import head_revision
from loyalty_desktop.store.models.base import table_of


@dataclass(frozen=True)
class Exported:
    path: Path | None  # None: nothing new to export
    sequence: int
    rows: dict[str, int]


def uuids_of(session: Session, table: Table, ids: Iterable[int]) -> dict[int, str]:
    """The uuids of these rows of ``table``, by id."""
    found: dict[int, str] = {}
    for part in chunks(sorted(set(ids)), 500):
        statement = select(table.c.id, table.c.uuid).where(table.c.id.in_(part))
        found.update({row_id: uuid for row_id, uuid in session.connection().execute(statement)})
    return found


def _lot_id(row: RowMapping) -> int | None:
    key = row.get("dedupe_key") or ""
    return int(key[len(EXPIRE) :]) if key.startswith(EXPIRE) else None


def _cells(session: Session, synced: Synced, rows: list[RowMapping]) -> list[list[str]]:
    """The rows as CSV cells, each reference also as the uuid of the row it names."""
    refs: dict[str, dict[int, str]] = {
        column: uuids_of(session, table_of(target), (r[column] for r in rows if r[column]))
        for column, target in synced.refs.items()
    }
    lots = uuids_of(session, synced.table, (i for r in rows if (i := _lot_id(r)) is not None))
    table, cells = synced.table, []
    for row in rows:
        out = []
        for column in synced.columns():
            value: Any
            if column in table.c:
                value = row[column]
            elif column.endswith("_uuid") and column[: -len("_uuid")] in refs:
                value = refs[column[: -len("_uuid")]].get(row[column[: -len("_uuid")]])
            else:  # the lot an expiry lapses
                value = lots.get(_lot_id(row) or 0)
            out.append(write_value(value))
        cells.append(out)
    return cells


def export_package(
    session: Session, actor: Actor, folder: Path, *, automatic: bool = False
) -> Exported:
    """Write this till's new rows into a package in ``folder`` (the sync folder).
    ``automatic``: the till's own sync at start-up and close, which needs no role."""
    if not automatic:
        require(session, actor, Action.SYNC)
    till = actor.till_id
    sequence, marks = shop.export_state(session, till)
    tables: dict[str, tuple[list[str], list[list[str]]]] = {}
    counts: dict[str, int] = {}
    for synced in TABLES:
        table = synced.table
        rows = list(
            session.connection()
            .execute(
                select(table)
                .where(table.c.origin_till == till, table.c.id > marks.get(synced.name, 0))
                .order_by(table.c.id)
            )
            .mappings()
        )
        tables[synced.name] = (synced.columns(), _cells(session, synced, rows))
        counts[synced.name] = len(rows)
        if rows:
            marks[synced.name] = rows[-1]["id"]
    if not any(counts.values()):
        return Exported(None, sequence, counts)
    manifest = {
        "shop_id": shop.shop_id(session),
        "till_id": till,
        "sequence": sequence + 1,
        "schema": head_revision(),
        "requires": shop.imported(session),
        "created_at": write_value(utcnow()),
    }
    shop.save_export_state(session, till, sequence + 1, marks)
    # No audit line: it would be new the next time, and no export would ever be empty.
    return Exported(write_package(folder, manifest, tables), sequence + 1, counts)
