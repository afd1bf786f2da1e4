"""Keyboard focus (WCAG 2.2 AA 2.1.2, 2.4.3, 2.4.7): no trap, no invisible stop, a visible ring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from screens.widgets import Card
from tests.gui.helpers import set_pin
from tests.gui.pixels import Rgb, grab, ratio

pytestmark = pytest.mark.gui

NON_TEXT = 3.0  # WCAG 1.4.11: a focus ring against what surrounds it


def press_tab(qtbot: QtBot, window: MainWindow) -> QWidget | None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def rgb_at(window: MainWindow, widget: QWidget, at: QPoint) -> Rgb:
    image = grab(window)
    c = image.pixelColor(widget.mapTo(window, at))
    return (c.red(), c.green(), c.blue())


@pytest.mark.parametrize("screen", ["checkin", "attract"])
def test_tab_never_lands_on_the_hidden_scan_field(
    window: MainWindow, qtbot: QtBot, screen: str
) -> None:
    window.show_screen(screen)
    window.activateWindow()
    qtbot.waitUntil(window.scan_input.hasFocus)
    visited = [press_tab(qtbot, window) for _ in range(30)]
    assert window.scan_input not in visited
    assert visited[0] is not None
    assert visited[0].isVisible()


def test_scan_field_gives_up_the_focus_off_the_scan_screens(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_screen("checkin")
    window.activateWindow()
    qtbot.waitUntil(window.scan_input.hasFocus)
    window.navigate("projects")
    assert not window.scan_input.hasFocus()
    focused = press_tab(qtbot, window)
    assert focused is not None
    assert focused is not window.scan_input
    assert focused.isVisible()


def test_the_scanner_still_types_into_the_scan_field(window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen("checkin")
    window.activateWindow()
    qtbot.waitUntil(window.scan_input.hasFocus)
    qtbot.keyClicks(window.scan_input, "Q-12")
    assert window.scan_input.text() == "Q-12"


def _assert_ring_shows(window: MainWindow, qtbot: QtBot, widget: QWidget) -> None:
    """Focus changes the widget's top edge by 3:1 or more and the edge stands 3:1 off the
    page around it."""
    edge, outside = QPoint(widget.width() // 2, 2), QPoint(widget.width() // 2, -4)
    window.focus_scan_input()  # nothing of ours focused (the field is off screen, 2x2 px)
    before = rgb_at(window, widget, edge)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    after, around = rgb_at(window, widget, edge), rgb_at(window, widget, outside)
    assert ratio(after, before) >= NON_TEXT, (before, after)
    assert ratio(after, around) >= NON_TEXT, (after, around)


@pytest.mark.parametrize(
    ("screen", "name"), [("home", "nav.projects"), ("projects", "projects.search")]
)
def test_a_focused_control_shows_a_ring_of_3_to_1(
    window: MainWindow, qtbot: QtBot, screen: str, name: str
) -> None:
    window.activateWindow()
    window.show_screen(screen)
    window.runner.wait_idle()
    widget = window.findChild(QWidget, name)
    assert widget is not None
    assert widget.isVisible()
    _assert_ring_shows(window, qtbot, widget)


def test_a_project_card_takes_tab_shows_focus_and_opens_with_enter(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    window.show_screen("projects")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: window.screens["projects"].list.count() > 0)
    for _ in range(40):
        focused = press_tab(qtbot, window)
        if isinstance(focused, Card):
            break
    assert isinstance(focused, Card)
    _assert_ring_shows(window, qtbot, focused)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "project")


def _box_passes_tab_on(window: MainWindow, qtbot: QtBot, box: QPlainTextEdit) -> None:
    assert box.isVisible()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert not box.hasFocus()
    assert "\t" not in box.toPlainText()


def test_the_thank_you_note_does_not_trap_tab(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.navigate("thanks")
    box = window.findChild(QPlainTextEdit, "thanks.message")
    assert box is not None
    _box_passes_tab_on(window, qtbot, box)


def test_the_facilitator_text_boxes_do_not_trap_tab(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    set_pin(window, qtbot)
    window.navigate("showcase")
    window.runner.wait_idle()
    for name in ("showcase.text_cy", "showcase.text_en"):
        box = window.findChild(QPlainTextEdit, name)
        assert box is not None
        tabs = window.screens["showcase"].tabs  # type: ignore[attr-defined]
        tabs.setCurrentIndex(
            next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(box))
        )
        _box_passes_tab_on(window, qtbot, box)
    measures = window.screens["measures"]
    window.show_screen("measures")
    measures.editor.show()  # type: ignore[attr-defined]
    box = window.findChild(QPlainTextEdit, "measures.paste")
    assert box is not None
    _box_passes_tab_on(window, qtbot, box)
