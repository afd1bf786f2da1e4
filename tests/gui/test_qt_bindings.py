"""The Qt bindings the kiosk is pinned to keep Python's reference counts right.

PySide6 6.12.0 dropped a reference to None on every QLabel/QPushButton setText, so a kiosk that
updates its screens all day would abort after a few tens of thousands of updates ("none_dealloc").
requirements.txt pins 6.11.3; this test stops an upgrade that brings the fault back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


def test_set_text_keeps_reference_counts(qtbot: QtBot) -> None:
    label, button = QLabel(), QPushButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for index in range(2000):
        label.setText(f"text {index}")
        button.setText(f"text {index}")
        label.setAccessibleName("name")
    assert abs(sys.getrefcount(None) - before) < 50
