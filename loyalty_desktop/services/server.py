"""A PostgreSQL server as the shop's database, seen from a till before it uses it: can it be
reached with these details, and what does the database hold (nothing yet, a shop, a shop from
a newer program)? Settings → Database's "Test connection" and the move onto a server ask."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, inspect, select
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from loyalty_desktop.core.errors import DatabaseError
from loyalty_desktop.store.db import (
    create_db_engine,
    database_errors,
    head_revision,
    known_revision,
    masked_url,
)
from loyalty_desktop.store.models import Member
from loyalty_desktop.store.models.base import table_of

CONNECT_SECONDS = 5  # a test of the connection answers quickly, even for a host that is away


@dataclass(frozen=True)
class ServerState:
    """What a database on the server holds: ``revision`` None and no rows is an empty one."""

    url: str  # masked
    revision: str | None
    members: int
    rows: int  # in the shop's tables, all together

    @property
    def empty(self) -> bool:
        return self.rows == 0

    @property
    def older(self) -> bool:
        """A shop whose schema this program upgrades when a till opens it."""
        return self.revision is not None and self.revision != head_revision()


def shop_state(conn: Connection, url: str) -> ServerState:
    """What the database behind ``conn`` holds; a schema from a newer program is refused."""
    present = set(inspect(conn).get_table_names())
    revision = None
    if "alembic_version" in present:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision is not None and not known_revision(revision):
        raise DatabaseError(url=masked_url(url), reason="schema_newer", revision=revision)
    tables = [t for t in SQLModel.metadata.sorted_tables if t.name in present]
    rows = sum(conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables)
    members = 0
    if "member" in present:
        members = conn.execute(select(func.count()).select_from(table_of(Member))).scalar_one()
    return ServerState(masked_url(url), revision, members, rows)


def probe(url: str) -> ServerState:
    """Connect with these details and look: a clear DatabaseError when the server cannot be
    reached, the login is refused or the database is missing (``database_errors``)."""
    if make_url(url).get_backend_name() != "postgresql":
        raise DatabaseError(url=masked_url(url), reason="not_postgres")
    with database_errors(url):
        engine = create_db_engine(url, connect_timeout=CONNECT_SECONDS)
        try:
            with engine.connect() as conn:
                return shop_state(conn, url)
        finally:
            engine.dispose()
