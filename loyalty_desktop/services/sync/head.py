"""The head till: the owner's till, whose rules versions, survey versions and staff accounts
travel to the other tills of the shop. Each till stores which till it took as the head (the
first head package it heard of); such rows from any other till are skipped and reported."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlmodel import Session

from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.services.sync.package import Package
from loyalty_desktop.services.sync.summary import Summary

SHOP_HEAD = "sync.head_till"  # the till this one takes the rules, survey and staff from
NAME_LIMIT = 100  # staff.name's length
STAFF_FIELDS = ("name", "role", "pin_hash", "active")  # what the head changes in an account


def _head_key(till_id: str) -> str:
    return f"till.{till_id}.sync_head"


def is_head(session: Session, till_id: str) -> bool:
    """Whether this till is the shop's head till (its packages carry rules, survey, staff)."""
    return get_setting(session, _head_key(till_id), False) is True


def set_head(session: Session, actor: Actor, on: bool) -> None:
    """Make this till the head till, or not. Owner only (it decides the shop's rules)."""
    require(session, actor, Action.CHANGE_RULES)
    set_setting(session, _head_key(actor.till_id), bool(on))
    audit.record(session, actor, "sync.head", actor.till_id, on=bool(on))
    if on:
        set_setting(session, SHOP_HEAD, actor.till_id)


def shop_head(session: Session) -> str | None:
    value = get_setting(session, SHOP_HEAD)
    return str(value) if value else None


def takes_head_rows(session: Session, package: Package, summary: Summary) -> bool:
    """Whether the package's rules, survey and staff rows are taken here: it comes from the
    head till (the first one heard of becomes this till's head). Another till's are reported."""
    if not package.head:
        return False
    head = shop_head(session)
    if head is None:
        set_setting(session, SHOP_HEAD, package.till_id)
        return True
    if head != package.till_id:
        summary.conflicts.append({"kind": "not_head", "till": package.till_id, "head": head})
        return False
    return True


def fingerprint(cells: dict[str, list[list[str]]]) -> str:
    """What the head sent last, to send its rows again only when one changed."""
    return hashlib.sha256(json.dumps(cells, sort_keys=True).encode()).hexdigest()


def _sent_key(till_id: str) -> str:
    return f"till.{till_id}.sync_head_sent"


def sent(session: Session, till_id: str) -> str:
    return str(get_setting(session, _sent_key(till_id), ""))


def note_sent(session: Session, till_id: str, print_: str) -> None:
    set_setting(session, _sent_key(till_id), print_)


def unclash_names(session: Session, table: Table, values: list[dict[str, Any]]) -> None:
    """Both accounts stay when an arriving one has the name of an active account of this till
    (every till starts with an owner account of its own): the arriving one is called
    "name (its till)" here, so the sign-in list tells them apart."""
    names = {v["name"] for v in values}
    taken = session.connection().execute(
        select(table.c.name, table.c.uuid).where(table.c.name.in_(names), table.c.active)
    )
    others = {name for name, uuid in taken if uuid not in {v["uuid"] for v in values}}
    for value in values:
        if value["name"] in others:
            value["name"] = f"{value['name']} ({value['origin_till']})"[:NAME_LIMIT]


def update_staff(session: Session, table: Table, values: list[dict[str, Any]]) -> None:
    """The head's values win: accounts already here take its name, role, PIN hash and state."""
    if not values:
        return
    unclash_names(session, table, values)
    session.connection().execute(
        update(table)
        .where(table.c.uuid == bindparam("row_uuid"))
        .values({f: bindparam(f) for f in STAFF_FIELDS}),
        [{"row_uuid": v["uuid"], **{f: v[f] for f in STAFF_FIELDS}} for v in values],
    )
