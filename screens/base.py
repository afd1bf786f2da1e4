"""What every screen shares: the context it is built with, retranslation and reset."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.config import Settings
from screens.i18n import Languages, retranslate_qt_parts
from screens.worker import TaskRunner

if TYPE_CHECKING:
    from kiosk.ops_handle import OpsHandle
    from kiosk.ports import DocumentPrinter

T = TypeVar("T")


@dataclass
class ScreenContext:
    """What screens need from the application, handed in by the composition root."""

    ops: OpsHandle  # typed per feature; the store opens on the worker; calls run there, in order
    runner: TaskRunner
    languages: Languages
    notify: Callable[[str, str], None]
    navigate: Callable[[str], None]
    settings: Callable[[], Settings]
    now: Callable[[], datetime]
    printer: DocumentPrinter | None = None
    is_facilitator: Callable[[], bool] = lambda: False
    # A screen calls this when it opens or closes a facilitator-only view (facilitator_view()).
    view_changed: Callable[[], None] = lambda: None
    # Which visitor the kiosk is serving: it changes on the attract loop and on each scan, so
    # a failure reported late is not shown to the next visitor.
    visitor: Callable[[], int] = lambda: 0
    # The visitor identified by a scanned pass or by finding themselves at check-in (a person
    # id), or None: what "My settings" and editing one's own project act for. Forgotten on the
    # attract loop (idle, Done) and replaced at the next scan.
    person: Callable[[], str | None] = lambda: None
    identify: Callable[[str | None], None] = lambda _person: None
    # The sync worker (sync.worker.SyncWorker) when a register is set up, else None: status(),
    # trigger(), dead_letters() and retry_dead_letters(); the last two read the store.
    sync: Any = None
    # Background work (the showcase loops, housekeeping) runs on a runner of its own, so that a
    # visitor's action never waits behind it; None runs it on ``runner``.
    background: TaskRunner | None = None

    @property
    def background_runner(self) -> TaskRunner:
        """The runner for work no visitor is waiting for."""
        return self.background if self.background is not None else self.runner


class Screen(QWidget):
    """A full-window page of the kiosk. Subclasses build widgets, then call retranslate()."""

    name: ClassVar[str] = ""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"screen.{self.name}")
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(64, 40, 64, 40)
        self.body.setSpacing(24)
        self.portrait = False

    def set_portrait(self, portrait: bool) -> None:
        """Reflow for a window taller than wide (True) or back to landscape; screens with
        columns override it."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = event.size().height() > event.size().width()
        if portrait != self.portrait:
            self.portrait = portrait
            margin = 32 if portrait else 64
            self.body.setContentsMargins(margin, 32 if portrait else 40, margin, 40)
            self.set_portrait(portrait)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text through tr(); called again when the language changes."""

    def reset(self) -> None:
        """Clear every input and any personal data shown (idle timeout, leaving the screen)."""

    def shown(self) -> None:
        """The screen has come to the front: refresh what it shows."""

    def language_chosen(self) -> None:
        """The visitor switched the language with the header's switch while on this screen."""

    def facilitator_view(self) -> bool:
        """Whether the screen now shows a facilitator-only view (such as a console behind the
        PIN); leaving it ends the facilitator session, as leaving a protected screen does."""
        return False

    def run(self, fn: Callable[[], T], on_done: Callable[[T], None]) -> None:
        """Run a database operation off the GUI thread; report failures in the banner.

        `fn` is typically `lambda: self.ctx.ops.<feature>.<action>(...)`; mypy checks that
        `on_done` takes what it returns.

        A result that arrives after the screen was closed and deleted (the window shut while a
        load was on the worker) is dropped.
        """

        visitor = self.ctx.visitor()

        def done(result: T) -> None:
            if shiboken6.isValid(self):
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            if self.ctx.visitor() != visitor:  # the visitor it was for has gone
                logging.getLogger(__name__).info(
                    "operation for an earlier visitor failed on %s: %s",
                    self.name,
                    type(exc).__name__,
                )
                return
            self._on_job_failed(exc)

        self.ctx.runner.submit(fn, done, failed)

    def _on_job_failed(self, exc: BaseException) -> None:
        logging.getLogger(__name__).error(
            "operation failed on %s: %s", self.name, type(exc).__name__
        )
        self.ctx.notify(
            self.tr("Sorry, that did not work. Please try again or ask a facilitator."), "error"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            retranslate_qt_parts(self)
        super().changeEvent(event)
