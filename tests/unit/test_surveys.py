"""Counter surveys: the survey document and its validation, which sales ask it (every Nth sale
at a till, members only, not the same member twice in N days), the answers (written once,
checked, never edited), the follow-up queue for unhappy customers, and NPS / CSAT arithmetic.

Expected numbers are worked out by hand in the comments next to them."""

from __future__ import annotations

import re
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.core.errors import InvalidInput, PermissionDenied, SaleNotFound
from loyalty_desktop.services import follow_ups, surveys
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.rules import load_rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.store.models import FollowUp, Member, Role, Sale, Staff, SurveyResponse

SHANGHAI = ZoneInfo("Asia/Shanghai")
NPS = {"kind": "nps", "wording": {"zh": "推荐吗？", "en": "Recommend us?"}}
CSAT = {"kind": "csat", "wording": {"zh": "满意吗？", "en": "Satisfied?"}}
TEXT = {"kind": "text", "wording": {"zh": "还有什么？", "en": "Anything else?"}}
CHOICE = {
    "kind": "choice",
    "wording": {"zh": "今天买了什么？", "en": "What did you buy?"},
    "choices": [{"zh": "咖啡", "en": "Coffee"}, {"zh": "蛋糕", "en": "Cake"}, {"en": "Tea"}],
}
# Ask after every sale, no pause between asks of a member: every answer below is accepted.
EVERY_SALE = {"ask": "every_nth", "every_n": 1, "min_days_between": 0}


# --- helpers ------------------------------------------------------------------------------------


def use_survey(db, actor, questions=(NPS, CSAT, TEXT), enabled=True, **fields) -> int:
    """Save a survey version (owner) and return its id."""
    document = {"enabled": enabled, "questions": list(questions), **fields}
    with db.session() as s:
        return surveys.save_survey(s, actor, surveys.parse_survey(document)).id


def sell(db, actor, member_id=None, *, ask=True, at=None, cents=2000):
    with db.session() as s:
        return record_sale(s, actor, SaleRequest(cents, member_id, at=at, ask_survey=ask))


def answer(db, actor, sale_id, at=None, **answers) -> SurveyResponse:
    with db.session() as s:
        return surveys.record_response(s, actor, sale_id, surveys.Answers(**answers), at=at)


def respond(db, actor, at=None, member_id=None, **answers) -> SurveyResponse:
    """A sale at ``at`` that asks the survey (EVERY_SALE must be in use), answered at once."""
    result = sell(db, actor, member_id, at=at)
    assert result.survey is not None
    return answer(db, actor, result.sale.id, at=at, **answers)


def member_with(db, actor, name, phone, **more) -> int:
    """A member enrolled in 2020, before every back-dated sale of these tests."""
    more.setdefault("enrolled_at", datetime(2020, 1, 1, tzinfo=UTC))
    with db.session() as s:
        return enrol(s, actor, Enrolment(name=name, phone=phone, **more)).id


def cashier(db) -> Actor:
    with db.session() as s:
        staff = Staff(name="Li", role=Role.CASHIER, origin_till=db.till_id, created_at=utcnow())
        s.add(staff)
        s.flush()
        return Actor(staff_id=staff.id, till_id=db.till_id)


def survey_of(db, sale_id) -> int | None:
    with db.session(readonly=True) as s:
        return s.get(Sale, sale_id).survey_id


def responses(db) -> list[SurveyResponse]:
    with db.session(readonly=True) as s:
        rows = list(s.exec(select(SurveyResponse).order_by(SurveyResponse.id)))
        s.expunge_all()
    return rows


def figures(db, start=None, end=None, segment=None) -> surveys.SurveyFigures:
    start = start or datetime(2000, 1, 1, tzinfo=UTC)
    end = end or utcnow() + timedelta(days=1)
    with db.session(readonly=True) as s:
        return surveys.figures(s, start, end, segment)


# --- NPS / CSAT arithmetic ----------------------------------------------------------------------


def test_no_responses_means_no_figures_not_zero(db, actor) -> None:
    empty = figures(db)
    assert (empty.responses, empty.asked) == (0, 0)
    assert empty.nps is None and empty.csat is None and empty.response_rate is None
    use_survey(db, actor, **EVERY_SALE)
    sell(db, actor)  # asked, never answered
    asked_only = figures(db)
    assert asked_only.asked == 1 and asked_only.responses == 0
    assert asked_only.response_rate == 0.0
    assert asked_only.nps is None and asked_only.csat is None


