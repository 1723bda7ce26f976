"""Text longer than its column is refused by the services, on SQLite as on PostgreSQL: one line
naming the field and the limit, and the database exactly as before."""

from __future__ import annotations

import pytest
from cli_helpers import assert_fails, enrol, ok_json, sell
from support import snapshot


@pytest.fixture
def shop(run_cli) -> dict[str, str]:
    """A member with a sale, a coupon design and an open member coupon."""
    member = enrol(run_cli, "张三", "13800138000")
    sale = sell(run_cli, member["card"], "50")
    template = ok_json(
        run_cli(
            "coupons", "template", "add", "--name", "T", "--kind", "fixed", "--value", "5", "--json"
        )
    )
    issued = ok_json(
        run_cli(
            "coupons",
            "issue",
            "--template",
            template["template_id"],
            "--member",
            member["card"],
            "--json",
        )
    )
    return {
        "card": member["card"],
        "sale": str(sale["sale_id"]),
        "template": str(template["template_id"]),
        "code": issued["coupons"][0]["code"],
    }


CASES = {
    "member name": (("member", "add", "--name", "名" * 201, "--phone", "13900000000"), "name", 200),
    "member tags": (("member", "add", "--name", "A", "--tags", "t" * 1001), "tags", 1000),
    "member card": (("member", "add", "--name", "A", "--card", "8" * 65), "card", 64),
    "sale receipt": (("sale", "{card}", "10", "--ref", "R" * 65), "receipt", 64),
    "refund note": (("refund", "{sale}", "1", "--note", "退" * 501), "note", 500),
    "adjust reason": (("adjust", "{card}", "10", "--reason", "因" * 501), "reason", 500),
    "template name": (
        ("coupons", "template", "add", "--name", "券" * 101, "--kind", "fixed", "--value", "5"),
        "name",
        100,
    ),
    "campaign name": (
        (
            "coupons",
            "issue",
            "--template",
            "{template}",
            "--member",
            "{card}",
            "--campaign",
            "活" * 101,
        ),
        "campaign",
        100,
    ),
    "void reason": (("coupons", "void", "{code}", "--reason", "废" * 201), "reason", 200),
}


@pytest.mark.parametrize("case", list(CASES))
def test_too_long_is_one_line_naming_the_field_and_its_limit(run_cli, db, shop, case) -> None:
    args, field, limit = CASES[case]
    args = [a.format(**shop) for a in args]
    long_value = max(args, key=len)
    before = snapshot(db)
    assert_fails(
        run_cli(*args),
        1,
        f"{field}: is {len(long_value)} characters long; at most {limit} are allowed",
    )
    assert snapshot(db) == before
    # one character less than too long is accepted
    assert run_cli(*[a[:limit] if a == long_value else a for a in args]).code == 0


def test_the_free_item_name_has_its_limit_too(run_cli, db, shop) -> None:
    before = snapshot(db)
    args = ("coupons", "template", "add", "--name", "G", "--kind", "free_item", "--value", "18")
    assert_fails(run_cli(*args, "--item", "咖" * 61), 1, "item", "60")
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("what", "header", "row", "reason"),
    [
        ("members", "name,phone,tags", f"A,13900000001,{'t' * 1001}", "tags: is 1001 characters"),
        (
            "sales",
            "receipt,timestamp,amount",
            f"{'R' * 65},2026-01-02 10:00,10",
            "receipt: is 65 c",
        ),
    ],
)
def test_an_import_names_the_row_with_a_too_long_value(
    run_cli, db, shop, tmp_path, what, header, row, reason
) -> None:
    path = tmp_path / f"{what}.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    before = snapshot(db)
    result = run_cli("import", what, path)
    assert result.code == 1
    assert f"line 2, column {reason}" in result.out + result.err
    assert snapshot(db) == before
