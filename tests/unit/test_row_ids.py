"""Row ids are time-ordered (UUIDv7): rows made later sort later, so the uuid index grows at
its end instead of at random pages (what keeps imports fast in a large shop)."""

from __future__ import annotations

import uuid

from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.store.models.base import new_uuid


def test_ids_made_one_after_another_sort_in_that_order() -> None:
    ids = [new_uuid() for _ in range(2000)]  # many within one millisecond
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert {uuid.UUID(i).version for i in ids} == {7}


def test_members_enrolled_later_carry_later_ids(db, actor: Actor) -> None:
    with db.session() as s:
        first = enrol(s, actor, Enrolment(name="Wang Fang"))
        second = enrol(s, actor, Enrolment(name="Li Na"))
        assert first.uuid < second.uuid
