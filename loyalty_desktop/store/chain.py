"""Tamper evidence for the append-only tables (the points ledger and the audit trail): each row
carries ``row_hash``, a SHA-256 over its content and ``prev_hash``, the hash of the row before
it from the same till. One chain per origin till, so rows that arrive from other tills keep
theirs; the first row of a chain follows ``GENESIS``.

A row deleted, inserted or rewritten by hand, even with the triggers dropped, breaks its link
or its own hash, and ``loyalty check`` says where. The hash has no secret: someone who knows
this format and rewrites every later row of the chain too is not caught by the chain alone
(what they cannot rewrite is what has already left the database: backups, printed receipts).

The serialisation is part of the stored data: a migration hashed the rows that existed before
it with this very code, so the format never changes (a new one would need a new chain).
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Dialect,
    Table,
    TypeDecorator,
    bindparam,
    select,
    text,
)

GENESIS = "0" * 64
# The append-only tables, each guarded by triggers (migration 0008) and chained.
APPEND_ONLY = ("points_entry", "audit_entry")
# Their triggers by dialect: what ``loyalty check`` expects to find.
TRIGGERS = {
    "sqlite": tuple(f"{t}_{name}" for t in APPEND_ONLY for name in ("no_update", "no_delete")),
    "postgresql": tuple(
        f"{t}_{name}" for t in APPEND_ONLY for name in ("append_only", "no_truncate")
    ),
}
# What each table's hash covers, in this order: every column that carries meaning. Not ``id``,
# which a batch insert learns only afterwards; the chain's order is the ids' order all the same.
FIELDS: dict[str, tuple[str, ...]] = {
    "points_entry": (
        "uuid",
        "origin_till",
        "member_id",
        "kind",
        "points",
        "sale_id",
        "refund_id",
        "staff_id",
        "note",
        "created_at",
        "expires_at",
        "dedupe_key",
    ),
    "audit_entry": (
        "uuid",
        "origin_till",
        "created_at",
        "staff_id",
        "action",
        "subject",
        "detail",
    ),
}


def _plain(value: Any) -> Any:
    """A value as JSON, the same whichever database returned it: times in UTC to the
    microsecond (SQLite gives them back without a zone, PostgreSQL with one)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    return value


# json.dumps(…, ensure_ascii=False, separators=(",", ":")), without building an encoder per row.
_serialise = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
# How SQLAlchemy writes a moment into SQLite: "2026-11-29 06:30:00.000000".
_SQLITE_MOMENT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def _is_moment(column: Column[Any]) -> bool:
    kind = column.type
    return isinstance(kind.impl_instance if isinstance(kind, TypeDecorator) else kind, DateTime)


def _moment_reader(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any]:
    """A moment as the driver returns it -> ``_plain``'s text. SQLite gives back the text it
    stores: SQLAlchemy's own format is that text with a "T" (a walk of millions of rows skips
    parsing it into a datetime and printing it again); anything else is parsed as SQLAlchemy
    would."""
    parse = column.type.dialect_impl(dialect).result_processor(dialect, None)

    def read(value: Any) -> Any:
        if isinstance(value, str) and _SQLITE_MOMENT.fullmatch(value):
            return f"{value[:10]}T{value[11:]}"
        return _plain(parse(value) if parse is not None and isinstance(value, str) else value)

    return read


def row_hash(table: str, row: Mapping[Any, Any], prev_hash: str) -> str:
    return values_hash(table, [row[name] for name in FIELDS[table]], prev_hash)


def values_hash(table: str, values: Sequence[Any], prev_hash: str) -> str:
    """``row_hash`` of the values of ``FIELDS[table]``, in that order (a walk of millions of
    rows reads them as tuples)."""
    return _digest([table, prev_hash, *map(_plain, values)])


def _digest(content: list[Any]) -> str:
    return hashlib.sha256(_serialise(content).encode("utf-8")).hexdigest()


def lock_chain(connection: Connection, till: str) -> None:
    """PostgreSQL: one writer at a time per till until the transaction ends (a GUI and a CLI
    on the same machine), so two never read the same last hash of the till's chains. SQLite's
    write transaction (BEGIN IMMEDIATE) already serialises every writer.

    Every write transaction takes its own till's lock when it begins (``store.db``), before any
    row or table lock: a writer that waited for it holding a row another writer of the till
    needs (a member edit holds the member's row and then writes its audit line; a points
    adjustment chains its ledger entry and then updates that row) would deadlock. Held to the
    end of the transaction; taking it again is free."""
    if connection.dialect.name != "postgresql":
        return
    digest = hashlib.sha256(f"loyalty chain {till}".encode()).digest()
    key = int.from_bytes(digest[:8], "big", signed=True)
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def lock_till(connection: Connection, table: Table, till: str) -> None:
    """Before chaining rows of ``till`` into ``table``: first the table's ordinary write lock
    (an import batch holds every table in EXCLUSIVE mode and then chains its rows: a writer
    waits at the table, never holding a chain lock the batch needs), then the till's chain
    lock, already held when ``till`` is the writer's own."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(f"LOCK TABLE {table.name} IN ROW EXCLUSIVE MODE")
    lock_chain(connection, till)


def last_hash(connection: Connection, table: Table, till: str) -> str:
    """The hash the till's next row follows (index ``ix_<table>_origin_till_id``)."""
    found = connection.execute(
        select(table.c.row_hash)
        .where(table.c.origin_till == till)
        .order_by(table.c.id.desc())
        .limit(1)
    ).scalar()
    return found or GENESIS


