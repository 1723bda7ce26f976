"""Benchmark: ``loyalty import sales`` of 100,000 rows against a plain sqlite3 baseline.

In a temporary directory this script

1. creates a fresh database the way ``loyalty init`` does and imports a generated members CSV
   (cards and phones) through ``loyalty import members`` (timed and reported separately);
2. generates a sales CSV (receipt, card or phone or neither for ~20 % walk-ins, a shop-time
   timestamp within the last 12 months, an amount with two decimals), deterministic for a given
   seed and run date;
3. times ``loyalty import sales FILE --db DB`` run in-process through ``loyalty_desktop.cli.main``
   (the code the command line runs), with its progress lines on stderr;
4. times, in the same run, a baseline: a plain ``sqlite3`` connection with the app's pragmas
   (WAL, synchronous=FULL) that parses the same CSV with the ``csv`` module and inserts the rows
   with one ``executemany`` in one transaction (median of ``--baseline-repeats`` fresh files);
5. runs ``loyalty check`` and counts the sales, failing loudly if anything is off, then prints the
   figures and appends them as one JSON line to ``--out``.

The figure that matters is the ratio app / baseline (how many times slower than the plain insert
on the same machine in the same minute), not the seconds: the machine is shared and noisy.

Run:  .venv/bin/python bench/import_sales.py [--rows 100000] [--members 5000] [--seed 1]
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import json
import os
import platform
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, redirect_stdout
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from loyalty_desktop import cli
from loyalty_desktop.services import importing
from loyalty_desktop.services.cards import generate_card

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results" / "import_sales.jsonl"
WALK_IN_SHARE = 0.20
# Steps of importing.import_sales timed one by one (wrapped, behaviour unchanged); a step that is
# renamed in the app is simply left out of the breakdown.
PHASES = ("read_csv", "_parse_sales", "_duplicate_receipts", "_resolve_members", "_write_sales")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
TAGS = ("", "", "", "vip", "coffee", "bakery;weekend", "student")


@dataclass
class Timing:
    rows: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds else float("inf")


@dataclass
class Result:
    date: str
    rows: int
    members: int
    seed: int
    python: str
    sqlite: str
    cpus: int
    member_import: Timing
    app: Timing
    baseline: Timing
    baseline_runs: list[float] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)
    profiled: bool = False

    @property
    def ratio(self) -> float:
        return self.app.seconds / self.baseline.seconds

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        for name in ("member_import", "app", "baseline"):
            data[name]["seconds"] = round(data[name]["seconds"], 4)
            data[name]["rows_per_s"] = round(getattr(self, name).rate, 1)
        data["baseline_runs"] = [round(s, 4) for s in self.baseline_runs]
        data["phases"] = {k: round(v, 4) for k, v in self.phases.items()}
        data["ratio_app_over_baseline"] = round(self.ratio, 2)
        return data


# --- data generation --------------------------------------------------------------------------


def say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _cents_text(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _member_rows(rng: random.Random, count: int, today: date) -> list[list[str]]:
    cards: set[str] = set()
    while len(cards) < count:
        cards.add(generate_card(rng))
    phones = rng.sample(range(10**9), count)
    rows = []
    for card, phone in zip(sorted(cards), phones, strict=True):
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
        born = today - timedelta(days=rng.randint(18 * 365, 70 * 365))
        enrolled = datetime.combine(today, datetime.min.time()) - timedelta(
            days=rng.randint(366, 1000), seconds=rng.randrange(86400)
        )
        rows.append(
            [
                card,
                name,
                f"13{phone:09d}",
                born.isoformat() if rng.random() < 0.6 else "",
                enrolled.strftime("%Y-%m-%d %H:%M:%S"),
                rng.choice(("yes", "no")),
                rng.choice(TAGS),
            ]
        )
    return rows


def _who(rng: random.Random, members: list[list[str]]) -> tuple[str, str]:
    """(card, phone) of a sale: a walk-in, or a member found by card or by phone."""
    roll = rng.random()
    if roll < WALK_IN_SHARE:
        return "", ""
    member = rng.choice(members)
    return (member[0], "") if roll < (1 + WALK_IN_SHARE) / 2 else ("", member[2])


def _sale_rows(
    rng: random.Random, count: int, members: list[list[str]], today: date
) -> list[list[str]]:
    start = datetime.combine(today, datetime.min.time()) - timedelta(days=365)
    span = 364 * 86400  # ends a day before today: never "in the future" in any shop time zone
    stamps = sorted(start + timedelta(seconds=rng.randrange(span)) for _ in range(count))
    rows = []
    for number, stamp in enumerate(stamps, 1):
        card, phone = _who(rng, members)
        cents = rng.choice((rng.randint(100, 9_999), rng.randint(1_000, 50_000)))
        rows.append(
            [
                f"R{number:08d}",
                card,
                phone,
                stamp.strftime("%Y-%m-%d %H:%M:%S"),
                _cents_text(cents),
            ]
        )
    return rows


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def make_files(workdir: Path, rows: int, members: int, seed: int) -> tuple[Path, Path]:
    rng = random.Random(seed)
    today = datetime.now(UTC).date()
    member_rows = _member_rows(rng, members, today)
    header = ["card", "name", "phone", "birthday", "enrolled_at", "marketing_consent", "tags"]
    members_csv = write_csv(workdir / "members.csv", header, member_rows)
    sales = _sale_rows(rng, rows, member_rows, today)
    sales_csv = write_csv(
        workdir / "sales.csv", ["receipt", "card", "phone", "timestamp", "amount"], sales
    )
    return members_csv, sales_csv


# --- the app side -----------------------------------------------------------------------------


def run_cli(*argv: str) -> str:
    """``loyalty ARGV`` in-process; stdout captured and returned, stderr (progress) left alone."""
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(list(argv))
    if code != 0:
        raise SystemExit(f"bench: `loyalty {' '.join(argv)}` failed with exit code {code}")
    return out.getvalue().strip()


@contextmanager
def phase_timer() -> Iterator[dict[str, float]]:
    """Seconds spent in each step of ``import_sales`` while the block runs."""
    spent: dict[str, float] = {}
    originals = {name: getattr(importing, name) for name in PHASES if hasattr(importing, name)}

    def wrap(name: str, func: Callable[..., object]) -> Callable[..., object]:
        def timed_step(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

        return timed_step

    for name, func in originals.items():
        setattr(importing, name, wrap(name, func))
    try:
        yield spent
    finally:
        for name, func in originals.items():
            setattr(importing, name, func)


@contextmanager
def maybe_profile(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        profiler.dump_stats(path)
        stats = pstats.Stats(profiler, stream=sys.stderr).strip_dirs()
        stats.sort_stats("cumulative").print_stats(35)
        stats.sort_stats("tottime").print_stats(25)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def app_import(
    db: Path, members_csv: Path, sales_csv: Path, profile: Path | None
) -> tuple[float, float, dict[str, float]]:
    """Seconds for the member import, the sales import and the sales import's steps."""
    run_cli("init", "--db", str(db))
    say(f"importing {members_csv.name} through `loyalty import members`")
    member_s = timed(
        lambda: say(run_cli("import", "members", str(members_csv), "--db", str(db), "--progress"))
    )
    say(f"importing {sales_csv.name} through `loyalty import sales`")
    with phase_timer() as phases, maybe_profile(profile):
        sales_s = timed(
            lambda: say(run_cli("import", "sales", str(sales_csv), "--db", str(db), "--progress"))
        )
    phases["rest (open db, commit, report)"] = sales_s - sum(phases.values())
    return member_s, sales_s, phases


