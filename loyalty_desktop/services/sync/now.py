"""Sync now (the Sync tab's button, and the till's own sync at start-up and close): import what
the other tills left in this till's sync folder, then export this till's new rows into it.

Two transactions, the import first: its packages are this till's ``requires`` in the export,
and an export that fails (a stick pulled out) leaves the import done.
"""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.settings import sync_folder, syncs_automatically
from loyalty_desktop.services.sync.export import Exported, export_package
from loyalty_desktop.services.sync.merge import Summary, import_packages
from loyalty_desktop.store.db import Database, changes_made


@dataclass(frozen=True)
class SyncDone:
    summary: Summary
    exported: Exported
    changes: Change  # what the import changed, for the views to refresh


def sync_now(db: Database, actor: Actor, *, automatic: bool = False) -> SyncDone | None:
    """Import, then export, through this till's sync folder. ``automatic``: the till's own
    sync, which needs no role and does nothing (None) unless the owner switched it on."""
    with db.session(readonly=True) as session:
        folder = sync_folder(session, db.till_id)
        if automatic and not (folder and syncs_automatically(session, db.till_id)):
            return None
    if folder is None:
        raise InvalidInput(field="folder", reason="no_sync_folder")
    if not folder.is_dir():
        raise InvalidInput(field="folder", reason="folder_missing")
    with db.session() as session:
        summary = import_packages(session, actor, [folder], automatic=automatic)
    changes = changes_made(session)
    with db.session() as session:
        exported = export_package(session, actor, folder, automatic=automatic)
    return SyncDone(summary, exported, changes)
