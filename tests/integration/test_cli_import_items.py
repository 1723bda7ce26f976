"""`loyalty import sales FILE --items ITEMS`: the sales' lines, by receipt, checked with the
sales and written with them, all or nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

from cli_helpers import assert_fails, ok_json, problem_lines
from sqlmodel import select
from support import snapshot

from loyalty_desktop.services.items import find_item
from loyalty_desktop.store.models import Sale, SaleItem

SALES = (
    "receipt,card,phone,timestamp,amount\n"
    "R1,,,2026-01-05 10:30,61.00\n"
    "R2,,,2026-01-05 11:00,30\n"  # no lines: as before items existed
)
ITEMS = "receipt,code,name,category,quantity,unit_price\n"


def recent(days: int) -> str:
    """A sale's time ``days`` + 1 days ago, as the sales file writes it."""
    return (datetime.now() - timedelta(days=days + 1)).strftime("%Y-%m-%d %H:%M")


def files(tmp_path, items: str):  # type: ignore[no-untyped-def]
    sales, lines = tmp_path / "sales.csv", tmp_path / "items.csv"
    sales.write_text(SALES, encoding="utf-8")
    lines.write_text(ITEMS + items, encoding="utf-8")
    return sales, lines


def lines_by_receipt(db) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        rows = s.exec(select(Sale.receipt, SaleItem).join(SaleItem)).all()
    found: dict[str, list[tuple]] = {}
    for receipt, line in rows:
        found.setdefault(receipt, []).append(
            (line.code, line.name, line.quantity, line.unit_price_cents)
        )
    return found


def test_lines_are_imported_with_their_sales(run_cli, db, tmp_path) -> None:
    sales, items = files(
        tmp_path,
        "R1,LAT,拿铁,咖啡,2,28.00\n"
        "R1,BAG,袋子,,1,0\n"  # a free item
        "R1,CAKE,蛋糕,甜点,1,5\n",
    )
    report = ok_json(run_cli("import", "sales", sales, "--items", items, "--json"))
    assert report["imported"] == 2
    assert lines_by_receipt(db) == {
        "R1": [("LAT", "拿铁", 2, 2800), ("BAG", "袋子", 1, 0), ("CAKE", "蛋糕", 1, 500)]
    }


def test_lines_that_do_not_add_up_refuse_their_sale(run_cli, db, tmp_path) -> None:
    sales, items = files(tmp_path, "R1,LAT,拿铁,咖啡,2,28.00\n")  # ¥56, not ¥61
    before = snapshot(db)
    result = run_cli("import", "sales", sales, "--items", items)
    assert_fails(result, 1, "sales.csv")
    assert problem_lines(result.out + result.err) == {2: "items"}
    assert snapshot(db) == before
    skipped = ok_json(run_cli("import", "sales", sales, "--items", items, "--skip-bad", "--json"))
    assert skipped["imported"] == 1 and lines_by_receipt(db) == {}


def test_a_bad_line_or_an_unknown_receipt_fails_the_import_naming_the_items_file(
    run_cli, db, tmp_path
) -> None:
    sales, items = files(
        tmp_path,
        "R1,LAT,拿铁,咖啡,two,28.00\n"  # line 2: not a whole number
        "R9,LAT,拿铁,咖啡,1,28.00\n"  # line 3: no such receipt in the sales file
        "R1,,拿铁,咖啡,1,28.00\n",  # line 4: no code
    )
    before = snapshot(db)
    result = run_cli("import", "sales", sales, "--items", items, "--skip-bad")
    assert_fails(result, 1, "items.csv")
    assert problem_lines(result.out + result.err) == {2: "quantity", 3: "receipt", 4: "code"}
    assert snapshot(db) == before


