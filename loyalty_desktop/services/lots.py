"""Points lots (积分批次): what is left of each positive ledger entry.

Every positive entry is a lot; earned, bonus and given-back points carry the date they lapse
(stamped when written, from the rules then in force — so changing the rule never expires points
retroactively). Opening balances imported from a previous system and the owner's adjustments
do not lapse. Points leave lots first-in first-out: a redemption (any negative entry) spends
the oldest-earned points first; a refund takes back the refunded sale's own earned points
first; an expiry, keyed ``expire:<lot id>``, takes what is left of its one lot. Entries are
applied in the order they were written (their id), the order the expiry runs saw them: so a
receipt back-dated after an expiry run cannot reopen a lot that has already lapsed, and an
expiry never takes more than its lot held when it ran.

These rules are written once, in ``Lots.apply``, and serve twice: ``replay`` applies a member's
whole ledger (the reference ``loyalty check`` compares with), and ``keep`` applies the entries
being written, in their transaction, to the lots kept in ``points_lot`` (only lots still
holding points: a sale loads a member's few, never the ledger). ``rebuild`` sets kept lots to
the replay again (a schema that had none, an unfinished import's entries taken out, a sync's
merged rows).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlmodel import Session

from loyalty_desktop.store.batches import chunks, id_chunks
from loyalty_desktop.store.models import EntryKind, PointsEntry, PointsLot, Setting
from loyalty_desktop.store.models.base import table_of

EXPIRE_KEY = "expire:"  # an expiry's dedupe key: "expire:<lot id>"
REFILL = "lots.refill"  # a setting: fill the kept lots from the ledger (migration 0019)

_LOTS = table_of(PointsLot)
_ENTRIES = table_of(PointsEntry)
# A ledger entry's columns as a Move takes them, in its fields' order.
_MOVE_COLUMNS = (
    _ENTRIES.c.id,
    _ENTRIES.c.member_id,
    _ENTRIES.c.kind,
    _ENTRIES.c.points,
    _ENTRIES.c.sale_id,
    _ENTRIES.c.created_at,
    _ENTRIES.c.expires_at,
    _ENTRIES.c.dedupe_key,
)
_LOT_COLUMNS = (
    _LOTS.c.entry_id,
    _LOTS.c.member_id,
    _LOTS.c.sale_id,
    _LOTS.c.earned_at,
    _LOTS.c.expires_at,
    _LOTS.c.remaining,
)


@dataclass(slots=True)
class Lot:
    entry_id: int
    member_id: int
    sale_id: int | None  # an earned lot's sale; None for any other lot
    earned_at: datetime
    expires_at: datetime | None
    remaining: int


class Move(NamedTuple):
    """A ledger entry as the lots see it (a tuple: a whole ledger is read into them)."""

    entry_id: int
    member_id: int
    kind: str
    points: int
    sale_id: int | None
    at: datetime
    expires_at: datetime | None
    dedupe_key: str | None

    @classmethod
    def written(cls, entry_id: int, values: Mapping[str, Any]) -> Move:
        """An entry from the values it was inserted with."""
        return cls(
            entry_id,
            values["member_id"],
            values["kind"],
            values["points"],
            values["sale_id"],
            values["created_at"],
            values["expires_at"],
            values["dedupe_key"],
        )


def _order(lot: Lot) -> tuple[datetime, int]:
    return lot.earned_at, lot.entry_id


_entry_id = itemgetter(0)  # a Move's


class Lots:
    """One member's lots, in the order they are spent."""

    def __init__(self, held: Iterable[Lot] = ()) -> None:
        self.queue = sorted(held, key=_order)
        self.by_id = {lot.entry_id: lot for lot in self.queue}

    def apply(self, move: Move) -> None:
        """The lots after this entry (the rules of the module's docstring)."""
        if move.points > 0:
            earned_on = move.sale_id if move.kind == EntryKind.EARN else None
            lot = Lot(
                move.entry_id, move.member_id, earned_on, move.at, move.expires_at, move.points
            )
            if self.queue and _order(lot) < _order(self.queue[-1]):
                bisect.insort(self.queue, lot, key=_order)  # earned before others: back-dated
            else:
                self.queue.append(lot)
            self.by_id[lot.entry_id] = lot
        elif move.kind == EntryKind.EXPIRE and move.dedupe_key:
            target = self.by_id.get(int(move.dedupe_key.split(":", 1)[1]))
            self._spend(-move.points, [target] if target else [], oldest=False)
        elif move.kind == EntryKind.REFUND_EARN and move.sale_id is not None:
            own = [lot for lot in self.queue if lot.sale_id == move.sale_id and lot.remaining]
            self._spend(-move.points, own)
        else:
            self._spend(-move.points)

    def _spend(self, points: int, first: list[Lot] | None = None, oldest: bool = True) -> None:
        """Take ``points`` from ``first``, then (``oldest``) from the oldest lots onwards; what
        no lot holds is not taken (a balance below zero)."""
        for lot in itertools.chain(first or [], self.queue if oldest else []):
            if points <= 0:
                break
            used = min(lot.remaining, points)
            lot.remaining -= used
            points -= used
        spent = 0  # the lots spent to nothing at the front leave the queue: nothing to take
        while spent < len(self.queue) and not self.queue[spent].remaining:
            spent += 1
        del self.queue[:spent]

    def held(self) -> list[Lot]:
        """The lots still holding points, in the order they are spent."""
        return [lot for lot in self.queue if lot.remaining > 0]


