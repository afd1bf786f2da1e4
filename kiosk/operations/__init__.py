"""User actions as small typed operations, grouped by feature (Anki's CollectionOp/QueryOp).

`Operations(store, clock=...)` only holds one object per feature, as typed attributes:
`ops.catalogue`, `ops.checkin`, `ops.people`, `ops.pin`, `ops.measures`, `ops.showcase`,
`ops.sessions`, `ops.projects`, `ops.coffee`, `ops.qnet`, `ops.events`, `ops.golive` and
`ops.stories`
(kiosk/operations/<feature>.py).
Each of their public methods is one user action and one transaction
(`with self._store.begin() as session:`), calls the feature's services in kiosk/services/ and
returns frozen DTOs from kiosk/dto/<feature>.py, so `ops.checkin.find_people("ann")` is a
`list[PersonMatch]` to mypy.

Screens never call these on the GUI thread. They hand a callable to the one generic runner,
`Screen.run(lambda: self.ctx.ops.checkin.find_people(q), self._on_found)` (or
`TaskRunner.submit(fn, on_done, on_error)`), typed `Callable[[], T]` and `Callable[[T], None]`,
so mypy checks that the callback takes what the operation returns; it runs on the database
worker and the result comes back on the GUI thread. `ctx.ops` there is a kiosk.ops_handle.OpsHandle:
the same typed attributes, resolved on the worker, where the first job opens the store, so a
job submitted before the store is open waits for it and is never dropped.
"""

from __future__ import annotations

from kiosk.db import Clock, Store, get_state
from kiosk.dto.catalogue import StartupInfo
from kiosk.dto.golive import IntegrityReport
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

__all__ = ["Operations"]


class Operations:
    """Every feature's operations over one store, as typed attributes (no actions of its own
    beyond start-up)."""

    def __init__(
        self, store: Store, *, clock: Clock, integrity: IntegrityReport | None = None
    ) -> None:
        self._store = store
        self._integrity = integrity
        self.catalogue = CatalogueOps(store, clock=clock)
        self.checkin = CheckinOps(store, clock=clock)
        self.people = PeopleOps(store, clock=clock)
        self.pin = PinOps(store, clock=clock)
        self.measures = MeasuresOps(store, clock=clock)
        self.showcase = ShowcaseOps(store, clock=clock)
        self.sessions = SessionsOps(store, clock=clock)
        self.projects = ProjectsOps(store, clock=clock)
        self.coffee = CoffeeOps(store, clock=clock)
        self.qnet = QnetOps(store, clock=clock)
        self.events = EventsOps(store, clock=clock)
        self.golive = GoLiveOps(store, clock=clock)
        self.stories = StoriesOps(store, clock=clock)

    @property
    def store(self) -> Store:
        """The store the operations run on."""
        return self._store

    def startup_info(self) -> StartupInfo:
        """Whether this is a demo room, whether a facilitator PIN is set, and the integrity
        check made at start (with the newest good backup when the database failed it)."""
        integrity = self._integrity
        if integrity is not None and not integrity.ok:
            # The damaged file is not read: the window offers the newest good backup.
            return StartupInfo(
                is_demo=False,
                pin_set=True,
                database_ok=False,
                integrity_detail=integrity.detail,
                newest_good_backup=integrity.newest_good_backup,
            )
        with self._store.begin() as session:
            return StartupInfo(
                is_demo=get_state(session, "demo_seed") is not None,
                pin_set=get_state(session, "pin_hash") is not None,
                database_ok=integrity.ok if integrity else True,
                integrity_detail=integrity.detail if integrity else "",
                newest_good_backup=integrity.newest_good_backup if integrity else None,
                initialised=get_state(session, "initialised") is not None,
            )
