"""CSV import of members and sales (DESIGN.md §5): all-or-nothing, with a dry run and a
skip-bad mode that writes the refused rows to a reject file.

Every row is checked and every problem is listed (line, column, reason) before anything is
kept. A large import commits in batches so the tills get the write lock between them (a sale
waits at most one batch), and stays all or nothing all the same: each batch notes the rows it
added on the import's ``import_run`` row, and a refused file, an error part-way or a crash
(found on the next start, ``recover_imports``) deletes them all again. A dry run is one
transaction, rolled back.
"""

from __future__ import annotations

import json
import os
import re
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Table, delete, func, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped
from sqlmodel import Session, SQLModel, col, select

from loyalty_desktop.core.clock import (
    ensure_not_future,
    local_day,
    parse_date,
    parse_timestamp,
    to_utc,
    utcnow,
)
from loyalty_desktop.core.errors import (
    ImportFailed,
    InvalidAmount,
    InvalidCard,
    InvalidInput,
    LoyaltyError,
)
from loyalty_desktop.core.limits import check_points
from loyalty_desktop.core.money import parse_amount
from loyalty_desktop.services import audit, cards, ledger, notes, rollups
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import expiry_for
from loyalty_desktop.services.csv_io import CsvTable, RowProblem, read_csv, write_csv
from loyalty_desktop.services.earning import earn
from loyalty_desktop.services.items import ItemLine, check_lines, save_item, write_lines
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.members import Enrolment, enrol, enrol_many, normalise_phone
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rules import load_rules, rules_timeline
from loyalty_desktop.services.tiers import tier_at, tier_history, upgrade_qualified
from loyalty_desktop.store import chain
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import (
    AuditEntry,
    EntryKind,
    ImportRun,
    Member,
    MemberStatus,
    Sale,
    TierChange,
)
from loyalty_desktop.store.models.base import saved_id, table_of

Progress = Callable[[int, int], None]
T = TypeVar("T")
MEMBER_COLUMNS = (
    "card",
    "name",
    "phone",
    "birthday",
    "enrolled_at",
    "marketing_consent",
    "tags",
    "points",
)
SALE_COLUMNS = ("receipt", "card", "phone", "timestamp", "amount")
# The optional items file of a sales import: a sale's lines, by its receipt.
ITEM_COLUMNS = ("receipt", "code", "name", "category", "quantity", "unit_price")
ITEM_LIST_COLUMNS = ("code", "name", "category", "barcode", "price")  # the shop's item list
# Other names for the columns: the Chinese words of DESIGN.md §8 (Excel on Chinese Windows),
# and the members export's "balance", so that an export imports back with its points.
COLUMN_ALIASES = {
    "卡号": "card",
    "姓名": "name",
    "手机": "phone",
    "手机号": "phone",
    "生日": "birthday",
    "入会时间": "enrolled_at",
    "同意营销": "marketing_consent",
    "标签": "tags",
    "积分": "points",
    "balance": "points",
    "小票号": "receipt",
    "时间": "timestamp",
    "金额": "amount",
    "商品编码": "code",
    "商品名称": "name",
    "品类": "category",
    "数量": "quantity",
    "单价": "unit_price",
    "条码": "barcode",
    "价格": "price",
}
# Excel's own way of writing a date (1980/1/2) or a time (2026/11/22 9:15).
_EXCEL_WHEN = re.compile(r"^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(:\d{2})?)?$")
_GROUPED = re.compile(r"^[-¥￥]?\d{1,3}(,\d{3})+(\.\d+)?$")  # "1,280.00"
_YES = {"yes", "y", "1", "true", "是", "同意"}
_NO = {"no", "n", "0", "false", "否", "不同意", ""}
# Each batch is one transaction, sized by the time the last one held the write lock: a till
# waits at most about BATCH_SECONDS for it, however fast or slow the shop writes.
BATCH_SECONDS = 0.3
BATCH = 50_000  # rows per transaction at most
# The first batch's rows, small enough for a slow shop on a busy PC; later ones follow its pace.
FIRST_BATCH = 500  # sales
MEMBER_BATCH = 500  # members (one multi-row INSERT a batch)
MEMBER_REVIEW_BATCH = 200  # members settled after a sales import (their history read)
# Between batches the lock is left free long enough for a till waiting in SQLite's busy handler
# to wake and take it. The handler sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50 ms between
# its first retries, then 100 ms each time (sqliteDefaultBusyCallback): a till that began
# waiting during a batch sleeps at most as long as the step its wait has reached.
BUSY_STEPS_MS = (1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100)
BATCH_PAUSE_S = 0.1  # the longest step: what a till waiting longer than 228 ms sleeps
WAKE_MARGIN_S = 0.01  # a till's process on a busy PC wakes a little after its sleep ends
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL: a NOWAIT lock another transaction holds
LOCK_RETRY_S = 0.02
ABANDONED_AFTER = timedelta(minutes=10)  # an import on another machine silent this long died
# The audit line of an import taken back while other rows followed its own. Its rows of the
# append-only tables are the only ones ever deleted (the triggers allow it while the import's
# run is open), and the line keeps the chain links their deletion leaves, so that the check
# tells them from rows deleted by hand.
UNDONE = "import.undone"


