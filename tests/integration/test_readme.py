"""README's `loyalty` command block, run as written against fresh databases: every example works,
and every example names its database (copying one never writes into the GUI's own shop)."""

from __future__ import annotations

import io
import re
import shlex
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from loyalty_desktop import cli

README = Path(__file__).resolve().parents[2] / "README.md"
CODE = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}\b")  # a grouped coupon code


def command_block() -> list[str]:
    """The lines of the first ```sh block of the section "The `loyalty` command"."""
    section = README.read_text(encoding="utf-8").split("## The `loyalty` command", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_the_block_is_found_and_every_example_names_its_database() -> None:
    lines = command_block()
    assert len(lines) >= 20
    for line in lines:
        words = shlex.split(line, comments=True)
        assert words[0] == "loyalty" and "--db" in words, line


def test_every_example_in_the_readme_works_as_written(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the examples' relative files: shop.db, rules.json, …
    code = None  # <CODE>: the code the last `coupons issue` printed
    for line in command_block():
        words = shlex.split(line, comments=True)[1:]
        target = None
        if ">" in words:  # `… > rules.json`: the shell writes stdout to a file
            words, target = words[: words.index(">")], words[words.index(">") + 1]
        if "<CODE>" in words:
            assert code, f"{line}: no coupon code printed before it"
            words = [code if w == "<CODE>" else w for w in words]
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = cli.main(words)
        assert (status, err.getvalue()) == (0, ""), (line, out.getvalue())
        if target:
            Path(target).write_text(out.getvalue(), encoding="utf-8")
        if words[:2] == ["coupons", "issue"]:
            code = CODE.findall(out.getvalue())[-1]
    assert Path("oct.pdf").exists() and Path("coupons.pdf").exists()


@pytest.mark.parametrize("stale", ["812345678903", "7QK2-MBRX-9HTD-4W"])
def test_the_readme_quotes_no_made_up_card_or_code(stale) -> None:
    assert stale not in README.read_text(encoding="utf-8")
