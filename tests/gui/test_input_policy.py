"""Touch-kiosk input rules set once for every widget (screens/input_policy.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def wheel(widget: QWidget, steps: int = -1) -> bool:
    """Turn the mouse wheel over `widget`; whether the event was accepted somewhere."""
    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        at,
        widget.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_leaves_a_closed_combo_box_alone(window: MainWindow, qtbot: QtBot) -> None:
    window.navigate("checkin")
    window.screens["checkin"].presenter.start_new_visitor()  # type: ignore[attr-defined]
    combo = window.findChild(QComboBox, "checkin.language")
    assert combo is not None
    combo.setCurrentIndex(0)
    wheel(combo)
    assert combo.currentIndex() == 0


def test_the_wheel_leaves_combo_spin_and_date_boxes_made_later_alone(
    window: MainWindow, qtbot: QtBot
) -> None:
    host = window.screens["home"]
    combo, spin, date = QComboBox(host), QSpinBox(host), QDateEdit(host)
    combo.addItems(["a", "b", "c"])
    spin.setValue(5)
    before = date.date()
    for widget in (combo, spin, date):
        widget.show()
    for widget in (combo, spin, date):
        wheel(widget)
        wheel(widget, 1)
    assert (combo.currentIndex(), spin.value(), date.date()) == (0, 5, before)


def test_text_fields_show_no_context_menu(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window("--lang", "cy")
    window.navigate("checkin")
    search = window.findChild(QLineEdit, "checkin.search")
    assert search is not None
    menus_before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), search.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(search, event)
    shown = {w for w in QApplication.topLevelWidgets() if w.isVisible()} - menus_before
    assert shown == set()


def test_text_boxes_pass_tab_on_on_the_first_screen_and_later_ones(
    make_window: WindowFactory,
) -> None:
    # The first screen is polished before the window installs its filters; later ones after.
    first = make_window("--lang", "en", screen="thanks")
    note = first.findChild(QPlainTextEdit, "thanks.message")
    assert note is not None
    assert note.tabChangesFocus()
    later = make_window("--lang", "en")
    later.navigate("thanks")
    note = later.findChild(QPlainTextEdit, "thanks.message")
    assert note is not None
    assert note.tabChangesFocus()
