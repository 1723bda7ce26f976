"""Small helpers shared by the CLI integration tests (imported as ``cli_helpers``).

Not a conftest, so it never shadows tests/conftest.py; ``snapshot`` lives in tests/support.py.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import select

from loyalty_desktop.store.models import Member, PointsEntry, Sale

BOM = b"\xef\xbb\xbf"
MEMBER_COLUMNS = [
    "card",
    "name",
    "phone",
    "birthday",
    "enrolled_at",
    "marketing_consent",
    "tags",
    "balance",
    "tier",
]
SALE_COLUMNS = [
    "sale_id",
    "receipt",
    "card",
    "timestamp",
    "amount",
    "points_discount",
    "coupon_discount",
    "paid",
    "refunded",
    "status",
]
LEDGER_COLUMNS = ["entry_id", "card", "timestamp", "kind", "points", "sale_id", "note"]


def luhn_ok(number: str) -> bool:
    """The Luhn check, written out here so the test does not trust the code under test."""
    if not number.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def mistype(card: str) -> str:
    """The same card with one middle digit changed (a single-digit typo always breaks Luhn)."""
    return card[:6] + str((int(card[6]) + 3) % 10) + card[7:]


def assert_fails(result: Any, code: int = 1, *fragments: str) -> str:
    """Non-zero exit with exactly one line on stderr (DESIGN.md §5); returns that line."""
    assert result.code == code, (result.code, result.out, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    line = lines[0]
    assert line.startswith(("loyalty: error: ", "loyalty: 错误: ")), line
    for fragment in fragments:
        assert fragment.lower() in line.lower(), (fragment, line)
    return line


def ok_json(result: Any) -> Any:
    """Exit 0 and exactly one JSON document on stdout."""
    assert result.code == 0, (result.code, result.out, result.err)
    assert result.out.endswith("\n") and result.out.count("\n") == 1, result.out
    return result.json()  # json.loads refuses "Extra data" after the first document


def enrol(run_cli: Callable[..., Any], name: str, phone: str | None = None, *more: str) -> dict:
    args = ["member", "add", "--name", name, *(["--phone", phone] if phone else []), *more]
    return ok_json(run_cli(*args, "--json"))


def sell(run_cli: Callable[..., Any], who: str, amount: str, *more: str) -> dict:
    return ok_json(run_cli("sale", who, amount, *more, "--json"))


def _rows(db: Any, statement: Any) -> list[Any]:
    """Rows loaded in a read-only session and detached, readable after it closes."""
    with db.session(readonly=True) as s:
        rows = list(s.exec(statement))
        s.expunge_all()
    return rows


def member_by_card(db: Any, card: str) -> Member:
    [member] = _rows(db, select(Member).where(Member.card == card))
    return member


def all_members(db: Any) -> list[Member]:
    return _rows(db, select(Member).order_by(Member.id))


def all_sales(db: Any) -> list[Sale]:
    return _rows(db, select(Sale).order_by(Sale.id))


def ledger(db: Any, **where: Any) -> list[PointsEntry]:
    statement = select(PointsEntry).order_by(PointsEntry.id)
    for name, value in where.items():
        statement = statement.where(getattr(PointsEntry, name) == value)
    return _rows(db, statement)


def ledger_sum(db: Any, **where: Any) -> int:
    return sum(e.points for e in ledger(db, **where))


def read_export(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """An export read back the way Excel would: it must start with the UTF-8 BOM."""
    data = path.read_bytes()
    assert data.startswith(BOM), data[:10]
    text = data[len(BOM) :].decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    return header, [dict(zip(header, row, strict=True)) for row in reader]


def problem_lines(text: str) -> dict[int, str]:
    """{line number: column} from the per-row problem list a failed import prints."""
    found = {}
    for match in re.finditer(r"^line (\d+)(?:, column (\w+))?: ", text, re.MULTILINE):
        found[int(match.group(1))] = match.group(2) or ""
    return found


def enrol_since(
    run_cli: Callable[..., Any], folder: Path, enrolled_at: str, name: str, phone: str, **more: str
) -> dict:
    """A member enrolled at ``enrolled_at`` (shop time), the way an import from a previous
    system enrols one, so back-dated receipts after that moment are accepted. ``more``: other
    columns of the import (card, birthday, marketing_consent, tags)."""
    path = folder / f"enrol-{len(list(folder.glob('enrol-*.csv')))}.csv"
    row = {"name": name, "phone": phone, "enrolled_at": enrolled_at, **more}
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([row.keys(), row.values()])
    ok_json(run_cli("import", "members", path, "--json"))
    [member] = ok_json(run_cli("member", "find", phone, "--json"))
    return member
