"""The operations before and after the store opens: what screens hold as `ctx.ops`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.errors import ErrorCode, KioskError

if TYPE_CHECKING:  # the GUI thread never imports SQLAlchemy: the store opens on the worker
    from kiosk.db import Store
    from kiosk.dto.catalogue import StartupInfo
    from kiosk.operations import Operations
    from kiosk.operations.catalogue import CatalogueOps
    from kiosk.operations.checkin import CheckinOps
    from kiosk.operations.coffee import CoffeeOps
    from kiosk.operations.events import EventsOps
    from kiosk.operations.golive import GoLiveOps
    from kiosk.operations.measures import MeasuresOps
    from kiosk.operations.people import PeopleOps
    from kiosk.operations.pin import PinOps
    from kiosk.operations.projects import ProjectsOps
    from kiosk.operations.qnet import QnetOps
    from kiosk.operations.sessions import SessionsOps
    from kiosk.operations.showcase import ShowcaseOps
    from kiosk.operations.stories import StoriesOps


class OpsHandle:
    """Holds kiosk.operations.Operations, opening the store on first use off the GUI thread.

    The store opens in the first job that needs it, on the database worker: whichever job the
    worker runs first, it finds the store open (the worker runs jobs one at a time, in order),
    so a job submitted before the store-open job was even queued waits for the opening and is
    never dropped. On the GUI thread (the main thread) the handle never opens the store, which
    would block the first paint: before the store is open, using it there raises
    KioskError(DB_UNAVAILABLE). If opening fails, the failure is kept and every later use
    raises KioskError(DB_UNAVAILABLE) from it; the window says so once.

    The feature properties (`handle.checkin`, …) are those of Operations, typed the same, so
    screens write `self.run(lambda: ops.checkin.find_people(q), self._on_found)`.
    """

    def __init__(self, opener: Callable[[], Operations]) -> None:
        self._opener = opener
        self._ops: Operations | None = None
        self._failure: BaseException | None = None
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        """Whether the store is open."""
        return self._ops is not None

    def get(self) -> Operations:
        """The operations, opening the store first if this is the first job (worker only)."""
        ops = self._ops
        if ops is not None:
            return ops
        with self._lock:
            if self._ops is None:
                if self._failure is not None:
                    raise KioskError(ErrorCode.DB_UNAVAILABLE, reason="not open") from (
                        self._failure
                    )
                if threading.current_thread() is threading.main_thread():
                    raise KioskError(ErrorCode.DB_UNAVAILABLE, reason="not open")
                try:
                    self._ops = self._opener()
                except BaseException as exc:
                    self._failure = exc
                    raise
            return self._ops

    def reload(self) -> None:
        """Open the store afresh, now (on the worker): after a backup was restored over the
        database, every later job works on the restored one."""
        with self._lock:
            self._ops = None
            self._failure = None
        self.get()

    def close(self) -> None:
        """Close the database's connections, the workers stopped (the kiosk leaving): the
        last one out folds the write-ahead log back in. Nothing to do if it never opened."""
        with self._lock:
            ops, self._ops = self._ops, None
            self._failure = KioskError(ErrorCode.DB_UNAVAILABLE, reason="closed")
        if ops is not None:
            ops.store.engine.dispose()

    def startup_info(self) -> StartupInfo:
        """Open the store if no job has yet and say what start-up needs (the worker's job)."""
        return self.get().startup_info()

    @property
    def store(self) -> Store:
        """The open store (tests and the composition root only)."""
        return self.get().store

    @property
    def catalogue(self) -> CatalogueOps:
        """Lists for the home, facilitator, projects, stories and events screens."""
        return self.get().catalogue

    @property
    def checkin(self) -> CheckinOps:
        """Check-in, visits, passes, the room roll and housekeeping."""
        return self.get().checkin

    @property
    def people(self) -> PeopleOps:
        """A person's data on request: full-name search, export, erasure."""
        return self.get().people

    @property
    def pin(self) -> PinOps:
        """The facilitator PIN."""
        return self.get().pin

    @property
    def measures(self) -> MeasuresOps:
        """Measures and their charts."""
        return self.get().measures

    @property
    def showcase(self) -> ShowcaseOps:
        """The showcase loops and their admin page."""
        return self.get().showcase

    @property
    def sessions(self) -> SessionsOps:
        """Group sessions."""
        return self.get().sessions

    @property
    def projects(self) -> ProjectsOps:
        """Qnet projects and similar work."""
        return self.get().projects

    @property
    def coffee(self) -> CoffeeOps:
        """Coffee trials."""
        return self.get().coffee

    @property
    def qnet(self) -> QnetOps:
        """Peer supporters, boards and check-in notices."""
        return self.get().qnet

    @property
    def events(self) -> EventsOps:
        """Events and series, calendar files (issue 16)."""
        return self.get().events

    @property
    def golive(self) -> GoLiveOps:
        """Removing the demo, departments, people imports, backups (issue 16)."""
        return self.get().golive

    @property
    def stories(self) -> StoriesOps:
        """Success-story authoring: write, photo, testimonial, submit, approve (issue 16)."""
        return self.get().stories