def replay(moves: Iterable[Move]) -> list[Lot]:
    """What is left of a member's lots after their whole ledger, in the order they are spent."""
    lots = Lots()
    for move in sorted(moves, key=_entry_id):
        lots.apply(move)
    return lots.held()


# --- the kept lots ----------------------------------------------------------------------------


def _lot(row: Sequence[Any]) -> Lot:
    return Lot(*row)


def _kept(session: Session, member_ids: Iterable[int]) -> dict[int, list[Lot]]:
    found: dict[int, list[Lot]] = {}
    for part in id_chunks(member_ids):
        for row in session.execute(select(*_LOT_COLUMNS).where(_LOTS.c.member_id.in_(part))):
            found.setdefault(row.member_id, []).append(_lot(row))
    return found


def keep(session: Session, moves: Sequence[Move]) -> None:
    """Apply entries just written (ids given) to the kept lots, in this transaction. Only the
    lots of members whose entries take points are read."""
    taking = {move.member_id for move in moves if move.points < 0}
    kept = _kept(session, taking)
    before = {lot.entry_id: lot.remaining for lots in kept.values() for lot in lots}
    members: dict[int, Lots] = {}
    for move in sorted(moves, key=_entry_id):
        if move.member_id not in members:
            members[move.member_id] = Lots(kept.get(move.member_id, ()))
        members[move.member_id].apply(move)
    after = {lot.entry_id: lot for lots in members.values() for lot in lots.held()}
    _write(session, before, after)


def _write(session: Session, before: dict[int, int], after: dict[int, Lot]) -> None:
    """Kept lots from ``before`` (id: remaining) to ``after``."""
    new = [lot for entry_id, lot in after.items() if entry_id not in before]
    moved = [
        {"id": entry_id, "remaining": lot.remaining}
        for entry_id, lot in after.items()
        if entry_id in before and before[entry_id] != lot.remaining
    ]
    gone = [entry_id for entry_id in before if entry_id not in after]
    if new:
        session.execute(insert(_LOTS), [_values(lot) for lot in new])
    if moved:
        session.execute(
            update(_LOTS)
            .where(_LOTS.c.entry_id == bindparam("id"))
            .values(remaining=bindparam("remaining")),
            moved,
        )
    for part in chunks(gone):
        session.execute(delete(_LOTS).where(_LOTS.c.entry_id.in_(part)))


def _values(lot: Lot) -> dict[str, Any]:
    return {
        "entry_id": lot.entry_id,
        "member_id": lot.member_id,
        "sale_id": lot.sale_id,
        "earned_at": lot.earned_at,
        "expires_at": lot.expires_at,
        "remaining": lot.remaining,
    }


def _replayed(session: Session, members: ColumnElement[bool]) -> Iterator[tuple[int, list[Lot]]]:
    """(member id, their lots as the replay leaves them) for the ``members`` who have entries
    (a condition on the entries' member id)."""
    entries = select(*_MOVE_COLUMNS).where(members).order_by(_ENTRIES.c.member_id, _ENTRIES.c.id)
    rows = session.execute(entries)
    for member_id, group in itertools.groupby(rows, key=lambda row: row.member_id):
        yield member_id, replay(Move._make(row) for row in group)


def _refill(session: Session, members: ColumnElement[bool]) -> None:
    """The kept lots of the ``members`` (a condition on a member id column) from their
    ledgers."""
    lots = [_values(lot) for _, held in _replayed(session, members) for lot in held]
    if lots:
        session.execute(insert(_LOTS), lots)


def rebuild(session: Session, member_ids: Iterable[int]) -> None:
    """These members' kept lots set to the replay of their ledgers again."""
    for part in id_chunks(member_ids):
        session.execute(delete(_LOTS).where(_LOTS.c.member_id.in_(part)))
        _refill(session, _ENTRIES.c.member_id.in_(part))


def rebuild_all(session: Session) -> None:
    """Every member's kept lots from the ledger. Most members' lots were only ever taken from
    by their own expiry (one at most, by its key), whatever the order: such a lot keeps what
    its expiry left, set in one statement; the other members' ledgers are replayed."""
    session.execute(delete(_LOTS))
    others = _others()
    session.execute(insert(_LOTS).from_select([c.name for c in _LOT_COLUMNS], _untouched(others)))
    rebuild(session, session.execute(others).scalars())


def _others() -> Select[tuple[int]]:
    """The members whose ledger takes points other than by a lot's own expiry (with
    repetitions)."""
    return select(_ENTRIES.c.member_id).where(_ENTRIES.c.points < 0, ~_own_expiry(_ENTRIES))


