"""Rules, survey and staff travel from the head till; survey answers from every till (issue 16)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import SignInRefused
from loyalty_desktop.services import auth
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.rules import Reward, load_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.surveys import (
    Answers,
    SurveyDefinition,
    figures,
    record_response,
    save_survey,
)
from loyalty_desktop.services.sync import head
from loyalty_desktop.services.sync.words import conflict_text
from loyalty_desktop.store.models import FollowUp, Member, Staff

PIN = "482915"


@pytest.fixture
def tills(tmp_path: Path, db, actor) -> tuple[Till, Till]:
    """The owner's till, made the head, and a second till: the test's shop (SQLite, or
    PostgreSQL in the server run)."""
    owner = open_till(tmp_path / "head.db", "till-head", shop_of(db))
    second = Till(db, actor)
    with owner.db.session() as s:
        head.set_head(s, owner.actor, True)
    return owner, second


def _exchange(a: Till, b: Till, folder: Path) -> None:
    """Both tills export, then both import everything in the folder."""
    a.export(folder)
    b.export(folder)
    a.import_(folder)
    b.import_(folder)


def _earned(till: Till, cents: int) -> int:
    with till.db.session() as s:
        member = enrol(s, till.actor, Enrolment(name="李娜", phone="13900000002"))
        record_sale(s, till.actor, SaleRequest(cents, member.id))
        return s.get_one(Member, member.id).balance


def _new_rules(till: Till) -> None:
    with till.db.session() as s:
        rules = load_rules(s)
        earning = rules.earning.model_copy(update={"points_per_yuan": 3})
        rewards = [Reward(name="咖啡杯", points=500)]
        save_rules(s, till.actor, rules.model_copy(update={"earning": earning, "rewards": rewards}))


def test_the_heads_new_rules_price_the_next_sale_at_the_other_till(tills, tmp_path):
    owner, second = tills
    _new_rules(owner)
    folder = tmp_path / "sync"
    package = owner.export(folder)
    summary = second.import_(folder)

    assert summary.rows_in["rules_version"] == 1
    with second.db.session(readonly=True) as s:
        assert [r.name for r in load_rules(s).rewards] == ["咖啡杯"]
    assert _earned(second, 10000) == 300  # ¥100 at 3 points a yuan
    assert second.import_(package.path).imported == []  # twice is once
    assert owner.problems() == [] and second.problems() == []


def test_an_account_made_at_the_head_signs_in_at_the_other_till_until_deactivated(tills, tmp_path):
    owner, second = tills
    with owner.db.session() as s:
        cashier = auth.add_staff(s, owner.actor, "小张", "cashier", PIN)
        uuid = cashier.uuid
    folder = tmp_path / "sync"
    owner.export(folder)
    second.import_(folder)
    with second.db.session(readonly=True) as s:
        there = s.exec(select(Staff).where(Staff.uuid == uuid)).one()
        names = set(s.exec(select(Staff.name)))
    assert auth.sign_in(second.db, there.id or 0, PIN).name == "小张"
    # Each till's own owner account stays; the head's is told apart by its till.
    assert {"Owner", "Owner (till-head)"} <= names

    with owner.db.session() as s:
        auth.change_staff(s, owner.actor, cashier.id or 0, active=False)
    owner.export(folder)
    assert second.import_(folder).imported == ["till-head-000002"]
    with pytest.raises(SignInRefused):
        auth.sign_in(second.db, there.id or 0, PIN)
    assert owner.problems() == [] and second.problems() == []


def test_a_till_not_the_head_sends_no_rules_and_a_second_head_is_not_heard(tills, tmp_path):
    owner, second = tills
    third = open_till(tmp_path / "third.db", "till-third", shop_of(owner.db))
    folder = tmp_path / "sync"
    owner.export(folder)
    second.import_(folder)  # the second till now takes the owner's till as the head

    _new_rules(third)  # not the head: its rules stay its own
    assert third.export(folder).rows["rules_version"] == 0
    with third.db.session() as s:
        head.set_head(s, third.actor, True)
    assert third.export(folder).rows["rules_version"] == 1
    summary = second.import_(folder)

    assert summary.rows_in["rules_version"] == 0
    skipped = {"kind": "not_head", "till": "till-third", "head": "till-head"}
    assert skipped in summary.conflicts
    assert conflict_text(skipped) == (
        "rules, survey and staff from till till-third skipped: till till-head is the head"
    )
    with second.db.session(readonly=True) as s:
        assert load_rules(s).earning.points_per_yuan == 1


def _answered(till: Till, nps: int) -> None:
    with till.db.session() as s:
        member = enrol(s, till.actor, Enrolment(name="赵磊", phone=f"137000000{nps:02d}"))
        result = record_sale(s, till.actor, SaleRequest(5000, member.id, ask_survey=True))
        assert result.survey is not None
        record_response(s, till.actor, result.sale.id or 0, Answers(nps=nps))


def test_survey_answers_of_both_tills_count_on_both(tills, tmp_path):
    owner, second = tills
    with owner.db.session() as s:
        save_survey(s, owner.actor, SurveyDefinition(enabled=True))
    folder = tmp_path / "sync"
    owner.export(folder)
    second.import_(folder)  # the head's survey is asked at the second till too

    _answered(owner, 10)
    _answered(second, 2)  # a detractor: its follow-up (回访) travels with it
    _exchange(owner, second, folder)
    _exchange(owner, second, folder)  # nothing new: nothing changes

    start, end = utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)
    for till in (owner, second):
        with till.db.session(readonly=True) as s:
            assert figures(s, start, end).nps_answers == 2
            assert len(s.exec(select(FollowUp)).all()) == 1
        assert till.problems() == []


def test_answers_to_a_survey_of_a_till_not_the_head_are_skipped_and_reported(tills, tmp_path):
    owner, second = tills
    with second.db.session() as s:
        save_survey(s, second.actor, SurveyDefinition(enabled=True))  # its own, not the head's
    _answered(second, 3)  # with its follow-up
    folder = tmp_path / "sync"
    second.export(folder)
    summary = owner.import_(folder)

    assert summary.rows_in["survey_response"] == 0 and summary.rows_in["follow_up"] == 0
    assert {"kind": "survey_unknown", "till": second.actor.till_id, "count": 1} in summary.conflicts
    assert summary.rows_in["sale"] == 1 and owner.problems() == []
