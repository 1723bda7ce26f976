"""Fuzzing the ``loyalty`` command: command lines built from the parser's own commands and options,
with hostile values, run against a small demo shop. The only outcomes allowed are success, or
exit 1/2 with exactly one ``loyalty: error:`` line on stderr; and ``check`` passes afterwards.
FUZZ_EXAMPLES=2000 searches longer than the suite does."""

from __future__ import annotations

import argparse
import io
import os
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_desktop import cli

# Options that choose the database: every example runs on its own copy of the demo shop.
NOT_FUZZED = {"-h", "--help", "--db", "--database-url", "--version"}


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    parser: argparse.ArgumentParser


def leaf_commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[Command]:
    """Every runnable command of the parser, e.g. ("coupons", "template", "add")."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += leaf_commands(sub, (*words, name))
    return found or [Command(words, parser)]


COMMANDS = leaf_commands(cli.build_parser())


@dataclass(frozen=True)
class Shop:
    """The prepared demo shop and values that mean something in it."""

    db: Path
    card: str
    phone: str
    coupon: str
    files: tuple[Path, ...]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Shop:
    folder = tmp_path_factory.mktemp("fuzz-shop")
    db = folder / "shop.db"
    with redirect_stdout(io.StringIO()) as out:
        assert cli.main(["demo", "--members", "8", "--months", "2", "--db", str(db)]) == 0
        enrol = ["member", "add", "--name", "张三", "--phone", "13800138000", "--json"]
        assert cli.main([*enrol, "--db", str(db)]) == 0
    card = out.getvalue().splitlines()[-1].split('"card": "')[1].split('"')[0]
    members = folder / "members.csv"
    members.write_text("name,phone,points\n李四,13900000001,5\n", encoding="utf-8")
    sales = folder / "sales.csv"
    sales.write_text(f"receipt,card,timestamp,amount\nF-1,{card},2026-01-05 10:30,5\n")
    export = folder / "coupons.csv"
    assert cli.main(["export", "coupons", str(export), "--db", str(db)]) == 0
    coupon = export.read_text(encoding="utf-8-sig").splitlines()[1].split(",")[0]
    document = folder / "rules.json"
    with redirect_stdout(io.StringIO()) as out:
        assert cli.main(["rules", "show", "--json", "--db", str(db)]) == 0
    document.write_text(out.getvalue(), encoding="utf-8")
    return Shop(db, card, "13800138000", coupon, (members, sales, document))


NUMBERS = st.one_of(
    st.integers(-(10**25), 10**25).map(str),
    st.sampled_from(["0", "-1", "1", "9223372036854775807", "-9223372036854775808", "1e30"]),
    st.sampled_from(["NaN", "inf", "0x10", "1_000", "１２", "0.001", "88.505", "1,280.00"]),
)
DATES = st.sampled_from(
    [
        "0001-01-01",
        "9999-12-31",
        "1899-12-31",
        "2200-01-01",
        "2026-02-30",
        "2026-13-01",
        "0001-01",
        "9999-12",
        "2026-00",
        "2026-11-20 15:30",
        "2026-11-20T15:30:00+08:00",
        "2026/11/22 9:15",
    ]
)
# Any text a shell can pass (no NUL; no lone surrogates, which UTF-8 cannot carry).
TEXT = st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=12)
AMOUNTS = st.sampled_from(["10", "88.50", "0.01", "1000000.00"]) | NUMBERS
SEGMENTS = st.sampled_from(["all", "tier:Gold", "tag:x", "birthday-month:13", "lapsed:-1"])
SAMPLES = st.sampled_from(["", " ", "-", "--", "\t", "\r\n", "=1+1", "张", "'; DROP TABLE member"])


def values(shop: Shop, folder: Path, action: argparse.Action) -> st.SearchStrategy[str]:
    """Mostly values of the argument's own kind (so a command gets past its first check),
    sometimes anything at all."""
    db = str(folder / "shop.db")
    paths = st.sampled_from(
        [
            db,  # the database itself, and its side files
            db + "-wal",
            db + "-shm",
            str(folder),
            str(folder / "out.csv"),
            str(folder / "out.pdf"),
            "/nonexistent/dir/out.csv",
            *map(str, shop.files),
        ]
    )
    known = st.sampled_from([shop.card, shop.phone, "8000", shop.coupon, "saved:x", "lapsed:30"])
    anything = st.one_of(NUMBERS, DATES, TEXT, SAMPLES, paths, known)
    kinds = [
        (AMOUNTS, {"amount", "value", "min_spend", "max_spend", "cap"}),
        (DATES, {"birthday", "at", "valid_from", "until", "month", "as_of"}),
        (paths, {"file", "reject", "pdf"}),
        (known, {"who", "card", "referrer", "query", "member", "code", "coupon"}),
        (SEGMENTS, {"segment", "list"}),
    ]
    if action.type is not None:  # a whole number
        own: st.SearchStrategy[str] = st.integers(0, 5).map(str) | NUMBERS
    else:
        own = next((kind for kind, dests in kinds if action.dest in dests), anything)
    return st.one_of(own, own, own, anything)


@st.composite
def command_lines(draw: st.DrawFn, shop: Shop, folder: Path) -> list[str]:
    command = draw(st.sampled_from(COMMANDS))
    argv = list(command.words)
    chosen_in_group = {
        id(group): draw(st.sampled_from(group._group_actions))
        for group in command.parser._mutually_exclusive_groups
    }  # at most one option of each group (argparse refuses two), exactly one if it is required
    for action in command.parser._actions:
        if NOT_FUZZED & set(action.option_strings) or isinstance(action, argparse._HelpAction):
            continue
        group = next(
            (g for g in command.parser._mutually_exclusive_groups if action in g._group_actions),
            None,
        )
        if group is not None:
            wanted = chosen_in_group[id(group)] is action and (
                group.required or draw(st.booleans())
            )
        else:
            wanted = bool(action.required or not action.option_strings or draw(st.booleans()))
        if not wanted:
            continue
        if action.nargs == 0:  # a flag
            argv.append(action.option_strings[0])
            continue
        value = values(shop, folder, action)
        if action.choices:
            value = st.one_of(*[st.sampled_from(action.choices)] * 3, value)
        text = draw(value)
        if action.option_strings:
            argv.append(f"{action.option_strings[0]}={text}")  # '=': a value may start with '-'
        else:
            argv.append(text)
    return argv


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


def test_every_command_line_succeeds_or_fails_in_one_line(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where a relative output file lands
    counter = iter(range(10**6))

    @settings(
        max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def example(data: st.DataObject) -> None:
        folder = tmp_path / f"e{next(counter)}"
        folder.mkdir()
        db = folder / "shop.db"
        shutil.copy(shop.db, db)
        argv = data.draw(command_lines(shop, folder))
        code, _out, err = run([*argv, "--db", str(db)])
        lines = err.splitlines()
        if code != 0:
            assert code in (cli.EXIT_FAILED, cli.EXIT_USAGE), (argv, code, err)
            assert len(lines) == 1 and lines[0].startswith("loyalty: error: "), (argv, err)
        else:
            assert "Traceback" not in err, (argv, err)
        checked = run(["check", "--db", str(db)])
        assert checked[0] == 0, (argv, checked)

    example()
