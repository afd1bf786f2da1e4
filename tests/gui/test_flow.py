"""The flow layout: rows of buttons that wrap instead of squeezing their words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from screens.flow import FlowLayout

pytestmark = pytest.mark.gui


def _row(qtbot: QtBot, width: int) -> tuple[QWidget, QWidget, list[QPushButton]]:
    # A child of a window without a layout: the window's size stays the test's to set.
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(600, 300)
    host = QWidget(window)
    flow = FlowLayout(host, spacing=10)
    buttons = []
    for index in range(4):
        button = QPushButton(f"button {index}")
        button.setFixedSize(QSize(100, 50))
        flow.addWidget(button)
        buttons.append(button)
    host.resize(width, flow.heightForWidth(width))
    window.show()
    qtbot.waitUntil(lambda: buttons[-1].isVisible())
    return window, host, buttons  # the window too: the caller keeps it alive


def test_one_row_when_there_is_room(qtbot: QtBot) -> None:
    _window, host, buttons = _row(qtbot, 430)
    assert [b.y() for b in buttons] == [0, 0, 0, 0]
    assert [b.x() for b in buttons] == [0, 110, 220, 330]
    layout = host.layout()
    assert layout is not None
    assert layout.heightForWidth(430) == 50


def test_wraps_onto_more_rows_without_overlap(qtbot: QtBot) -> None:
    _window, host, buttons = _row(qtbot, 250)
    assert [(b.x(), b.y()) for b in buttons] == [(0, 0), (110, 0), (0, 60), (110, 60)]
    layout = host.layout()
    assert layout is not None
    assert layout.heightForWidth(250) == 110
    assert layout.minimumSize().width() == 100
