"""Sync now, through the till's sync folder: the other tills' packages in, then this till's
rows out; the till's own sync at start-up and close only when the owner switched it on."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select
from support import snapshot
from sync_tills import Till, open_till, shop_of

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import InvalidInput, PermissionDenied
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.settings import set_sync_folder, set_syncs_automatically
from loyalty_desktop.services.sync.now import sync_now
from loyalty_desktop.store.models import Role, Sale, Staff


def _sell(till: Till, phone: str, cents: int) -> None:
    with till.db.session() as s:
        member = enrol(s, till.actor, Enrolment(name="王芳", phone=phone))
        record_sale(s, till.actor, SaleRequest(cents, member.id))


def _sales(till: Till) -> set[str]:
    with till.db.session(readonly=True) as s:
        return set(s.exec(select(Sale.uuid)))


def _through(till: Till, folder: Path, automatic: bool = False) -> None:
    with till.db.session() as s:
        set_sync_folder(s, till.db.till_id, folder)
        set_syncs_automatically(s, till.db.till_id, automatic)


@pytest.fixture
def tills(tmp_path, db, actor) -> tuple[Till, Till, Path]:
    folder = tmp_path / "shared"
    folder.mkdir()
    here = Till(db, actor)
    other = open_till(tmp_path / "other.db", "till-other", shop_of(db))
    _through(here, folder)
    _through(other, folder)
    return here, other, folder


def test_two_tills_agree_after_each_syncs(tills) -> None:
    here, other, _folder = tills
    _sell(here, "13800000001", 8800)
    _sell(other, "13800000002", 4500)
    first = sync_now(other.db, other.actor)  # nothing of ours there yet: it only exports
    assert first is not None and first.summary.imported == [] and first.exported.path
    done = sync_now(here.db, here.actor)
    assert done is not None and done.summary.imported == [first.exported.path.name]
    assert done.summary.rows_in["sale"] == 1 and done.changes
    sync_now(other.db, other.actor)
    assert _sales(here) == _sales(other) and len(_sales(here)) == 2
    # Each import's audit line travels once more, and then the tills fall quiet.
    rounds = [(sync_now(here.db, here.actor), sync_now(other.db, other.actor)) for _ in range(2)]
    quiet = rounds[-1]
    assert all(d is not None and not d.summary.imported and not d.exported.path for d in quiet)
    assert here.problems() == [] and other.problems() == []


def test_the_tills_own_sync_waits_for_the_owners_word(tills) -> None:
    _here, other, folder = tills
    _sell(other, "13800000002", 4500)
    assert sync_now(other.db, other.actor, automatic=True) is None  # not switched on
    assert not any(folder.iterdir())
    _through(other, folder, automatic=True)
    done = sync_now(other.db, other.actor, automatic=True)
    assert done is not None and done.exported.path is not None


def test_a_cashier_syncs_only_as_the_till_s_own_sync(tills) -> None:
    here, _other, folder = tills
    with here.db.session() as s:
        staff = Staff(
            name="Li Lei", role=Role.CASHIER, origin_till=here.db.till_id, created_at=utcnow()
        )
        s.add(staff)
        s.flush()
        cashier = Actor(staff.id or 0, here.db.till_id)
    before = snapshot(here.db)
    with pytest.raises(PermissionDenied):
        sync_now(here.db, cashier)
    assert snapshot(here.db) == before
    _through(here, folder, automatic=True)
    _sell(here, "13800000001", 8800)
    assert sync_now(here.db, cashier, automatic=True) is not None


def test_no_folder_or_a_missing_one_is_one_clear_line(tmp_path, db, actor) -> None:
    here = Till(db, actor)
    with pytest.raises(InvalidInput, match="no sync folder is chosen"):
        sync_now(here.db, here.actor)
    assert sync_now(here.db, here.actor, automatic=True) is None
    gone = tmp_path / "stick"
    gone.mkdir()
    _through(here, gone, automatic=True)
    gone.rmdir()
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="does not exist"):
        sync_now(here.db, here.actor, automatic=True)
    assert snapshot(db) == before


def test_a_sync_folder_must_be_a_full_path_to_a_folder(tmp_path, db) -> None:
    with db.session() as s, pytest.raises(InvalidInput, match="not a full path"):
        set_sync_folder(s, db.till_id, Path("relative/folder"))
    with db.session() as s, pytest.raises(InvalidInput, match="does not exist"):
        set_sync_folder(s, db.till_id, tmp_path / "nowhere")
