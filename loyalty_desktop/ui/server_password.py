"""The database server's password asked as the till starts, when no keyring keeps it (it is
never written to a file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from loyalty_desktop.core.config import Server


def ask_server_password(
    server: Server, parent: QWidget | None = None, refused: str = ""
) -> str | None:
    """The password typed for ``server`` (``refused``: why the last one did not work); None
    when the owner cancelled (the app then stops)."""
    question = QCoreApplication.translate(
        "ServerPassword", "Password of {user} on the shop's server {host}:"
    ).format(user=server.user, host=server.host)
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ServerPassword", "Database server"),
        f"{refused}\n\n{question}" if refused else question,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
