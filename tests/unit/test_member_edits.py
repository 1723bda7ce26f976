"""Editing a member's details and replacing a lost card: checked as enrolment is, audited, all
or nothing; a replaced card is refused at the till and never given out again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select
from support import audit_lines, snapshot

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import (
    CardReplaced,
    DuplicateMember,
    InvalidInput,
    MemberAnonymised,
)
from loyalty_desktop.services import coupons
from loyalty_desktop.services.member_edits import MemberChanges, edit_member, replace_card
from loyalty_desktop.services.members import Enrolment, enrol, find_members, identify
from loyalty_desktop.services.points import adjust, history
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import Coupon, Member, MemberStatus, RetiredCard


def add(db, actor, **fields) -> Member:
    with db.session() as s:
        return enrol(s, actor, Enrolment(**fields))


def edit(db, actor, member: Member, **changes):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return edit_member(s, actor, member.id, MemberChanges(**changes))


def fresh(db, member: Member) -> Member:
    with db.session(readonly=True) as s:
        return s.get(Member, member.id)


@pytest.fixture
def zhang(db, actor) -> Member:
    return add(db, actor, name="Zhang San", phone="13800138000", tags="coffee")


# --- editing -----------------------------------------------------------------------------------


def test_each_field_is_edited_normalised_and_audited(db, actor, zhang) -> None:
    result = edit(
        db,
        actor,
        zhang,
        name="  张  三 ",
        phone="+86 139-0013-9000",
        birthday=date(1990, 5, 1),
        tags="tea；weekend;tea",
        marketing_consent=True,
    )
    m = fresh(db, zhang)
    assert (m.name, m.phone, m.phone_last4) == ("张 三", "13900139000", "9000")
    assert (m.birthday, m.tags, m.marketing_consent) == (date(1990, 5, 1), "tea;weekend", True)
    assert m.consent_at is not None and m.card == zhang.card
    assert result.changed["phone"] == ("13800138000", "13900139000")
    assert set(result.changed) == {"name", "phone", "birthday", "tags", "marketing_consent"}
    [line] = audit_lines(db, "member.edit")
    assert line == {  # nothing personal: the trail outlives an erasure
        "changed": ["name", "birthday", "tags"],
        "phone": ["••••8000", "••••9000"],
        "marketing_consent": [False, True],
    }


def test_one_field_changes_only_that_field(db, actor, zhang) -> None:
    edit(db, actor, zhang, birthday=date(1985, 2, 3))
    m = fresh(db, zhang)
    assert (m.name, m.phone, m.birthday, m.tags) == (
        "Zhang San",
        "13800138000",
        date(1985, 2, 3),
        "coffee",
    )
    assert audit_lines(db, "member.edit") == [{"changed": ["birthday"]}]


def test_phone_and_birthday_can_be_removed(db, actor) -> None:
    m = add(db, actor, name="Li", phone="13800000001", birthday=date(1990, 1, 1))
    edit(db, actor, m, phone="", birthday=None)
    after = fresh(db, m)
    assert (after.phone, after.phone_last4, after.birthday) == (None, None, None)
    with db.session() as s:
        assert find_members(s, "0001") == []


def test_withdrawn_consent_clears_its_date(db, actor) -> None:
    m = add(db, actor, name="Li", marketing_consent=True)
    edit(db, actor, m, marketing_consent=False)
    after = fresh(db, m)
    assert (after.marketing_consent, after.consent_at) == (False, None)


def test_no_change_writes_nothing(db, actor, zhang) -> None:
    before = snapshot(db)
    result = edit(db, actor, zhang, name="Zhang  San", phone="+86 138 0013 8000", tags="coffee")
    assert result.changed == {}
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("changes", "error", "words"),
    [
        ({"phone": "12ab"}, InvalidInput, "not a phone number"),
        ({"phone": "13700000000"}, DuplicateMember, "already belongs"),
        ({"birthday": date.today() + timedelta(days=2)}, InvalidInput, "in the future"),
        ({"name": "x" * 201}, InvalidInput, "at most 200"),
        ({"name": "   "}, InvalidInput, "required"),
        ({"tags": "t" * 1001}, InvalidInput, "tags"),
        # one bad field refuses the good ones with it
        ({"name": "Good Name", "phone": "12ab"}, InvalidInput, "phone"),
    ],
)
def test_bad_input_leaves_the_database_unchanged(db, actor, zhang, changes, error, words) -> None:
    add(db, actor, name="Other", phone="13700000000")
    before = snapshot(db)
    with pytest.raises(error, match=words):
        edit(db, actor, zhang, **changes)
    assert snapshot(db) == before


def test_an_anonymised_member_cannot_be_edited_or_get_a_new_card(db, actor, zhang) -> None:
    with db.session() as s:
        s.get(Member, zhang.id).status = MemberStatus.ANONYMISED
    before = snapshot(db)
    with pytest.raises(MemberAnonymised, match="removed at their request"):
        edit(db, actor, zhang, name="Back")
    with pytest.raises(MemberAnonymised), db.session() as s:
        replace_card(s, actor, zhang.id)
    assert snapshot(db) == before


def test_a_phone_freed_by_an_anonymised_member_may_be_taken(db, actor, zhang) -> None:
    gone = add(db, actor, name="Gone", phone="13700000000")
    with db.session() as s:
        s.get(Member, gone.id).status = MemberStatus.ANONYMISED
    edit(db, actor, zhang, phone="13700000000")
    assert fresh(db, zhang).phone == "13700000000"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=250), phone=st.text(max_size=20))
def test_any_name_and_phone_are_taken_whole_or_refused_whole(db, actor, zhang, name, phone) -> None:
    before = snapshot(db)
    try:
        result = edit(db, actor, zhang, name=name, phone=phone)
    except (InvalidInput, DuplicateMember):
        assert snapshot(db) == before
        return
    m = fresh(db, zhang)
    assert m.name == " ".join(name.split()) and 0 < len(m.name) <= 200
    assert m.phone_last4 == (m.phone[-4:] if m.phone else None)
    if result.changed:  # put back for the next example
        edit(db, actor, zhang, name="Zhang San", phone="13800138000")


# --- replacing a card ----------------------------------------------------------------------------


def test_a_replaced_card_is_refused_at_the_till_and_by_a_sale(db, actor, zhang) -> None:
    with db.session() as s:
        done = replace_card(s, actor, zhang.id)
    assert (done.old_card, done.member_id) == (zhang.card, zhang.id)
    assert done.new_card != zhang.card and len(done.new_card) == 12
    with db.session() as s:
        with pytest.raises(CardReplaced, match=f"card {zhang.card} was replaced"):
            identify(s, zhang.card)
        with pytest.raises(CardReplaced):
            find_members(s, zhang.card)
        assert identify(s, done.new_card).id == zhang.id
        assert identify(s, "13800138000").id == zhang.id  # the phone still finds them
    [line] = audit_lines(db, "member.replace_card")
    assert line == {"old": zhang.card, "new": done.new_card}


def test_history_stays_with_the_member(db, actor, zhang) -> None:
    with db.session() as s:
        record_sale(s, actor, SaleRequest(8800, zhang.id))
        adjust(s, actor, s.get(Member, zhang.id), 100, "welcome gift")
        template = coupons.add_template(
            s, actor, "Gift", coupons.parse_terms({"kind": "fixed", "value": 500})
        )
        coupons.issue(s, actor, template.id, member_ids=[zhang.id])
    with db.session() as s:
        before = (history(s, zhang.id), s.get(Member, zhang.id).balance)
        done = replace_card(s, actor, zhang.id)
    with db.session() as s:
        assert (history(s, zhang.id), s.get(Member, zhang.id).balance) == before
        assert len(s.exec(select(Coupon).where(Coupon.member_id == zhang.id)).all()) == 1
        sale = record_sale(s, actor, SaleRequest(1000, identify(s, done.new_card).id))
        assert sale.balance == before[1] + 10


def test_an_old_card_is_never_given_out_again(db, actor, zhang) -> None:
    with db.session() as s:
        first = replace_card(s, actor, zhang.id, new_card="VIP-0001")
    assert first.new_card == "VIP-0001"
    other = add(db, actor, name="Other", phone="13700000000")
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="was replaced"):
        add(db, actor, name="New", card=zhang.card)
    for card in (zhang.card, "VIP-0001"):
        with pytest.raises((InvalidInput, DuplicateMember)), db.session() as s:
            replace_card(s, actor, other.id, new_card=card)
    with pytest.raises(InvalidInput, match="was replaced"), db.session() as s:
        replace_card(s, actor, zhang.id, new_card=zhang.card)  # not even back to its owner
    assert snapshot(db) == before


def test_a_given_card_is_checked_like_a_legacy_card(db, actor, zhang) -> None:
    before = snapshot(db)
    for bad in ("8.05191E+11", "no spaces"):
        with pytest.raises(InvalidInput, match="card"), db.session() as s:
            replace_card(s, actor, zhang.id, new_card=bad)
    assert snapshot(db) == before


def test_a_card_replaced_twice_retires_both_numbers(db, actor, zhang) -> None:
    with db.session() as s:
        second = replace_card(s, actor, zhang.id).new_card
        third = replace_card(s, actor, zhang.id).new_card
    with db.session() as s:
        retired = s.exec(select(RetiredCard.card, RetiredCard.member_id)).all()
        assert sorted(retired) == sorted([(zhang.card, zhang.id), (second, zhang.id)])
        assert identify(s, third).id == zhang.id
        with pytest.raises(CardReplaced):
            identify(s, second)


def test_retired_at_is_now(db, actor, zhang) -> None:
    with db.session() as s:
        replace_card(s, actor, zhang.id)
    with db.session(readonly=True) as s:
        row = s.exec(select(RetiredCard)).one()
    assert abs(utcnow() - row.retired_at.replace(tzinfo=utcnow().tzinfo)) < timedelta(minutes=1)
    assert row.retired_by == actor.staff_id and row.origin_till == actor.till_id
