"""The scanner's terminator key codes are Qt's Enter, Return and Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt

from devices.scanner import TERMINATORS


def test_terminators_are_return_enter_and_tab() -> None:
    assert set(TERMINATORS) == {
        Qt.Key.Key_Return.value,
        Qt.Key.Key_Enter.value,
        Qt.Key.Key_Tab.value,
    }
