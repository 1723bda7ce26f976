"""``loyalty sync import``: other tills' packages merged into this database, in one transaction.

The facts (members, sales, refunds, tier changes, ledger entries, audit lines) are merged by
union on their uuids: a row already here is skipped, so importing a package twice, or packages
in any order, ends in the same database. A till's packages are merged in their sequence order,
and a package only after the packages of other tills its rows refer to (its ``requires``); one
that arrives early waits, untouched, for a later import. Rows keep the uuid and the till that
made them; the ids between them are resolved by uuid. Ledger and audit rows keep their hashes
and continue their till's chain here (what their till hashed is kept in ``synced_ref``).

What each database derives is then recomputed from the merged facts, by the same functions the
till uses: sales' refunded totals and status, balances, tiers, rollups and usual gaps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import SyncRefused
from loyalty_desktop.services import audit, ledger, rollups, tiers
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.csv_io import chunks
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.sync import bonuses, shop
from loyalty_desktop.services.sync.package import Package, is_package, read_package
from loyalty_desktop.services.sync.tables import EXPIRE, LOT, TABLES, Synced
from loyalty_desktop.store import chain
from loyalty_desktop.store.models import (
    Member,
    MemberStatus,
    PointsEntry,
    Sale,
    SaleStatus,
    SyncedRef,
    TierChange,
)
from loyalty_desktop.store.models.base import table_of


@dataclass
class Summary:
    """What an import did (the --json document of ``loyalty sync import``)."""

    rows_in: dict[str, int] = field(default_factory=lambda: {t.name: 0 for t in TABLES})
    duplicates: dict[str, int] = field(default_factory=lambda: {t.name: 0 for t in TABLES})
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # imported before, or this till's own
    waiting: list[str] = field(default_factory=list)  # an earlier package is not here yet
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    members: set[int] = field(default_factory=set)  # touched: recomputed at the end

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows_in": self.rows_in,
            "duplicates_skipped": self.duplicates,
            "packages_imported": self.imported,
            "packages_skipped": self.skipped,
            "packages_waiting": self.waiting,
            "conflicts": self.conflicts,
        }


def find_packages(paths: list[Path]) -> list[Package]:
    """Each path a package, or a sync folder of packages (hidden folders are exports still
    being written); every one verified whole before any is merged."""
    found = []
    for path in paths:
        if not path.exists():
            raise SyncRefused(path=path, reason="sync_no_packages")
        if is_package(path) or not path.is_dir():
            found.append(read_package(path))
            continue
        inside = sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith("."))
        found += [read_package(p) for p in inside]  # none yet: nothing to import
    return found


def _check_shop(session: Session, packages: list[Package]) -> None:
    """Every package belongs to this shop; a till without sales joins the packages' shop."""
    ours = shop.shop_id(session)
    foreign = [p for p in packages if p.shop_id != ours]
    if foreign and shop.may_join(session) and len({p.shop_id for p in packages}) == 1:
        shop.join_shop(session, foreign[0].shop_id)
        return
    if foreign:
        raise SyncRefused(path=foreign[0].path, reason="sync_foreign_shop")


def import_packages(
    session: Session, actor: Actor, paths: list[Path], *, automatic: bool = False
) -> Summary:
    """``automatic``: the till's own sync at start-up and close, which needs no role."""
    if not automatic:
        require(session, actor, Action.SYNC)
    packages = find_packages(paths)
    _check_shop(session, packages)
    summary, done = Summary(), shop.imported(session)
    pending: dict[tuple[str, int], Package] = {}
    for package in sorted(packages, key=lambda p: (p.till_id, p.sequence)):
        key = (package.till_id, package.sequence)
        if package.till_id == actor.till_id or package.sequence <= done.get(package.till_id, 0):
            summary.skipped.append(package.name)
        elif key not in pending:
            pending[key] = package
    merged = True
    while merged:  # until no waiting package has what it needs
        merged = False
        for key, package in list(pending.items()):
            if _ready(package, done, actor.till_id):
                _merge(session, package, summary)
                done[package.till_id] = package.sequence
                summary.imported.append(package.name)
                del pending[key]
                merged = True
    summary.waiting = [p.name for p in pending.values()]
    bonuses.settle(session, actor, summary.conflicts)
    _recompute(session, actor, summary)
    if any(count for table, count in summary.rows_in.items() if table != "audit_entry"):
        # Not for packages of other tills' audit lines alone (their own imports' lines): this
        # line travels too, and two tills would send each other a package at every sync.
        audit.record(session, actor, "sync.import", packages=summary.imported)
    return summary


def _ready(package: Package, done: dict[str, int], till_id: str) -> bool:
    needs = {t: s for t, s in package.requires.items() if t != till_id}
    return package.sequence == done.get(package.till_id, 0) + 1 and all(
        done.get(t, 0) >= s for t, s in needs.items()
    )


def _merge(session: Session, package: Package, summary: Summary) -> None:
    counts = {}
    try:
        for synced in TABLES:
            counts[synced.name] = _merge_table(session, package, synced, summary)
        session.flush()
    except IntegrityError as exc:
        detail = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise SyncRefused(path=package.path, reason="detail", detail=detail) from None
    shop.note_imported(session, package.till_id, package.sequence, package.name, counts, utcnow())


