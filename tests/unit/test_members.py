from datetime import date

import pytest
from sqlmodel import select

from loyalty_desktop.core.errors import (
    CardErased,
    DuplicateMember,
    InvalidCard,
    InvalidInput,
    MemberNotFound,
)
from loyalty_desktop.services import cards
from loyalty_desktop.services.members import (
    Enrolment,
    enrol,
    find_members,
    identify,
    normalise_phone,
)
from loyalty_desktop.store.models import AuditEntry, Member


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


def _plans(db, search) -> list[str]:  # type: ignore[no-untyped-def]
    """SQLite's plan for every SELECT on the member table that ``search`` runs."""
    from sqlalchemy import event

    run: list[tuple] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("SELECT") and "FROM member" in statement:
            run.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.session(readonly=True) as s:
            search(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert run, "no query on the member table"
    with db.engine.connect() as conn:
        return [
            " / ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", args))
            for sql, args in run
        ]


@pytest.mark.sqlite_only("a query plan of SQLite")
@pytest.mark.parametrize("key", ["card", "phone", "+86 phone", "last4"])
def test_a_scan_or_a_phone_is_looked_up_by_index_not_by_reading_the_table(db, actor, key) -> None:
    m = add(db, actor, name="王五", phone="13900001111")
    add(db, actor, name="Other", phone="13900002222")
    query = {
        "card": m.card,
        "phone": "13900001111",
        "+86 phone": "+86 139 0000 1111",
        "last4": "1111",
    }[key]
    plans = _plans(db, lambda s: find_members(s, query))
    for plan in plans:
        assert "SCAN member" not in plan, plan
    assert any("USING INDEX" in plan for plan in plans), plans
    with db.session() as s:
        assert [found.id for found in find_members(s, query)] == [m.id]


@pytest.mark.sqlite_only("a query plan of SQLite")
def test_identify_by_card_or_phone_uses_indexes(db, actor) -> None:
    m = add(db, actor, name="王五", phone="13900001111")
    for query in (m.card, "13900001111"):
        for plan in _plans(db, lambda s, q=query: identify(s, q)):
            assert "SCAN member" not in plan and "USING INDEX" in plan, plan


def test_names_are_searched_only_when_no_card_or_phone_matches(db, actor) -> None:
    by_phone = add(db, actor, name="Wang", phone="13900008000")
    named = add(db, actor, name="Room 8000", phone="13700001234")
    with db.session() as s:
        assert [m.id for m in find_members(s, "8000")] == [by_phone.id]
        assert [m.id for m in find_members(s, "Room 8")] == [named.id]
        assert [m.id for m in find_members(s, named.card)] == [named.id]


def test_several_keys_matching_come_back_sorted_by_name_within_the_limit(db, actor) -> None:
    people = [add(db, actor, name=f"P{9 - i}", phone=f"139000{i}0555") for i in range(4)]
    with db.session() as s:
        found = find_members(s, "0555", limit=3)
    assert [m.name for m in found] == ["P6", "P7", "P8"]
    assert {m.id for m in found} < {p.id for p in people}


def test_anonymised_members_are_not_found_by_any_key(db, actor) -> None:
    from loyalty_desktop.store.models import MemberStatus

    m = add(db, actor, name="Gone", phone="13900001111")
    with db.session() as s:
        s.get(Member, m.id).status = MemberStatus.ANONYMISED
    with db.session() as s:
        for query in ("13900001111", "1111", "Gone"):
            assert find_members(s, query) == []
        with pytest.raises(CardErased):  # the card says why, rather than "not found"
            find_members(s, m.card)


def test_a_mistyped_card_is_refused_before_any_name_search(db, actor) -> None:
    m = add(db, actor, name="王五", phone="13900001111")
    typo = m.card[:-1] + str((int(m.card[-1]) + 1) % 10)
    with db.session() as s, pytest.raises(InvalidCard):
        find_members(s, typo)


def test_a_short_phone_stored_by_an_older_version_is_still_found(db, actor) -> None:
    m = add(db, actor, name="Legacy", phone="13900001111")
    with db.session() as s:
        stored = s.get(Member, m.id)
        stored.phone, stored.phone_last4 = "12345", "2345"
    with db.session() as s:
        assert [found.id for found in find_members(s, "12345")] == [m.id]
        assert identify(s, "12345").id == m.id


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("010-88886666", "01088886666"),
        ("0755 1234 5678", "075512345678"),
        ("021-1234567", "0211234567"),
        ("+86 10 8888 6666", "01088886666"),
        ("+86 755 1234 5678", "075512345678"),
        ("+86 138 0013 8000", "13800138000"),
        ("19912345678", "19912345678"),
        ("+1 415 555 0100", "+14155550100"),
    ],
)
def test_mobiles_landlines_and_foreign_numbers_are_accepted(raw: str, normal: str) -> None:
    assert normalise_phone(raw) == normal


@pytest.mark.parametrize(
    "raw",
    [
        "12345",  # too short for anything
        "1380013800",  # a mobile missing a digit
        "138001380001",  # a mobile with one too many
        "12800138000",  # mobiles start 13-19
        "10800138000",
        "88886666",  # a landline without its area code
        "0108888666666",  # too long for a landline
        "00108888666",  # area codes do not start with 0
        "+86 12345",
        "+0 123456789",
        "+12345",
    ],
)
def test_numbers_that_are_no_phone_are_refused_saying_what_is_expected(raw: str) -> None:
    with pytest.raises(InvalidInput, match="phone") as error:
        normalise_phone(raw)
    assert raw in str(error.value) and "11 digits" in str(error.value)
    assert "area code" in str(error.value)
