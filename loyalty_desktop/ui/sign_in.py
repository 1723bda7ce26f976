"""Signing in: the first owner's set-up on a new shop, the sign-in screen (pick your name, type
your PIN) that opens the app and unlocks a locked till, and the idle watch that locks it.

Everything is keyed: arrows or the first letters choose a name, Enter (or the first digit)
goes on to the PIN, Enter signs in. A refusal (wrong PIN, locked account) is shown beside the
PIN; the rules, counting and locking live in services/auth.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core.errors import LoyaltyError, render
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.actions import Database, StaffRow
from loyalty_desktop.ui.language import apply_language, language_for
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.theme import named, set_tone

ROLE_NAMES = {
    "owner": QT_TRANSLATE_NOOP("Roles", "owner"),
    "manager": QT_TRANSLATE_NOOP("Roles", "manager"),
    "cashier": QT_TRANSLATE_NOOP("Roles", "cashier"),
}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NAMES_STYLE = "QListWidget { font-size: 20px; } QListWidget::item { padding: 10px 14px; }"


def role_name(role: str) -> str:
    """A staff role as people call it (店主, 店长, 收银员)."""
    return translate("Roles", ROLE_NAMES[role]) if role in ROLE_NAMES else role


def pins_differ() -> str:
    return QCoreApplication.translate("SignIn", "The two PINs differ: type them again")


def pin_field() -> QLineEdit:
    """A PIN (or password) typed out of sight."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(64)
    return field


class FieldMessages:
    """A form whose refusals are shown beside the field they are about (the error's ``field``),
    or on a line of their own when they name no field of the form."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.notes: dict[str, QLabel] = {}
        self.general = self._note()

    @staticmethod
    def _note() -> QLabel:
        note = named(QLabel(wordWrap=True), "message")
        set_tone(note, "refused")
        return note

    def add(self, key: str, label: str, field: QWidget) -> None:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        self.notes[key] = self._note()
        row.addWidget(self.notes[key], 1)
        self.form.addRow(label, row)

    def finish(self) -> None:
        self.form.addRow(self.general)

    def clear(self) -> None:
        for note in (self.general, *self.notes.values()):
            note.clear()

    def say(self, key: str, text: str) -> None:
        self.clear()
        self.notes.get(key, self.general).setText(text)

    def refuse(self, error: LoyaltyError) -> None:
        """Beside its field without the field's name (the label says it), else in full."""
        field = str(error.params.get("field", ""))
        self.say(field, render(error, short=field in self.notes))