def local_ids(session: Session, table: Table, uuids: set[str]) -> dict[str, int]:
    """The ids here of the rows of ``table`` with these uuids."""
    found: dict[str, int] = {}
    for part in chunks(sorted(uuids), 500):
        statement = select(table.c.uuid, table.c.id).where(table.c.uuid.in_(part))
        found.update({uuid: row_id for uuid, row_id in session.connection().execute(statement)})
    return found


def _merge_table(session: Session, package: Package, synced: Synced, summary: Summary) -> int:
    """Insert the package's rows of one table that are not here yet; how many."""
    rows, table = package.rows[synced.name], synced.table
    here = local_ids(session, table, {row["uuid"] for row in rows})
    new = [row for row in rows if row["uuid"] not in here]
    summary.duplicates[synced.name] += len(rows) - len(new)
    summary.rows_in[synced.name] += len(new)
    if not new:
        return 0
    values = _resolved(session, package, synced, new)
    if synced.model is Member:
        _insert_members(session, values, new, summary)
    elif synced.chained:
        _insert_chained(session, package, synced, values, new, summary)
    else:
        session.connection().execute(insert(table), values)
    _after(session, synced, values, summary)
    return len(new)


def _resolved(
    session: Session, package: Package, synced: Synced, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows as this database stores them: references by local id, derived columns at
    their starting values (recomputed later)."""
    lookups = {
        column: local_ids(session, table_of(target), {r[f"{column}_uuid"] for r in rows} - {None})
        for column, target in synced.refs.items()
    }
    values = []
    for row in rows:
        stored = {c: row[c] for c in synced.columns() if c in synced.table.c}
        for column in synced.refs:
            ref = row[f"{column}_uuid"]
            stored[column] = lookups[column].get(ref) if ref else None
            missing = ref is not None and stored[column] is None
            if (missing or (ref is None and row[column] is not None)) and (
                column not in synced.optional and column != _REFERRER
            ):
                raise SyncRefused(
                    path=package.path,
                    reason="sync_unresolved",
                    file=f"{synced.name}.csv",
                    uuid=ref or row["uuid"],
                )
        values.append({**stored, **_derived_start(synced)})
    return values


_REFERRER = "referred_by_id"  # may be a member of the same package: set once all are in


def _derived_start(synced: Synced) -> dict[str, Any]:
    if synced.model is Member:
        return {"balance": 0, "tier": "", "usual_gap": None}
    if synced.model is Sale:
        return {"refunded_cents": 0, "status": SaleStatus.COMPLETED.value}
    return {}


def _insert_members(
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
    referrers = local_ids(session, members, {r[f"{_REFERRER}_uuid"] for r in rows} - {None})
    links = [
        {"member": row["uuid"], "referrer": referrers[row[f"{_REFERRER}_uuid"]]}
        for row in rows
        if row[f"{_REFERRER}_uuid"] in referrers
    ]
    if links:
        connection.execute(
            update(members)
            .where(members.c.uuid == bindparam("member"))
            .values(referred_by_id=bindparam("referrer")),
            links,
        )


def _insert_chained(
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
            refs["dedupe_key"] = _dedupe(session, value, row, ids, summary)
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


def _after(
    session: Session, synced: Synced, values: list[dict[str, Any]], summary: Summary
) -> None:
    """What the new rows add to the derived numbers."""
    if synced.model is Member:
        summary.members |= set(
            local_ids(session, synced.table, {v["uuid"] for v in values}).values()
        )
    elif synced.model is Sale:
        rollups.add_sales(
            session,
            [
                rollups.SaleChange(v["member_id"], v["shop_date"], 1, v["paid_cents"])
                for v in values
            ],
        )
        summary.members |= {v["member_id"] for v in values if v["member_id"] is not None}
    elif synced.name == "refund":
        for value in values:
            _refunded(session, value["sale_id"], value["amount_cents"], summary)
    elif synced.model is PointsEntry:
        rollups.entries_posted(session, [(v["created_at"], v["kind"], v["points"]) for v in values])
        summary.members |= {v["member_id"] for v in values}
    elif "member_id" in synced.refs:  # tier changes
        summary.members |= {v["member_id"] for v in values}


def _refunded(session: Session, sale_id: int, amount_cents: int, summary: Summary) -> None:
    """A refund made at another till, applied to its sale here as the till applied it."""
    sale = session.get(Sale, sale_id)
    if sale is None:  # the package's references were all resolved
        raise LookupError(sale_id)
    sale.refunded_cents += amount_cents
    completing = sale.refunded_cents >= sale.paid_cents
    sale.status = SaleStatus.REFUNDED if completing else SaleStatus.PARTLY_REFUNDED
    session.flush()
    rollups.sale_refunded(session, sale, amount_cents, completing)
    if sale.member_id is not None:
        summary.members.add(sale.member_id)


def _recompute(session: Session, actor: Actor, summary: Summary) -> None:
    """Balances, tiers, and the members' rollups, from the merged facts."""
    ids = sorted(summary.members)
    if not ids:
        return
    ledger.recount_balances(session, ids)
    members, changes = table_of(Member), table_of(TierChange)
    latest = (
        select(changes.c.tier)
        .where(changes.c.member_id == members.c.id)
        .order_by(changes.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    session.connection().execute(
        update(members).where(members.c.id.in_(ids)).values(tier=func.coalesce(latest, ""))
    )
    session.expire_all()
    tiers.upgrade_qualified(session, actor, load_rules(session), ids, utcnow())
    rollups.members_changed(session, ids)
