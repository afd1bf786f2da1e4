"""A showcase loop on a screen: asks the scheduler at every slide boundary and logs each showing."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.dto.showcase import SlideShowing, WelcomeSlide
from kiosk.errors import ErrorCode, KioskError
from screens.base import ScreenContext
from screens.presenters.showcase import LoopState
from screens.slides import SlideView

log = logging.getLogger(__name__)

RETRY_S = 5  # when the store is not ready or a read failed: welcome now, try again soon


class ShowcasePlayer(QWidget):
    """Plays one loop ("attract" or "av") in a SlideView.

    The next slide is read on the background runner at every boundary, so the schedule is
    re-evaluated even when nobody touches anything. A showing that plays to its end is logged
    (proof of play) with the screen it was on; one cut short is not.
    """

    showing_started = Signal(object)  # SlideShowing

    def __init__(
        self,
        ctx: ScreenContext,
        loop: str,
        *,
        screen_name: Callable[[], str],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"showcase.{loop}")
        self.ctx = ctx
        self.state = LoopState(loop)
        self._screen_name = screen_name
        self._language = language
        settings = ctx.settings()
        self.view = SlideView(
            welsh=ctx.languages.welsh,
            now=ctx.now,
            locale=lambda: ctx.languages.locale,
            primary=settings.primary_colour,
            accent=settings.accent_colour,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.timer = QTimer(self)
        self.timer.setObjectName(f"showcase.{loop}.timer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.ms_per_second = 1000  # tests run the loop on a fast clock
        self.running = False
        self._waiting = -1  # the generation whose answer is awaited, -1 for none
        # Each start, stop and refresh begins a new generation: an answer to an older request
        # (read before a notice was raised or an item hidden) is dropped, never shown.
        self._generation = 0
        self.last_draw_ms = 0.0  # how long the last slide took to lay out (benchmarks)
        # A slide read while a visitor's action is on its way back waits for it: the GUI
        # thread draws the visitor's answer first (it usually leaves this screen, and the slide
        # is then never drawn).
        self._deferred: tuple[SlideShowing, int] | None = None
        if ctx.background is not None:
            ctx.runner.became_idle.connect(self._on_runner_became_idle)

    @property
    def loop(self) -> str:
        """ "attract" or "av"."""
        return self.state.loop

    def start(self) -> None:
        """Start the loop (again) from the first slide the schedule allows."""
        if self.running:
            return
        self.running = True
        self._request()

    def stop(self) -> None:
        """Stop the loop; the slide on screen is cut short and not logged."""
        self.running = False
        self._generation += 1
        self.timer.stop()
        self.state.interrupt()

    def refresh_now(self) -> None:
        """Ask the scheduler now (a notice raised or cleared, the playlist edited)."""
        if not self.running:
            return
        self._generation += 1
        self.timer.stop()
        self.state.interrupt()
        self._request()

    def retranslate(self) -> None:
        """Redraw the slide on screen in the language now showing."""
        current = self.state.current
        if current is not None:
            self._draw(current)

    # --- the loop -------------------------------------------------------------------------

    def _request(self) -> None:
        if self._waiting == self._generation:
            return  # this generation's answer is on its way
        self._waiting = generation = self._generation
        settings = self.ctx.settings()
        loop, after, rotations = self.loop, self.state.after_position, dict(self.state.rotations)
        self.ctx.background_runner.submit(
            lambda: self.ctx.ops.showcase.next_showing(
                loop, after, rotations, settings.room_name, settings.project_url
            ),
            lambda showing: self._on_next_loaded(showing, generation),
            lambda exc: self._on_next_failed(exc, generation),
            keep=True,  # the loop plays on through visitors' resets (same runner in snapshots)
        )

    def _on_next_loaded(self, showing: SlideShowing, generation: int) -> None:
        if generation != self._generation:
            return
        self._waiting = -1
        if not self.running:
            return
        if self.ctx.background is not None and self.ctx.runner.busy:
            self._deferred = (showing, generation)
            return
        seconds = self.state.begin(showing, self.ctx.now())
        started = time.perf_counter()
        self._draw(showing)
        self.last_draw_ms = (time.perf_counter() - started) * 1000
        self.timer.start(seconds * self.ms_per_second)
        self.showing_started.emit(showing)

    def _on_runner_became_idle(self) -> None:
        deferred, self._deferred = self._deferred, None
        if deferred is not None:
            self._on_next_loaded(*deferred)

    def _on_next_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._waiting = -1
        starting = isinstance(exc, KioskError) and exc.code is ErrorCode.DB_UNAVAILABLE
        (log.info if starting else log.warning)(
            "showcase %s: next slide not read (%s)", self.loop, type(exc).__name__
        )
        if not self.running:
            return
        self.state.interrupt()
        welcome = SlideShowing(
            "welcome", None, WelcomeSlide(self.ctx.settings().room_name), 0, None
        )
        self._draw(welcome)
        self.timer.start(RETRY_S * self.ms_per_second)

    def _draw(self, showing: SlideShowing) -> None:
        self.view.show_slide(
            showing.kind, showing.content, self._language(), self.ctx.settings().room_name
        )

    def _on_timer_timeout(self) -> None:
        done = self.state.finish()
        if done is not None:
            loop, screen = self.loop, self._screen_name()
            self.ctx.background_runner.submit(
                lambda: self.ctx.ops.showcase.log_play(
                    loop, screen, done.kind, done.item_id, done.started_at
                ),
                lambda _none: None,
                lambda exc: log.warning("proof of play not logged: %s", type(exc).__name__),
                keep=True,
            )
        if self.running:
            self._request()
