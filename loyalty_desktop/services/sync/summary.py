"""What a sync import did, as its --json document shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from loyalty_desktop.services.sync.tables import TABLES


@dataclass(frozen=True)
class CouponEvent:
    at: datetime
    sale_uuid: str
    coupon_uuid: str | None  # None: the completing refund of the sale (its coupon comes back)
    discount_cents: int = 0


@dataclass
class Summary:
    """What an import did (the --json document of ``loyalty sync import``)."""

    rows_in: dict[str, int] = field(default_factory=lambda: {t.name: 0 for t in TABLES})
    duplicates: dict[str, int] = field(default_factory=lambda: {t.name: 0 for t in TABLES})
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # imported before, or this till's own
    waiting: list[str] = field(default_factory=list)  # an earlier package is not here yet
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    members: set[int] = field(default_factory=set)  # touched: recomputed at the end
    refunded: set[int] = field(default_factory=set)  # sales new refunds came for: settled
    edited: set[int] = field(default_factory=set)  # members with new changes: applied at the end
    changes_in: set[str] = field(default_factory=set)  # the uuids of those changes
    # A package's coupon redemptions and reinstatements, applied in time order at its end.
    coupon_events: list[CouponEvent] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows_in": self.rows_in,
            "duplicates_skipped": self.duplicates,
            "packages_imported": self.imported,
            "packages_skipped": self.skipped,
            "packages_waiting": self.waiting,
            "conflicts": self.conflicts,
        }
