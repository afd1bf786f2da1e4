"""Measures written by a facilitator by touch: a new measure, its points, its chart, retiring."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import enter_pin, set_pin

pytestmark = pytest.mark.gui


def find(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(widget.isVisible)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, field: Any, text: str) -> None:
    tap(qtbot, field)
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.fixture
def keyboard_on(make_window: WindowFactory) -> MainWindow:
    return make_window("--lang", "en", "--set", "kiosk.on_screen_keyboard=on")


def open_editor(window: MainWindow, qtbot: QtBot) -> Any:
    """The first project's Measures page with the facilitator's editor open."""
    set_pin(window, qtbot)
    window.navigate("projects")
    window.runner.wait_idle()
    QApplication.processEvents()
    tap(qtbot, window.screens["projects"].list._cards[0])
    qtbot.waitUntil(lambda: window.current_screen == "project")
    tap(qtbot, window.screens["project"].measures)
    qtbot.waitUntil(lambda: window.current_screen == "measures")
    window.runner.wait_idle()
    measures: Any = window.screens["measures"]
    tap(qtbot, measures.edit)
    enter_pin(window, qtbot)
    qtbot.waitUntil(measures.editor.isVisible)
    return measures


def names(measures: Any) -> list[str]:
    return [chart.data.name for chart in measures.charts]


def test_a_measure_and_three_points_added_by_touch_are_charted(
    keyboard_on: MainWindow, qtbot: QtBot
) -> None:
    window = keyboard_on
    measures = open_editor(window, qtbot)
    before = names(measures)
    tap(qtbot, find(window, "measures.new"))
    form = measures.measure_form
    assert form.isVisible()
    type_into(qtbot, form.name, "Cleifion a welwyd o fewn 4 awr")
    type_into(qtbot, form.unit, "%")
    tap(qtbot, find(window, "measures.form.chart.p"))
    tap(qtbot, find(window, "measures.form.direction.up"))
    type_into(qtbot, form.target, "0.95")
    # A p chart needs to say what its denominator counts: the form says so, nothing is saved.
    tap(qtbot, form.save)
    qtbot.waitUntil(lambda: form.error.text() != "")
    assert form.error.text() == "Say what the denominator counts (P and U charts)."
    window.runner.wait_idle()
    assert names(measures) == before
    type_into(qtbot, form.denominator_label, "patients arriving")
    tap(qtbot, form.save)
    qtbot.waitUntil(lambda: "Cleifion a welwyd o fewn 4 awr" in names(measures))
    assert not form.isVisible()
    data = measures.charts[measures.current].data
    assert data.name == "Cleifion a welwyd o fewn 4 awr"
    assert (data.chart, data.direction, data.target) == ("p", "up", 0.95)
    assert data.denominator_label == "patients arriving"
    assert data.points == ()
    entry = measures.point_entry
    assert entry.isVisible()
    assert entry.denominator.isVisible()
    assert entry.denominator_caption.text() == "Denominator: patients arriving"

    # The value by the number pad, which has a decimal point: "1.2.3" is refused by name.
    tap(qtbot, entry.value)
    keyboard = find(window, "keyboard")
    qtbot.waitUntil(keyboard.isVisible)
    assert find(window, "keyboard.page.decimal").isVisible()
    for key in ("1", "full-stop", "2", "full-stop", "3"):
        tap(qtbot, find(window, f"keyboard.decimal.{key}"))
    assert entry.value.text() == "1.2.3"
    type_into(qtbot, entry.denominator, "40")
    tap(qtbot, entry.add)
    assert entry.error.text() == "The value must be a number."
    # More than the denominator on a p chart: the core refuses it, naming the value.
    type_into(qtbot, entry.value, "41")
    tap(qtbot, entry.add)
    qtbot.waitUntil(lambda: entry.error.text() != "")
    assert entry.error.text().startswith("The value must be 0 or more")
    window.runner.wait_idle()
    assert measures.charts[measures.current].data.points == ()

    today = window.ctx.now().date()
    first = today - timedelta(days=14)
    assert entry.period == today  # a measure with no points starts today
    for _ in range(2):
        tap(qtbot, find(window, "measures.point.step.back_week"))
    assert entry.period == first
    rows = [("12", "40"), ("45", "50"), ("9", "30")]
    for count, (value, denominator) in enumerate(rows, start=1):
        if count == 2:  # after one point the next day is offered: weekly data steps on a week
            assert entry.period == first + timedelta(days=1)
            tap(qtbot, find(window, "measures.point.step.back_day"))
            tap(qtbot, find(window, "measures.point.step.next_week"))
        if count == 3:  # then the gap between the last two points
            assert entry.period == first + timedelta(days=14)
        type_into(qtbot, entry.value, value)
        type_into(qtbot, entry.denominator, denominator)
        tap(qtbot, entry.add)
        qtbot.waitUntil(
            lambda n=count: len(measures.charts[measures.current].data.points) == n  # type: ignore[misc]
        )
        assert entry.value.text() == ""
        assert entry.error.text() == ""
    assert entry.period == first + timedelta(days=21)
    data = measures.charts[measures.current].data
    assert [p.period for p in data.points] == [
        (first + timedelta(days=7 * i)).isoformat() for i in range(3)
    ]
    assert [(p.value, p.denominator) for p in data.points] == [(12, 40), (45, 50), (9, 30)]
    model = measures.panel.model
    assert measures.panel.isVisible()
    assert model.title == "Cleifion a welwyd o fewn 4 awr"
    assert model.chart == "p"
    assert [round(p.value, 4) for p in model.points] == [0.3, 0.9, 0.3]
    assert any(line.kind == "target" for line in model.lines)
    # NHS Making Data Count on the p chart's limits (centre 66/120 = 0.55, limits by each
    # denominator): 45/50 is above its upper limit, improvement as higher is better; 12/40 is
    # below its lower limit (0.31), a concern; 9/30 is inside its wider limits (0.28).
    assert [p.kind for p in model.points] == ["concern", "improvement", "common"]
    assert measures.panel.reading.text()


def test_a_measure_is_changed_and_retired_after_being_asked(
    window: MainWindow, qtbot: QtBot
) -> None:
    measures = open_editor(window, qtbot)
    data = measures.charts[measures.current].data
    tap(qtbot, find(window, "measures.change"))
    form = measures.measure_form
    assert form.name.text() == data.name
    assert form.charts[data.chart].isChecked()
    type_into(qtbot, form.name, "")
    tap(qtbot, form.save)
    qtbot.waitUntil(lambda: form.error.text() != "")
    assert form.error.text() == "Give the measure a name."
    type_into(qtbot, form.name, "Renamed measure")
    tap(qtbot, form.save)
    qtbot.waitUntil(lambda: "Renamed measure" in names(measures))
    assert measures.charts[measures.current].data.id == data.id
    assert measures.panel.model.title == "Renamed measure"

    count = len(measures.charts)
    tap(qtbot, find(window, "measures.retire"))
    overlay = window.overlay
    assert overlay.isVisible()
    assert overlay.title.text() == "Retire “Renamed measure”?"
    tap(qtbot, find(window, "measures.retire_cancel"))
    window.runner.wait_idle()
    assert len(measures.charts) == count
    tap(qtbot, find(window, "measures.retire"))
    tap(qtbot, find(window, "measures.retire_confirm"))
    qtbot.waitUntil(lambda: len(measures.charts) == count - 1)
    assert "Renamed measure" not in names(measures)
    # Kept in the database, charted no more: the project's measures do not list it.
    project = window.ctx.ops.measures.project_measures(measures.project_id)
    assert data.id not in [m.id for m in project.measures]
