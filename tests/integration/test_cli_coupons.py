"""Coupons from the command line, and the printed PDF read back: Chinese text and every
barcode and QR code decoded to exactly the issued codes."""

from __future__ import annotations

import csv
import subprocess

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlmodel import select


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


def test_the_printed_sheet_decodes_to_exactly_the_issued_codes(run_cli, shop, tmp_path) -> None:
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
    assert "9折" in text and "有效期至" in text
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found: dict[str, set[str]] = {"Code128": set(), "QRCode": set()}
    for image in sorted(tmp_path.glob("page-*.png")):
        for result in zxingcpp.read_barcodes(Image.open(image)):
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
    from loyalty_desktop.models import Coupon
    from loyalty_desktop.printing.coupon_pdf import coupon_receipt

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
        coupon_receipt(s, s.exec(select(Coupon)).one(), pdf)
    page = PdfReader(pdf).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80  # an 80 mm roll
    assert "免费兑换拿铁" in page.extract_text()
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "r")], check=True)
    found = {
        (r.format.name, r.text)
        for image in tmp_path.glob("r-*.png")
        for r in zxingcpp.read_barcodes(Image.open(image))
    }
    assert found == {("Code128", code), ("QRCode", code)}