class SetUpOwnerDialog(QDialog):
    """A new shop (or one upgraded with only the placeholder owner): the owner's name and PIN,
    typed twice. Enter goes on from field to field and, on the last, sets the owner up."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.staff: StaffRow | None = None
        self.setWindowTitle(self.tr("Set up the owner"))
        layout = QVBoxLayout(self)
        layout.addWidget(named(QLabel(self.tr("Set up the owner")), "bigName"))
        layout.addWidget(
            QLabel(
                self.tr(
                    "The owner signs in with this name and PIN, and adds the staff in "
                    "Settings → Staff. A PIN has at least 4 characters."
                ),
                wordWrap=True,
            )
        )
        form = QFormLayout()
        self.messages = FieldMessages(form)
        self.name, self.pin, self.again = named(QLineEdit(), "ownerName"), pin_field(), pin_field()
        self.messages.add("name", self.tr("Your name"), self.name)
        self.messages.add("pin", self.tr("PIN"), self.pin)
        self.messages.add("again", self.tr("PIN again"), self.again)
        self.messages.finish()
        layout.addLayout(form)
        self.start = QPushButton(self.tr("Set up and sign in (Enter)"))
        self.start.setAutoDefault(False)
        self.start.clicked.connect(self.submit)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        self.name.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.submit)
        self.setMinimumWidth(560)

    def submit(self) -> None:
        if self.pin.text() != self.again.text():
            self.again.clear()
            self.messages.say("again", pins_differ())
            self.again.setFocus()
            return
        try:
            self.staff = actions.set_up_owner(self.db, self.name.text(), self.pin.text())
        except LoyaltyError as error:
            if error.params.get("field") == "pin":  # typed twice afresh
                self.pin.clear()
                self.again.clear()
                self.pin.setFocus()
            self.messages.refuse(error)
            return
        self.accept()


class SignInDialog(QDialog):
    """Pick your name, type your PIN. At start-up Esc leaves the app; over a locked till
    nothing but a sign-in closes it."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        current: int | None = None,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db, self.locked = db, locked
        self.staff: StaffRow | None = None
        self.setWindowTitle(self.tr("Sign in"))
        heading = self.tr("The till is locked") if locked else self.tr("Who is signing in?")
        layout = QVBoxLayout(self)
        layout.addWidget(named(QLabel(heading), "bigName"))
        layout.addWidget(
            QLabel(self.tr("Choose your name (arrows or first letters), then type your PIN."))
        )
        self.names = named(QListWidget(), "signInNames")
        self.names.setStyleSheet(NAMES_STYLE)
        self._fill(actions.sign_in_accounts(db), current)
        self.names.installEventFilter(self)
        layout.addWidget(self.names, 1)
        form = QFormLayout()
        self.messages = FieldMessages(form)
        self.pin = pin_field()
        self.pin.installEventFilter(self)
        self.messages.add("pin", self.tr("PIN"), self.pin)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if not locked:
            quit_button = QPushButton(self.tr("Quit (Esc)"))
            quit_button.setAutoDefault(False)
            quit_button.clicked.connect(self.reject)
            buttons.addWidget(quit_button)
        self.sign_in_button = named(QPushButton(self.tr("Sign in (Enter)")), "primary")
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self.submit)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)
        self.names.currentRowChanged.connect(self._chosen)
        self.names.itemClicked.connect(lambda _item: self.pin.setFocus())
        self.pin.returnPressed.connect(self.submit)
        self.setMinimumSize(520, 480)
        self.names.setFocus()

    def _fill(self, accounts: list[StaffRow], current: int | None) -> None:
        for staff in accounts:
            item = QListWidgetItem(f"{shown_word(staff.name)}  ·  {role_name(staff.role)}")
            item.setData(Qt.ItemDataRole.UserRole, staff.id)
            self.names.addItem(item)
            if staff.id == current:
                self.names.setCurrentItem(item)
        if self.names.currentRow() < 0:
            self.names.setCurrentRow(0)

    def chosen_id(self) -> int | None:
        item = self.names.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _chosen(self) -> None:
        self.pin.clear()
        self.messages.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.names:
                return self._key_in_names(event)
            if watched is self.pin and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = self.names.currentRow() + step
                self.names.setCurrentRow(max(0, min(row, self.names.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def _key_in_names(self, event: QKeyEvent) -> bool:
        """Enter goes on to the PIN; a digit starts it (letters search the names)."""
        if event.key() in ENTER:
            self.pin.setFocus()
            return True
        if event.text().isdigit():
            self.pin.setFocus()
            self.pin.insert(event.text())
            return True
        return False

    def submit(self) -> None:
        staff_id = self.chosen_id()
        if staff_id is None:
            self.messages.say("pin", self.tr("Choose your name first"))
            return
        try:
            self.staff = actions.sign_in(self.db, staff_id, self.pin.text())
        except LoyaltyError as error:
            self.pin.clear()
            self.messages.say("pin", describe(error))  # wrong or locked: beside the PIN
            self.pin.setFocus()
            return
        self.accept()

    def reject(self) -> None:
        """Esc or the close button: leaves the app at start-up; a locked till stays locked."""
        if not self.locked:
            super().reject()


def first_sign_in(db: Database) -> StaffRow | None:
    """At start-up, in this till's language: the owner's set-up on a shop that has none, else
    the sign-in screen. None when the person leaves instead."""
    apply_language(language_for(actions.till_language_of(db)))
    dialog = SetUpOwnerDialog(db) if actions.needs_first_owner(db) else SignInDialog(db)
    return dialog.staff if dialog.exec() == QDialog.DialogCode.Accepted else None


# --- locking an idle till -------------------------------------------------------------------------
MINUTE_MS = 60_000  # tests make a minute shorter
INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Calls ``on_idle`` after ``minutes`` without a key, a click or a touch anywhere in the
    app. It watches the application's events only while it counts (not with 0 minutes, not
    while paused)."""

    def __init__(self, on_idle: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.minutes = 0
        self.paused = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(on_idle)
        self._watching = False

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self._restart()

    def pause(self) -> None:
        self.paused = True
        self._restart()

    def resume(self) -> None:
        self.paused = False
        self._restart()

    def _restart(self) -> None:
        counting = self.minutes > 0 and not self.paused
        self._watch(counting)
        if counting:
            self.timer.start(self.minutes * MINUTE_MS)
        else:
            self.timer.stop()

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if on == self._watching or app is None:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT:
            self.timer.start()  # the same interval, from now
        return False
