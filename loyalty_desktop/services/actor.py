"""Who is acting, and on which till: passed to every service that writes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    staff_id: int
    till_id: str
    # An owner or manager who typed their PIN to let this one action through (None: nobody).
    approved_by: int | None = None
