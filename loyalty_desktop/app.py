"""GUI bootstrap: the application, its theme and translations, the database, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from loyalty_desktop.core import config, passwords
from loyalty_desktop.core.errors import DatabaseDamaged, InvalidInput, LoyaltyError
from loyalty_desktop.core.i18n import translate
from loyalty_desktop.core.logs import start_log
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.demo import needs_welcome
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.staff import ensure_owner
from loyalty_desktop.store.db import Database, sqlite_file
from loyalty_desktop.store.models import Staff
from loyalty_desktop.store.models.base import saved_id
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.backups import backup_at_close, start_automatic_backup
from loyalty_desktop.ui.damaged_shop import DamagedShopDialog
from loyalty_desktop.ui.icons import app_icon
from loyalty_desktop.ui.language import apply_language, language_for, system_language
from loyalty_desktop.ui.main_window import MainWindow
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.server_password import ask_server_password
from loyalty_desktop.ui.sign_in import first_sign_in
from loyalty_desktop.ui.sync_view import start_automatic_sync, sync_at_close
from loyalty_desktop.ui.theme import apply_theme
from loyalty_desktop.ui.welcome import WelcomeDialog


def sign_in(db: Database, staff_id: int | None = None) -> tuple[Operations, Staff]:
    """The operations acting as ``staff_id``, whom the sign-in screen let in (``main``); without
    one (tests, screenshots), as the shop's first owner."""
    with db.session() as session:
        staff = session.get(Staff, staff_id) if staff_id else ensure_owner(session, db.till_id)
        if staff is None:
            raise InvalidInput(field="staff", reason="no_staff", staff_id=staff_id)
    return Operations(db, Actor(saved_id(staff), db.till_id), staff.role), staff


def build_main_window(db: Database, staff_id: int | None = None) -> MainWindow:
    """The window for this till, in this till's language, for a staff member signed in."""
    ops, staff = sign_in(db, staff_id)
    apply_language(language_for(actions.language_setting(ops)))
    return MainWindow(ops, staff.name)


def _show_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Last line of defence: one calm sentence on screen (``describe`` logs the traceback);
    the event loop goes on, so the till stays usable."""
    error.__traceback__ = error.__traceback__ or tb
    QMessageBox.warning(None, "loyalty-desktop", describe(error))


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The options, read before Qt starts (so ``--help`` prints and exits without a window)."""
    parser = argparse.ArgumentParser(
        prog="loyalty-desktop",
        description=translate("App", "The loyalty till and back office."),
    )
    config.add_database_options(parser)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "App",
            "check this installation on a temporary shop (a sale with a coupon, the PDFs, "
            "the main window), print one line and quit",
        ),
    )
    return parser.parse_args(argv)


def database_url(args: argparse.Namespace) -> str | None:
    """The options first, then the environment, then this user's choice (as the CLI); the
    server's password asked for when no keyring keeps it (None: the owner cancelled)."""
    server = config.chosen_server(args.db, args.database_url)
    if server is not None and passwords.stored(server.account) is None:
        password = ask_server_password(server)
        return None if password is None else server.url(password)
    return config.resolve_database_url(args.db, args.database_url)


LOGIN_REFUSED = ("wrong_login", "password_needed")


def open_chosen_shop(args: argparse.Namespace) -> Database | None:
    """The shop this till starts on. A password the chosen server refuses is forgotten from
    the keyring and asked for again (the one that works is kept there, if there is one); a
    damaged SQLite file offers to put a backup in its place. None after saying why the shop
    cannot be opened, or when the owner cancelled."""
    server = config.chosen_server(args.db, args.database_url)
    url = database_url(args)
    while url is not None:
        try:
            db = open_shop(url, check_later=True)  # the whole file is checked once shown
        except DatabaseDamaged as damage:  # a SQLite file: offer to put a backup in its place
            live = sqlite_file(url)
            if live is None or not DamagedShopDialog(live, damage).exec():
                return None
            continue  # the backup is in place: open it
        except LoyaltyError as error:
            if server is None or error.params.get("reason") not in LOGIN_REFUSED:
                QMessageBox.critical(None, "loyalty-desktop", describe(error))
                return None
            passwords.forget(server.account)
            password = ask_server_password(server, refused=describe(error))
            url = None if password is None else server.url(password)
            continue
        if server is not None and (password := make_url(url).password):
            passwords.store(server.account, str(password))
        return db
    return None


def start_application() -> QApplication:
    """The application with its name, icon, look and the computer's language."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName(config.APP_NAME)
    app.setDesktopFileName(config.APP_NAME)  # the task bar matches the window to its entry
    app.setWindowIcon(app_icon())
    apply_theme(app)
    apply_language(system_language())  # until the shop is open and this till's setting known
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = start_application()
    if args.self_test:  # on a temporary shop: no log, the user's own shop untouched
        from loyalty_desktop import self_test  # the PDFs' printing: only for the self-test

        return self_test.run(build_main_window)
    start_log()
    sys.excepthook = _show_unexpected
    while True:
        db = open_chosen_shop(args)
        if db is None:
            return 1
        staff = first_sign_in(db)
        if staff is None:
            return 0  # left the sign-in screen
        window = build_main_window(db, staff.id)
        code = run_window(app, window)
        if window.damage is None:
            sync_at_close(window.ops)  # before the backup: it then holds what came in
            backup_at_close(window.ops)
        db.dispose()
        if not window.backup_restored:
            return code
        # A backup was put in place of the damaged file: open it, and sign in, afresh.


def run_window(app: QApplication, window: MainWindow) -> int:
    """The window shown, its work after start-up begun, until it closes."""
    window.show_at_start()
    QTimer.singleShot(0, window.start_background_work)  # once the window is painted
    start_automatic_backup(window, window.ops)
    start_automatic_sync(window, window.ops)
    window.restore_customer_display()
    if window.ops.call(lambda s, _a: needs_welcome(s), readonly=True):
        WelcomeDialog(window.ops, window).exec()  # a demo it fills reaches the pages as a change
    if not window.isVisible():
        return 0  # closed meanwhile: the check found the shop file damaged
    return app.exec()
