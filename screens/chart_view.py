"""A QI chart drawn with QtCharts: Making Data Count colours, limits, phases, markers, icons."""

from __future__ import annotations

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.palette import text_on
from screens.presenters.chart import COLOURS, ChartModel, PlotPoint, value_text
from screens.widgets import label

LINE_STYLES = {
    "cl": ("#1D2329", Qt.PenStyle.SolidLine, 2.5),
    "lcl": ("#4A5561", Qt.PenStyle.DashLine, 2.0),
    "ucl": ("#4A5561", Qt.PenStyle.DashLine, 2.0),
    "lcl2": ("#8A949E", Qt.PenStyle.DotLine, 1.5),
    "ucl2": ("#8A949E", Qt.PenStyle.DotLine, 1.5),
    "target": (COLOURS["target"], Qt.PenStyle.DashDotLine, 2.5),
}
VARIATION_COLOURS = {
    "common": COLOURS["common"],
    "improvement": COLOURS["improvement"],
    "concern": COLOURS["concern"],
    "neutral": COLOURS["neutral"],
}
ASSURANCE_COLOURS = {
    "consistent_pass": COLOURS["improvement"],
    "consistent_fail": COLOURS["concern"],
    "inconsistent": COLOURS["common"],
}


class Badge(QLabel):
    """A round icon with a letter, in a Making Data Count colour, and its meaning beside it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFixedSize(64, 64)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def paint_as(self, colour: str, letter: str, meaning: str) -> None:
        """Show `letter` on a `colour` disc; `meaning` is what a screen reader says."""
        self.setStyleSheet(
            f"background: {colour}; color: {text_on(colour)}; border-radius: 32px;"
            " font-size: 28px; font-weight: bold;"
        )
        self.setText(letter)
        self.setAccessibleName(meaning)
        self.setToolTip(meaning)


class ChartPanel(QWidget):
    """Title, chart, the two icons with their meaning, the reading and the touched point."""

    point_touched = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.title = label(f"{name}.title", "h2")
        top.addWidget(self.title, 1)
        self.variation = Badge(f"{name}.variation")
        self.variation_text = label(f"{name}.variation_text", "muted")
        self.assurance = Badge(f"{name}.assurance")
        self.assurance_text = label(f"{name}.assurance_text", "muted")
        for widget in (self.variation, self.variation_text, self.assurance, self.assurance_text):
            top.addWidget(widget)
        layout.addLayout(top)
        self.chart = self._new_chart()
        self.view = QChartView(self.chart)
        self.view.setObjectName(f"{name}.view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)  # room for the chart at 1280x800 too
        layout.addWidget(self.view, 1)
        self.reading = label(f"{name}.reading", "lead")
        layout.addWidget(self.reading)
        self.detail = label(f"{name}.detail", "muted")
        layout.addWidget(self.detail)
        self.model: ChartModel | None = None
        self.show_two_sigma = False
        self._scatter: dict[QScatterSeries, list[PlotPoint]] = {}

    # --- drawing ----------------------------------------------------------------------------

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def show_model(self, model: ChartModel) -> None:
        """Draw `model` (replacing whatever was drawn)."""
        self.model = model
        # A fresh chart each time: QChart keeps removed axes' labels on screen otherwise.
        old = self.chart
        self.chart = self._new_chart()
        self.view.setChart(self.chart)
        old.deleteLater()
        self._scatter = {}
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for index, text in model.x_labels:
            x_axis.append(text, index)
        count = max((p.index for p in model.points), default=1)
        x_axis.setRange(0.5, count + 0.5)
        y_axis = QValueAxis()
        y_axis.setRange(model.y_min, model.y_max)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%.2f" if model.chart == "p" or model.y_max < 10 else "%.0f")
        font = QFont("DejaVu Sans", 11)
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(font)
            axis.setGridLineColor(QColor("#E1E5EA"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        def add(series: QLineSeries | QScatterSeries) -> None:
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

        for line in model.lines:
            if line.kind in ("lcl2", "ucl2") and not self.show_two_sigma:
                continue
            colour, style, width = LINE_STYLES[line.kind]
            for run in line.runs:
                series = QLineSeries()
                series.setPen(QPen(QColor(colour), width, style))
                series.replace([QPointF(x, y) for x, y in run])
                add(series)
        for x in model.phase_breaks:
            series = QLineSeries()
            series.setPen(QPen(QColor("#4A5561"), 2, Qt.PenStyle.DashLine))
            series.replace([QPointF(x, model.y_min), QPointF(x, model.y_max)])
            add(series)
        data = QLineSeries()
        data.setPen(QPen(QColor("#7F8A94"), 2))
        data.replace([QPointF(p.index, p.value) for p in model.points if not p.excluded])
        add(data)
        groups: dict[str, list[PlotPoint]] = {}
        for point in model.points:
            groups.setdefault("excluded" if point.excluded else point.kind, []).append(point)
        for kind, points in groups.items():
            scatter = QScatterSeries()
            scatter.setMarkerSize(13 if kind != "common" else 11)
            if kind == "excluded":
                scatter.setColor(QColor("white"))
                scatter.setBorderColor(QColor(COLOURS["common"]))
            else:
                scatter.setColor(QColor(VARIATION_COLOURS[kind]))
                scatter.setBorderColor(QColor(VARIATION_COLOURS[kind]))
            scatter.replace([QPointF(p.index, p.value) for p in points])
            scatter.clicked.connect(self._on_scatter_clicked)
            add(scatter)
            self._scatter[scatter] = points
        marked = [p for p in model.points if p.pdsa or p.note]
        if marked:
            markers = QScatterSeries()
            markers.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
            markers.setMarkerSize(16)
            markers.setColor(QColor("#1D2329"))
            top = model.y_max - (model.y_max - model.y_min) * 0.04
            markers.replace([QPointF(p.index, top) for p in marked])
            markers.clicked.connect(self._on_scatter_clicked)
            add(markers)
            self._scatter[markers] = marked
        self.view.setAccessibleName(model.title)
        self.retranslate()

    def set_two_sigma(self, shown: bool) -> None:
        """Show or hide the 2-sigma lines."""
        self.show_two_sigma = shown
        if self.model is not None:
            self.show_model(self.model)

    # --- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Put the title, icons' meanings and the reading into the language showing."""
        model = self.model
        if model is None:
            return
        unit = f" ({model.unit})" if model.unit and model.unit not in model.title else ""
        self.title.setText(model.title + unit)
        kind, _, side = model.variation_icon.rpartition("_")
        if model.variation_icon == "common_cause":
            kind, side = "common", ""
        letter = {"high": "H", "low": "L"}.get(side, "~")
        meanings = {
            "common": self.tr("Common cause variation"),
            "improvement": self.tr("Special cause: improvement"),
            "concern": self.tr("Special cause: concern"),
            "neutral": self.tr("Special cause variation"),
        }
        self.variation.paint_as(
            VARIATION_COLOURS.get(kind, COLOURS["common"]), letter, meanings.get(kind, "")
        )
        self.variation_text.setText(meanings.get(kind, ""))
        if model.assurance_icon is None:
            self.assurance.hide()
            self.assurance_text.hide()
        else:
            assurance = {
                "consistent_pass": ("P", self.tr("Consistently meets the target")),
                "consistent_fail": ("F", self.tr("Consistently misses the target")),
                "inconsistent": ("?", self.tr("Hit and miss against the target")),
            }[model.assurance_icon]
            self.assurance.paint_as(ASSURANCE_COLOURS[model.assurance_icon], *assurance)
            self.assurance_text.setText(assurance[1])
            self.assurance.show()
            self.assurance_text.show()
        self.reading.setText(self.reading_text(model.reading_code, model.reading_params))
        warnings = [
            self.tr("Trial limits: fewer than 13 points in a phase.")
            for code in model.warnings
            if code == "trial_limits"
        ]
        self.detail.setText(
            " ".join(dict.fromkeys(warnings)) or self.tr("Touch a point to see its value and note.")
        )

    def reading_text(self, code: str, params: object) -> str:
        """The plain-language reading for a reading code (from kiosk.spc.reading)."""
        p = params if isinstance(params, dict) else {}
        line = self.tr("median") if p.get("line") == "median" else self.tr("mean")
        kind = code.rpartition("_")[2]
        verdict = {
            "improvement": self.tr("special cause improvement"),
            "concern": self.tr("special cause concern"),
            "neutral": self.tr("special cause variation"),
        }.get(kind, "")
        since = str(p.get("since") or p.get("since_index") or "")
        high = p.get("side") == "high"
        count = str(p.get("count", ""))
        if code.startswith("shift_"):
            text = (
                self.tr("%1 points above the %2 since %3: %4")
                if high
                else self.tr("%1 points below the %2 since %3: %4")
            )
            return (
                text.replace("%1", count)
                .replace("%2", line)
                .replace("%3", since)
                .replace("%4", verdict)
            )
        if code.startswith("trend_"):
            text = (
                self.tr("%1 points in a row going up since %2: %3")
                if high
                else self.tr("%1 points in a row going down since %2: %3")
            )
            return text.replace("%1", count).replace("%2", since).replace("%3", verdict)
        if code.startswith("outside_limits_"):
            text = (
                self.tr("The latest point is above the upper limit: %1")
                if high
                else self.tr("The latest point is below the lower limit: %1")
            )
            return text.replace("%1", verdict)
        if code.startswith("two_in_three_"):
            text = (
                self.tr("2 of the last 3 points are near the upper limit: %1")
                if high
                else self.tr("2 of the last 3 points are near the lower limit: %1")
            )
            return text.replace("%1", verdict)
        if code == "non_random_variation":
            return self.tr(
                "The points are not random around the %1: something has changed."
            ).replace("%1", line)
        if code == "random_variation":
            return self.tr(
                "Random variation around the median since %1: no sign of change yet."
            ).replace("%1", since)
        return self.tr("Common cause variation since %1: no sign of change yet.").replace(
            "%1", since
        )

    def _on_scatter_clicked(self, where: QPointF) -> None:
        sender = self.sender()
        points = self._scatter.get(sender, []) if isinstance(sender, QScatterSeries) else []
        point = min(points, key=lambda p: abs(p.index - where.x()), default=None)
        if point is None:
            return
        parts = [self.tr("Point %1").replace("%1", str(point.index))]
        if point.period:
            parts[0] += f" ({point.period})"
        model = self.model
        chart, unit = (model.chart, model.unit) if model is not None else ("", "")
        parts.append(value_text(point.value, chart=chart, unit=unit))
        if point.excluded:
            parts.append(self.tr("excluded from the calculations"))
        if point.pdsa:
            parts.append(point.pdsa)
        if point.note:
            parts.append(point.note)
        self.detail.setText(" · ".join(parts))
        self.point_touched.emit(point)


