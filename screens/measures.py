"""A project's measures as run and SPC charts, with export, the big screen and data editing."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.measures import MeasureData, MeasureForm
from kiosk.errors import KioskError
from kiosk.export_files import ExportPlace, free_path
from kiosk.ports import PrintDocument
from screens.base import Screen, ScreenContext
from screens.chart_view import ChartPanel, chart_for_screen, present_full_screen, spare_screen
from screens.exports import place_for, saved_text
from screens.flow import FlowLayout
from screens.measure_editor import MeasureFormBox, PointEntryBox
from screens.presenters.chart import ChartModel, PlotPoint, chart_model
from screens.presenters.measure_form import PointEntry, next_period
from screens.widgets import Button, WrapButton, WrapCheckBox, label, named
from screens.words import error_text


def model_of(chart: Any) -> ChartModel | None:
    """The drawing of one MeasureChart (None when the data cannot be charted yet)."""
    if chart.analysis is None:
        return None
    data = chart.data
    pdsa = {
        p.seq: f"PDSA {p.pdsa_number}: {p.pdsa_title}".strip() for p in data.points if p.pdsa_number
    }
    return chart_model(chart.analysis, title=data.name, unit=data.unit, pdsa=pdsa)


CSV_CHOICES = 4  # files offered at once, the newest, as buttons in one row


def csv_folders(export_dir: Path) -> list[Path]:
    """Where a facilitator's CSV file can be: the exports folder, home, Downloads, USB sticks."""
    home = Path.home()
    folders = [export_dir, home, home / "Downloads"]
    for media in (Path("/media") / home.name, Path("/run/media") / home.name, Path("/media")):
        with contextlib.suppress(OSError):
            folders += sorted(p for p in media.iterdir() if p.is_dir())
    return folders


def find_csv_files(folders: list[Path]) -> list[Path]:
    """The newest CSV files in `folders` (not their subfolders); runs on the worker."""
    found: dict[Path, float] = {}
    for folder in folders:
        with contextlib.suppress(OSError):
            for path in folder.glob("*.csv"):
                found[path] = path.stat().st_mtime
    return sorted(found, key=lambda p: found[p], reverse=True)[:CSV_CHOICES]


