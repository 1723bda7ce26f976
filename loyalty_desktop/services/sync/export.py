"""``loyalty sync export``: the rows this till made since its last export, as one package."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import RowMapping, select
from sqlmodel import Session

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.sync import head as head_till
from loyalty_desktop.services.sync import shop
from loyalty_desktop.services.sync.ids import uuids_of
from loyalty_desktop.services.sync.package import write_package
from loyalty_desktop.services.sync.tables import COUPON, EXPIRE, LOT, TABLES, Synced, write_value
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.db import head_revision
from loyalty_desktop.store.models import Coupon, CouponStatus, DoubleRedemption
from loyalty_desktop.store.models.base import table_of


@dataclass(frozen=True)
class Exported:
    path: Path | None  # None: nothing new to export
    sequence: int
    rows: dict[str, int]


def _lot_id(row: RowMapping) -> int | None:
    key = row.get("dedupe_key") or ""
    return int(key[len(EXPIRE) :]) if key.startswith(EXPIRE) else None


def _virtual(session: Session, synced: Synced, rows: list[RowMapping]) -> dict[int, str]:
    """By row id, the package-only column's value: the lot an expiry lapses, the coupon a sale
    redeemed."""
    if LOT in synced.virtual:
        lots = {r["id"]: lot for r in rows if (lot := _lot_id(r)) is not None}
        uuids = uuids_of(session, synced.table, lots.values())
        return {row_id: uuids[lot] for row_id, lot in lots.items() if lot in uuids}
    if COUPON in synced.virtual:
        coupons, twice = table_of(Coupon), table_of(DoubleRedemption)
        connection = session.connection()
        found: dict[int, str] = {}
        for part in id_chunks(r["id"] for r in rows):
            held = select(coupons.c.sale_id, coupons.c.uuid).where(
                coupons.c.sale_id.in_(part), coupons.c.status == CouponStatus.REDEEMED.value
            )
            # A sale whose coupon an earlier sale of another till holds used it all the same.
            used = (
                select(twice.c.sale_id, coupons.c.uuid)
                .join(coupons, coupons.c.id == twice.c.coupon_id)
                .where(twice.c.sale_id.in_(part))
            )
            found.update(
                {sale_id: uuid for q in (held, used) for sale_id, uuid in connection.execute(q)}
            )
        return found
    return {}


def _cells(session: Session, synced: Synced, rows: list[RowMapping]) -> list[list[str]]:
    """The rows as CSV cells, each reference also as the uuid of the row it names."""
    refs: dict[str, dict[int, str]] = {
        column: uuids_of(session, table_of(target), (r[column] for r in rows if r[column]))
        for column, target in synced.refs.items()
    }
    virtual = _virtual(session, synced, rows)
    table, cells = synced.table, []
    for row in rows:
        out = []
        for column in synced.columns():
            value: Any
            if column in table.c:
                value = row[column]
            elif column in synced.virtual:
                value = virtual.get(row["id"])
            else:  # <ref>_uuid
                ref = column.removesuffix("_uuid")
                value = refs[ref].get(row[ref])
            out.append(write_value(value))
        cells.append(out)
    return cells


def _head_rows(session: Session, till: str) -> dict[str, list[list[str]]]:
    """A head till's own rules versions, survey versions and staff accounts, all of them, when
    one changed since its last package (none otherwise, and none from a till not the head)."""
    if not head_till.is_head(session, till):
        return {}
    cells = {}
    for synced in (t for t in TABLES if t.head):
        table = synced.table
        query = select(table).where(table.c.origin_till == till).order_by(table.c.id)
        cells[synced.name] = _cells(
            session, synced, list(session.connection().execute(query).mappings())
        )
    return {} if head_till.fingerprint(cells) == head_till.sent(session, till) else cells


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
    head = _head_rows(session, till)
    for synced in TABLES:
        if synced.head:
            tables[synced.name] = (synced.columns(), head.get(synced.name, []))
            counts[synced.name] = len(tables[synced.name][1])
            continue
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
    if head:
        head_till.note_sent(session, till, head_till.fingerprint(head))
    manifest = {
        "shop_id": shop.shop_id(session),
        "till_id": till,
        "sequence": sequence + 1,
        "schema": head_revision(),
        "requires": shop.imported(session),
        "created_at": write_value(utcnow()),
        "head": head_till.is_head(session, till),
    }
    shop.save_export_state(session, till, sequence + 1, marks)
    # No audit line: it would be new the next time, and no export would ever be empty.
    return Exported(write_package(folder, manifest, tables), sequence + 1, counts)
