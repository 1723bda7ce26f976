"""Lists of ids go into statements a batch at a time: SQLite refuses a statement with more
bound values than its variable limit (250,000 in Python's build, 32,766 or 999 in others), and
a list of members grows with the shop. Every ``IN (...)`` over ids or keys that a caller does
not bound itself goes through ``chunks``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
# Far below any SQLite build's limit (999 at the least), with room for the statement's other
# values; large enough that a batch costs one round trip for hundreds of rows.
ID_BATCH = 500


def chunks(items: list[T], size: int = ID_BATCH) -> Iterator[list[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def id_chunks(ids: Iterable[T], size: int = ID_BATCH) -> Iterator[list[T]]:
    """Distinct ids, sorted (neighbours share index pages), in lists of at most ``size``."""
    ordered = sorted(set(ids))  # type: ignore[type-var]
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]
