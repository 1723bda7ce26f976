"""Shared test setup: offscreen Qt, a private data dir, a fresh SQLite shop per test."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Before anything imports Qt or reads the per-user data dir.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="loyalty-test-data-"))
os.environ["LOYALTY_TILL_ID"] = "till-test"
for name in ("LOYALTY_DB", "LOYALTY_DATABASE_URL"):
    os.environ.pop(name, None)

import pytest

from loyalty_desktop import cli
from loyalty_desktop.config import sqlite_url
from loyalty_desktop.db import Database, open_database
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.staff import ensure_owner


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(sqlite_url(tmp_path / "shop.db"), till_id="till-test")
    yield database
    database.dispose()


@pytest.fixture
def actor(db: Database) -> Actor:
    with db.session() as session:
        owner = ensure_owner(session, db.till_id)
    return Actor(staff_id=owner.id, till_id=db.till_id)


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self):  # type: ignore[no-untyped-def]
        return json.loads(self.out)


@pytest.fixture
def run_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``loyalty ARGS --db <tmp>/shop.db`` in-process and capture what it prints."""
    db_path = tmp_path / "shop.db"

    def run(*args: str, db_file: Path | None = None) -> CliResult:
        target = db_file or db_path
        if not target.exists() and args[0] not in ("init", "demo"):
            cli.main(["init", "--db", str(target)])  # commands other than init need a shop
        capsys.readouterr()
        code = cli.main([*map(str, args), "--db", str(target)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def member(db: Database, actor: Actor):
    """A member with no points and no birthday, enrolled in 2020 (before any back-dated
    receipt of the tests: a sale before the enrolment is refused)."""
    from datetime import UTC, datetime

    from loyalty_desktop.services.members import Enrolment, enrol

    since = datetime(2020, 1, 1, tzinfo=UTC)
    with db.session() as session:
        return enrol(
            session, actor, Enrolment(name="Zhang San", phone="13800138000", enrolled_at=since)
        )
