"""Benchmark: how long a till's sale waits for the write lock while a large import runs.

In a temporary directory this script

1. makes a shop with ``--members`` members and a ``--rows`` sales CSV (the generator of
   ``import_sales.py``, same seed, same files);
2. times walk-in sales recorded by a till (this process, the GUI's 2 s busy wait) with nothing
   else running: the baseline;
3. starts ``loyalty import sales`` in another process (the back office PC) and, while it runs,
   records the same sales one after the other, timing each (the wait for the lock included);
4. runs ``loyalty check``, prints the longest wait, the median and 99th percentile, how many
   sales failed as "busy", and appends the figures as one JSON line to ``--out``.

Run:  .venv/bin/python bench/import_till_wait.py [--rows 250000] [--members 5000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from import_sales import make_files, run_cli, say

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.errors import DatabaseBusy
from loyalty_desktop.services import importing
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.staff import find_owner
from loyalty_desktop.store.db import Database

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results" / "import_till_wait.jsonl"
TILL_BUSY_MS = 2_000  # ui/operations.py GUI_BUSY_MS: the till's wait before "database busy"


def sell(till: Database, actor: Actor) -> float | None:
    """Seconds one walk-in sale took, the wait for the lock included; None: it was refused."""
    started = time.perf_counter()
    try:
        with till.session(busy_ms=TILL_BUSY_MS) as session:
            record_sale(session, actor, SaleRequest(1_250))
    except DatabaseBusy:
        return None
    return time.perf_counter() - started


def figures(waits: list[float | None]) -> dict[str, float | int]:
    done = sorted(w for w in waits if w is not None)
    return {
        "sales": len(waits),
        "busy": len(waits) - len(done),
        "max_s": round(done[-1], 4) if done else 0.0,
        "median_s": round(statistics.median(done), 4) if done else 0.0,
        "p99_s": round(done[int(0.99 * (len(done) - 1))], 4) if done else 0.0,
    }


def run(args: argparse.Namespace, workdir: Path) -> dict[str, object]:
    members_csv, sales_csv = make_files(workdir, args.rows, args.members, args.seed)
    db_path = workdir / "loyalty.db"
    run_cli("init", "--db", str(db_path))
    run_cli("import", "members", str(members_csv), "--db", str(db_path))
    till = open_shop(sqlite_url(db_path), till_id="bench-till-2")
    with till.session(readonly=True) as session:
        actor = Actor(find_owner(session).id, till.till_id)
    idle = [sell(till, actor) for _ in range(args.idle_sales)]
    say(f"till alone: {figures(idle)}")
    command = [sys.executable, "-m", "loyalty_desktop.cli", "import", "sales", str(sales_csv)]
    started = time.perf_counter()
    importer = subprocess.Popen([*command, "--db", str(db_path)], stdout=subprocess.DEVNULL)
    during: list[float | None] = []
    while importer.poll() is None:
        during.append(sell(till, actor))
        time.sleep(args.gap)
    import_s = time.perf_counter() - started
    till.dispose()
    if importer.returncode:
        raise SystemExit(f"bench: the import failed with exit code {importer.returncode}")
    say(run_cli("check", "--db", str(db_path)))
    return {
        "date": datetime.now(UTC).date().isoformat(),
        "rows": args.rows,
        "members": args.members,
        "seed": args.seed,
        "batch_rows": importing.BATCH,
        "first_batch_rows": importing.FIRST_BATCH,
        "batch_seconds": importing.BATCH_SECONDS,
        "batch_pause_s": importing.BATCH_PAUSE_S,
        "import_s": round(import_s, 2),
        "till_alone": figures(idle),
        "till_during_import": figures(during),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=250_000)
    parser.add_argument("--members", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--idle-sales", type=int, default=50, help="baseline sales")
    parser.add_argument("--gap", type=float, default=0.05, help="seconds between till sales")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    os.environ.setdefault("LOYALTY_TILL_ID", "bench-till")  # leave the per-user data dir alone
    with tempfile.TemporaryDirectory(prefix="bench-till-wait-") as tmp:
        result = run(args, Path(tmp))
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
