"""`loyalty member cards`: members' cards and blank pre-printed stock on an A4 sheet whose
barcodes decode to exactly the cards listed, and a blank card's number enrols a member."""

from __future__ import annotations

import subprocess

import zxingcpp
from cli_helpers import enrol, ok_json
from PIL import Image
from pypdf import PdfReader


def test_a_sheet_of_members_and_blank_stock(run_cli, tmp_path) -> None:
    zhang = enrol(run_cli, "张三", "13800138000")
    li = enrol(run_cli, "Li Si")
    pdf = tmp_path / "cards.pdf"
    result = ok_json(
        run_cli(
            "member",
            "cards",
            zhang["card"],
            "13800138000",
            li["card"],
            "--blank",
            "9",
            "--pdf",
            str(pdf),
            "--json",
        )
    )
    assert result["pages"] == 2 and len(result["cards"]) == 12
    assert [c["name"] for c in result["cards"][:3]] == ["张三", "张三", "Li Si"]
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "张三" in text and "Li Si" in text
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "p")], check=True)
    decoded = sorted(
        found.text
        for image in tmp_path.glob("p-*.png")
        for found in zxingcpp.read_barcodes(
            Image.open(image), formats=(zxingcpp.BarcodeFormat.Code128,)
        )
    )
    assert decoded == sorted(c["card"] for c in result["cards"])
    blank = result["cards"][-1]["card"]
    assert enrol(run_cli, "Wang Wu", None, "--card", blank)["card"] == blank
