"""The AV display: the room's big screen plays its own showcase loop, and shows what a
facilitator sends to it (a chart, a session) until they take it back.

DisplayManager keeps it on the right screen as screens come and go: it never covers the
kiosk, never strands a window on a screen that has gone, and never raises an error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QStackedLayout, QWidget

from screens.base import ScreenContext
from screens.presenters.display import ScreenInfo, av_screen
from screens.showcase_player import ShowcasePlayer

log = logging.getLogger(__name__)


class ScreenSource(QObject):
    """The screens plugged in now, from Qt; `changed` fires when one comes or goes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_app_screens_changed)
            app.screenRemoved.connect(self._on_app_screens_changed)
            app.primaryScreenChanged.connect(self._on_app_screens_changed)

    def screens(self) -> list[ScreenInfo]:
        """Every connected screen."""
        primary = QGuiApplication.primaryScreen()
        found = []
        for screen in QGuiApplication.screens():
            box = screen.geometry()
            found.append(
                ScreenInfo(
                    screen.name(), box.x(), box.y(), box.width(), box.height(), screen is primary
                )
            )
        return found

    def qscreen(self, name: str) -> QScreen | None:
        """Qt's screen of that name, if it is still there."""
        return next((s for s in QGuiApplication.screens() if s.name() == name), None)

    def _on_app_screens_changed(self, *_args: object) -> None:
        # Qt is still updating its list when it signals: decide once it has settled.
        QTimer.singleShot(0, self.changed.emit)


class AvDisplay(QWidget):
    """A frameless full-screen window: the AV loop, or what a facilitator put on it."""

    presentation_ended = Signal()

    def __init__(self, ctx: ScreenContext, screen_name: Callable[[], str]) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("av")
        self.setWindowTitle("Qspace AV")
        self.setAccessibleName(self.tr("Qspace AV display"))
        self.setStyleSheet("QWidget#av { background: white; }")
        self.player = ShowcasePlayer(
            ctx,
            "av",
            screen_name=screen_name,
            language=lambda: ctx.settings().default_language,
        )
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.player)
        self.presented: QWidget | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Qspace AV display"))
        super().changeEvent(event)

    def present(self, widget: QWidget) -> None:
        """Show `widget` instead of the loop until end_presentation()."""
        self.end_presentation(quiet=True)
        self.presented = widget
        dismissed = getattr(widget, "dismissed", None)
        if dismissed is not None:
            dismissed.connect(self.end_presentation)
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.player.stop()

    def end_presentation(self, *, quiet: bool = False) -> None:
        """Back to the loop."""
        widget, self.presented = self.presented, None
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
            if not quiet:
                self.presentation_ended.emit()
        self.stack.setCurrentWidget(self.player)
        if self.isVisible():
            self.player.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.presented is not None:
            self.end_presentation()
            return
        super().keyPressEvent(event)


class DisplayManager(QObject):
    """Puts the AV display on the chosen screen and keeps it there, or hides it."""

    placed = Signal(str)  # the screen's name, or "" when the AV display is hidden

    def __init__(
        self,
        ctx: ScreenContext,
        *,
        kiosk_screen: Callable[[], str],
        preferred: Callable[[], str],
        source: ScreenSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source or ScreenSource(self)
        self._kiosk_screen = kiosk_screen
        self._preferred = preferred
        self.current = ""
        self.display = AvDisplay(ctx, lambda: self.current)
        self.source.changed.connect(self.apply)
        self.started = False

    def start(self) -> None:
        """Place the AV display (once the store is open: its loop reads the playlist)."""
        self.started = True
        self.apply()

    def apply(self) -> None:
        """Put the AV display where the rules say, now."""
        if not self.started:
            return
        try:
            target = av_screen(
                self.source.screens(), kiosk=self._kiosk_screen(), preferred=self._preferred()
            )
            self._place(target)
        except Exception:  # a display driver in trouble must never take the kiosk down
            log.exception("AV display could not be placed")
            self._place(None)

    def _place(self, target: ScreenInfo | None) -> None:
        display = self.display
        if target is None:
            if display.isVisible():
                log.info("AV display hidden: no screen for it")
            display.player.stop()
            display.hide()
            self.current = ""
            self.placed.emit("")
            return
        if target.name != self.current:
            log.info("AV display on screen %s", target.name)
        self.current = target.name
        qscreen = self.source.qscreen(target.name)
        handle = display.windowHandle()
        if qscreen is not None and handle is not None:
            handle.setScreen(qscreen)
        display.setGeometry(QRect(target.x, target.y, target.width, target.height))
        display.showFullScreen()
        if display.presented is None:
            display.player.start()
        self.placed.emit(target.name)

    def present(self, widget: QWidget) -> bool:
        """Show `widget` on the AV display; False when there is no AV display now."""
        if not self.current:
            return False
        self.display.present(widget)
        return True

    def close(self) -> None:
        """Close the AV display (the kiosk window is going)."""
        self.started = False
        display = self.display
        try:
            display.player.stop()
            display.close()
            display.deleteLater()
        except RuntimeError:  # at exit Qt may have deleted the display's parts already
            pass
