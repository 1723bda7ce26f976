"""The one writer of sales and points: every sale, refund and ledger entry is inserted here,
and every member balance moves here, in the same transaction as the entries that move it
(DESIGN.md §3: the cached balance always equals the ledger's sum), with the points lots
(services/lots.py) and the report's rollups kept in step.

Each write comes in two forms of the same rows: one at a time for the till (``insert_sale``,
``post_entry``), and a batch at a time for the import (``insert_sales``, ``post_entries``:
executemany inserts and one balance update per member). Rows may carry identities already
assigned (uuid, origin till, timestamps), so rows another till wrote can be replayed as they
are; otherwise the acting till's are used.

Pricing and checks (what a sale costs and earns, who may write) stay with the callers: this
module checks only what must hold for any row (points within their limits, and a balance
kept from going below zero where the caller asks). Every entry joins its till's hash chain
(store/chain.py) as it is written; the database refuses to update or delete one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import InsufficientPoints, MemberNotFound
from loyalty_desktop.core.limits import check_points
from loyalty_desktop.services import lots, rollups
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.store import chain
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.models import (
    EntryKind,
    Member,
    PointsEntry,
    Refund,
    Sale,
    SaleStatus,
)
from loyalty_desktop.store.models.base import new_uuid, saved_id, table_of

_MEMBERS = table_of(Member)
_SALES = table_of(Sale)
_ENTRIES = table_of(PointsEntry)


@dataclass(slots=True)
class NewSale:
    """A sale as priced by its caller, ready to write."""

    member_id: int | None
    receipt: str | None
    amount_cents: int
    paid_cents: int
    created_at: datetime
    shop_date: date
    tier_discount_cents: int = 0
    coupon_discount_cents: int = 0
    points_discount_cents: int = 0
    points_earned: int = 0
    points_redeemed: int = 0
    uuid: str | None = None  # the till's idempotency key, or another till's uuid; None: new
    origin_till: str | None = None  # None: the acting till


@dataclass(slots=True)
class NewRefund:
    """A refund of part or all of a sale, with the points it reverses and gives back."""

    amount_cents: int
    points_reversed: int
    points_returned: int
    created_at: datetime
    note: str = ""
    uuid: str | None = None
    origin_till: str | None = None


@dataclass(slots=True)
class NewEntry:
    """A ledger entry ready to write."""

    member_id: int
    kind: EntryKind
    points: int
    created_at: datetime
    sale_id: int | None = None
    refund_id: int | None = None
    note: str = ""
    expires_at: datetime | None = None
    dedupe_key: str | None = None  # once-only entries: the unique index refuses a second one
    uuid: str | None = None
    origin_till: str | None = None


def _sale_values(actor: Actor, sale: NewSale) -> dict[str, Any]:
    return {
        "uuid": sale.uuid or new_uuid(),
        "origin_till": sale.origin_till or actor.till_id,
        "member_id": sale.member_id,
        "receipt": sale.receipt,
        "amount_cents": sale.amount_cents,
        "tier_discount_cents": sale.tier_discount_cents,
        "coupon_discount_cents": sale.coupon_discount_cents,
        "points_discount_cents": sale.points_discount_cents,
        "paid_cents": sale.paid_cents,
        "points_earned": sale.points_earned,
        "points_redeemed": sale.points_redeemed,
        "refunded_cents": 0,
        "status": SaleStatus.COMPLETED.value,
        "created_at": sale.created_at,
        "shop_date": sale.shop_date,
        "staff_id": actor.staff_id,
    }


def _entry_values(actor: Actor, entry: NewEntry) -> dict[str, Any]:
    check_points(entry.points)
    return {
        "uuid": entry.uuid or new_uuid(),
        "origin_till": entry.origin_till or actor.till_id,
        "member_id": entry.member_id,
        "kind": entry.kind.value,
        "points": entry.points,
        "sale_id": entry.sale_id,
        "refund_id": entry.refund_id,
        "staff_id": actor.staff_id,
        "note": entry.note,
        "created_at": entry.created_at,
        "expires_at": entry.expires_at,
        "dedupe_key": entry.dedupe_key,
    }


# --- sales ----------------------------------------------------------------------------------


def stored_sale(session: Session, key: str) -> Sale | None:
    """The sale recorded under this uuid (idempotency key), if any."""
    return session.exec(select(Sale).where(col(Sale.uuid) == key)).first()


def insert_sale(session: Session, actor: Actor, new: NewSale) -> tuple[Sale, bool]:
    """Insert one sale: (the sale, True); or, when a racing call recorded its uuid (the
    caller's key) meanwhile, (that sale, False). The savepoint keeps the caller's transaction
    usable after the unique key refuses the row (PostgreSQL aborts the whole transaction
    otherwise); a sale without a key has a new uuid, which nothing can clash with."""
    sale = Sale(**_sale_values(actor, new))
    # A sale's audit line and points are chained after its rollups lock rows: the till's chain
    # lock comes first, as in every other writer (see chain.lock_chain).
    chain.lock_till(session.connection(), _SALES, sale.origin_till)
    if new.uuid is None:
        session.add(sale)
        session.flush()  # a receipt recorded meanwhile is the caller's error
    elif (stored := _insert_keyed(session, sale)) is not None:
        return stored, False
    rollups.sale_recorded(session, sale)
    return sale, True


def _insert_keyed(session: Session, sale: Sale) -> Sale | None:
    """Insert a sale under its caller's key: None, or the sale a racing call recorded."""
    try:
        with session.begin_nested():
            session.add(sale)
    except IntegrityError:
        stored = stored_sale(session, sale.uuid)
        if stored is None:
            raise  # another constraint (a receipt recorded meanwhile): the caller's error
        return stored
    return None


def insert_sales(session: Session, actor: Actor, sales: Sequence[NewSale]) -> list[int]:
    """Insert a batch of sales; their ids, in order. The members' "returned" months and usual
    gaps are the caller's to settle (``rollups.members_changed``), once per member when all
    its batches are in."""
    if not sales:
        return []
    values = [_sale_values(actor, sale) for sale in sales]
    # RETURNING the uuid (unique) rather than relying on row order lets the driver send the
    # batch as multi-row INSERTs instead of one statement per sale.
    statement = insert(_SALES).returning(_SALES.c.uuid, _SALES.c.id)
    ids: dict[str, int] = {uuid: id_ for uuid, id_ in session.execute(statement, values)}
    rollups.add_sales(
        session,
        [rollups.SaleChange(v["member_id"], v["shop_date"], 1, v["paid_cents"]) for v in values],
    )
    return [ids[v["uuid"]] for v in values]


def insert_refund(
    session: Session, actor: Actor, sale: Sale, new: NewRefund, completing: bool
) -> Refund:
    """Record a refund of ``sale`` and what it leaves of the sale (amount and status);
    ``completing``: it refunds all that was left."""
    chain.lock_till(session.connection(), _SALES, new.origin_till or actor.till_id)  # as a sale
    refund = Refund(
        uuid=new.uuid or new_uuid(),
        origin_till=new.origin_till or actor.till_id,
        sale_id=saved_id(sale),
        amount_cents=new.amount_cents,
        points_reversed=new.points_reversed,
        points_returned=new.points_returned,
        created_at=new.created_at,
        staff_id=actor.staff_id,
        note=new.note,
    )
    session.add(refund)
    session.flush()
    sale.refunded_cents += new.amount_cents
    sale.status = SaleStatus.REFUNDED if completing else SaleStatus.PARTLY_REFUNDED
    rollups.sale_refunded(session, sale, new.amount_cents, completing)
    return refund


# --- points ---------------------------------------------------------------------------------


def post_entry(
    session: Session,
    actor: Actor,
    member_id: int,
    kind: EntryKind,
    points: int,
    *,
    sale_id: int | None = None,
    refund_id: int | None = None,
    note: str = "",
    at: datetime | None = None,
    keep_non_negative: bool = False,
    expires_at: datetime | None = None,
    dedupe_key: str | None = None,
) -> PointsEntry:
    """Append one entry and move the cached balance by the same amount, in this transaction.

    With ``keep_non_negative`` the balance is moved by a conditional UPDATE, so two tills
    redeeming at once can never overdraw it (no read-then-write race).
    """
    new = NewEntry(
        member_id=member_id,
        kind=kind,
        points=points,
        created_at=at or utcnow(),
        sale_id=sale_id,
        refund_id=refund_id,
        note=note,
        expires_at=expires_at,
        dedupe_key=dedupe_key,
    )
    values = _entry_values(actor, new)
    # First, before the balance's row lock: on PostgreSQL the chain's till lock is taken here.
    session.flush()
    chain.link(session.connection(), _ENTRIES, [values])
    statement = update(_MEMBERS).where(_MEMBERS.c.id == member_id)
    if keep_non_negative:
        statement = statement.where(_MEMBERS.c.balance + points >= 0)
    moved = statement.values(balance=_MEMBERS.c.balance + points).returning(_MEMBERS.c.balance)
    now_held = session.connection().execute(moved).scalar_one_or_none()
    if now_held is None:
        # The balance as the database has it now: this session's loaded member may be stale
        # when another till spent the points first.
        balance = (
            session.connection()
            .execute(select(_MEMBERS.c.balance).where(_MEMBERS.c.id == member_id))
            .scalar_one_or_none()
        )
        if balance is None:
            raise MemberNotFound(query=str(member_id))
        raise InsufficientPoints(requested=-points, balance=balance)
    _keep_balance(session, member_id, now_held)
    entry = PointsEntry(**values)
    session.add(entry)
    session.flush()
    lots.keep(session, [lots.Move.written(saved_id(entry), values)])
    rollups.entries_posted(session, [(entry.created_at, entry.kind, points)])
    return entry


def post_entries(session: Session, actor: Actor, entries: Sequence[NewEntry]) -> None:
    """Append a batch of entries and move each member's balance once by their sum."""
    if not entries:
        return
    values = [_entry_values(actor, entry) for entry in entries]
    session.flush()
    chain.link(session.connection(), _ENTRIES, values)
    deltas: Counter[int] = Counter()
    for v in values:
        deltas[v["member_id"]] += v["points"]
    # The balances' row locks before the entries take their ids, as in post_entry: a member's
    # entries are then numbered in the order their lots are kept (PostgreSQL's tills at once).
    session.execute(
        update(_MEMBERS)
        .where(_MEMBERS.c.id == bindparam("mid"))
        .values(balance=_MEMBERS.c.balance + bindparam("delta")),
        [{"mid": mid, "delta": delta} for mid, delta in deltas.items()],
    )
    # RETURNING the uuid (unique), as insert_sales does: the driver may send multi-row INSERTs.
    statement = insert(_ENTRIES).returning(_ENTRIES.c.uuid, _ENTRIES.c.id)
    ids: dict[str, int] = {uuid: id_ for uuid, id_ in session.execute(statement, values)}
    lots.keep(session, [lots.Move.written(ids[v["uuid"]], v) for v in values])
    _forget_balances(session, list(deltas))
    rollups.entries_posted(session, [(v["created_at"], v["kind"], v["points"]) for v in values])


def recount_balances(session: Session, member_ids: list[int]) -> None:
    """Set these members' balances to their ledger's sum again, and their kept lots to their
    ledger's replay (after an unfinished import's entries are taken out, or a sync's merged)."""
    total = (
        select(func.coalesce(func.sum(_ENTRIES.c.points), 0))
        .where(_ENTRIES.c.member_id == _MEMBERS.c.id)
        .scalar_subquery()
    )
    for part in id_chunks(member_ids):
        session.execute(update(_MEMBERS).where(_MEMBERS.c.id.in_(part)).values(balance=total))
    lots.rebuild(session, member_ids)
    _forget_balances(session, member_ids)


def _keep_balance(session: Session, member_id: int, balance: int) -> None:
    """A member this session has loaded holds the balance just written (no re-read)."""
    loaded = session.identity_map.get(session.identity_key(Member, member_id))
    if loaded is not None:
        set_committed_value(loaded, "balance", balance)


def _forget_balances(session: Session, member_ids: list[int]) -> None:
    """Members this session has loaded re-read their balance on next access."""
    for member_id in member_ids:
        loaded = session.identity_map.get(session.identity_key(Member, member_id))
        if loaded is not None:
            session.expire(loaded, ["balance"])
