"""Message templates (services/message_templates.py): a bad field is refused when the template
is written, each member's message is filled in from their own figures, only consenting members
with a phone get one, and the export says how many were left out and why."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlmodel import select
from support import audit_lines, snapshot

from loyalty_desktop.core import display
from loyalty_desktop.core.clock import add_months, utcnow
from loyalty_desktop.core.errors import InvalidInput, PermissionDenied
from loyalty_desktop.services import message_templates as messages
from loyalty_desktop.services.coupons import Terms, add_template, issue
from loyalty_desktop.services.expiry import expiring_soon
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.rules import Expiry, Rules, save_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.segments import ListedMember
from loyalty_desktop.store.models import Coupon, Member

NOW = utcnow()
EVERY_FIELD = "【{店名}】{姓名}（{等级}）：{积分}分，{到期积分}分于{到期日期}到期，券码{券码}"


def listed(member: Member) -> ListedMember:
    """The member as an action list names them."""
    return ListedMember(
        member.id,  # type: ignore[arg-type]
        member.card,
        member.name,
        member.phone,
        member.marketing_consent,
        member.tier,
        None,
        0,
        0,
    )


@pytest.fixture
def shop(db, actor):  # type: ignore[no-untyped-def]
    """Points lapse after 12 months; four members: Li has 320 points lapsing within the month
    and a coupon; Wang did not agree to marketing; Zhao has no phone; Qian's points are fresh."""
    with db.session() as s:
        save_rules(s, actor, Rules(expiry=Expiry(months=12)), valid_from=NOW - timedelta(800))
        people = {}
        for name, phone, consent in (
            ("Li", "13900000001", True),
            ("Wang", "13900000002", False),
            ("Zhao", None, True),
            ("Qian", "13900000004", True),
        ):
            data = Enrolment(
                name, phone, marketing_consent=consent, enrolled_at=NOW - timedelta(700)
            )
            people[name] = enrol(s, actor, data)
        lapsing = add_months(NOW, -12) + timedelta(days=10)
        for name in ("Li", "Wang", "Zhao"):
            record_sale(s, actor, SaleRequest(32000, people[name].id, at=lapsing))
        record_sale(s, actor, SaleRequest(5000, people["Qian"].id, at=NOW - timedelta(days=3)))
        template = add_template(s, actor, "¥10 off", Terms(kind="fixed", value=1000))
        issue(s, actor, template.id, member_ids=[people["Li"].id])
    return people


def rows(db, shop) -> list[ListedMember]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return [listed(s.get(Member, m.id)) for m in shop.values()]


def render(db, shop, text: str, language: str = "zh_CN") -> messages.Rendered:  # type: ignore[no-untyped-def]
    template = messages.parse_template("t", language, text)
    with db.session(readonly=True) as s:
        return messages.render(s, template, rows(db, shop), NOW)


def test_every_field_is_filled_in_from_the_members_own_figures(db, shop) -> None:
    li = shop["Li"]
    with db.session(readonly=True) as s:
        [(day, lapsing)] = expiring_soon(s, li.id, NOW)
        balance = s.get(Member, li.id).balance
        [code] = s.exec(select(Coupon.code).where(Coupon.member_id == li.id)).all()
    rendered = render(db, shop, EVERY_FIELD)
    [message] = rendered.messages
    assert (lapsing, balance) == (320, 320)
    expected_code = "-".join(code[i : i + 4] for i in range(0, len(code), 4))
    assert message == messages.Message(
        li.card,
        "Li",
        "13900000001",
        f"【我的小店】Li（普通会员）：320分，320分于{display.long_date(day, 'zh_CN')}到期，"
        f"券码{expected_code}",
    )
    assert display.long_date(day, "zh_CN").endswith("日")


def test_an_english_template_reads_in_english(db, shop) -> None:
    rendered = render(
        db, shop, "{shop}: {name}, {tier}, {expiring_points} on {expiring_date}", "en"
    )
    [message] = rendered.messages
    assert message.text.startswith("My Shop: Li, Member, 320 on ")
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in message.text)