@dataclass
class ImportReport:
    kind: str
    file: str
    encoding: str
    rows: int
    imported: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    rejected_file: str | None = None
    members_created: int = 0
    points_awarded: int = 0

    def as_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["problems"] = [p.as_dict() for p in self.problems]
        return data


@dataclass(frozen=True)
class ImportOptions:
    encoding: str = "auto"
    dry_run: bool = False
    skip_bad: bool = False
    reject_path: Path | None = None
    progress: Progress | None = None
    enrolment_bonus: bool = False  # imported members are not new: no bonus unless asked


def _row_problem(line: int, exc: LoyaltyError) -> RowProblem:
    return RowProblem(line=line, column=str(exc.params.get("field", "")), error=exc)


def _check_shape(table: CsvTable, raw: list[str]) -> None:
    """A row with more values than the header has columns (an unquoted comma in a name, say)
    would otherwise lose the extra values silently and shift nothing we could notice."""
    extra = raw[len(table.header) :]
    if any(v.strip() for v in extra):
        raise InvalidInput(field="", reason="row_width", values=len(raw), columns=len(table.header))


def _require(table: CsvTable, *alternatives: tuple[str, ...]) -> None:
    twice = sorted({name for name, n in Counter(table.header).items() if n > 1 and name})
    if twice:
        # Which of the two would count? Refuse rather than silently keep the last one.
        pairs = zip(table.original_header, table.header, strict=True)
        named = sorted({original.strip() for original, name in pairs if name in twice})
        columns, spelt = ", ".join(twice), ", ".join(named)
        if len(named) > len(twice):  # an alias
            raise InvalidInput(field="file", reason="column_twice_as", columns=columns, spelt=spelt)
        raise InvalidInput(field="file", reason="column_twice", columns=columns)
    for names in alternatives:
        if not any(name in table.header for name in names):
            raise InvalidInput(field="file", reason="column_missing", names=" or ".join(names))


def _unknown(table: CsvTable, known: tuple[str, ...]) -> list[str]:
    return [
        name or f"(column {position} has no name)"
        for position, name in enumerate(table.header, 1)
        if name not in known
    ]


