"""The Measures page: charts drawn with Making Data Count colours, touch, export, big screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.demo_charts import example_charts
from screens.main_window import MainWindow
from screens.presenters.chart import COLOURS, chart_model

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
    return {s.color().name().upper() for s in panel.chart.series() if isinstance(s, QScatterSeries)}


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


def test_export_as_pdf_writes_a_one_page_report(examples: Any, tmp_path: Any, qtbot: QtBot) -> None:
    from pypdf import PdfReader

    examples.export_dir = tmp_path
    examples.export_pdf.click()
    qtbot.waitUntil(lambda: getattr(examples, "last_pdf", None) is not None, timeout=15_000)
    reader = PdfReader(examples.last_pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Discharges before noon" in text
    assert "special cause improvement" in text


@pytest.fixture
def spare_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second screen connected (the offscreen platform has one: it stands in for it)."""
    monkeypatch.setattr(
        "screens.measures.spare_screen", lambda _own: QGuiApplication.primaryScreen()
    )


def full_screen_charts() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "chart.fullscreen" and w.isVisible()
    ]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform cannot, harmless
@pytest.mark.usefixtures("spare_screen")
def test_show_on_the_big_screen_opens_a_full_screen_chart_that_a_touch_closes(
    examples: Any, qtbot: QtBot
) -> None:
    examples.present.click()
    shown = full_screen_charts()
    assert len(shown) == 1
    qtbot.mouseClick(shown[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown[0].isVisible())


def test_with_no_big_screen_the_chart_never_covers_the_kiosk(
    examples: Any, window: MainWindow
) -> None:
    # One screen and no AV display: a full-screen chart would hide the kiosk itself.
    examples.present.click()
    assert full_screen_charts() == []
    assert window.banner.isVisible()
    assert window.banner.text.text().startswith("There is no big screen")
    assert window.current_screen == "measures"


def dismissed_big_screen_chart(examples: Any, qtbot: QtBot) -> None:
    """Show on the big screen, then a touch dismisses it (Qt deletes the window)."""
    examples.present.click()
    (chart,) = full_screen_charts()
    destroyed: list[bool] = []
    chart.destroyed.connect(lambda: destroyed.append(True))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(destroyed))


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.usefixtures("spare_screen")
def test_home_works_after_the_big_screen_chart_was_dismissed(
    examples: Any, window: MainWindow, qtbot: QtBot
) -> None:
    dismissed_big_screen_chart(examples, qtbot)
    qtbot.mouseClick(window.header.home, Qt.MouseButton.LeftButton)
    assert window.current_screen == "home"


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.usefixtures("spare_screen")
def test_idle_and_recovery_work_after_the_big_screen_chart_was_dismissed(
    examples: Any, window: MainWindow, qtbot: QtBot
) -> None:
    dismissed_big_screen_chart(examples, qtbot)
    with qtbot.waitSignal(window.screen_changed):
        window.idle_timer.setInterval(0)
        window.idle_timer.start()
    assert window.current_screen == "attract"
    window.show_screen("measures")
    window.recover()
    assert window.current_screen == "attract"


def test_two_sigma_lines_are_optional(examples: Any) -> None:
    def dotted() -> int:
        return sum(
            1 for s in examples.panel.chart.series() if s.pen().style() == Qt.PenStyle.DotLine
        )

    examples.measure_buttons[1].click()
    assert dotted() == 0
    examples.two_sigma.setChecked(True)
    assert dotted() > 0


def open_first_project(window: MainWindow, qtbot: QtBot) -> Any:
    window.navigate("projects")
    window.runner.wait_idle()
    QApplication.processEvents()
    card = window.screens["projects"].list._cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "project")
    project = window.screens["project"]
    qtbot.waitUntil(lambda: project.measures.isVisible())
    qtbot.mouseClick(project.measures, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "measures")
    window.runner.wait_idle()
    return window.screens["measures"]


