"""Printing through Qt's print system: the default printer, or a PDF when none is set."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

from kiosk.ports import PrintDocument, PrintOutcome

log = logging.getLogger(__name__)

# (on_done, on_error), carried through the queued signals as one object.
_Callbacks = tuple[Callable[[PrintOutcome], None], Callable[[BaseException], None]]

# Page names to QPageSize.PageSizeId names. The page and image classes are imported when a
# document is first printed: naming them here built some 200 enum members before the first paint.
PAGE_SIZES = ("A4", "A5", "A6")


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "document"


def render(document: PrintDocument, printer: QPrinter) -> None:
    """Lay out the HTML with its images and print it on `printer` (any thread)."""
    from PySide6.QtCore import QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    page = document.page if document.page in PAGE_SIZES else "A4"
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId[page]),
        QPageLayout.Orientation.Landscape
        if document.landscape
        else QPageLayout.Orientation.Portrait,
        QMarginsF(12, 12, 12, 12),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)
    text = QTextDocument()
    text.setDefaultStyleSheet("body { font-family: 'DejaVu Sans'; }")
    for name, png in document.images.items():
        image = QImage.fromData(png)  # the format is read from the data
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    text.setHtml(document.html)
    text.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    text.print_(printer)


class QtDocumentPrinter(QObject):
    """The DocumentPrinter of the room: prints on a background thread, never the GUI's."""

    _finished = Signal(object, object)
    _failed = Signal(object, object)

    def __init__(
        self,
        pdf_dir: Path,
        *,
        use_printers: bool = True,
        stand_in: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`stand_in`: a folder that plays the printer (each print a PDF in it), for tests and
        demonstrations where no printer can be connected."""
        super().__init__(parent)
        self.pdf_dir = pdf_dir
        self.use_printers = use_printers
        self.stand_in = stand_in
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_failed)
        self._threads: list[threading.Thread] = []

    def print_document(
        self,
        document: PrintDocument,
        on_done: Callable[[PrintOutcome], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Print `document` on the default printer, or to a PDF when there is none."""
        self._start(document, (on_done, on_error), None)

    def has_printer(self) -> bool:
        """Whether a printer is set up: the system's default printer, or the stand-in."""
        if self.stand_in is not None:
            return True
        if not self.use_printers:
            return False
        from PySide6.QtPrintSupport import QPrinterInfo

        return not QPrinterInfo.defaultPrinter().isNull()

    def save_pdf(
        self,
        document: PrintDocument,
        path: Path,
        on_done: Callable[[PrintOutcome], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Write `document` to the PDF file `path`, whatever printers there are."""
        self._start(document, (on_done, on_error), path)

    def _start(self, document: PrintDocument, callbacks: object, pdf: Path | None) -> None:
        thread = threading.Thread(
            target=self._work, args=(document, callbacks, pdf), name="printer", daemon=True
        )
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for prints in progress (tests and shutdown)."""
        for thread in self._threads:
            thread.join(timeout)

    def _work(self, document: PrintDocument, callbacks: object, pdf: Path | None) -> None:
        # Qt's print support is loaded on the first print, not at start-up.
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        try:
            wanted = self.use_printers and pdf is None
            info = QPrinterInfo.defaultPrinter() if wanted else QPrinterInfo()
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not info.isNull():
                printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
                outcome = PrintOutcome(info.printerName(), None)
            elif self.stand_in is not None and pdf is None:
                path = self.stand_in / f"{_safe_name(document.name)}.pdf"
                path.parent.mkdir(parents=True, exist_ok=True)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(path))
                outcome = PrintOutcome("PDF", path)
            else:
                path = pdf or self.pdf_dir / f"{_safe_name(document.name)}.pdf"
                path.parent.mkdir(parents=True, exist_ok=True)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(path))
                outcome = PrintOutcome(None, path)
            printer.setDocName(document.name)
            render(document, printer)
        except Exception as exc:  # noqa: BLE001 - reported to the caller, never raised
            self._failed.emit(exc, callbacks)
            return
        self._finished.emit(outcome, callbacks)

    def _on_finished(self, outcome: PrintOutcome, callbacks: object) -> None:
        on_done, _ = cast(_Callbacks, callbacks)
        log.info("printed a document (%s)", "printer" if outcome.printer else "PDF")
        on_done(outcome)

    def _on_failed(self, exc: BaseException, callbacks: object) -> None:
        _, on_error = cast(_Callbacks, callbacks)
        log.error("printing failed: %s", type(exc).__name__)
        on_error(exc)