def _consent(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InvalidInput(field="marketing_consent", reason="not_yes_no", text=text)


def _excel_when(text: str) -> str:
    """Excel's 1980/1/2 and 2026/11/22 9:15 as the ISO text the clock's parsers read; any
    other text unchanged (for them to accept or refuse)."""
    match = _EXCEL_WHEN.match(text.strip())
    if not match:
        return text
    year, _sep, month, day, hour, minute, seconds = match.groups()
    iso = f"{year}-{int(month):02d}-{int(day):02d}"
    return iso if hour is None else f"{iso} {int(hour):02d}:{minute}{seconds or ''}"


def _ungrouped(text: str) -> str:
    """Without the thousands separators of Excel's number formats: 1,280.00 -> 1280.00."""
    value = text.strip()
    return value.replace(",", "") if _GROUPED.match(value) else text


def _date(text: str, column: str) -> date:
    return parse_date(_excel_when(text), field=column)


def _when(text: str, zone: ZoneInfo, column: str) -> datetime:
    """A timestamp in shop time; a date alone means the start of that day."""
    value = _excel_when(text).strip()
    at = (
        to_utc(datetime.combine(parse_date(value, field=column), datetime.min.time()), zone)
        if len(value) == 10
        else parse_timestamp(value, zone, field=column)
    )
    ensure_not_future(at, field=column)
    return at


def _int(text: str, column: str) -> int:
    try:
        return int(_ungrouped(text).strip() or 0)
    except ValueError:
        raise InvalidInput(field=column, reason="not_whole", text=text) from None


def _finish(
    report: ImportReport,
    table: CsvTable,
    options: ImportOptions,
    writer: _Writer,
    last: Callable[[Session], None],
) -> ImportReport:
    """Keep or drop the work according to the mode; write the reject file in skip-bad mode.
    ``last``: the import's closing writes (audit, tiers), done with its last batch."""
    report.problems.sort(key=lambda p: p.line)
    if options.dry_run:
        return report  # the writer rolls the one transaction back
    if report.problems and not options.skip_bad:
        raise ImportFailed(report.problems, file=table.path.name)  # the writer undoes it all
    if report.problems:
        reject = options.reject_path or table.path.with_suffix(".rejected.csv")
        reasons: dict[int, list[str]] = {}
        for p in report.problems:
            reasons.setdefault(p.line, []).append(p.describe())
        width = len(table.original_header)
        # Short rows are padded so the error always lands in the "error" column; values beyond
        # the header (a row refused for them) follow it.
        bad = [
            [*raw[:width], *[""] * (width - len(raw)), "; ".join(reasons[line]), *raw[width:]]
            for line, _row, raw in table.rows
            if line in reasons
        ]
        header = [*table.original_header, "error"]
        write_csv(reject, header, bad, database=writer.db.sqlite_path)
        report.rejected_file = str(reject)
    writer.finish(last)
    return report


def _member_row(
    row: dict[str, str], zone: ZoneInfo, options: ImportOptions
) -> tuple[Enrolment, int]:
    return Enrolment(
        name=row.get("name", ""),
        phone=row.get("phone", "").strip() or None,
        birthday=_date(row["birthday"], "birthday") if row.get("birthday", "").strip() else None,
        marketing_consent=_consent(row.get("marketing_consent", "")),
        card=row.get("card", "").strip() or None,
        tags=row.get("tags", ""),
        enrolled_at=_when(row["enrolled_at"], zone, "enrolled_at")
        if row.get("enrolled_at", "").strip()
        else None,
        bonus=options.enrolment_bonus,
    ), _int(row.get("points", ""), "points")


def _begin(
    db: Database,
    actor: Actor,
    path: str | Path,
    options: ImportOptions,
    kind: str,
    columns: tuple[str, ...],
    *required: tuple[str, ...],
) -> tuple[CsvTable, ZoneInfo, ImportReport]:
    """Read and check the file (an import writes members and points: the owner's)."""
    with db.session(readonly=True) as session:
        require(session, actor, Action.IMPORT_DATA)
        zone = load_rules(session).zone
    table = read_csv(path, options.encoding, COLUMN_ALIASES)
    _require(table, *required)
    report = ImportReport(
        kind=kind,
        file=str(path),
        encoding=table.encoding,
        rows=len(table.rows),
        dry_run=options.dry_run,
        unknown_columns=_unknown(table, columns),
    )
    return table, zone, report


# --- writing in batches, all or nothing ---------------------------------------------------------


@cache
def _tracked() -> list[Table]:
    """The tables whose rows have an integer ``id``, parents first: what a batch can add."""
    return [
        t
        for t in SQLModel.metadata.sorted_tables
        if list(t.primary_key.columns.keys()) == ["id"] and t.name != ImportRun.__tablename__
    ]


def _hold_off_other_tills(session: Session) -> None:
    """PostgreSQL: keep the other tills' inserts out for the batch (SQLite's write lock does
    that), so the ids between the batch's first and last are all its own. The tables are locked
    one by one, so waiting for one while a till's sale holds it and waits for another would
    deadlock: take them all at once or none (NOWAIT in a savepoint), and try again shortly."""
    names = ", ".join(t.name for t in _tracked())
    while True:
        try:
            with session.begin_nested():
                session.connection().exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE NOWAIT")
            return
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
                raise
            time.sleep(LOCK_RETRY_S)


def _last_ids(session: Session) -> dict[str, int]:
    """Each tracked table's highest id, in one statement."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _hold_off_other_tills(session)
    tables = _tracked()
    highest = select(*(select(func.max(t.c.id)).scalar_subquery() for t in tables))
    lasts = connection.execute(highest).one()
    return {t.name: last or 0 for t, last in zip(tables, lasts, strict=True)}


def pause_for(waited_s: float) -> float:
    """How long to leave the write lock free for a till that may have been waiting up to
    ``waited_s``: the step of SQLite's busy handler it may be sleeping (``BUSY_STEPS_MS``) and
    the margin, at most the longest step."""
    slept_ms = 0.0
    for step in BUSY_STEPS_MS:
        if slept_ms + step > waited_s * 1000:
            break
        slept_ms += step
    return min(BATCH_PAUSE_S, step / 1000 + WAKE_MARGIN_S)


def _this_process() -> tuple[str, int]:
    return socket.gethostname()[:255], os.getpid()


class _Writer:
    """Runs an import's writes in batches, one transaction each, noting on its ``import_run``
    row the ids each batch added. A dry run (``dry``) writes in one transaction instead."""

    def __init__(self, db: Database, run_id: int | None, dry: Session | None = None) -> None:
        self.db, self.run_id, self.dry = db, run_id, dry
        self.batches = 0
        self.held_s = 0.0  # how long the last batch held the write lock
        # Since when a till may have been waiting: the first batch, or the end of the last pause
        # long enough for any till to wake in it.
        self.busy_since = 0.0

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """One batch of writes, committed on its own after a pause that lets a waiting till
        take the write lock first."""
        if self.dry is not None:
            yield self.dry
            return
        if self.batches:
            self._pause()
        else:
            self.busy_since = time.perf_counter()
        started = time.perf_counter()
        with self.db.session() as session:
            before = _last_ids(session)
            yield session
            session.flush()
            after = _last_ids(session)
            run = session.get_one(ImportRun, self.run_id)
            written = json.loads(run.written)
            for name, last in after.items():
                if last > before[name]:
                    written.setdefault(name, []).append([before[name] + 1, last])
            run.written = json.dumps(written)
            run.heartbeat_at = utcnow()
        self.batches += 1
        self.held_s = time.perf_counter() - started

    def _pause(self) -> None:
        """Free the lock as long as a till waiting since ``busy_since`` may sleep: short after
        short batches, the longest step once the lock has been held that long. A till that
        overslept a short pause has waited since before it, so the next pause is as long as
        that whole wait requires."""
        pause = pause_for(time.perf_counter() - self.busy_since)
        time.sleep(pause)
        if pause >= BATCH_PAUSE_S:
            self.busy_since = time.perf_counter()

    def sized(self, items: list[T], first: int, most: int) -> Iterator[list[T]]:
        """``items`` in consecutive slices, one for each batch the caller runs on it: ``first``
        items, then as many as the last batch's pace fits in ``BATCH_SECONDS`` (batches slow
        down as the tables grow, and on a busy PC), at most ``most`` and four times the last."""
        start, size = 0, first
        while start < len(items):
            part = items[start : start + size]
            start += len(part)
            yield part
            fits = int(len(part) * BATCH_SECONDS / max(self.held_s, 0.001))
            size = max(1, min(most, 4 * len(part), fits))

    def finish(self, last: Callable[[Session], None]) -> None:
        """The closing writes, in the transaction that ends the import's run."""
        with self.db.session() as session:
            last(session)
            session.execute(delete(ImportRun).where(col(ImportRun.id) == self.run_id))


