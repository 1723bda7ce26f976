"""Settings → Database (the owner's): which database this till works on; this computer's SQLite
file or a PostgreSQL server that several tills share, tested from here ("Test connection"),
and the shop moved onto an empty server. The choice is this user's and applies at the next
start; the server's password goes to the system's keyring, never into the settings file."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core.config import Server
from loyalty_desktop.services.move_to_server import Moved
from loyalty_desktop.services.server import ServerState
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.theme import named, set_tone


class DatabaseTab(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.in_use = named(QLabel(wordWrap=True), "panelTitle")
        self.use_sqlite = QRadioButton(self.tr("SQLite file (this computer)"))
        self.use_server = QRadioButton(self.tr("PostgreSQL server (several tills)"))
        choice = QButtonGroup(self)
        for button in (self.use_sqlite, self.use_server):
            choice.addButton(button)
            button.toggled.connect(self._enable)
        self.host = named(QLineEdit(placeholderText="192.168.1.10"), "serverHost")
        self.port = QSpinBox(minimum=1, maximum=65_535, value=5432)
        self.database = named(QLineEdit("loyalty"), "serverDatabase")
        self.user = named(QLineEdit("loyalty"), "serverUser")
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "serverPassword")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.move_button = QPushButton(self.tr("Move this shop to the server"))
        self.save_button = named(QPushButton(self.tr("Save")), "primary")
        self.test_button.clicked.connect(self.test_connection)
        self.move_button.clicked.connect(self.move_shop)
        self.save_button.clicked.connect(self.save)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = named(QLabel(wordWrap=True), "message")
        self._lay_out()
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.keeping.text():
            self.keeping.setText(
                self.tr("The password is kept in this computer's keyring, never in a file.")
                if actions.keyring_available()
                else self.tr(
                    "This computer has no keyring to keep the password in: the till asks for "
                    "it each time it starts. It is never written to a file."
                )
            )

    def _lay_out(self) -> None:
        """Compact enough to fit 1024×768 with the outcome line in view: the server's details
        two to a row, the actions and Save on one row."""
        self.server_form = QWidget()
        grid = QGridLayout(self.server_form)
        grid.setContentsMargins(24, 0, 0, 0)
        cells = (
            (self.tr("Host"), self.host, self.tr("Port"), self.port),
            (self.tr("Database"), self.database, self.tr("User"), self.user),
        )
        for row, (first, first_field, second, second_field) in enumerate(cells):
            grid.addWidget(QLabel(first), row, 0)
            grid.addWidget(first_field, row, 1)
            grid.addWidget(QLabel(second), row, 2)
            grid.addWidget(second_field, row, 3)
        grid.addWidget(QLabel(self.tr("Password")), 2, 0)
        grid.addWidget(self.password, 2, 1)
        # Where the password is kept: said when the tab is first shown, for asking the system
        # for its keyring takes a while (a D-Bus round trip on Linux).
        self.keeping = QLabel(wordWrap=True)
        grid.addWidget(self.keeping, 3, 1, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.move_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)
        takes_effect = QLabel(self.tr("Takes effect the next time loyalty-desktop starts."))
        takes_effect.setWordWrap(True)
        buttons.addWidget(takes_effect, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_use)
        layout.addWidget(self.use_sqlite)
        layout.addWidget(
            QLabel(
                self.tr(
                    "One till. The file must be on this computer's own disk: on a network "
                    "drive SQLite's locking is unreliable and the shop could be damaged."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.use_server)
        layout.addWidget(self.server_form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _fill(self) -> None:
        self.in_use.setText(
            self.tr("This till works on: {0}").format(actions.database_in_use(self.ops))
        )
        server = actions.saved_server()
        (self.use_server if server else self.use_sqlite).setChecked(True)
        if server is not None:
            self.host.setText(server.host)
            self.port.setValue(server.port)
            self.database.setText(server.database)
            self.user.setText(server.user)
            self.password.setText(actions.remembered_password(server) or "")
        self._enable()

    def _enable(self) -> None:
        on_server = self.use_server.isChecked()
        self.server_form.setEnabled(on_server)
        self.test_button.setEnabled(on_server)
        self.move_button.setEnabled(on_server and actions.sqlite_in_use(self.ops))

    def server(self) -> Server:
        return Server(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def _working(self, working: bool) -> None:
        for button in (self.test_button, self.move_button, self.save_button):
            button.setEnabled(not working)
        self.progress.setRange(0, 0)  # busy until the first step reports
        self.progress.setVisible(working)
        if not working:
            self._enable()

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        self._say(describe(error), "refused")

    # --- testing the connection -------------------------------------------------------------
    def test_connection(self) -> None:
        url = self.server().url(self.password.text())
        self._working(True)
        self._say(self.tr("Connecting to {0}…").format(actions.shown_url(url)), "note")
        actions.start_probe(self.ops, url, on_done=self._tested, on_error=self._failed)

    def _tested(self, state: ServerState) -> None:
        self._working(False)
        if state.empty:
            text = self.tr(
                "Connected to {0}. The database is empty: move this shop to it, or a till "
                "that starts on it begins a new shop."
            ).format(state.url)
        elif state.older:
            text = self.tr(
                "Connected to {0}: a shop with %n member(s); its schema is upgraded when a "
                "till starts on it.",
                "",
                state.members,
            ).format(state.url)
        else:
            text = self.tr("Connected to {0}: a shop with %n member(s).", "", state.members)
            text = text.format(state.url)
        self._say(text, "ok")

    # --- saving the choice, moving the shop ----------------------------------------------------
    def save(self) -> None:
        if self.use_sqlite.isChecked():
            actions.choose_database(None, "")
            self._say(
                self.tr("Saved: from the next start this till works on its SQLite file."), "ok"
            )
            return
        self._save_server(self.tr("Saved: from the next start this till works on {0}."))

    def _save_server(self, said: str) -> None:
        server = self.server()
        kept = actions.choose_database(server, self.password.text())
        keeping = (
            self.tr("The password is kept in the keyring.")
            if kept
            else self.tr("The password will be asked for when the till starts.")
        )
        self._say(f"{said.format(actions.shown_url(server.url()))} {keeping}", "ok")

    def move_shop(self) -> None:
        url = self.server().url(self.password.text())
        self._working(True)
        self._say(self.tr("Moving this shop to {0}…").format(actions.shown_url(url)), "note")
        actions.start_move_to_server(
            self.ops, url, on_done=self._moved, on_error=self._failed, on_progress=self._step
        )

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _moved(self, moved: Moved) -> None:
        self._working(False)
        said = self.tr(
            "Moved %n row(s); `loyalty check` passes on both and the SQLite file is unchanged. "
            "From the next start this till works on {0}.",
            "",
            moved.rows,
        )
        self._save_server(said)
