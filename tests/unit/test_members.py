from datetime import date

import pytest
from sqlmodel import select

from loyalty_desktop.errors import DuplicateMember, InvalidCard, InvalidInput, MemberNotFound
from loyalty_desktop.models import AuditEntry, Member
from loyalty_desktop.services import cards
from loyalty_desktop.services.members import (
    Enrolment,
    enrol,
    find_members,
    identify,
    normalise_phone,
)


def add(db, actor, **fields) -> Member:
    with db.session() as s:
        return enrol(s, actor, Enrolment(**fields))


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("13800138000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("0086 138 0013 8000", "13800138000"),
        ("(010) 8888-6666", "01088886666"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_normalise_phone(raw: str, normal: str) -> None:
    assert normalise_phone(raw) == normal


@pytest.mark.parametrize("raw", ["12ab", "123", "+86", "1" * 16])
def test_normalise_phone_refuses_non_numbers(raw: str) -> None:
    with pytest.raises(InvalidInput, match="phone"):
        normalise_phone(raw)


def test_generated_cards_carry_a_valid_check_digit() -> None:
    for _ in range(200):
        card = cards.generate_card()
        assert cards.looks_like_ours(card) and cards.check_digit_ok(card)


def test_a_typo_or_a_swap_of_neighbours_breaks_the_check_digit() -> None:
    card = "812345678906"  # valid: Luhn check digit 6
    assert cards.check_digit_ok(card)
    assert not cards.check_digit_ok("812345678916")  # one digit wrong
    assert not cards.check_digit_ok("812354678906")  # 4 and 5 swapped


def test_enrol_normalises_and_audits(db, actor) -> None:
    m = add(
        db,
        actor,
        name="  张  三 ",
        phone="+86 138-0013-8000",
        birthday=date(1990, 5, 1),
        marketing_consent=True,
        tags="coffee；weekend;coffee",
    )
    assert (m.name, m.phone, m.phone_last4) == ("张 三", "13800138000", "8000")
    assert m.tags == "coffee;weekend"
    assert m.consent_at is not None and m.balance == 0
    with db.session() as s:
        assert s.exec(select(AuditEntry.action)).all() == ["member.enrol"]


def test_duplicate_phone_names_the_existing_member(db, actor) -> None:
    first = add(db, actor, name="张三", phone="13800138000")
    with pytest.raises(DuplicateMember) as error:
        add(db, actor, name="李四", phone="138 0013 8000")
    assert first.card in str(error.value) and "张三" in str(error.value)


def test_duplicate_card_refused_and_legacy_card_kept_as_is(db, actor) -> None:
    legacy = add(db, actor, name="Old", card="VIP-0042")
    assert legacy.card == "VIP-0042"
    with pytest.raises(DuplicateMember, match="VIP-0042"):
        add(db, actor, name="Other", card="VIP-0042")


def test_identify_by_card_and_phone_and_refuse_typos(db, actor) -> None:
    m = add(db, actor, name="王五", phone="13900001111")
    with db.session() as s:
        assert identify(s, m.card).id == m.id
        assert identify(s, "+86 139 0000 1111").id == m.id
        typo = m.card[:-1] + str((int(m.card[-1]) + 1) % 10)
        with pytest.raises(InvalidCard, match="check digit"):
            identify(s, typo)
        with pytest.raises(MemberNotFound):
            identify(s, "13900002222")


def test_find_by_last4_partial_name_and_card(db, actor) -> None:
    a = add(db, actor, name="张小明", phone="13800138000")
    b = add(db, actor, name="张大明", phone="13900008000")
    c = add(db, actor, name="Li Lei", phone="13700001234")
    with db.session() as s:
        assert {m.id for m in find_members(s, "8000")} == {a.id, b.id}
        assert [m.id for m in find_members(s, "小明")] == [a.id]
        assert [m.id for m in find_members(s, "li lei")] == [c.id]
        assert [m.id for m in find_members(s, c.card)] == [c.id]
        assert find_members(s, "   ") == []


def test_referrer_is_recorded(db, actor) -> None:
    ref = add(db, actor, name="推荐人", phone="13800000001")
    new = add(db, actor, name="新会员", phone="13800000002", referrer=ref.card)
    assert new.referred_by_id == ref.id
    with pytest.raises(MemberNotFound):
        add(db, actor, name="X", phone="13800000003", referrer="13899999999")


def test_bad_enrolment_changes_nothing(db, actor) -> None:
    from support import snapshot

    add(db, actor, name="A", phone="13800000001")
    before = snapshot(db)
    for fields in (
        {"name": ""},
        {"name": "B", "phone": "abc"},
        {"name": "B", "birthday": date(2999, 1, 1)},
    ):
        with pytest.raises(InvalidInput):
            add(db, actor, **fields)
    assert snapshot(db) == before


def test_browse_pages_sorts_counts_and_finds_part_of_a_card(db, actor) -> None:
    from loyalty_desktop.services.members import browse_members, count_members

    people = [add(db, actor, name=f"N{i}", phone=f"1380000000{i}") for i in range(5)]
    with db.session() as s:
        assert count_members(s) == 5
        page = browse_members(s, sort="name", descending=True, offset=1, limit=2)
        assert [m.name for m in page] == ["N3", "N2"]
        prefix = people[2].card[:9]
        assert people[2].id in {m.id for m in browse_members(s, prefix)}
        assert count_members(s, "%") == 0  # wildcards are matched literally


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("１３９００１３９０００", "13900139000"),
        ("86 13700137000", "13700137000"),
        ("8613700137000", "13700137000"),
    ],
)
def test_full_width_digits_and_a_bare_86_prefix(raw: str, normal: str) -> None:
    assert normalise_phone(raw) == normal


@pytest.mark.parametrize("card", ["8.05191E+11", "8.05191e11", "VIP 42", "卡123"])
def test_legacy_cards_excel_mangled_or_odd_are_refused(db, actor, card: str) -> None:
    with pytest.raises(InvalidInput, match="card"):
        add(db, actor, name="Old", card=card)
