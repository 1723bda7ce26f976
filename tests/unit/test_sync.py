"""Offline sync: packages exported by one till and imported by another (issue 16).

The importing till is the test's shop (SQLite, or PostgreSQL in the server run); the tills
that export are SQLite files of their own, in the same shop."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select
from support import drop_append_only_triggers, snapshot
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import PermissionDenied, SyncRefused
from loyalty_desktop.services import notes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.bonuses import grant
from loyalty_desktop.services.items import ItemLine
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.services.sync import shop
from loyalty_desktop.services.sync.package import MANIFEST
from loyalty_desktop.store.models import (
    Coupon,
    Member,
    PointsEntry,
    Sale,
    SaleItem,
    SyncPackage,
)


def _enrol(till: Till, phone: str, name: str = "王芳") -> int:
    with till.db.session() as s:
        return enrol(s, till.actor, Enrolment(name=name, phone=phone)).id or 0


def _sale(till: Till, member_id: int | None, cents: int, redeem: int = 0) -> int:
    with till.db.session() as s:
        return record_sale(s, till.actor, SaleRequest(cents, member_id, redeem)).sale.id or 0


def _member_id(till: Till, uuid: str) -> int:
    with till.db.session(readonly=True) as s:
        return s.exec(select(Member.id).where(Member.uuid == uuid)).one() or 0


def _uuid(till: Till, member_id: int) -> str:
    with till.db.session(readonly=True) as s:
        return s.get_one(Member, member_id).uuid


@pytest.fixture
def here(db, actor) -> Till:
    return Till(db, actor)


@pytest.fixture
def other(tmp_path, db) -> Till:
    """A second till of the same shop, with a member who bought twice and had a refund."""
    till = open_till(tmp_path / "other.db", "till-other", shop_of(db))
    member = _enrol(till, "13800000001")
    sale = _sale(till, member, 12000)
    _sale(till, member, 5000)
    with till.db.session() as s:
        refund_sale(s, till.actor, sale, 2000, note="broken cup")
    return till


def test_a_package_carries_what_the_till_made_and_merges_with_every_derived_number(
    here, other, tmp_path
):
    exported = other.export(tmp_path / "sync")
    assert exported.path == tmp_path / "sync" / "till-other-000001"
    manifest = json.loads((exported.path / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["till_id"] == "till-other" and manifest["sequence"] == 1
    assert manifest["files"]["sale.csv"]["rows"] == 2

    summary = here.import_(exported.path)

    assert summary.imported == ["till-other-000001"]
    assert summary.rows_in["member"] == 1 and summary.rows_in["sale"] == 2
    assert summary.rows_in["refund"] == 1 and summary.rows_in["points_entry"] == 3
    assert here.balances() == other.balances()
    assert here.ledger() == other.ledger()
    assert here.problems() == []
    with here.db.session(readonly=True) as s:
        refunded = s.exec(select(Sale).where(Sale.refunded_cents > 0)).one()
        assert (refunded.refunded_cents, refunded.status) == (2000, "partly_refunded")


def test_a_refund_at_one_till_of_a_sale_made_at_another_travels_back(here, other, tmp_path):
    folder = tmp_path / "sync"
    here.import_(other.export(folder).path)
    with here.db.session(readonly=True) as s:
        sale = s.exec(select(Sale).where(Sale.refunded_cents == 0)).one()
    with here.db.session() as s:
        refund_sale(s, here.actor, sale.id, None, note="returned")
    member = _member_id(here, next(iter(other.balances())))
    _sale(here, member, 3000)

    here.export(folder)
    summary = other.import_(folder)  # the folder: its own package is skipped

    assert summary.skipped == ["till-other-000001"]
    assert summary.imported == ["till-test-000001"]
    assert other.balances() == here.balances()
    assert other.ledger() == here.ledger()
    assert other.problems() == [] and here.problems() == []


def test_importing_twice_or_in_any_order_gives_the_same_database(here, other, tmp_path):
    folder = tmp_path / "sync"
    first = other.export(folder).path
    _sale(other, None, 800)  # a walk-in sale, in the second package
    second = other.export(folder).path

    waiting = here.import_(second)  # its predecessor is not here yet: untouched, waiting
    assert waiting.imported == [] and waiting.waiting == ["till-other-000002"]
    here.import_(second, first)
    before = snapshot(here.db)
    again = here.import_(first, second)

    assert again.imported == [] and again.skipped == ["till-other-000001", "till-other-000002"]
    assert snapshot(here.db) == before
    assert here.ledger() == other.ledger() and here.problems() == []


def test_a_till_without_sales_joins_the_shop_of_the_package_it_imports(here, tmp_path):
    newcomer = open_till(tmp_path / "new.db", "till-new")
    assert shop_of(newcomer.db) != shop_of(here.db)
    _enrol(here, "13800000002")
    _sale(here, None, 1000)

    newcomer.import_(here.export(tmp_path / "sync").path)

    assert shop_of(newcomer.db) == shop_of(here.db)
    assert newcomer.problems() == []


def _refused(here: Till, package: Path, reason: str) -> None:
    before = snapshot(here.db)
    with pytest.raises(SyncRefused) as refused:
        here.import_(package)
    assert refused.value.params["reason"] == reason
    assert snapshot(here.db) == before


def test_a_package_from_another_shop_is_refused_once_the_till_has_sales(here, tmp_path):
    stranger = open_till(tmp_path / "stranger.db", "till-stranger")
    _sale(stranger, None, 1000)
    _sale(here, None, 2000)
    _refused(here, stranger.export(tmp_path / "sync").path, "sync_foreign_shop")


def test_a_truncated_file_is_refused_and_nothing_is_imported(here, other, tmp_path):
    package = other.export(tmp_path / "sync").path
    data = (package / "points_entry.csv").read_bytes()
    (package / "points_entry.csv").write_bytes(data[: len(data) // 2])
    _refused(here, package, "sync_checksum")


def test_a_tampered_file_is_refused(here, other, tmp_path):
    package = other.export(tmp_path / "sync").path
    sales = (package / "sale.csv").read_text(encoding="utf-8")
    (package / "sale.csv").write_text(sales.replace("12000", "1200"), encoding="utf-8")
    _refused(here, package, "sync_checksum")


def test_a_missing_file_is_refused(here, other, tmp_path):
    package = other.export(tmp_path / "sync").path
    (package / "refund.csv").unlink()
    _refused(here, package, "sync_missing_file")


def test_a_package_without_its_manifest_is_refused(here, other, tmp_path):
    package = other.export(tmp_path / "sync").path
    (package / MANIFEST).unlink()
    _refused(here, package, "sync_no_manifest")


def test_a_package_from_a_newer_program_is_refused(here, other, tmp_path):
    package = other.export(tmp_path / "sync").path
    manifest = json.loads((package / MANIFEST).read_text(encoding="utf-8"))
    (package / MANIFEST).write_text(json.dumps({**manifest, "schema": "9999"}), encoding="utf-8")
    _refused(here, package, "sync_newer_schema")


def test_a_forged_row_with_a_matching_checksum_is_refused_by_its_hash(here, other, tmp_path):
    """Someone who rewrites a ledger line and the manifest's checksum too: the row's own hash
    (its till's chain) no longer matches."""
    import hashlib

    package = other.export(tmp_path / "sync").path
    path = package / "points_entry.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",120,", ",1200,"), encoding="utf-8")
    manifest = json.loads((package / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"]["points_entry.csv"]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (package / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    _refused(here, package, "sync_bad_row")


def test_a_sync_folder_with_one_damaged_package_imports_none(here, other, tmp_path):
    folder = tmp_path / "sync"
    other.export(folder)
    _sale(other, None, 900)
    broken = other.export(folder).path
    (broken / "sale.csv").write_text("damaged", encoding="utf-8")
    _refused(here, folder, "sync_checksum")


def test_a_half_written_export_is_not_a_package(here, other, tmp_path):
    """An export is written into a hidden folder and renamed when whole: an import of the sync
    folder meanwhile does not see it."""
    folder = tmp_path / "sync"
    package = other.export(folder).path
    shutil.copytree(package, folder / ".till-other-000002.partial")
    assert here.import_(folder).imported == ["till-other-000001"]


def test_nothing_new_exports_nothing(other, tmp_path):
    assert other.export(tmp_path / "sync").path is not None
    assert other.export(tmp_path / "sync").path is None


def test_an_imported_row_pointed_at_another_member_is_found_by_check(here, other, tmp_path):
    """Imported rows are verified as their till hashed them, and must still name the rows
    their till named: moving one to another member afterwards is caught."""
    someone = _enrol(here, "13800000009", "李雷")  # ids here differ from the other till's
    here.import_(other.export(tmp_path / "sync").path)
    with here.db.engine.begin() as conn:
        drop_append_only_triggers(conn)
        conn.execute(
            text("UPDATE points_entry SET member_id = :m WHERE origin_till = 'till-other'"),
            {"m": someone},
        )
    assert any("names another row" in p for p in here.problems())


def test_a_phone_enrolled_at_two_tills_stays_with_the_member_enrolled_first(here, other, tmp_path):
    twin = _enrol(here, "13800000001", "王芳芳")  # the same phone, enrolled later here
    summary = here.import_(other.export(tmp_path / "sync").path)

    assert summary.conflicts == [
        {"kind": "phone", "phone": "13800000001", "cleared": _uuid(here, twin)}
    ]
    with here.db.session(readonly=True) as s:
        assert s.get_one(Member, twin).phone is None
    assert here.problems() == []


def test_sync_is_for_the_owner_or_a_manager(here, other, team, tmp_path):
    cashier: Actor = team[2]
    with here.db.session() as s, pytest.raises(PermissionDenied):
        from loyalty_desktop.services.sync.merge import import_packages

        import_packages(s, cashier, [other.export(tmp_path / "sync").path or tmp_path])


def test_imported_packages_are_recorded(here, other, tmp_path):
    here.import_(other.export(tmp_path / "sync").path)
    with here.db.session(readonly=True) as s:
        [package] = s.exec(select(SyncPackage)).all()
        assert (package.till, package.sequence) == ("till-other", 1)
        assert shop.imported(s) == {"till-other": 1}


def _birthday_bonus(till: Till, member_id: int) -> None:
    with till.db.session() as s:
        rules = load_rules(s)
        note = notes.written(notes.BIRTHDAY_BONUS, year=2026)
        assert grant(s, till.actor, rules, member_id, 50, "birthday:2026", note, utcnow())


def test_a_birthday_bonus_given_at_two_tills_offline_is_given_once(here, other, tmp_path):
    """The bonus given first stands; the till that gave the second takes it back with a
    visible entry, which travels like any other; every till ends with one bonus."""
    folder = tmp_path / "sync"
    member_there = _member_id(other, next(iter(other.balances())))
    here.import_(other.export(folder).path)
    member_here = _member_id(here, next(iter(other.balances())))
    _birthday_bonus(other, member_there)  # first
    _birthday_bonus(here, member_here)  # the same bonus again, here, before any sync

    told = here.import_(other.export(folder).path)
    [conflict] = told.conflicts
    assert conflict["kind"] == "once_only" and conflict["by_till"] == "till-test"
    here.export(folder)
    other.import_(folder)

    assert other.balances() == here.balances()
    assert other.ledger() == here.ledger()
    assert here.problems() == [] and other.problems() == []
    with here.db.session(readonly=True) as s:
        entries = s.exec(select(PointsEntry).where(PointsEntry.member_id == member_here)).all()
        bonus = [e for e in entries if e.kind == "bonus"]
        taken_back = [e for e in entries if e.dedupe_key and e.dedupe_key.startswith("reversed:")]
        assert len(bonus) == 2 and [e.points for e in taken_back] == [-50]
        assert taken_back[0].note == "birthday bonus 2026 given again at another till: taken back"


def _bearer_coupon(till: Till) -> str:
    from loyalty_desktop.services import coupons

    with till.db.session() as s:
        terms = coupons.parse_terms({"kind": "fixed", "value": 1000, "member_bound": False})
        template = coupons.add_template(s, till.actor, "减10元", terms)
        [coupon] = coupons.issue(s, till.actor, template.id or 0, bearer=1).coupons
        return coupon.code


def _coupon_sale(till: Till, code: str) -> str:
    with till.db.session() as s:
        sale = record_sale(s, till.actor, SaleRequest(8000, None, coupon=code)).sale
        assert sale.coupon_discount_cents == 1000
        return sale.uuid


def _redeemed_by(till: Till, code: str) -> str | None:
    with till.db.session(readonly=True) as s:
        coupon = s.exec(select(Coupon).where(Coupon.code == code)).one()
        return s.get_one(Sale, coupon.sale_id).uuid if coupon.sale_id else None


def test_a_coupon_travels_and_its_redemption_with_the_sale_that_used_it(here, other, tmp_path):
    folder = tmp_path / "sync"
    code = _bearer_coupon(here)  # issued here
    other.import_(here.export(folder).path)
    sale = _coupon_sale(other, code)  # used at the other till

    here.import_(other.export(folder).path)

    assert _redeemed_by(here, code) == _redeemed_by(other, code) == sale
    assert here.problems() == [] and other.problems() == []


def test_a_coupon_given_back_by_a_refund_comes_back_on_every_till(here, other, tmp_path):
    code = _bearer_coupon(other)
    sale = _coupon_sale(other, code)
    with other.db.session(readonly=True) as s:
        sale_id = s.exec(select(Sale.id).where(Sale.uuid == sale)).one() or 0
    with other.db.session() as s:
        refund_sale(s, other.actor, sale_id, None, note="returned")

    here.import_(other.export(tmp_path / "sync").path)

    assert _redeemed_by(here, code) is None and _redeemed_by(other, code) is None
    assert here.problems() == []


def test_a_coupon_redeemed_at_two_tills_offline_is_reported(here, other, tmp_path):
    folder = tmp_path / "sync"
    code = _bearer_coupon(here)
    other.import_(here.export(folder).path)
    first = _coupon_sale(here, code)
    second = _coupon_sale(other, code)  # offline: the other till does not know yet

    summary = here.import_(other.export(folder).path)

    assert {"kind": "coupon", "coupon": summary.conflicts[0]["coupon"], "sale": second} in (
        summary.conflicts
    )
    assert _redeemed_by(here, code) == first  # the one redeemed here first stays


def test_an_expiry_travels_naming_its_lot_as_numbered_here(here, tmp_path, db):
    """An expiry's once-only key names the lot it lapses by id: imported, it names that lot's
    id here, and `loyalty check` still proves the expiry within its lot."""
    from datetime import timedelta

    from loyalty_desktop.services.expiry import run_expiry
    from loyalty_desktop.services.rules import Expiry, save_rules

    till = open_till(tmp_path / "expiring.db", "till-expiring", shop_of(db))
    long_ago = utcnow() - timedelta(days=200)
    with till.db.session() as s:
        rules = load_rules(s).model_copy(update={"expiry": Expiry(months=3)})
        save_rules(s, till.actor, rules, long_ago)
        member = enrol(
            s, till.actor, Enrolment(name="赵六", phone="13600136000", enrolled_at=long_ago)
        )
        record_sale(s, till.actor, SaleRequest(9000, member.id, at=long_ago))
    with till.db.session() as s:
        assert run_expiry(s, till.actor).points == 90
    _sale(here, _enrol(here, "13600136001", "钱七"), 500)  # ids here are not the other till's

    here.import_(till.export(tmp_path / "sync").path)

    assert here.problems() == []
    assert here.ledger() >= till.ledger()
    with here.db.session(readonly=True) as s:
        [lapse] = s.exec(select(PointsEntry).where(PointsEntry.kind == "expire")).all()
        lot = s.get_one(PointsEntry, int((lapse.dedupe_key or "").removeprefix("expire:")))
        assert (lot.kind, lot.points, lot.origin_till) == ("earn", 90, "till-expiring")
        assert lapse.dedupe_key != "expire:1"  # the lot is entry 1 at its own till


def test_a_sale_refunded_in_full_at_two_tills_is_reported_and_does_not_stop_the_sync(
    here, other, tmp_path
):
    folder = tmp_path / "sync"
    here.import_(other.export(folder).path)
    with other.db.session(readonly=True) as s:
        sale = s.exec(select(Sale).where(Sale.refunded_cents == 0)).one()
        sale_uuid, there = sale.uuid, sale.id
    with here.db.session(readonly=True) as s:
        sale_here = s.exec(select(Sale).where(Sale.uuid == sale_uuid)).one().id
    with other.db.session() as s:
        refund_sale(s, other.actor, there or 0, None, note="returned")
    with here.db.session() as s:
        refund_sale(s, here.actor, sale_here or 0, None, note="returned, again")

    summary = here.import_(other.export(folder).path)

    assert [c["kind"] for c in summary.conflicts] == ["refund"]
    assert summary.conflicts[0]["sale"] == sale_uuid
    with here.db.session(readonly=True) as s:
        sale = s.exec(select(Sale).where(Sale.uuid == sale_uuid)).one()
        assert (sale.refunded_cents, sale.status) == (sale.paid_cents, "refunded")


def test_a_sale_s_lines_travel_with_it_and_an_older_till_s_package_needs_none(
    here, other, tmp_path
):
    latte, cake = ItemLine("LAT", "拿铁", 2, 2800, "咖啡"), ItemLine("CAKE", "蛋糕", 1, 3500)
    with other.db.session() as s:
        record_sale(s, other.actor, SaleRequest(9100, None, receipt="lines", items=(latte, cake)))
    exported = other.export(tmp_path / "sync").path
    here.import_(exported)
    with here.db.session(readonly=True) as s:
        sale = s.exec(select(Sale).where(Sale.receipt == "lines")).one()
        lines = s.exec(select(SaleItem).where(SaleItem.sale_id == sale.id)).all()
    assert [(x.code, x.name, x.category, x.quantity, x.unit_price_cents) for x in lines] == [
        ("LAT", "拿铁", "咖啡", 2, 2800),
        ("CAKE", "蛋糕", "", 1, 3500),
    ]
    # A package written before sales had lines has no such file: it imports all the same.
    _sale(other, None, 700)
    older = other.export(tmp_path / "sync").path
    manifest = json.loads((older / MANIFEST).read_text(encoding="utf-8"))
    del manifest["files"]["sale_item.csv"]
    manifest["schema"] = "0016"
    (older / "sale_item.csv").unlink()
    (older / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert here.import_(older).imported == [older.name]
