"""A member's privacy rights: a copy of everything the shop holds about them, and erasure that
anonymises their details in one transaction while every report total stays the same."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime

import pytest
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import (
    CardErased,
    InvalidInput,
    MemberAnonymised,
    MemberNotFound,
    PermissionDenied,
    ProtectedFile,
)
from loyalty_desktop.services import coupons, follow_ups, surveys
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.demo import build_demo
from loyalty_desktop.services.member_edits import MemberChanges, edit_member, replace_card
from loyalty_desktop.services.members import Enrolment, enrol, find_members, identify
from loyalty_desktop.services.metrics import monthly_report
from loyalty_desktop.services.points import adjust
from loyalty_desktop.services.privacy import (
    KINDS,
    erase_member,
    export_member_data,
    member_data,
    member_for_request,
)
from loyalty_desktop.services.rules import ERASED_MEMBER_NAME, shown_word
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.models import (
    AuditEntry,
    FollowUp,
    Member,
    MemberChange,
    MemberStatus,
    RetiredCard,
    Role,
    Staff,
    SurveyResponse,
)

SURVEY = {
    "enabled": True,
    "questions": [
        {"kind": "nps", "wording": {"zh": "推荐吗？", "en": "Recommend us?"}},
        {"kind": "text", "wording": {"zh": "还有什么？", "en": "Anything else?"}},
    ],
    "ask": "every_nth",
    "every_n": 1,
    "min_days_between": 0,
}


def staff(db, role: Role) -> Actor:  # type: ignore[no-untyped-def]
    with db.session() as s:
        account = Staff(name=role, role=role, origin_till=db.till_id, created_at=utcnow())
        s.add(account)
        s.flush()
        return Actor(staff_id=account.id, till_id=db.till_id)


@pytest.fixture
def zhang(db, actor) -> dict:
    """A member with a bit of everything: sales, a refund, an adjustment, a coupon, an unhappy
    survey answer called back, and a card replaced."""
    with db.session() as s:
        m = enrol(
            s,
            actor,
            Enrolment(
                name="Zhang San",
                phone="13800138000",
                birthday=date(1990, 5, 1),
                tags="coffee;vip",
                marketing_consent=True,
                enrolled_at=datetime(2020, 1, 1, tzinfo=UTC),
            ),
        )
        surveys.save_survey(s, actor, surveys.parse_survey(SURVEY))
    with db.session() as s:
        first = record_sale(s, actor, SaleRequest(8800, m.id, ask_survey=True))
        surveys.record_response(
            s, actor, first.sale.id, surveys.Answers(nps=2, comment="Zhang here, rude cashier")
        )
        record_sale(s, actor, SaleRequest(5000, m.id))
    with db.session() as s:
        refund_sale(s, actor, first.sale.id, 1000)
        adjust(s, actor, s.get(Member, m.id), 50, "paper card points")
        template = coupons.add_template(
            s, actor, "10 off", coupons.Terms(kind="fixed", value=1000, min_spend_cents=5000)
        )
        coupons.issue(s, actor, template.id, member_ids=[m.id])
        [follow_up] = s.exec(select(FollowUp)).all()
        follow_ups.update_follow_up(s, actor, follow_up.id, "contacted", "called 138 0013 8000")
    with db.session() as s:
        old_card = m.card
        new = replace_card(s, actor, m.id)
    return {"id": m.id, "card": new.new_card, "old_card": old_card}


def other_member(db, actor) -> int:
    with db.session() as s:
        return enrol(s, actor, Enrolment(name="Li Si", phone="13900139000")).id


# --- the export --------------------------------------------------------------------------------


def test_the_export_holds_everything_about_the_member_and_nothing_about_others(
    db, actor, zhang
) -> None:
    other_member(db, actor)
    with db.session() as s:
        data = member_data(s, actor, zhang["id"])
    assert set(data) == set(KINDS)
    m = data["member"]
    assert (m["name"], m["phone"], m["birthday"], m["tags"]) == (
        "Zhang San",
        "13800138000",
        "1990-05-01",
        "coffee;vip",
    )
    assert m["card"] == zhang["card"] and m["marketing_consent"] is True
    assert [s["amount_cents"] for s in data["sales"]] == [8800, 5000]
    assert [r["amount_cents"] for r in data["refunds"]] == [1000]
    kinds = {e["kind"] for e in data["points"]}
    assert {"earn", "refund_earn", "adjust"} <= kinds
    assert sum(e["points"] for e in data["points"]) == m["balance"]
    assert len(data["coupons"]) == 1 and data["coupons"][0]["member_id"] == zhang["id"]
    assert [a["comment"] for a in data["survey_answers"]] == ["Zhang here, rude cashier"]
    assert "called 138 0013 8000" in data["follow_ups"][0]["notes"]
    assert [r["card"] for r in data["retired_cards"]] == [zhang["old_card"]]
    actions = {line["action"] for line in data["audit"]}
    assert {"member.enrol", "member.replace_card", "points.adjust"} <= actions
    assert {"sale.record", "sale.refund", "follow_up.update"} <= actions
    assert "Li Si" not in json.dumps(data, ensure_ascii=False)
    json.dumps(data)  # plain values only: dates and times as text


def test_the_export_is_written_as_one_json_and_a_csv_per_kind_and_audited(
    db, actor, zhang, tmp_path
) -> None:
    folder = tmp_path / "request"
    with db.session() as s:
        done = export_member_data(s, actor, zhang["id"], folder)
    card = zhang["card"]
    assert sorted(p.name for p in done.files) == sorted(
        [f"member-{card}.json", *(f"member-{card}-{kind}.csv" for kind in KINDS)]
    )
    whole = json.loads((folder / f"member-{card}.json").read_text(encoding="utf-8"))
    assert whole["member"]["name"] == "Zhang San"
    with (folder / f"member-{card}-sales.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["amount_cents"] for r in rows] == ["8800", "5000"]
    assert done.counts["sales"] == 2 and done.counts["member"] == 1
    with db.session(readonly=True) as s:
        line = s.exec(select(AuditEntry).where(AuditEntry.action == "member.export_data")).one()
    assert line.subject == card and line.staff_id == actor.staff_id
    assert "Zhang" not in line.detail and "13800138000" not in line.detail


def test_an_empty_kind_still_has_its_header(db, actor, tmp_path) -> None:
    member_id = other_member(db, actor)
    with db.session() as s:
        done = export_member_data(s, actor, member_id, tmp_path)
    [retired] = [p for p in done.files if p.name.endswith("-retired_cards.csv")]
    assert retired.read_text(encoding="utf-8-sig").splitlines() == [
        ",".join(RetiredCard.model_fields)
    ]


@pytest.mark.sqlite_only("the database is a file next to the export")
def test_the_export_never_writes_over_the_database(db, actor, zhang) -> None:
    database = db.sqlite_path
    before = database.read_bytes()
    with db.session() as s, pytest.raises(ProtectedFile):
        # member-CARD.json cannot be the database: name the database's folder with a link
        # whose member file is the database itself.
        link = database.parent / f"member-{zhang['card']}.json"
        link.symlink_to(database)
        export_member_data(s, actor, zhang["id"], database.parent)
    assert database.read_bytes() == before


def test_an_export_into_a_file_is_refused(db, actor, zhang, tmp_path) -> None:
    (tmp_path / "a-file").write_text("x")
    with db.session() as s, pytest.raises(InvalidInput, match="is a file, not a folder"):
        export_member_data(s, actor, zhang["id"], tmp_path / "a-file")


@pytest.mark.parametrize("role", [Role.MANAGER, Role.CASHIER])
def test_only_the_owner_exports_a_members_data(db, zhang, role, tmp_path) -> None:
    who = staff(db, role)
    before = snapshot(db)
    with db.session() as s, pytest.raises(PermissionDenied, match="exporting personal data"):
        export_member_data(s, who, zhang["id"], tmp_path / "out")
    assert snapshot(db) == before and not (tmp_path / "out").exists()


# --- erasure -------------------------------------------------------------------------------------


def erase(db, actor, member_id: int, reason: str = "member's request of 2026-11-28"):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return erase_member(s, actor, member_id, reason)


def test_erasure_clears_every_personal_field_and_keeps_the_numbers(db, actor, zhang) -> None:
    with db.session(readonly=True) as s:
        kept_before = member_data(s, actor, zhang["id"])
    done = erase(db, actor, zhang["id"])
    assert (done.card, done.comments_blanked, done.notes_blanked) == (zhang["card"], 1, 1)
    with db.session(readonly=True) as s:
        m = s.get(Member, zhang["id"])
        assert m.name == ERASED_MEMBER_NAME
        assert (m.phone, m.phone_last4, m.birthday, m.tags) == (None, None, None, "")
        assert (m.marketing_consent, m.consent_at) == (False, None)
        assert m.status == MemberStatus.ANONYMISED and m.card == zhang["card"]
        [answer] = s.exec(select(SurveyResponse)).all()
        assert (answer.comment, answer.nps) == ("", 2)  # the score stays for the report
        assert s.exec(select(FollowUp)).one().notes == ""
        after = member_data(s, actor, zhang["id"])
    for kind in ("sales", "refunds", "points", "coupons", "tier_changes", "retired_cards"):
        assert after[kind] == kept_before[kind], kind
    assert after["member"]["balance"] == kept_before["member"]["balance"]


def test_erasure_is_audited_with_the_reason_and_nothing_personal(db, actor, zhang) -> None:
    erase(db, actor, zhang["id"], "  asked   in person ")
    with db.session(readonly=True) as s:
        line = s.exec(select(AuditEntry).where(AuditEntry.action == "member.erase")).one()
    assert line.subject == zhang["card"] and line.staff_id == actor.staff_id
    assert json.loads(line.detail) == {"reason": "asked in person", "comments": 1, "notes": 1}


def test_after_erasure_no_row_anywhere_holds_the_members_words(db, actor, zhang) -> None:
    """Not even the audit trail, which nothing may change: an edit's line says which personal
    fields changed, never their values (the phone keeps only its last 4 digits)."""
    with db.session() as s:
        edit_member(
            s,
            actor,
            zhang["id"],
            MemberChanges(name="Zhang Sanfeng", phone="13911112222", birthday=date(1991, 6, 2)),
        )
    erase(db, actor, zhang["id"])
    words = ["Zhang", "13800138000", "13911112222", "1990-05-01", "1991-06-02", "vip", "rude"]
    rows = snapshot(db)
    everything = repr(rows)
    assert [word for word in words if word in everything] == []
    # The edit's changes (which travel to the other tills) stay, blanked, with the erasure's.
    with db.session(readonly=True) as s:
        changes = s.exec(select(MemberChange).where(MemberChange.member_id == zhang["id"])).all()
    assert {"name", "phone", "birthday", "erased"} <= {c.field for c in changes}
    assert {c.value for c in changes} == {None} and len(rows["member_change"]) == len(changes)


def test_the_erased_word_reads_in_the_readers_language() -> None:
    assert shown_word(ERASED_MEMBER_NAME, "en") == "Erased member"
    assert shown_word(ERASED_MEMBER_NAME, "zh_CN") != "Erased member"


def test_an_erased_member_is_found_by_nobody_and_refused_at_the_till(db, actor, zhang) -> None:
    erase(db, actor, zhang["id"])
    with db.session(readonly=True) as s:
        for query in ("13800138000", "8000", "Zhang", ERASED_MEMBER_NAME):
            assert find_members(s, query) == []
        with pytest.raises(CardErased, match="erased at their request"):
            find_members(s, zhang["card"])
        with pytest.raises(CardErased):
            identify(s, zhang["card"])
        with pytest.raises(MemberNotFound):
            identify(s, "13800138000")
        # A privacy request may still name the card: the owner can show what is left.
        assert member_for_request(s, zhang["card"]).id == zhang["id"]
    # however the till came to them (a coupon issued to them, a list): no sale for them
    before = snapshot(db)
    with pytest.raises(CardErased), db.session() as s:
        record_sale(s, actor, SaleRequest(1_000, zhang["id"]))
    assert snapshot(db) == before


def test_the_phone_is_free_for_a_new_member(db, actor, zhang) -> None:
    erase(db, actor, zhang["id"])
    with db.session() as s:
        newcomer = enrol(s, actor, Enrolment(name="Wang Wu", phone="13800138000"))
    with db.session(readonly=True) as s:
        assert identify(s, "13800138000").id == newcomer.id


def test_an_erased_member_cannot_be_erased_again(db, actor, zhang) -> None:
    erase(db, actor, zhang["id"])
    before = snapshot(db)
    with pytest.raises(MemberAnonymised):
        erase(db, actor, zhang["id"])
    assert snapshot(db) == before


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_erasure_needs_a_reason(db, actor, zhang, reason) -> None:
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="reason: is required for an erasure"):
        erase(db, actor, zhang["id"], reason)
    assert snapshot(db) == before


@pytest.mark.parametrize("role", [Role.MANAGER, Role.CASHIER])
def test_only_the_owner_erases_and_a_refusal_changes_nothing(db, zhang, role) -> None:
    who = staff(db, role)
    before = snapshot(db)
    with pytest.raises(PermissionDenied, match="erasing a member's personal details"):
        erase(db, who, zhang["id"])
    assert snapshot(db) == before


def test_a_check_passes_after_an_erasure(db, actor, zhang) -> None:
    erase(db, actor, zhang["id"])
    with db.session(readonly=True) as s:
        assert run_checks(s) == []


def _report(db, month: date) -> dict:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return json.loads(json.dumps(monthly_report(s, month).as_json(), default=str))


def test_every_report_total_is_the_same_after_erasures(db, actor) -> None:
    with db.session() as s:
        build_demo(s, actor, members=60, months=4, seed=3)
    today = utcnow().date()
    months = [date(today.year, today.month, 1)]
    for _ in range(3):
        last = months[-1]
        months.append(date(last.year - (last.month == 1), (last.month - 2) % 12 + 1, 1))
    with db.session(readonly=True) as s:
        # The members who bought most, have unhappy answers, or are at churn risk: the ones
        # most reports mention.
        report = monthly_report(s, months[1])
        chosen = {
            s.exec(select(Member.id).where(Member.card == t.card)).one()
            for t in report.top_members[:3]
        }
        chosen |= {r.member_id for r in s.exec(select(SurveyResponse)) if r.member_id}
        chosen |= {c.member.member_id for c in report.churn_list[:3]}
    before = {month: _report(db, month) for month in months}
    for member_id in sorted(chosen)[:12]:
        erase(db, actor, member_id)
    with db.session(readonly=True) as s:
        erased = {m.card for m in s.exec(select(Member).where(Member.status == "anonymised"))}
        assert run_checks(s) == []
    named = [r["card"] for m in months for r in before[m]["top_members"] + before[m]["churn_risk"]]
    assert erased & set(named)  # the lists did name members who are now erased
    for month in months:
        expected = before[month]
        # The only difference: the erased members' names in the lists that name members.
        for listed in (expected["top_members"], expected["churn_risk"]):
            for row in listed:
                if row["card"] in erased:
                    row["name"] = ERASED_MEMBER_NAME
        assert _report(db, month) == expected, month
