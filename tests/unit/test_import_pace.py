"""The import's pace: batches sized by time, pauses as long as a waiting till needs, and the tier
review after a sales import reading only the members who can move up — with the same tiers as
judging every member on its own."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from itertools import accumulate

import pytest
from sqlalchemy import event, update
from sqlmodel import col, select

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services import importing, ledger
from loyalty_desktop.services.importing import pause_for
from loyalty_desktop.services.members import Enrolment, enrol_many
from loyalty_desktop.services.rules import Rules, Tier, Tiers, load_rules, save_rules
from loyalty_desktop.services.tiers import qualifying_value, upgrade_qualified
from loyalty_desktop.store.models import Member, Sale, SaleStatus, TierChange
from loyalty_desktop.store.models.base import table_of

NOW = datetime.now(UTC)


# --- the pause between batches ---------------------------------------------------------------


def _retries(started_ms: float) -> list[float]:
    """When a till that began waiting at ``started_ms`` retries: SQLite's busy handler sleeps
    its steps, then the last step again and again."""
    steps = [*importing.BUSY_STEPS_MS, *[importing.BUSY_STEPS_MS[-1]] * 50]
    return [started_ms + t for t in accumulate(steps)]


@pytest.mark.parametrize("held_ms", [0.5, 3, 20, 60, 110, 150, 230, 300, 1200])
def test_a_till_waiting_since_any_moment_of_a_batch_retries_within_the_pause(held_ms) -> None:
    pause_ms = pause_for(held_ms / 1000) * 1000
    # Below the longest step the margin for a late wake-up is to spare.
    longest = pause_ms >= importing.BATCH_PAUSE_S * 1000
    spare_ms = 0 if longest else importing.WAKE_MARGIN_S * 1000
    for started in [held_ms * k / 50 for k in range(51)]:  # the batch runs from 0 to held_ms
        retry = next(t for t in _retries(started) if t >= held_ms)
        assert retry - held_ms <= pause_ms - spare_ms + 1e-9


def test_the_pause_grows_with_the_wait_and_stops_at_the_longest_step() -> None:
    pauses = [pause_for(ms / 1000) for ms in range(0, 1000, 5)]
    assert pauses == sorted(pauses)
    assert pauses[0] < 0.02 and pauses[-1] == importing.BATCH_PAUSE_S


class _Clock:
    """``time`` for the writer: the test moves it on, sleeps are recorded."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def perf_counter(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_after_short_batches_the_pauses_cover_the_whole_wait_since_the_last_long_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A till may oversleep a short pause and then has waited since before it: the pauses
    lengthen with the time since the last one long enough for any till, then start short
    again."""
    clock = _Clock()
    monkeypatch.setattr(importing, "time", clock)
    writer = importing._Writer(db=None, run_id=None)  # type: ignore[arg-type]
    for _ in range(8):
        clock.now += 0.04  # a batch holds the lock 40 ms
        writer._pause()
    # Waits of 40, 110, 185 and 285 ms: the busy handler's steps of 20, 25, 50 and 100 ms.
    assert clock.slept == [0.03, 0.035, 0.06, 0.1] * 2


# --- the batches' size -----------------------------------------------------------------------


def _sizes(first: int, most: int, seconds_per_row: float, count: int = 4) -> list[int]:
    writer = importing._Writer(db=None, run_id=None)  # type: ignore[arg-type]
    sizes = []
    for part in writer.sized(list(range(1_000_000)), first, most):
        sizes.append(len(part))
        writer.held_s = len(part) * seconds_per_row
        if len(sizes) == count:
            break
    return sizes


def test_each_batch_holds_the_lock_about_the_aim_at_the_last_ones_pace() -> None:
    assert _sizes(2_000, 50_000, 1 / 20_000) == [2_000, 6_000, 6_000, 6_000]  # 0.3 s each
    assert _sizes(2_000, 50_000, 1 / 1_000) == [2_000, 300, 300, 300]


def test_a_fast_batch_lets_the_next_grow_four_times_at_most_up_to_the_most() -> None:
    assert _sizes(1_000, 50_000, 1e-9, 5) == [1_000, 4_000, 16_000, 50_000, 50_000]


def test_the_batches_take_every_row_once_in_order() -> None:
    writer = importing._Writer(db=None, run_id=None)  # type: ignore[arg-type]
    rows, seen = list(range(12_345)), []
    for part in writer.sized(rows, 1_000, 5_000):
        seen += part
        writer.held_s = len(part) / 7_000
    assert seen == rows


# --- the tier review after a sales import ----------------------------------------------------


def _shop(db, actor, rules: Rules, count: int, seed: int) -> list[int]:  # type: ignore[no-untyped-def]
    """``count`` members with random sales (some refunded, some before the window) and random
    tiers to start from."""
    rng = random.Random(seed)
    with db.session() as s:
        save_rules(s, actor, rules, valid_from=NOW - timedelta(days=800))
        enrolled = enrol_many(
            s, actor, [Enrolment(name=f"M{n}", bonus=False) for n in range(count)]
        )
        ids = [m.id for m in enrolled if not isinstance(m, Exception)]
        sales = [
            ledger.NewSale(
                member_id=member_id,
                receipt=None,
                amount_cents=cents,
                paid_cents=cents,
                created_at=NOW - timedelta(days=days),
                shop_date=(NOW - timedelta(days=days)).date(),
            )
            for member_id in ids
            for days in rng.sample(range(1, 500), rng.randrange(0, 8))
            for cents in [rng.choice([5_000, 20_000, 50_000, 99_999, 100_000])]
        ]
        sale_ids = ledger.insert_sales(s, actor, sales)
        sales_table, members = table_of(Sale), table_of(Member)
        s.execute(
            update(sales_table)
            .where(sales_table.c.id.in_(rng.sample(sale_ids, len(sale_ids) // 10)))
            .values(status=SaleStatus.REFUNDED.value)
        )
        names = ["", *(t.name for t in rules.tiers.levels)]
        for member_id in ids:
            s.execute(
                update(members).where(members.c.id == member_id).values(tier=rng.choice(names))
            )
    return ids


def _tiers(db) -> dict[int, str]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return dict(s.exec(select(Member.id, Member.tier)).all())  # type: ignore[arg-type]


def _judged_alone(db, ids: list[int], as_of: datetime) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Each member on its own: up to the tier its value qualifies for, never down."""
    current = _tiers(db)
    with db.session(readonly=True) as s:
        tiers = load_rules(s).tiers
        expected = {}
        for member_id in ids:
            value = qualifying_value(s, load_rules(s), member_id, as_of)
            target = tiers.qualifying(value).name
            up = tiers.rank(target) > tiers.rank(current[member_id])
            expected[member_id] = target if up else current[member_id]
        return expected


