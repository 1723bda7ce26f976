"""The till's next-best offer (services/offers.py): each rule on a hand-built history, the
owner's choice of coupons, and handing the coupon over."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support import snapshot

from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.core.errors import InvalidInput, PermissionDenied
from loyalty_desktop.services.coupons import Terms, add_template
from loyalty_desktop.services.members import Enrolment, enrol, member_card
from loyalty_desktop.services.offers import Suggestion, choose_template, give_offer, suggest
from loyalty_desktop.services.personal import NextTier
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import CouponTemplate

NOW = utcnow()


@pytest.fixture
def templates(db, actor) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A birthday coupon and a win-back coupon, each chosen for its occasion."""
    ids = {}
    with db.session() as s:
        for occasion, name in (("birthday", "Birthday ¥10"), ("win_back", "Welcome back ¥5")):
            template = add_template(s, actor, name, Terms(kind="fixed", value=500))
            choose_template(s, actor, occasion, template.id)
            ids[occasion] = template.id
    return ids


def member(db, actor, visits: int, every: int, last: int, birthday_in: int | None = None):  # type: ignore[no-untyped-def]
    """``visits`` sales of ¥50, ``every`` days apart, the last one ``last`` days ago."""
    with db.session() as s:
        today = local_day(NOW, load_rules(s).zone)
        birthday = None if birthday_in is None else (today + timedelta(birthday_in)).replace(1990)
        first = NOW - timedelta(days=last + every * visits + 1)
        joined = enrol(s, actor, Enrolment("Zhao", "13900004444", birthday, enrolled_at=first))
        for i in range(visits):
            at = NOW - timedelta(days=last + every * i)
            record_sale(s, actor, SaleRequest(5000, joined.id, receipt=f"z{i}", at=at))
    return joined


def suggestion(db, member_id: int) -> Suggestion | None:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return suggest(s, member_card(s, member_id), NOW)


def test_a_birthday_this_week_gets_the_birthday_coupon(db, actor, templates) -> None:
    zhao = member(db, actor, visits=1, every=0, last=10, birthday_in=3)
    assert suggestion(db, zhao.id) == Suggestion("birthday", templates["birthday"], "Birthday ¥10")


def test_a_regular_back_after_more_than_twice_their_gap_gets_the_win_back_coupon(
    db, actor, templates
) -> None:
    zhao = member(db, actor, visits=4, every=7, last=40)  # usually every 7 days, 40 away
    assert suggestion(db, zhao.id) == Suggestion(
        "win_back", templates["win_back"], "Welcome back ¥5"
    )


@pytest.mark.parametrize(
    ("visits", "every", "last"),
    [
        (4, 20, 35),  # away 35 days, but usually every 20: not yet twice that
        (4, 7, 29),  # twice the gap, but under the 30-day floor
        (2, 7, 60),  # not a regular: two visits
    ],
)
def test_no_win_back_coupon_short_of_the_rule(db, actor, templates, visits, every, last) -> None:
    zhao = member(db, actor, visits=visits, every=every, last=last)
    assert suggestion(db, zhao.id) is None


def test_the_birthday_comes_first_and_win_back_without_a_birthday_coupon(
    db, actor, templates
) -> None:
    zhao = member(db, actor, visits=4, every=7, last=40, birthday_in=0)
    assert suggestion(db, zhao.id).kind == "birthday"
    with db.session() as s:
        choose_template(s, actor, "birthday", None)
    assert suggestion(db, zhao.id).kind == "win_back"


def test_close_to_the_next_tier_is_said_when_no_coupon_is_due(db, actor) -> None:
    with db.session() as s:
        zhao = enrol(s, actor, Enrolment("Zhao", "13900004444", enrolled_at=NOW - timedelta(9)))
        record_sale(s, actor, SaleRequest(85_000, zhao.id, at=NOW - timedelta(days=2)))
    assert suggestion(db, zhao.id) == Suggestion(
        "next_tier", next_tier=NextTier("Silver", 15_000, "spend")
    )


def test_a_cashier_hands_the_coupon_over_once(db, actor, templates, cashier) -> None:
    zhao = member(db, actor, visits=4, every=7, last=40)
    with db.session() as s:
        coupon = give_offer(s, cashier, zhao.id, templates["win_back"])
        assert (coupon.member_id, coupon.template_id) == (zhao.id, templates["win_back"])
    assert suggestion(db, zhao.id) is None  # given in the last 90 days
    before = snapshot(db)
    with db.session() as s, pytest.raises(InvalidInput) as refused:
        give_offer(s, cashier, zhao.id, templates["win_back"])
    assert refused.value.params["reason"] == "offer_gone"
    assert snapshot(db) == before


def test_a_coupon_that_is_not_the_suggestion_is_refused(db, actor, templates, cashier) -> None:
    zhao = member(db, actor, visits=4, every=7, last=40)
    before = snapshot(db)
    with db.session() as s, pytest.raises(InvalidInput):
        give_offer(s, cashier, zhao.id, templates["birthday"])  # no birthday this week
    assert snapshot(db) == before
    with db.session() as s:
        s.get(CouponTemplate, templates["win_back"]).active = False  # withdrawn by the head till
    with db.session() as s, pytest.raises(InvalidInput):
        give_offer(s, cashier, zhao.id, templates["win_back"])
    assert suggestion(db, zhao.id) is None


@pytest.mark.parametrize(
    ("occasion", "template", "reason"),
    [("anniversary", 1, "unknown_occasion"), ("birthday", 999, "no_template")],
)
def test_the_owner_s_choice_is_checked(db, actor, templates, occasion, template, reason) -> None:
    before = snapshot(db)
    with db.session() as s, pytest.raises(InvalidInput) as refused:
        choose_template(s, actor, occasion, template)
    assert refused.value.params["reason"] == reason
    assert snapshot(db) == before


def test_a_cashier_cannot_choose_the_coupons(db, cashier, templates) -> None:
    with db.session() as s, pytest.raises(PermissionDenied):
        choose_template(s, cashier, "birthday", None)
