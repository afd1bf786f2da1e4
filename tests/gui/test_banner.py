"""The banner: it floats over the page, belongs to the screen and visitor that raised it, and
speaks the language showing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def control_places(window: MainWindow) -> dict[int, tuple[QPoint, int, int]]:
    """Where every visible control of the page is, in window coordinates."""
    page = window.stack.currentWidget()
    return {
        id(w): (w.mapTo(window, QPoint(0, 0)), w.width(), w.height())
        for w in page.findChildren(QWidget)
        if w.isVisible() and isinstance(w, QAbstractButton)
    }


def test_a_banner_never_moves_the_controls_under_a_finger(window: MainWindow) -> None:
    window.navigate("projects")
    before = control_places(window)
    assert before
    window.notify("Saved.", "info")
    assert window.banner.isVisible()
    assert control_places(window) == before
    window.banner.close_button.click()
    assert not window.banner.isVisible()
    assert control_places(window) == before


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)])
def test_the_banner_covers_no_control(window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.navigate("projects")
    window.notify("Sorry, that did not work. Please try again or ask a facilitator.", "error")
    assert window.banner.isVisible()
    area = window.banner.geometry()
    central = window.centralWidget()
    for button in central.findChildren(QAbstractButton):
        if button.isVisible() and not window.banner.isAncestorOf(button):
            place = button.rect().translated(button.mapTo(central, QPoint(0, 0)))
            assert not place.intersects(area), button.objectName()


def test_a_message_goes_with_its_screen_and_visitor(window: MainWindow, qtbot: QtBot) -> None:
    window.navigate("projects")
    window.notify("Sorry, that did not work.", "error")
    qtbot.waitUntil(lambda: not window.banner.fresh)  # the next touch is another action
    window.navigate("stories")
    assert not window.banner.isVisible()
    window.notify("Goodbye, Ffion. Thank you for coming!", "info")
    qtbot.waitUntil(lambda: not window.banner.fresh)
    window.go_idle()
    assert not window.banner.isVisible()


def test_a_message_raised_by_the_move_itself_stays(window: MainWindow) -> None:
    # "The PIN is set" and then the facilitator page: one action, one message.
    window.notify("The facilitator PIN is set.", "info")
    window.navigate("stories")
    assert window.banner.isVisible()


def test_the_close_button_speaks_welsh(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window("--lang", "en")
    window.notify("Saved.", "info")
    qtbot.waitUntil(lambda: not window.banner.fresh)
    qtbot.mouseClick(window.header.switch, Qt.MouseButton.LeftButton)
    assert window.languages.current == "cy"
    assert window.banner.close_button.text() == "Cau"
    assert not window.banner.isVisible()  # an English message does not stay over Welsh
    window.notify("Wedi'i gadw.", "info")
    assert window.banner.close_button.text() == "Cau"


def test_a_late_failure_is_not_shown_to_the_next_visitor(window: MainWindow, qtbot: QtBot) -> None:
    def boom() -> None:
        raise OSError("the printer went away")

    window.navigate("projects")
    window.screens["projects"].run(boom, lambda _r: None)
    window.go_idle()  # the visitor left before the job reported back
    window.runner.wait_idle()  # returns once every job has called back
    assert window.current_screen == "attract"
    assert not window.banner.isVisible()