def test_a_project_card_opens_its_measures_drawn_from_the_database(
    window: MainWindow, qtbot: QtBot
) -> None:
    measures = open_first_project(window, qtbot)
    assert measures.title.text() == window.screens["projects"].list.card_texts()[0].splitlines()[0]
    assert measures.panel.isVisible()
    assert measures.panel.model is not None
    assert len(measures.panel.model.points) >= 18
    assert measures.panel.reading.text()


def test_back_returns_from_the_measures_to_their_project(window: MainWindow, qtbot: QtBot) -> None:
    measures = open_first_project(window, qtbot)
    project_id = measures.project_id
    back = window.findChild(QWidget, "measures.back")
    assert back is not None
    assert back.isVisible()
    assert back.accessibleName() == "Back to the project"
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "project")
    assert window.screens["project"].project_id == project_id


def test_a_touched_point_shows_its_value_as_a_percentage_on_a_p_chart(examples: Any) -> None:
    examples.current = 2  # the p chart
    examples._render()
    panel = examples.panel
    series = next(s for s in panel.chart.series() if isinstance(s, QScatterSeries))
    point = series.at(0)
    series.clicked.emit(QPointF(point.x(), point.y()))
    assert "%" in panel.detail.text()


def test_editing_needs_the_pin_and_a_bad_paste_imports_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    from tests.gui.helpers import enter_pin, set_pin

    set_pin(window, qtbot)
    measures = open_first_project(window, qtbot)
    before = len(measures.panel.model.points)
    measures.edit.click()
    enter_pin(window, qtbot)
    assert window.current_screen == "measures"
    assert measures.editor.isVisible()
    measures.paste.setPlainText("2026-11-02\t12\n2026-11-09\tlots\n2026-11-16\t14")
    measures.import_button.click()
    window.runner.wait_idle()
    assert measures.problems.text().startswith("Nothing was imported:")
    assert "Row 2, value: not a number" in measures.problems.text()
    window.runner.wait_idle()
    assert len(measures.panel.model.points) == before


def test_a_good_paste_adds_points_to_the_chart(window: MainWindow, qtbot: QtBot) -> None:
    from tests.gui.helpers import enter_pin, set_pin

    set_pin(window, qtbot)
    measures = open_first_project(window, qtbot)
    chart = measures.charts[measures.current]
    before = len(chart.data.points)
    measures.edit.click()
    enter_pin(window, qtbot)
    rows = "\n".join(
        f"2026-12-{day:02d}\t5" + ("\t50" if chart.data.chart in ("p", "u") else "")
        for day in (1, 8, 15)
    )
    measures.paste.setPlainText(rows)
    measures.import_button.click()
    qtbot.waitUntil(lambda: len(measures.charts[measures.current].data.points) == before + 3)
    assert measures.problems.text() == ""


def test_editing_without_the_pin_asks_for_it(window: MainWindow, qtbot: QtBot) -> None:
    measures = open_first_project(window, qtbot)
    measures.edit.click()
    assert window.current_screen == "pin"
    assert not measures.editor.isVisible()


def test_a_csv_file_with_a_bad_denominator_is_refused_row_by_row(
    window: MainWindow, qtbot: QtBot, tmp_path: Any
) -> None:
    from tests.gui.helpers import enter_pin, set_pin

    set_pin(window, qtbot)
    measures = open_first_project(window, qtbot)
    before = len(measures.charts[measures.current].data.points)
    measures.edit.click()
    enter_pin(window, qtbot)
    path = tmp_path / "data.csv"
    path.write_text(
        "period,value,denominator\n2026-12-01,3,40\n2026-12-08,x,40\n", encoding="utf-8"
    )
    measures.load_csv_file(path)
    measures.import_button.click()
    window.runner.wait_idle()
    assert "Row 2, value: not a number" in measures.problems.text()
    assert len(measures.charts[measures.current].data.points) == before
    (tmp_path / "bad.csv").write_bytes(b"\xff\xfe\x00bad")
    measures.load_csv_file(tmp_path / "bad.csv")
    assert measures.problems.text() == "That file could not be read as text (UTF-8 CSV)."
