"""Opening the database from the command line: an empty file is no shop, a damaged file is
refused before anything is written, and commands that only read never take the write lock and
can read a shop on read-only media."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from cli_helpers import assert_fails, enrol, ok_json, sell

from loyalty_desktop.store import db as db_module

PAGE = 4096


def _flip_page(path: Path, table: str) -> None:
    """Flip the first bytes of ``table``'s root page: a page a sale never touches."""
    with closing(sqlite3.connect(path)) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        original = f.read(16)
        f.seek((root - 1) * page_size)
        f.write(bytes(b ^ 0xA5 for b in original))


def test_an_empty_file_is_no_shop(run_cli, tmp_path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    assert_fails(run_cli("member", "find", "x", db_file=empty), 1, "no database at", "init")
    assert_fails(run_cli("sale", "-", "5", db_file=empty), 1, "no database at")
    assert empty.stat().st_size == 0
    assert run_cli("init", db_file=empty).code == 0  # init makes a shop in it
    assert ok_json(run_cli("member", "find", "x", "--json", db_file=empty)) == []


@pytest.mark.sqlite_only("damages the SQLite file")
def test_a_damaged_file_takes_no_sale_and_check_says_so(run_cli, tmp_path) -> None:
    zhang = enrol(run_cli, "张三", "13800138000")
    sell(run_cli, zhang["card"], "10")
    path = tmp_path / "shop.db"
    _flip_page(path, "refund")
    before = path.read_bytes()
    line = assert_fails(run_cli("sale", zhang["card"], "20"), 1, "damaged", "backup")
    assert str(path) in line
    assert path.read_bytes() == before
    assert not (tmp_path / "shop.db-wal").exists() or (tmp_path / "shop.db-wal").stat().st_size == 0
    assert_fails(run_cli("check"), 1, "damaged", "malformed")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(run_cli, tmp_path) -> None:
    other = tmp_path / "members.csv"
    other.write_text("name,phone\n" * 500, encoding="utf-8")
    assert_fails(run_cli("sale", "-", "5", db_file=other), 1, "damaged", "not a database")
    assert other.read_text(encoding="utf-8") == "name,phone\n" * 500


@contextmanager
def _other_till_writing(path: Path):
    """Another till in the middle of a write transaction on the same file."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE member SET tags = 'busy'")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


@pytest.mark.sqlite_only("SQLite's file lock")
def test_reading_commands_do_not_wait_for_the_write_lock(
    run_cli, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A till holds the write lock; finding, exporting and checking go ahead at once (a
    command that writes still waits and then says the database is busy)."""
    zhang = enrol(run_cli, "张三", "13800138000")
    sell(run_cli, zhang["card"], "10")
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 500)
    with _other_till_writing(tmp_path / "shop.db"):
        started = time.monotonic()
        [found] = ok_json(run_cli("member", "find", "张三", "--json"))
        exported = ok_json(run_cli("export", "members", str(tmp_path / "m.csv"), "--json"))
        checked = ok_json(run_cli("check", "--json"))
        ok_json(run_cli("report", "monthly", "--month", "2026-01", "--json"))
        ok_json(run_cli("rules", "show", "--json"))
        elapsed = time.monotonic() - started
        assert_fails(run_cli("sale", zhang["card"], "5"), 1, "busy")
    assert found["card"] == zhang["card"] and exported["rows"] == 1 and checked["ok"]
    assert elapsed < 5  # no command waited out a busy timeout (each would take 0.5 s and fail)


@pytest.fixture
def read_only_dir(tmp_path):
    """A directory whose files cannot be written or created, even by root (``chattr +i``: what a
    write-protected USB stick gives)."""
    media = tmp_path / "usb"
    media.mkdir()

    def protect(*paths: Path) -> None:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is not available")
        done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True)
        if done.returncode:
            pytest.skip(f"cannot make files immutable here: {done.stderr.decode().strip()}")
        protected.extend(paths)

    protected: list[Path] = []
    yield media, protect
    if protected:
        subprocess.run(["chattr", "-i", *map(str, protected)], check=True)


@pytest.mark.sqlite_only("a SQLite file on read-only media")
def test_a_shop_on_read_only_media_can_be_read(run_cli, tmp_path, read_only_dir) -> None:
    zhang = enrol(run_cli, "张三", "13800138000")
    sell(run_cli, zhang["card"], "10")
    media, protect = read_only_dir
    copy = media / "shop.db"
    shutil.copy(tmp_path / "shop.db", copy)
    protect(copy, media)
    with pytest.raises(OSError):  # really read-only: not even root may add the -wal / -shm
        (media / "shop.db-shm").touch()
    [found] = ok_json(run_cli("member", "find", zhang["card"], "--json", db_file=copy))
    assert found["balance"] == 10
    assert ok_json(run_cli("check", "--json", db_file=copy))["ok"]
    exported = ok_json(run_cli("export", "sales", str(tmp_path / "s.csv"), "--json", db_file=copy))
    assert exported["rows"] == 1
    assert_fails(run_cli("sale", zhang["card"], "5", db_file=copy), 1, "database")
    assert sorted(p.name for p in media.iterdir()) == ["shop.db"]
