"""The database server's password asked as the till starts, when no keyring keeps it (it is
never written to a file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from loyalty_desktop.core.config import Server


def ask_server_password(server: Server, parent: QWidget | None = None) -> str | None:
    """The password typed for ``server``; None when the owner cancelled (the app then stops)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ServerPassword", "Database server"),
        QCoreApplication.translate(
            "ServerPassword", "Password of {user} on the shop's server {host}:"
        ).format(user=server.user, host=server.host),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
