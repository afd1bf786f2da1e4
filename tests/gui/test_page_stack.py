"""PageStack: one page shown, as large as that page, the focus carried to the page shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from screens.widgets import PageStack

pytestmark = [
    pytest.mark.gui,
    # A bare top-level widget shown offscreen: the platform cannot pass size hints on (harmless).
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def page_of(*children: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for child in children:
        layout.addWidget(child)
    return page


def tall_page() -> QWidget:
    return page_of(*(QLabel(f"line {n}") for n in range(40)))


def test_the_first_page_shows_and_the_others_wait_hidden(qtbot: QtBot) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    first, second = page_of(QLabel("one")), page_of(QLabel("two"))
    assert (stack.addWidget(first), stack.addWidget(second)) == (0, 1)
    stack.show()
    qtbot.waitExposed(stack)
    assert stack.currentWidget() is first
    assert stack.currentIndex() == 0
    assert first.isVisible()
    assert not second.isVisible()
    assert stack.count() == 2
    assert stack.indexOf(second) == 1
    assert stack.widget(2) is None


def test_it_is_as_tall_as_the_page_it_shows(qtbot: QtBot) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    short, tall = page_of(QLabel("short")), tall_page()
    stack.addWidget(short)
    stack.addWidget(tall)
    stack.show()
    # A QStackedWidget would be as tall as its tallest page, hidden or not.
    assert stack.sizeHint().height() < tall.sizeHint().height() / 4
    changes: list[int] = []
    stack.currentChanged.connect(changes.append)
    stack.setCurrentWidget(tall)
    assert changes == [1]
    assert stack.sizeHint().height() >= tall.sizeHint().height()
    assert tall.isVisible()
    assert not short.isVisible()
    stack.setCurrentWidget(tall)  # already shown: nothing happens
    stack.setCurrentWidget(QWidget())  # not one of its pages: nothing happens
    assert changes == [1]
    assert stack.currentWidget() is tall


def test_the_focus_moves_with_the_page_it_was_on(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    outside = QLineEdit()
    stack = PageStack()
    layout = QVBoxLayout(window)
    layout.addWidget(outside)
    layout.addWidget(stack)
    field = QLineEdit()
    button = QPushButton("Next")
    first, second = page_of(field), page_of(QLabel("Thanks"), button)
    stack.addWidget(first)
    stack.addWidget(second)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    stack.setCurrentWidget(second)
    qtbot.waitUntil(button.hasFocus)  # the new page's first stop, not the field left hidden
    outside.setFocus()
    qtbot.waitUntil(outside.hasFocus)
    stack.setCurrentWidget(first)
    assert outside.hasFocus()  # focus elsewhere stays where it is
