"""The shop a till belongs to, how far this till has exported, and what it has imported."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.store.models import Sale, SyncPackage

SHOP_ID = "shop.id"  # made once by migration 0009; a till joining a shop adopts the shop's


def shop_id(session: Session) -> str:
    return str(get_setting(session, SHOP_ID, ""))


def may_join(session: Session) -> bool:
    """A till with no sales yet may take another shop's id (it joins that shop)."""
    return session.exec(select(Sale.id).limit(1)).first() is None


def join_shop(session: Session, shop: str) -> None:
    set_setting(session, SHOP_ID, shop)


def _export_key(till_id: str) -> str:
    return f"till.{till_id}.sync_export"


def export_state(session: Session, till_id: str) -> tuple[int, dict[str, int]]:
    """This till's last export: its sequence number (0: none yet) and, per table, the last id
    of this till's rows it carried."""
    state = get_setting(session, _export_key(till_id), {}) or {}
    return int(state.get("sequence", 0)), {k: int(v) for k, v in state.get("marks", {}).items()}


def save_export_state(session: Session, till_id: str, sequence: int, marks: dict[str, int]) -> None:
    set_setting(session, _export_key(till_id), {"sequence": sequence, "marks": marks})


def imported(session: Session) -> dict[str, int]:
    """Per till, the last sequence number imported here (packages are imported in order)."""
    rows = session.exec(
        select(SyncPackage.till, func.max(SyncPackage.sequence)).group_by(col(SyncPackage.till))
    ).all()
    return {till: int(last) for till, last in rows}


def note_imported(
    session: Session, till: str, sequence: int, name: str, rows: dict[str, int], at: datetime
) -> None:
    session.add(
        SyncPackage(till=till, sequence=sequence, name=name, imported_at=at, rows=json.dumps(rows))
    )
    session.flush()
