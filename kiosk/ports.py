"""Small protocols for hardware: devices/ implements them, screens use them, tests fake them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class PrintDocument:
    """A document to print: HTML with named PNG images, on a page size."""

    name: str
    html: str
    images: dict[str, bytes] = field(default_factory=dict)
    page: str = "A4"  # "A4", "A5" or "A6"
    landscape: bool = False


@dataclass(frozen=True)
class PrintOutcome:
    """Where a document went: a printer's name, or a PDF file when no printer is set."""

    printer: str | None
    pdf: Path | None


class DocumentPrinter(Protocol):
    """Prints documents off the GUI thread and calls back on the GUI thread."""

    def print_document(
        self,
        document: PrintDocument,
        on_done: Callable[[PrintOutcome], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Print `document`; exactly one of the callbacks is called later."""

    def save_pdf(
        self,
        document: PrintDocument,
        path: Path,
        on_done: Callable[[PrintOutcome], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Write `document` to a PDF file at `path` (never to a printer)."""
