"""A SQLite file on a network drive is refused: its locking is unreliable there. The detection
is a pure function of the system's answers, tested here with given mount tables and drives."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from loyalty_desktop.core.errors import DatabaseError
from loyalty_desktop.core.network_drive import linux_network_type, windows_network_type
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.store import db as store

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
nas:/export/shop /mnt/nas nfs4 rw,relatime,vers=4.2 0 0
//server/shop /mnt/smb cifs rw,vers=3.0 0 0
//server/other /mnt/smb3 smb3 rw 0 0
owner@host:/data /home/li/remote fuse.sshfs rw,nosuid 0 0
drvfs /mnt/c 9p rw,dirsync 0 0
/dev/sdb1 /mnt/nas/local ext4 rw 0 0
//server/a\\040share /mnt/with\\040space cifs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/nas/shop/loyalty.db", "nfs4"),
        ("/mnt/smb/loyalty.db", "cifs"),
        ("/mnt/smb3/loyalty.db", "smb3"),
        ("/home/li/remote/loyalty.db", "fuse.sshfs"),
        ("/mnt/c/Users/li/loyalty.db", "9p"),
        ("/mnt/with space/loyalty.db", "cifs"),  # /proc/mounts escapes the space
        ("/home/li/loyalty.db", None),
        ("/tmp/loyalty.db", None),
        ("/mnt/nas/local/loyalty.db", None),  # a local disk mounted inside the share
        ("/mnt/smbother/loyalty.db", None),  # a longer name is not inside /mnt/smb
    ],
)
def test_linux_mount_table(path: str, kind: str | None) -> None:
    assert linux_network_type(PurePosixPath(path), MOUNTS) == kind


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (r"\\server\shop\loyalty.db", "UNC"),
        (r"Z:\loyalty\loyalty.db", "network drive"),
        (r"C:\Users\li\AppData\loyalty.db", None),
        (r"D:\loyalty.db", None),
    ],
)
def test_windows_paths_and_mapped_drives(path: str, kind: str | None) -> None:
    remote = {"Z:\\": 4, "C:\\": 3, "D:\\": 2}  # GetDriveTypeW: remote, fixed, removable
    assert windows_network_type(PureWindowsPath(path), remote.__getitem__) == kind


def test_opening_a_shop_on_a_network_drive_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(store, "network_filesystem", lambda _path: "cifs")
    file = tmp_path / "shop.db"
    with pytest.raises(DatabaseError) as refused:
        open_shop(f"sqlite:///{file}")
    assert "network drive (cifs)" in str(refused.value)
    assert "locking is unreliable" in str(refused.value)
    assert not file.exists()  # refused before anything was written


def test_a_local_shop_opens(tmp_path) -> None:
    open_shop(f"sqlite:///{tmp_path / 'shop.db'}", till_id="till-test").dispose()
