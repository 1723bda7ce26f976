"""A sync's summary as a person reads it, for the Sync tab and ``loyalty sync import``: what
came in, table by table, and each conflict in a sentence."""

from __future__ import annotations

from typing import Any

from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# What a sync package's tables hold.
TABLE_WORDS = {
    "staff": QT_TRANSLATE_NOOP("Sync", "staff accounts"),
    "rules_version": QT_TRANSLATE_NOOP("Sync", "rules versions"),
    "survey": QT_TRANSLATE_NOOP("Sync", "survey versions"),
    "member": QT_TRANSLATE_NOOP("Sync", "members"),
    "member_change": QT_TRANSLATE_NOOP("Sync", "member edits"),
    "retired_card": QT_TRANSLATE_NOOP("Sync", "replaced cards"),
    "coupon_template": QT_TRANSLATE_NOOP("Sync", "coupon templates"),
    "campaign": QT_TRANSLATE_NOOP("Sync", "coupon campaigns"),
    "coupon": QT_TRANSLATE_NOOP("Sync", "coupons"),
    "sale": QT_TRANSLATE_NOOP("Sync", "sales"),
    "sale_item": QT_TRANSLATE_NOOP("Sync", "sale lines"),
    "survey_response": QT_TRANSLATE_NOOP("Sync", "survey answers"),
    "follow_up": QT_TRANSLATE_NOOP("Sync", "follow-ups"),
    "refund": QT_TRANSLATE_NOOP("Sync", "refunds"),
    "tier_change": QT_TRANSLATE_NOOP("Sync", "tier changes"),
    "points_entry": QT_TRANSLATE_NOOP("Sync", "ledger entries"),
    "audit_entry": QT_TRANSLATE_NOOP("Sync", "audit lines"),
}
# Each kind of conflict an import reports, with the conflict's own fields.
CONFLICT_WORDS = {
    "phone": QT_TRANSLATE_NOOP(
        "Sync", "phone {phone} was enrolled at two tills: kept by the member enrolled first"
    ),
    "once_only": QT_TRANSLATE_NOOP(
        "Sync", "once-only entry {key} was given at two tills (entry {entry})"
    ),
    "coupon": QT_TRANSLATE_NOOP(
        "Sync",
        "coupon {coupon} was redeemed at two tills: sale {sale} came second and keeps its "
        "discount (for the owner)",
    ),
    "not_head": QT_TRANSLATE_NOOP(
        "Sync", "rules, survey and staff from till {till} skipped: till {head} is the head"
    ),
    "survey_unknown": QT_TRANSLATE_NOOP(
        "Sync", "{count} survey answers of till {till} skipped: their survey is not the head's"
    ),
    "refund": QT_TRANSLATE_NOOP(
        "Sync",
        "sale {sale} was refunded at two tills, together more than was paid: its points are "
        "settled by till {by_till}; the money was refunded twice (for the owner)",
    ),
    "edit": QT_TRANSLATE_NOOP(
        "Sync",
        "member {member}: {field} was changed at two tills; {lost} (till {lost_till}, "
        "{lost_at}) gave way to {won} (till {won_till}, {won_at})",
    ),
}
# The fields of a member's edit, as a conflict names them.
FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("Sync", "name"),
    "phone": QT_TRANSLATE_NOOP("Sync", "phone"),
    "birthday": QT_TRANSLATE_NOOP("Sync", "birthday"),
    "tags": QT_TRANSLATE_NOOP("Sync", "tags"),
    "marketing_consent": QT_TRANSLATE_NOOP("Sync", "marketing consent"),
    "card": QT_TRANSLATE_NOOP("Sync", "card"),
}


def counts_text(counts: dict[str, int]) -> str:
    """'sales 12, members 3' (the tables with rows only), or 'none'."""
    return translate("Sync", ", ").join(
        translate("Sync", "{what} {count}").format(
            what=translate("Sync", TABLE_WORDS.get(table, table)), count=count
        )
        for table, count in counts.items()
        if count
    ) or translate("Sync", "none")


def conflict_text(conflict: dict[str, Any]) -> str:
    """One conflict in a sentence (an unknown kind: its fields as they are)."""
    words = CONFLICT_WORDS.get(str(conflict.get("kind")))
    if words is None:
        return ", ".join(f"{key}: {value}" for key, value in conflict.items())
    values = dict(conflict)
    if "field" in values:
        values["field"] = translate("Sync", FIELD_WORDS.get(values["field"], values["field"]))
    for key in ("lost", "won"):
        if key in values and values[key] in (None, ""):
            values[key] = translate("Sync", "(none)")
    return translate("Sync", words).format(**values)