class MeasuresScreen(Screen):
    """The Measures page of one project: pick a measure, read its chart, export or present it."""

    name = "measures"

    def __init__(
        self, ctx: ScreenContext, export_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.export_dir = export_dir or Path.cwd() / "exports"
        top = QHBoxLayout()
        top.setSpacing(24)
        self.back = Button("measures.back")
        self.back.clicked.connect(self._on_back_clicked)
        self.back.hide()  # shown when the page belongs to a project
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        self.title = label("measures.title", "h1")
        top.addWidget(self.title, 1)
        self.body.addLayout(top)
        # The measures' names wrap onto more rows where one row would squeeze their words
        # (long Welsh names in portrait).
        self.choices = FlowLayout(spacing=12)
        self.body.addLayout(self.choices)
        self.measure_buttons: list[WrapButton] = []
        self.panel = ChartPanel("measures.chart")
        self.panel.point_touched.connect(self._on_panel_point_touched)
        # The editor sits beside the chart; in portrait, under it (a side column is too narrow).
        middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        middle.setSpacing(24)
        self.middle = middle
        middle.addWidget(self.panel, 3)
        self.body.addLayout(middle, 1)
        self.empty = label("measures.empty", "lead")
        self.body.addWidget(self.empty)
        self.action_grid = QGridLayout()
        self.action_grid.setSpacing(12)
        self.two_sigma = WrapCheckBox("measures.two_sigma")
        self.two_sigma.toggled.connect(self.panel.set_two_sigma)
        self.export_png = Button("measures.export_png")
        self.export_png.clicked.connect(self._on_export_png_clicked)
        self.export_pdf = Button("measures.export_pdf")
        self.export_pdf.clicked.connect(self._on_export_pdf_clicked)
        self.present = Button("measures.present", "primary")
        self.present.clicked.connect(self._on_present_clicked)
        self.edit = Button("measures.edit")
        self.edit.setCheckable(True)
        self.edit.toggled.connect(self._on_edit_toggled)
        self.body.addLayout(self.action_grid)
        self.set_portrait(False)
        self.editor = self._build_editor()
        middle.addWidget(self.editor, 2)
        self.editor.hide()
        self.project_id: str | None = None
        self.charts: list[Any] = []
        self.current = 0
        self.selected: PlotPoint | None = None
        self._fullscreen: QWidget | None = None
        self._want_edit = False  # Edit was tapped without the PIN: open the editor after it
        self._want_measure: str | None = None  # show this measure once the charts load
        self._entry_for: str | None = None  # the measure the point entry is ready for
        self.retranslate()

    def _build_editor(self) -> QWidget:
        box = QWidget()
        box.setObjectName("measures.editor.host")
        box.setProperty("screen", True)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        # Authoring: a new measure, changing or retiring the one showing, a point by touch.
        authoring = FlowLayout(spacing=8)
        self.new_measure = Button("measures.new")
        self.new_measure.clicked.connect(self._on_new_measure_clicked)
        self.change_measure = Button("measures.change")
        self.change_measure.clicked.connect(self._on_change_measure_clicked)
        self.retire_measure = Button("measures.retire", "danger")
        self.retire_measure.clicked.connect(self._on_retire_measure_clicked)
        for button in (self.new_measure, self.change_measure, self.retire_measure):
            authoring.addWidget(button)
        layout.addLayout(authoring)
        self.measure_form = MeasureFormBox()
        self.measure_form.saved.connect(self._on_measure_form_saved)
        self.measure_form.cancelled.connect(self._on_measure_form_cancelled)
        self.measure_form.hide()
        layout.addWidget(self.measure_form)
        self.point_entry = PointEntryBox(self.ctx.now().date())
        self.point_entry.entered.connect(self._on_point_entered)
        layout.addWidget(self.point_entry)
        self.paste = named(QPlainTextEdit(), "measures.paste")
        self.paste.setMinimumHeight(160)
        layout.addWidget(self.paste)
        self.open_csv = Button("measures.open_csv")
        self.open_csv.clicked.connect(self._on_open_csv_clicked)
        layout.addWidget(self.open_csv)
        self.replace = WrapCheckBox("measures.replace")
        layout.addWidget(self.replace)
        self.import_button = Button("measures.import", "primary")
        self.import_button.clicked.connect(self._on_import_clicked)
        layout.addWidget(self.import_button)
        self.problems = label("measures.problems")
        self.problems.setProperty("role", "error")
        layout.addWidget(self.problems)
        self.point_caption = label("measures.point_caption", "muted")
        layout.addWidget(self.point_caption)
        self.note = named(QLineEdit(), "measures.note")
        self.note.setMaxLength(200)
        layout.addWidget(self.note)
        point = QHBoxLayout()
        self.save_note = Button("measures.save_note")
        self.save_note.clicked.connect(self._on_save_note_clicked)
        self.exclude = Button("measures.exclude")
        self.exclude.clicked.connect(self._on_exclude_clicked)
        point.addWidget(self.save_note)
        point.addWidget(self.exclude)
        layout.addLayout(point)
        pdsa = QHBoxLayout()
        self.pdsa = named(QComboBox(), "measures.pdsa")
        self.mark_pdsa = Button("measures.mark_pdsa")
        self.mark_pdsa.clicked.connect(self._on_mark_pdsa_clicked)
        pdsa.addWidget(self.pdsa, 1)
        pdsa.addWidget(self.mark_pdsa)
        layout.addLayout(pdsa)
        grid = QGridLayout()
        self.freeze_caption = label("measures.freeze_caption", wrap=False)
        self.freeze = named(QSpinBox(), "measures.freeze")
        self.freeze.setRange(0, 10_000)
        self.freeze.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.splits_caption = label("measures.splits_caption", wrap=False)
        self.splits = named(QLineEdit(), "measures.splits")
        grid.addWidget(self.freeze_caption, 0, 0)
        grid.addWidget(self.freeze, 0, 1)
        grid.addWidget(self.splits_caption, 1, 0)
        grid.addWidget(self.splits, 1, 1)
        layout.addLayout(grid)
        self.save_phases = Button("measures.save_phases")
        self.save_phases.clicked.connect(self._on_save_phases_clicked)
        layout.addWidget(self.save_phases, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        # The tools keep their full size and scroll on a small screen rather than overlap.
        scroll = QScrollArea()
        scroll.setObjectName("measures.editor")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(box)
        return scroll

    # --- text -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.two_sigma.setText(self.tr("Show 2-sigma lines"))
        self.back.set_text(self.tr("Back"), self.tr("Back to the project"))
        self.export_png.set_text(self.tr("Save as picture"))
        self.export_pdf.set_text(self.tr("Save as PDF"))
        self.present.set_text(self.tr("Show on the big screen"))
        self.edit.set_text(self.tr("Edit data"), self.tr("Edit data (facilitator)"))
        self.paste.setPlaceholderText(
            self.tr(
                "Paste rows from a spreadsheet, or a CSV file with a header: period, value, "
                "denominator, note"
            )
        )
        self.paste.setAccessibleName(self.tr("Data to import"))
        self.replace.setText(self.tr("Replace the existing points"))
        self.import_button.set_text(self.tr("Import"))
        self.open_csv.set_text(self.tr("Open a CSV file…"), self.tr("Open a CSV file"))
        self.note.setPlaceholderText(self.tr("Note on the point you touched"))
        self.note.setAccessibleName(self.tr("Note"))
        self.save_note.set_text(self.tr("Save note"))
        self.exclude.set_text(self.tr("Exclude or include the point"))
        self.pdsa.setAccessibleName(self.tr("PDSA cycle"))
        self.mark_pdsa.set_text(self.tr("Mark the PDSA cycle"))
        self.freeze_caption.setText(self.tr("Baseline: first points"))
        self.freeze.setAccessibleName(self.tr("Baseline: number of first points (0 for none)"))
        self.splits_caption.setText(self.tr("New phase after points"))
        self.splits.setAccessibleName(self.tr("New phase after points, such as 12, 20"))
        self.save_phases.set_text(self.tr("Save phases"))
        self.new_measure.set_text(self.tr("New measure"))
        self.change_measure.set_text(self.tr("Change this measure"))
        self.retire_measure.set_text(self.tr("Retire this measure"))
        self._render_point_caption()
        self.panel.retranslate()
        self._render()

    def set_portrait(self, portrait: bool) -> None:
        """The check box and the four buttons in a row; in portrait, in rows of two."""
        self.middle.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        buttons = (self.export_png, self.export_pdf, self.present, self.edit)
        for widget in (self.two_sigma, *buttons):
            self.action_grid.removeWidget(widget)
        if portrait:
            self.action_grid.addWidget(self.two_sigma, 0, 0, 1, 2)
            for index, button in enumerate(buttons):
                self.action_grid.addWidget(button, 1 + index // 2, index % 2)
        else:
            self.action_grid.addWidget(self.two_sigma, 0, 0)
            for index, button in enumerate(buttons):
                self.action_grid.addWidget(button, 0, 2 + index)
        for column in range(6):
            self.action_grid.setColumnStretch(column, 0)
        self.action_grid.setColumnStretch(1, 1)  # landscape: the gap before the buttons
        self.action_grid.setColumnStretch(0, 1 if portrait else 0)

    def _on_back_clicked(self) -> None:
        if self.project_id is not None:
            self.ctx.navigate(f"project:{self.project_id}")

    # --- data -------------------------------------------------------------------------------

    def set_project(self, project_id: str, title: str = "") -> None:
        """Show the measures of `project_id` (loaded off the GUI thread)."""
        self.project_id = project_id
        self.back.show()
        self.title.setText(title)
        self.charts = []
        self.current = 0
        self._render()
        self.reload()

    def reload(self) -> None:
        """Load the project's measures and their analyses again."""
        project_id = self.project_id
        if project_id is None:
            return
        self.run(lambda: self.ctx.ops.measures.project_title(project_id), self._on_title_loaded)
        self.run(lambda: self.ctx.ops.measures.project_measures(project_id), self._on_cycles_loaded)
        self.run(lambda: self.ctx.ops.measures.measure_charts(project_id), self.show_charts)

    def _on_title_loaded(self, title: str) -> None:
        self.title.setText(title)

    def show_charts(self, charts: Sequence[Any]) -> None:
        """Show these MeasureCharts (a list in measure order)."""
        self.charts = list(charts)
        wanted, self._want_measure = self._want_measure, None
        ids = [getattr(getattr(c, "data", None), "id", None) for c in self.charts]
        if wanted is not None and wanted in ids:
            self.current = ids.index(wanted)
        self.current = min(self.current, max(0, len(self.charts) - 1))
        self._render()

    def show_examples(self, models: Sequence[ChartModel]) -> None:
        """Show ready-made example charts (snapshots and teaching sessions)."""
        self.title.setText(self.tr("Example charts"))
        self.project_id = None
        self.back.hide()
        self.charts = [
            type("Chart", (), {"model": m, "data": None, "analysis": None})() for m in models
        ]
        self.current = 0
        self._render()

    def _model(self, index: int) -> ChartModel | None:
        chart = self.charts[index]
        return getattr(chart, "model", None) or model_of(chart)

    def _render(self) -> None:
        while len(self.measure_buttons) < len(self.charts):
            index = len(self.measure_buttons)
            button = WrapButton(f"measures.measure.{index}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self._on_measure_clicked(i))
            self.choices.addWidget(button)
            self.measure_buttons.append(button)
        for index, button in enumerate(self.measure_buttons):
            if index < len(self.charts):
                chart = self.charts[index]
                model = self._model(index)
                name = model.title if model else (chart.data.name if chart.data else "")
                button.set_text(name)
                button.setChecked(index == self.current)
                button.show()
            else:
                button.hide()
        self._render_authoring()
        model = self._model(self.current) if self.charts else None
        self.panel.setVisible(model is not None)
        for export in (self.export_png, self.export_pdf, self.present):
            export.setEnabled(model is not None)
        if model is not None:
            self.panel.show_model(model)
            self.empty.clear()
        elif self.charts:
            self.empty.setText(
                self.tr("This measure needs at least two points before it can be charted.")
            )
        else:
            self.empty.setText(self.tr("This project has no measures yet."))

    def _on_measure_clicked(self, index: int) -> None:
        self.current = index
        self.selected = None
        self.measure_form.hide()
        self._render()

    # --- authoring (facilitator) -------------------------------------------------------------

    def _current_data(self) -> MeasureData | None:
        if not self.charts:
            return None
        data = getattr(self.charts[self.current], "data", None)
        return data if isinstance(data, MeasureData) else None

    def _render_authoring(self) -> None:
        data = self._current_data()
        self.new_measure.setEnabled(self.project_id is not None)
        self.change_measure.setEnabled(data is not None)
        self.retire_measure.setEnabled(data is not None)
        self.point_entry.setVisible(data is not None)
        if data is not None and data.id != self._entry_for:
            self._ready_point_entry(data)

    def _ready_point_entry(self, data: MeasureData) -> None:
        self._entry_for = data.id
        periods = [p.period for p in data.points]
        self.point_entry.set_measure(
            data.chart, data.denominator_label, next_period(periods, self.ctx.now().date())
        )

    def _on_new_measure_clicked(self) -> None:
        self.measure_form.fill(None)
        self.measure_form.show()
        self.measure_form.name.setFocus()

    def _on_change_measure_clicked(self) -> None:
        data = self._current_data()
        if data is not None:
            self.measure_form.fill(data)
            self.measure_form.show()

    def _on_measure_form_cancelled(self) -> None:
        self.measure_form.hide()

    def _on_measure_form_saved(self, form: MeasureForm) -> None:
        project_id, editing = self.project_id, self.measure_form.editing
        if project_id is None:
            return
        ops = self.ctx.ops.measures
        if editing is None:
            self.ctx.runner.submit(
                lambda: ops.add_measure(project_id, form),
                self._on_measure_saved,
                self._on_measure_refused,
            )
        else:
            self.ctx.runner.submit(
                lambda: ops.edit_measure(editing, form),
                self._on_measure_saved,
                self._on_measure_refused,
            )

    def _on_measure_saved(self, data: MeasureData) -> None:
        self.measure_form.hide()
        self._want_measure = data.id
        self._entry_for = None
        self.ctx.notify(self.tr("Measure saved: %1").replace("%1", data.name), "info")
        self.reload()

    def _on_measure_refused(self, exc: BaseException) -> None:
        self.measure_form.error.setText(error_text(exc))

    def _on_retire_measure_clicked(self) -> None:
        data = self._current_data()
        if data is None:
            return
        measure_id = data.id
        self.window().overlay.ask(  # type: ignore[attr-defined]
            self.tr("Retire “%1”?").replace("%1", data.name),
            self.tr(
                "Its chart is no longer shown or listed. Its points are kept, and it can be "
                "brought back."
            ),
            [
                (
                    "measures.retire_confirm",
                    self.tr("Retire the measure"),
                    "danger",
                    lambda: self._retire(measure_id),
                ),
                ("measures.retire_cancel", self.tr("Cancel"), "", None),
            ],
        )

    def _retire(self, measure_id: str) -> None:
        self.run(
            lambda: self.ctx.ops.measures.retire_measure(measure_id),
            lambda _r: self._on_measure_retired(),
        )

    def _on_measure_retired(self) -> None:
        self.current = 0
        self.measure_form.hide()
        self.ctx.notify(self.tr("The measure was retired."), "info")
        self.reload()

    def _on_point_entered(self, point: PointEntry) -> None:
        data = self._current_data()
        if data is None:
            return
        measure_id = data.id
        self.ctx.runner.submit(
            lambda: self.ctx.ops.measures.add_point(
                measure_id, point.period, point.value, point.denominator
            ),
            self._on_point_added,
            self._on_point_refused,
        )

    def _on_point_added(self, chart: Any) -> None:
        self.point_entry.clear()
        self._entry_for = None  # the next date follows the new point
        for index, shown in enumerate(self.charts):
            if getattr(getattr(shown, "data", None), "id", None) == chart.data.id:
                self.charts[index] = chart
        self._render()

    def _on_point_refused(self, exc: BaseException) -> None:
        self.point_entry.error.setText(error_text(exc))

    def _on_panel_point_touched(self, point: PlotPoint) -> None:
        self.selected = point
        self.note.setText(point.note)
        self._render_point_caption()

    def _render_point_caption(self) -> None:
        point = self.selected
        self.point_caption.setText(
            self.tr("Point %1 chosen").replace("%1", str(point.index))
            if point is not None
            else self.tr("Touch a point on the chart to add a note or a PDSA marker.")
        )
        for widget in (self.note, self.save_note, self.exclude, self.pdsa, self.mark_pdsa):
            widget.setEnabled(point is not None)

    def _on_cycles_loaded(self, measures: Any) -> None:
        self.pdsa.clear()
        self.pdsa.addItem(self.tr("No PDSA marker"), None)
        for cycle in measures.cycles:
            self.pdsa.addItem(f"PDSA {cycle.number}: {cycle.title}", cycle.id)

    def _on_mark_pdsa_clicked(self) -> None:
        point = self._selected_point_id()
        if point is not None:
            cycle = self.pdsa.currentData()
            self.run(
                lambda: self.ctx.ops.measures.mark_pdsa(point, cycle), lambda _r: self.reload()
            )

    # --- export and the big screen ----------------------------------------------------------

    def _file_stem(self) -> str:
        model = self.panel.model
        name = model.title if model else "chart"
        safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-").lower()
        return f"chart-{safe or 'measure'}-{self.ctx.now():%Y%m%d-%H%M%S}"

    def _on_export_png_clicked(self) -> None:
        # To the USB drive when one is plugged in, else to Exports on the Facilitator page.
        try:
            place = place_for(self.ctx, self.export_dir)
        except KioskError:
            self.ctx.notify(self.tr("The picture could not be saved."), "error")
            return
        path = free_path(place.folder, f"{self._file_stem()}.png")
        if self.panel.grab().save(str(path)):
            self.last_export = path
            self.ctx.notify(saved_text(place), "info")
        else:
            self.ctx.notify(self.tr("The picture could not be saved."), "error")

    def pdf_document(self) -> PrintDocument:
        """A one-page report: title, chart, reading and the data table."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        image = self.panel.view.grab()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        model = self.panel.model
        rows = "".join(
            f"<tr><td>{p.index}</td><td>{escape(p.period)}</td><td>{p.value:.4g}</td>"
            f"<td>{escape(p.note)}</td></tr>"
            for p in (model.points if model else ())
        )
        heads = (self.tr("Point"), self.tr("Period"), self.tr("Value"), self.tr("Note"))
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in heads)
        html = (
            f"<h2>{escape(self.title.text())}</h2><h3>{escape(self.panel.title.text())}</h3>"
            f"<p><img src='chart.png' width='640'></p>"
            f"<p>{escape(self.panel.reading.text())}</p>"
            f"<p>{escape(self.panel.variation_text.text())}</p>"
            f"<table cellspacing='0' cellpadding='3' style='font-size:8pt'><tr>{head}</tr>"
            f"{rows}</table>"
        )
        return PrintDocument(
            name=self._file_stem(), html=html, images={"chart.png": bytes(data.data())}, page="A4"
        )

    def _on_export_pdf_clicked(self) -> None:
        printer = self.ctx.printer
        if printer is None:
            return
        try:
            place = place_for(self.ctx, self.export_dir)
        except KioskError:
            self.ctx.notify(self.tr("The PDF could not be saved."), "error")
            return
        path = free_path(place.folder, f"{self._file_stem()}.pdf")
        printer.save_pdf(
            self.pdf_document(),
            path,
            lambda outcome: self._on_pdf_saved(outcome, place),
            self._on_pdf_failed,
        )

    def _on_pdf_saved(self, outcome: Any, place: ExportPlace) -> None:
        self.last_pdf = outcome.pdf
        self.ctx.notify(saved_text(place), "info")

    def _on_pdf_failed(self, _exc: BaseException) -> None:
        self.ctx.notify(self.tr("The PDF could not be saved."), "error")

    def _on_present_clicked(self) -> None:
        if self.panel.model is None:
            return
        show_on_av = getattr(self.window(), "show_on_av", None)
        if show_on_av is not None and show_on_av(chart_for_screen(self.panel.model)):
            self.ctx.notify(self.tr("The chart is on the AV display."), "info")
            return
        # No AV display: another screen if one is connected, never the kiosk's own.
        target = spare_screen(self.window().screen())
        if target is None:
            self.ctx.notify(
                self.tr(
                    "There is no big screen to show this on. A facilitator can choose the "
                    "AV display under Showcase."
                ),
                "info",
            )
            return
        self._fullscreen = present_full_screen(self.panel.model, self.window(), target)

    # --- editing (facilitator) --------------------------------------------------------------

    def shown(self) -> None:
        if self._want_edit and self.ctx.is_facilitator():
            self.edit.setChecked(True)
        self._want_edit = False

    def facilitator_view(self) -> bool:
        return self.edit.isChecked()

    def _on_edit_toggled(self, on: bool) -> None:
        if on and not self.ctx.is_facilitator():
            self.edit.setChecked(False)
            self._want_edit = True
            self.ctx.navigate("pin:measures")
            return
        if not on:
            self.ctx.view_changed()  # closing the editor ends the facilitator session
        self.editor.setVisible(on)

    def _measure_id(self) -> str | None:
        if not self.charts:
            return None
        data = getattr(self.charts[self.current], "data", None)
        return data.id if data is not None else None

    def _on_open_csv_clicked(self) -> None:
        # An in-app choice, not QFileDialog: Qt's dialog is English only and a separate window.
        folders = csv_folders(self.export_dir)
        self.ctx.runner.submit(lambda: find_csv_files(folders), self._on_csv_files_found)

    def _on_csv_files_found(self, paths: list[Path]) -> None:
        overlay = self.window().overlay  # type: ignore[attr-defined]
        if not paths:
            overlay.ask(
                self.tr("No CSV files found"),
                self.tr(
                    "Put the file on a USB stick or in the exports folder, or paste its "
                    "rows in the box."
                ),
                [("measures.csv_cancel", self.tr("Close"), "", None)],
            )
            return
        choices: list[tuple[str, str, str, object]] = [
            (f"measures.csv.{i}", path.name, "", lambda p=path: self.load_csv_file(p))
            for i, path in enumerate(paths)
        ]
        choices.append(("measures.csv_cancel", self.tr("Cancel"), "", None))
        overlay.ask(self.tr("Open a CSV file"), self.tr("The newest files first."), choices)

    def load_csv_file(self, path: Path) -> None:
        """Put a CSV file's text in the import box, to check and import it."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            self.problems.setText(self.tr("That file could not be read as text (UTF-8 CSV)."))
            return
        self.problems.clear()
        self.paste.setPlainText(text)

    def _on_import_clicked(self) -> None:
        measure_id = self._measure_id()
        if measure_id is None:
            return
        text, replace = self.paste.toPlainText(), self.replace.isChecked()
        self.run(
            lambda: self.ctx.ops.measures.import_points(measure_id, text, replace),
            self._on_imported,
        )

    def _on_imported(self, result: Any) -> None:
        if result.problems:
            lines = [self._problem_line(p) for p in result.problems[:6]]
            more = len(result.problems) - 6
            if more > 0:
                lines.append(self.tr("and %n more", "", more))
            self.problems.setText(self.tr("Nothing was imported:") + "\n" + "\n".join(lines))
            return
        self.problems.clear()
        self.paste.clear()
        self.ctx.notify(self.tr("%n point(s) imported.", "", result.saved), "info")
        self.reload()

    def _problem(self, code: str) -> str:
        return {
            "not_a_number": self.tr("not a number"),
            "value_not_finite": self.tr("not a number"),
            "value_missing": self.tr("missing"),
            "count_negative": self.tr("below zero"),
            "denominator_missing": self.tr("missing"),
            "denominator_not_positive": self.tr("must be above zero"),
            "denominator_below_count": self.tr("smaller than the count"),
            "too_long": self.tr("too long"),
            "control_chars": self.tr("has characters that cannot be stored"),
            "extra_cells": self.tr("more cells than the columns"),
            "no_rows": self.tr("there are no rows to import"),
            "too_many_rows": self.tr("more than 10,000 rows"),
            "column_missing": self.tr("a needed column is missing"),
            "column_repeated": self.tr("a column appears twice"),
            "unreadable": self.tr("the text could not be read"),
        }.get(code, self.tr("not valid"))

    def _column(self, column: str) -> str:
        names = {
            "value": self.tr("value"),
            "denominator": self.tr("denominator"),
            "period": self.tr("period"),
            "note": self.tr("note"),
        }
        return names.get(column, column)

    def _problem_line(self, problem: Any) -> str:
        if problem.row == 0 or not problem.column:
            return self._problem(problem.code)
        return (
            self.tr("Row %1, %2: %3")
            .replace("%1", str(problem.row))
            .replace("%2", self._column(problem.column))
            .replace("%3", self._problem(problem.code))
        )

    def _on_save_note_clicked(self) -> None:
        point = self._selected_point_id()
        if point is not None:
            note = self.note.text()
            self.run(
                lambda: self.ctx.ops.measures.set_point_note(point, note), lambda _r: self.reload()
            )

    def _on_exclude_clicked(self) -> None:
        point = self._selected_point_id()
        if point is not None and self.selected is not None:
            excluded = not self.selected.excluded
            self.run(
                lambda: self.ctx.ops.measures.set_point_excluded(point, excluded),
                lambda _r: self.reload(),
            )

    def _selected_point_id(self) -> str | None:
        if self.selected is None or not self.charts:
            return None
        data = getattr(self.charts[self.current], "data", None)
        for point in data.points if data is not None else ():
            if point.seq == self.selected.index:
                return str(point.id)
        return None

    def _on_save_phases_clicked(self) -> None:
        measure_id = self._measure_id()
        if measure_id is None:
            return
        freeze = self.freeze.value() or None
        try:
            splits = [
                int(part)
                for part in self.splits.text().replace(";", ",").split(",")
                if part.strip()
            ]
        except ValueError:
            self.problems.setText(
                self.tr("Phases are point numbers separated by commas, such as 12, 20.")
            )
            return
        self.ctx.runner.submit(
            lambda: self.ctx.ops.measures.set_phases(measure_id, freeze, splits),
            lambda _r: self._on_phases_saved(),
            self._on_phases_refused,
        )

    def _on_phases_saved(self) -> None:
        self.problems.clear()
        self.reload()

    def _on_phases_refused(self, _exc: BaseException) -> None:
        self.problems.setText(
            self.tr(
                "Those phases do not fit this measure: a baseline and "
                "phases cannot be combined, and each number must be "
                "between 1 and the number of points."
            )
        )

    def reset(self) -> None:
        self._want_edit = False
        self.edit.blockSignals(True)  # a reset is not the facilitator closing the editor
        self.edit.setChecked(False)
        self.edit.blockSignals(False)
        self.editor.hide()
        self.measure_form.hide()
        self.point_entry.clear()
        self._entry_for = None
        self._want_measure = None
        self.selected = None
        self.problems.clear()
        self.paste.clear()
        fullscreen, self._fullscreen = self._fullscreen, None
        # A touch closes the chart and Qt deletes it (WA_DeleteOnClose): only close one
        # that is still there.
        if fullscreen is not None and shiboken6.isValid(fullscreen):
            fullscreen.close()
