"""`loyalty messages list|save|delete|export`: templates with merge fields, one message per
consenting member of an action list, the rest counted by why."""

from __future__ import annotations

import csv

from cli_helpers import assert_fails, enrol, ok_json, sell
from support import snapshot


def test_save_list_export_and_delete(run_cli, db, tmp_path) -> None:
    li = enrol(run_cli, "李雷", "13900000001", "--consent")
    enrol(run_cli, "韩梅", "13900000002")  # no consent
    for card in (li["card"],):
        sell(run_cli, card, "88.00")
    saved = ok_json(run_cli("messages", "save", "周末", "{姓名}您好，您有{points}积分", "--json"))
    assert saved == {"name": "周末", "fields": ["name", "points"]}
    listed = ok_json(run_cli("messages", "list", "--json"))
    assert {"name": "周末", "language": "zh_CN", "text": "{姓名}您好，您有{points}积分"} in listed
    path = tmp_path / "sms.csv"
    run_cli("segments", "save", "所有人")
    result = run_cli("messages", "export", "saved:所有人", path, "--template", "周末")
    assert result.code == 0, result.err
    assert result.out.strip() == (f"Wrote 1 message to {path}; 1 left out: 1 no marketing consent")
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1:] == [
            [li["card"], "李雷", "13900000001", "李雷您好，您有88积分"]
        ]
    data = ok_json(
        run_cli("messages", "export", "saved:所有人", path, "--template", "周末", "--json")
    )
    assert data == {"file": str(path), "rows": 1, "left_out": {"no_consent": 1}}
    ok_json(run_cli("messages", "delete", "周末", "--json"))
    assert "周末" not in {t["name"] for t in ok_json(run_cli("messages", "list", "--json"))}


def test_bad_input_is_one_line_and_changes_nothing(run_cli, db, tmp_path) -> None:
    before = snapshot(db)
    assert_fails(run_cli("messages", "save", "x", "你好{名字}"), 1, "'名字'", "{姓名}/{name}")
    assert_fails(run_cli("messages", "save", "x", "hi {name"), 1, "braces")
    assert_fails(run_cli("messages", "save", "x", "hi {name!r}"), 1, "without ! or :")
    assert_fails(run_cli("messages", "save", "x", "  "), 1, "message")
    assert_fails(run_cli("messages", "save", "x", "hi", "--language", "fr"), 2, "fr")
    assert_fails(run_cli("messages", "delete", "no such"), 1, "no such")
    assert_fails(
        run_cli("messages", "export", "churn-risk", tmp_path / "a.csv", "--template", "no such"),
        1,
        "no such",
    )
    assert_fails(
        run_cli("messages", "export", "everyone", tmp_path / "a.csv", "--template", "想念您"),
        1,
        "everyone",
    )
    assert not (tmp_path / "a.csv").exists()
    assert snapshot(db) == before


def test_as_of_a_past_day_quotes_what_was_lapsing_then(run_cli, db, actor, tmp_path) -> None:
    from datetime import timedelta

    from loyalty_desktop.core.clock import add_months, utcnow
    from loyalty_desktop.services.members import Enrolment, enrol
    from loyalty_desktop.services.rules import Expiry, Rules, save_rules
    from loyalty_desktop.services.sales import SaleRequest, record_sale

    now = utcnow()
    with db.session() as s:
        save_rules(s, actor, Rules(expiry=Expiry(months=12)), valid_from=now - timedelta(900))
        li = enrol(
            s,
            actor,
            Enrolment(
                "Li", "13900000009", marketing_consent=True, enrolled_at=now - timedelta(800)
            ),
        )
        earned = add_months(now, -12) - timedelta(days=40)  # lapsed 40 days ago
        record_sale(s, actor, SaleRequest(10000, li.id, at=earned))
    run_cli("segments", "save", "all")
    path = tmp_path / "sms.csv"
    args = ("messages", "export", "saved:all", path, "--template", "Points expiring", "--json")
    assert ok_json(run_cli(*args))["left_out"] == {"nothing_expiring": 1}
    as_of = (now - timedelta(days=50)).date().isoformat()
    assert ok_json(run_cli(*args, "--as-of", as_of))["rows"] == 1
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert "100 of your points lapse on" in list(csv.reader(f))[1][3]
