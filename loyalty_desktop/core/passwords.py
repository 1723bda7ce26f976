"""The database server's password, kept in the operating system's keyring (Windows Credential
Manager, macOS Keychain, the desktop's Secret Service) through the ``keyring`` package. Never in
a file of ours: where no keyring can keep it, the till asks for it each time it starts.

Backends that would write it to a plain file, or that store nothing (keyring's ``fail`` and
``null``, keyrings.alt's files: all below priority 1), count as no keyring at all."""

from __future__ import annotations

from typing import Any

SERVICE = "loyalty-desktop"
TRUSTED_PRIORITY = 1


def _keyring() -> Any | None:
    """The system's keyring when it can keep a secret safely, else None."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        return backend if backend.priority >= TRUSTED_PRIORITY else None
    except (KeyringError, RuntimeError):
        return None


def available() -> bool:
    return _keyring() is not None


def stored(account: str) -> str | None:
    """The password kept for ``account`` (user@host:port/database); None if none or no keyring."""
    backend = _keyring()
    if backend is None:
        return None
    try:
        password = backend.get_password(SERVICE, account)
    except Exception:  # a locked or broken keyring: the till asks instead
        return None
    return password if isinstance(password, str) else None


def store(account: str, password: str) -> bool:
    """Keep ``password`` for ``account``; False when there is no keyring to keep it in."""
    backend = _keyring()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, account, password)
    except Exception:  # the keyring refused (locked, cancelled): nothing kept
        return False
    return True


def forget(account: str) -> None:
    backend = _keyring()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, account)
    except Exception:  # nothing was kept for it
        return
