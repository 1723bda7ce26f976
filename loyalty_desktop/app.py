"""GUI entry point. The till arrives with the next milestone; for now a window that opens the
shop's database and says what it found."""

from __future__ import annotations

import sys

from loyalty_desktop.config import resolve_database_url


def main() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from loyalty_desktop.db import open_database

    app = QApplication(sys.argv)
    db = open_database(resolve_database_url())
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("MainWindow", "loyalty-desktop"))
    window.setCentralWidget(QLabel(db.display_name()))
    window.resize(900, 600)
    window.show()
    return app.exec()