def test_report_together_lists_pairs_by_lift(run_cli, tmp_path) -> None:
    sales = tmp_path / "s.csv"
    sales.write_text(
        "receipt,card,phone,timestamp,amount\n"
        + "".join(
            f"T{i},,,{recent(i)},{amount}\n" for i, amount in enumerate(("33", "33", "28", "5"))
        ),
        encoding="utf-8",
    )
    items = tmp_path / "i.csv"
    items.write_text(
        ITEMS
        + "T0,LAT,拿铁,,1,28\nT0,CAKE,蛋糕,,1,5\n"
        + "T1,LAT,拿铁,,1,28\nT1,CAKE,蛋糕,,1,5\n"
        + "T2,LAT,拿铁,,1,28\nT3,CAKE,蛋糕,,1,5\n",
        encoding="utf-8",
    )
    ok_json(run_cli("import", "sales", sales, "--items", items, "--json"))
    pairs = ok_json(run_cli("report", "together", "--least", "2", "--json"))
    # 4 sales with lines; 拿铁 on 3, 蛋糕 on 3, both on 2: lift 2 × 4 / (3 × 3).
    assert [(p["first_name"], p["second_name"], p["together"]) for p in pairs] == [
        ("蛋糕", "拿铁", 2)
    ]
    assert abs(pairs[0]["lift"] - 8 / 9) < 1e-9
    text = run_cli("report", "together", "--least", "3")
    assert text.code == 0 and "No items were bought together on 3 sales or more" in text.out
    assert_fails(run_cli("report", "together", "--months", "0"), 2, "months")


def test_the_item_list_imported_then_sold_by_barcode(run_cli, db, actor, tmp_path) -> None:
    listing = tmp_path / "items.csv"
    listing.write_text(
        "商品编码,商品名称,品类,条码,价格\nLAT,拿铁,咖啡,6901234567892,28\nBAG,袋子,,,0\n",
        encoding="utf-8",
    )
    ok_json(run_cli("import", "items", listing, "--json"))
    listed = ok_json(run_cli("items", "list", "--json"))
    assert [(i["code"], i["barcode"], i["price_cents"]) for i in listed] == [
        ("BAG", None, 0),
        ("LAT", "6901234567892", 2800),
    ]
    with db.session(readonly=True) as s:
        assert find_item(s, "6901234567892").name == "拿铁"


def test_a_bad_item_list_imports_nothing(run_cli, db, tmp_path) -> None:
    listing = tmp_path / "items.csv"
    listing.write_text(
        "code,name,price,barcode\n"
        "LAT,Latte,28,690\n"
        "LAT,Latte again,28,\n"  # the code taken by the line before
        "MUG,Mug,-3,\n"  # not an amount
        "CUP,Cup,3,690\n",  # the barcode taken
        encoding="utf-8",
    )
    before = snapshot(db)
    result = run_cli("import", "items", listing)
    assert_fails(result, 1, "items.csv")
    assert problem_lines(result.out + result.err) == {3: "code", 4: "price", 5: "barcode"}
    assert snapshot(db) == before


def test_a_price_list_imported_again_changes_the_known_items(run_cli, db, tmp_path) -> None:
    listing = tmp_path / "items.csv"
    listing.write_text("code,name,price,barcode\nLAT,Latte,28,690\n", encoding="utf-8")
    ok_json(run_cli("import", "items", listing, "--json"))
    listing.write_text("code,name,price,barcode\nLAT,Latte,30,690\nMUG,Mug,45,\n", encoding="utf-8")
    assert ok_json(run_cli("import", "items", listing, "--json"))["imported"] == 2
    listed = ok_json(run_cli("items", "list", "--json"))
    assert [(i["code"], i["price_cents"]) for i in listed] == [("LAT", 3000), ("MUG", 4500)]


def test_a_refused_item_list_leaves_the_known_items_as_they_were(run_cli, db, tmp_path) -> None:
    listing = tmp_path / "items.csv"
    listing.write_text("code,name,price,barcode\nA1,Apple,3.00,111\n", encoding="utf-8")
    ok_json(run_cli("import", "items", listing, "--json"))
    before = snapshot(db)
    listing.write_text(
        "code,name,price,barcode\nA1,Apple2,3.50,999\n,Noname,1,\n", encoding="utf-8"
    )
    assert_fails(run_cli("import", "items", listing), 1, "items.csv")
    assert snapshot(db) == before


def test_a_price_list_keeps_the_categories_and_barcodes(run_cli, db, tmp_path) -> None:
    listing = tmp_path / "items.csv"
    listing.write_text(
        "code,name,category,price,barcode\nLAT,Latte,coffee,28,690\n", encoding="utf-8"
    )
    ok_json(run_cli("import", "items", listing, "--json"))
    listing.write_text("code,name,price\nLAT,Latte,30\n", encoding="utf-8")
    ok_json(run_cli("import", "items", listing, "--json"))
    [item] = ok_json(run_cli("items", "list", "--json"))
    assert (item["category"], item["barcode"], item["price_cents"]) == ("coffee", "690", 3000)