def link(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Give rows about to be inserted, in this order, their ``prev_hash`` and ``row_hash``.
    Everything the caller inserted before in this table must be flushed already."""
    last: dict[str, str] = {}
    for till in sorted({row["origin_till"] for row in rows}):  # locks always in the same order
        lock_till(connection, table, till)
        last[till] = last_hash(connection, table, till)
    for row in rows:
        till = row["origin_till"]
        row["prev_hash"] = last[till]
        row["row_hash"] = last[till] = row_hash(table.name, row, last[till])


def rehash_all(connection: Connection, table: Table) -> None:
    """Chain every row in id order (rows written before the chain existed). Only a migration
    runs this, before the triggers that refuse updates are made."""
    columns = [table.c.id, *(table.c[name] for name in FIELDS[table.name])]
    last: dict[str, str] = {}
    updates = []
    for row in connection.execute(select(*columns).order_by(table.c.id)).mappings():
        prev = last.get(row["origin_till"], GENESIS)
        last[row["origin_till"]] = digest = row_hash(table.name, row, prev)
        updates.append({"row_id": row["id"], "prev": prev, "digest": digest})
    if updates:
        connection.execute(
            table.update()
            .where(table.c.id == bindparam("row_id"))
            .values(prev_hash=bindparam("prev"), row_hash=bindparam("digest")),
            updates,
        )


# --- verifying ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    """Where a chain does not hold: ``altered`` (the row's content or hash was changed) or
    ``unlinked`` (a row before it was deleted or inserted, or its prev_hash changed)."""

    table: str
    row_id: int
    till: str
    kind: str


def breaks(
    connection: Connection,
    table: Table,
    gaps: Collection[tuple[str, str]] = (),
    hashed_as: Mapping[int, Mapping[str, Any]] | None = None,
) -> Iterator[Break]:
    """Walk each till's chain in id order. ``gaps``: (hash before, hash after) pairs of rows a
    crashed import wrote and its undo took out, as that undo recorded them. ``hashed_as``: by
    row id, the values another till hashed where this database stores others (the ids it
    points at, numbered here as this database numbers them: services/sync)."""
    hashed_as = hashed_as or {}
    fields = FIELDS[table.name]
    columns = [table.c.id, table.c.prev_hash, table.c.row_hash, *(table.c[f] for f in fields)]
    # The driver's own values, read in the table's order (rowid order in SQLite, no sort): each
    # till's rows come in id order all the same. Moments are made plain here, the rest as hashed.
    statement = select(*columns).order_by(table.c.id).compile(connection)
    readers = [
        (at, _moment_reader(table.c[f], connection.dialect))
        for at, f in enumerate(fields)
        if _is_moment(table.c[f])
    ]
    till_at = fields.index("origin_till")
    last: dict[str, str] = {}
    # A server-side cursor where one exists, for this statement only (a Connection's own
    # execution_options would stay on it for the caller's later statements).
    streamed = connection.exec_driver_sql(str(statement), execution_options={"yield_per": 5000})
    for rows in streamed.partitions():
        for row in rows:
            row_id, prev, stored = row[0], row[1], row[2]
            values = list(row[3:])
            for at, read in readers:
                values[at] = read(values[at])
            till = values[till_at]
            before = last.get(till, GENESIS)
            if prev != before and (before, prev) not in gaps:
                yield Break(table.name, row_id, till, "unlinked")
            if row_id in hashed_as:
                sent = hashed_as[row_id]
                values = [_plain(sent.get(f, v)) for f, v in zip(fields, values, strict=True)]
            if stored != _digest([table.name, prev, *values]):
                yield Break(table.name, row_id, till, "altered")
            last[till] = stored


def gaps_left_by(
    connection: Connection, table: Table, deleted: Sequence[Sequence[int]]
) -> list[list[str]]:
    """The (hash before, hash after) pairs that deleting these id ranges will leave in the
    chains: a run of deleted rows that later rows of the same till follow."""
    if not deleted:
        return []
    ranges = sorted((first, last) for first, last in deleted)
    firsts = [first for first, _ in ranges]

    def gone(row_id: int) -> bool:
        at = bisect_right(firsts, row_id) - 1
        return at >= 0 and row_id <= ranges[at][1]

    statement = (
        select(table.c.id, table.c.origin_till, table.c.prev_hash)
        .where(table.c.id >= ranges[0][0])
        .order_by(table.c.origin_till, table.c.id)
    )
    gaps: list[list[str]] = []
    till, opened = None, None  # the prev_hash of the first deleted row of the current run
    for row_id, row_till, prev in connection.execute(statement):
        if row_till != till:
            till, opened = row_till, None
        if gone(row_id):
            opened = prev if opened is None else opened
        elif opened is not None:
            gaps.append([opened, prev])
            opened = None
    return gaps
