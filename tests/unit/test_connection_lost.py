"""A database server that goes away in the middle of an action: a typed error that says so, the
action's transaction gone whole, and the same sale retried with its key recorded once."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlmodel import func, select

from loyalty_desktop.core.errors import ConnectionLost, DatabaseError, render
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.db import database_errors
from loyalty_desktop.store.models import Member, PointsEntry, Sale


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return s.exec(select(func.count()).select_from(model)).one()


def _kill_own_connection(session) -> None:  # type: ignore[no-untyped-def]
    """What a server restart or a cut cable does: the server ends this session's backend."""
    pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
    other = create_engine(session.get_bind().url)
    with other.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    other.dispose()


@pytest.fixture
def postgresql(shop_database) -> None:  # type: ignore[no-untyped-def]
    if shop_database.file is not None:
        pytest.skip("the PostgreSQL run's test (a connection to a server to lose)")


@pytest.mark.usefixtures("postgresql")
def test_a_sale_on_a_dropped_connection_is_not_half_saved_and_retries_once(
    db, actor, member
) -> None:
    request = SaleRequest(8800, member.id, key=str(uuid.uuid4()))
    entries = _count(db, PointsEntry)
    with pytest.raises(ConnectionLost) as lost, db.session() as s:
        record_sale(s, actor, request)  # written, not committed …
        _kill_own_connection(s)  # … when the server goes away
    assert render(lost.value) == (
        "the database server cannot be reached; nothing was saved — try again"
    )
    assert _count(db, Sale) == 0 and _count(db, PointsEntry) == entries
    with db.session() as s:  # the pool connects afresh; the till retries with the same key
        again = record_sale(s, actor, request)
    with db.session() as s:
        twice = record_sale(s, actor, request)
    assert again.sale.uuid == twice.sale.uuid == request.key and twice.sale.id == again.sale.id
    assert _count(db, Sale) == 1
    with db.session(readonly=True) as s:
        assert s.get(Member, member.id).balance == 88


def test_a_dropped_connection_is_told_from_a_refused_statement(db) -> None:
    """The mapping itself, on either database: SQLAlchemy's disconnect flag → ConnectionLost."""
    dropped = OperationalError("COMMIT", {}, Exception("server closed the connection"))
    dropped.connection_invalidated = True
    with pytest.raises(ConnectionLost), db.session():
        raise dropped


@pytest.mark.usefixtures("postgresql")
def test_a_server_that_is_not_there_says_so(db) -> None:
    url = db.engine.url.set(port=1)  # nothing listens on port 1
    with pytest.raises(DatabaseError) as refused:
        open_shop(url.render_as_string(hide_password=False))
    assert "the server cannot be reached" in str(refused.value)


@pytest.mark.parametrize(
    ("driver_says", "shown"),
    [
        (
            'connection to server at "10.0.0.5", port 5432 failed: FATAL:  password '
            'authentication failed for user "till"',
            "the user name or the password is wrong",
        ),
        (
            'connection to server at "10.0.0.5", port 5432 failed: FATAL:  role "tll" does '
            "not exist",
            "the user name or the password is wrong",
        ),
        (
            'connection to server at "10.0.0.5", port 5432 failed: FATAL:  database "shpo" '
            "does not exist",
            "this database does not exist on the server",
        ),
        (
            'connection to server at "10.0.0.5", port 5432 failed: Connection refused\n\tIs '
            "the server running on that host and accepting TCP/IP connections?",
            "the server cannot be reached (Connection refused)",
        ),
        ("failed to resolve host 'shop-server': [Errno -2]", "the server cannot be reached"),
        ("connection to server failed: fe_sendauth: no password supplied", "asks for a password"),
        ('permission denied for database "shop"', 'permission denied for database "shop"'),
    ],
)
def test_a_login_or_connection_failure_is_worded_by_its_cause(driver_says, shown) -> None:
    url = "postgresql+psycopg://till:secret@10.0.0.5/shop"
    with pytest.raises(DatabaseError) as refused, database_errors(url):
        raise OperationalError("connect", {}, Exception(f"connection failed: {driver_says}"))
    said = str(refused.value)
    assert said.startswith("database postgresql+psycopg://till:***@10.0.0.5/shop: ")
    assert shown in said and "secret" not in said and "\n" not in said
