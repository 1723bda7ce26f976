"""Fuzzing both importers through the command line: CSV files with hostile cells, unknown and
Chinese column names, ragged rows and any encoding. The only outcomes allowed are success, or
exit 1 with exactly one ``loyalty: error:`` line on stderr; and ``check`` passes afterwards.
FUZZ_EXAMPLES=2000 searches longer than the suite does."""

from __future__ import annotations

import csv
import io
import os
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_desktop import cli

MEMBER_COLUMNS = ["card", "name", "phone", "birthday", "enrolled_at", "marketing_consent", "tags"]
MEMBER_COLUMNS += ["points", "balance", "姓名", "手机", "积分", "卡号"]
SALE_COLUMNS = ["receipt", "card", "phone", "timestamp", "amount", "小票号", "时间", "金额"]

CELLS = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=15),
    st.integers(-(10**22), 10**22).map(str),
    st.sampled_from(
        [
            "",
            "13800138000",
            "13900000001",
            "0001-01-01",
            "9999-12-31 23:59",
            "2026-01-05 10:30",
            "1980/1/2",
            "2026/11/22 9:15",
            "1,280.00",
            "88.50",
            "-5",
            "1e30",
            "NaN",
            "yes",
            '=HYPERLINK("x")',
            "+1",
            "\t",
            "a\r\nb",
            '"',
            "9223372036854775807",
        ]
    ),
)


@st.composite
def csv_files(draw: st.DrawFn, columns: list[str]) -> bytes:
    header = draw(st.lists(st.sampled_from(columns) | CELLS, min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=6))  # ragged
    text = io.StringIO()
    csv.writer(text).writerows([header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gbk", "utf-16", "latin-1"]))
    data = text.getvalue().encode(encoding, errors="replace")
    return draw(st.sampled_from([data, data[: len(data) // 2], data + b"\xff\xfe\x00"]))


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("import-fuzz") / "shop.db"
    with redirect_stdout(io.StringIO()):
        assert cli.main(["demo", "--members", "5", "--months", "1", "--db", str(db)]) == 0
        enrol = ["member", "add", "--name", "张三", "--phone", "13800138000"]
        assert cli.main([*enrol, "--db", str(db)]) == 0
    return db


def run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(argv)
    return code, err.getvalue()


OPTIONS = st.lists(
    st.sampled_from(["--dry-run", "--skip-bad", "--create-members", "--no-points", "--json"]),
    unique=True,
)


@pytest.mark.parametrize(
    ("what", "columns"), [("members", MEMBER_COLUMNS), ("sales", SALE_COLUMNS)]
)
def test_any_csv_file_imports_or_fails_in_one_line(
    shop: Path, tmp_path: Path, what: str, columns: list[str]
) -> None:
    counter = iter(range(10**6))

    @settings(
        max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(csv_files(columns), OPTIONS)
    def example(data: bytes, options: list[str]) -> None:
        folder = tmp_path / f"e{next(counter)}"
        folder.mkdir()
        db, source = folder / "shop.db", folder / f"{what}.csv"
        shutil.copy(shop, db)
        source.write_bytes(data)
        if what == "members":
            options = [o for o in options if o not in ("--create-members", "--no-points")]
        argv = ["import", what, str(source), *options, "--db", str(db)]
        code, err = run(argv)
        lines = err.splitlines()
        if code != 0:
            assert code == cli.EXIT_FAILED, (data, options, code, err)
            assert len(lines) == 1 and lines[0].startswith("loyalty: error: "), (data, err)
        else:
            assert err == "", (data, err)
        assert run(["check", "--db", str(db)]) == (0, ""), data

    example()
