"""SQLModel tables. Importing this package registers every table on ``SQLModel.metadata``."""

from loyalty_desktop.store.models.audit import AuditEntry
from loyalty_desktop.store.models.coupon import (
    Campaign,
    Coupon,
    CouponKind,
    CouponStatus,
    CouponTemplate,
)
from loyalty_desktop.store.models.import_run import ImportRun
from loyalty_desktop.store.models.item import Item, SaleItem
from loyalty_desktop.store.models.ledger import EntryKind, PointsEntry, PointsLot
from loyalty_desktop.store.models.member import Member, MemberStatus
from loyalty_desktop.store.models.member_change import MemberChange
from loyalty_desktop.store.models.retired_card import RetiredCard
from loyalty_desktop.store.models.rollup import LedgerMonth, MemberMonth, ReportCache, ShopMonth
from loyalty_desktop.store.models.rules import RulesVersion
from loyalty_desktop.store.models.sale import Refund, Sale, SaleStatus
from loyalty_desktop.store.models.setting import Setting
from loyalty_desktop.store.models.staff import Role, Staff
from loyalty_desktop.store.models.survey import FollowUp, FollowUpStatus, Survey, SurveyResponse
from loyalty_desktop.store.models.sync import DoubleRedemption, SyncedRef, SyncPackage
from loyalty_desktop.store.models.tier import TierChange

__all__ = [
    "AuditEntry",
    "Campaign",
    "Coupon",
    "CouponKind",
    "CouponStatus",
    "CouponTemplate",
    "DoubleRedemption",
    "EntryKind",
    "FollowUp",
    "FollowUpStatus",
    "ImportRun",
    "Item",
    "LedgerMonth",
    "Member",
    "MemberChange",
    "MemberMonth",
    "MemberStatus",
    "PointsEntry",
    "PointsLot",
    "Refund",
    "ReportCache",
    "RetiredCard",
    "Role",
    "RulesVersion",
    "Sale",
    "SaleItem",
    "SaleStatus",
    "Setting",
    "ShopMonth",
    "Staff",
    "Survey",
    "SurveyResponse",
    "SyncPackage",
    "SyncedRef",
    "TierChange",
]
