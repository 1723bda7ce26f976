"""The member list's pages by keyset (after/before a row already shown, or the list's last rows)
are exactly the pages OFFSET gives, whatever the sort, the direction and the ties in the key."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.members import (
    SORTABLE,
    Enrolment,
    MemberRow,
    Seek,
    enrol,
    member_page,
)
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.store.models import EntryKind

PAGE = 3

people = st.lists(
    st.tuples(
        st.sampled_from(["王芳", "李娜", "Li Na", "张伟"]),  # names repeat: ties in the key
        st.one_of(st.none(), st.sampled_from(["13800000001", "13900000002", "13700000003"])),
        st.sampled_from([0, 5, 5, 120]),  # balances repeat too
    ),
    min_size=1,
    max_size=11,
)


def _shop(tmp_path_factory, rows):  # type: ignore[no-untyped-def]
    db = open_shop(sqlite_url(tmp_path_factory.mktemp("paging") / "s.db"), till_id="till-p")
    with db.session() as s:
        actor = Actor(staff_id=ensure_owner(s, "till-p").id or 0, till_id="till-p")
        taken: set[str] = set()
        for name, phone, points in rows:
            phone = phone if phone not in taken else None  # a phone is one active member's
            taken.add(phone or "")
            member = enrol(s, actor, Enrolment(name=name, phone=phone))
            if points:
                post_entry(s, actor, member.id or 0, EntryKind.ADJUST, points, note="opening")
    return db


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=people, sort=st.sampled_from(sorted(SORTABLE)), descending=st.booleans())
def test_keyset_pages_are_the_offset_pages(tmp_path_factory, rows, sort, descending) -> None:
    db = _shop(tmp_path_factory, rows)
    with db.session(readonly=True) as s:

        def page(seek: Seek, size: int = PAGE) -> list[MemberRow]:
            return member_page(s, "", sort, descending, seek, size)

        everyone = page(Seek(), 1000)
        assert len(everyone) == len(rows)
        by_offset = [page(Seek(offset=o)) for o in range(0, len(everyone), PAGE)]
        assert [row for part in by_offset for row in part] == everyone

        forward = [page(Seek())]  # page after page, each after the last row of the one before
        while len(forward) < len(by_offset):
            forward.append(page(Seek(after=forward[-1][-1])))
        assert forward == by_offset

        backward = [page(Seek(last=True), len(by_offset[-1]))]  # from the end, going back
        while len(backward) < len(by_offset):
            backward.insert(0, page(Seek(before=backward[0][0])))
        assert backward == by_offset
    db.dispose()
