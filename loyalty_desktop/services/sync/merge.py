"""``loyalty sync import``: other tills' packages merged into this database, in one transaction.

The facts (members, sales, refunds, tier changes, ledger entries, audit lines) are merged by
union on their uuids: a row already here is skipped, so importing a package twice, or packages
in any order, ends in the same database. A till's packages are merged in their sequence order,
and a package only after the packages of other tills its rows refer to (its ``requires``); one
that arrives early waits, untouched, for a later import. Rows keep the uuid and the till that
made them; the ids between them are resolved by uuid. Ledger and audit rows keep their hashes
and continue their till's chain here (what their till hashed is kept in ``synced_ref``).

What each database derives is then recomputed from the merged facts, by the same functions the
till uses: members' details from their latest changes (services/member_changes.py), sales'
refunded totals and status, balances, tiers, rollups and usual gaps.
"""

from __future__ import annotations

from collections.abc import Set
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import SyncRefused
from loyalty_desktop.services import audit, rollups
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.sync import bonuses, refunds, shop
from loyalty_desktop.services.sync import head as head_till
from loyalty_desktop.services.sync.derived import (
    after_insert,
    apply_coupon_events,
    apply_edits,
    recompute,
)
from loyalty_desktop.services.sync.ids import local_ids
from loyalty_desktop.services.sync.inserts import (
    REFERRER,
    insert_chained,
    insert_members,
    insert_retired,
)
from loyalty_desktop.services.sync.package import Package, is_package, package_name, read_package
from loyalty_desktop.services.sync.summary import CouponEvent, Summary
from loyalty_desktop.services.sync.tables import COUPON, TABLES, Synced
from loyalty_desktop.store.models import (
    Coupon,
    CouponStatus,
    FollowUp,
    Member,
    RetiredCard,
    Sale,
    SaleStatus,
    Staff,
    Survey,
    SurveyResponse,
)
from loyalty_desktop.store.models.base import table_of


def find_packages(
    paths: list[Path], known: Set[str] = frozenset()
) -> tuple[list[Package], list[str]]:
    """Each path a package, or a sync folder of packages (hidden folders are exports still
    being written); every one verified whole before any is merged. In a sync folder, the
    packages named in ``known`` (imported before, or this till's own) are not read again:
    their names come second."""
    found, passed = [], []
    for path in paths:
        if not path.exists():
            raise SyncRefused(path=path, reason="sync_no_packages")
        if is_package(path) or not path.is_dir():
            found.append(read_package(path))
            continue
        for inside in sorted(p for p in path.iterdir() if p.is_dir()):
            if inside.name in known:
                passed.append(inside.name)
            elif not inside.name.startswith("."):
                found.append(read_package(inside))
    return found, passed


def _known(session: Session, till_id: str) -> set[str]:
    """The names of the packages already imported here, and of this till's own."""
    own, _marks = shop.export_state(session, till_id)
    done = {**shop.imported(session), till_id: own}
    return {package_name(till, n) for till, last in done.items() for n in range(1, last + 1)}


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
    packages, passed = find_packages(paths, _known(session, actor.till_id))
    _check_shop(session, packages)
    summary, done = Summary(skipped=passed), shop.imported(session)
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
    summary.skipped.sort()
    summary.waiting = [p.name for p in pending.values()]
    apply_edits(session, actor, summary)
    bonuses.settle(session, actor, summary.conflicts)
    refunds.settle(session, actor, summary.refunded, summary.conflicts)
    recompute(session, actor, summary)
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
    takes_head = head_till.takes_head_rows(session, package, summary)
    try:
        for synced in TABLES:
            if synced.head and not takes_head:
                counts[synced.name] = 0
                continue
            counts[synced.name] = _merge_table(session, package, synced, summary)
        apply_coupon_events(session, summary)
        session.flush()
    except IntegrityError as exc:
        detail = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise SyncRefused(path=package.path, reason="detail", detail=detail) from None
    shop.note_imported(session, package.till_id, package.sequence, package.name, counts, utcnow())


def _merge_table(session: Session, package: Package, synced: Synced, summary: Summary) -> int:
    """Insert the package's rows of one table that are not here yet; how many."""
    rows, table = package.rows[synced.name], synced.table
    here = local_ids(session, table, {row["uuid"] for row in rows})
    new = [row for row in rows if row["uuid"] not in here]
    summary.duplicates[synced.name] += len(rows) - len(new)
    if synced.model is Staff:  # the head's values win for the accounts already here
        head_till.update_staff(session, table, [r for r in rows if r["uuid"] in here])
    new = _to_take(session, package, synced, new, summary)
    summary.rows_in[synced.name] += len(new)
    if not new:
        return 0
    values = _resolved(session, package, synced, new)
    if synced.model is Staff:
        head_till.unclash_names(session, table, values)
    if synced.model is Member:
        insert_members(session, values, new, summary)
    elif synced.model is RetiredCard:
        insert_retired(session, values)
    elif synced.chained:
        insert_chained(session, package, synced, values, new, summary)
    else:
        session.connection().execute(insert(table), values)
    after_insert(session, synced, values, summary)
    if synced.model is Sale:
        summary.coupon_events += [
            CouponEvent(v["created_at"], v["uuid"], row[COUPON], v["coupon_discount_cents"])
            for v, row in zip(values, new, strict=True)
            if row[COUPON]
        ]
    return len(new)


def _to_take(
    session: Session, package: Package, synced: Synced, rows: list[dict[str, Any]], summary: Summary
) -> list[dict[str, Any]]:
    """The rows to take: survey answers only when their survey version is here (the head's),
    the others skipped and reported (a till answering a survey of its own, never the head's),
    and the follow-ups of answers taken."""
    if synced.model is FollowUp:
        answers = {r["response_id_uuid"] for r in rows}
        kept = local_ids(session, table_of(SurveyResponse), answers)
        return [r for r in rows if r["response_id_uuid"] in kept]
    if synced.model is not SurveyResponse:
        return rows
    surveys = local_ids(session, table_of(Survey), {r["survey_id_uuid"] for r in rows} - {None})
    taken = [r for r in rows if r["survey_id_uuid"] in surveys]
    if len(taken) < len(rows):
        summary.conflicts.append(
            {"kind": "survey_unknown", "till": package.till_id, "count": len(rows) - len(taken)}
        )
    return taken


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
                column not in synced.optional and column != REFERRER
            ):
                raise SyncRefused(
                    path=package.path,
                    reason="sync_unresolved",
                    file=f"{synced.name}.csv",
                    uuid=ref or row["uuid"],
                )
        values.append({**stored, **_derived_start(synced, row)})
    return values


def _derived_start(synced: Synced, row: dict[str, Any]) -> dict[str, Any]:
    if synced.model is Member:
        return {"balance": 0, "tier": "", **dict.fromkeys(rollups.VISITS)}
    if synced.model is Sale:
        return {"refunded_cents": 0, "status": SaleStatus.COMPLETED.value}
    if synced.model is Staff:
        return {"failed_pins": 0, "locked_until": None, "member_id": None}
    if synced.model is Coupon:  # redeemed here by the sale that used it, when it comes
        void = row["status"] == CouponStatus.VOID.value
        status = CouponStatus.VOID if void else CouponStatus.ISSUED
        return {"status": status.value, "sale_id": None, "redeemed_at": None, "discount_cents": 0}
    return {}
