"""The audit trail in the shop's words: each action and detail name as the reader says it, and
a line's details on one line ("reason: goodwill; points: 50"). Shared by the Audit view and
``loyalty audit``."""

from __future__ import annotations

from typing import Any

from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services.report_figures import KPIS

# The actions the services record (grep ``audit.record(``), as the shop says them; an action
# not listed here shows its raw name.
ACTION_LABELS = {
    "sign_in": QT_TRANSLATE_NOOP("AuditActions", "signed in"),
    "sign_in.failed": QT_TRANSLATE_NOOP("AuditActions", "wrong PIN"),
    "sign_in.locked": QT_TRANSLATE_NOOP("AuditActions", "sign-in while locked"),
    "staff.owner_set_up": QT_TRANSLATE_NOOP("AuditActions", "owner set up"),
    "staff.add": QT_TRANSLATE_NOOP("AuditActions", "staff added"),
    "staff.change": QT_TRANSLATE_NOOP("AuditActions", "staff changed"),
    "staff.reset_pin": QT_TRANSLATE_NOOP("AuditActions", "PIN reset"),
    "staff.own_card": QT_TRANSLATE_NOOP("AuditActions", "staff card linked"),
    "sale.record": QT_TRANSLATE_NOOP("AuditActions", "sale"),
    "sale.refund": QT_TRANSLATE_NOOP("AuditActions", "refund"),
    "points.adjust": QT_TRANSLATE_NOOP("AuditActions", "points adjusted"),
    "reward.redeem": QT_TRANSLATE_NOOP("AuditActions", "reward redeemed"),
    "coupon.template": QT_TRANSLATE_NOOP("AuditActions", "coupon designed"),
    "coupon.issue": QT_TRANSLATE_NOOP("AuditActions", "coupons issued"),
    "coupon.void": QT_TRANSLATE_NOOP("AuditActions", "coupon voided"),
    "coupon.lockout": QT_TRANSLATE_NOOP("AuditActions", "coupon scans locked"),
    "rules.save": QT_TRANSLATE_NOOP("AuditActions", "rules changed"),
    "member.enrol": QT_TRANSLATE_NOOP("AuditActions", "member enrolled"),
    "member.edit": QT_TRANSLATE_NOOP("AuditActions", "member edited"),
    "member.replace_card": QT_TRANSLATE_NOOP("AuditActions", "card replaced"),
    "member.export_data": QT_TRANSLATE_NOOP("AuditActions", "member's data exported"),
    "member.erase": QT_TRANSLATE_NOOP("AuditActions", "member erased"),
    "import.members": QT_TRANSLATE_NOOP("AuditActions", "members imported"),
    "import.sales": QT_TRANSLATE_NOOP("AuditActions", "sales imported"),
    "import.undone": QT_TRANSLATE_NOOP("AuditActions", "import taken back"),
    "import.items": QT_TRANSLATE_NOOP("AuditActions", "item list imported"),
    "item.add": QT_TRANSLATE_NOOP("AuditActions", "item added"),
    "item.change": QT_TRANSLATE_NOOP("AuditActions", "item changed"),
    "item.retire": QT_TRANSLATE_NOOP("AuditActions", "item taken off the list"),
    "message.save": QT_TRANSLATE_NOOP("AuditActions", "message template saved"),
    "message.delete": QT_TRANSLATE_NOOP("AuditActions", "message template deleted"),
    "message.export": QT_TRANSLATE_NOOP("AuditActions", "messages exported"),
    "offer.choose": QT_TRANSLATE_NOOP("AuditActions", "till's suggested coupon chosen"),
    "follow_up.update": QT_TRANSLATE_NOOP("AuditActions", "follow-up updated"),
    "survey.save": QT_TRANSLATE_NOOP("AuditActions", "survey changed"),
    "segment.save": QT_TRANSLATE_NOOP("AuditActions", "member filter saved"),
    "segment.delete": QT_TRANSLATE_NOOP("AuditActions", "member filter deleted"),
    "targets.set": QT_TRANSLATE_NOOP("AuditActions", "KPI targets changed"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "backup"),
    "restore": QT_TRANSLATE_NOOP("AuditActions", "backup restored"),
    "audit.export": QT_TRANSLATE_NOOP("AuditActions", "audit trail exported"),
    "sync.import": QT_TRANSLATE_NOOP("AuditActions", "sync packages imported"),
    "sync.head": QT_TRANSLATE_NOOP("AuditActions", "head till set"),
}
# Families of actions, offered in the "what" filter when the trail holds two or more of one.
FAMILY_LABELS = {
    "sign_in.": QT_TRANSLATE_NOOP("AuditActions", "all sign-in problems"),
    "staff.": QT_TRANSLATE_NOOP("AuditActions", "all staff changes"),
    "sale.": QT_TRANSLATE_NOOP("AuditActions", "all sales and refunds"),
    "points.": QT_TRANSLATE_NOOP("AuditActions", "all points changes"),
    "coupon.": QT_TRANSLATE_NOOP("AuditActions", "all coupon actions"),
    "member.": QT_TRANSLATE_NOOP("AuditActions", "all member changes"),
    "import.": QT_TRANSLATE_NOOP("AuditActions", "all imports"),
    "segment.": QT_TRANSLATE_NOOP("AuditActions", "all member filter changes"),
    "item.": QT_TRANSLATE_NOOP("AuditActions", "all item list changes"),
    "message.": QT_TRANSLATE_NOOP("AuditActions", "all message templates and exports"),
    "sync.": QT_TRANSLATE_NOOP("AuditActions", "all syncs"),
}
# The names the services give a line's details (an unknown one shows as it is).
DETAIL_LABELS = {
    "amount": QT_TRANSLATE_NOOP("AuditDetails", "amount"),
    "paid": QT_TRANSLATE_NOOP("AuditDetails", "paid"),
    "points": QT_TRANSLATE_NOOP("AuditDetails", "points"),
    "points_reversed": QT_TRANSLATE_NOOP("AuditDetails", "points taken back"),
    "points_returned": QT_TRANSLATE_NOOP("AuditDetails", "points given back"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "reason"),
    "approved_by": QT_TRANSLATE_NOOP("AuditDetails", "approved by"),
    "tries": QT_TRANSLATE_NOOP("AuditDetails", "wrong tries"),
    "name": QT_TRANSLATE_NOOP("AuditDetails", "name"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "role"),
    "active": QT_TRANSLATE_NOOP("AuditDetails", "active"),
    "phone": QT_TRANSLATE_NOOP("AuditDetails", "phone"),
    "birthday": QT_TRANSLATE_NOOP("AuditDetails", "birthday"),
    "tags": QT_TRANSLATE_NOOP("AuditDetails", "tags"),
    "marketing_consent": QT_TRANSLATE_NOOP("AuditDetails", "marketing consent"),
    "member": QT_TRANSLATE_NOOP("AuditDetails", "member card"),
    "old": QT_TRANSLATE_NOOP("AuditDetails", "old card"),
    "new": QT_TRANSLATE_NOOP("AuditDetails", "new card"),
    "reward": QT_TRANSLATE_NOOP("AuditDetails", "reward"),
    "coupons": QT_TRANSLATE_NOOP("AuditDetails", "coupons"),
    "target": QT_TRANSLATE_NOOP("AuditDetails", "sent to"),
    "terms": QT_TRANSLATE_NOOP("AuditDetails", "terms"),
    "document": QT_TRANSLATE_NOOP("AuditDetails", "rules"),
    "enabled": QT_TRANSLATE_NOOP("AuditDetails", "switched on"),
    "status": QT_TRANSLATE_NOOP("AuditDetails", "status"),
    "note": QT_TRANSLATE_NOOP("AuditDetails", "note"),
    "notes": QT_TRANSLATE_NOOP("AuditDetails", "notes"),
    "comments": QT_TRANSLATE_NOOP("AuditDetails", "comments"),
    "after": QT_TRANSLATE_NOOP("AuditDetails", "after"),
    "changed": QT_TRANSLATE_NOOP("AuditDetails", "changed"),
    "packages": QT_TRANSLATE_NOOP("AuditDetails", "sync packages"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "rows"),
    "gaps": QT_TRANSLATE_NOOP("AuditDetails", "gaps"),
    "file": QT_TRANSLATE_NOOP("AuditDetails", "file"),
    "size": QT_TRANSLATE_NOOP("AuditDetails", "size"),
    "automatic": QT_TRANSLATE_NOOP("AuditDetails", "automatic"),
    "pre_restore": QT_TRANSLATE_NOOP("AuditDetails", "copy kept before restoring"),
    "damaged": QT_TRANSLATE_NOOP("AuditDetails", "damaged file kept as"),
    "revision": QT_TRANSLATE_NOOP("AuditDetails", "database version"),
    "restored_by": QT_TRANSLATE_NOOP("AuditDetails", "restored by"),
    "staff_id": QT_TRANSLATE_NOOP("AuditDetails", "staff member"),
    "what": QT_TRANSLATE_NOOP("AuditDetails", "action"),
    "since": QT_TRANSLATE_NOOP("AuditDetails", "from"),
    "until": QT_TRANSLATE_NOOP("AuditDetails", "to"),
    "price": QT_TRANSLATE_NOOP("AuditDetails", "price"),
    "text": QT_TRANSLATE_NOOP("AuditDetails", "text"),
    "template": QT_TRANSLATE_NOOP("AuditDetails", "coupon template"),
    "on": QT_TRANSLATE_NOOP("AuditDetails", "on"),
}


