"""Member edits travel between tills: each field's latest change wins on every till, a change
lost to another till's offline is kept in the conflict log, and erasure wins over every edit
(issue 16).

The till ``here`` is the test's shop (SQLite, or PostgreSQL in the server run); the others are
SQLite files of their own, in the same shop."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select
from support import snapshot
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.core.errors import CardReplaced, PermissionDenied, SyncRefused
from loyalty_desktop.services import member_changes
from loyalty_desktop.services.member_edits import MemberChanges, edit_member, replace_card
from loyalty_desktop.services.members import Enrolment, enrol, identify
from loyalty_desktop.services.privacy import erase_member
from loyalty_desktop.services.sync.package import MANIFEST
from loyalty_desktop.services.sync.words import conflict_text
from loyalty_desktop.store.models import Member, MemberChange


def _enrol(till: Till, phone: str | None, name: str = "王芳") -> str:
    with till.db.session() as s:
        return enrol(s, till.actor, Enrolment(name=name, phone=phone)).uuid


def _id(till: Till, uuid: str) -> int:
    with till.db.session(readonly=True) as s:
        return s.exec(select(Member.id).where(Member.uuid == uuid)).one() or 0


def _edit(till: Till, uuid: str, **changes) -> None:  # type: ignore[no-untyped-def]
    with till.db.session() as s:
        edit_member(s, till.actor, _id(till, uuid), MemberChanges(**changes))


def _exchange(folder: Path, *tills: Till) -> list:
    """Every till exports, then every till imports the folder; the import summaries."""
    for till in tills:
        till.export(folder)
    return [till.import_(folder) for till in tills]


@pytest.fixture
def here(db, actor) -> Till:
    return Till(db, actor)


@pytest.fixture
def other(tmp_path, db) -> Till:
    return open_till(tmp_path / "other.db", "till-other", shop_of(db))


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "sync"


@pytest.fixture
def wang(here, other, folder) -> str:
    """A member enrolled here, known to the other till."""
    uuid = _enrol(here, "13800000001")
    _exchange(folder, here, other)
    return uuid


def test_every_kind_of_edit_after_the_export_reaches_the_other_till(here, other, folder, wang):
    _edit(
        here,
        wang,
        name="王芳芳",
        phone="13900000002",
        birthday=date(1990, 5, 1),
        tags="vip;常客",
        marketing_consent=True,
    )
    with here.db.session() as s:
        card = replace_card(s, here.actor, _id(here, wang))

    summary = _exchange(folder, here, other)[1]

    assert summary.rows_in["member_change"] == 6 and summary.rows_in["retired_card"] == 1
    assert other.profiles() == here.profiles()
    assert other.profiles()[wang][:6] == (
        card.new_card,
        "王芳芳",
        "13900000002",
        date(1990, 5, 1),
        "vip;常客",
        True,
    )
    with other.db.session(readonly=True) as s:
        assert identify(s, card.new_card).uuid == wang
        assert identify(s, "13900000002").uuid == wang
        with pytest.raises(CardReplaced):
            identify(s, card.old_card)
    assert other.problems() == [] and here.problems() == []
    assert other.edit_conflicts() == []


def test_the_later_of_two_offline_edits_wins_everywhere_and_the_other_is_logged(
    here, other, folder, wang
):
    _edit(here, wang, name="王小芳", birthday=date(1991, 2, 3))
    _edit(other, wang, name="王大芳", tags="vip")  # later, not knowing here's edit

    here_summary, other_summary = _exchange(folder, here, other)

    assert here.profiles() == other.profiles()
    assert here.profiles()[wang][1:5] == ("王大芳", "13800000001", date(1991, 2, 3), "vip")
    log = here.edit_conflicts()
    assert log == other.edit_conflicts()
    assert [(c["field"], c["lost"], c["lost_till"], c["won"], c["won_till"]) for c in log] == [
        ("name", "王小芳", "till-test", "王大芳", "till-other")
    ]
    # Each till reported it with the import that brought the other's change.
    for summary in (here_summary, other_summary):
        [conflict] = [c for c in summary.conflicts if c["kind"] == "edit"]
        assert conflict == log[0]
        assert "王小芳" in conflict_text(conflict) and "till-other" in conflict_text(conflict)
    assert here.problems() == [] and other.problems() == []


def test_an_edit_made_after_seeing_another_is_no_conflict(here, other, folder, wang):
    _edit(here, wang, name="王小芳")
    _exchange(folder, here, other)
    _edit(other, wang, name="王大芳")  # knowing here's edit

    summaries = _exchange(folder, here, other)

    assert here.profiles()[wang][1] == other.profiles()[wang][1] == "王大芳"
    assert here.edit_conflicts() == other.edit_conflicts() == []
    assert all(s.conflicts == [] for s in summaries)


def test_a_till_whose_clock_is_behind_still_makes_its_own_edit_the_latest(here, wang, db):
    with db.session() as s:
        member = s.exec(select(Member).where(Member.uuid == wang)).one()
        later = MemberChange(
            member_id=member.id,
            field="name",
            value="将来",
            changed_at=datetime(2099, 1, 1, tzinfo=UTC),
            origin_till="till-future",
        )
        s.add(later)
    _edit(here, wang, name="现在")
    assert here.profiles()[wang][1] == "现在"


def test_three_tills_importing_in_any_order_and_twice_agree(here, other, folder, wang, tmp_path):
    third = open_till(tmp_path / "third.db", "till-third", shop_of(here.db))
    third.import_(folder)
    for till, name in ((here, "甲"), (other, "乙"), (third, "丙")):
        _edit(till, wang, name=name)
    packages = [till.export(folder).path for till in (here, other, third)]

    third.import_(packages[0])
    third.import_(packages[1], packages[0])
    other.import_(packages[2])
    other.import_(packages[0], packages[2])
    here.import_(folder)
    before = snapshot(here.db)
    here.import_(folder)

    assert snapshot(here.db) == before
    assert here.profiles() == other.profiles() == third.profiles()
    assert here.profiles()[wang][1] == "丙"
    log = here.edit_conflicts()
    assert log == other.edit_conflicts() == third.edit_conflicts()
    assert sorted((c["lost"], c["won"]) for c in log) == [("乙", "丙"), ("甲", "乙")]
    assert [t.problems() for t in (here, other, third)] == [[], [], []]


def test_erasure_wins_over_an_edit_made_later_offline_and_leaves_no_words(
    here, other, folder, wang
):
    _edit(here, wang, tags="爱喝茶")
    _exchange(folder, here, other)
    with here.db.session() as s:
        erase_member(s, here.actor, _id(here, wang), "asked in person")
    _edit(other, wang, name="王芳芳", phone="13900000002", birthday=date(1990, 5, 1))

    _exchange(folder, here, other)

    assert here.profiles() == other.profiles()
    assert here.profiles()[wang][1:5] == ("Erased member", None, None, "")
    assert here.profiles()[wang][-1] == "anonymised"
    words = ["王芳", "13800000001", "13900000002", "1990-05-01", "爱喝茶"]
    for till in (here, other):
        everything = repr(snapshot(till.db))
        assert [word for word in words if word in everything] == []
        assert till.edit_conflicts() == [] and till.problems() == []
    with here.db.session(readonly=True) as s:
        assert {c.value for c in s.exec(select(MemberChange))} == {None}


def test_a_phone_taken_offline_stays_with_the_member_enrolled_first(here, other, folder, wang):
    later = _enrol(other, "13900000002", "李娜")  # enrolled after wang, with this phone
    _edit(here, wang, phone="13900000002")  # here does not know 李娜 yet

    summaries = _exchange(folder, here, other)

    assert here.profiles() == other.profiles()
    assert here.profiles()[wang][2] == "13900000002"
    assert here.profiles()[later][2] is None
    for summary in summaries:
        assert {"kind": "phone", "phone": "13900000002", "cleared": later} in summary.conflicts
    again = _exchange(folder, here, other)  # the clearing travelled: nothing new to settle
    assert all(s.conflicts == [] for s in again)
    assert here.profiles() == other.profiles()
    assert here.problems() == [] and other.problems() == []


def test_a_change_of_an_unknown_field_refuses_the_whole_package(here, other, folder, wang):
    _edit(here, wang, name="王小芳")
    package = here.export(folder).path
    path = package / "member_change.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",name,", ",balance,"), "utf-8")
    manifest = json.loads((package / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"]["member_change.csv"]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (package / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    before = snapshot(other.db)

    with pytest.raises(SyncRefused) as refused:
        other.import_(package)

    assert refused.value.params["reason"] == "sync_bad_row"
    assert snapshot(other.db) == before


def test_the_conflict_log_is_for_the_owner_or_a_manager(here, team):
    with here.db.session(readonly=True) as s, pytest.raises(PermissionDenied):
        member_changes.edit_conflicts(s, team[2])  # the cashier


def test_check_finds_a_member_whose_details_are_not_their_latest_change(here, wang):
    _edit(here, wang, name="王小芳", tags="vip")
    assert here.problems() == []
    with here.db.engine.begin() as conn:
        conn.execute(text("UPDATE member SET name = '别人' WHERE uuid = :u"), {"u": wang})
    assert [p for p in here.problems() if "latest change" in p] == [
        f"member member {here.profiles()[wang][0]}: name is not its latest change"
    ]


def test_an_edit_blanked_by_an_erasure_from_another_till_still_travels(here, other, folder, wang):
    _edit(here, wang, name="王芳芳")  # not exported yet when the erasure comes in
    with other.db.session() as s:
        erase_member(s, other.actor, _id(other, wang), "asked by phone")
    here.import_(other.export(folder).path)

    summary = other.import_(here.export(folder).path)  # its change, blanked here: no value

    assert summary.rows_in["member_change"] == 1
    assert here.profiles() == other.profiles()
    assert here.profiles()[wang][-1] == "anonymised"
    for till in (here, other):
        assert "王芳" not in repr(snapshot(till.db)) and till.problems() == []


def test_a_card_replaced_at_two_tills_offline_keeps_the_later_and_refuses_both_others(
    here, other, folder, wang
):
    with here.db.session() as s:
        first = replace_card(s, here.actor, _id(here, wang))
    with other.db.session() as s:
        second = replace_card(s, other.actor, _id(other, wang))  # later, offline

    _exchange(folder, here, other)
    _exchange(folder, here, other)

    assert here.profiles() == other.profiles()
    assert here.profiles()[wang][0] == second.new_card
    for till in (here, other):
        with till.db.session(readonly=True) as s:
            for card in (first.old_card, first.new_card):
                with pytest.raises(CardReplaced):
                    identify(s, card)
        assert till.problems() == []
    assert [(c["field"], c["lost"]) for c in here.edit_conflicts()] == [("card", first.new_card)]
