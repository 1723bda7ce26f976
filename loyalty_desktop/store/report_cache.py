"""Triggers that forget a kept monthly report once anything it was computed from changes
(migration 0016; services/report_cache.py keeps and reads the reports).

A report of a finished month reads the monthly rollups, members, coupons, survey answers and
the rules. A write dated in month X — a back-dated receipt, a refund of an old sale, another
till's rows arriving by sync, an import — can change the reports of X and of every month after
it (their trends, churn and RFM look back), so the triggers delete the kept reports from X on.
A change to who a member is (name, card, phone, tier, consent, status: the churn and top lists
name members; an erasure must leave no name behind) or to the rules forgets every kept report.

Being triggers, they see every writer — the till, imports, sync, a bulk generator — without
any of them having to remember. Moments are UTC; their shop-time month is at most a day away,
so a moment's month is taken from a day earlier: a report is sometimes forgotten needlessly,
never kept wrongly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

TABLE = "report_cache"


DATED = ("INSERT", "UPDATE", "DELETE")


@dataclass(frozen=True)
class Source:
    """A table the report reads: which of its events date the change by the row (the months it
    touches), and which forget every kept report."""

    table: str
    months: tuple[str, ...] = ()  # date columns holding a month's first day
    moments: tuple[str, ...] = ()  # timestamps (an empty one dates nothing)
    # Moments whose value, left as it was by an UPDATE, does not date it: a coupon redeemed
    # today changes today's month, not the month it was issued in.
    steady: tuple[str, ...] = ()
    dated: tuple[str, ...] = DATED
    forget_all: tuple[str, ...] = ()  # e.g. "UPDATE OF name, card"


SOURCES = (
    Source("member_month", months=("month",)),
    Source("shop_month", months=("month",)),
    Source("ledger_month", months=("month",)),
    Source("coupon", moments=("issued_at", "redeemed_at"), steady=("issued_at",)),
    Source("survey_response", moments=("answered_at",)),
    Source(
        "member",
        moments=("enrolled_at",),
        dated=("INSERT",),
        forget_all=(
            "UPDATE OF card, name, phone, tier, marketing_consent, status, enrolled_at",
            "DELETE",
        ),
    ),
    Source("rules_version", dated=(), forget_all=DATED),
)


def _word(event: str) -> str:
    return event.split()[0]


def _events(source: Source) -> tuple[str, ...]:
    return source.dated + source.forget_all


def _sqlite_name(source: Source, event: str) -> str:
    return f"{source.table}_report_{_word(event).lower()}"


_ROWS = {"INSERT": ("NEW",), "UPDATE": ("OLD", "NEW"), "DELETE": ("OLD",)}
TRIGGERS = {
    "sqlite": tuple(_sqlite_name(s, event) for s in SOURCES for event in _events(s)),
    "postgresql": tuple(f"{s.table}_report_stale" for s in SOURCES),
}


def _month_of(dialect: str, moment: str) -> str:
    """The first day of the month a day before ``moment`` (see the module's note)."""
    if dialect == "sqlite":
        return f"date({moment}, '-1 day', 'start of month')"
    return f"date_trunc('month', {moment} - interval '1 day')::date"


NO_MONTH = "9999-12-31"  # dates nothing: later than any kept report


def _since(dialect: str, source: Source, event: str) -> str:
    """The first month ``event`` can touch (by NEW, OLD or both rows' months and moments)."""
    same = "IS" if dialect == "sqlite" else "IS NOT DISTINCT FROM"
    nothing = f"'{NO_MONTH}'" if dialect == "sqlite" else f"DATE '{NO_MONTH}'"
    parts = []
    for row in _ROWS[event]:
        parts += [f"{row}.{month}" for month in source.months]
        for moment in source.moments:
            month = f"coalesce({_month_of(dialect, f'{row}.{moment}')}, {nothing})"
            if event == "UPDATE" and moment in source.steady:
                unchanged = f"OLD.{moment} {same} NEW.{moment}"
                month = f"CASE WHEN {unchanged} THEN {nothing} ELSE {month} END"
            parts.append(month)
    if len(parts) == 1:
        return parts[0]
    return f"{'min' if dialect == 'sqlite' else 'least'}({', '.join(parts)})"


def _forget(dialect: str, source: Source, event: str) -> str:
    """The statement forgetting what ``event`` on ``source`` can have changed."""
    if event in source.forget_all:
        return f"DELETE FROM {TABLE}"
    return f"DELETE FROM {TABLE} WHERE month >= {_since(dialect, source, event)}"


def _sqlite(source: Source) -> list[str]:
    return [
        f"CREATE TRIGGER {_sqlite_name(source, event)} AFTER {event}"
        f" ON {source.table} BEGIN {_forget('sqlite', source, event)}; END"
        for event in _events(source)
    ]


def _postgres(source: Source) -> list[str]:
    name = f"{source.table}_report_stale"
    branches = " ".join(
        f"IF TG_OP = '{_word(event)}' THEN {_forget('postgresql', source, event)}; END IF;"
        for event in _events(source)
    )
    events = " OR ".join(_events(source))
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$"
        f" BEGIN {branches} RETURN NULL; END $$",
        f"CREATE TRIGGER {name} AFTER {events} ON {source.table}"
        f" FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def create_triggers(connection: Connection) -> None:
    dialect = connection.dialect.name
    for source in SOURCES:
        for statement in _sqlite(source) if dialect == "sqlite" else _postgres(source):
            connection.execute(text(statement))


def drop_triggers(connection: Connection) -> None:
    dialect = connection.dialect.name
    for source in SOURCES:
        if dialect == "sqlite":
            for event in _events(source):
                connection.execute(text(f"DROP TRIGGER IF EXISTS {_sqlite_name(source, event)}"))
        else:
            name = f"{source.table}_report_stale"
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {source.table}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))
