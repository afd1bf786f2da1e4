"""The on-screen keyboard and touch scrolling, used as on the room's touch screen: touch only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QListWidget, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from kiosk.dto.checkin import NewVisitor
from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui


def find(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(widget.isVisible)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.fixture
def keyboard_on(make_window: WindowFactory) -> MainWindow:
    return make_window("--lang", "en", "--set", "kiosk.on_screen_keyboard=on", screen="attract")


def test_touching_the_search_opens_the_keyboard_under_the_field(
    keyboard_on: MainWindow, qtbot: QtBot
) -> None:
    window = keyboard_on
    window.navigate("checkin")
    keyboard = find(window, "keyboard")
    assert not keyboard.isVisible()
    search = find(window, "checkin.search")
    tap(qtbot, search)
    qtbot.waitUntil(keyboard.isVisible)
    field, board = in_window(window, search), in_window(window, keyboard)
    assert not field.intersects(board)
    assert field.bottom() < board.top()
    assert window.rect().contains(field)
    assert board.bottom() <= window.height()
    assert find(window, "keyboard.page.letters").isVisible()
    for name in ("keyboard.letters.q", "keyboard.letters.done", "keyboard.letters.space"):
        key = find(window, name)
        assert key.height() >= 64
        assert key.width() >= 64
        assert key.accessibleName()
    unnamed = [k.objectName() for k in keyboard.keys.values() if not k.accessibleName().strip()]
    assert unnamed == []


def test_typing_sian_by_tapping_keys_finds_her(keyboard_on: MainWindow, qtbot: QtBot) -> None:
    window = keyboard_on
    window.ctx.ops.checkin.register_visitor(
        NewVisitor(name="Siân Wynne", language="en", consent_display=True)
    )
    window.navigate("checkin")
    search = find(window, "checkin.search")
    edited: list[str] = []
    search.textEdited.connect(edited.append)
    tap(qtbot, search)
    for name in ("shift", "s", "i", "accents"):
        tap(qtbot, find(window, f"keyboard.letters.{name}"))
    tap(qtbot, find(window, "keyboard.accents.a-circumflex"))
    assert find(window, "keyboard.page.letters").isVisible()  # the accents last one letter
    tap(qtbot, find(window, "keyboard.letters.n"))
    assert search.text() == "Siân"
    assert edited[-1] == "Siân"
    assert search.hasFocus()
    result = find(window, "checkin.result.0")
    qtbot.waitUntil(result.isVisible)
    assert result.text().startswith("Siân")
    tap(qtbot, find(window, "keyboard.letters.backspace"))
    assert search.text() == "Siâ"


def test_capitals_on_the_accents_page(keyboard_on: MainWindow, qtbot: QtBot) -> None:
    window = keyboard_on
    window.navigate("checkin")
    search = find(window, "checkin.search")
    tap(qtbot, search)
    tap(qtbot, find(window, "keyboard.letters.accents"))
    tap(qtbot, find(window, "keyboard.accents.shift"))
    assert find(window, "keyboard.accents.w-circumflex").text() == "Ŵ"
    tap(qtbot, find(window, "keyboard.accents.w-circumflex"))
    tap(qtbot, find(window, "keyboard.letters.accents"))
    tap(qtbot, find(window, "keyboard.accents.y-circumflex"))
    tap(qtbot, find(window, "keyboard.letters.accents"))
    tap(qtbot, find(window, "keyboard.accents.i-diaeresis"))
    assert search.text() == "Ŵŷï"


def test_a_number_field_gets_the_number_pad(keyboard_on: MainWindow, qtbot: QtBot) -> None:
    window = keyboard_on
    set_pin(window, qtbot)
    window.navigate("settings")
    idle = find(window, "settings.idle_timeout")
    tap(qtbot, idle)
    keyboard = find(window, "keyboard")
    qtbot.waitUntil(keyboard.isVisible)
    assert find(window, "keyboard.page.numbers").isVisible()
    assert not find(window, "keyboard.page.letters").isVisible()
    idle.lineEdit().selectAll()
    for digit in "120":
        tap(qtbot, find(window, f"keyboard.numbers.{digit}"))
    assert idle.value() == 120
    assert not in_window(window, idle).intersects(in_window(window, keyboard))
    # A text field on the same page gets the letters again.
    tap(qtbot, find(window, "settings.room_name"))
    assert find(window, "keyboard.page.letters").isVisible()


def test_the_pin_pad_keeps_its_own_keys(keyboard_on: MainWindow, qtbot: QtBot) -> None:
    window = keyboard_on
    window.navigate("pin:set")
    tap(qtbot, find(window, "pin.field"))
    tap(qtbot, find(window, "pin.digit.1"))
    assert not find(window, "keyboard").isVisible()


def test_done_closes_and_a_second_touch_opens_again(keyboard_on: MainWindow, qtbot: QtBot) -> None:
    window = keyboard_on
    window.navigate("checkin")
    keyboard = find(window, "keyboard")
    search = find(window, "checkin.search")
    tap(qtbot, search)
    with qtbot.waitSignal(keyboard.closed):
        tap(qtbot, find(window, "keyboard.letters.done"))
    assert not keyboard.isVisible()
    tap(qtbot, search)
    assert keyboard.isVisible()


def test_leaving_the_text_fields_closes_it(keyboard_on: MainWindow, qtbot: QtBot) -> None:
    window = keyboard_on
    window.navigate("checkin")
    keyboard = find(window, "keyboard")
    tap(qtbot, find(window, "checkin.search"))
    assert keyboard.isVisible()
    tap(qtbot, find(window, "checkin.new"))
    assert not keyboard.isVisible()


def test_idle_return_closes_it(keyboard_on: MainWindow, qtbot: QtBot) -> None:
    window = keyboard_on
    window.navigate("checkin")
    keyboard = find(window, "keyboard")
    tap(qtbot, find(window, "checkin.search"))
    assert keyboard.isVisible()
    window.idle_timer.setInterval(0)
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.current_screen == "attract")
    assert not keyboard.isVisible()
    assert find(window, "checkin.title").isVisibleTo(window.screens["checkin"])


def test_the_scan_field_never_opens_it(keyboard_on: MainWindow, qtbot: QtBot) -> None:
    window = keyboard_on
    window.navigate("checkin")
    assert find(window, "scan.input").hasFocus()
    qtbot.mouseClick(find(window, "scan.input"), Qt.MouseButton.LeftButton)
    assert not find(window, "keyboard").isVisible()


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("--set", "kiosk.on_screen_keyboard=off", "--kiosk"), False),
        (("--set", "kiosk.on_screen_keyboard=auto", "--kiosk"), True),
        (("--set", "kiosk.on_screen_keyboard=auto"), False),
        ((), False),
    ],
    ids=["off-in-kiosk-mode", "auto-in-kiosk-mode", "auto-windowed", "default-windowed"],
)
def test_the_setting_decides(
    make_window: WindowFactory, qtbot: QtBot, args: tuple[str, ...], shown: bool
) -> None:
    window = make_window("--lang", "en", *args, screen="attract")
    window.navigate("checkin")
    tap(qtbot, find(window, "checkin.search"))
    assert find(window, "keyboard").isVisible() is shown


def _long_list(window: MainWindow, qtbot: QtBot) -> QListWidget:
    """A long list on a page of the window, styled and set up as every list in the app."""
    host = QWidget(window.stack)
    host.setObjectName("test.host")
    listing = QListWidget(host)
    listing.setObjectName("test.list")
    listing.addItems([f"Item {n}" for n in range(200)])
    listing.resize(600, 400)
    window.stack.addWidget(host)
    window.stack.setCurrentWidget(host)
    qtbot.waitUntil(listing.isVisible)
    return listing


def test_a_list_scrolls_when_dragged_with_the_mouse(window: MainWindow, qtbot: QtBot) -> None:
    listing = _long_list(window, qtbot)
    bar = listing.verticalScrollBar()
    assert bar.value() == 0
    viewport = listing.viewport()
    start = QPoint(200, 350)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 16):
        qtbot.mouseMove(viewport, start - QPoint(0, step * 20))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 300))
    qtbot.waitUntil(lambda: bar.value() > 0)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1080, 1920)])
def test_scroll_bars_are_wide_enough_for_a_finger(
    window: MainWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window.resize(*size)
    listing = _long_list(window, qtbot)
    bar = listing.verticalScrollBar()
    assert isinstance(bar, QScrollBar)
    qtbot.waitUntil(bar.isVisible)
    assert bar.width() >= 24