@contextmanager
def _writing(db: Database, kind: str, file: str, dry_run: bool) -> Iterator[_Writer]:
    """An import's writer; leaving with an exception deletes all it wrote (a dry run's one
    transaction is always rolled back)."""
    if dry_run:
        with db.session() as session:
            try:
                yield _Writer(db, None, session)
            finally:
                session.rollback()
        return
    host, pid = _this_process()
    now = utcnow()
    with db.session() as session:
        run = ImportRun(
            kind=kind, file=file[:255], host=host, pid=pid, started_at=now, heartbeat_at=now
        )
        session.add(run)
        session.flush()
        run_id = run.id
    try:
        yield _Writer(db, run_id)
    except BaseException:
        undo_import(db, run_id)
        raise


def undo_import(db: Database, run_id: int | None) -> None:
    """Delete every row an unfinished import added, and put back what they changed: the
    members' tiers, balances and usual gaps, and the report's rollups. When rows of the till's
    own came after the import's, an audit line keeps the chain links the deletion leaves. One
    transaction."""
    with db.session() as session:
        run = session.get(ImportRun, run_id)
        if run is None:
            return
        written: dict[str, list[list[int]]] = json.loads(run.written)
        tables = [t for t in _tracked() if t.name in written]
        _restore_tiers(session, written)
        touched: set[int] = set()
        for table in tables:
            if "member_id" in table.c and table.name != Member.__tablename__:
                for rows in _ranges(table, written):
                    found = select(table.c.member_id).where(rows).distinct()
                    touched.update(mid for mid in session.execute(found).scalars() if mid)
        gaps = {
            table.name: chain.gaps_left_by(session.connection(), table, written[table.name])
            for table in tables
            if table.name in chain.APPEND_ONLY
        }
        for table in reversed(tables):  # children first
            for rows in _ranges(table, written):
                session.execute(delete(table).where(rows))
        session.delete(run)
        if any(gaps.values()):  # rows of a till's own came after the import's: keep the links
            audit.record_by_program(session, db.till_id, UNDONE, run.file, gaps=gaps)
        members = table_of(Member)
        survivors: list[int] = []
        for part in id_chunks(touched):
            survivors += session.exec(select(members.c.id).where(members.c.id.in_(part))).all()
            ledger.recount_balances(session, part)
        rollups.rebuild(session)
        rollups.refresh_usual_gaps(session, survivors)


