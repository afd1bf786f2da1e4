"""Helpers for GUI tests: doing things the way a user does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow


def set_pin(window: MainWindow, qtbot: QtBot, pin: str = "2468") -> None:
    """Set the facilitator PIN through the real PIN pad, typed twice."""
    from PySide6.QtCore import Qt

    window.navigate("pin:set")
    for _ in range(2):
        for digit in pin:
            qtbot.mouseClick(window.pin.digits[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.pin.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "facilitator")
    window.runner.wait_idle()


def enter_pin(window: MainWindow, qtbot: QtBot, pin: str = "2468") -> None:
    """Type the facilitator PIN on the PIN pad showing now, as a facilitator does."""
    from PySide6.QtCore import Qt

    assert window.current_screen == "pin"
    for digit in pin:
        qtbot.mouseClick(window.pin.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen != "pin")
    window.runner.wait_idle()


def open_console(window: MainWindow, qtbot: QtBot, pin: str = "2468") -> None:
    """Open the session console on the Sharing screen, typing the PIN when it is asked for
    (a facilitator session ends when the facilitator leaves the protected pages)."""
    from PySide6.QtCore import Qt

    screen = window.screens["sharing"]
    qtbot.mouseClick(screen.to_console, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    if window.current_screen == "pin":
        enter_pin(window, qtbot, pin)
    assert screen.pages.currentWidget() is screen.console  # type: ignore[attr-defined]
