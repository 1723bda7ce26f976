"""The points ledger and the audit trail become append-only in the database itself: triggers
refuse UPDATE and DELETE (and PostgreSQL's TRUNCATE) on them, and each row carries a hash
chained to the previous row of its till (store/chain.py), computed here for the rows already
written, in id order.

One deletion stays allowed: rows an import is still writing (listed on its ``import_run`` row)
are taken out again when that import fails or crashes (services/importing.py ``undo_import``),
as if they had never been written; the import's own undo notes the chain links it leaves in
an audit line, so ``loyalty check`` still sees every other gap. A finished import has no
``import_run`` row: its rows are as permanent as any.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from loyalty_desktop.store import chain

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A row lies in a range an unfinished import wrote: {"points_entry": [[first, last], ...], ...}.
_SQLITE_IMPORTING = """EXISTS (SELECT 1 FROM import_run, json_each(import_run.written, '$.{table}') AS r
    WHERE OLD.id BETWEEN json_extract(r.value, '$[0]') AND json_extract(r.value, '$[1]'))"""
_SQLITE_TRIGGERS = (
    """CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
    BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never updated'); END""",
    """CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} WHEN NOT {importing}
    BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never deleted'); END""",
)
_PG_FUNCTION = """
CREATE FUNCTION loyalty_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (
        SELECT 1 FROM import_run, jsonb_array_elements(import_run.written::jsonb -> TG_TABLE_NAME) r
        WHERE OLD.id BETWEEN (r ->> 0)::bigint AND (r ->> 1)::bigint
    ) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""
_PG_TRIGGERS = (
    """CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION loyalty_append_only()""",
    """CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION loyalty_append_only()""",
)


def upgrade() -> None:
    for table in chain.APPEND_ONLY:
        with op.batch_alter_table(table) as batch:
            for column in ("prev_hash", "row_hash"):
                batch.add_column(
                    sa.Column(column, sa.String(length=64), nullable=False, server_default="")
                )
            batch.create_index(f"ix_{table}_origin_till_id", ["origin_till", "id"], unique=False)
    bind = op.get_bind()
    for table in chain.APPEND_ONLY:
        chain.rehash_all(bind, sa.Table(table, sa.MetaData(), autoload_with=bind))
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        op.execute(_PG_FUNCTION)
    for table in chain.APPEND_ONLY:
        importing = _SQLITE_IMPORTING.format(table=table)
        for trigger in _PG_TRIGGERS if postgres else _SQLITE_TRIGGERS:
            op.execute(trigger.format(table=table, importing=importing))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    postgres = dialect == "postgresql"
    for table in chain.APPEND_ONLY:
        for name in chain.TRIGGERS[dialect]:
            if name.startswith(f"{table}_"):
                op.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if postgres else ""))
    if postgres:
        op.execute("DROP FUNCTION loyalty_append_only()")
    for table in chain.APPEND_ONLY:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_origin_till_id")
            batch.drop_column("row_hash")
            batch.drop_column("prev_hash")
