"""Benchmark: bench/run.py's two import figures alone, on a copy of a generated shop.

The figures and their raw baselines are ``run.py``'s own (``Bench.imports``): ``--rows`` sales
of the shop's members by card through ``import_sales``, then up to 5,000 new members through
``import_members``, each beside a raw ``executemany`` of the same rows into the same file. The
shop is copied first (the imports write), so one generated shop serves any number of runs.

Run:  .venv/bin/python bench/import_rate.py --db /tmp/shop-10k.db [--rows 10000] [--runs 3]
      [--profile /tmp/import.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import shutil
import statistics
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from report import TILL, say
from run import Bench


def one_run(shop: Path, rows: int, seed: int, profile: Path | None) -> dict[str, float]:
    """rows/s of each import and its ratio to raw, on a fresh copy of ``shop``."""
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        copy = Path(tmp) / "shop.db"
        shutil.copyfile(shop, copy)
        bench = Bench(copy, 1, seed)
        with closing(bench.raw):
            profiler = cProfile.Profile() if profile else None
            if profiler:
                profiler.enable()
            bench.imports(Path(tmp), rows)
            if profiler and profile:
                profiler.disable()
                profiler.dump_stats(profile)
            bench.db.dispose()
    result = {}
    for figure, kind in zip(bench.figures, ("sales", "members"), strict=True):
        result[f"{kind}_rows_s"] = float(figure.note.split(" rows/s")[0].replace(",", ""))
        result[f"{kind}_ratio"] = figure.ratio or 0.0
        say(f"{figure.name}: {figure.note}, {figure.ratio:.1f}× raw")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a shop made by generate.py")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", type=Path, help="cProfile the imports (one run) into FILE")
    args = parser.parse_args(argv)
    os.environ.setdefault("LOYALTY_TILL_ID", TILL)  # leave the per-user data dir alone
    runs = [
        one_run(args.db, args.rows, args.seed + n, args.profile)
        for n in range(1 if args.profile else args.runs)
    ]
    for key in runs[0]:
        values = [r[key] for r in runs]
        say(f"{key}: median {statistics.median(values):,.1f} (runs: {values})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
