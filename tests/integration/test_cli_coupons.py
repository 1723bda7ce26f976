"""Coupons from the command line, and the printed PDF read back: the text in the shop's
language and every barcode and QR code decoded to exactly the issued codes."""

from __future__ import annotations

import csv
import re
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import zxingcpp
from cli_helpers import assert_fails, ok_json
from PIL import Image
from pypdf import PdfReader
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core import display, i18n

# What the coupons carry; decoding only these keeps a stray EAN-13 read in the text out.
PRINTED = (zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.QRCode)
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# What a percent coupon with a cap and a bearer sheet print in each language.
SHEET_WORDS = {
    "zh_CN": ("9折（最多减20.00元）", "有效期至 20", "年", "日"),
    "en": ("10% off (up to ¥20.00 off)", "Valid until "),
}


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The shop's language: the system's as the command line reads it, and this process's."""
    monkeypatch.setenv(i18n.ENV_LANGUAGE, request.param)
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


@pytest.fixture
def shop(run_cli) -> list[str]:
    cards = []
    for i, name in enumerate(["张三", "李四", "王五"]):
        result = run_cli("member", "add", "--name", name, "--phone", f"1380000000{i}", "--json")
        cards.append(result.json()["card"])
    return cards


def test_template_issue_redeem_and_export(run_cli, shop, tmp_path) -> None:
    template = run_cli(
        "coupons",
        "template",
        "add",
        "--name",
        "满100减10",
        "--kind",
        "fixed",
        "--value",
        "10",
        "--min-spend",
        "100",
        "--json",
    ).json()
    assert template["offer"] == "¥10.00 off with a purchase of ¥100.00 or more"
    issued = run_cli(
        "coupons",
        "issue",
        "--template",
        str(template["template_id"]),
        "--member",
        shop[0],
        "--json",
    ).json()
    [coupon] = issued["coupons"]
    assert coupon["card"] == shop[0]
    too_small = run_cli("sale", shop[0], "99.99", "--coupon", coupon["code"])
    assert too_small.code == 1 and "¥100.00 or more" in too_small.err
    sale = run_cli("sale", shop[0], "120", "--coupon", coupon["code"].lower(), "--json").json()
    assert (sale["coupon_discount"], sale["paid"], sale["points_earned"]) == (
        "10.00",
        "110.00",
        110,
    )
    again = run_cli("sale", shop[0], "120", "--coupon", coupon["code"])
    assert again.code == 1 and f"already used (sale {sale['sale_id']})" in again.err
    path = tmp_path / "coupons.csv"
    assert run_cli("export", "coupons", str(path)).code == 0
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "code",
        "template",
        "card",
        "campaign",
        "status",
        "issued_at",
        "expires_at",
        "redeemed_at",
        "sale_id",
    ]
    assert (rows[0]["code"], rows[0]["status"], rows[0]["sale_id"]) == (
        coupon["code"],
        "redeemed",
        str(sale["sale_id"]),
    )


def test_the_printed_sheet_decodes_to_exactly_the_issued_codes(
    run_cli, shop, tmp_path, language
) -> None:
    template = run_cli(
        "coupons",
        "template",
        "add",
        "--name",
        "九折",
        "--kind",
        "percent",
        "--value",
        "10",
        "--cap",
        "20",
        "--bearer-ok",
        "--json",
    ).json()
    pdf = tmp_path / "sheet.pdf"
    issued = run_cli(
        "coupons",
        "issue",
        "--template",
        str(template["template_id"]),
        "--bearer",
        "10",
        "--pdf",
        str(pdf),
        "--json",
    ).json()
    expected = {c["code"].replace("-", "") for c in issued["coupons"]}
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2  # 8 to a page
    text = "".join(page.extract_text() for page in reader.pages)
    for words in SHEET_WORDS[language]:
        assert words in text, words
    if language == "en":  # only the shop's name may be Chinese, and it is not
        assert not CJK.findall(text), CJK.findall(text)
    else:
        assert "off" not in text and "Valid" not in text
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found: dict[str, set[str]] = {"Code128": set(), "QRCode": set()}
    for image in sorted(tmp_path.glob("page-*.png")):
        for result in zxingcpp.read_barcodes(Image.open(image), formats=PRINTED):
            found[result.format.name].add(result.text)
    assert found == {"Code128": expected, "QRCode": expected}


def test_issue_to_a_segment_and_void(run_cli, shop) -> None:
    template = run_cli(
        "coupons",
        "template",
        "add",
        "--name",
        "Gift",
        "--kind",
        "free_item",
        "--value",
        "18",
        "--item",
        "Latte",
        "--json",
    ).json()
    issued = run_cli(
        "coupons", "issue", "--template", str(template["template_id"]), "--segment", "all", "--json"
    ).json()
    assert sorted(c["card"] for c in issued["coupons"]) == sorted(shop)
    code = issued["coupons"][0]["code"]
    assert run_cli("coupons", "void", code).code == 2  # the reason is required
    assert run_cli("coupons", "void", code, "--reason", "lost").code == 0
    used = run_cli("sale", issued["coupons"][0]["card"], "30", "--coupon", code)
    assert used.code == 1 and "void (lost)" in used.err


