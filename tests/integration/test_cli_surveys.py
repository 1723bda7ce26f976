"""`loyalty surveys show|set|export` (the counter survey from the command line), and the demo
shop's survey answers exported and checked."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from cli_helpers import BOM, assert_fails, ok_json, read_export
from sqlmodel import select
from support import snapshot

from loyalty_desktop.services import follow_ups, surveys
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import FollowUp, Member

SURVEY_COLUMNS = [
    "response_id",
    "answered_at",
    "sale_id",
    "card",
    "nps",
    "csat",
    "choice",
    "comment",
    "follow_up",
    "survey_version",
]
NPS = {"kind": "nps", "wording": {"zh": "您会推荐我们吗？", "en": "Would you recommend us?"}}
CSAT = {"kind": "csat", "wording": {"zh": "满意吗？", "en": ""}}
TEXT = {"kind": "text", "wording": {"zh": "还有什么想说的？", "en": "Anything else?"}}
CHOICE = {
    "kind": "choice",
    "wording": {"zh": "您最喜欢什么？", "en": "What did you like most?"},
    "choices": [
        {"zh": "咖啡", "en": "Coffee"},
        {"zh": "蛋糕", "en": "Cake"},
        {"zh": "", "en": "The music"},
    ],
}
VALID = {
    "enabled": True,
    "questions": [NPS, CSAT, CHOICE],
    "ask": "every_nth",
    "every_n": 3,
    "min_days_between": 14,
    "timeout_seconds": 20,
}


def write(tmp_path, document, name="survey.json"):
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def test_show_on_a_fresh_shop_gives_the_defaults(run_cli) -> None:
    shown = ok_json(run_cli("surveys", "show", "--json"))
    assert shown["version"] is None and shown["enabled"] is False
    assert (shown["ask"], shown["every_n"], shown["min_days_between"]) == ("member_sales", 5, 30)
    assert shown["timeout_seconds"] == 30
    assert [q["kind"] for q in shown["questions"]] == ["nps", "csat"]
    assert all(q["wording"]["zh"] and q["wording"]["en"] for q in shown["questions"])
    human = run_cli("surveys", "show")
    assert human.code == 0 and human.err == ""
    assert human.out.startswith("Survey off: asks member sales, a member at most once in 30 days")


def test_set_then_show_reflects_the_document(run_cli, tmp_path) -> None:
    saved = ok_json(run_cli("surveys", "set", str(write(tmp_path, VALID)), "--json"))
    assert saved == {"ok": True, "version": saved["version"]} and saved["version"] is not None
    shown = ok_json(run_cli("surveys", "show", "--json"))
    assert shown["version"] == saved["version"]
    for key in ("enabled", "ask", "every_n", "min_days_between", "timeout_seconds"):
        assert shown[key] == VALID[key], key
    assert [q["kind"] for q in shown["questions"]] == ["nps", "csat", "choice"]
    assert [q["wording"] for q in shown["questions"]] == [
        NPS["wording"],
        CSAT["wording"],
        CHOICE["wording"],
    ]
    assert shown["questions"][2]["choices"] == CHOICE["choices"]
    human = run_cli("surveys", "show").out
    assert human.startswith("Survey on: asks every 3 sales, a member at most once in 14 days")
    assert "choice: 您最喜欢什么？ / What did you like most?" in human
    assert "csat: 满意吗？\n" in human  # an empty English wording is left out
    # A second version replaces the first.
    again = ok_json(
        run_cli("surveys", "set", str(write(tmp_path, {"questions": [CSAT]}, "v2.json")), "--json")
    )
    assert again["version"] != saved["version"]
    shown = ok_json(run_cli("surveys", "show", "--json"))
    assert (shown["version"], shown["enabled"]) == (again["version"], False)
    assert [q["kind"] for q in shown["questions"]] == ["csat"]


@pytest.mark.parametrize(
    ("document", "fragments"),
    [
        ({**VALID, "questions": [NPS, CSAT, CHOICE, TEXT]}, ("1 to 3 questions",)),
        ({**VALID, "questions": [NPS, NPS]}, ("asked once",)),
        ({**VALID, "questions": [NPS, CHOICE, TEXT]}, ("choice or a free-text",)),
        ({**VALID, "questions": [TEXT]}, ("NPS or CSAT",)),
        (
            {**VALID, "questions": [NPS, {**CHOICE, "choices": [{"zh": "咖啡"}]}]},
            ("questions.2", "2 to 6 answers"),
        ),
        (
            {**VALID, "questions": [{"kind": "nps", "wording": {"zh": "", "en": "  "}}]},
            ("questions.1.wording", "Chinese or an English wording"),
        ),
        ({**VALID, "every_n": 0}, ("every_n",)),
        ({**VALID, "evry_n": 3}, ("evry_n",)),
        ({**VALID, "ask": "sometimes"}, ("ask",)),
        ('{"enabled": true,', ("json",)),
    ],
)
def test_an_invalid_document_is_refused_in_one_line_and_changes_nothing(
    run_cli, db, tmp_path, document, fragments
) -> None:
    ok_json(run_cli("surveys", "set", str(write(tmp_path, VALID, "good.json")), "--json"))
    before = snapshot(db)
    result = run_cli("surveys", "set", str(write(tmp_path, document)))
    assert_fails(result, 1, *fragments)
    assert result.out == ""
    assert snapshot(db) == before
    shown = ok_json(run_cli("surveys", "show", "--json"))
    assert (shown["enabled"], shown["every_n"]) == (True, 3)  # still the good version


def test_a_missing_file_is_refused(run_cli, db, tmp_path) -> None:
    ok_json(run_cli("surveys", "show", "--json"))
    before = snapshot(db)
    assert_fails(run_cli("surveys", "set", str(tmp_path / "nope.json")), 1, "nope.json")
    assert snapshot(db) == before


def test_export_writes_every_response_with_its_wording(run_cli, db, actor, tmp_path) -> None:
    """Three answers through the services: a member choosing "Cake", a walk-in choosing an
    answer worded only in English (followed up: contacted), and a walk-in's Chinese comment
    under a second survey version (follow-up still open)."""
    with db.session() as s:
        since = datetime(2026, 1, 1, tzinfo=UTC)  # before the sales below
        member = enrol(s, actor, Enrolment(name="张三", phone="13800138000", enrolled_at=since))
        first = surveys.save_survey(
            s,
            actor,
            surveys.parse_survey(
                {**VALID, "questions": [NPS, CSAT, CHOICE], "every_n": 1, "min_days_between": 0}
            ),
        ).id
    # 2026-05-01 02:30 UTC = 10:30 in Shanghai; answers come 20 seconds after each sale.
    at = datetime(2026, 5, 1, 2, 30, tzinfo=UTC)
    answered = timedelta(seconds=20)
    comment = '咖啡太凉了，等了很久, "really" slow'
    with db.session() as s:
        one = record_sale(s, actor, SaleRequest(3000, member.id, at=at, ask_survey=True)).sale
        surveys.record_response(s, actor, one.id, surveys.Answers(9, 5, 1), at=at + answered)
        two = record_sale(
            s, actor, SaleRequest(1500, at=at + timedelta(hours=1), ask_survey=True)
        ).sale
        surveys.record_response(
            s, actor, two.id, surveys.Answers(4, None, 2), at=at + timedelta(hours=1) + answered
        )
        second = surveys.save_survey(
            s,
            actor,
            surveys.parse_survey({**VALID, "questions": [NPS, CSAT, TEXT], "every_n": 1}),
        ).id
        later = at + timedelta(days=1)
        three = record_sale(s, actor, SaleRequest(800, at=later, ask_survey=True)).sale
        surveys.record_response(
            s, actor, three.id, surveys.Answers(2, 1, None, comment), at=later + answered
        )
    with db.session() as s:
        contacted = s.exec(select(FollowUp).order_by(FollowUp.id)).first()
        follow_ups.update_follow_up(s, actor, contacted.id, "contacted", "已电话联系")
        card = s.get(Member, member.id).card
    path = tmp_path / "exports" / "surveys.csv"
    done = ok_json(run_cli("surveys", "export", str(path), "--json"))
    assert done == {"file": str(path), "rows": 3}
    raw = path.read_bytes()
    assert raw.startswith(BOM)
    header, rows = read_export(path)
    assert header == SURVEY_COLUMNS
    assert rows == [
        {
            "response_id": "1",
            "answered_at": "2026-05-01 10:30:20",
            "sale_id": str(one.id),
            "card": card,
            "nps": "9",
            "csat": "5",
            "choice": "蛋糕 / Cake",
            "comment": "",
            "follow_up": "",
            "survey_version": str(first),
        },
        {
            "response_id": "2",
            "answered_at": "2026-05-01 11:30:20",
            "sale_id": str(two.id),
            "card": "",
            "nps": "4",
            "csat": "",
            "choice": "The music",
            "comment": "",
            "follow_up": "contacted",
            "survey_version": str(first),
        },
        {
            "response_id": "3",
            "answered_at": "2026-05-02 10:30:20",
            "sale_id": str(three.id),
            "card": "",
            "nps": "2",
            "csat": "1",
            "choice": "",
            "comment": comment,
            "follow_up": "open",
            "survey_version": str(second),
        },
    ]
    assert b"13800138000" not in raw  # no phone numbers in the export
    human = run_cli("surveys", "export", str(path))
    assert (human.code, human.out.strip()) == (0, f"Exported 3 survey responses to {path}")


def test_export_of_a_shop_without_answers_is_just_the_header(run_cli, tmp_path) -> None:
    path = tmp_path / "empty.csv"
    assert ok_json(run_cli("surveys", "export", str(path), "--json"))["rows"] == 0
    assert read_export(path) == (SURVEY_COLUMNS, [])


def test_demo_answers_export_with_their_follow_ups_and_check_passes(run_cli, tmp_path) -> None:
    summary = ok_json(run_cli("demo", "--members", "60", "--months", "3", "--json"))
    path = tmp_path / "surveys.csv"
    exported = ok_json(run_cli("surveys", "export", str(path), "--json"))
    header, rows = read_export(path)
    assert header == SURVEY_COLUMNS
    assert exported["rows"] == len(rows) == summary["survey_responses"] > 0
    followed = [r for r in rows if r["follow_up"]]
    to_call = [r for r in followed if r["card"]]  # a walk-in cannot be called back
    assert 0 < len(to_call) == summary["follow_ups"] <= len(followed) < len(rows)
    assert {r["follow_up"] for r in followed} <= {"open", "contacted", "resolved"}

    def unhappy(row: dict[str, str]) -> bool:
        return (row["nps"] != "" and int(row["nps"]) <= 6) or (
            row["csat"] != "" and int(row["csat"]) <= 2
        )

    # exactly the detractors have a follow-up
    assert [unhappy(r) for r in rows] == [bool(r["follow_up"]) for r in rows]
    assert all(r["nps"] == "" or 0 <= int(r["nps"]) <= 10 for r in rows)
    assert all(r["csat"] == "" or 1 <= int(r["csat"]) <= 5 for r in rows)
    assert len({r["sale_id"] for r in rows}) == len(rows)  # one answer per sale
    check = run_cli("check", "--json")
    assert check.code == 0, check.out
    assert check.json() == {"ok": True, "problems": []}
