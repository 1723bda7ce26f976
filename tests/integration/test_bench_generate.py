"""The benchmark's generated shop (bench/generate.py) is one the app accepts: ``loyalty check``
finds nothing, and the same seed gives the same shop."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.opening import open_shop

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def generate(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(BENCH))
    import generate as module  # bench/ is scripts, not a package

    return module.generate


def _fingerprint(path: Path) -> tuple[object, ...]:
    with closing(sqlite3.connect(path)) as conn:
        return tuple(
            conn.execute(sql).fetchone()
            for sql in (
                "SELECT count(*), sum(balance), group_concat(name, '|') FROM member",
                "SELECT count(*), sum(paid_cents) FROM sale",
                "SELECT count(*), max(row_hash) FROM points_entry",
            )
        )


def test_generated_shop_passes_loyalty_check(generate, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.db"
    shop = generate(path, 1_500, seed=7)
    assert (shop.members, shop.sales) == (1_500, 7_500)
    db = open_shop(sqlite_url(path), till_id="bench-till")
    try:
        with db.session(readonly=True) as session:
            assert run_checks(session) == []
    finally:
        db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM member")]
        assert sum(not n.isascii() for n in names) > 1_000  # Chinese names
        assert sum(n.isascii() for n in names) > 100  # and Latin ones
        assert conn.execute("SELECT count(*) FROM member WHERE phone IS NULL").fetchone() == (0,)


def test_same_seed_same_shop(generate, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    generate(tmp_path / "a.db", 300, seed=3)
    generate(tmp_path / "b.db", 300, seed=3)
    assert _fingerprint(tmp_path / "a.db") == _fingerprint(tmp_path / "b.db")