@pytest.mark.parametrize(
    ("scores", "counts", "nps"),
    [
        # 10, 9 promote; 8, 7 are passive; 6, 0 detract: 100 * (2 - 2) / 6 = 0
        ([10, 9, 8, 7, 6, 0], (2, 2, 2), 0.0),
        # 100 * (3 - 1) / 4 = 50
        ([10, 10, 10, 6], (3, 0, 1), 50.0),
        ([9, 9], (2, 0, 0), 100.0),
        ([0, 6, 3], (0, 0, 3), -100.0),
        # 10 promotes, 8 is passive, 5 and 2 detract: 100 * (1 - 2) / 4 = -25
        ([10, 8, 5, 2], (1, 1, 2), -25.0),
    ],
)
def test_nps_is_percent_promoters_minus_percent_detractors(db, actor, scores, counts, nps) -> None:
    use_survey(db, actor, **EVERY_SALE)
    for score in scores:
        respond(db, actor, nps=score)
    result = figures(db)
    assert (result.promoters, result.passives, result.detractors) == counts
    assert result.nps_answers == len(scores)
    assert result.nps == pytest.approx(nps)
    assert result.csat is None  # nobody answered the CSAT question
    assert (result.responses, result.asked, result.response_rate) == (
        len(scores),
        len(scores),
        1.0,
    )