SILVER_GOLD = Tiers(
    levels=[
        Tier(name="Member", threshold=0),
        Tier(name="Silver", threshold=100_000),
        Tier(name="Gold", threshold=300_000),
    ]
)
BY_VISITS = Tiers(
    basis="visits",
    levels=[
        Tier(name="Member", threshold=0),
        Tier(name="Regular", threshold=3),
        Tier(name="Friend", threshold=5),
    ],
)


@pytest.mark.parametrize("tiers", [SILVER_GOLD, BY_VISITS], ids=["spend", "visits"])
@pytest.mark.parametrize("seed", [1, 2])
def test_upgrades_after_an_import_are_those_of_judging_each_member_alone(
    db, actor, tiers, seed
) -> None:
    ids = _shop(db, actor, Rules(tiers=tiers), 80, seed)
    as_of = utcnow()
    before, expected = _tiers(db), _judged_alone(db, ids, as_of)
    with db.session() as s:
        changes = upgrade_qualified(s, actor, load_rules(s), ids, as_of)
        changed = [c.member_id for c in changes]
    after = _tiers(db)
    with db.session(readonly=True) as s:
        history = s.exec(select(TierChange).order_by(col(TierChange.id))).all()
    assert after == expected
    moved = sorted(m for m in ids if after[m] != before[m])
    assert moved and len(moved) < len(ids)  # the shop has members of both kinds
    assert changed == moved
    assert [(c.member_id, c.previous, c.tier, c.reason) for c in history] == [
        (m, before[m], after[m], "upgrade") for m in moved
    ]


def test_the_review_loads_only_the_members_whose_value_reaches_a_tier_above_the_base(
    db, actor
) -> None:
    ids = _shop(db, actor, Rules(tiers=SILVER_GOLD), 60, 3)
    as_of = utcnow()
    with db.session(readonly=True) as s:
        rules = load_rules(s)
        reaching = {m for m in ids if qualifying_value(s, rules, m, as_of) >= 100_000}
    loaded: list[set[int]] = []

    def note(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT") and "FROM member \n" in statement:
            values = parameters.values() if isinstance(parameters, dict) else parameters
            flat = [v for value in values for v in (value if isinstance(value, list) else [value])]
            loaded.append({v for v in flat if isinstance(v, int)})

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        with db.session() as s:
            upgrade_qualified(s, actor, load_rules(s), ids, as_of)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert reaching and len(reaching) < len(ids)
    assert loaded == [reaching]