def action_label(action: str) -> str:
    """An action or a family of them as the shop says it, in the process's language (unknown:
    its raw name)."""
    label = ACTION_LABELS.get(action) or FAMILY_LABELS.get(action)
    return translate("AuditActions", label) if label else action


def what_choices(recorded: list[str]) -> list[str]:
    """The "what" filter's choices: the families with two or more recorded actions, then each
    action, each group in reading order."""
    families = [
        family
        for family in FAMILY_LABELS
        if sum(action.startswith(family) for action in recorded) >= 2
    ]
    return sorted(families, key=action_label) + sorted(recorded, key=action_label)


def details_text(detail: dict[str, Any]) -> str:
    """ "what: value" pairs on one line, the names in the reader's language; a before/after pair
    as "old → new"; a nested document (a rule set, a coupon's terms) is left to the export."""
    return "; ".join(f"{_detail_name(key)}: {_shown(key, value)}" for key, value in detail.items())


def _shown(key: str, value: Any) -> str:
    if key == "changed" and isinstance(value, list):  # the names of the fields that changed
        return ", ".join(_detail_name(str(field)) for field in value)
    if key == "role":  # "cashier", or a change of role ["cashier", "manager"]
        if isinstance(value, list):
            return _value([translate("Roles", str(role)) for role in value])
        return translate("Roles", str(value))
    return _value(value)


def _detail_name(key: str) -> str:
    if key in DETAIL_LABELS:
        return translate("AuditDetails", DETAIL_LABELS[key])
    if key in KPIS:  # a KPI target (targets.set): the figure as the report names it
        return translate("ReportFigures", KPIS[key].label)
    return key


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("AuditDetails", "yes") if value else translate("AuditDetails", "no")
    if (
        isinstance(value, list)
        and len(value) == 2
        and not any(isinstance(v, dict | list) for v in value)
    ):
        return f"{_value(value[0])} → {_value(value[1])}"
    if isinstance(value, dict | list):
        return translate("AuditDetails", "(in the CSV export)")
    return str(value)
