"""Each till's idle minutes before it locks itself: 5 until set, 0 = never, refused outside
0 to 240, and a value stored wrongly reads as the default, never as "never"."""

from __future__ import annotations

import pytest

from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services.settings import (
    AUTO_LOCK_DEFAULT,
    AUTO_LOCK_LONGEST,
    set_setting,
    set_till_auto_lock,
    till_auto_lock,
)


def test_five_minutes_until_set_and_each_till_its_own(db) -> None:
    with db.session() as s:
        assert till_auto_lock(s, "till-a") == AUTO_LOCK_DEFAULT == 5
        set_till_auto_lock(s, "till-a", 0)
        set_till_auto_lock(s, "till-b", AUTO_LOCK_LONGEST)
    with db.session(readonly=True) as s:
        assert till_auto_lock(s, "till-a") == 0
        assert till_auto_lock(s, "till-b") == AUTO_LOCK_LONGEST
        assert till_auto_lock(s, "till-c") == AUTO_LOCK_DEFAULT


@pytest.mark.parametrize("minutes", [-1, AUTO_LOCK_LONGEST + 1, True, 2.5, "5"])
def test_minutes_outside_the_range_are_refused(db, minutes) -> None:
    with db.session() as s, pytest.raises(InvalidInput):
        set_till_auto_lock(s, "till-a", minutes)


@pytest.mark.parametrize("stored", [-3, 10_000, "never", None, False])
def test_a_value_stored_wrongly_reads_as_the_default(db, stored) -> None:
    with db.session() as s:
        set_setting(s, "till.till-a.auto_lock_minutes", stored)
        assert till_auto_lock(s, "till-a") == AUTO_LOCK_DEFAULT
