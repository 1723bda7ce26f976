"""Length limits come from the model's columns and are checked by the services."""

from __future__ import annotations

import pytest
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services import audit, follow_ups, surveys
from loyalty_desktop.services.lengths import check_length, column_limit
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import AuditEntry, FollowUp, Member


def test_the_limit_is_read_from_the_column() -> None:
    assert (column_limit(Member.name), column_limit(Member.tags)) == (200, 1000)
    check_length("tags", "t" * 1000, Member.tags)
    check_length("tags", None, Member.tags)
    with pytest.raises(InvalidInput, match=r"^tags: is 1001 characters long; at most 1000"):
        check_length("tags", "t" * 1001, Member.tags)
    with pytest.raises(InvalidInput, match=r"^note: is 4 characters long; at most 3"):
        check_length("note", "长长长长", 3)


def test_a_follow_up_note_has_a_limit(db, actor, member) -> None:
    survey = surveys.SurveyDefinition(
        enabled=True,
        questions=[surveys.NPS_QUESTION, surveys.CSAT_QUESTION, surveys.COMMENT_QUESTION],
        ask="every_nth",
        every_n=1,
        min_days_between=0,
    )
    with db.session() as s:
        surveys.save_survey(s, actor, survey)
        sale = record_sale(s, actor, SaleRequest(2000, member.id, ask_survey=True)).sale
        surveys.record_response(s, actor, sale.id, surveys.Answers(0, 1, None, "太慢"))
        follow_up = s.exec(select(FollowUp)).one().id
    before = snapshot(db)
    too_long = pytest.raises(InvalidInput, match=r"^note: is 501 characters long; at most 500")
    with too_long, db.session() as s:
        follow_ups.update_follow_up(s, actor, follow_up, "contacted", "话" * 501)
    assert snapshot(db) == before
    with db.session() as s:
        follow_ups.update_follow_up(s, actor, follow_up, "contacted", "话" * 500)


def test_an_audit_subject_longer_than_its_column_is_cut(db, actor) -> None:
    """The subject is a label (e.g. an imported file's name, up to 255 characters)."""
    with db.session() as s:
        audit.record(s, actor, "import.members", "f" * 250 + ".csv")
    with db.session(readonly=True) as s:
        subject = s.exec(select(AuditEntry.subject)).all()[-1]
    assert subject == "f" * column_limit(AuditEntry.subject)


def test_control_characters_are_refused_and_line_breaks_kept() -> None:
    check_length("note", "line one\nline two\tend\r\n", 100)
    for hostile in ("a\x00b", "\x07", "x\x1by", "\x7f", "\x9b"):
        with pytest.raises(InvalidInput, match=r"^note: must not hold control characters$"):
            check_length("note", hostile, 100)


@pytest.mark.parametrize("text", ["\x00", "9999\x00", "Nobody\x00", "\x00" * 4])
def test_a_search_with_a_nul_character_finds_nobody_on_every_database(db, member, text) -> None:
    """PostgreSQL refuses NUL in any text parameter; a scan or a search must still just say
    "not found", as SQLite does."""
    from loyalty_desktop.core.errors import CouponRefused, MemberNotFound, SaleNotFound
    from loyalty_desktop.services import coupons, members, sales

    with db.session(readonly=True) as s:
        assert members.find_members(s, text) == []
        # The list filters as if the NUL were not typed (an empty filter lists everyone).
        same = text.replace("\x00", "")
        assert members.browse_members(s, text) == members.browse_members(s, same)
        assert members.count_members(s, text) == members.count_members(s, same)
        with pytest.raises(MemberNotFound):
            members.identify(s, text)
        with pytest.raises(CouponRefused):
            coupons.find_coupon(s, text)
        with pytest.raises(SaleNotFound):
            sales.find_sale(s, text)
