from PySide6.QtWidgets import QLabel

from loyalty_desktop.app import build_main_window


def test_status_bar_names_the_database_and_the_staff_member(qtbot, db) -> None:
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert any(str(db.sqlite_path) in text for text in texts)
    assert any("Owner" in text for text in texts)
