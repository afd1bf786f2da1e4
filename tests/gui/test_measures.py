"""The Measures page: charts drawn with Making Data Count colours, touch, export, big screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.demo_charts import example_charts
from screens.chart_presenter import COLOURS, chart_model
from screens.main_window import MainWindow

pytestmark = pytest.mark.gui


def find(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


@pytest.fixture
def examples(window: MainWindow) -> Any:
    measures: Any = window.screens["measures"]
    models = [chart_model(e.analysis, title=e.title, unit=e.unit) for e in example_charts()]
    window.show_screen("measures")
    measures.show_examples(models)
    return measures


def scatter_colours(panel: Any) -> set[str]:
    return {s.color().name().upper() for s in panel.chart.series()
            if isinstance(s, QScatterSeries)}


def test_run_chart_with_a_shift_shows_improvement_in_mdc_blue(examples: Any) -> None:
    panel = examples.panel
    assert panel.title.text() == "Discharges before noon (per week)"
    assert COLOURS["improvement"] in scatter_colours(panel)
    assert panel.reading.text().endswith("special cause improvement")
    assert panel.variation.text() == "H"


def test_p_chart_draws_step_limits_and_the_target(examples: Any, qtbot: QtBot) -> None:
    qtbot.mouseClick(examples.measure_buttons[2], Qt.MouseButton.LeftButton)
    model = examples.panel.model
    assert model.chart == "p"
    ucl = next(line for line in model.lines if line.kind == "ucl")
    xs = [x for x, _ in ucl.runs[0]]
    assert len(xs) == 2 * 25  # a step per point: the limits vary with the denominator
    assert any(line.kind == "target" for line in model.lines)
    assert examples.panel.assurance.isVisible()


def test_touching_a_point_shows_its_value(examples: Any) -> None:
    panel = examples.panel
    series = next(s for s in panel.chart.series() if isinstance(s, QScatterSeries))
    point = series.at(0)
    series.clicked.emit(QPointF(point.x(), point.y()))
    assert panel.detail.text().startswith(f"Point {int(point.x())}")


def test_two_phases_break_the_centre_line(examples: Any, qtbot: QtBot) -> None:
    qtbot.mouseClick(examples.measure_buttons[3], Qt.MouseButton.LeftButton)
    model = examples.panel.model
    assert model.phase_breaks == (12.5,)
    centre = next(line for line in model.lines if line.kind == "cl")
    assert len(centre.runs) == 2
    assert centre.runs[0][0][1] != centre.runs[1][0][1]


def test_export_as_picture_writes_a_png(examples: Any, tmp_path: Any) -> None:
    examples.export_dir = tmp_path
    examples.export_png.click()
    assert examples.last_export.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_as_pdf_writes_a_one_page_report(examples: Any, tmp_path: Any,
                                                 qtbot: QtBot) -> None:
    from pypdf import PdfReader

    examples.export_dir = tmp_path
    examples.export_pdf.click()
    qtbot.waitUntil(lambda: getattr(examples, "last_pdf", None) is not None, timeout=15_000)
    reader = PdfReader(examples.last_pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Discharges before noon" in text
    assert "special cause improvement" in text


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform cannot, harmless
def test_show_on_the_big_screen_opens_a_full_screen_chart_that_a_touch_closes(
        examples: Any, qtbot: QtBot) -> None:
    examples.present.click()
    shown = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "chart.fullscreen" and w.isVisible()]
    assert len(shown) == 1
    qtbot.mouseClick(shown[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown[0].isVisible())


def test_two_sigma_lines_are_optional(examples: Any) -> None:
    def dotted() -> int:
        return sum(1 for s in examples.panel.chart.series()
                   if s.pen().style() == Qt.PenStyle.DotLine)

    examples.measure_buttons[1].click()
    assert dotted() == 0
    examples.two_sigma.setChecked(True)
    assert dotted() > 0
