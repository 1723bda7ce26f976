"""CSV import of members and sales (DESIGN.md §5): all-or-nothing, with a dry run and a
skip-bad mode that writes the refused rows to a reject file.

Every row is checked and every problem is listed (line, column, reason) before anything is
kept; the whole import runs inside one savepoint so a dry run or a refused file leaves the
database exactly as it was.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session, select

from loyalty_desktop.clock import (
    ensure_not_future,
    local_day,
    parse_date,
    parse_timestamp,
    to_utc,
    utcnow,
)
from loyalty_desktop.errors import ImportFailed, InvalidCard, InvalidInput, LoyaltyError
from loyalty_desktop.models import (
    EntryKind,
    Member,
    MemberStatus,
    PointsEntry,
    Sale,
    SaleStatus,
    TierChange,
)
from loyalty_desktop.models.base import new_uuid
from loyalty_desktop.money import parse_amount
from loyalty_desktop.services import audit, cards, rollups
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import expiry_for
from loyalty_desktop.services.csv_io import CsvTable, RowProblem, chunks, read_csv, write_csv
from loyalty_desktop.services.earning import earn
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.members import Enrolment, enrol, normalise_phone
from loyalty_desktop.services.outputs import database_file
from loyalty_desktop.services.points import post_entry
from loyalty_desktop.services.rules import load_rules, rules_timeline
from loyalty_desktop.services.tiers import upgrade_qualified

Progress = Callable[[int, int], None]
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
}
# Excel's own way of writing a date (1980/1/2) or a time (2026/11/22 9:15).
_EXCEL_WHEN = re.compile(r"^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(:\d{2})?)?$")
_GROUPED = re.compile(r"^[-¥￥]?\d{1,3}(,\d{3})+(\.\d+)?$")  # "1,280.00"
_YES = {"yes", "y", "1", "true", "是", "同意"}
_NO = {"no", "n", "0", "false", "否", "不同意", ""}
BATCH = 2000


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
        data = asdict(self)
        data["problems"] = [asdict(p) for p in self.problems]
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
    column = str(exc.params.get("field", ""))
    reason = str(exc)
    if type(exc) is InvalidInput:
        reason = str(exc.params["reason"])  # "column X: reason", not "column X: X: reason"
    return RowProblem(line=line, column=column, reason=reason)


def _check_shape(table: CsvTable, raw: list[str]) -> None:
    """A row with more values than the header has columns (an unquoted comma in a name, say)
    would otherwise lose the extra values silently and shift nothing we could notice."""
    extra = raw[len(table.header) :]
    if any(v.strip() for v in extra):
        raise InvalidInput(
            field="",
            reason=f"{len(raw)} values but the header has {len(table.header)} columns "
            "(a value with a comma needs quotes)",
        )


def _require(table: CsvTable, *alternatives: tuple[str, ...]) -> None:
    twice = sorted({name for name, n in Counter(table.header).items() if n > 1 and name})
    if twice:
        # Which of the two would count? Refuse rather than silently keep the last one.
        pairs = zip(table.original_header, table.header, strict=True)
        named = sorted({original.strip() for original, name in pairs if name in twice})
        spelt = f" (as {', '.join(named)})" if len(named) > len(twice) else ""  # an alias
        raise InvalidInput(
            field="file", reason=f"column {', '.join(twice)} appears more than once{spelt}"
        )
    for names in alternatives:
        if not any(name in table.header for name in names):
            raise InvalidInput(field="file", reason=f"needs a column named {' or '.join(names)}")


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
    raise InvalidInput(field="marketing_consent", reason=f"{text!r} is not yes/no")


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
        raise InvalidInput(field=column, reason=f"{text!r} is not a whole number") from None


def _finish(
    report: ImportReport, table: CsvTable, options: ImportOptions, outer: SessionTransaction
) -> ImportReport:
    """Keep or drop the work according to the mode; write the reject file in skip-bad mode."""
    report.problems.sort(key=lambda p: p.line)
    if options.dry_run:
        outer.rollback()
        return report
    if report.problems and not options.skip_bad:
        outer.rollback()
        raise ImportFailed(report.problems, file=table.path.name)
    if report.problems:
        reject = options.reject_path or table.path.with_suffix(".rejected.csv")
        reasons: dict[int, list[str]] = {}
        for p in report.problems:
            reasons.setdefault(p.line, []).append(str(p))
        width = len(table.original_header)
        # Short rows are padded so the error always lands in the "error" column; values beyond
        # the header (a row refused for them) follow it.
        bad = [
            [*raw[:width], *[""] * (width - len(raw)), "; ".join(reasons[line]), *raw[width:]]
            for line, _row, raw in table.rows
            if line in reasons
        ]
        header = [*table.original_header, "error"]
        write_csv(reject, header, bad, database=database_file(outer.session))
        report.rejected_file = str(reject)
    outer.commit()
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
    session: Session,
    path: str | Path,
    options: ImportOptions,
    kind: str,
    columns: tuple[str, ...],
    *required: tuple[str, ...],
) -> tuple[CsvTable, ZoneInfo, ImportReport, SessionTransaction]:
    """Read and check the file, and open the savepoint the whole import runs in."""
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
    return table, load_rules(session).zone, report, session.begin_nested()


def import_members(
    session: Session, actor: Actor, path: str | Path, options: ImportOptions = ImportOptions()
) -> ImportReport:
    table, zone, report, outer = _begin(
        session, path, options, "members", MEMBER_COLUMNS, ("name",), ("card", "phone")
    )
    for done, (line, row, raw) in enumerate(table.rows, 1):
        try:
            _check_shape(table, raw)
            enrolment, points = _member_row(row, zone, options)
            with session.begin_nested():
                member = enrol(session, actor, enrolment)
                if points:
                    post_entry(
                        session,
                        actor,
                        member.id,
                        EntryKind.IMPORT,
                        points,
                        note=f"opening balance from {table.path.name}",
                        at=member.enrolled_at,
                    )
            report.imported += 1
            report.points_awarded += points
        except LoyaltyError as exc:
            report.problems.append(_row_problem(line, exc))
        if options.progress and (done % 200 == 0 or done == len(table.rows)):
            options.progress(done, len(table.rows))
    if report.imported and not options.dry_run:
        audit.record(session, actor, "import.members", table.path.name, rows=report.imported)
    return _finish(report, table, options, outer)


@dataclass
class _SaleRow:
    line: int
    receipt: str
    card: str
    phone: str
    at: datetime
    cents: int
    member_id: int | None = None


def _parse_sales(
    table: CsvTable, zone: ZoneInfo, report: ImportReport, progress: Progress | None
) -> list[_SaleRow]:
    parsed: list[_SaleRow] = []
    for done, (line, row, raw) in enumerate(table.rows, 1):
        if progress and done % BATCH == 0:
            progress(done, len(table.rows))
        try:
            _check_shape(table, raw)
            receipt = row.get("receipt", "").strip()
            if not receipt:
                raise InvalidInput(field="receipt", reason="is required (it makes re-imports safe)")
            check_length("receipt", receipt, Sale.receipt)
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


def _amount(text: str) -> int:
    try:
        return parse_amount(_ungrouped(text))
    except InvalidInput as exc:
        reason = exc.params.get("reason", str(exc))
        raise InvalidInput(field="amount", reason=f"{text!r}: {reason}") from None


def _known(session: Session, column, values: set[str]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    found: dict[str, int] = {}
    for part in chunks(sorted(values), 500):
        # Only active members take sales (as at the till: an anonymised member is not found).
        statement = select(column, Member.id).where(
            column.in_(part), Member.status == MemberStatus.ACTIVE
        )
        found.update({value: mid for value, mid in session.exec(statement)})
    return found


def _duplicate_receipts(
    session: Session, rows: list[_SaleRow], report: ImportReport
) -> list[_SaleRow]:
    counts = Counter(r.receipt for r in rows)
    existing: set[str] = set()
    for part in chunks(sorted(counts), 500):
        existing.update(session.exec(select(Sale.receipt).where(Sale.receipt.in_(part))))  # type: ignore[union-attr]
    kept = []
    for r in rows:
        if r.receipt in existing:
            report.problems.append(
                RowProblem(r.line, "receipt", f"receipt {r.receipt} is already recorded")
            )
        elif counts[r.receipt] > 1:
            report.problems.append(
                RowProblem(
                    r.line,
                    "receipt",
                    f"receipt {r.receipt} appears {counts[r.receipt]} times in the file",
                )
            )
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
    by_card = _known(session, Member.card, {r.card for r in rows if r.card})
    by_phone = _known(session, Member.phone, {r.phone for r in rows if r.phone})
    kept = []
    for r in rows:
        if not r.card and not r.phone:
            kept.append(r)  # walk-in sale
            continue
        card_id, phone_id = by_card.get(r.card), by_phone.get(r.phone)
        if card_id and phone_id and card_id != phone_id:
            report.problems.append(
                RowProblem(r.line, "phone", "card and phone belong to different members")
            )
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
            r.member_id = member.id
            if r.card:
                by_card[r.card] = member.id
            if r.phone:
                by_phone[r.phone] = member.id
        if r.member_id is None:
            column = "card" if r.card else "phone"
            report.problems.append(
                RowProblem(r.line, column, f"no member with {column} {r.card or r.phone}")
            )
            continue
        kept.append(r)
    return kept


def _earning_rules(
    session: Session, rows: list[_SaleRow]
) -> Callable[[_SaleRow], tuple[int, datetime | None]]:
    """Points and expiry of an imported sale by the rules and the member's tier of its own
    date (rules versions and tier histories read once, not per row)."""
    timeline = rules_timeline(session)
    member_ids = sorted({r.member_id for r in rows if r.member_id})
    history: dict[int, list[tuple[datetime, str]]] = {}
    for part in chunks(member_ids, 500):
        for change in session.exec(
            select(TierChange)
            .where(TierChange.member_id.in_(part))
            .order_by(TierChange.at, TierChange.id)
        ):  # type: ignore[union-attr]
            history.setdefault(change.member_id, []).append((change.at, change.tier))

    def points_for(row: _SaleRow) -> tuple[int, datetime | None]:
        rules = timeline.at(row.at)
        changes = history.get(row.member_id or 0, [])
        index = bisect.bisect_right([at for at, _tier in changes], row.at) - 1
        tier = rules.tiers.level(changes[index][1] if index >= 0 else None)
        earned = earn(rules, row.cents, tier, local_day(row.at, rules.zone)).points
        return earned, expiry_for(rules, row.at) if earned else None

    return points_for


def _write_sales(
    session: Session,
    actor: Actor,
    rows: list[_SaleRow],
    earn_points: bool,
    report: ImportReport,
    progress: Progress | None,
) -> None:
    """Bulk insert: sales, their earn entries, then one balance update per member."""
    points_for = _earning_rules(session, rows) if earn_points else None
    zone = load_rules(session).zone
    deltas: Counter[int] = Counter()
    for batch in chunks(rows, BATCH):
        earned = [points_for(r) if points_for and r.member_id else (0, None) for r in batch]
        # RETURNING receipt (unique) rather than relying on row order lets the driver send each
        # batch as multi-row INSERTs instead of one statement per sale.
        ids_by_receipt = dict(
            session.execute(
                insert(Sale.__table__).returning(Sale.__table__.c.receipt, Sale.__table__.c.id),
                [
                    dict(
                        uuid=new_uuid(),
                        origin_till=actor.till_id,
                        member_id=r.member_id,
                        receipt=r.receipt,
                        amount_cents=r.cents,
                        points_discount_cents=0,
                        coupon_discount_cents=0,
                        paid_cents=r.cents,
                        points_earned=e,
                        points_redeemed=0,
                        tier_discount_cents=0,
                        refunded_cents=0,
                        status=SaleStatus.COMPLETED.value,
                        created_at=r.at,
                        shop_date=local_day(r.at, zone),
                        staff_id=actor.staff_id,
                    )
                    for r, (e, _expiry) in zip(batch, earned, strict=True)
                ],
            ).all()
        )
        sale_ids = [ids_by_receipt[r.receipt] for r in batch]
        rollups.add_sales(
            session,
            [rollups.SaleChange(r.member_id, local_day(r.at, zone), 1, r.cents) for r in batch],
        )
        entries = [
            dict(
                uuid=new_uuid(),
                origin_till=actor.till_id,
                member_id=r.member_id,
                kind=EntryKind.EARN.value,
                points=e,
                sale_id=sid,
                refund_id=None,
                staff_id=actor.staff_id,
                note="",
                created_at=r.at,
                expires_at=expiry,
                dedupe_key=None,
            )
            for r, (e, expiry), sid in zip(batch, earned, sale_ids, strict=True)
            if e
        ]
        if entries:
            session.execute(insert(PointsEntry.__table__), entries)
            rollups.entries_posted(
                session, [(e["created_at"], e["kind"], e["points"]) for e in entries]
            )
        for entry in entries:
            deltas[entry["member_id"]] += entry["points"]
        report.imported += len(batch)
        report.points_awarded += sum(e for e, _expiry in earned)
        if progress:
            progress(report.imported, len(rows))
    rollups.members_changed(session, (r.member_id for r in rows if r.member_id))
    if deltas:
        table = Member.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("mid"))
            .values(balance=table.c.balance + bindparam("delta")),
            [{"mid": mid, "delta": delta} for mid, delta in deltas.items()],
        )


def import_sales(
    session: Session,
    actor: Actor,
    path: str | Path,
    options: ImportOptions = ImportOptions(),
    *,
    earn_points: bool = True,
    create_members: bool = False,
) -> ImportReport:
    table, zone, report, outer = _begin(
        session, path, options, "sales", SALE_COLUMNS, ("receipt",), ("timestamp",), ("amount",)
    )
    total, tell = len(table.rows), options.progress
    # Progress runs over two passes of the file: checking, then writing.
    checking = (lambda done, _n: tell(done, 2 * total)) if tell else None
    writing = (lambda done, _n: tell(total + done, 2 * total)) if tell else None
    rows = _parse_sales(table, zone, report, checking)
    rows = _duplicate_receipts(session, rows, report)
    rows = _resolve_members(session, actor, rows, report, create_members, options.enrolment_bonus)
    if not report.problems or options.skip_bad or options.dry_run:
        _write_sales(session, actor, rows, earn_points, report, writing)
        members_touched = sorted({r.member_id for r in rows if r.member_id})
        upgrade_qualified(session, actor, load_rules(session), members_touched, utcnow())
    if tell:
        tell(2 * total, 2 * total)
    if report.imported and not options.dry_run:
        audit.record(session, actor, "import.sales", table.path.name, rows=report.imported)
    return _finish(report, table, options, outer)
