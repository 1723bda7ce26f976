"""Line items: the shop's items (``item``, sold by code or barcode) and the optional lines of a
sale (``sale_item``), each a copy of what was sold at the price it was sold for.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _travelling() -> list[sa.Column]:
    return [
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_till", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "item",
        *_travelling(),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("barcode", sa.String(length=64), nullable=True),
        sa.Column("price_cents", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("barcode"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "sale_item",
        *_travelling(),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("quantity > 0", name="ck_sale_item_quantity_positive"),
        sa.CheckConstraint("unit_price_cents >= 0", name="ck_sale_item_price_nonnegative"),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_sale_item_code_sale", "sale_item", ["code", "sale_id"], unique=False)
    op.create_index(op.f("ix_sale_item_sale_id"), "sale_item", ["sale_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sale_item_sale_id"), table_name="sale_item")
    op.drop_index("ix_sale_item_code_sale", table_name="sale_item")
    op.drop_table("sale_item")
    op.drop_table("item")
