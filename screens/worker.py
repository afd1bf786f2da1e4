"""Worker threads for database work; results come back to the GUI thread by signal.

The kiosk runs two: visitors' actions on one, background work (the showcase loops'
slides and proof of play, housekeeping) on the other. Each thread opens its own sessions, so
each has its own SQLite connection: a scan never queues behind a slide being read.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

# Runners still alive at exit are stopped first: a QThread destroyed while running aborts.
_RUNNERS: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


@atexit.register
def _stop_runners() -> None:
    for runner in list(_RUNNERS):
        runner.shutdown()


T = TypeVar("T")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class VisitorsFirst:
    """Visitors never wait behind background work.

    From a visitor's job being submitted on the main runner until its answer has been shown,
    the background lane holds back: before each of its jobs and (through the store's hook,
    `kiosk.db.pause_reads`) before each statement while it holds no write lock. A Python thread
    reading a slide at the same moment as a scan takes turns with it for the interpreter, and
    made the scan wait some 10-20 ms more. A background job holds back for `limit_s` at most
    in all, so that a long facilitator's job or a queue of scans cannot stop the lane.
    """

    def __init__(self, limit_s: float = 0.25) -> None:
        self._clear = threading.Event()
        self._clear.set()
        self._limit_s = limit_s
        self._background: dict[int, float] = {}  # thread -> what its job may still wait
        self.holds = 0  # how often background work held back (for benchmarks and tests)

    def visitor_busy(self) -> None:
        """A visitor's job is in hand."""
        self._clear.clear()

    def visitor_idle(self) -> None:
        """Every visitor's job has been answered."""
        self._clear.set()

    @property
    def busy(self) -> bool:
        """Whether a visitor's job is in hand."""
        return not self._clear.is_set()

    def enter_background(self) -> None:
        """Called on the background lane's thread as each of its jobs starts: its work holds
        back for visitors, `limit_s` at most in all for this job."""
        self._background[threading.get_ident()] = self._limit_s

    def hold(self) -> None:
        """On the background lane's thread: wait while a visitor's job is in hand, while the
        job's allowance lasts. Elsewhere (the visitor's own thread, the GUI) return at once."""
        if self._clear.is_set():
            return
        thread = threading.get_ident()
        left = self._background.get(thread, 0.0)
        if left <= 0:
            return
        self.holds += 1
        began = time.monotonic()
        self._clear.wait(left)
        self._background[thread] = left - (time.monotonic() - began)


class _Worker(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, priority: VisitorsFirst | None = None) -> None:
        super().__init__()
        self._priority = priority

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        if self._priority is not None:  # the background lane: visitors' jobs first
            self._priority.enter_background()
            self._priority.hold()
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the caller
            self.failed.emit(job_id, exc)
            return
        self.finished.emit(job_id, result)


