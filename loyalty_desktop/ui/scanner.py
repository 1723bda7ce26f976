"""Telling a barcode scanner from a person: a scanner "types" a whole code in a burst of keys
a few milliseconds apart and ends with Enter.

While the focus is in another field of the till, printable keys are held back for a moment: if
more follow within ``GAP_MS`` and an Enter closes the burst, the burst is a scan and goes to the
till (the focused field never sees it); otherwise the held keys are replayed into the field, so
hand typing works as usual.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

GAP_MS = 30
MIN_SCAN_LENGTH = 3  # legacy cards can be short; no person types 3 keys + Enter in 90 ms
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# A keyboard-wedge scanner presses Shift around each capital: a key that only changes the
# modifiers is part of the burst, never the end of it.
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)


class ScanCatcher(QObject):
    scanned = Signal(str)

    def __init__(self, root: QWidget, scan_field: QWidget) -> None:
        super().__init__(root)
        self.root, self.scan_field = root, scan_field
        self._held: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self._target: QWidget | None = None
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self, singleShot=True, interval=GAP_MS)
        self._timer.timeout.connect(self._release)
        app = QApplication.instance()
        assert app is not None  # widgets exist only once the application does
        app.installEventFilter(self)
        root.destroyed.connect(lambda: app.removeEventFilter(self))

    def _watching(self, obj: QObject) -> bool:
        focus = QApplication.focusWidget()
        return (
            not self._replaying
            and obj is focus
            and focus is not self.scan_field
            and self.root.isVisible()
            and self.root.isAncestorOf(focus)
            and QApplication.activeModalWidget() is None
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._watching(obj):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in _MODIFIER_KEYS:
            return False
        now = time.monotonic()
        in_burst = bool(self._held) and (now - self._last) * 1000 <= GAP_MS
        if event.key() in _ENTER:
            if in_burst and len(self._held) >= MIN_SCAN_LENGTH:
                code = "".join(text for _key, _mods, text in self._held)
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(code)
                return True
            self._release()
            return False
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS:
            if self._held and not in_burst:
                self._release()
            self._held.append((event.key(), event.modifiers(), text))
            self._target, self._last = obj, now  # type: ignore[assignment]
            self._timer.start()
            return True
        self._release()
        return False

    def _release(self) -> None:
        """Not a scan after all: give the held keys to the field they were typed into."""
        self._timer.stop()
        held, self._held = self._held, []
        target = self._target
        if not held or target is None or not isValid(target):
            return
        self._replaying = True
        try:
            for key, mods, text in held:
                QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))
                QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, mods, text))
        finally:
            self._replaying = False
