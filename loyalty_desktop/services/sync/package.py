"""A sync package on disk: a folder named ``<till>-<sequence>`` holding one UTF-8 CSV per table
and ``manifest.json`` (the shop, the till, the sequence number, the packages of other tills its
rows refer to, the schema revision, and each file's row count and SHA-256).

Written into a hidden folder and renamed when complete, so a package that looks complete is
one. Read back only whole: the manifest, every file's checksum and every row's values and hash
chain are verified before a single row is merged; a package that fails any of it is refused
with one error that says why.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loyalty_desktop.core.errors import FileFailed, SyncRefused
from loyalty_desktop.services import member_changes
from loyalty_desktop.services.sync.tables import TABLES, Synced, read_value
from loyalty_desktop.store import chain
from loyalty_desktop.store.db import known_revision
from loyalty_desktop.store.models import MemberChange

MANIFEST = "manifest.json"
FORMAT = 1
KIND = "loyalty-sync-package"


@dataclass
class Package:
    """A verified package: its manifest's facts and its rows, typed as the columns store them."""

    path: Path
    shop_id: str
    till_id: str
    sequence: int
    schema: str
    requires: dict[str, int]
    head: bool = False  # from the head till: its rules, survey and staff rows may be taken
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name


def package_name(till_id: str, sequence: int) -> str:
    return f"{till_id}-{sequence:06d}"


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def write_package(
    folder: Path,
    manifest: dict[str, Any],
    tables: dict[str, tuple[list[str], list[list[str]]]],
) -> Path:
    """Write the package into ``folder`` as one step: complete, or not there at all."""
    name = package_name(manifest["till_id"], manifest["sequence"])
    final = folder / name
    if final.exists():
        raise FileFailed(path=final, reason="sync_exists")
    folder.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=folder))
    try:
        files = {}
        for table, (header, rows) in tables.items():
            data = _csv_bytes(header, rows)
            (partial / f"{table}.csv").write_bytes(data)
            files[f"{table}.csv"] = {"rows": len(rows), "sha256": hashlib.sha256(data).hexdigest()}
        document = {"kind": KIND, "format": FORMAT, **manifest, "files": files}
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
        (partial / MANIFEST).write_text(text, encoding="utf-8")
        os.replace(partial, final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


# --- reading ------------------------------------------------------------------------------------


def is_package(folder: Path) -> bool:
    """A package, whole or not: its manifest, or files of its tables (one copied in part)."""
    return (folder / MANIFEST).is_file() or any(folder.glob("*.csv"))


def _well_formed(document: Any) -> bool:
    if not isinstance(document, dict) or document.get("kind") != KIND:
        return False
    texts = [document.get(key) for key in ("shop_id", "till_id", "schema")]
    requires, sequence = document.get("requires"), document.get("sequence")
    return (
        document.get("format") == FORMAT
        and all(isinstance(text, str) and text for text in texts)
        and isinstance(sequence, int)
        and sequence > 0
        and isinstance(requires, dict)
        and all(isinstance(v, int) for v in requires.values())
        and isinstance(files := document.get("files"), dict)
        and all(isinstance(listed, dict) for listed in files.values())
    )


def _manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not path.is_file():
        raise SyncRefused(path=folder, reason="sync_no_manifest")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise SyncRefused(path=folder, reason="sync_bad_manifest") from None
    if not _well_formed(document):
        raise SyncRefused(path=folder, reason="sync_bad_manifest")
    return document


def _file_rows(folder: Path, name: str, listed: dict[str, Any], synced: Synced) -> list[list[str]]:
    """The rows of one file, after its size in rows and its checksum are proved."""
    path = folder / name
    if not path.is_file():
        raise SyncRefused(path=folder, reason="sync_missing_file", file=name)
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != listed.get("sha256"):
        raise SyncRefused(path=folder, reason="sync_checksum", file=name)
    try:
        header, *rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    except (UnicodeDecodeError, ValueError, csv.Error):
        raise SyncRefused(path=folder, reason="sync_bad_file", file=name) from None
    if header != synced.columns() or len(rows) != listed.get("rows"):
        raise SyncRefused(path=folder, reason="sync_bad_file", file=name)
    return rows


def _typed(folder: Path, name: str, synced: Synced, rows: list[list[str]]) -> list[dict[str, Any]]:
    header, table = synced.columns(), synced.table
    typed = []
    for number, cells in enumerate(rows, start=2):
        if len(cells) != len(header):
            raise SyncRefused(path=folder, reason="sync_bad_row", file=name, line=number)
        try:
            typed.append(
                {
                    column: read_value(table.c[column], text)
                    if column in table.c
                    else (text or None)
                    for column, text in zip(header, cells, strict=True)
                }
            )
        except ValueError:
            raise SyncRefused(path=folder, reason="sync_bad_row", file=name, line=number) from None
    return typed


def _check_chain(folder: Path, table: str, rows: list[dict[str, Any]]) -> None:
    """The package's rows of an append-only table follow one another and match their hashes
    (as their till hashed them); where the chain starts is the importer's to check."""
    for number, row in enumerate(rows, start=2):
        if row["row_hash"] != chain.row_hash(table, row, row["prev_hash"]):
            raise SyncRefused(path=folder, reason="sync_bad_row", file=f"{table}.csv", line=number)
    for number, (row, after) in enumerate(itertools.pairwise(rows), start=3):
        if after["prev_hash"] != row["row_hash"]:
            raise SyncRefused(path=folder, reason="sync_bad_row", file=f"{table}.csv", line=number)


def read_package(folder: Path) -> Package:
    """The package in ``folder``, verified whole (the shop it belongs to is the merge's to
    check), or SyncRefused."""
    document = _manifest(folder)
    if not known_revision(document["schema"]):
        raise SyncRefused(path=folder, reason="sync_newer_schema", revision=document["schema"])
    package = Package(
        path=folder,
        shop_id=document["shop_id"],
        till_id=document["till_id"],
        sequence=document["sequence"],
        schema=document["schema"],
        requires=dict(document["requires"]),
        head=document.get("head") is True,
    )
    files: dict[str, Any] = document["files"]
    for synced in TABLES:
        name = f"{synced.name}.csv"
        if name not in files and package.schema < synced.since:  # a till not yet upgraded
            package.rows[synced.name] = []
            continue
        if name not in files:
            raise SyncRefused(path=folder, reason="sync_missing_file", file=name)
        rows = _typed(folder, name, synced, _file_rows(folder, name, files[name], synced))
        if any(row["origin_till"] != package.till_id for row in rows):  # a till sends its own
            raise SyncRefused(path=folder, reason="sync_bad_file", file=name)
        if synced.chained:
            _check_chain(folder, synced.name, rows)
        if synced.model is MemberChange and (bad := member_changes.bad_row(rows)) is not None:
            raise SyncRefused(path=folder, reason="sync_bad_row", file=name, line=bad + 2)
        package.rows[synced.name] = rows
    return package
