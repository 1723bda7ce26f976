"""Moving a shop from its SQLite file onto an empty PostgreSQL database, for several tills to
share: the schema made there by the migrations, every table copied in the order of its foreign
keys with its ids and its hash-chain columns as they are, the server's id sequences moved past
the copied ids, and ``loyalty check`` run on both sides with the row counts compared.

All of it happens in one transaction on the server (PostgreSQL's DDL is transactional): a
failure, a check that does not pass or counts that differ leave the server's database empty.
The SQLite file is only read, in one read transaction (a consistent snapshot)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.engine import make_url
from sqlmodel import Session, SQLModel

from loyalty_desktop.core.errors import ChecksFailed, DatabaseError
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.check import Problem, run_checks
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.server import shop_state
from loyalty_desktop.store.db import (
    Database,
    create_db_engine,
    database_errors,
    masked_url,
    upgrade_schema,
)

Progress = Callable[[int, int], None]
BATCH = 2_000  # rows read and written at a time


@dataclass(frozen=True)
class Moved:
    """The shop now on the server: rows per table (the same on both sides, checked)."""

    target: str  # masked
    tables: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _counts(conn: Connection, tables: list[Table]) -> dict[str, int]:
    return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}


def _copy_table(
    source: Connection, target: Connection, table: Table, step: Callable[[int], None]
) -> None:
    """Every row as the models read and write it (times, enums, JSON), in id order, so a row
    that points at an earlier row of its own table finds it there."""
    rows = source.execution_options(yield_per=BATCH).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    for batch in rows.mappings().partitions():
        target.execute(table.insert(), [dict(row) for row in batch])
        step(len(batch))


def _reset_sequences(target: Connection, tables: list[Table]) -> None:
    """Each serial id's sequence continues after the largest copied id (a table with no rows
    starts at 1), so the next row a till writes on the server gets a new id."""
    for table in tables:
        if (column := table.autoincrement_column) is not None:
            target.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                    f"COALESCE(MAX({column.name}), 0) + 1, false) FROM {table.name}"
                ),
                {"table": table.name, "column": column.name},
            )


def _differences(expected: dict[str, int], found: dict[str, int]) -> list[Problem]:
    return [
        Problem("move", f"table {name}", f"{expected[name]} rows here, {found[name]} on the server")
        for name in expected
        if expected[name] != found[name]
    ]


def move_to_server(
    source: Database, actor: Actor, target_url: str, progress: Progress | None = None
) -> Moved:
    """Copy the shop in ``source`` into the empty PostgreSQL database at ``target_url``.
    Refused: another kind of database, one that already holds a shop, a source or a copy
    that fails ``loyalty check`` (ChecksFailed, the server's database left empty)."""
    target = masked_url(target_url)
    if make_url(target_url).get_backend_name() != "postgresql":
        raise DatabaseError(url=target, reason="not_postgres")
    tables = list(SQLModel.metadata.sorted_tables)  # parents before the rows that point at them
    with source.session(readonly=True) as here:
        require(here, actor, Action.CHOOSE_DATABASE)
        if problems := run_checks(here):
            raise ChecksFailed(problems)
        expected = _counts(here.connection(), tables)
        total, done = sum(expected.values()) + 2, 0

        def step(rows: int) -> None:
            nonlocal done
            done += rows
            if progress:
                progress(done, total)

        engine = create_db_engine(target_url)
        try:
            with database_errors(target_url), engine.begin() as there:
                if not shop_state(there, target_url).empty:
                    raise DatabaseError(url=target, reason="holds_a_shop")
                there.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")  # SQLite's times are UTC
                upgrade_schema(there)
                step(1)
                for table in reversed(tables):  # the schema's own first rows (the shop's id)
                    there.execute(table.delete())  # give way to the shop's
                for table in tables:
                    _copy_table(here.connection(), there, table, step)
                _reset_sequences(there, tables)
                problems = _differences(expected, _counts(there, tables))
                with Session(bind=there) as copied:  # inside the transaction, before COMMIT
                    problems += run_checks(copied)
                if problems:
                    raise ChecksFailed(problems)  # the transaction is rolled back: still empty
                step(1)
        finally:
            engine.dispose()
    return Moved(target, expected)
