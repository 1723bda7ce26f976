"""Shared test setup: offscreen Qt, a private data dir, a fresh shop per test.

The shop is a SQLite file, or, with ``LOYALTY_TEST_DATABASE_URL`` set to a PostgreSQL server
(``postgresql+psycopg://user@host:port/postgres``, see scripts/test-postgres.sh), a database of
its own on that server, created for the test and dropped after it. There, tests that do not use
the shop are left out and tests marked ``sqlite_only`` are skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Before anything imports Qt or reads the per-user data dir.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="loyalty-test-data-"))
os.environ["LOYALTY_TILL_ID"] = "till-test"
os.environ["LOYALTY_LANG"] = "en"  # the tests' system language; Chinese tests ask for zh_CN
SERVER_URL = os.environ.get("LOYALTY_TEST_DATABASE_URL", "")
for name in ("LOYALTY_DB", "LOYALTY_DATABASE_URL"):
    os.environ.pop(name, None)

import pytest
from sqlalchemy import Engine, create_engine, make_url

from loyalty_desktop import cli
from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import Role, Staff

SHOP_FIXTURES = {"db", "run_cli", "shop_database"}
TEMPLATE = f"loyalty_template_{uuid.uuid4().hex[:12]}"  # one per run: runs may share a server


ROOT = Path(__file__).resolve().parent.parent


def _compile_catalogue() -> None:
    """Build the .qm files as `make qm` does when a .ts is newer (a bare `pytest` run)."""
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    built = ROOT / "loyalty_desktop" / "resources" / "translations"
    for ts in sources:
        qm = built / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            script = ROOT / "scripts" / "translations.py"
            subprocess.run([sys.executable, str(script), "release"], check=True)
            return


def pytest_configure(config: pytest.Config) -> None:
    _compile_catalogue()
    config.addinivalue_line(
        "markers", "sqlite_only(reason): needs SQLite (files, pragmas, query plans, backups)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a PostgreSQL server: only the tests that use the shop, and not the SQLite ones."""
    if not SERVER_URL:
        return
    kept = [item for item in items if SHOP_FIXTURES & set(getattr(item, "fixturenames", ()))]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept
    for item in kept:
        if marker := item.get_closest_marker("sqlite_only"):
            reason = marker.args[0] if marker.args else "SQLite-specific"
            item.add_marker(pytest.mark.skip(reason=f"PostgreSQL run: {reason}"))


def _on_server(engine: Engine, sql: str) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(sql)


@pytest.fixture(scope="session")
def server() -> Engine:
    """The PostgreSQL server, with a template database migrated once for the whole run."""
    engine = create_engine(SERVER_URL)
    _on_server(engine, f"CREATE DATABASE {TEMPLATE}")
    url = make_url(SERVER_URL).set(database=TEMPLATE).render_as_string(hide_password=False)
    open_shop(url, till_id="till-test").dispose()
    yield engine
    _on_server(engine, f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
    engine.dispose()


@dataclass
class ShopDatabase:
    """The test's database: a SQLite file not created yet, or a migrated PostgreSQL database."""

    url: str
    file: Path | None = None  # the SQLite file (None on PostgreSQL)


@pytest.fixture
def shop_database(request: pytest.FixtureRequest, tmp_path: Path) -> ShopDatabase:
    if not SERVER_URL:
        yield ShopDatabase(sqlite_url(tmp_path / "shop.db"), file=tmp_path / "shop.db")
        return
    engine = request.getfixturevalue("server")
    name = f"test_{uuid.uuid4().hex[:16]}"
    _on_server(engine, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    url = make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    yield ShopDatabase(url)
    _on_server(engine, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def server_database(request: pytest.FixtureRequest, shop_database: ShopDatabase) -> str:
    """The URL of an empty database of its own on the PostgreSQL server (no schema), for the
    PostgreSQL run; skipped on the SQLite run."""
    if shop_database.file is not None:
        pytest.skip("needs the PostgreSQL server (scripts/test-postgres.sh)")
    engine = request.getfixturevalue("server")
    name = f"empty_{uuid.uuid4().hex[:16]}"
    _on_server(engine, f"CREATE DATABASE {name}")
    yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    _on_server(engine, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db(shop_database: ShopDatabase) -> Database:
    database = open_shop(shop_database.url, till_id="till-test")
    yield database
    database.dispose()


@pytest.fixture
def actor(db: Database) -> Actor:
    with db.session() as session:
        owner = ensure_owner(session, db.till_id)
    return Actor(staff_id=owner.id, till_id=db.till_id)


@pytest.fixture
def cashier(db: Database) -> Actor:
    """A cashier's account on the test till."""
    with db.session() as session:
        staff = Staff(name="Li", role=Role.CASHIER, origin_till=db.till_id, created_at=utcnow())
        session.add(staff)
        session.flush()
        return Actor(staff_id=staff.id, till_id=db.till_id)


@pytest.fixture
def team(db: Database, actor: Actor) -> tuple[Actor, Actor, Actor]:
    """A shop with PINs: owner Wang Fang (2468), manager Chen Jie (8642) and cashier Li Lei
    (1357), as the actors (owner, manager, cashier)."""
    from loyalty_desktop.services import auth

    with db.session() as s:
        owner = auth.set_up_owner(s, db.till_id, "Wang Fang", "2468")
        boss = Actor(owner.id, db.till_id)
        manager = auth.add_staff(s, boss, "Chen Jie", "manager", "8642")
        cashier = auth.add_staff(s, boss, "Li Lei", "cashier", "1357")
        return boss, Actor(manager.id, db.till_id), Actor(cashier.id, db.till_id)


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self):  # type: ignore[no-untyped-def]
        return json.loads(self.out)


def _captured(capsys: pytest.CaptureFixture[str], args: list[str]) -> CliResult:
    capsys.readouterr()
    code = cli.main(args)
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err)


@pytest.fixture
def run_cli_alone(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``loyalty ARGS`` with only the database the arguments name (not the test's shop)."""
    return lambda *args: _captured(capsys, [*map(str, args)])


@pytest.fixture
def run_cli(
    shop_database: ShopDatabase, capsys: pytest.CaptureFixture[str]
) -> Callable[..., CliResult]:
    """Run ``loyalty ARGS --db <tmp>/shop.db`` (or ``--database-url`` the test's PostgreSQL
    database) in-process and capture what it prints."""

    def run(*args: str, db_file: Path | None = None) -> CliResult:
        if db_file is None and shop_database.file is None:
            # Made from the migrated template: it is a shop already.
            target, ready = ["--database-url", shop_database.url], True
        else:
            path = db_file or shop_database.file
            target, ready = ["--db", str(path)], path.exists()
        if not ready and args[0] not in ("init", "demo"):
            cli.main(["init", *target])  # commands other than init need a shop
        return _captured(capsys, [*map(str, args), *target])

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
