"""`loyalty backup [FILE_OR_DIR]` and `loyalty restore FILE` (DESIGN.md §5)."""

from __future__ import annotations

import io
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_helpers import all_sales, assert_fails, enrol, ok_json, sell

from loyalty_desktop.services.opening import open_shop

pytestmark = pytest.mark.sqlite_only("backups of a SQLite file")


def _sales_in(file: Path) -> int:
    with sqlite3.connect(file) as conn:
        return conn.execute("SELECT count(*) FROM sale").fetchone()[0]


def _shop_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("shop.db*") if not p.name.endswith("-shm")}


@pytest.fixture
def shop(run_cli) -> dict:
    zhang = enrol(run_cli, "张三", "13800138000")
    sell(run_cli, zhang["card"], "30")
    return zhang


def test_backup_into_a_folder_and_to_a_file(run_cli, shop, tmp_path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    into_folder = ok_json(run_cli("backup", folder, "--json"))
    assert Path(into_folder["file"]).parent == folder and into_folder["removed"] == []
    assert _sales_in(Path(into_folder["file"])) == 1
    named = tmp_path / "before-the-audit.db"
    done = run_cli("backup", named)
    assert done.code == 0 and str(named) in done.out
    assert named.stat().st_size == ok_json(run_cli("backup", named, "--json"))["size"]
    shown = run_cli("backup", named, "--progress")
    assert shown.code == 0 and shown.err.splitlines()[-1] == "Backing up: 100%"


@pytest.mark.parametrize(
    ("target", "words"),
    [
        (None, "no backup folder is chosen"),
        ("unplugged/", "does not exist"),
        ("unplugged/shop-copy.db", "does not exist"),
        ("shop.db", "the shop's database"),
        ("shop.db-wal", "journal file"),
        ("shop.db-shm", "journal file"),
    ],
)
def test_backup_refusals_are_one_line(run_cli, shop, tmp_path, target, words) -> None:
    before = _shop_bytes(tmp_path)
    args = ["backup"] if target is None else ["backup", f"{tmp_path}/{target}"]
    line = assert_fails(run_cli(*args), 1, words)
    assert "Traceback" not in line
    assert _shop_bytes(tmp_path) == before
    assert not (tmp_path / "unplugged").exists()


def test_backup_to_a_read_only_folder(run_cli, shop, tmp_path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    if subprocess.run(["chattr", "+i", str(locked)], capture_output=True).returncode:
        pytest.skip("cannot make a folder immutable here")
    try:
        result = run_cli("backup", locked, "--json")
        assert_fails(result, 1, "cannot be written")
        assert result.json()["error"]["code"] == "backup_failed"
        assert list(locked.iterdir()) == []
    finally:
        subprocess.run(["chattr", "-i", str(locked)], check=True)


def test_restore_round_trip(run_cli, shop, tmp_path) -> None:
    saved = Path(ok_json(run_cli("backup", tmp_path / "monday.db", "--json"))["file"])
    sell(run_cli, shop["card"], "12")
    done = ok_json(run_cli("restore", saved, "--yes", "--json"))
    db = open_shop(f"sqlite:///{tmp_path / 'shop.db'}")
    try:
        assert [s.amount_cents for s in all_sales(db)] == [3000]
    finally:
        db.dispose()
    assert _sales_in(Path(done["pre_restore"])) == 2
    assert ok_json(run_cli("check", "--json"))["ok"]


def test_restore_asks_on_a_terminal(run_cli, shop, tmp_path, monkeypatch) -> None:
    saved = ok_json(run_cli("backup", tmp_path / "monday.db", "--json"))["file"]
    sell(run_cli, shop["card"], "12")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    no = run_cli("restore", saved)
    assert "pre-restore copy" in no.err.splitlines()[0]  # the question names what is kept
    assert "not confirmed" in no.err and no.code == 1
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert run_cli("restore", saved).code == 0
    assert "Restored" in run_cli("restore", saved, "--yes").out


def test_a_script_restores_as_design_has_it_and_the_data_before_is_kept(
    run_cli, shop, tmp_path
) -> None:
    """`loyalty restore FILE` (DESIGN.md §5) without a terminal to ask on: nothing is lost."""
    saved = ok_json(run_cli("backup", tmp_path / "monday.db", "--json"))["file"]
    sell(run_cli, shop["card"], "12")
    done = run_cli("restore", saved)
    assert done.code == 0 and "kept in" in done.out
    [kept] = tmp_path.glob("shop.db.pre-restore-*.bak")
    assert _sales_in(kept) == 2 and _sales_in(tmp_path / "shop.db") == 1


def test_restore_mends_a_damaged_shop_that_nothing_else_opens(run_cli, shop, tmp_path) -> None:
    for _ in range(40):  # a file of a few dozen pages, so the damage lands inside it
        sell(run_cli, shop["card"], "12")
    saved = ok_json(run_cli("backup", tmp_path / "monday.db", "--json"))["file"]
    live = tmp_path / "shop.db"
    with sqlite3.connect(live) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with live.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 8192)
    assert_fails(run_cli("check"), 1, "damaged", "loyalty restore")
    done = ok_json(run_cli("restore", saved, "--yes", "--json"))
    assert ".damaged-" in done["pre_restore"] and Path(done["pre_restore"]).exists()
    assert _sales_in(live) == 41
    assert ok_json(run_cli("check", "--json"))["ok"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x17garbage" * 500, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 3000, "damaged"),
    ],
)
def test_restore_of_a_bad_file_leaves_the_shop(run_cli, shop, tmp_path, content, words) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = _shop_bytes(tmp_path)
    result = run_cli("restore", bad, "--yes", "--json")
    assert_fails(result, 1, words, "unchanged")
    assert result.json()["error"]["code"] == "restore_refused"
    assert _shop_bytes(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "pre-restore" in p.name) == []


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_a_postgresql_shop_is_sent_to_pg_dump(run_cli_alone, command) -> None:
    url = "postgresql+psycopg://owner:secret@127.0.0.1:1/shop"
    args = [command, "x.db", "--yes"] if command == "restore" else [command]
    result = run_cli_alone(*args, "--database-url", url, "--json")
    line = assert_fails(result, 1, "pg_dump", "pg_restore")
    assert "secret" not in line and "Traceback" not in result.err
