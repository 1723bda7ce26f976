"""Searching members by name through an index (store/name_index.py), never by reading every
member: which rows it finds, that every writer keeps the index in step, and (SQLite) that each
search statement's plan uses an index."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.importing import import_members
from loyalty_desktop.services.member_edits import MemberChanges, edit_member
from loyalty_desktop.services.members import (
    Enrolment,
    browse_members,
    count_members,
    enrol,
    find_members,
)
from loyalty_desktop.services.privacy import erase_member
from loyalty_desktop.store.db import Database


def _add(db: Database, actor: Actor, name: str, phone: str | None = None) -> int:
    with db.session() as s:
        return enrol(s, actor, Enrolment(name=name, phone=phone)).id or 0


def _found(db: Database, words: str) -> set[str]:
    with db.session(readonly=True) as s:
        return {m.name for m in find_members(s, words)}


def _listed(db: Database, words: str) -> set[str]:
    with db.session(readonly=True) as s:
        return {m.name for m in browse_members(s, words, limit=1000)}


@pytest.fixture
def names(db, actor) -> dict[str, int]:
    people = ["张小明", "张大明", "王芳", "Li Lei", "li si", "Wang Fang", 'O\'Brien "Bob"']
    return {name: _add(db, actor, name) for name in people}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("小明", {"张小明"}),  # two characters anywhere (a given name)
        ("张", {"张小明", "张大明"}),  # one character: the name's start (a surname)
        ("明", set()),
        ("张大明", {"张大明"}),
        ("fang", {"Wang Fang"}),  # three or more: anywhere, any case
        ("LI", {"Li Lei", "li si"}),
        ("ei", {"Li Lei"}),
        ("g F", {"Wang Fang"}),
        ('"Bob"', {'O\'Brien "Bob"'}),  # quotes are text, not search syntax
        ("O'B", {'O\'Brien "Bob"'}),
        ("nobody", set()),
    ],
)
def test_a_name_is_found_by_part_of_it(db, names, words, expected) -> None:
    assert _found(db, words) == expected
    assert _listed(db, words) == expected
    with db.session(readonly=True) as s:
        assert count_members(s, words) == len(expected)


def test_search_syntax_in_a_name_is_only_text(db, names) -> None:
    for hostile in ('" OR "', "NEAR(a b)", "*", "a*", "^li", "li AND wang", "%", "_"):
        assert _found(db, hostile) == set()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(st.text(alphabet="abcAB 王张小明", min_size=1, max_size=8), max_size=12),
    words=st.text(alphabet="abcAB王张小明", min_size=1, max_size=4),
)
def test_the_index_finds_what_reading_every_name_finds(tmp_path_factory, people, words) -> None:
    """Two or more characters anywhere in the name, one from its start; ASCII case ignored."""
    from loyalty_desktop.core.config import sqlite_url
    from loyalty_desktop.services.opening import open_shop
    from loyalty_desktop.services.staff import ensure_owner

    db = open_shop(sqlite_url(tmp_path_factory.mktemp("names") / "s.db"), till_id="till-h")
    with db.session() as s:
        owner = ensure_owner(s, "till-h")
    actor = Actor(staff_id=owner.id or 0, till_id="till-h")
    kept = [" ".join(p.split()) for p in people if p.strip()]
    for name in kept:
        _add(db, actor, name)
    if len(words) == 1:
        expected = {n for n in kept if n.lower().startswith(words.lower())}
    else:
        expected = {n for n in kept if words.lower() in n.lower()}
    assert _listed(db, words) == expected
    db.dispose()


# --- every writer keeps the index in step -------------------------------------------------------


def test_an_edit_moves_the_member_to_the_new_name(db, actor, names) -> None:
    with db.session() as s:
        edit_member(s, actor, names["张小明"], MemberChanges(name="赵小红"))
    assert _found(db, "小明") == set()
    assert _found(db, "小红") == {"赵小红"}
    assert _found(db, "赵小红") == {"赵小红"}
    assert _found(db, "赵") == {"赵小红"}


def test_an_erased_name_is_found_by_nobody_and_gone_from_the_index_pages(db, actor, names) -> None:
    with db.session() as s:
        erase_member(s, actor, names["张大明"], "asked in the shop")
    assert _found(db, "大明") == set()
    assert _found(db, "张大明") == set()
    if db.engine.dialect.name == "sqlite":
        # FTS5 keeps a deleted row's terms in older pages until they merge: purged on erasure.
        with db.engine.connect() as conn:
            blocks = conn.execute(text("SELECT block FROM member_name_data")).scalars()
            assert not any("张大明".encode() in bytes(b) for b in blocks if b)


def test_imported_members_are_found_by_name(db, actor, tmp_path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("name,phone\n欧阳娜娜,13800138001\nMaria Lopez,13800138002\n", "utf-8")
    import_members(db, actor, path)
    assert _found(db, "娜娜") == {"欧阳娜娜"}
    assert _found(db, "lopez") == {"Maria Lopez"}


def test_members_that_arrive_by_sync_are_found_by_name(db, actor, tmp_path) -> None:
    other = open_till(tmp_path / "other.db", "till-other", shop_of(db))
    _add(other.db, other.actor, "司马相如", "13800000009")
    Till(db, actor).import_(other.export(tmp_path / "sync").path)
    assert _found(db, "相如") == {"司马相如"}
    assert _found(db, "司马相") == {"司马相如"}


# --- the plans (SQLite) -------------------------------------------------------------------------


@contextmanager
def _plans(db: Database) -> Iterator[list[tuple[str, list[str]]]]:
    seen: list[tuple[str, list[str]]] = []

    def explain(conn, _cursor, statement, params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            seen.append((statement, [row[3] for row in plan]))

    event.listen(db.engine, "before_cursor_execute", explain)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", explain)


def _scans_members(plan: list[str]) -> bool:
    return any(step in ("SCAN member", "SCAN member_bigram") for step in plan)


@pytest.mark.sqlite_only("SQLite's query plans")
@pytest.mark.parametrize(
    "words", ["小明", "张", "fang", "Wang Fang", "13800138000", "8000", "900000000019"]
)
def test_no_search_reads_every_member(db, names, words) -> None:
    with _plans(db) as seen, db.session(readonly=True) as s:
        find_members(s, words)
        browse_members(s, words)
        count_members(s, words)
    member_plans = [(sql, plan) for sql, plan in seen if "member" in sql]
    assert member_plans
    assert [sql for sql, plan in member_plans if _scans_members(plan)] == []


@pytest.mark.sqlite_only("SQLite's query plans")
def test_a_scanned_card_never_touches_the_name_index(db, actor, names) -> None:
    with db.session() as s:
        card = enrol(s, actor, Enrolment(name="陈晨", phone="13800138888")).card
    with _plans(db) as seen, db.session(readonly=True) as s:
        assert [m.name for m in find_members(s, card)] == ["陈晨"]
    assert not [sql for sql, _ in seen if "member_name" in sql or "member_bigram" in sql]


def test_a_birthday_does_not_change_the_search(db, actor) -> None:
    """An enrolment with every field still lands in the index once."""
    with db.session() as s:
        enrol(s, actor, Enrolment(name="黄蓉", phone="13800138777", birthday=date(1990, 1, 2)))
    with db.session(readonly=True) as s:
        assert len(find_members(s, "黄蓉")) == 1
