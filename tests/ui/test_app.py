from loyalty_desktop.app import build_main_window


def test_main_window_names_the_open_database(qtbot, db) -> None:
    window = build_main_window(db)
    qtbot.addWidget(window)
    window.show()
    assert str(db.sqlite_path) in window.centralWidget().text()
    assert window.statusBar().currentMessage() == str(db.sqlite_path)
