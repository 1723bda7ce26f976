"""Writing another till's rows here: members (a phone two tills enrolled), and ledger and audit
rows continuing their till's hash chain (and an expiry naming its lot as numbered here)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlmodel import Session

from loyalty_desktop.core.errors import SyncRefused
from loyalty_desktop.services.sync.ids import local_ids
from loyalty_desktop.services.sync.package import Package
from loyalty_desktop.services.sync.summary import Summary
from loyalty_desktop.services.sync.tables import EXPIRE, LOT, Synced
from loyalty_desktop.store import chain
from loyalty_desktop.store.models import (
    Member,
    MemberStatus,
    PointsEntry,
    RetiredCard,
    SyncedRef,
)
from loyalty_desktop.store.models.base import table_of

REFERRER = "referred_by_id"  # may be a member of the same package: set once all are in


def insert_members(
    session: Session, values: list[dict[str, Any]], rows: list[dict[str, Any]], summary: Summary
) -> None:
    """New members; a phone two tills enrolled offline stays with the member enrolled first
    (the same on every till), the other's is cleared and the conflict reported."""
    members = table_of(Member)
    connection = session.connection()
    for value in values:
        if value["phone"] is None or value["status"] != MemberStatus.ACTIVE.value:
            continue
        other = connection.execute(
            select(members.c.id, members.c.uuid, members.c.enrolled_at).where(
                members.c.phone == value["phone"], members.c.status == MemberStatus.ACTIVE.value
            )
        ).first()
        if other is None:
            continue
        first = min((other.enrolled_at, other.uuid), (value["enrolled_at"], value["uuid"]))
        loser = value["uuid"] if first[1] == other.uuid else other.uuid
        summary.conflicts.append({"kind": "phone", "phone": value["phone"], "cleared": loser})
        if loser == value["uuid"]:
            value.update(phone=None, phone_last4=None)
        else:
            connection.execute(
                update(members).where(members.c.id == other.id).values(phone=None, phone_last4=None)
            )
    connection.execute(insert(members), values)
    referrers = local_ids(session, members, {r[f"{REFERRER}_uuid"] for r in rows} - {None})
    links = [
        {"member": row["uuid"], "referrer": referrers[row[f"{REFERRER}_uuid"]]}
        for row in rows
        if row[f"{REFERRER}_uuid"] in referrers
    ]
    if links:
        connection.execute(
            update(members)
            .where(members.c.uuid == bindparam("member"))
            .values(referred_by_id=bindparam("referrer")),
            links,
        )


def insert_retired(session: Session, values: list[dict[str, Any]]) -> None:
    """Replaced cards; a card two tills both retired (each replaced the lost card) is retired
    here once."""
    cards = table_of(RetiredCard)
    here = set(
        session.connection()
        .execute(select(cards.c.card).where(cards.c.card.in_([v["card"] for v in values])))
        .scalars()
    )
    new = [v for v in values if v["card"] not in here]
    if new:
        session.connection().execute(insert(cards), new)


def insert_chained(
    session: Session,
    package: Package,
    synced: Synced,
    values: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    summary: Summary,
) -> None:
    """Ledger or audit rows, in their till's order, continuing its chain here with the hashes
    their till gave them."""
    table, connection, till = synced.table, session.connection(), package.till_id
    chain.lock_till(connection, table, till)
    if values[0]["prev_hash"] != chain.last_hash(connection, table, till):
        raise SyncRefused(
            path=package.path, reason="sync_unlinked", file=f"{synced.name}.csv", till=till
        )
    ids: dict[str, int] = {}  # rows of this batch, for the lots their expiries name
    for value, row in zip(values, rows, strict=True):
        refs = {column: row[f"{column}_uuid"] for column in synced.refs}
        if synced.model is PointsEntry:
            refs["dedupe_key"] = _dedupe(session, package, value, row, ids, summary)
        hashed = {
            column: [row[column], refs[column]]
            for column in chain.FIELDS[synced.name]
            if column in refs and value[column] != row[column]
        }
        ids[value["uuid"]] = connection.execute(
            insert(table).returning(table.c.id), value
        ).scalar_one()
        if hashed:
            session.add(
                SyncedRef(table_name=synced.name, row_uuid=value["uuid"], hashed=json.dumps(hashed))
            )


def _dedupe(
    session: Session,
    package: Package,
    value: dict[str, Any],
    row: dict[str, Any],
    batch: dict[str, int],
    summary: Summary,
) -> str | None:
    """A once-only entry's key here (``value`` is changed); the uuid of the lot an expiry
    names, if it is one. A once-only entry two tills both made offline keeps no key here (the
    unique index would refuse it) and is reported."""
    key = row["dedupe_key"]
    if key is None:
        return None
    if key.startswith(EXPIRE):
        lot = row[LOT]
        lot_id = batch.get(lot) or local_ids(session, table_of(PointsEntry), {lot}).get(lot)
        if lot_id is None:  # its till had it: a package it required should have brought it
            where = {"file": "points_entry.csv", "uuid": lot or row["uuid"]}
            raise SyncRefused(path=package.path, reason="sync_unresolved", **where)
        value["dedupe_key"] = f"{EXPIRE}{lot_id}"
        return str(lot)
    entries = table_of(PointsEntry)
    taken = (
        session.connection()
        .execute(
            select(entries.c.uuid).where(
                entries.c.member_id == value["member_id"], entries.c.dedupe_key == key
            )
        )
        .first()
    )
    if taken is not None:
        value["dedupe_key"] = None
        summary.conflicts.append(
            {"kind": "once_only", "key": key, "entry": row["uuid"], "kept": taken.uuid}
        )
    return None
