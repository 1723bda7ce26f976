"""Text length limits, checked in the services for every database.

PostgreSQL refuses a value longer than its ``VARCHAR(n)`` column; SQLite stores it anyway. So
each service checks what a person typed before it is written, with the limit read from the
model's column (one source), and both databases accept exactly the same values.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy.orm import Mapped, QueryableAttribute

from loyalty_desktop.core.errors import InvalidInput


def column_limit(column: QueryableAttribute[Any] | Mapped[Any]) -> int:
    """The ``max_length`` a model gave this column, e.g. 200 for ``col(Member.name)``."""
    return cast(QueryableAttribute[Any], column).property.columns[0].type.length


def check_length(
    field: str, value: str | None, maximum: int | QueryableAttribute[Any] | Mapped[Any]
) -> None:
    """Refuse ``value`` when it is longer than ``maximum`` characters (or than its column)."""
    limit = maximum if isinstance(maximum, int) else column_limit(maximum)
    if value is not None and len(value) > limit:
        raise InvalidInput(field=field, reason="too_long", length=len(value), limit=limit)