def test_only_consenting_members_with_a_phone_and_every_field_get_a_message(db, shop) -> None:
    rendered = render(db, shop, "{姓名}，您有{到期积分}积分将于{到期日期}过期")
    assert [m.name for m in rendered.messages] == ["Li"]
    assert rendered.left_out == Counter(no_consent=1, no_phone=1, nothing_expiring=1)
    coupons = render(db, shop, "{name}: {coupon_code}")
    assert [m.name for m in coupons.messages] == ["Li"]
    assert coupons.left_out == Counter(no_consent=1, no_phone=1, no_coupon=1)
    plain = render(db, shop, "{姓名}，您有{积分}积分")
    assert [m.name for m in plain.messages] == ["Li", "Qian"]
    assert plain.left_out == Counter(no_consent=1, no_phone=1)


def test_the_export_states_how_many_were_left_out_and_why(db, shop) -> None:
    rendered = render(db, shop, "{姓名}，您有{到期积分}积分将于{到期日期}过期")
    assert messages.left_out_text(rendered.left_out) == (
        "3 left out: 1 no marketing consent, 1 no phone number, 1 no points lapsing within 30 days"
    )
    assert messages.left_out_text(Counter()) == ""


def test_a_used_or_expired_coupon_is_not_quoted(db, actor, shop) -> None:
    with db.session() as s:
        [coupon] = s.exec(select(Coupon).where(Coupon.member_id == shop["Li"].id)).all()
        coupon.expires_at = NOW - timedelta(days=1)
    rendered = render(db, shop, "{name}: {coupon_code}")
    assert rendered.messages == []
    assert rendered.left_out["no_coupon"] == 2


def test_braces_in_a_members_name_are_written_as_they_are(db, actor, shop) -> None:
    with db.session() as s:
        s.get(Member, shop["Li"].id).name = "{积分}{0}"
    [message] = render(db, shop, "{姓名}您好，券码{券码}").messages
    assert message.text.startswith("{积分}{0}您好，券码")


def test_export_writes_the_messages_and_audits_it(db, actor, shop, tmp_path) -> None:
    rendered = render(db, shop, "{姓名}，您有{积分}积分")
    path = tmp_path / "sms.csv"
    with db.session() as s:
        assert messages.export(s, actor, rendered, path) == 2
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [
            ["card", "name", "phone", "message"],
            [shop["Li"].card, "Li", "13900000001", "Li，您有320积分"],
            [shop["Qian"].card, "Qian", "13900000004", "Qian，您有50积分"],
        ]
    assert audit_lines(db, "message.export")[-1]["rows"] == 2


def test_a_cashier_may_not_export_phones(db, shop, cashier, tmp_path) -> None:
    rendered = render(db, shop, "{姓名}")
    before = snapshot(db)
    with pytest.raises(PermissionDenied), db.session() as s:
        messages.export(s, cashier, rendered, tmp_path / "sms.csv")
    assert not (tmp_path / "sms.csv").exists()
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("name", "language", "text", "reason"),
    [
        ("生日", "zh_CN", "{姓名}生日快乐，{名字}", "unknown_merge_field"),
        ("x", "zh_CN", "{0}", "unknown_merge_field"),
        ("x", "zh_CN", "{}", "unknown_merge_field"),
        ("x", "zh_CN", "{name.__class__}", "unknown_merge_field"),
        ("x", "zh_CN", "{name[0]}", "unknown_merge_field"),
        ("x", "en", "{name!r}", "merge_field_plain"),
        ("x", "en", "{points:>9}", "merge_field_plain"),
        ("x", "en", "Hi {name", "template_braces"),
        ("x", "en", "Hi name}", "template_braces"),
        ("x", "en", "   ", "required"),
        ("x", "en", "a" * 501, "too_long"),
        ("x", "en", "Hi\x00{name}", "control_characters"),
        ("", "en", "Hi", "required"),
        ("n" * 41, "en", "Hi", "too_long"),
        ("x", "fr", "Bonjour", "unknown_list"),
    ],
)
def test_a_bad_template_is_refused_when_it_is_written(name, language, text, reason) -> None:
    with pytest.raises(InvalidInput) as refused:
        messages.parse_template(name, language, text)
    assert refused.value.params["reason"] == reason
    assert str(refused.value).count("\n") == 0


