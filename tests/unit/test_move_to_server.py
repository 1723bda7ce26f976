"""Moving a SQLite shop onto an empty PostgreSQL database (the PostgreSQL run's server): every
table copied with its ids and hash chains, `loyalty check` passing on both sides, the same
rows, the server's ids continuing after the copied ones, and the SQLite file as it was."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, inspect
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.errors import ChecksFailed, DatabaseError, PermissionDenied
from loyalty_desktop.services import demo, move_to_server
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.check import Problem, run_checks
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.store.models import Member, Role, Sale, Staff
from loyalty_desktop.store.name_index import outside_models


@pytest.fixture
def sqlite_shop(tmp_path):  # type: ignore[no-untyped-def]
    """A demo shop in a SQLite file, as a till has it before it moves, and its owner."""
    shop = open_shop(f"sqlite:///{tmp_path / 'shop.db'}", till_id="till-test")
    with shop.session() as s:
        owner = Actor(ensure_owner(s, shop.till_id).id, shop.till_id)
        demo.build_demo(s, owner, members=25, months=3, seed=7)
    yield shop, owner
    shop.dispose()


def _members(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return [(m.id, m.card, m.balance) for m in s.exec(select(Member).order_by(Member.id))]


def test_the_shop_moves_whole_and_checked(sqlite_shop, server_database) -> None:
    shop, owner = sqlite_shop
    before = snapshot(shop)
    steps: list[tuple[int, int]] = []
    moved = move_to_server.move_to_server(
        shop, owner, server_database, lambda d, t: steps.append((d, t))
    )
    assert moved.target == server_database  # the test server asks no password
    assert moved.tables["member"] == 25 and moved.tables["sale"] > 0
    assert steps[-1][0] == steps[-1][1] and len(steps) > 2  # the bar reaches its end
    assert snapshot(shop) == before  # the SQLite file is left as it was
    server = open_shop(server_database, till_id="till-test")
    try:
        with server.session(readonly=True) as s:
            assert run_checks(s) == []  # the hash chains hold on the server too
        assert _members(server) == _members(shop)
        counts = {t: len(rows) for t, rows in snapshot(server).items()}
        # The name search's own tables differ by database (store/name_index.py).
        moved_tables = {t: len(rows) for t, rows in before.items() if not outside_models(t)}
        assert counts == moved_tables
        with server.session() as s:  # the next ids follow the copied ones
            last_sale = max(sale.id for sale in s.exec(select(Sale)))
            member = enrol(s, owner, Enrolment(name="New Member", phone="13900139000"))
            sale = record_sale(s, owner, SaleRequest(1000, member.id))
        assert member.id == 26 and sale.sale.id == last_sale + 1
    finally:
        server.dispose()


def test_a_server_database_that_holds_a_shop_is_refused(sqlite_shop, server_database) -> None:
    shop, owner = sqlite_shop
    move_to_server.move_to_server(shop, owner, server_database)
    server = open_shop(server_database, till_id="till-test")
    before = snapshot(server)
    with pytest.raises(DatabaseError, match="already holds a shop"):
        move_to_server.move_to_server(shop, owner, server_database)
    assert snapshot(server) == before
    server.dispose()


def test_only_the_owner_moves_the_shop_and_a_refusal_leaves_the_server_empty(
    sqlite_shop, server_database
) -> None:
    shop, _owner = sqlite_shop
    with shop.session() as s:
        cashier = Staff(
            name="Li Lei", role=Role.CASHIER, origin_till="till-test", created_at=datetime.now(UTC)
        )
        s.add(cashier)
        s.flush()
        cashier_actor = Actor(cashier.id, shop.till_id)
    with pytest.raises(PermissionDenied):
        move_to_server.move_to_server(shop, cashier_actor, server_database)
    engine = create_engine(server_database)
    assert inspect(engine).get_table_names() == []
    engine.dispose()


def test_a_shop_moves_to_postgresql_only(db, actor, tmp_path) -> None:
    with pytest.raises(DatabaseError, match="PostgreSQL server only"):
        move_to_server.move_to_server(db, actor, f"sqlite:///{tmp_path / 'other.db'}")


def test_a_copy_that_fails_its_check_leaves_the_server_empty(
    sqlite_shop, server_database, monkeypatch
) -> None:
    shop, owner = sqlite_shop
    real = move_to_server.run_checks

    def broken_on_the_server(session):  # type: ignore[no-untyped-def]
        found = real(session)
        if session.get_bind().dialect.name == "postgresql":
            found.append(Problem("chain", "points_entry 1", "content does not match its hash"))
        return found

    monkeypatch.setattr(move_to_server, "run_checks", broken_on_the_server)
    with pytest.raises(ChecksFailed):
        move_to_server.move_to_server(shop, owner, server_database)
    engine = create_engine(server_database)
    assert inspect(engine).get_table_names() == []  # the schema and the rows rolled back
    engine.dispose()
