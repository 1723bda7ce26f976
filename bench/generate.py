"""Build a shop of a given size for the benchmarks: reproducible (seeded), fast (bulk inserts).

The database is created through ``open_shop`` (the app's migrations, schema and indexes), then
filled with raw ``sqlite3`` ``executemany`` inserts by the generator in ``report.py`` (one
generator for every bench): members enrolled over two years with Chinese or Latin names, a
phone and a card each; about ``--sales-per-member`` sales each (10 % walk-ins), their ledger
entries (earn, redeem, refunds, expiries), coupons, survey answers; ``member.balance`` is the
sum of the member's entries, so ``loyalty check`` passes (``--check`` runs it). Then the
monthly rollups and ``ANALYZE``. The same ``--seed`` and build date give the same shop.

Run:  .venv/bin/python bench/generate.py --members 10000 --db /tmp/shop-10k.db [--check]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from report import TILL, Shop, build, run_check, say

SALES_PER_MEMBER = 5


def generate(path: Path, members: int, seed: int = 1, sales: int | None = None) -> Shop:
    """A new shop at ``path`` (which must not exist) with ``members`` members and ``sales``
    sales (default five per member)."""
    if path.exists():
        raise SystemExit(f"bench: {path} exists; remove it or give another --db")
    path.parent.mkdir(parents=True, exist_ok=True)
    shop = build(path, members, sales or members * SALES_PER_MEMBER, seed)
    say(
        f"member rows: {shop.member_insert_seconds:.1f} s for {members:,}"
        f" ({members / max(shop.member_insert_seconds, 1e-9):,.0f} rows/s, name-index triggers"
        " included)"
    )
    return shop


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build a benchmark shop of a given size.")
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--sales", type=int, help="default: 5 per member")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, required=True, help="the new database file")
    parser.add_argument("--check", action="store_true", help="run loyalty check afterwards")
    args = parser.parse_args(argv)
    if args.members < 1 or (args.sales is not None and args.sales < 1):
        parser.error("--members and --sales must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("LOYALTY_TILL_ID", TILL)  # leave the per-user data dir alone
    generate(args.db, args.members, args.seed, args.sales)
    if args.check:
        run_check(args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
