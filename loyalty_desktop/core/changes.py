"""What a user action changed: the views refresh on the kinds of data they show."""

from __future__ import annotations

import enum


class Change(enum.Flag):
    SALES = enum.auto()
    POINTS = enum.auto()
    COUPONS = enum.auto()
    MEMBERS = enum.auto()
    SURVEYS = enum.auto()
    RULES = enum.auto()
    STAFF = enum.auto()
    SETTINGS = enum.auto()


NOTHING = Change(0)
