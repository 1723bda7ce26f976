"""Is a file on a network drive? SQLite's file locking is unreliable over NFS, SMB/CIFS, sshfs
and the like (two tills can both believe they hold the write lock and damage the file), so the
shop's SQLite file is refused there: several tills share a PostgreSQL server instead.

The decisions are pure functions of what the system says (Linux's mount table, Windows' drive
types), so they are tested with given tables; ``network_filesystem`` asks this system."""

from __future__ import annotations

import ctypes
import os
import re
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

# Linux filesystem types that reach another machine (fuse.sshfs as /proc/mounts names sshfs).
NETWORK_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive
MOUNTS = Path("/proc/mounts")


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040 (octal escapes)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def linux_network_type(path: PurePath, mounts: str) -> str | None:
    """The network filesystem type of the mount that holds ``path`` (an absolute path), from
    the text of /proc/mounts; None when it is a local one. The longest mount point that
    contains the path wins (a later mount over the same point hides an earlier one)."""
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = PurePath(_unescape(fields[1])), fields[2]
        if (point == path or point in path.parents) and (
            best is None or len(point.parts) >= best[0]
        ):
            best = (len(point.parts), fstype)
    if best is None or best[1] not in NETWORK_TYPES:
        return None
    return best[1]


def windows_network_type(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    """ "UNC" for a \\\\server\\share path, "network drive" for a drive letter that Windows says
    is remote (``drive_type("Z:\\\\")``), else None."""
    if path.drive.startswith("\\\\"):
        return "UNC"
    if path.drive and drive_type(path.drive + "\\") == DRIVE_REMOTE:
        return "network drive"
    return None


def network_filesystem(path: Path) -> str | None:
    """The kind of network filesystem ``path`` lies on, on this system; None when it is local
    (or when the system cannot tell)."""
    where = path.expanduser().absolute()
    if os.name == "nt":
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        return windows_network_type(PureWindowsPath(where), kernel32.GetDriveTypeW)
    try:
        mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # not Linux (macOS): nothing to read the mounts from
    return linux_network_type(Path(os.path.realpath(where)), mounts)