class TaskRunner(QObject):
    """Runs callables one at a time off the GUI thread and calls back on the GUI thread.

    Jobs belong to the visitor in front when they are submitted: after `new_generation()`
    (the kiosk went back to its attract loop) the answers of earlier jobs are dropped, so a
    lookup or confirmation for someone who has gone never reaches the next visitor's screen.
    The work itself still runs to its end (a save is kept). Jobs submitted with `keep=True`
    (start-up, a new scan, the showcase loops, housekeeping) are answered whatever happened.
    """

    _dispatched = Signal(int, object)
    became_idle = Signal()
    job_failed = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        start: bool = True,
        name: str = "db",
        visitors: VisitorsFirst | None = None,
        behind: VisitorsFirst | None = None,
    ) -> None:
        """`visitors`: this runner serves visitors, and tells it while its jobs are in hand.
        `behind`: this runner is a background lane, and holds back while visitors are served.
        """
        super().__init__(parent)
        self._visitors = visitors
        self.setObjectName(f"{name}.runner")
        self._ids = itertools.count(1)
        # job id -> (on_done, on_error, generation; None for a job kept across resets)
        self._pending: dict[int, tuple[Done, Failed | None, int | None]] = {}
        self._generation = 0
        self._stopped = False
        # Jobs asked for while an answer is being shown start once it has been: a follow-up
        # load started at once took turns with the screen's layout for the interpreter.
        self._answering = 0
        self._waiting: list[tuple[int, Callable[[], Any]]] = []
        self._thread = QThread(self)
        self._thread.setObjectName(f"{name}.worker")
        self._worker = _Worker(behind)
        self._worker.moveToThread(self._thread)
        self._dispatched.connect(self._worker.run)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        _RUNNERS.add(self)
        if start:
            self.start()

    @property
    def waiting(self) -> int:
        """Jobs asked for while an answer is being shown, to start once it has been."""
        return len(self._waiting)

    @property
    def visitors(self) -> VisitorsFirst | None:
        """What this runner tells while its jobs are in hand (the visitors' runner)."""
        return self._visitors

    def start(self) -> None:
        """Start working through the queue (jobs submitted before wait until then)."""
        if not self._stopped and not self._thread.isRunning():
            self._thread.start()

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Failed | None = None,
        *,
        keep: bool = False,
    ) -> None:
        """Run `fn` on the worker; `on_done(result)` or `on_error(exc)` run on the GUI thread,
        unless `new_generation()` was called meanwhile and `keep` is False.

        Generic over the result: mypy checks that `on_done` takes what `fn` returns.
        """
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error, None if keep else self._generation)
        if self._visitors is not None:
            self._visitors.visitor_busy()
        if self._answering:
            self._waiting.append((job_id, fn))
        else:
            self._dispatched.emit(job_id, fn)

    def new_generation(self) -> None:
        """The visitor in front has gone: answers of jobs submitted until now are dropped."""
        self._generation += 1

    def _stale(self, generation: int | None) -> bool:
        if generation is None or generation == self._generation:
            return False
        log.info("an answer for an earlier visitor was dropped")
        return True

    @property
    def busy(self) -> bool:
        """Whether any job has not yet called back."""
        return bool(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every job has called back (snapshots and start-up only)."""
        app = QCoreApplication.instance()
        if app is None:
            return not self._pending
        loop = QEventLoop()
        self.became_idle.connect(loop.quit)
        try:
            if self._pending:
                from PySide6.QtCore import QTimer

                QTimer.singleShot(timeout_ms, loop.quit)
                loop.exec()
        finally:
            self.became_idle.disconnect(loop.quit)
        return not self._pending

    def shutdown(self) -> None:
        """Stop the worker thread after the job in hand."""
        _RUNNERS.discard(self)
        self._stopped = True
        if self._visitors is not None:
            self._visitors.visitor_idle()  # nothing of this runner's is coming: none waits
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(5000)

    def _on_worker_finished(self, job_id: int, result: object) -> None:
        on_done, _, generation = self._pending.pop(job_id)
        self._answering += 1
        try:
            if not self._stale(generation) and _receiver_alive(on_done):
                on_done(result)
        finally:
            self._answered()

    def _answered(self) -> None:
        """An answer has been shown: start what it asked for, or say the runner is idle."""
        self._answering -= 1
        if not self._answering and self._waiting:
            waiting, self._waiting = self._waiting, []
            for job_id, fn in waiting:
                self._dispatched.emit(job_id, fn)
        if not self._pending:
            self._answered_all()

    def _on_worker_failed(self, job_id: int, exc: object) -> None:
        _, on_error, generation = self._pending.pop(job_id)
        assert isinstance(exc, BaseException)
        self._answering += 1
        try:
            if self._stale(generation):
                log.info("the failure was %s", type(exc).__name__)  # not told to the next one
            elif on_error is not None and not _receiver_alive(on_error):
                pass  # the screen that asked has gone: nobody to tell
            elif on_error is not None:
                on_error(exc)
            else:
                log.error(
                    "background job failed: %s",
                    type(exc).__name__,
                    exc_info=(type(exc), exc, exc.__traceback__),
                )
                self.job_failed.emit(exc)
        finally:
            self._answered()

    def _answered_all(self) -> None:
        if self._visitors is not None:
            self._visitors.visitor_idle()
        self.became_idle.emit()


def _receiver_alive(callback: Callable[..., Any]) -> bool:
    """False when `callback` is a method of a Qt object that has been deleted meanwhile (a
    window closed while its job ran): its answer has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
