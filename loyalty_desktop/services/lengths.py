"""Text limits, checked in the services for every database.

PostgreSQL refuses a value longer than its ``VARCHAR(n)`` column, and any text holding a NUL
character; SQLite stores both. So each service checks what a person typed before it is written,
with the limit read from the model's column (one source), and both databases accept exactly the
same values. Control characters other than tab and line breaks are refused too: nobody types
them, and they would garble a receipt or a CSV export.
"""

from __future__ import annotations

import re
from typing import Any, cast

from sqlalchemy.orm import Mapped, QueryableAttribute

from loyalty_desktop.core.errors import InvalidInput

# C0 controls but tab, line feed and carriage return; DEL and the C1 controls.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def column_limit(column: QueryableAttribute[Any] | Mapped[Any]) -> int:
    """The ``max_length`` a model gave this column, e.g. 200 for ``col(Member.name)``."""
    return cast(QueryableAttribute[Any], column).property.columns[0].type.length


def check_length(
    field: str, value: str | None, maximum: int | QueryableAttribute[Any] | Mapped[Any]
) -> None:
    """Refuse ``value`` when it is longer than ``maximum`` characters (or than its column), or
    holds a control character."""
    if value is None:
        return
    limit = maximum if isinstance(maximum, int) else column_limit(maximum)
    if len(value) > limit:
        raise InvalidInput(field=field, reason="too_long", length=len(value), limit=limit)
    if CONTROL.search(value):
        raise InvalidInput(field=field, reason="control_characters")


def search_text(text: object) -> str:
    """What someone typed or scanned to find something, in one line: control characters
    dropped (a scanner may send a GS separator; PostgreSQL refuses NUL) and runs of spaces
    made one."""
    return " ".join(CONTROL.sub("", str(text)).split())