def verify(db: Path, rows: int, members: int) -> None:
    """``loyalty check`` passes and the file's rows are all in the database, or we stop."""
    say(run_cli("check", "--db", str(db)))
    with closing(sqlite3.connect(db)) as conn:
        sales = conn.execute("SELECT count(*) FROM sale").fetchone()[0]
        enrolled = conn.execute("SELECT count(*) FROM member").fetchone()[0]
    if sales != rows or enrolled != members:
        raise SystemExit(
            f"bench: expected {rows} sales and {members} members, found {sales} and {enrolled}"
        )
    say(f"verified: check passed, {sales} sales, {enrolled} members")


# --- the baseline -----------------------------------------------------------------------------

BASELINE_SCHEMA = """
CREATE TABLE sale (
    id INTEGER PRIMARY KEY,
    receipt TEXT NOT NULL UNIQUE,
    card TEXT,
    phone TEXT,
    created_at TEXT NOT NULL,
    amount_cents INTEGER NOT NULL
)
"""


def _baseline_rows(path: Path) -> Iterator[tuple[str, str | None, str | None, str, int]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for receipt, card, phone, stamp, amount in reader:
            whole, _, frac = amount.partition(".")
            yield (
                receipt,
                card or None,
                phone or None,
                datetime.fromisoformat(stamp).isoformat(" "),
                int(whole) * 100 + int(frac.ljust(2, "0")),
            )


def baseline_once(db: Path, sales_csv: Path) -> float:
    """Seconds to parse the CSV and executemany-insert it, one transaction, app pragmas."""
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(BASELINE_SCHEMA)
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO sale (receipt, card, phone, created_at, amount_cents)"
            " VALUES (?, ?, ?, ?, ?)",
            _baseline_rows(sales_csv),
        )
        conn.execute("COMMIT")
        seconds = time.perf_counter() - started
        count = conn.execute("SELECT count(*) FROM sale").fetchone()[0]
    say(f"baseline: {count} rows in {seconds:.3f} s")
    return seconds


