"""The database: engine, pragmas, one-transaction session scope, and schema migrations.

The schema is owned by alembic (``store/migrations``); ``migrate`` brings an older database to
head after an online backup copy of a SQLite file has been taken. Alembic itself is imported
only when a schema has to change or an unknown revision be looked up: a shop already at head
is recognised from its ``alembic_version`` row and the scripts' own lines.
"""

from __future__ import annotations

import ast
import re
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Table,
    case,
    create_engine,
    event,
    func,
    inspect,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    IntegrityError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.exc import DatabaseError as DriverError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql import Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.util import find_tables
from sqlmodel import Session

from loyalty_desktop.core import config
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import (
    ConnectionLost,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
)
from loyalty_desktop.core.network_drive import network_filesystem
from loyalty_desktop.core.resources import resource_path
from loyalty_desktop.store import chain
from loyalty_desktop.store.changes import change_of

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 30_000
# A server that does not answer (switched off, the cable out) is reported after this long,
# rather than after the operating system's own TCP timeout of minutes.
CONNECT_TIMEOUT_S = 10
ROLLUPS_REVISION = "0004"  # the report's monthly rollups are filled after upgrading past this
WRITTEN = "loyalty_written"  # a session's set of the tables its transaction wrote


# A column or an expression over columns, as SQLModel's ``col()`` and SQLAlchemy give them.
Column = ColumnElement[Any] | Mapped[Any]


def period_of(column: Column, bounds: list[Any]) -> ColumnElement[int]:
    """Which of the periods [bounds[i], bounds[i+1]) ``column`` falls in: 0, 1, …; -1 before
    (months cut at the shop's midnight, in SQL: a GROUP BY of millions of rows stays in the
    database)."""
    return case(
        (column < bounds[0], -1),
        *[(column < bound, i) for i, bound in enumerate(bounds[1:])],
        else_=len(bounds) - 1,
    )


class day_span(FunctionElement):
    """``day_span(later, earlier)``: whole days between two DATE values, in SQL."""

    type = Integer()
    inherit_cache = True


