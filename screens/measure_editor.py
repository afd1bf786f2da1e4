"""Authoring on the Measures page (facilitator): a measure's form and a point added by touch."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QLineEdit, QVBoxLayout, QWidget

from kiosk.dto.measures import MeasureData, MeasureForm
from screens.flow import FlowLayout
from screens.keyboard import DECIMAL_PROPERTY
from screens.presenters.measure_form import (
    CHARTS,
    DIRECTIONS,
    STEPS,
    NumberError,
    PointEntry,
    parse_number,
    read_point,
    step_date,
    uses_denominator,
)
from screens.widgets import Button, label, named


def number_field(name: str) -> QLineEdit:
    """A text field for a number: the on-screen keyboard offers its number pad with a point."""
    field = named(QLineEdit(), name)
    field.setMaxLength(24)
    field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
    field.setProperty(DECIMAL_PROPERTY, True)
    return field


def _choices(
    prefix: str, keys: tuple[str, ...], row: FlowLayout, owner: QWidget
) -> dict[str, Button]:
    """One checkable button per key; one group each, as the rows share a parent widget."""
    group = QButtonGroup(owner)
    group.setExclusive(True)
    buttons: dict[str, Button] = {}
    for key in keys:
        button = Button(f"{prefix}.{key}", "choice")
        button.setCheckable(True)
        group.addButton(button)
        row.addWidget(button)
        buttons[key] = button
    return buttons


class MeasureFormBox(QFrame):
    """A measure's name, unit, chart, direction, target and what its denominator counts."""

    saved = Signal(MeasureForm)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measures.form")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.heading = label("measures.form.heading", "h2")
        self.name_caption = label("measures.form.name_caption", "muted")
        self.name = named(QLineEdit(), "measures.form.name")
        self.name.setMaxLength(160)
        self.unit_caption = label("measures.form.unit_caption", "muted")
        self.unit = named(QLineEdit(), "measures.form.unit")
        self.unit.setMaxLength(40)
        self.chart_caption = label("measures.form.chart_caption", "muted")
        chart_row = FlowLayout(spacing=8)
        self.charts = _choices("measures.form.chart", CHARTS, chart_row, self)
        self.direction_caption = label("measures.form.direction_caption", "muted")
        direction_row = FlowLayout(spacing=8)
        self.directions = _choices("measures.form.direction", DIRECTIONS, direction_row, self)
        self.target_caption = label("measures.form.target_caption", "muted")
        self.target = number_field("measures.form.target")
        self.denominator_caption = label("measures.form.denominator_caption", "muted")
        self.denominator_label = named(QLineEdit(), "measures.form.denominator_label")
        self.denominator_label.setMaxLength(120)
        self.error = label("measures.form.error")
        self.error.setProperty("role", "error")
        buttons = FlowLayout(spacing=8)
        self.save = Button("measures.form.save", "primary")
        self.cancel = Button("measures.form.cancel")
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        layout.addWidget(self.heading)
        for widget in (self.name_caption, self.name, self.unit_caption, self.unit):
            layout.addWidget(widget)
        layout.addWidget(self.chart_caption)
        layout.addLayout(chart_row)
        layout.addWidget(self.direction_caption)
        layout.addLayout(direction_row)
        for widget in (
            self.target_caption,
            self.target,
            self.denominator_caption,
            self.denominator_label,
            self.error,
        ):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for button in self.charts.values():
            button.toggled.connect(self._on_chart_toggled)
        self.save.clicked.connect(self._on_save_clicked)
        self.cancel.clicked.connect(self.cancelled)
        self.editing: str | None = None  # the measure being changed; None for a new one
        self.fill(None)
        self.retranslate()

    def retranslate(self) -> None:
        """The captions in the language showing."""
        self.heading.setText(
            self.tr("Change the measure") if self.editing else self.tr("New measure")
        )
        self.name_caption.setText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Name of the measure"))
        self.unit_caption.setText(self.tr("Unit (such as minutes, %, patients)"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.chart_caption.setText(self.tr("Chart"))
        chart_names = {
            "run": self.tr("Run chart"),
            "i": self.tr("I chart (values)"),
            "p": self.tr("P chart (percentage)"),
            "u": self.tr("U chart (rate)"),
            "c": self.tr("C chart (counts)"),
        }
        for key, button in self.charts.items():
            button.set_text(chart_names[key])
        self.direction_caption.setText(self.tr("Which way is better"))
        direction_names = {
            "up": self.tr("Higher is better"),
            "down": self.tr("Lower is better"),
            "neutral": self.tr("Neither"),
        }
        for key, button in self.directions.items():
            button.set_text(direction_names[key])
        self.target_caption.setText(self.tr("Target (may be left empty)"))
        self.target.setAccessibleName(self.tr("Target"))
        self.denominator_caption.setText(self.tr("What the denominator counts"))
        self.denominator_label.setAccessibleName(self.tr("What the denominator counts"))
        self.denominator_label.setPlaceholderText(self.tr("such as patients seen that week"))
        self.save.set_text(self.tr("Save the measure"))
        self.cancel.set_text(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fill(self, data: MeasureData | None) -> None:
        """Start a new measure (None) or show `data` to change it."""
        self.editing = data.id if data is not None else None
        self.name.setText(data.name if data else "")
        self.unit.setText(data.unit if data else "")
        self.charts.get(data.chart if data else "run", self.charts["run"]).setChecked(True)
        self.directions[
            data.direction if data and data.direction in DIRECTIONS else "neutral"
        ].setChecked(True)
        target = data.target if data else None
        self.target.setText("" if target is None else f"{target:g}")
        self.denominator_label.setText(data.denominator_label if data else "")
        self.error.clear()
        self._on_chart_toggled()
        self.retranslate()

    def chart(self) -> str:
        """The chart chosen."""
        return next((k for k, b in self.charts.items() if b.isChecked()), "run")

    def _on_chart_toggled(self) -> None:
        ratio = uses_denominator(self.chart())
        self.denominator_caption.setVisible(ratio)
        self.denominator_label.setVisible(ratio)

    def _on_save_clicked(self) -> None:
        try:
            target = parse_number(self.target.text(), field="target", required=False)
        except NumberError:
            self.error.setText(self.tr("The target must be a number, or left empty."))
            return
        direction = next((k for k, b in self.directions.items() if b.isChecked()), "neutral")
        chart = self.chart()
        self.error.clear()
        self.saved.emit(
            MeasureForm(
                name=self.name.text(),
                unit=self.unit.text(),
                chart=chart,
                direction=direction,
                target=target,
                denominator_label=self.denominator_label.text() if uses_denominator(chart) else "",
            )
        )


class PointEntryBox(QFrame):
    """One point by touch: its date (stepped by day, week or month), value and denominator."""

    entered = Signal(PointEntry)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measures.point")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.heading = label("measures.point.heading", "h2")
        self.date_caption = label("measures.point.date_caption", "muted")
        self.date_label = label("measures.point.date", "lead")
        steps = FlowLayout(spacing=8)
        self.steps: dict[str, Button] = {}
        for step in STEPS:
            button = Button(
                f"measures.point.step.{step.replace('+', 'next_').replace('-', 'back_')}"
            )
            button.clicked.connect(lambda _=False, s=step: self._on_step_clicked(s))
            steps.addWidget(button)
            self.steps[step] = button
        self.value_caption = label("measures.point.value_caption", "muted")
        self.value = number_field("measures.point.value")
        self.denominator_caption = label("measures.point.denominator_caption", "muted")
        self.denominator = number_field("measures.point.denominator")
        self.error = label("measures.point.error")
        self.error.setProperty("role", "error")
        self.add = Button("measures.point.add", "primary")
        self.add.clicked.connect(self._on_add_clicked)
        for caption in (self.heading, self.date_caption, self.date_label):
            layout.addWidget(caption)
        layout.addLayout(steps)
        for widget in (
            self.value_caption,
            self.value,
            self.denominator_caption,
            self.denominator,
            self.error,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.period = today
        self.chart = "run"
        self.denominator_words = ""
        self.retranslate()

    def retranslate(self) -> None:
        """The captions in the language showing."""
        self.heading.setText(self.tr("Add a point"))
        self.date_caption.setText(self.tr("Date"))
        names = {
            "-month": (self.tr("-1 month"), self.tr("A month earlier")),
            "-week": (self.tr("-1 week"), self.tr("A week earlier")),
            "-day": (self.tr("-1 day"), self.tr("A day earlier")),
            "+day": (self.tr("+1 day"), self.tr("A day later")),
            "+week": (self.tr("+1 week"), self.tr("A week later")),
            "+month": (self.tr("+1 month"), self.tr("A month later")),
        }
        for step, button in self.steps.items():
            button.set_text(*names[step])
        self.value_caption.setText(self.tr("Value"))
        self.value.setAccessibleName(self.tr("Value"))
        self.denominator_caption.setText(
            self.tr("Denominator: %1").replace("%1", self.denominator_words)
            if self.denominator_words
            else self.tr("Denominator")
        )
        self.denominator.setAccessibleName(self.tr("Denominator"))
        self.add.set_text(self.tr("Add the point"))
        self._render_date()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_measure(self, chart: str, denominator_words: str, period: date) -> None:
        """Get ready for a point of a measure with `chart`, dated `period` to begin with."""
        self.chart = chart
        self.denominator_words = denominator_words
        self.period = period
        ratio = uses_denominator(chart)
        self.denominator_caption.setVisible(ratio)
        self.denominator.setVisible(ratio)
        self.retranslate()

    def clear(self) -> None:
        """Empty the value, denominator and error (after a point was added, or a reset)."""
        self.value.clear()
        self.denominator.clear()
        self.error.clear()

    def _render_date(self) -> None:
        day = QDate(self.period.year, self.period.month, self.period.day)
        self.date_label.setText(QLocale().toString(day, QLocale.FormatType.LongFormat))
        self.date_label.setAccessibleName(self.date_label.text())

    def _on_step_clicked(self, step: str) -> None:
        self.period = step_date(self.period, step)
        self._render_date()

    def _on_add_clicked(self) -> None:
        try:
            point = read_point(self.chart, self.period, self.value.text(), self.denominator.text())
        except NumberError as refused:
            self.error.setText(
                self.tr("The denominator must be a number above zero.")
                if refused.field == "denominator"
                else self.tr("The value must be a number.")
            )
            return
        self.error.clear()
        self.entered.emit(point)
