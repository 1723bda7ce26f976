"""Reading and writing CSV files the way shops have them: UTF-8, UTF-8 with BOM, or GBK."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from loyalty_desktop.core.errors import (
    LINE,
    LINE_AND_COLUMN,
    InvalidInput,
    LoyaltyError,
    field_name,
    fill,
    render,
)
from loyalty_desktop.core.i18n import FALLBACK, translate
from loyalty_desktop.services.outputs import check_output

ENCODINGS = ("auto", "utf-8", "gbk")
BOM = b"\xef\xbb\xbf"
# OWASP's CSV injection rule: a spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")  # negative points and amounts stay numbers


@dataclass(frozen=True)
class RowProblem:
    """Why one row of a file is refused: the refusal of its value, worded like any other."""

    line: int
    column: str
    error: LoyaltyError

    def describe(self, language: str | None = None) -> str:
        """ "line 3, column phone: …" in ``language`` (default: the process's)."""
        template = LINE_AND_COLUMN if self.column else LINE
        params = {
            "line": self.line,
            "column": field_name(self.column, language),
            "detail": render(self.error, language, short=True),
        }
        return fill(translate("Errors", template, language=language), template, params)

    def __str__(self) -> str:
        return self.describe(FALLBACK)

    def as_dict(self) -> dict[str, object]:
        """For a JSON document: where, the refusal's code and parameters, and its wording."""
        params = {k: v for k, v in self.error.params.items() if k != "field"}
        return {
            "line": self.line,
            "column": self.column,
            "code": self.error.code,
            "message": self.describe(),
            **params,
        }


@dataclass
class CsvTable:
    """A parsed file: header names (lower-cased) and rows keyed by them, with line numbers."""

    path: Path
    encoding: str
    header: list[str]
    original_header: list[str]
    rows: list[tuple[int, dict[str, str], list[str]]] = field(default_factory=list)


def _needs_quote(text: str) -> bool:
    """A formula to a spreadsheet — or a quote we would add to one, so that reading back
    strips exactly the quotes writing added."""
    if text.startswith(FORMULA_STARTS):
        return not _PLAIN_NUMBER.match(text)
    return text.startswith("'") and _needs_quote(text[1:])


def neutralise(value: object) -> object:
    """A text cell a spreadsheet would evaluate gets a leading ' (shown as text, not run)."""
    return "'" + value if isinstance(value, str) and _needs_quote(value) else value


def restore(text: str) -> str:
    """The cell as it was before ``neutralise``."""
    return text[1:] if text.startswith("'") and _needs_quote(text[1:]) else text


def decode(data: bytes, encoding: str = "auto") -> tuple[str, str]:
    """Bytes -> (text, encoding used). Auto: BOM, then strict UTF-8, then GBK (as GB18030)."""
    if encoding not in ENCODINGS:
        raise InvalidInput(field="encoding", reason="one_of", choices=", ".join(ENCODINGS))
    if encoding in ("auto", "utf-8") and data.startswith(BOM):
        try:
            return data[len(BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise InvalidInput(field="encoding", reason="bom_not_utf8") from None
    attempts = {"auto": ("utf-8", "gb18030"), "utf-8": ("utf-8",), "gbk": ("gb18030",)}[encoding]
    for name in attempts:
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise InvalidInput(field="encoding", reason="not_encoding", encodings=" or ".join(attempts))


def read_csv(
    path: str | Path, encoding: str = "auto", aliases: dict[str, str] | None = None
) -> CsvTable:
    """The file's rows keyed by its header names (stripped, lower-cased, then ``aliases``)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            field="file", reason="file_error", path=path, detail=exc.strerror
        ) from exc
    text, used = decode(data, encoding)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        original = [restore(name) for name in next(reader)]
        header = [name.strip().lower() for name in original]
        header = [(aliases or {}).get(name, name) for name in header]
        table = CsvTable(path=path, encoding=used, header=header, original_header=original)
        end = reader.line_num
        for values in reader:
            # A quoted value may span lines: a row is numbered by the line it starts on.
            start, end = end + 1, reader.line_num
            if not any(v.strip() for v in values):
                continue  # blank lines at the end of Excel exports
            values = [restore(v) for v in values]
            padded = values + [""] * (len(header) - len(values))
            table.rows.append((start, dict(zip(header, padded, strict=False)), values))
    except StopIteration:
        raise InvalidInput(field="file", reason="empty_file", path=path) from None
    except csv.Error as exc:
        raise InvalidInput(
            field="file", reason="csv_syntax", path=path, line=reader.line_num, detail=str(exc)
        ) from None
    return table


def write_csv(
    path: str | Path,
    header: list[str],
    rows: Iterable[Iterable[object]],
    *,
    database: Path | None,
) -> int:
    """UTF-8 with BOM (so Excel opens Chinese correctly), written to a temporary file and moved
    into place, so a failure never leaves half a file. Never over ``database`` or its files;
    text cells a spreadsheet would run as formulas are neutralised. Returns the number of rows."""
    path = Path(path)
    check_output(path, database)
    if path.is_dir():
        raise InvalidInput(field="file", reason="is_folder", path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InvalidInput(
            field="file", reason="file_error", path=path, detail=exc.strerror or str(exc)
        ) from exc
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([neutralise(name) for name in header])
            for row in rows:
                writer.writerow(["" if v is None else neutralise(v) for v in row])
                count += 1
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInput(
            field="file", reason="file_error", path=path, detail=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