@compiles(day_span)
def _day_span(element: day_span, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({later} - {earlier})"  # PostgreSQL: date - date is an integer


def add_to_rows(
    connection: Connection,
    table: Table,
    keys: list[str],
    rows: list[dict],
    add: list[str],
    larger: tuple[str, ...] = (),
) -> None:
    """Insert each row, or add its ``add`` columns to the row with the same ``keys`` (and keep
    the larger of the ``larger`` columns): one INSERT … ON CONFLICT on SQLite and PostgreSQL."""
    if not rows:
        return
    statement: postgresql.Insert | sqlite.Insert = (
        postgresql.insert(table)
        if connection.dialect.name == "postgresql"
        else sqlite.insert(table)
    )
    new = statement.excluded
    bigger = func.greatest if connection.dialect.name == "postgresql" else func.max
    changes = {c: table.c[c] + new[c] for c in add} | {
        c: bigger(table.c[c], new[c]) for c in larger
    }
    connection.execute(statement.on_conflict_do_update(index_elements=keys, set_=changes), rows)


@compiles(day_span, "sqlite")
def _day_span_sqlite(element: day_span, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(ROUND(julianday({later}) - julianday({earlier})) AS INTEGER)"


_BUSY_MS = "loyalty_busy_ms"  # the busy timeout a pooled SQLite connection has now


def _configure_sqlite(engine: Engine, readonly: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (pysqlite's own is unreliable).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if not readonly:  # a read-only connection takes the file's journal mode as it is
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()
        record.info[_BUSY_MS] = BUSY_TIMEOUT_MS

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writing transaction takes the write lock up front, so two tills on one file queue
        # up on the busy timeout instead of failing when a read lock cannot be upgraded.
        options = conn.get_execution_options()
        busy_ms = int(options.get("loyalty_busy_ms", BUSY_TIMEOUT_MS))
        if conn.info.get(_BUSY_MS) != busy_ms:  # set per connection, again only when it changes
            conn.exec_driver_sql(f"PRAGMA busy_timeout={busy_ms}")
            conn.info[_BUSY_MS] = busy_ms
        reading = readonly or options.get("loyalty_readonly")
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def _configure_postgres(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writing transaction takes its till's chain lock first of all (see chain.lock_chain).
        options = conn.get_execution_options()
        till = options.get("loyalty_till")
        if till and not options.get("loyalty_readonly"):
            chain.lock_chain(conn, till)


DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _damage_found(exc: DriverError) -> bool:
    """SQLite says the file is damaged ("database disk image is malformed")."""
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in DAMAGE_CODES


def _first_line(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


# What the PostgreSQL driver says when it cannot log in or reach the server (patterns of its
# message), as a reason code. The server's own words may be in its language: what is not
# recognised is shown as its first line.
_SERVER_PROBLEMS = (
    ("password_needed", r"no password supplied"),
    (
        "wrong_login",
        r"password authentication failed|no pg_hba\.conf entry|role \".*\" does not exist",
    ),
    ("no_such_database", r"database \".*\" does not exist"),
    (
        "server_unreachable",
        r"connection refused|failed to resolve host|could not translate host name|timeout expired"
        r"|no route to host|network is unreachable|server closed the connection"
        r"|connection is (lost|closed)",
    ),
)


def _server_problem(exc: SQLAlchemyError) -> dict[str, str]:
    """A connection failure as a DatabaseError's reason and its parameters."""
    text = str(getattr(exc, "orig", None) or exc)
    for reason, pattern in _SERVER_PROBLEMS:
        if re.search(pattern, text, re.IGNORECASE):
            return {"reason": reason, "detail": text.split("failed: ")[-1].splitlines()[0]}
    return {"reason": "detail", "detail": text.splitlines()[0]}


def _connection_lost(exc: OperationalError) -> bool:
    """The server went away (killed, restarted, the network cut), not a refusal of the
    statement: SQLAlchemy's own disconnect test, or a driver failure with no SQL state."""
    if exc.connection_invalidated:
        return True
    orig = getattr(exc, "orig", None)
    return (
        orig is not None
        and not isinstance(orig, sqlite3.Error)
        and (
            getattr(orig, "sqlstate", None) is None or str(orig.sqlstate).startswith(("08", "57P"))
        )
    )


def masked_url(url: str) -> str:
    """The URL as every message and screen shows it: its password as ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(not a database URL)"  # it may still hold a password: never echo it


def _missing_driver(url: str, exc: ImportError) -> DatabaseError:
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        return DatabaseError(url=masked_url(url), reason="postgres_driver")
    return DatabaseError(
        url=masked_url(url), reason="no_driver", driver=parsed.drivername, module=exc.name or exc
    )


def _note_written_tables(engine: Engine) -> None:
    """Every INSERT, UPDATE and DELETE a session runs — flushed objects, ``session.execute``
    and statements on its connection alike — adds its table to the session's ``WRITTEN`` set."""

    @event.listens_for(engine, "before_execute")
    def _on_execute(
        _conn: Connection, statement: Executable, _multi: object, _params: object, options: dict
    ) -> None:
        written = options.get(WRITTEN)
        if written is not None and isinstance(statement, UpdateBase):
            written.update(table.name for table in find_tables(statement.table))


def create_db_engine(
    url: str, readonly_uri: str | None = None, *, connect_timeout: int = CONNECT_TIMEOUT_S
) -> Engine:
    """An engine for ``url``; ``readonly_uri`` (SQLite): connect read-only through this URI.
    ``connect_timeout``: seconds a server gets to answer (PostgreSQL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        connect_args = (
            {"connect_timeout": connect_timeout}
            if parsed.get_backend_name() == "postgresql"
            else {}
        )
        try:
            engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        except ImportError as exc:  # SQLAlchemy imports the driver here
            raise _missing_driver(url, exc) from None
        _configure_postgres(engine)
        _note_written_tables(engine)
        return engine
    timeout = BUSY_TIMEOUT_MS / 1000
    if readonly_uri is not None:
        engine = create_engine(
            url,  # kept as the engine's own, so everyone sees which file this is
            creator=lambda: sqlite3.connect(
                readonly_uri, uri=True, timeout=timeout, check_same_thread=False
            ),
        )
    else:
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": timeout})
    _configure_sqlite(engine, readonly_uri is not None)
    _note_written_tables(engine)
    return engine


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases and in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def holds_no_shop(path: Path) -> bool:
    """Absent or zero bytes: nothing to open (an empty file is how a failed copy looks)."""
    return not path.exists() or path.stat().st_size == 0


HEADER = struct.Struct(">16sH6xII")  # magic, page size; at 24: change counter, page count
HEADER_VALID_FOR = struct.Struct(">I")  # at 92: the change counter the page count is valid for


def _cut_short(path: Path) -> str | None:
    """A file shorter than its header says (a copy that stopped half-way). Only judged with no
    WAL beside it: a checkpoint cut off by a crash is finished from the WAL on the next open."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    with path.open("rb") as file:
        head = file.read(100)
    if len(head) < 100:
        return "file is not a database"
    _magic, page_size, counter, pages = HEADER.unpack_from(head)
    (valid_for,) = HEADER_VALID_FOR.unpack_from(head, 92)
    expected = pages * (65536 if page_size == 1 else page_size)
    size = path.stat().st_size
    if pages and counter == valid_for and size < expected:
        return f"the file is cut short: {size} of {expected} bytes"
    return None


def _first_look(conn: sqlite3.Connection, path: Path) -> list[str]:
    """What shows at once, without reading every page: not a database, a schema that cannot be
    read, a file cut short."""
    if short := _cut_short(path):
        return [short]
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return []


def _quick_check(
    path: Path,
    uri: str | None = None,
    *,
    full: bool = True,
    opened: Callable[[sqlite3.Connection | None], None] | None = None,
) -> None:
    """SQLite's own fast check of the file (``uri``: open it that way, read-only); not ``full``:
    only its first look (``_first_look``), which reads the header and the schema. ``opened``
    is given the connection while the check runs (its ``interrupt()`` stops the check with an
    OperationalError), then None."""
    try:
        with closing(sqlite3.connect(uri or str(path), uri=uri is not None)) as conn:
            if opened is not None:
                opened(conn)
            try:
                problems = (
                    [row for (row,) in conn.execute("PRAGMA quick_check") if row != "ok"]
                    if full
                    else _first_look(conn, path)
                )
            finally:
                if opened is not None:
                    opened(None)
    except sqlite3.OperationalError:
        raise  # cannot open or locked: not a verdict on the file
    except sqlite3.DatabaseError as exc:  # not a database, malformed
        problems = [str(exc)]
    if problems:
        raise DatabaseDamaged(path=str(path), detail=problems[0])


def verify_sqlite(path: Path, *, readonly: bool, full: bool = True) -> str | None:
    """Refuse a damaged file before anything reads or writes it (not ``full``: what its first
    look finds; the rest is ``Database.check_storage``'s). Returns the URI a read-only
    open connects through: ``mode=ro``, or on read-only media, where SQLite cannot make the
    WAL's -shm side file, ``immutable=1`` (no locks, no side files; a -wal there is not read)."""
    try:
        if not readonly:
            _quick_check(path, full=full)
            return None
        uri = f"{path.resolve().as_uri()}?mode=ro"
        try:
            _quick_check(path, uri)
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_CANTOPEN:
                raise
            uri += "&immutable=1"
            _quick_check(path, uri)
        return uri
    except sqlite3.OperationalError as exc:
        raise DatabaseError(url=str(path), reason="detail", detail=str(exc)) from exc


@dataclass
class Database:
    """An open database and the till that works on it."""

    url: str
    engine: Engine
    till_id: str
    readonly: bool = False  # opened read-only: every session reads, none takes the write lock
    # Opened with ``check_later``: SQLite's check of every page is still to run (check_storage).
    unchecked: bool = False
    damage: DatabaseDamaged | None = None  # what check_storage found: no session opens now
    _disposed: threading.Event = field(default_factory=threading.Event, repr=False)
    _checking: sqlite3.Connection | None = field(default=None, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url)

    @contextmanager
    def session(self, *, readonly: bool = False, busy_ms: int | None = None) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any exception.

        ``busy_ms``: how long to wait for another till's write lock (the GUI thread waits
        less than a background job). Database failures come out as typed errors; what the
        transaction wrote is ``changes_made(session)``."""
        if self.damage is not None:
            raise DatabaseDamaged(**self.damage.params)
        readonly = readonly or self.readonly
        written: set[str] = set()
        bind = self.engine.execution_options(
            loyalty_readonly=readonly,
            loyalty_busy_ms=busy_ms or BUSY_TIMEOUT_MS,
            loyalty_till=self.till_id,
            **{WRITTEN: written},
        )
        with Session(bind, expire_on_commit=False, info={WRITTEN: written}) as session:
            try:
                yield session
                if not readonly:
                    session.commit()
                # A read-only scope just closes: its transaction ends with the connection, and
                # the objects it loaded stay readable (a rollback would expire them).
            except OperationalError as exc:
                session.rollback()
                if _connection_lost(exc):
                    raise ConnectionLost() from exc
                if any(word in str(exc.orig) for word in ("locked", "busy", "lock timeout")):
                    raise DatabaseBusy() from exc
                raise DatabaseError(
                    url=self.display_name(), reason="detail", detail=_first_line(exc)
                ) from exc
            except IntegrityError as exc:
                session.rollback()
                raise DatabaseError(url=self.display_name(), reason="concurrent_change") from exc
            except DriverError as exc:
                session.rollback()
                if _damage_found(exc):  # a page SQLite found broken on this action's way
                    raise DatabaseDamaged(
                        path=self.display_name(), detail=_first_line(exc)
                    ) from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def check_storage(self) -> None:
        """SQLite's check of every page of a file opened with ``check_later`` (a large shop:
        seconds to minutes of reading; the GUI runs it in a worker once its window is shown).
        Damage found is raised as DatabaseDamaged, and from then on every session refuses
        with it, so nothing more is written to the file (and the engine lets the file go, for a
        backup to be put in its place). ``dispose`` stops a check still running (the app
        closing): it ends with a DatabaseError and no verdict, and runs again next time."""
        path = self.sqlite_path
        if not self.unchecked or path is None:
            return
        try:
            _quick_check(path, opened=self._check_running)
        except DatabaseDamaged as damage:
            self.damage = damage
            self.engine.dispose()
            raise
        except sqlite3.OperationalError as exc:  # locked, or stopped: not a verdict on the file
            raise DatabaseError(url=str(path), reason="detail", detail=str(exc)) from exc
        self.unchecked = False

    def display_name(self) -> str:
        return str(self.sqlite_path) if self.sqlite_path else masked_url(self.url)

    def _check_running(self, conn: sqlite3.Connection | None) -> None:
        if conn is not None and self._disposed.is_set():
            raise sqlite3.OperationalError("interrupted")  # put away before the check began
        self._checking = conn

    def dispose(self) -> None:
        """Done with the shop: its connections closed, a check still reading it stopped."""
        self._disposed.set()
        if (checking := self._checking) is not None:
            with suppress(sqlite3.ProgrammingError):  # it has just finished and closed
                checking.interrupt()
        self.engine.dispose()


def changes_made(session: Session) -> Change:
    """The kinds of data a ``Database.session`` scope's transaction wrote."""
    return change_of(session.info.get(WRITTEN, ()))


def storage_problems(conn: Connection, full: bool = False) -> list[str]:
    """The database engine's own consistency checks (SQLite: page structure, foreign keys;
    ``full``: every index against its table too, ten times slower on a large shop)."""
    if conn.dialect.name != "sqlite":
        return []
    pragma = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
    problems = [row for row in conn.exec_driver_sql(pragma).scalars() if row != "ok"]
    problems += [
        f"{table} row {rowid} points at a missing {parent}"
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check")
    ]
    return problems


MIGRATIONS = ("store", "migrations")
VERSION_TABLE = "alembic_version"  # where alembic keeps the schema's revision


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resource_path(*MIGRATIONS)))
    return cfg


# A script's ``revision = "…"`` and ``down_revision = …`` lines (annotated or not).
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+)$", re.MULTILINE)


def _script_revisions(path: Path) -> tuple[str, set[str]]:
    """A migration script's ``revision`` and the revisions it follows (``down_revision``)."""
    found = {
        name: ast.literal_eval(value)
        for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8"))
    }
    down = found.get("down_revision") or ()  # None for the first, a tuple after a merge
    return found["revision"], {down} if isinstance(down, str) else set(down)


@cache  # the scripts do not change while the program runs
def head_revision() -> str | None:
    """The newest revision: the one no script follows (read from the scripts' lines as alembic
    reads them, without importing it, so that opening a shop at head needs no alembic)."""
    scripts = sorted(resource_path(*MIGRATIONS, "versions").glob("*.py"))
    revisions = dict(_script_revisions(path) for path in scripts)
    followed = set().union(*revisions.values())
    heads = [revision for revision in revisions if revision not in followed]
    if len(heads) > 1:  # alembic's own message for a history with two heads
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config()).get_current_head()
    return heads[0] if heads else None


