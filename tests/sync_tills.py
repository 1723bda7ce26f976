"""Tills of one shop for the sync tests: each its own SQLite file and till id."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services import member_changes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.services.sync import shop
from loyalty_desktop.services.sync.export import Exported, export_package
from loyalty_desktop.services.sync.merge import import_packages
from loyalty_desktop.services.sync.summary import Summary
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import Coupon, Member, PointsEntry, Sale


@dataclass
class Till:
    db: Database
    actor: Actor

    def export(self, folder: Path) -> Exported:
        with self.db.session() as s:
            return export_package(s, self.actor, folder)

    def import_(self, *paths: Path) -> Summary:
        with self.db.session() as s:
            return import_packages(s, self.actor, list(paths))

    def problems(self) -> list[str]:
        with self.db.session(readonly=True) as s:
            return [str(p) for p in run_checks(s)]

    def balances(self) -> dict[str, int]:
        with self.db.session(readonly=True) as s:
            return {m.uuid: m.balance for m in s.exec(select(Member))}

    def birthday_bonuses(self) -> dict[int, int]:
        """Per member, the net points of this year's birthday bonus and its taking back."""
        net: dict[int, int] = {}
        with self.db.session(readonly=True) as s:
            for entry in s.exec(select(PointsEntry)):
                birthday = entry.kind == "bonus" and entry.note.startswith("birthday bonus")
                if birthday or (entry.dedupe_key or "").startswith("reversed:"):
                    net[entry.member_id] = net.get(entry.member_id, 0) + entry.points
        return net

    def coupons(self) -> dict[str, str | None]:
        """Each coupon and the uuid of the sale that redeemed it."""
        with self.db.session(readonly=True) as s:
            sales = {sale.id: sale.uuid for sale in s.exec(select(Sale))}
            return {c.uuid: sales.get(c.sale_id) for c in s.exec(select(Coupon))}

    def tiers(self) -> dict[str, str]:
        with self.db.session(readonly=True) as s:
            return {m.uuid: m.tier for m in s.exec(select(Member))}

    def profiles(self) -> dict[str, tuple]:
        """Each member's details as the till shows them."""
        with self.db.session(readonly=True) as s:
            return {
                m.uuid: (
                    m.card,
                    m.name,
                    m.phone,
                    m.birthday,
                    m.tags,
                    m.marketing_consent,
                    m.consent_at is not None,
                    m.status,
                )
                for m in s.exec(select(Member))
            }

    def edit_conflicts(self) -> list[dict]:
        with self.db.session(readonly=True) as s:
            return member_changes.edit_conflicts(s, self.actor)

    def ledger(self) -> set[tuple[str, str, int]]:
        with self.db.session(readonly=True) as s:
            return {(e.uuid, e.kind, e.points) for e in s.exec(select(PointsEntry))}


def open_till(path: Path, till_id: str, shop_id: str | None = None) -> Till:
    """A till with its owner; ``shop_id``: made part of that shop (as if it had joined)."""
    db = open_shop(sqlite_url(path), till_id=till_id)
    with db.session() as s:
        owner = ensure_owner(s, till_id)
        if shop_id is not None:
            shop.join_shop(s, shop_id)
    return Till(db, Actor(staff_id=owner.id or 0, till_id=till_id))


def shop_tills(root: Path, names: str = "abc") -> list[Till]:
    """Tills of one shop, each its own SQLite file in ``root``: the first makes the shop, the
    others join it."""
    first = open_till(root / f"{names[0]}.db", f"till-{names[0]}")
    joined = shop_of(first.db)
    return [first] + [open_till(root / f"{n}.db", f"till-{n}", joined) for n in names[1:]]


def shop_of(db: Database) -> str:
    with db.session(readonly=True) as s:
        return shop.shop_id(s)
