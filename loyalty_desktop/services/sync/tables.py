"""What a package carries, table by table, and how each value is written to and read from CSV.

Every column travels except the row's integer id and what each database derives for itself
(a member's balance, tier and usual gap; a sale's refunded total and status). A column that
points at another row travels twice: as the exporting till's id (what its hash chains cover)
and as that row's uuid, ``<column>_uuid`` (what this database resolves).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, Table, TypeDecorator
from sqlmodel import SQLModel

from loyalty_desktop.services import rollups
from loyalty_desktop.store import chain
from loyalty_desktop.store.models import (
    AuditEntry,
    Campaign,
    Coupon,
    CouponTemplate,
    FollowUp,
    Member,
    MemberChange,
    PointsEntry,
    Refund,
    RetiredCard,
    RulesVersion,
    Sale,
    SaleItem,
    Staff,
    Survey,
    SurveyResponse,
    TierChange,
)
from loyalty_desktop.store.models.base import table_of

EXPIRE = "expire:"  # an expiry's dedupe key names the lot it lapses by id (services/expiry.py)
LOT = "lot_uuid"  # the column that carries that lot's uuid
COUPON = "coupon_uuid"  # a sale's column: the coupon it redeemed (a redemption travels with it)


@dataclass(frozen=True)
class Synced:
    """One table that travels."""

    model: type[SQLModel]
    refs: dict[str, type[SQLModel]]  # column -> the table its ids point into
    derived: tuple[str, ...] = ()  # recomputed here, never copied
    optional: tuple[str, ...] = ()  # refs left empty when their row is not here (staff, survey)
    virtual: tuple[str, ...] = ()  # columns of the package only (LOT, COUPON)
    head: bool = False  # travels from the head till only (services/sync/head.py)
    since: str = ""  # the schema revision that added it: a package from before has no file

    @property
    def table(self) -> Table:
        return table_of(self.model)

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def chained(self) -> bool:
        return self.name in chain.APPEND_ONLY

    def columns(self) -> list[str]:
        """The CSV's header: every column that travels, then the refs' uuids."""
        skip = {"id", *self.derived}
        names = [c.name for c in self.table.columns if c.name not in skip]
        return names + [f"{ref}_uuid" for ref in self.refs] + list(self.virtual)


_STAFF = ("staff_id", "created_by")
# An account's wrong PINs, lock and own member card stay with the till that has them.
STAFF_LOCAL = ("failed_pins", "locked_until", "member_id")
# In the order they are imported: a row's references come before it.
TABLES = (
    Synced(Staff, {}, derived=STAFF_LOCAL, head=True),
    Synced(RulesVersion, {"staff_id": Staff}, optional=_STAFF, head=True),
    Synced(Survey, {"staff_id": Staff}, optional=_STAFF, head=True),
    Synced(
        Member,
        {"referred_by_id": Member, "created_by": Staff},
        derived=("balance", "tier", *rollups.VISITS),
        optional=_STAFF,
    ),
    # A member's later edits (and erasure), applied by services/member_changes.py.
    Synced(MemberChange, {"member_id": Member, "staff_id": Staff}, optional=_STAFF),
    Synced(RetiredCard, {"member_id": Member, "retired_by": Staff}, optional=("retired_by",)),
    Synced(CouponTemplate, {}),
    Synced(Campaign, {"template_id": CouponTemplate, "staff_id": Staff}, optional=_STAFF),
    # A coupon travels as issued (or void); its redemption travels with the sale that used it.
    Synced(
        Coupon,
        {"template_id": CouponTemplate, "campaign_id": Campaign, "member_id": Member},
        derived=("sale_id", "redeemed_at", "discount_cents"),
    ),
    Synced(
        Sale,
        {"member_id": Member, "staff_id": Staff, "survey_id": Survey},
        derived=("refunded_cents", "status"),
        optional=(*_STAFF, "survey_id"),
        virtual=(COUPON,),
    ),
    # A sale's lines are copies of what was sold: they need no item list at the other till.
    Synced(SaleItem, {"sale_id": Sale}, since="0017"),
    # An answer whose survey version is not here (not the head's) is skipped and reported.
    Synced(
        SurveyResponse,
        {"survey_id": Survey, "sale_id": Sale, "member_id": Member},
        optional=("survey_id",),
    ),
    # A detractor's follow-up (回访) travels as opened; its later steps stay at its till.
    Synced(FollowUp, {"response_id": SurveyResponse, "staff_id": Staff}, optional=_STAFF),
    Synced(Refund, {"sale_id": Sale, "staff_id": Staff}, optional=_STAFF),
    Synced(
        TierChange,
        {"member_id": Member, "sale_id": Sale, "staff_id": Staff},
        optional=_STAFF,
    ),
    Synced(
        PointsEntry,
        {"member_id": Member, "sale_id": Sale, "refund_id": Refund, "staff_id": Staff},
        optional=_STAFF,
        virtual=(LOT,),
    ),
    Synced(AuditEntry, {"staff_id": Staff}, optional=_STAFF),
)
BY_NAME = {t.name: t for t in TABLES}


def write_value(value: Any) -> str:
    """A stored value as a CSV cell: empty for None, times in UTC with their offset."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def read_value(column: Column[Any], text: str) -> Any:
    """A CSV cell as the column stores it. Raises ValueError on a cell that is not one."""
    if text == "" and column.nullable:
        return None
    stored = column.type
    kind = (stored.impl_instance if isinstance(stored, TypeDecorator) else stored).python_type
    if kind is datetime:
        return datetime.fromisoformat(text).astimezone(UTC)
    if kind is date:
        return date.fromisoformat(text)
    if kind is bool:
        if text not in ("0", "1"):
            raise ValueError(f"not a yes/no value: {text!r}")
        return text == "1"
    if kind in (int, float):
        return kind(text)
    return text
