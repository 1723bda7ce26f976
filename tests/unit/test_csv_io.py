"""The one CSV writer and reader: formula injection neutralised and undone, the database kept."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_desktop.core.errors import ProtectedFile
from loyalty_desktop.services.csv_io import FORMULA_STARTS, read_csv, write_csv
from loyalty_desktop.services.outputs import check_output


def round_trip(tmp_path: Path, values: list[object]) -> tuple[list[str], list[str]]:
    """The cells as written (what a spreadsheet sees) and as read back by the importer."""
    path = tmp_path / "t.csv"
    write_csv(path, ["value"], [[v] for v in values], database=None)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        written = [row[0] for row in csv.reader(handle)][1:]
    return written, [raw[0] for _line, _row, raw in read_csv(path).rows]


def test_text_a_spreadsheet_would_run_gets_a_quote(tmp_path) -> None:
    values = ["=1+2", "+86 138", "-x", "@SUM(A1)", "\t=1", "\r=1", "'=1", "''@", "a=b", "'x"]
    written, back = round_trip(tmp_path, values)
    assert written[:6] == ["'=1+2", "'+86 138", "'-x", "'@SUM(A1)", "'\t=1", "'\r=1"]
    assert written[6:] == ["''=1", "'''@", "a=b", "'x"]
    assert back == values


def test_numbers_stay_numbers(tmp_path) -> None:
    written, back = round_trip(tmp_path, [-500, "-500", "-12.50", 0, "3.5", "-1e5", "-"])
    assert written == ["-500", "-500", "-12.50", "0", "3.5", "'-1e5", "'-"]
    assert back == ["-500", "-500", "-12.50", "0", "3.5", "-1e5", "-"]


@given(st.text(alphabet=st.sampled_from("'=+-@\t\rax1.,\""), max_size=8).filter(str.strip))
def test_any_text_reads_back_as_written(tmp_path_factory, text) -> None:
    # (a blank row is skipped by the reader, by design)
    [written], back = round_trip(tmp_path_factory.mktemp("csv"), [text])
    assert not written.startswith(FORMULA_STARTS) or re.fullmatch(r"-\d+(\.\d+)?", text)
    assert back == [text]


@pytest.mark.parametrize(
    "name", ["shop.db", "shop.db-wal", "shop.db-shm", "shop.db-journal", "SHOP.DB", "shop.bak"]
)
def test_the_database_and_its_files_are_protected(tmp_path, name) -> None:
    database = tmp_path / "shop.db"
    database.write_bytes(b"x")
    with pytest.raises(ProtectedFile):
        check_output(tmp_path / name, database)
    with pytest.raises(ProtectedFile):
        check_output(tmp_path / "shop.db.before-0004-20261128T0500.bak", database)


def test_other_files_are_fine(tmp_path) -> None:
    database = tmp_path / "shop.db"
    for name in ("shop.csv", "shopping.bak", "shop.db.csv", "other.db"):
        check_output(tmp_path / name, database)
    check_output(tmp_path / "elsewhere" / "shop.db", database)
    check_output(tmp_path / "shop.db", None)  # PostgreSQL: no file to protect
