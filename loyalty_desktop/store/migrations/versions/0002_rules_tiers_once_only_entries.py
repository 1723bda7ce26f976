"""Rules versions, tier history, once-only ledger entries, tier discount on sales.

The flat rules of 0001 (a "rules" setting) become the first rules version.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rules_version",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_till", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.DateTime(timezone=True), nullable=False),
        sa.Column("document", sa.String(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("rules_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rules_version_valid_from"), ["valid_from"], unique=False
        )

    op.create_table(
        "tier_change",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_till", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=30), nullable=False),
        sa.Column("previous", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"],
            ["sale.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("tier_change", schema=None) as batch_op:
        batch_op.create_index("ix_tier_change_member_at", ["member_id", "at"], unique=False)

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tier", sa.String(length=30), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_member_balance"), ["balance"], unique=False)

    with op.batch_alter_table("points_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dedupe_key", sa.String(length=60), nullable=True))
        batch_op.create_index(
            "uq_points_entry_member_dedupe", ["member_id", "dedupe_key"], unique=True
        )

    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tier_discount_cents", sa.BigInteger(), nullable=False, server_default="0")
        )

    _flat_rules_to_first_version()


def _flat_rules_to_first_version() -> None:
    """0001 kept {shop_name, timezone, points_per_yuan, redeem_points_per_yuan} in a setting."""
    conn = op.get_bind()
    row = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'rules'")).first()
    if row is None:
        return
    flat = json.loads(row[0]) or {}
    document: dict = {"earning": {}, "redemption": {}}
    for key in ("shop_name", "timezone"):
        if key in flat:
            document[key] = flat[key]
    if "points_per_yuan" in flat:
        document["earning"]["points_per_yuan"] = flat["points_per_yuan"]
    if "redeem_points_per_yuan" in flat:
        document["redemption"]["points_per_yuan"] = flat["redeem_points_per_yuan"]
    versions = sa.table(
        "rules_version",
        sa.column("uuid", sa.String),
        sa.column("origin_till", sa.String),
        sa.column("valid_from", sa.DateTime(timezone=True)),
        sa.column("document", sa.String),
    )
    op.bulk_insert(
        versions,
        [
            {
                "uuid": str(uuid.uuid4()),
                "origin_till": "migration",
                "valid_from": datetime(2000, 1, 1, tzinfo=UTC),
                "document": json.dumps(document),
            }
        ],
    )
    conn.execute(sa.text("DELETE FROM setting WHERE key = 'rules'"))


def downgrade() -> None:
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_column("tier_discount_cents")

    with op.batch_alter_table("points_entry", schema=None) as batch_op:
        batch_op.drop_index("uq_points_entry_member_dedupe")
        batch_op.drop_column("dedupe_key")

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_balance"))
        batch_op.drop_column("tier")

    with op.batch_alter_table("tier_change", schema=None) as batch_op:
        batch_op.drop_index("ix_tier_change_member_at")

    op.drop_table("tier_change")
    with op.batch_alter_table("rules_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rules_version_valid_from"))

    op.drop_table("rules_version")