class FullScreenChart(QWidget):
    """A chart alone on a screen; a touch, a click or Escape closes it."""

    dismissed = Signal()

    def mousePressEvent(self, _event: object) -> None:
        self.dismissed.emit()
        self.close()

    def keyPressEvent(self, _event: object) -> None:
        self.dismissed.emit()
        self.close()


def chart_for_screen(model: ChartModel, parent: QWidget | None = None) -> QWidget:
    """A chart filling a big screen, on white (the AV display takes it as it is)."""
    window = FullScreenChart(parent)
    window.setObjectName("chart.fullscreen")
    window.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    window.setStyleSheet("QWidget#chart\\.fullscreen { background: white; }")
    layout = QVBoxLayout(window)
    layout.setContentsMargins(48, 32, 48, 32)
    panel = ChartPanel("chart.fullscreen.panel", window)
    panel.show_model(model)
    layout.addWidget(panel)
    return window


def spare_screen(own: QScreen | None) -> QScreen | None:
    """A connected screen other than the kiosk's own (`own`), or None when there is none."""
    own_name = own.name() if own is not None else None
    others = [s for s in QGuiApplication.screens() if s.name() != own_name]
    return others[-1] if others else None


def present_full_screen(model: ChartModel, parent: QWidget, target: QScreen) -> QWidget:
    """Show a chart full screen on `target` (when the room has no AV display set); never on
    the kiosk's own screen, which a frameless full-screen window would cover."""
    window = chart_for_screen(model, parent)
    window.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setGeometry(target.geometry())
    window.showFullScreen()
    return window
