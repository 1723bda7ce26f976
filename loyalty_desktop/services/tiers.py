"""Member tiers. Until the tier rules exist every member is in the base tier."""

from __future__ import annotations

from loyalty_desktop.models import Member

BASE_TIER = "Member"


def tier_name(member: Member) -> str:
    return BASE_TIER