def test_the_receipt_coupon_decodes(run_cli, shop, db, tmp_path) -> None:
    from loyalty_desktop.printing.coupon_pdf import coupon_receipt
    from loyalty_desktop.services import coupons
    from loyalty_desktop.store.models import Coupon

    template = run_cli(
        "coupons",
        "template",
        "add",
        "--name",
        "Latte",
        "--kind",
        "free_item",
        "--value",
        "18",
        "--item",
        "拿铁",
        "--json",
    ).json()
    issued = run_cli(
        "coupons",
        "issue",
        "--template",
        str(template["template_id"]),
        "--member",
        shop[1],
        "--json",
    ).json()
    code = issued["coupons"][0]["code"].replace("-", "")
    pdf = tmp_path / "receipt.pdf"
    with db.session(readonly=True) as s:
        [printed] = coupons.printable(s, [s.exec(select(Coupon)).one()])
    coupon_receipt("Shop", printed, pdf, db.sqlite_path, language="zh_CN")
    page = PdfReader(pdf).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80  # an 80 mm roll
    assert "免费兑换拿铁" in page.extract_text()
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "r")], check=True)
    found = {
        (r.format.name, r.text)
        for image in tmp_path.glob("r-*.png")
        for r in zxingcpp.read_barcodes(Image.open(image), formats=PRINTED)
    }
    assert found == {("Code128", code), ("QRCode", code)}


def _template(run_cli, name: str, *more: str) -> int:
    added = run_cli(
        "coupons",
        "template",
        "add",
        "--name",
        name,
        "--kind",
        "fixed",
        "--value",
        "5",
        *more,
        "--json",
    )
    assert added.code == 0, added.err
    return added.json()["template_id"]


MEMBER_LINES = {
    "zh_CN": ("会员 {name} {phone}", "有效期至 {day}\n限会员本人使用"),
    "en": ("Member {name} {phone}", "Valid until {day}\nFor the member's own use only"),
}


def test_a_member_sheet_shows_whose_coupon_each_is_and_its_last_day(
    run_cli, shop, tmp_path, language
) -> None:
    template = _template(run_cli, "会员券", "--days", "30")
    pdf = tmp_path / "members.pdf"
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()  # the shop's day (default zone)
    issued = ok_json(
        run_cli(
            "coupons", "issue", "--template", template, "--segment", "all", "--pdf", pdf, "--json"
        )
    )
    assert {c["last_day"] for c in issued["coupons"]} == {str(today + timedelta(days=30))}
    text = PdfReader(pdf).pages[0].extract_text()
    holder, until = MEMBER_LINES[language]
    for name, phone in (("张三", "138••••0000"), ("李四", "138••••0001"), ("王五", "138••••0002")):
        assert holder.format(name=name, phone=phone) in text
    assert "13800000000" not in text  # masked, not the whole number
    # the last valid day, not the minute it was issued 30 days earlier
    last_day = display.long_date(today + timedelta(days=30), language)
    assert text.count(until.format(day=last_day)) == 3


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_a_bearer_sheet_names_nobody(run_cli, shop, tmp_path, language) -> None:
    template = _template(run_cli, "Flyer", "--bearer-ok")
    pdf = tmp_path / "flyer.pdf"
    assert (
        run_cli("coupons", "issue", "--template", template, "--bearer", "2", "--pdf", pdf).code == 0
    )
    assert "会员" not in PdfReader(pdf).pages[0].extract_text()


def test_template_and_campaign_lists(run_cli, shop) -> None:
    assert run_cli("coupons", "template", "list").out.strip() == "No coupon templates yet."
    assert ok_json(run_cli("coupons", "campaigns", "list", "--json")) == []
    first = _template(run_cli, "满5减5", "--days", "14")
    second = _template(run_cli, "年终", "--until", "2199-12-31")
    templates = ok_json(run_cli("coupons", "template", "list", "--json"))
    assert templates == [
        {"id": first, "name": "满5减5", "offer": "¥5.00 off", "validity": "14 days from issue"},
        {"id": second, "name": "年终", "offer": "¥5.00 off", "validity": "until 2199-12-31"},
    ]
    issued = run_cli("coupons", "issue", "--template", first, "--segment", "all", "--json").json()
    run_cli("sale", shop[0], "30", "--coupon", issued["coupons"][0]["code"])
    [campaign] = ok_json(run_cli("coupons", "campaigns", "list", "--json"))
    assert campaign == {
        "id": issued["campaign_id"],
        "name": issued["campaign"],
        "template": "满5减5",
        "target": "segment all",
        "issued": 3,
        "redeemed": 1,
        "rate": 1 / 3,
    }
    human = run_cli("coupons", "campaigns", "list")
    assert human.code == 0 and "1 of 3 redeemed (33%)" in human.out
    assert "年终 — ¥5.00 off; until 2199-12-31" in run_cli("coupons", "template", "list").out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--name", "Old", "--until", "2020-01-01"), "valid_until: 2020-01-01 has already passed"),
        (("--name", " gift "), 'coupon template named "gift" already exists (template 1)'),
        (("--name", "x" * 101), "name: is 101 characters long; at most 100 are allowed"),
    ],
)
def test_template_add_refusals(run_cli, db, args, fragment) -> None:
    _template(run_cli, "Gift")
    before = snapshot(db)
    assert_fails(
        run_cli("coupons", "template", "add", "--kind", "fixed", "--value", "5", *args), 1, fragment
    )
    assert snapshot(db) == before


def test_a_sheet_that_cannot_be_written_issues_nothing(run_cli, db, shop, tmp_path) -> None:
    template = _template(run_cli, "会员券")
    before = snapshot(db)
    pdf = tmp_path / "no-such-folder" / "sheet.pdf"
    assert_fails(
        run_cli("coupons", "issue", "--template", template, "--segment", "all", "--pdf", pdf)
    )
    assert snapshot(db) == before