def test_csat_is_the_mean_and_each_score_has_its_own_denominator(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    for csat in (5, 4, 4):
        respond(db, actor, csat=csat)
    assert figures(db).csat == pytest.approx(13 / 3)  # (5 + 4 + 4) / 3
    # NPS only, CSAT only, both: NPS over 2 answers, CSAT over 4.
    respond(db, actor, nps=10)
    respond(db, actor, nps=3, csat=1)
    result = figures(db)
    assert result.nps_answers == 2 and result.nps == 0.0  # 100 * (1 - 1) / 2
    assert result.csat_answers == 4 and result.csat == pytest.approx(14 / 4)  # 5+4+4+1
    assert result.responses == 5


def test_a_comment_only_answer_counts_as_a_response_but_not_as_a_score(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    respond(db, actor, comment="很好")
    result = figures(db)
    assert result.responses == 1
    assert result.nps is None and result.csat is None


def test_only_responses_in_the_half_open_period_count(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    start = datetime(2026, 6, 1, 4, 0, tzinfo=UTC)
    end = datetime(2026, 6, 8, 4, 0, tzinfo=UTC)
    respond(db, actor, at=start - timedelta(seconds=1), nps=0)  # before: out
    respond(db, actor, at=start, nps=10, csat=5)  # the first instant: in
    respond(db, actor, at=end - timedelta(microseconds=1), nps=9, csat=3)  # last instant: in
    respond(db, actor, at=end, nps=0, csat=1)  # the end is not in the period
    sell(db, actor, at=start + timedelta(days=2))  # asked in the period, not answered
    result = figures(db, start, end)
    assert (result.responses, result.asked) == (2, 3)
    assert result.response_rate == pytest.approx(2 / 3)
    assert (result.promoters, result.detractors) == (2, 0) and result.nps == 100.0
    assert result.csat == 4.0  # (5 + 3) / 2


def test_a_segment_keeps_only_its_members_answers_and_never_walk_ins(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    coffee = member_with(db, actor, "Coffee Lover", "13800000001", tags="coffee")
    other = member_with(db, actor, "Tea Drinker", "13800000002", tags="tea")
    respond(db, actor, member_id=coffee, nps=10, csat=5)
    respond(db, actor, member_id=other, nps=0, csat=1)
    respond(db, actor, member_id=None, nps=0, csat=2)  # a walk-in
    everyone = figures(db)
    assert everyone.responses == 3 and everyone.nps == pytest.approx(100 * (1 - 2) / 3)
    coffee_only = figures(db, segment="tag:coffee")
    assert (coffee_only.responses, coffee_only.asked) == (1, 1)
    assert (coffee_only.nps, coffee_only.csat) == (100.0, 5.0)
    members = figures(db, segment="all")  # every member, but no walk-in
    assert (members.responses, members.asked) == (2, 2)
    assert members.nps == 0.0 and members.csat == 3.0  # (10 | 0), (5 + 1) / 2
    nobody = figures(db, segment="tag:wine")
    assert (nobody.responses, nobody.asked, nobody.nps, nobody.response_rate) == (0, 0, None, None)


def test_a_tier_segment_counts_base_tier_members(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    ann = member_with(db, actor, "Ann", "13800000001")
    respond(db, actor, member_id=ann, nps=8)
    respond(db, actor, nps=10)  # a walk-in has no tier
    with db.session(readonly=True) as s:
        base = load_rules(s).tiers.base.name
    result = figures(db, segment=f"tier:{base}")
    assert (result.responses, result.passives, result.nps) == (1, 1, 0.0)


def test_months_are_cut_in_shop_time(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    # 2026-03-31 15:59 UTC = 23:59 on 31 March in Shanghai; 17:00 UTC = 01:00 on 1 April.
    respond(db, actor, at=datetime(2026, 3, 31, 15, 59, tzinfo=UTC), nps=10, csat=5)
    respond(db, actor, at=datetime(2026, 3, 31, 17, 0, tzinfo=UTC), nps=0, csat=1)
    # 2026-02-28 16:00 UTC = midnight starting 1 March in Shanghai: March, not February.
    respond(db, actor, at=datetime(2026, 2, 28, 16, 0, tzinfo=UTC), nps=9)
    with db.session(readonly=True) as s:
        months = surveys.figures_by_month(
            s, [date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)]
        )
    by_month = {month: f for month, f in months}
    assert [m for m, _f in months] == [
        date(2026, 2, 1),
        date(2026, 3, 1),
        date(2026, 4, 1),
        date(2026, 5, 1),
    ]
    assert by_month[date(2026, 2, 1)].responses == 0
    march, april = by_month[date(2026, 3, 1)], by_month[date(2026, 4, 1)]
    assert (march.responses, march.nps, march.csat) == (2, 100.0, 5.0)
    assert (april.responses, april.nps, april.csat) == (1, -100.0, 1.0)
    assert by_month[date(2026, 5, 1)].nps is None


def test_months_follow_the_shops_own_time_zone(db, actor) -> None:
    with db.session() as s:
        london = load_rules(s).model_copy(update={"timezone": "Europe/London"})
        save_rules(s, actor, london)
    use_survey(db, actor, **EVERY_SALE)
    # 2026-03-31 17:00 UTC is 18:00 on 31 March in London (summer time), April in Shanghai.
    respond(db, actor, at=datetime(2026, 3, 31, 17, 0, tzinfo=UTC), nps=0)
    with db.session(readonly=True) as s:
        (_m, march), (_a, april) = surveys.figures_by_month(s, [date(2026, 3, 1), date(2026, 4, 1)])
    assert (march.responses, april.responses) == (1, 0)


def test_the_response_rate_of_a_month_is_never_above_one(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    # 2026-03-31 15:59:50 UTC = 23:59:50 on 31 March in Shanghai; answered 20 s later (April).
    for minutes in (0, 1):
        at = datetime(2026, 3, 31, 15, 58 + minutes, 50, tzinfo=UTC)
        sale = sell(db, actor, at=at).sale
        answer(db, actor, sale.id, at=at + timedelta(minutes=2 - minutes), nps=9)
    sell(db, actor, at=datetime(2026, 4, 10, 4, 0, tzinfo=UTC))  # asked in April, unanswered
    with db.session(readonly=True) as s:
        months = surveys.figures_by_month(s, [date(2026, 3, 1), date(2026, 4, 1)])
    for _month, result in months:
        assert result.response_rate is None or 0 <= result.response_rate <= 1, result
    (_m, march), (_a, april) = months
    assert (march.asked, march.answered, march.responses) == (2, 2, 0)  # answered in April
    assert (april.asked, april.answered, april.responses) == (1, 0, 2)


NPS_OR_NONE = st.none() | st.integers(0, 10)
CSAT_OR_NONE = st.none() | st.integers(1, 5)
ANSWER_LISTS = st.lists(
    st.tuples(NPS_OR_NONE, CSAT_OR_NONE).filter(lambda pair: pair != (None, None)), max_size=12
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANSWER_LISTS)
def test_figures_match_a_recomputation_from_the_answers(answers) -> None:
    with tempfile.TemporaryDirectory(prefix="loyalty-survey-prop-") as folder:
        db = open_shop(sqlite_url(Path(folder) / "shop.db"), till_id="prop")
        try:
            with db.session() as s:
                actor = Actor(ensure_owner(s, db.till_id).id, db.till_id)
            use_survey(db, actor, (NPS, CSAT), **EVERY_SALE)
            with db.session() as s:
                for nps, csat in answers:
                    sale = record_sale(s, actor, SaleRequest(1000, ask_survey=True)).sale
                    surveys.record_response(s, actor, sale.id, surveys.Answers(nps, csat))
            result = figures(db)
        finally:
            db.dispose()
    scores = [n for n, _c in answers if n is not None]
    marks = [c for _n, c in answers if c is not None]
    assert (result.responses, result.asked) == (len(answers), len(answers))
    assert result.response_rate == (1.0 if answers else None)
    if scores:
        promoters = sum(n >= 9 for n in scores)
        detractors = sum(n <= 6 for n in scores)
        assert result.nps == pytest.approx(100 * (promoters - detractors) / len(scores))
        assert -100 <= result.nps <= 100
    else:
        assert result.nps is None
    if marks:
        assert result.csat == pytest.approx(sum(marks) / len(marks))
        assert 1 <= result.csat <= 5
    else:
        assert result.csat is None


def test_comments_are_listed_newest_first_within_the_period(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    ann = member_with(db, actor, "Ann", "13800000001", tags="coffee")
    at = datetime(2026, 7, 1, 2, 0, tzinfo=UTC)
    respond(db, actor, at=at, member_id=ann, nps=10, comment="很好")
    respond(db, actor, at=at + timedelta(hours=1), nps=3, comment="太慢")  # a walk-in
    respond(db, actor, at=at + timedelta(hours=2), nps=9)  # no comment: not listed
    respond(db, actor, at=at + timedelta(days=40), csat=2, comment="later")  # after the period
    start, end = at, at + timedelta(days=30)
    with db.session(readonly=True) as s:
        listed = surveys.comments(s, start, end)
        coffee = surveys.comments(s, start, end, segment="tag:coffee")
        one = surveys.comments(s, start, end, limit=1)
    assert [(c.comment, c.name, c.nps) for c in listed] == [("太慢", None, 3), ("很好", "Ann", 10)]
    assert [c.comment for c in coffee] == ["很好"]
    assert [c.comment for c in one] == ["太慢"]


def test_a_wording_shows_the_display_language_first() -> None:
    both = surveys.Wording(zh="满意吗？", en="Satisfied?")
    assert both.pair("zh_CN") == ("满意吗？", "Satisfied?")
    assert both.pair("en_GB") == ("Satisfied?", "满意吗？")
    assert surveys.Wording(zh="只有中文", en=" ").pair("en") == ("只有中文", "")
    assert surveys.Wording(en="English only").pair("zh") == ("English only", "")


# --- which sales ask ------------------------------------------------------------------------------


def test_every_third_sale_at_a_till_asks(db, actor) -> None:
    survey_id = use_survey(db, actor, ask="every_nth", every_n=3, min_days_between=0)
    results = [sell(db, actor) for _ in range(8)]
    chosen = [i + 1 for i, r in enumerate(results) if r.survey is not None]
    assert chosen == [1, 4, 7]
    for r in results:
        stored = survey_of(db, r.sale.id)
        if r.survey is None:
            assert stored is None
        else:
            assert stored == survey_id
            assert (r.survey.survey_id, r.survey.sale_id) == (survey_id, r.sale.id)
            assert r.survey.member_id is None and r.survey.definition.every_n == 3


def test_another_tills_sales_do_not_move_this_tills_count(db, actor) -> None:
    use_survey(db, actor, ask="every_nth", every_n=2, min_days_between=0)
    other = Actor(actor.staff_id, "till-2")
    tills = {"a": actor, "b": other}
    order = ["a", "b", "b", "a", "a", "b"]
    picks = [(till, sell(db, tills[till]).survey is not None) for till in order]
    # till a: 1st asks, 2nd not, 3rd asks; till b: 1st asks, 2nd not, 3rd asks
    assert picks == [("a", True), ("b", True), ("b", False), ("a", False), ("a", True), ("b", True)]


def test_a_sale_not_at_the_counter_is_never_asked(db, actor) -> None:
    use_survey(db, actor, ask="every_nth", every_n=1, min_days_between=0)
    ann = member_with(db, actor, "Ann", "13800000001")
    results = [sell(db, actor, member, ask=False) for member in (None, ann, None, ann)]
    assert all(r.survey is None for r in results)
    assert all(survey_of(db, r.sale.id) is None for r in results)


def test_no_survey_saved_or_a_disabled_one_never_asks(db, actor) -> None:
    ann = member_with(db, actor, "Ann", "13800000001")
    assert sell(db, actor, ann).survey is None  # nothing saved yet: the default is off
    assert sell(db, actor).survey is None
    use_survey(db, actor, enabled=False, ask="every_nth", every_n=1, min_days_between=0)
    results = [sell(db, actor, member) for member in (ann, None, ann)]
    assert all(r.survey is None for r in results)
    with db.session(readonly=True) as s:
        assert s.exec(select(Sale.id).where(Sale.survey_id.is_not(None))).all() == []


def test_member_sales_mode_asks_members_and_never_walk_ins(db, actor) -> None:
    use_survey(db, actor, ask="member_sales", min_days_between=0)
    ann = member_with(db, actor, "Ann", "13800000001")
    bob = member_with(db, actor, "Bob", "13800000002")
    picks = [sell(db, actor, m).survey for m in (None, ann, None, bob, None, ann)]
    assert [p is not None for p in picks] == [False, True, False, True, False, True]
    assert [p.member_id for p in picks if p is not None] == [ann, bob, ann]


def test_every_nth_mode_asks_walk_ins_anonymously(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    result = sell(db, actor)
    assert result.survey is not None and result.survey.member_id is None
    response = answer(db, actor, result.sale.id, nps=8)
    assert response.member_id is None
    [stored] = responses(db)
    assert (stored.sale_id, stored.member_id, stored.nps) == (result.sale.id, None, 8)


def test_a_member_is_asked_at_most_once_in_min_days(db, actor) -> None:
    use_survey(db, actor, ask="member_sales", min_days_between=30)
    ann = member_with(db, actor, "Ann", "13800000001")
    bob = member_with(db, actor, "Bob", "13800000002")
    day0 = utcnow() - timedelta(days=60)
    assert sell(db, actor, ann, at=day0).survey is not None
    assert sell(db, actor, ann, at=day0 + timedelta(days=10)).survey is None  # 10 < 30 days
    assert sell(db, actor, bob, at=day0 + timedelta(days=10)).survey is not None  # not Ann
    assert sell(db, actor, ann, at=day0 + timedelta(days=29)).survey is None
    assert sell(db, actor, ann, at=day0 + timedelta(days=31)).survey is not None  # 31 > 30
    assert sell(db, actor, ann, at=day0 + timedelta(days=32)).survey is None  # asked yesterday


# --- answers ------------------------------------------------------------------------------------


def test_an_answer_is_stored_as_given_against_the_survey_version_the_sale_asked(db, actor) -> None:
    ann = member_with(db, actor, "Ann", "13800000001")
    first = use_survey(db, actor, (NPS, TEXT), **EVERY_SALE)
    sale = sell(db, actor, ann).sale
    second = use_survey(db, actor, (CSAT,), **EVERY_SALE)  # NPS and comments no longer asked
    assert second != first
    with db.session(readonly=True) as s:
        assert surveys.current_survey(s)[0] == second
    response = answer(db, actor, sale.id, nps=7, comment="  排队   有点久 \n ")
    assert (response.survey_id, response.member_id) == (first, ann)
    [stored] = responses(db)
    assert (stored.nps, stored.csat, stored.choice, stored.comment) == (
        7,
        None,
        None,
        "排队 有点久",
    )
    with pytest.raises(InvalidInput, match="does not ask"):
        answer(db, actor, sell(db, actor, ann).sale.id, nps=7)  # the new version asks CSAT only


def test_a_choice_answer_is_its_position(db, actor) -> None:
    use_survey(db, actor, (NPS, CHOICE), **EVERY_SALE)
    respond(db, actor, choice=2)
    respond(db, actor, choice=0, nps=10)
    assert [(r.choice, r.nps) for r in responses(db)] == [(2, None), (0, 10)]


@pytest.mark.parametrize(
    ("answers", "refusal"),
    [
        ({"nps": 11}, "nps: 11 is not 0 to 10"),
        ({"nps": -1}, "nps: -1 is not 0 to 10"),
        ({"csat": 0}, "csat: 0 is not 1 to 5"),
        ({"csat": 6}, "csat: 6 is not 1 to 5"),
        ({"nps": 9, "csat": 0}, "csat"),  # one bad score refuses the whole answer
        ({}, "no question was answered"),
        ({"comment": "   \n "}, "no question was answered"),
        ({"comment": "太长" * 501}, "comment: is 1002 characters long; at most 1000"),
    ],
)
def test_bad_answers_are_refused_and_change_nothing(db, actor, answers, refusal) -> None:
    use_survey(db, actor, (NPS, CSAT, TEXT), **EVERY_SALE)
    sale = sell(db, actor).sale
    before = snapshot(db)
    with pytest.raises(InvalidInput, match=re.escape(refusal)):
        answer(db, actor, sale.id, **answers)
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("questions", "answers", "field"),
    [
        ((NPS,), {"csat": 4}, "csat"),
        ((CSAT,), {"nps": 9}, "nps"),
        ((NPS, CSAT), {"nps": 9, "comment": "好"}, "text"),
        ((NPS, CSAT), {"nps": 9, "choice": 0}, "choice"),
        ((NPS, CHOICE), {"choice": 3}, "choice"),  # three answers: positions 0 to 2
    ],
)
def test_answers_to_questions_the_survey_does_not_ask_are_refused(
    db, actor, questions, answers, field
) -> None:
    use_survey(db, actor, questions, **EVERY_SALE)
    sale = sell(db, actor).sale
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refused:
        answer(db, actor, sale.id, **answers)
    assert refused.value.params["field"] == field
    assert snapshot(db) == before


def test_a_sale_that_did_not_ask_cannot_be_answered(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    sale = sell(db, actor, ask=False).sale
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="did not ask"):
        answer(db, actor, sale.id, nps=10)
    assert snapshot(db) == before


def test_an_unknown_sale_cannot_be_answered(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    before = snapshot(db)
    with pytest.raises(SaleNotFound):
        answer(db, actor, 999, nps=10)
    assert snapshot(db) == before


def test_a_sale_is_answered_once_and_the_first_answer_stays(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    sale = sell(db, actor).sale
    answer(db, actor, sale.id, nps=3, comment="太慢")
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="already answered"):
        answer(db, actor, sale.id, nps=10, csat=5)
    assert snapshot(db) == before
    [stored] = responses(db)
    assert (stored.nps, stored.csat, stored.comment) == (3, None, "太慢")


def test_an_answer_cannot_come_before_its_sale_or_from_the_future(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    at = utcnow() - timedelta(hours=2)
    sale = sell(db, actor, at=at).sale
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="before the sale"):
        answer(db, actor, sale.id, at=at - timedelta(seconds=1), nps=10)
    with pytest.raises(InvalidInput, match="future"):
        answer(db, actor, sale.id, at=utcnow() + timedelta(days=1), nps=10)
    assert snapshot(db) == before


def test_a_stored_answer_cannot_be_edited_or_deleted(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    response = respond(db, actor, nps=2, comment="难喝")
    before = snapshot(db)
    with pytest.raises(PermissionError, match="final"), db.session() as s:
        stored = s.get(SurveyResponse, response.id)
        stored.nps = 10
        s.add(stored)
    with pytest.raises(PermissionError, match="final"), db.session() as s:
        s.delete(s.get(SurveyResponse, response.id))
    assert snapshot(db) == before


# --- the follow-up queue --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nps", "csat", "opens"),
    [
        (6, None, True),  # the best detractor score
        (0, 5, True),
        (7, None, False),  # a passive
        (None, 2, True),  # the best unhappy CSAT
        (9, 1, True),  # a happy NPS does not cancel an unhappy CSAT
        (None, 3, False),
        (9, 5, False),  # a promoter, satisfied
        (10, None, False),
    ],
)
def test_which_answers_open_a_follow_up(db, actor, nps, csat, opens) -> None:
    use_survey(db, actor, **EVERY_SALE)
    ann = member_with(db, actor, "Ann", "13800000001")
    response = respond(db, actor, member_id=ann, nps=nps, csat=csat)
    assert surveys.is_detractor(nps, csat) is opens
    with db.session(readonly=True) as s:
        queue = follow_ups.follow_ups(s, "open")
        every = follow_ups.follow_ups(s)
    assert [row.sale_id for row in queue] == ([response.sale_id] if opens else [])
    assert len(every) == len(queue)


def test_the_queue_shows_the_phone_only_with_marketing_consent(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    agreed = member_with(db, actor, "张三", "13800000001", marketing_consent=True)
    refused = member_with(db, actor, "李四", "13800000002")
    at = utcnow() - timedelta(hours=3)
    first = respond(db, actor, at=at, member_id=agreed, nps=2, comment="咖啡太凉了")
    second = respond(db, actor, at=at + timedelta(hours=1), member_id=refused, csat=1)
    respond(db, actor, member_id=agreed, nps=10, csat=5)  # happy: not in the queue
    with db.session(readonly=True) as s:
        queue = follow_ups.follow_ups(s, "open")
        cards = {m: s.get(Member, m).card for m in (agreed, refused)}
    # newest first
    assert [row.sale_id for row in queue] == [second.sale_id, first.sale_id]
    no_consent, consent = queue
    assert (consent.name, consent.card, consent.phone) == ("张三", cards[agreed], "13800000001")
    assert (consent.nps, consent.csat, consent.comment) == (2, None, "咖啡太凉了")
    assert (no_consent.name, no_consent.card, no_consent.phone) == ("李四", cards[refused], None)
    assert (no_consent.nps, no_consent.csat, no_consent.comment) == (None, 1, "")
    assert all(row.status == "open" and row.notes == "" for row in queue)
    assert consent.opened_at == at


def test_a_walk_in_detractor_is_kept_but_never_waits_in_the_queue(db, actor) -> None:
    """Nobody can call a walk-in back: the answer and its follow-up record are kept (every
    detractor has one) and the comment is in the results, but the queue lists members only."""
    use_survey(db, actor, **EVERY_SALE)
    ann = member_with(db, actor, "Ann", "13800000001")
    walk_in = respond(db, actor, nps=4, comment="Wrong order")
    member = respond(db, actor, member_id=ann, nps=3)
    with db.session(readonly=True) as s:
        assert [row.sale_id for row in follow_ups.follow_ups(s, "open")] == [member.sale_id]
        assert [row.sale_id for row in follow_ups.follow_ups(s)] == [member.sale_id]
        kept = s.exec(select(FollowUp).where(FollowUp.response_id == walk_in.id)).one()
        now = utcnow()
        said = [c.comment for c in surveys.comments(s, now - timedelta(days=1), now)]
    assert kept.status == "open"
    assert "Wrong order" in said


def test_a_member_who_withdraws_consent_is_no_longer_shown_with_a_phone(db, actor) -> None:
    use_survey(db, actor, **EVERY_SALE)
    ann = member_with(db, actor, "Ann", "13800000001", marketing_consent=True)
    respond(db, actor, member_id=ann, nps=0)
    with db.session(readonly=True) as s:
        assert [row.phone for row in follow_ups.follow_ups(s)] == ["13800000001"]
    with db.session() as s:
        s.get(Member, ann).marketing_consent = False
    with db.session(readonly=True) as s:
        assert [(row.name, row.phone) for row in follow_ups.follow_ups(s)] == [("Ann", None)]


def note_line(status: str, note: str = "", who: str = "Owner") -> re.Pattern[str]:
    """One dated line of the notes: 'YYYY-MM-DD HH:MM Owner: contacted — note'."""
    days = {
        (utcnow() + timedelta(minutes=m)).astimezone(SHANGHAI).strftime("%Y-%m-%d") for m in (-1, 1)
    }
    day = "|".join(sorted(days))
    tail = f" — {re.escape(note)}" if note else ""
    return re.compile(rf"(?:{day}) \d\d:\d\d {re.escape(who)}: {status}{tail}")


@pytest.fixture
def unhappy(db, actor) -> int:
    """The id of an open follow-up."""
    use_survey(db, actor, **EVERY_SALE)
    ann = member_with(db, actor, "Ann", "13800000001")
    response = respond(db, actor, member_id=ann, nps=1, comment="太贵")
    with db.session(readonly=True) as s:
        return s.exec(select(FollowUp.id).where(FollowUp.response_id == response.id)).one()


def test_a_follow_up_is_worked_from_open_to_resolved_with_dated_notes(db, actor, unhappy) -> None:
    with db.session() as s:
        follow_ups.update_follow_up(s, actor, unhappy, "contacted", "  打过   电话 ")
    with db.session(readonly=True) as s:
        assert follow_ups.follow_ups(s, "open") == []
        [row] = follow_ups.follow_ups(s, "contacted")
    assert row.id == unhappy
    assert note_line("contacted", "打过 电话").fullmatch(row.notes), row.notes
    with db.session() as s:
        follow_ups.update_follow_up(s, actor, unhappy, "contacted", "再打一次")  # a note alone
        follow_ups.update_follow_up(s, actor, unhappy, "resolved", "送了一张券")
    with db.session(readonly=True) as s:
        [row] = follow_ups.follow_ups(s, "resolved")
        stored = s.get(FollowUp, unhappy)
    lines = row.notes.split("\n")
    assert len(lines) == 3
    assert note_line("contacted", "打过 电话").fullmatch(lines[0])
    assert note_line("contacted", "再打一次").fullmatch(lines[1])
    assert note_line("resolved", "送了一张券").fullmatch(lines[2])
    assert stored.staff_id == actor.staff_id and stored.updated_at >= stored.opened_at


def test_a_follow_up_can_go_back_and_a_status_change_needs_no_note(db, actor, unhappy) -> None:
    with db.session() as s:
        follow_ups.update_follow_up(s, actor, unhappy, "resolved")
        follow_ups.update_follow_up(s, actor, unhappy, "open", "顾客又来电")
    with db.session(readonly=True) as s:
        [row] = follow_ups.follow_ups(s, "open")
    first, second = row.notes.split("\n")
    assert note_line("resolved").fullmatch(first)
    assert note_line("open", "顾客又来电").fullmatch(second)


def test_a_manager_may_work_the_queue(db, actor, unhappy) -> None:
    with db.session() as s:
        staff = Staff(name="Wang", role=Role.MANAGER, origin_till=db.till_id, created_at=utcnow())
        s.add(staff)
        s.flush()
        manager = Actor(staff.id, db.till_id)
    with db.session() as s:
        follow_ups.update_follow_up(s, manager, unhappy, "contacted")
    with db.session(readonly=True) as s:
        [row] = follow_ups.follow_ups(s, "contacted")
    assert note_line("contacted", who="Wang").fullmatch(row.notes)


def test_a_cashier_may_not_work_the_queue(db, actor, unhappy) -> None:
    till = cashier(db)
    before = snapshot(db)
    with pytest.raises(PermissionDenied), db.session() as s:
        follow_ups.update_follow_up(s, till, unhappy, "resolved", "done")
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("follow_up", "status", "note", "field"),
    [
        (None, "open", "", "note"),  # nothing changed
        (None, "open", "  \n ", "note"),  # a blank note is no note
        (None, "closed", "done", "status"),
        (999, "resolved", "done", "follow-up"),
    ],
)
def test_a_follow_up_update_that_changes_nothing_or_is_wrong_is_refused(
    db, actor, unhappy, follow_up, status, note, field
) -> None:
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refused, db.session() as s:
        follow_ups.update_follow_up(s, actor, follow_up or unhappy, status, note)
    assert refused.value.params["field"] == field
    assert snapshot(db) == before


# --- the survey document ------------------------------------------------------------------------


def test_the_default_survey_is_off_and_asks_nps_and_csat(db) -> None:
    with db.session(readonly=True) as s:
        survey_id, definition = surveys.current_survey(s)
    assert survey_id is None and definition.enabled is False
    assert [q.kind for q in definition.questions] == ["nps", "csat"]
    assert (definition.ask, definition.every_n, definition.min_days_between) == (
        "member_sales",
        5,
        30,
    )


def test_a_survey_round_trips_through_its_document() -> None:
    document = {"enabled": True, "questions": [NPS, CHOICE], "ask": "every_nth", "every_n": 4}
    definition = surveys.parse_survey(document)
    again = surveys.parse_survey(definition.to_json())
    assert again == definition
    assert [c.en for c in again.question("choice").choices] == ["Coffee", "Cake", "Tea"]
    assert again.question("text") is None


@pytest.mark.parametrize(
    ("document", "refusal"),
    [
        # nothing asked: either reason says what is wrong
        ({"questions": []}, re.compile("1 to 3 questions|asks NPS or CSAT")),
        ({"questions": [NPS, CSAT, CHOICE, TEXT]}, "1 to 3 questions"),
        ({"questions": [NPS, NPS]}, "each kind of question may be asked once"),
        ({"questions": [CSAT, CHOICE, TEXT]}, "either a choice or a free-text"),
        ({"questions": [CHOICE]}, "asks NPS or CSAT"),
        ({"questions": [TEXT, CHOICE]}, "asks NPS or CSAT"),
        (
            {"questions": [NPS, {**CHOICE, "choices": [{"zh": "只有一个"}]}]},
            "2 to 6 answers",
        ),
        (
            {"questions": [NPS, {**CHOICE, "choices": [{"en": f"x{i}"} for i in range(7)]}]},
            "2 to 6 answers",
        ),
        ({"questions": [{**NPS, "choices": [{"en": "a"}, {"en": "b"}]}]}, "no answers to choose"),
        ({"questions": [{"kind": "nps", "wording": {"zh": " ", "en": ""}}]}, "wording"),
        ({"questions": [{"kind": "nps", "wording": {}}]}, "wording"),
        ({"questions": [{"kind": "stars", "wording": {"en": "?"}}]}, "questions.1.kind"),
        ({"ask": "sometimes"}, "ask"),
        ({"every_n": 0}, "every_n"),
        ({"min_days_between": -1}, "min_days_between"),
        ({"evry_n": 3}, "evry_n"),
    ],
)
def test_a_bad_survey_document_is_refused_naming_the_problem(document, refusal) -> None:
    pattern = refusal if isinstance(refusal, re.Pattern) else re.escape(refusal)
    with pytest.raises(InvalidInput, match=pattern):
        surveys.parse_survey(document)


def test_a_bad_json_document_is_refused() -> None:
    with pytest.raises(InvalidInput):
        surveys.parse_survey('{"enabled": tru')


def test_only_the_owner_may_change_the_survey(db, actor) -> None:
    till = cashier(db)
    before = snapshot(db)
    with pytest.raises(PermissionDenied), db.session() as s:
        surveys.save_survey(s, till, surveys.parse_survey({"enabled": True}))
    assert snapshot(db) == before
    with db.session(readonly=True) as s:
        assert surveys.current_survey(s)[0] is None


def test_check_finds_a_follow_up_missing_or_misplaced(db, actor) -> None:
    from sqlalchemy import text

    from loyalty_desktop.services.check import run_checks

    use_survey(db, actor, **EVERY_SALE)
    unhappy = respond(db, actor, nps=2)
    happy = respond(db, actor, nps=10)
    with db.session(readonly=True) as s:
        assert run_checks(s) == []
    with db.engine.begin() as conn:  # tampering behind the services' back
        conn.execute(text("UPDATE follow_up SET response_id = :r"), {"r": happy.id})
    with db.session(readonly=True) as s:
        found = {p.subject for p in run_checks(s) if p.check == "survey"}
    assert found == {f"response {unhappy.id}", f"response {happy.id}"}
