"""A name index the till's and the member list's name search use instead of reading every
member: on SQLite an FTS5 table with the trigram tokenizer over ``member.name`` (any three
characters of a name, Chinese or Latin, case-insensitive), kept in step by triggers, so every
writer (enrolment, edit, erasure, import, sync) keeps it right; on PostgreSQL a pg_trgm GIN
index on ``lower(name)`` where the server offers the extension. Also an index on the name
without case (SQLite), for names searched by one or two characters from their start.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

from loyalty_desktop.store import name_index

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    for statement in name_index.create_statements(bind):
        op.execute(statement)


def downgrade() -> None:
    for statement in name_index.drop_statements(op.get_bind()):
        op.execute(statement)
