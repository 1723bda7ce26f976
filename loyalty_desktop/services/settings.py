"""The key/value settings table, JSON-encoded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import Session

from loyalty_desktop.core import i18n
from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.store.models import Setting


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded


def _language_key(till_id: str) -> str:
    return f"till.{till_id}.language"


def till_language(session: Session, till_id: str) -> str:
    """This till's language setting: "system" (follow the computer) or one of i18n.LANGUAGES."""
    return str(get_setting(session, _language_key(till_id), i18n.SYSTEM))


def set_till_language(session: Session, till_id: str, value: str) -> None:
    """Remember this till's language; anything but "system" or a catalogue language is refused."""
    if value not in (i18n.SYSTEM, *i18n.LANGUAGES):
        choices = ", ".join((i18n.SYSTEM, *i18n.LANGUAGES))
        raise InvalidInput(field="language", reason="one_of", choices=choices)
    set_setting(session, _language_key(till_id), value)


# Which screen the customer display goes to: "automatic" (the first screen that is not the
# till's) or a screen by the name the window system gives it (QScreen.name(), e.g. "HDMI-1").
AUTOMATIC_SCREEN = "automatic"
SCREEN_NAME_LIMIT = 100


def _display_screen_key(till_id: str) -> str:
    return f"till.{till_id}.display_screen"


def display_screen(session: Session, till_id: str) -> str:
    """This till's customer-display screen setting; a stored value that is no screen name
    (written by some other version) reads as automatic."""
    value = get_setting(session, _display_screen_key(till_id), AUTOMATIC_SCREEN)
    return value if isinstance(value, str) and value.strip() else AUTOMATIC_SCREEN


def set_display_screen(session: Session, till_id: str, value: str) -> None:
    """Remember the screen for this till's customer display: "automatic" or a screen's name
    (one not connected today is kept: the display falls back to automatic until it is)."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(field="screen", reason="required")
    check_length("screen", value, SCREEN_NAME_LIMIT)
    set_setting(session, _display_screen_key(till_id), value)


def _backup_folder_key(till_id: str) -> str:
    return f"till.{till_id}.backup_folder"  # a path on this till's computer


def backup_folder(session: Session, till_id: str) -> Path | None:
    """The folder this till's automatic backups go to (None: not chosen yet)."""
    value = get_setting(session, _backup_folder_key(till_id))
    return Path(value) if value else None


def set_backup_folder(session: Session, till_id: str, folder: Path) -> None:
    """Remember the backup folder: a full path to a folder that exists now (a USB stick may be
    unplugged later; each backup then says so)."""
    set_setting(session, _backup_folder_key(till_id), _chosen_folder(folder))


def _chosen_folder(folder: Path) -> str:
    """A folder chosen to keep: a full path to a folder that exists now."""
    if not folder.is_absolute():
        raise InvalidInput(field="folder", reason="not_absolute", path=folder)
    if not folder.is_dir():
        raise InvalidInput(field="folder", reason="folder_missing")
    return str(folder)


def _sync_folder_key(till_id: str) -> str:
    return f"till.{till_id}.sync_folder"  # a path on this till's computer


def sync_folder(session: Session, till_id: str) -> Path | None:
    """The folder this till syncs through (a shared folder, a USB stick); None: not chosen."""
    value = get_setting(session, _sync_folder_key(till_id))
    return Path(value) if value else None


def set_sync_folder(session: Session, till_id: str, folder: Path) -> None:
    set_setting(session, _sync_folder_key(till_id), _chosen_folder(folder))


def _sync_automatically_key(till_id: str) -> str:
    return f"till.{till_id}.sync_at_start_and_close"


def syncs_automatically(session: Session, till_id: str) -> bool:
    """Whether this till syncs as the app starts and as it closes."""
    return get_setting(session, _sync_automatically_key(till_id), False) is True


def set_syncs_automatically(session: Session, till_id: str, value: bool) -> None:
    set_setting(session, _sync_automatically_key(till_id), bool(value))


# A till left alone locks itself after this many minutes without a key or a click; 0 = never.
AUTO_LOCK_DEFAULT = 5
AUTO_LOCK_LONGEST = 240


def _auto_lock_key(till_id: str) -> str:
    return f"till.{till_id}.auto_lock_minutes"


def till_auto_lock(session: Session, till_id: str) -> int:
    """Idle minutes before this till locks itself (0: it never does); a value stored wrongly
    (by hand, by another version) reads as the default, never as "never"."""
    value = get_setting(session, _auto_lock_key(till_id), AUTO_LOCK_DEFAULT)
    if isinstance(value, bool) or not isinstance(value, int):
        return AUTO_LOCK_DEFAULT
    return value if 0 <= value <= AUTO_LOCK_LONGEST else AUTO_LOCK_DEFAULT


def set_till_auto_lock(session: Session, till_id: str, minutes: int) -> None:
    """Remember this till's idle minutes: a whole number from 0 (never) to AUTO_LOCK_LONGEST."""
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise InvalidInput(field="value", reason="must_be_whole")
    if minutes < 0:
        raise InvalidInput(field="value", reason="negative")
    if minutes > AUTO_LOCK_LONGEST:
        raise InvalidInput(field="value", reason="at_most", most=AUTO_LOCK_LONGEST)
    set_setting(session, _auto_lock_key(till_id), minutes)