def test_an_unknown_field_is_named_with_the_fields_there_are() -> None:
    with pytest.raises(InvalidInput) as refused:
        messages.parse_template("x", "zh_CN", "{名字}")
    assert str(refused.value) == (
        "message: '名字' is not a field; the fields are " + messages.field_list()
    )


def test_literal_braces_and_both_names_of_a_field_are_accepted() -> None:
    template = messages.parse_template(" x ", "zh_CN", "{{VIP}} {姓名} {name} {points}")
    assert (template.name, template.fields) == ("x", ["name", "points"])
    assert messages.fill(template, {"name": "Li", "points": "5"}) == "{VIP} Li Li 5"


def test_the_starters_until_the_owner_saves_and_then_the_owners_own(db, actor) -> None:
    with db.session(readonly=True) as s:
        starters = messages.templates(s)
    assert set(starters) == set(messages.STARTERS)
    for template in starters.values():  # each starter passes the check an owner's would
        assert messages.parse_template(template.name, template.language, template.text)
    mine = messages.parse_template("周末", "zh_CN", "{姓名}，周末满100减20")
    with db.session() as s:
        messages.save_template(s, actor, mine)
        messages.delete_template(s, actor, "生日祝福")
    with db.session(readonly=True) as s:
        kept = messages.templates(s)
    assert kept["周末"] == mine and "生日祝福" not in kept
    assert [line for line in audit_lines(db, "message.save")] == [{"text": mine.text}]


def test_editing_renames_and_a_clash_is_refused(db, actor) -> None:
    renamed = messages.parse_template("Expiry", "en", "{name}: {expiring_points}")
    with db.session() as s:
        messages.save_template(s, actor, renamed, replaces="Points expiring")
    before = snapshot(db)
    clash = messages.parse_template("想念您", "zh_CN", "{姓名}")
    with pytest.raises(InvalidInput) as refused, db.session() as s:
        messages.save_template(s, actor, clash, replaces="Expiry")
    assert refused.value.params["reason"] == "message_name_taken"
    with pytest.raises(InvalidInput), db.session() as s:
        messages.delete_template(s, actor, "no such")
    with pytest.raises(InvalidInput), db.session() as s:
        messages.get_template(s, "no such")
    assert snapshot(db) == before
    with db.session(readonly=True) as s:
        assert "Points expiring" not in messages.templates(s)


def test_a_cashier_may_not_write_templates(db, cashier) -> None:
    before = snapshot(db)
    with pytest.raises(PermissionDenied), db.session() as s:
        messages.save_template(s, cashier, messages.parse_template("x", "en", "{name}"))
    with pytest.raises(PermissionDenied), db.session() as s:
        messages.delete_template(s, cashier, "想念您")
    assert snapshot(db) == before


def test_the_editor_s_example_fills_every_field_in_the_template_s_language() -> None:
    chinese = messages.parse_template("x", "zh_CN", "【{店名}】{姓名}，{等级}，{到期日期}")
    english = messages.parse_template("x", "en", "{shop}: {name}, {tier}, {expiring_date}")
    today = date(2026, 11, 1)
    assert (
        messages.sample(chinese, "My Shop", today) == "【我的小店】王小明，银卡会员，2026年11月15日"
    )
    assert messages.sample(english, "My Shop", today) == (
        "My Shop: Alex Wang, Silver, 15 November 2026"
    )


@pytest.mark.parametrize(
    ("text", "parts"),
    [("a" * 160, 1), ("a" * 161, 2), ("中" * 70, 1), ("中" * 71, 2), ("a" * 159 + "中", 3)],
)
def test_how_many_sms_a_message_is_sent_as(text: str, parts: int) -> None:
    assert messages.sms_parts(text) == parts


def test_a_stored_template_that_no_longer_reads_is_left_out(db, actor) -> None:
    from loyalty_desktop.services.settings import set_setting

    with db.session() as s:
        set_setting(
            s,
            messages.SETTING,
            {"ok": {"language": "en", "text": "{name}"}, "no text": {"language": "en"}, "x": 3},
        )
    with db.session(readonly=True) as s:
        assert list(messages.templates(s)) == ["ok"]
