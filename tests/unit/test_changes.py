"""Each transaction says what kinds of data it wrote, read from the statements it ran."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlmodel import SQLModel

from loyalty_desktop.core.changes import NOTHING, Change
from loyalty_desktop.services import coupons, surveys
from loyalty_desktop.services.members import Enrolment, enrol, find_members
from loyalty_desktop.services.rules import load_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.changes import CHANGE_BY_TABLE
from loyalty_desktop.store.db import changes_made

Work = Callable[[Any, Any], object]


def changes(db, actor, work: Work, *, readonly: bool = False) -> Change:  # type: ignore[no-untyped-def]
    with db.session(readonly=readonly) as s:
        work(s, actor)
    return changes_made(s)


def test_every_table_is_a_kind_of_change() -> None:
    assert set(CHANGE_BY_TABLE) == set(SQLModel.metadata.tables)


def test_a_sale_changes_sales_and_points(db, actor) -> None:
    with db.session() as s:
        member = enrol(s, actor, Enrolment(name="Ann", phone="13800000001"))
    made = changes(db, actor, lambda s, a: record_sale(s, a, SaleRequest(5000, member.id)))
    assert Change.SALES | Change.POINTS in made
    assert not made & (Change.COUPONS | Change.SURVEYS | Change.RULES)


def test_enrolling_changes_members(db, actor) -> None:
    made = changes(db, actor, lambda s, a: enrol(s, a, Enrolment(name="Bo")))
    assert made == Change.MEMBERS


def test_issuing_coupons_changes_coupons(db, actor) -> None:
    with db.session() as s:
        terms = coupons.Terms(kind="fixed", value=500)
        template_id = coupons.add_template(s, actor, "¥5 off", terms).id
        member_id = enrol(s, actor, Enrolment(name="Di")).id
    made = changes(db, actor, lambda s, a: coupons.issue(s, a, template_id, member_ids=[member_id]))
    assert made == Change.COUPONS


def test_saving_the_rules_changes_rules(db, actor) -> None:
    made = changes(db, actor, lambda s, a: save_rules(s, a, load_rules(s)))
    assert Change.RULES in made
    assert not made & (Change.SALES | Change.POINTS | Change.COUPONS)


def test_a_survey_answer_changes_surveys(db, actor) -> None:
    document = {
        "enabled": True,
        "ask": "every_nth",
        "every_n": 1,
        "min_days_between": 0,
        "questions": [{"kind": "nps", "wording": {"en": "Recommend us?"}}],
    }
    with db.session() as s:
        surveys.save_survey(s, actor, surveys.parse_survey(document))
        sale_id = record_sale(s, actor, SaleRequest(2000, ask_survey=True)).sale.id
    answers = surveys.Answers(nps=9)
    made = changes(db, actor, lambda s, a: surveys.record_response(s, a, sale_id, answers))
    assert made == Change.SURVEYS


def test_reading_changes_nothing(db, actor) -> None:
    with db.session() as s:
        enrol(s, actor, Enrolment(name="Cy"))
    assert changes(db, actor, lambda s, _a: find_members(s, "Cy"), readonly=True) == NOTHING
    assert changes(db, actor, lambda s, _a: find_members(s, "Cy")) == NOTHING