def baseline(workdir: Path, sales_csv: Path, repeats: int) -> list[float]:
    return [baseline_once(workdir / f"baseline-{i}.db", sales_csv) for i in range(repeats)]


# --- report -----------------------------------------------------------------------------------


def render(result: Result) -> str:
    lines = [
        f"import sales benchmark {result.date}: {result.rows} rows, {result.members} members, "
        f"seed {result.seed}, Python {result.python}, SQLite {result.sqlite}, "
        f"{result.cpus} CPUs" + (" (PROFILED: timings inflated)" if result.profiled else ""),
        f"{'what':<30} {'rows':>8} {'seconds':>9} {'rows/s':>10}",
    ]
    for label, timing in (
        ("members: loyalty import", result.member_import),
        ("sales: loyalty import", result.app),
        ("sales: sqlite3 executemany", result.baseline),
    ):
        lines.append(f"{label:<30} {timing.rows:>8} {timing.seconds:>9.3f} {timing.rate:>10.0f}")
    runs = ", ".join(f"{s:.3f}" for s in result.baseline_runs)
    lines.append(f"baseline runs (s): {runs} (median used)")
    lines.append(f"ratio app / baseline: {result.ratio:.1f}x slower")
    if result.phases:
        steps = ", ".join(f"{name} {sec:.2f}" for name, sec in result.phases.items())
        lines.append(f"app import steps (s): {steps}")
    return "\n".join(lines)


def save(result: Result, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
    say(f"figures appended to {out}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time `loyalty import sales` against a plain sqlite3 executemany baseline."
    )
    parser.add_argument("--rows", type=int, default=100_000, help="sales rows (default 100000)")
    parser.add_argument("--members", type=int, default=5_000, help="members (default 5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--baseline-repeats", type=int, default=3, metavar="N")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON lines file to append")
    parser.add_argument("--profile", type=Path, metavar="FILE.prof", help="cProfile the import")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep the files")
    args = parser.parse_args(argv)
    if min(args.rows, args.members, args.baseline_repeats) < 1:
        parser.error("--rows, --members and --baseline-repeats must be at least 1")
    return args


def run(args: argparse.Namespace, workdir: Path) -> Result:
    say(f"generating {args.members} members and {args.rows} sales (seed {args.seed}) in {workdir}")
    members_csv, sales_csv = make_files(workdir, args.rows, args.members, args.seed)
    db = workdir / "loyalty.db"
    member_s, sales_s, phases = app_import(db, members_csv, sales_csv, args.profile)
    verify(db, args.rows, args.members)
    runs = baseline(workdir, sales_csv, args.baseline_repeats)
    return Result(
        date=datetime.now(UTC).date().isoformat(),
        rows=args.rows,
        members=args.members,
        seed=args.seed,
        python=platform.python_version(),
        sqlite=sqlite3.sqlite_version,
        cpus=os.cpu_count() or 0,
        member_import=Timing(args.members, member_s),
        app=Timing(args.rows, sales_s),
        baseline=Timing(args.rows, statistics.median(runs)),
        baseline_runs=runs,
        phases=phases,
        profiled=args.profile is not None,
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("LOYALTY_TILL_ID", "bench-till")  # leave the per-user data dir alone
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        if any(args.keep.glob("*.db")):
            raise SystemExit(f"bench: {args.keep} already holds a database; give an empty folder")
        result = run(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
            result = run(args, Path(tmp))
    print(render(result))
    save(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
