"""Keyboard-wedge scanners: bursts of fast keystrokes ending in Enter or Tab, told from typing."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.scan import BurstDecoder

# Qt.Key_Return, Qt.Key_Enter and Qt.Key_Tab as the key codes QKeyEvent.key() gives: naming
# them through Qt.Key would build PySide6's whole Qt.Key enum (some 500 members) before the
# kiosk's first paint (tests/unit/devices/test_scanner_keys.py checks the values).
TERMINATORS = (0x01000004, 0x01000005, 0x01000001)


class KeyboardWedge(QObject):
    """Watches every key press in the application while enabled; emits `scanned` per burst.

    Keys still reach the focused widget (normally the hidden scan field); when a burst ends,
    its Enter or Tab is swallowed and the burst's characters are taken back out of whatever
    line edit received them, so a scan never lands in a name field or presses a button.
    """

    scanned = Signal(str)

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanner.wedge")
        self._decoder = BurstDecoder()
        self._clock = clock
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        # A key event reaches the focus widget first, then its parents if ignored: count it
        # once, where it is first delivered.
        focused = QApplication.focusWidget()
        first = focused if focused is not None else QApplication.activeWindow()
        if watched is not first:
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            return False
        now_ms = self._clock() * 1000.0
        terminator = event.key() in TERMINATORS
        text = "" if terminator else event.text()
        if not terminator and (not text or not text.isprintable()):
            return False
        burst = self._decoder.feed(text, terminator, now_ms)
        if burst is None:
            return False
        if isinstance(focused, QLineEdit) and focused.text().endswith(burst):
            focused.setText(focused.text()[: -len(burst)])
        self.scanned.emit(burst)
        return True