def undone_gaps(session: Session) -> dict[str, set[tuple[str, str]]]:
    """Per append-only table, the chain links that taking back imports left (for the check)."""
    found: dict[str, set[tuple[str, str]]] = {name: set() for name in chain.APPEND_ONLY}
    lines = select(AuditEntry.detail).where(AuditEntry.action == UNDONE)
    for detail in session.exec(lines):
        for name, pairs in json.loads(detail).get("gaps", {}).items():
            found.setdefault(name, set()).update((before, after) for before, after in pairs)
    return found


def _ranges(table: Table, written: dict[str, list[list[int]]]) -> Iterator[ColumnElement[bool]]:
    """The rows of ``table`` an import's batches added, a batch at a time."""
    for first, last in written[table.name]:
        yield table.c.id.between(first, last)


def _restore_tiers(session: Session, written: dict[str, list[list[int]]]) -> None:
    """Members go back to the tier they had before the import's first tier change."""
    changes = table_of(TierChange)
    if changes.name not in written:
        return
    first: dict[int, str] = {}
    for rows in _ranges(changes, written):
        found = select(changes.c.member_id, changes.c.previous).where(rows).order_by(changes.c.id)
        for member_id, previous in session.execute(found):
            first.setdefault(member_id, previous)
    members = table_of(Member)
    for member_id, tier in first.items():
        session.execute(update(members).where(members.c.id == member_id).values(tier=tier))


def _gone(pid: int) -> bool:
    """This machine has no process ``pid``. Unknown on Windows (where signal 0 would send
    Ctrl+C): there the heartbeat alone tells."""
    if os.name == "nt":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


def _abandoned(run: ImportRun, now: datetime) -> bool:
    """The process that runs it is gone (this machine), or it has been silent too long."""
    if run.host == _this_process()[0] and _gone(run.pid):
        return True
    return now - run.heartbeat_at.replace(tzinfo=None) > ABANDONED_AFTER


def recover_imports(db: Database) -> int:
    """Take back the imports a crash left half done; returns how many."""
    with db.session(readonly=True) as session:
        runs = list(session.exec(select(ImportRun)))
    now = utcnow().replace(tzinfo=None)
    dead = [run.id for run in runs if _abandoned(run, now)]
    for run_id in dead:
        undo_import(db, run_id)
    return len(dead)


def import_members(
    db: Database, actor: Actor, path: str | Path, options: ImportOptions = ImportOptions()
) -> ImportReport:
    table, zone, report = _begin(
        db, actor, path, options, "members", MEMBER_COLUMNS, ("name",), ("card", "phone")
    )
    rows = list(enumerate(table.rows, 1))
    with _writing(db, "members", table.path.name, options.dry_run) as writer:
        for part in writer.sized(rows, MEMBER_BATCH, BATCH):
            with writer.batch() as session:
                _import_members(session, actor, table, zone, options, report, part)
            if options.progress:
                options.progress(part[-1][0], len(table.rows))

        def last(session: Session) -> None:
            if report.imported:
                audit.record(
                    session, actor, "import.members", table.path.name, rows=report.imported
                )

        return _finish(report, table, options, writer, last)


def _import_members(
    session: Session,
    actor: Actor,
    table: CsvTable,
    zone: ZoneInfo,
    options: ImportOptions,
    report: ImportReport,
    part: list[tuple[int, tuple[int, dict[str, str], list[str]]]],
) -> None:
    """A batch of rows through the one bulk writer (``enrol_many``: the checks of ``enrol``,
    one INSERT), then their opening balances in one ``post_entries``."""
    wanted: list[tuple[int, Enrolment, int]] = []  # line, the enrolment, its points
    for _done, (line, row, raw) in part:
        try:
            _check_shape(table, raw)
            enrolment, points = _member_row(row, zone, options)
            wanted.append((line, enrolment, check_points(points)))  # before the row is written
        except LoyaltyError as exc:
            report.problems.append(_row_problem(line, exc))
    results = enrol_many(session, actor, [enrolment for _line, enrolment, _points in wanted])
    opening: list[ledger.NewEntry] = []
    note = notes.written(notes.OPENING_BALANCE, file=table.path.name)
    for (line, _enrolment, points), member in zip(wanted, results, strict=True):
        if isinstance(member, LoyaltyError):
            report.problems.append(_row_problem(line, member))
            continue
        report.imported += 1
        report.points_awarded += points
        if points:
            opening.append(
                ledger.NewEntry(member.id, EntryKind.IMPORT, points, member.enrolled_at, note=note)
            )
    ledger.post_entries(session, actor, opening)


