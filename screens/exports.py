"""Exports (facilitator, behind the PIN): the files the kiosk kept for people, to open, print or
delete; and the sentence that tells people where a file they saved has gone."""

from __future__ import annotations

import csv
import io
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kiosk.drives import roots_from_setting
from kiosk.export_files import (
    ExportFile,
    ExportPlace,
    delete_export,
    export_place,
    list_exports,
    read_text,
)
from kiosk.ports import PrintDocument, PrintOutcome
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.presenters.events import local
from screens.widgets import Button, CardList, label

PDF_PAGES_SHOWN = 3  # a long PDF shows its first pages; printing sends them all


def saved_text(place: ExportPlace) -> str:
    """Where a file just saved has gone, in words a person understands."""
    if place.on_drive:
        return QCoreApplication.translate("ExportsScreen", "Saved to the USB drive %1.").replace(
            "%1", place.drive
        )
    return QCoreApplication.translate("ExportsScreen", "Saved to Exports on the Facilitator page.")


def place_for(ctx: ScreenContext, exports_dir: Path) -> ExportPlace:
    """The USB drive plugged in now, else the kiosk's exports folder."""
    return export_place(exports_dir, roots_from_setting(ctx.settings().drives))


def pdf_page_images(path: Path, *, pages: int | None = None, width: int = 1240) -> list[QImage]:
    """The pages of a PDF drawn as images (all, or the first `pages`)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    count = document.pageCount()
    images = []
    for index in range(count if pages is None else min(pages, count)):
        size = document.pagePointSize(index)
        height = round(width * size.height() / size.width()) if size.width() else width
        image = document.render(index, QSize(width, height))
        if not image.isNull():
            images.append(image)
    document.close()
    return images


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QPixmap.fromImage(image).save(buffer, "PNG")
    return bytes(data.data())


def csv_lines(text: str) -> str:
    """CSV text as lines of cells a person can read (cells apart, no quoting)."""
    rows = csv.reader(io.StringIO(text))
    return "\n".join("   |   ".join(cell for cell in row) for row in rows)


class ExportsScreen(Screen):
    """The exports folder: a list of files; the one chosen is shown, and can be printed or
    deleted (after a question)."""

    name = "exports"

    def __init__(
        self, ctx: ScreenContext, export_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.export_dir = export_dir or Path.cwd() / "exports"
        self.title = label("exports.title", "h1")
        self.body.addWidget(self.title)
        self.intro = label("exports.intro", "lead")
        self.body.addWidget(self.intro)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(24)
        self.files = CardList("exports.list")
        self.files.clickable = True
        self.files.card_activated.connect(self._on_files_card_activated)
        self.columns.addWidget(self.files, 2)
        viewer = QWidget()
        viewer.setProperty("screen", True)
        column = QVBoxLayout(viewer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.chosen = label("exports.chosen", "h2")
        column.addWidget(self.chosen)
        host = QWidget()
        host.setObjectName("exports.view.host")
        host.setProperty("screen", True)
        self.view_column = QVBoxLayout(host)
        self.view_column.setContentsMargins(0, 0, 12, 0)
        self.view_column.setSpacing(12)
        self.picture = label("exports.picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The picture never widens the column (it is drawn to the column's width).
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text = label("exports.text", "card-line")
        self.text.setProperty("content", True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.view_column.addWidget(self.picture)
        self.view_column.addWidget(self.text)
        self.view_column.addStretch(1)
        self.view = QScrollArea()
        self.view.setObjectName("exports.view")
        self.view.setWidgetResizable(True)
        self.view.setFrameShape(QScrollArea.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWidget(host)
        column.addWidget(self.view, 1)
        actions = FlowLayout(spacing=16)
        self.print_button = Button("exports.print", "primary")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.delete_button = Button("exports.delete", "danger")
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        actions.addWidget(self.print_button)
        actions.addWidget(self.delete_button)
        column.addLayout(actions)
        self.columns.addWidget(viewer, 3)
        self.body.addLayout(self.columns, 1)
        back_row = FlowLayout(spacing=16)
        self.back = Button("exports.back")
        self.back.clicked.connect(lambda: self.ctx.navigate("facilitator"))
        back_row.addWidget(self.back)
        self.body.addLayout(back_row)
        self._files: list[ExportFile] = []
        self._current: ExportFile | None = None
        self._pictures: list[QImage] = []
        self.last_print: PrintOutcome | None = None
        self.retranslate()

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Exports"))
        self.intro.setText(
            self.tr(
                "Files saved at the kiosk while no USB drive was plugged in. Touch one to see "
                "it, then print or delete it."
            )
        )
        self.files.setAccessibleName(self.tr("Saved files"))
        self.print_button.set_text(self.tr("Print"), self.tr("Print this file"))
        self.delete_button.set_text(self.tr("Delete"), self.tr("Delete this file"))
        self.back.set_text(self.tr("Back"), self.tr("Back to the Facilitator page"))
        self._render()

    def set_portrait(self, portrait: bool) -> None:
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    # --- loading ----------------------------------------------------------------------------

    def shown(self) -> None:
        folder = self.export_dir
        self.run(lambda: list_exports(folder), self._on_files_loaded)

    def reset(self) -> None:
        self._files = []
        self._current = None
        self._pictures = []
        self._render()

    def _on_files_loaded(self, files: list[ExportFile]) -> None:
        self._files = files
        if self._current is not None and self._current.name not in {f.name for f in files}:
            self._current = None
        self._render()

    def _kind_text(self, file: ExportFile) -> str:
        return {
            "image": self.tr("Picture"),
            "pdf": self.tr("PDF document"),
            "csv": self.tr("Spreadsheet (CSV)"),
            "text": self.tr("Text"),
        }.get(file.kind, self.tr("File"))

    def _render(self) -> None:
        self._render_list()
        self._render_view()

    def _render_list(self) -> None:
        self.files.clear()
        for file in self._files:
            when = local(file.modified)
            self.files.add_card(
                file.name,
                [f"{self._kind_text(file)} · {when:%d/%m/%Y %H:%M}"],
                key=file.name,
                content=True,
            )
        if not self._files:
            self.files.add_heading(self.tr("No files are kept at the kiosk."))

    def _render_view(self) -> None:
        current = self._current
        self.print_button.setEnabled(current is not None and self.ctx.printer is not None)
        self.delete_button.setEnabled(current is not None)
        if current is None:
            self.chosen.setText(self.tr("Choose a file to see it here."))
            self.picture.clear()
            self.picture.hide()
            self.text.clear()
            self.text.hide()

    # --- showing one file ---------------------------------------------------------------------

    def _on_files_card_activated(self, name: str) -> None:
        self.open_file(name)

    def open_file(self, name: str) -> None:
        """Show the file called `name` (one of the list) on the right."""
        file = next((f for f in self._files if f.name == name), None)
        if file is None:
            return
        self._current = file
        self._render_view()
        self.chosen.setText(file.name)
        self._pictures = []
        self.picture.hide()
        self.text.hide()
        try:
            if file.kind == "image":
                image = QImage(str(file.path))
                self._pictures = [] if image.isNull() else [image]
            elif file.kind == "pdf":
                self._pictures = pdf_page_images(file.path, pages=PDF_PAGES_SHOWN)
            elif file.kind in ("csv", "text"):
                content = read_text(file.path)
                self.text.setText(csv_lines(content) if file.kind == "csv" else content)
                self.text.show()
                return
        except OSError:
            self._pictures = []
        if self._pictures:
            self._show_pictures()
        else:
            self.text.setText(self.tr("This file cannot be shown here."))
            self.text.show()

    def _show_pictures(self) -> None:
        # The width the view gives its column (less the column's right margin).
        width = max(200, self.view.viewport().width() - 24)
        images = [
            p.scaledToWidth(min(width, p.width()), Qt.TransformationMode.SmoothTransformation)
            for p in self._pictures
        ]
        height = sum(i.height() for i in images) + 12 * (len(images) - 1)
        sheet = QImage(max(i.width() for i in images), max(1, height), QImage.Format.Format_RGB32)
        sheet.fill(Qt.GlobalColor.white)
        painter = QPainter(sheet)
        y = 0
        for image in images:
            painter.drawImage(0, y, image)
            y += image.height() + 12
        painter.end()
        self.picture.setPixmap(QPixmap.fromImage(sheet))
        self.picture.setAccessibleName(self.chosen.text())
        self.picture.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pictures:
            # Drawn again at the new width once the view has its new size.
            QTimer.singleShot(0, self, self._on_resized)

    def _on_resized(self) -> None:
        if self._pictures and self.picture.isVisible():
            self._show_pictures()

    # --- printing and deleting --------------------------------------------------------------

    def print_document(self, file: ExportFile) -> PrintDocument:
        """The file as a document for the printer: pictures and PDF pages as images, text and
        CSV as text."""
        if file.kind == "image":
            image = QImage(str(file.path))
            return PrintDocument(
                name=file.path.stem,
                html="<p><img src='file.png' width='640'></p>",
                images={"file.png": _png(image)},
            )
        if file.kind == "pdf":
            pages = pdf_page_images(file.path)
            images = {f"page{i}.png": _png(page) for i, page in enumerate(pages)}
            html = "".join(
                f"<p style='page-break-after:always'><img src='page{i}.png' width='680'></p>"
                for i in range(len(pages))
            )
            return PrintDocument(name=file.path.stem, html=html, images=images)
        content = read_text(file.path)
        shown = csv_lines(content) if file.kind == "csv" else content
        return PrintDocument(
            name=file.path.stem,
            html=f"<h2>{escape(file.name)}</h2><pre style='font-size:8pt'>{escape(shown)}</pre>",
        )

    def _on_print_button_clicked(self) -> None:
        file, printer = self._current, self.ctx.printer
        if file is None or printer is None:
            return
        try:
            document = self.print_document(file)
        except OSError:
            self.ctx.notify(self.tr("This file could not be read."), "error")
            return
        self.print_button.setEnabled(False)
        printer.print_document(document, self._on_printed, self._on_print_failed)

    def _on_printed(self, outcome: PrintOutcome) -> None:
        self.print_button.setEnabled(self._current is not None)
        self.last_print = outcome
        if outcome.printer:
            self.ctx.notify(self.tr("Sent to the printer."), "info")
        else:
            self.ctx.notify(
                self.tr("No printer is set up: a PDF copy was added to this list."), "info"
            )
            self.shown()

    def _on_print_failed(self, _exc: BaseException) -> None:
        self.print_button.setEnabled(self._current is not None)
        self.ctx.notify(self.tr("The file could not be printed."), "error")

    def _on_delete_button_clicked(self) -> None:
        file = self._current
        if file is None:
            return
        overlay = self.window().overlay  # type: ignore[attr-defined]
        overlay.ask(
            self.tr("Delete %1?").replace("%1", file.name),
            self.tr("The file is removed from the kiosk. This cannot be undone."),
            [
                ("exports.delete_confirm", self.tr("Delete"), "danger", lambda: self._delete(file)),
                ("exports.delete_cancel", self.tr("Keep it"), "", None),
            ],
        )

    def _delete(self, file: ExportFile) -> None:
        folder, name = self.export_dir, file.name

        def remove() -> list[ExportFile]:
            delete_export(folder, name)
            return list_exports(folder)

        self._current = None
        self.run(remove, self._on_deleted)

    def _on_deleted(self, files: list[ExportFile]) -> None:
        self._on_files_loaded(files)
        self.ctx.notify(self.tr("The file was deleted."), "info")
