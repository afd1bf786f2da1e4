"""The facilitator PIN pad, its lockout, and kiosk mode that only the PIN can leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.db import get_state
from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui


def type_pin(window: MainWindow, qtbot: QtBot, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(window.pin.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin.ok, Qt.MouseButton.LeftButton)
    window.runner.wait_idle()


def test_first_run_asks_a_facilitator_to_set_a_pin(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en", screen=None)
    assert window.current_screen == "pin"
    assert window.pin.title.text() == "Choose a facilitator PIN"
    type_pin(window, qtbot, "1357")
    assert window.pin.title.text() == "Type the new PIN again"
    type_pin(window, qtbot, "1357")
    qtbot.waitUntil(lambda: window.current_screen == "facilitator")
    assert window.banner.text.text() == "The facilitator PIN is set."
    with window.store.begin() as session:
        stored = get_state(session, "pin_hash")
    assert stored is not None
    assert stored.startswith("scrypt$")
    assert "1357" not in stored


def test_first_run_pin_can_be_left_for_later(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window("--lang", "en", screen=None)
    qtbot.mouseClick(window.pin.cancel, Qt.MouseButton.LeftButton)
    assert window.current_screen == "attract"


def test_mismatched_new_pins_start_again(window: MainWindow, qtbot: QtBot) -> None:
    window.navigate("pin:set")
    type_pin(window, qtbot, "1111")
    type_pin(window, qtbot, "2222")
    assert window.pin.message.text() == "The two PINs were different. Please start again."
    assert window.pin.title.text() == "Choose a facilitator PIN"


def test_a_short_pin_is_refused_with_a_message(window: MainWindow, qtbot: QtBot) -> None:
    window.navigate("pin:set")
    type_pin(window, qtbot, "12")
    assert window.pin.message.text() == "A PIN has 4 to 8 digits."


def test_five_wrong_tries_lock_pin_entry(window: MainWindow, qtbot: QtBot) -> None:
    set_pin(window, qtbot, "2468")
    window.go_idle()
    window.navigate("facilitator")
    for tries_left in (4, 3, 2, 1):
        type_pin(window, qtbot, "0000")
        assert window.pin.message.text() == (
            f"That PIN is not right. {tries_left} tries left before a 5-minute pause."
            if tries_left > 1
            else "That PIN is not right. 1 try left before a 5-minute pause."
        )
    type_pin(window, qtbot, "0000")
    assert window.pin.message.text().startswith("Too many wrong tries. PIN entry is paused")
    type_pin(window, qtbot, "2468")
    assert window.current_screen == "pin"
    assert window.pin.message.text().startswith("Too many wrong tries.")


def test_keyboard_types_the_pin(window: MainWindow, qtbot: QtBot) -> None:
    set_pin(window, qtbot, "2468")
    window.go_idle()
    window.navigate("settings")
    window.pin.setFocus()
    for key in (Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_6, Qt.Key.Key_8):
        qtbot.keyClick(window.pin, key)
    qtbot.keyClick(window.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "settings")


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen full screen, harmless
def test_kiosk_mode_refuses_to_close_without_the_pin(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en", "--kiosk")
    set_pin(window, qtbot, "2468")
    window.go_idle()
    window.present(kiosk=True)
    assert window.kiosk
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.close()
    assert window.isVisible()
    assert window.current_screen == "pin"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    type_pin(window, qtbot, "1111")
    assert window.isVisible()
    type_pin(window, qtbot, "2468")
    qtbot.waitUntil(lambda: not window.isVisible())


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen full screen, harmless
def test_kiosk_mode_ignores_alt_f4_and_window_manager_close(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en", "--kiosk")
    window.present(kiosk=True)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not window.close()  # what the window manager's close button does
    assert window.isVisible()


def test_windowed_mode_closes_normally(window: MainWindow) -> None:
    window.present(kiosk=False)
    assert window.close()


def test_back_to_taking_part_ends_the_facilitator_session(window: MainWindow, qtbot: QtBot) -> None:
    from tests.gui.helpers import enter_pin

    set_pin(window, qtbot)
    window.navigate("sharing")
    sharing = window.screens["sharing"]
    qtbot.mouseClick(sharing.to_console, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    enter_pin(window, qtbot)
    assert sharing.pages.currentWidget() is sharing.console  # type: ignore[attr-defined]
    assert window.navigation.unlocked
    qtbot.mouseClick(sharing.to_kiosk, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not window.navigation.unlocked
    qtbot.mouseClick(window.header.home, Qt.MouseButton.LeftButton)
    window.navigate("facilitator")
    assert window.current_screen == "pin"


def test_leaving_the_facilitator_pages_for_a_public_one_asks_the_pin_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    set_pin(window, qtbot)
    window.navigate("settings")
    assert window.current_screen == "settings"  # from one protected page to another: no PIN
    qtbot.mouseClick(window.header.home, Qt.MouseButton.LeftButton)
    window.navigate("facilitator")
    assert window.current_screen == "pin"


def test_the_facilitator_session_ends_after_the_longest_time(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en", "--set", "kiosk.facilitator_timeout_s=0")
    set_pin(window, qtbot)
    assert not window.navigation.unlocked
    window.navigate("settings")
    assert window.current_screen == "pin"