def _own_expiry(entries: FromClause) -> ColumnElement[bool]:
    return (entries.c.kind == EntryKind.EXPIRE.value) & entries.c.dedupe_key.is_not(None)


def _untouched(others: Select[tuple[int]]) -> Select[Any]:
    """The lots of the members not among ``others``, each with what its expiry (if any,
    written after it) left."""
    lot, lapse = _ENTRIES.alias("lot"), _ENTRIES.alias("lapse")
    its_expiry = and_(
        lapse.c.member_id == lot.c.member_id,
        lapse.c.dedupe_key == literal(EXPIRE_KEY) + cast(lot.c.id, String),
        lapse.c.kind == EntryKind.EXPIRE.value,
        lapse.c.id > lot.c.id,
    )
    left = lot.c.points + func.coalesce(lapse.c.points, 0)
    return (
        select(
            lot.c.id.label("entry_id"),
            lot.c.member_id,
            case((lot.c.kind == EntryKind.EARN.value, lot.c.sale_id), else_=None).label("sale_id"),
            lot.c.created_at.label("earned_at"),
            lot.c.expires_at,
            left.label("remaining"),
        )
        .select_from(lot.outerjoin(lapse, its_expiry))
        .where(lot.c.points > 0, left > 0, lot.c.member_id.not_in(others))
    )


def refill_asked(session: Session) -> bool:
    """Whether a migration asked for the kept lots to be filled from the ledger."""
    return session.get(Setting, REFILL) is not None


def refill(session: Session) -> None:
    """Every kept lot from the ledger, and the request answered (in this transaction)."""
    rebuild_all(session)
    session.execute(delete(table_of(Setting)).where(table_of(Setting).c.key == REFILL))


def differences(session: Session) -> Iterator[tuple[int, str]]:
    """(member id, what differs) for each member whose kept lots are not the replay of their
    ledger: the members ``rebuild_all`` sets in one statement compared in one statement, the
    others replayed, a batch of members at a time."""
    others = _others()
    # Each expected lot counted +1, each kept lot -1: a row not summing to 0 is on one side.
    expected = _untouched(others).add_columns(literal(1).label("side"))
    plain = select(*_LOT_COLUMNS, literal(-1).label("side")).where(_LOTS.c.member_id.not_in(others))
    both = union_all(expected, plain).subquery()
    differing = (
        select(both.c.member_id)
        .group_by(*(both.c[column.name] for column in _LOT_COLUMNS))
        .having(func.sum(both.c.side) != 0)
    )
    members = set(session.execute(others).scalars()) | set(session.execute(differing).scalars())
    for part in id_chunks(members):
        replayed = dict(_replayed(session, _ENTRIES.c.member_id.in_(part)))
        kept = _kept(session, part)
        for member_id in part:
            want = {lot.entry_id: lot for lot in replayed.get(member_id, [])}
            have = {lot.entry_id: lot for lot in kept.get(member_id, [])}
            if want != have:
                yield member_id, _difference(want, have)


def _difference(want: dict[int, Lot], have: dict[int, Lot]) -> str:
    """The first lot that differs, by id."""
    entry_id = min(i for i in want.keys() | have.keys() if want.get(i) != have.get(i))
    kept, replayed = have.get(entry_id), want.get(entry_id)
    if kept is None or replayed is None or kept.remaining != replayed.remaining:
        left = [lot.remaining if lot else "none" for lot in (kept, replayed)]
        return f"lot {entry_id} kept {left[0]} != ledger {left[1]}"
    return f"lot {entry_id} kept {kept} != ledger {replayed}"


# --- reading the kept lots ---------------------------------------------------------------------


def lapsed_members(session: Session, as_of: datetime) -> list[int]:
    """The members holding points that lapsed by ``as_of`` (the lots' expiry-date index)."""
    found = session.execute(select(_LOTS.c.member_id).where(_LOTS.c.expires_at <= as_of))
    return sorted(set(found.scalars()))


def lapsed(session: Session, member_ids: Iterable[int], as_of: datetime) -> list[Lot]:
    """These members' lots still holding points that lapsed by ``as_of``."""
    found = []
    for part in id_chunks(member_ids):
        rows = session.execute(
            select(*_LOT_COLUMNS)
            .where(_LOTS.c.member_id.in_(part), _LOTS.c.expires_at <= as_of)
            .order_by(_LOTS.c.member_id, _LOTS.c.expires_at, _LOTS.c.entry_id)
        )
        found += [_lot(row) for row in rows]
    return found


def lapsing(session: Session, member_id: int, after: datetime, by: datetime) -> list[Lot]:
    """The member's lots still holding points that lapse after ``after`` and by ``by``."""
    rows = session.execute(
        select(*_LOT_COLUMNS).where(
            _LOTS.c.member_id == member_id, _LOTS.c.expires_at > after, _LOTS.c.expires_at <= by
        )
    )
    return [_lot(row) for row in rows]
