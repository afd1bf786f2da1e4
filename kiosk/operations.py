"""User actions as small operations, each one transaction; screens run them on the worker."""

from __future__ import annotations

from kiosk.db import Clock, Store, get_state
from kiosk.dto import (
    EventCard,
    PersonMatch,
    ProjectCard,
    RoomOverview,
    StartupInfo,
    StoryCard,
)
from kiosk.services import catalogue, pin


class Operations:
    """The façade screens use: one method per user action, returning DTOs."""

    def __init__(self, store: Store, *, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    @property
    def store(self) -> Store:
        """The store the operations run on."""
        return self._store

    def startup_info(self) -> StartupInfo:
        """Whether this is a demo room and whether a facilitator PIN is set."""
        with self._store.begin() as session:
            return StartupInfo(
                is_demo=get_state(session, "demo_seed") is not None,
                pin_set=get_state(session, "pin_hash") is not None,
            )

    def room_overview(self) -> RoomOverview:
        """Counts for the home and facilitator screens."""
        with self._store.begin() as session:
            return catalogue.room_overview(session, now=self._clock())

    def list_projects(self) -> list[ProjectCard]:
        """Public projects for the projects screen."""
        with self._store.begin() as session:
            return catalogue.list_projects(session)

    def list_stories(self) -> list[StoryCard]:
        """Approved success stories."""
        with self._store.begin() as session:
            return catalogue.list_stories(session)

    def upcoming_events(self) -> list[EventCard]:
        """Events that have not ended yet."""
        with self._store.begin() as session:
            return catalogue.upcoming_events(session, now=self._clock())

    def find_people(self, query: str) -> list[PersonMatch]:
        """People matching what a visitor typed."""
        with self._store.begin() as session:
            return catalogue.find_people(session, query=query)

    def pin_status(self) -> pin.PinStatus:
        """Whether a facilitator PIN is set."""
        with self._store.begin() as session:
            return pin.pin_status(session, now=self._clock())

    def verify_pin(self, attempt: str) -> pin.PinCheck:
        """Check a PIN attempt; failures are counted and stored."""
        with self._store.begin() as session:
            return pin.verify_pin(session, pin=attempt, now=self._clock())

    def set_pin(self, new_pin: str, confirm: str) -> None:
        """Set the facilitator PIN (raises KioskError on a bad or mismatched PIN)."""
        with self._store.begin() as session:
            pin.set_pin(session, pin=new_pin, confirm=confirm, now=self._clock())
