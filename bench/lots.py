"""Benchmark: the kept points lots (issue 18) on a COPY of a generated shop (it writes).

Figures:
- opening the shop for work, with the upgrade to the kept lots and their fill from the ledger
  when the copy is older (once per shop);
- the till's expiring line (``expiring_soon``) of a daily customer of ten years (about 3,650
  earns, a redemption every two weeks, the lapsed lots expired: ~5,000 entries, member 1) /
  the raw indexed ``SELECT`` of the same member's lots on an open connection;
- the start-up housekeeping (``run_housekeeping``), first run and again right after;
- the lots' part of ``loyalty check`` (``lots.differences``), with its peak memory.

Run:  cp shop-1m.db /tmp/copy.db && .venv/bin/python bench/lots.py --db /tmp/copy.db
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from report import TILL, say

from loyalty_desktop.core.clock import add_months, utcnow
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services import expiry, ledger, lots
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.housekeeping import run_housekeeping
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import EntryKind

HEAVY = 1  # the member given ten years of daily visits


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    action()  # warm-up
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        runs.append((time.perf_counter() - started) * 1000)
    return sorted(runs)


def median_p95(runs: list[float]) -> str:
    return f"median {statistics.median(runs):.2f} ms, p95 {runs[int(len(runs) * 0.95) - 1]:.2f} ms"


def daily_customer(db: Database, actor: Actor) -> int:
    """Ten years of daily earns and fortnightly redemptions for member HEAVY, the lapsed lots
    expired; the member's entries."""
    now = utcnow()
    entries = []
    for day in range(3650, 0, -1):
        at = now - timedelta(days=day)
        entries.append(
            ledger.NewEntry(HEAVY, EntryKind.EARN, 20, at, expires_at=add_months(at, 12))
        )
        if day % 14 == 0:
            entries.append(ledger.NewEntry(HEAVY, EntryKind.REDEEM, -150, at + timedelta(hours=1)))
    with db.session() as s:
        ledger.post_entries(s, actor, entries)
    with db.session() as s:
        expiry.expire_members(s, actor, [HEAVY], now)
    with closing(sqlite3.connect(db.sqlite_path or "")) as conn:
        query = "SELECT count(*) FROM points_entry WHERE member_id = ?"
        return int(conn.execute(query, (HEAVY,)).fetchone()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a copy of a generated shop")
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    db = open_shop(sqlite_url(args.db), till_id=TILL)
    opened = time.perf_counter() - started
    say(f"opening for work (an older copy: upgraded, lots filled): {opened:.1f} s")
    actor = Actor(1, TILL)
    say(f"member {HEAVY}: {daily_customer(db, actor):,} entries")

    def line() -> object:
        with db.session(readonly=True) as s:
            return expiry.expiring_soon(s, HEAVY)

    say(f"the till's expiring line: {median_p95(timed(line, args.repeats))}")
    with closing(sqlite3.connect(args.db)) as conn:
        raw = "SELECT expires_at, remaining FROM points_lot WHERE member_id = ? AND expires_at > ?"
        soon = str(utcnow().replace(tzinfo=None))
        runs = timed(lambda: conn.execute(raw, (HEAVY, soon)).fetchall(), args.repeats)
    say(f"  raw sqlite3 baseline ({raw}): {median_p95(runs)}")
    for label in ("first run", "again, right after"):
        started = time.perf_counter()
        done = run_housekeeping(db, actor)
        say(f"housekeeping, {label}: {time.perf_counter() - started:.2f} s ({done})")
    with db.session(readonly=True) as s:
        started = time.perf_counter()
        found = sum(1 for _ in lots.differences(s))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    say(
        f"lots' check: {time.perf_counter() - started:.1f} s, {found} differences,"
        f" peak memory of the process {peak:.0f} MB"
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