def current_revision(engine: Engine) -> str | None:
    """The revision the schema is at, from alembic's version table (None: an empty database)."""
    with engine.connect().execution_options(loyalty_readonly=True) as conn:  # no write lock
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar_one_or_none()


def backup_sqlite(source: Path, destination: Path) -> None:
    """A consistent copy of a live SQLite file through SQLite's online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(destination)) as dst:
        src.backup(dst)


def known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def newer_than_program(db: Database, revision: str) -> DatabaseError:
    return DatabaseError(url=db.display_name(), reason="schema_newer", revision=revision)


@dataclass(frozen=True)
class Upgrade:
    """A schema brought to head: the revision it was at (None: an empty database) and the backup
    taken first, if there was anything to lose."""

    from_revision: str | None
    backup: Path | None

    def needs_rollups(self) -> bool:
        """The report's rollups were only filled from revision ``ROLLUPS_REVISION`` on."""
        return self.from_revision is not None and self.from_revision < ROLLUPS_REVISION


def migrate(db: Database) -> Upgrade | None:
    """Bring the schema to head; None when it already was."""
    head = head_revision()
    current = current_revision(db.engine)
    if current == head:
        return None
    if current is not None and not known_revision(current):
        raise newer_than_program(db, current)
    db.check_storage()  # a schema change rewrites tables: never on a file not checked whole
    backup = None
    path = db.sqlite_path
    if path is not None and path.exists() and inspect(db.engine).get_table_names():
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.name}.before-{head}-{stamp}.bak")
        backup_sqlite(path, backup)
    with db.engine.begin() as conn:
        upgrade_schema(conn)
    return Upgrade(current, backup)


