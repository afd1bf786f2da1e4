"""Navigation between every screen by touch, mouse and keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui

PUBLIC_TILES = ("checkin", "projects", "stories", "events", "sharing")


def button(window: MainWindow, name: str) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None, f"no button named {name}"
    return found


@pytest.mark.parametrize("target", PUBLIC_TILES)
def test_each_home_tile_opens_its_screen_and_home_returns(
    window: MainWindow, qtbot: QtBot, target: str
) -> None:
    qtbot.mouseClick(button(window, f"nav.{target}"), Qt.MouseButton.LeftButton)
    assert window.current_screen == target
    assert window.stack.currentWidget() is window.screens[target]
    qtbot.mouseClick(button(window, "nav.home"), Qt.MouseButton.LeftButton)
    assert window.current_screen == "home"


def test_keyboard_alone_reaches_a_tile_and_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    tile = button(window, "nav.projects")
    tile.setFocus()
    qtbot.waitUntil(tile.hasFocus)
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "projects")
    window.runner.wait_idle()
    assert window.screens["projects"].list.count() == 40


def test_tab_moves_focus_through_every_home_tile(window: MainWindow, qtbot: QtBot) -> None:
    button(window, "nav.checkin").setFocus()
    seen = set()
    for _ in range(12):
        focused = window.focusWidget()
        if focused is not None:
            seen.add(focused.objectName())
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
    assert {f"nav.{t}" for t in PUBLIC_TILES} <= seen


def test_attract_touch_anywhere_starts_in_the_default_language(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "cy", screen="attract")
    qtbot.mouseClick(window.screens["attract"], Qt.MouseButton.LeftButton)
    assert window.current_screen == "home"
    assert window.languages.current == "en"


def test_attract_language_buttons_choose_the_language(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en", screen="attract")
    qtbot.mouseClick(button(window, "attract.start_cy"), Qt.MouseButton.LeftButton)
    assert window.current_screen == "home"
    assert window.languages.current == "cy"
    assert button(window, "lang.switch").text() == "English"


@pytest.mark.parametrize("target", ["facilitator", "settings"])
def test_protected_screens_ask_for_the_pin_first(
    window: MainWindow, qtbot: QtBot, target: str
) -> None:
    set_pin(window, qtbot)
    window.go_idle()
    window.show_screen("home")
    qtbot.mouseClick(button(window, f"nav.{target}"), Qt.MouseButton.LeftButton)
    assert window.current_screen == "pin"
    for digit in "2468":
        qtbot.mouseClick(window.pin.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == target)


def test_projects_search_filters_the_list(window: MainWindow, qtbot: QtBot) -> None:
    window.navigate("projects")
    window.runner.wait_idle()
    screen = window.screens["projects"]
    qtbot.keyClicks(screen.search, "sepsis")
    titles = [text.splitlines()[0] for text in screen.list.card_texts()]
    assert sum(title.startswith("Sepsis six within the hour") for title in titles) == 2
    assert not any(title.startswith("Fewer falls") for title in titles)
    assert screen.count.text() == f"{len(titles)} projects"
