"""Offline sync between tills: the shop's id (every till of one shop shares it), the packages
each till imported, and the hashed values of rows that came from other tills.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHOP_ID = "shop.id"  # services/sync/shop.py


def upgrade() -> None:
    op.create_table(
        "sync_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rows", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("till", "sequence"),
    )
    op.create_table(
        "synced_ref",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=30), nullable=False),
        sa.Column("row_uuid", sa.String(length=36), nullable=False),
        sa.Column("hashed", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("table_name", "row_uuid"),
    )
    settings = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(settings, [{"key": SHOP_ID, "value": json.dumps(str(uuid.uuid4()))}])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM setting WHERE key = :key").bindparams(key=SHOP_ID))
    op.drop_table("synced_ref")
    op.drop_table("sync_package")