@dataclass
class _SaleRow:
    line: int
    receipt: str
    card: str
    phone: str
    at: datetime
    cents: int
    member_id: int | None = None
    items: tuple[ItemLine, ...] = ()


def _parse_sales(
    table: CsvTable, zone: ZoneInfo, report: ImportReport, progress: Progress | None
) -> list[_SaleRow]:
    parsed: list[_SaleRow] = []
    for done, (line, row, raw) in enumerate(table.rows, 1):
        if progress and done % FIRST_BATCH == 0:
            progress(done, len(table.rows))
        try:
            _check_shape(table, raw)
            receipt = row.get("receipt", "").strip()
            if not receipt:
                raise InvalidInput(field="receipt", reason="receipt_required")
            check_length("receipt", receipt, col(Sale.receipt))
            phone = row.get("phone", "").strip()
            parsed.append(
                _SaleRow(
                    line=line,
                    receipt=receipt,
                    card=row.get("card", "").strip(),
                    phone=normalise_phone(phone) if phone else "",
                    at=_when(row.get("timestamp", ""), zone, "timestamp"),
                    cents=_amount(row.get("amount", "")),
                )
            )
        except LoyaltyError as exc:
            report.problems.append(_row_problem(line, exc))
    return parsed


def _item_line(table: CsvTable, row: dict[str, str], raw: list[str]) -> tuple[str, ItemLine]:
    _check_shape(table, raw)
    receipt = row.get("receipt", "").strip()
    if not receipt:
        raise InvalidInput(field="receipt", reason="receipt_required")
    line = ItemLine(
        code=row.get("code", ""),
        name=row.get("name", ""),
        quantity=_int(row.get("quantity", ""), "quantity"),
        unit_price_cents=_amount(row.get("unit_price", ""), "unit_price", allow_zero=True),
        category=row.get("category", ""),
    )
    check_lines([line], line.total_cents)
    return receipt, line


def _with_items(
    path: str | Path, options: ImportOptions, rows: list[_SaleRow], report: ImportReport
) -> list[_SaleRow]:
    """The sales rows with their lines from the items file. A bad line, or one whose receipt
    is not in the sales file, fails the import (its own lines named); a sale whose lines do not
    add up to its amount is a bad sales row, like any other."""
    table = read_csv(path, options.encoding, COLUMN_ALIASES)
    _require(table, ("receipt",), ("code",), ("name",), ("quantity",), ("unit_price",))
    lines: dict[str, list[ItemLine]] = {}
    problems: list[RowProblem] = []
    first_line: dict[str, int] = {}
    for line, row, raw in table.rows:
        try:
            receipt, item = _item_line(table, row, raw)
        except LoyaltyError as exc:
            problems.append(_row_problem(line, exc))
            continue
        lines.setdefault(receipt, []).append(item)
        first_line.setdefault(receipt, line)
    known = {r.receipt for r in rows}
    problems += [
        _row_problem(first_line[receipt], InvalidInput(field="receipt", reason="no_such_receipt"))
        for receipt in lines
        if receipt not in known
    ]
    if problems:
        raise ImportFailed(sorted(problems, key=lambda p: p.line), file=table.path.name)
    kept = []
    for r in rows:
        items = tuple(lines.get(r.receipt, ()))
        try:
            check_lines(items, r.cents)
        except LoyaltyError as exc:
            report.problems.append(_row_problem(r.line, exc))
            continue
        kept.append(replace(r, items=items))
    return kept


def _amount(text: str, column: str = "amount", allow_zero: bool = False) -> int:
    try:
        return parse_amount(_ungrouped(text), allow_zero=allow_zero)
    except InvalidAmount as exc:  # the amount as the file has it, and the column named
        raise InvalidAmount(**{**exc.params, "value": text, "field": column}) from None


