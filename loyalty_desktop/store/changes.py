"""Which kind of change a write to each table is. Every table is listed, so a new one must be
placed here (a test holds the list to the schema)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce
from operator import or_

from loyalty_desktop.core.changes import NOTHING, Change

CHANGE_BY_TABLE: dict[str, Change] = {
    "sale": Change.SALES,
    "refund": Change.SALES,
    "points_entry": Change.POINTS,
    "member": Change.MEMBERS,
    "tier_change": Change.MEMBERS,
    "retired_card": Change.MEMBERS,
    "member_change": Change.MEMBERS,
    "coupon": Change.COUPONS,
    "coupon_template": Change.COUPONS,
    "campaign": Change.COUPONS,
    "survey": Change.SURVEYS,
    "survey_response": Change.SURVEYS,
    "follow_up": Change.SURVEYS,
    "rules_version": Change.RULES,
    "staff": Change.STAFF,
    "setting": Change.SETTINGS,
    # Derived from the tables above or kept for the record: written only alongside them.
    "member_month": NOTHING,
    "shop_month": NOTHING,
    "ledger_month": NOTHING,
    "report_cache": NOTHING,
    "points_lot": NOTHING,
    "item": Change.RULES,
    "sale_item": Change.SALES,
    "audit_entry": NOTHING,
    "import_run": NOTHING,
    "sync_package": NOTHING,  # a sync import writes the tables above as well
    "synced_ref": NOTHING,
    "double_redemption": NOTHING,  # written with the sales a sync import brings
}


def change_of(tables: Iterable[str]) -> Change:
    return reduce(or_, (CHANGE_BY_TABLE[table] for table in tables), NOTHING)
