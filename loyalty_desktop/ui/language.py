"""Switching the GUI's language: our catalogue and Qt's own (stock buttons, file dialogs) in one
step, for the Qt-free code too; Qt then sends every widget a LanguageChange event."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from loyalty_desktop.core import i18n

_installed: list[QTranslator] = []  # ours and Qt's, removed on the next switch


def apply_language(language: str) -> None:
    """Make ``language`` (one of ``i18n.LANGUAGES``) the language of everything from now on."""
    i18n.set_language(language)
    QLocale.setDefault(QLocale(language))
    app = QCoreApplication.instance()
    if app is None:
        return
    while _installed:
        app.removeTranslator(_installed.pop())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (i18n.catalogue_path(language).stem, str(i18n.catalogue_path(language).parent)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    # Deliver the LanguageChange events now, not at the next turn of the event loop: a window
    # built in between would otherwise rebuild itself afterwards (and lose its focus).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def system_language() -> str:
    """The computer's language as far as the catalogue goes (Qt knows it best on every OS)."""
    return i18n.system_language(QLocale.system().uiLanguages())


def language_for(setting: str | None) -> str:
    """The language a till's setting means on this computer ("system", or a value no catalogue
    serves, is the computer's)."""
    return i18n.resolve(setting, QLocale.system().uiLanguages())