def _known(session: Session, column: Mapped[Any], values: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in id_chunks(values):
        # Only active members take sales (as at the till: an anonymised member is not found).
        statement = select(column, col(Member.id)).where(
            column.in_(part), Member.status == MemberStatus.ACTIVE
        )
        found.update({value: mid for value, mid in session.exec(statement)})
    return found


def _duplicate_receipts(
    session: Session, rows: list[_SaleRow], report: ImportReport
) -> list[_SaleRow]:
    counts = Counter(r.receipt for r in rows)
    existing: set[str] = set()
    sales = table_of(Sale)
    for part in id_chunks(counts):
        existing.update(session.exec(select(sales.c.receipt).where(sales.c.receipt.in_(part))))
    kept = []
    for r in rows:
        if r.receipt in existing:
            refusal = InvalidInput(field="receipt", reason="receipt_recorded", receipt=r.receipt)
            report.problems.append(_row_problem(r.line, refusal))
        elif counts[r.receipt] > 1:
            refusal = InvalidInput(
                field="receipt",
                reason="receipt_repeated",
                receipt=r.receipt,
                times=counts[r.receipt],
            )
            report.problems.append(_row_problem(r.line, refusal))
        else:
            kept.append(r)
    return kept


def _resolve_members(
    session: Session,
    actor: Actor,
    rows: list[_SaleRow],
    report: ImportReport,
    create: bool,
    bonus: bool,
) -> list[_SaleRow]:
    by_card = _known(session, col(Member.card), {r.card for r in rows if r.card})
    by_phone = _known(session, col(Member.phone), {r.phone for r in rows if r.phone})
    kept = []
    for r in rows:
        if not r.card and not r.phone:
            kept.append(r)  # walk-in sale
            continue
        card_id, phone_id = by_card.get(r.card), by_phone.get(r.phone)
        if card_id and phone_id and card_id != phone_id:
            refusal = InvalidInput(field="phone", reason="card_phone_differ")
            report.problems.append(_row_problem(r.line, refusal))
            continue
        if (
            card_id is None
            and r.card
            and cards.looks_like_ours(r.card)
            and not cards.check_digit_ok(r.card)
        ):
            # A typo: never match it to someone, never enrol a member with it.
            report.problems.append(_row_problem(r.line, InvalidCard(card=r.card, field="card")))
            continue
        r.member_id = card_id or phone_id
        if r.member_id is None and create:
            try:
                with session.begin_nested():
                    member = enrol(
                        session,
                        actor,
                        Enrolment(
                            name=r.card or r.phone,
                            card=r.card or None,
                            phone=r.phone or None,
                            enrolled_at=r.at,
                            bonus=bonus,
                        ),
                    )
            except LoyaltyError as exc:  # e.g. the card of an anonymised member
                report.problems.append(_row_problem(r.line, exc))
                continue
            report.members_created += 1
            r.member_id = saved_id(member)
            if r.card:
                by_card[r.card] = r.member_id
            if r.phone:
                by_phone[r.phone] = r.member_id
        if r.member_id is None:
            column = "card" if r.card else "phone"
            refusal = InvalidInput(field=column, reason="no_such_member", value=r.card or r.phone)
            report.problems.append(_row_problem(r.line, refusal))
            continue
        kept.append(r)
    return kept


def _earning_rules(
    session: Session, rows: list[_SaleRow]
) -> Callable[[_SaleRow], tuple[int, datetime | None]]:
    """Points and expiry of an imported sale by the rules and the member's tier of its own
    date (rules versions and tier histories read once, not per row)."""
    timeline = rules_timeline(session)
    history = tier_history(session, {r.member_id for r in rows if r.member_id})

    def points_for(row: _SaleRow) -> tuple[int, datetime | None]:
        rules = timeline.at(row.at)
        tier = tier_at(rules, history, row.member_id or 0, row.at)
        earned = earn(rules, row.cents, tier, local_day(row.at, rules.zone)).points
        return earned, expiry_for(rules, row.at) if earned else None

    return points_for


def _write_sales(
    writer: _Writer,
    actor: Actor,
    rows: list[_SaleRow],
    earn_points: bool,
    report: ImportReport,
    progress: Progress | None,
) -> None:
    """Bulk insert, a batch per transaction: sales, their earn entries, the monthly sums and
    the members' balances (each commit leaves balance == ledger for every member)."""
    with writer.db.session(readonly=True) as session:
        points_for = _earning_rules(session, rows) if earn_points else None
        zone = load_rules(session).zone
    for batch in writer.sized(rows, FIRST_BATCH, BATCH):
        earned = [points_for(r) if points_for and r.member_id else (0, None) for r in batch]
        with writer.batch() as session:
            _write_sale_batch(session, actor, batch, earned, zone)
        report.imported += len(batch)
        report.points_awarded += sum(e for e, _expiry in earned)
        if progress:
            progress(report.imported, len(rows))


def _write_sale_batch(
    session: Session,
    actor: Actor,
    batch: list[_SaleRow],
    earned: list[tuple[int, datetime | None]],
    zone: ZoneInfo,
) -> None:
    sale_ids = ledger.insert_sales(
        session,
        actor,
        [
            ledger.NewSale(
                member_id=r.member_id,
                receipt=r.receipt,
                amount_cents=r.cents,
                paid_cents=r.cents,
                points_earned=points,
                created_at=r.at,
                shop_date=local_day(r.at, zone),
            )
            for r, (points, _expiry) in zip(batch, earned, strict=True)
        ],
    )
    write_lines(
        session, actor.till_id, [(i, r.items) for r, i in zip(batch, sale_ids, strict=True)]
    )
    ledger.post_entries(
        session,
        actor,
        [
            ledger.NewEntry(
                member_id=r.member_id,
                kind=EntryKind.EARN,
                points=points,
                created_at=r.at,
                sale_id=sale_id,
                expires_at=expiry,
            )
            for r, (points, expiry), sale_id in zip(batch, earned, sale_ids, strict=True)
            if points and r.member_id is not None
        ],
    )


def _review_members(writer: _Writer, actor: Actor, member_ids: list[int]) -> None:
    """After their sales are in, a batch of members at a time: their months' "returned" and
    usual gap (once per member, not per batch of sales), and the tier their history earns."""
    as_of = utcnow()
    for part in writer.sized(member_ids, MEMBER_REVIEW_BATCH, len(member_ids)):
        with writer.batch() as session:
            rollups.members_changed(session, part)
            upgrade_qualified(session, actor, load_rules(session), part, as_of)


def import_sales(
    db: Database,
    actor: Actor,
    path: str | Path,
    options: ImportOptions = ImportOptions(),
    *,
    earn_points: bool = True,
    create_members: bool = False,
    items: str | Path | None = None,
) -> ImportReport:
    """Sales from CSV, all or nothing (or the good rows with ``skip_bad``); ``items``: an
    optional file of their lines, by receipt (``ITEM_COLUMNS``)."""
    table, zone, report = _begin(
        db, actor, path, options, "sales", SALE_COLUMNS, ("receipt",), ("timestamp",), ("amount",)
    )
    total, tell = len(table.rows), options.progress
    # Progress runs over two passes of the file: checking, then writing.
    checking = (lambda done, _n: tell(done, 2 * total)) if tell else None
    writing = (lambda done, _n: tell(total + done, 2 * total)) if tell else None
    rows = _parse_sales(table, zone, report, checking)
    if items is not None:
        rows = _with_items(items, options, rows, report)
    with db.session(readonly=True) as session:
        rows = _duplicate_receipts(session, rows, report)
    with _writing(db, "sales", table.path.name, options.dry_run) as writer:
        # Finding the members only reads: no write lock unless members are to be enrolled.
        with writer.batch() if create_members else db.session(readonly=True) as session:
            bonus = options.enrolment_bonus
            rows = _resolve_members(session, actor, rows, report, create_members, bonus)
        if not report.problems or options.skip_bad or options.dry_run:
            _write_sales(writer, actor, rows, earn_points, report, writing)
            if not options.dry_run:
                _review_members(writer, actor, sorted({r.member_id for r in rows if r.member_id}))
        if tell:
            tell(2 * total, 2 * total)

        def last(session: Session) -> None:
            if report.imported:
                audit.record(session, actor, "import.sales", table.path.name, rows=report.imported)

        return _finish(report, table, options, writer, last)


def import_items(
    db: Database, actor: Actor, path: str | Path, options: ImportOptions = ImportOptions()
) -> ImportReport:
    """The shop's item list from CSV (``ITEM_LIST_COLUMNS``), all or nothing like the others: a
    new code is added, a known one gets the file's name, price and — when the file has those
    columns — category and barcode."""
    table, _zone, report = _begin(
        db, actor, path, options, "items", ITEM_LIST_COLUMNS, ("code",), ("name",), ("price",)
    )
    with _writing(db, "items", table.path.name, options.dry_run) as writer:
        with writer.batch() as session:
            codes: set[str] = set()  # a code twice in one file is a mistake, not a change
            for line, row, raw in table.rows:
                try:
                    _check_shape(table, raw)
                    price = _amount(row.get("price", ""), "price", allow_zero=True)
                    code, name, category = (row.get(c, "") for c in ("code", "name", "category"))
                    if code.strip() in codes:
                        raise InvalidInput(field="code", reason="item_taken", code=code.strip())
                    codes.add(code.strip())
                    item = ItemLine(code, name, 1, price, category)
                    save_item(session, actor, item, row.get("barcode"), columns=table.header)
                    report.imported += 1
                except LoyaltyError as exc:
                    report.problems.append(_row_problem(line, exc))
            if report.problems and not (options.skip_bad or options.dry_run):
                # Refused before its one transaction commits: a change to a known item is not
                # among the rows an undo deletes.
                report.problems.sort(key=lambda p: p.line)
                raise ImportFailed(report.problems, file=table.path.name)

        def last(session: Session) -> None:
            if report.imported:
                audit.record(session, actor, "import.items", table.path.name, rows=report.imported)

        return _finish(report, table, options, writer, last)