def upgrade_schema(conn: Connection) -> None:
    """Bring the schema to head inside the caller's transaction (PostgreSQL's DDL is
    transactional: a failure later in it leaves the database as it was)."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    """Driver and engine failures while opening a shop, as one clear DatabaseError."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise DatabaseError(url=masked_url(url), **_server_problem(exc)) from exc
    except sqlite3.Error as exc:
        raise DatabaseError(url=masked_url(url), reason="detail", detail=str(exc)) from exc


def connect(
    url: str, *, till_id: str | None = None, readonly: bool = False, check_later: bool = False
) -> Database:
    """Connect and check a SQLite file for damage; the schema is left as it is (opening a shop
    for work — migrating it and what the services keep — is ``services.opening.open_shop``).
    ``readonly``: never write, never take the write lock (a backup on a locked USB stick).
    ``check_later``: only the check's first look now (the header, the schema, the file's
    length: milliseconds at any size); the check of every page is ``Database.check_storage``,
    which a schema change runs first."""
    path = sqlite_file(url)
    if readonly and path and holds_no_shop(path):
        raise DatabaseError(url=str(path), reason="no_database")
    if path and not readonly and (kind := network_filesystem(path)):
        raise DatabaseError(url=str(path), reason="network_drive", kind=kind)
    later = check_later and not readonly and path is not None and not holds_no_shop(path)
    with database_errors(url):
        uri = (
            verify_sqlite(path, readonly=readonly, full=not later)
            if path and not holds_no_shop(path)
            else None
        )
        return Database(
            url=url,
            engine=create_db_engine(url, uri),
            till_id=till_id or config.till_id(),
            readonly=readonly,
            unchecked=later,
        )
