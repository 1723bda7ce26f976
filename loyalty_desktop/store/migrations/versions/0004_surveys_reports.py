"""Counter surveys: versioned survey documents, responses (final once written), the
follow-up queue, and the survey a sale was chosen to ask. Sales get their calendar day in shop
time (``shop_date``, filled in for existing sales from the time zone of the newest rules).
The report's monthly rollups (member_month, shop_month, ledger_month) and each member's usual
gap are created empty here and filled by ``db.migrate`` from the sales and the ledger.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import json
from collections.abc import Sequence
from datetime import UTC
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "survey",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_till", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "survey_response",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_till", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("nps", sa.Integer(), nullable=True),
        sa.Column("csat", sa.Integer(), nullable=True),
        sa.Column("choice", sa.Integer(), nullable=True),
        sa.Column("comment", sa.String(length=1000), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("csat IS NULL OR (csat BETWEEN 1 AND 5)", name="ck_response_csat"),
        sa.CheckConstraint("nps IS NULL OR (nps BETWEEN 0 AND 10)", name="ck_response_nps"),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"],
            ["sale.id"],
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["survey.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sale_id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_response_answered_at"), ["answered_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_response_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "follow_up",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_till", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_response.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("response_id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_status"), ["status"], unique=False)

    op.add_column("sale", sa.Column("shop_date", sa.Date(), nullable=True))
    _fill_shop_dates()
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.add_column(sa.Column("survey_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_sale_survey_id", "survey", ["survey_id"], ["id"])
        batch_op.alter_column("shop_date", existing_type=sa.Date(), nullable=False)
        batch_op.create_index(
            "ix_sale_member_day", ["member_id", "shop_date", "status"], unique=False
        )
        batch_op.create_index("ix_sale_shop_date", ["shop_date"], unique=False)
        batch_op.create_index("ix_sale_survey_asked", ["survey_id", "created_at"], unique=False)
    op.create_table(
        "ledger_month",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("month", "kind"),
    )
    op.create_table(
        "shop_month",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("sales", sa.Integer(), nullable=False),
        sa.Column("net_cents", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("month"),
    )
    op.create_table(
        "member_month",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("net_cents", sa.BigInteger(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("returned", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("member_id", "month"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("member_month", schema=None) as batch_op:
        batch_op.create_index(
            "ix_member_month_month",
            ["month", "member_id", "visits", "net_cents", "returned"],
            unique=False,
        )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("usual_gap", sa.Float(), nullable=True))


def _fill_shop_dates() -> None:
    conn = op.get_bind()
    document = conn.execute(
        sa.text("SELECT document FROM rules_version ORDER BY valid_from DESC, id DESC LIMIT 1")
    ).scalar()
    zone = ZoneInfo(
        json.loads(document).get("timezone", "Asia/Shanghai") if document else "Asia/Shanghai"
    )
    sale = sa.table(
        "sale",
        sa.column("id", sa.Integer),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("shop_date", sa.Date),
    )
    rows = conn.execute(sa.select(sale.c.id, sale.c.created_at)).all()
    update = (
        sa.update(sale)
        .where(sale.c.id == sa.bindparam("sid"))
        .values(shop_date=sa.bindparam("day"))
    )
    for start in range(0, len(rows), 5000):
        batch = rows[start : start + 5000]
        conn.execute(
            update,
            [
                {
                    "sid": sid,
                    "day": (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(zone).date(),
                }
                for sid, at in batch
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("usual_gap")
    op.drop_table("member_month")
    op.drop_table("shop_month")
    op.drop_table("ledger_month")
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_index("ix_sale_survey_asked")
        batch_op.drop_index("ix_sale_shop_date")
        batch_op.drop_index("ix_sale_member_day")
        batch_op.drop_constraint("fk_sale_survey_id", type_="foreignkey")
        batch_op.drop_column("survey_id")
        batch_op.drop_column("shop_date")

    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_status"))

    op.drop_table("follow_up")
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_response_member_id"))
        batch_op.drop_index(batch_op.f("ix_survey_response_answered_at"))

    op.drop_table("survey_response")
    op.drop_table("survey")
