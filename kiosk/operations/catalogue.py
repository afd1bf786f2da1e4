"""What the home, facilitator, projects, stories and events screens list."""

from __future__ import annotations

from kiosk.dto.catalogue import EventCard, ProjectCard, RoomOverview, StoryCard
from kiosk.operations.base import Feature
from kiosk.services import catalogue


class CatalogueOps(Feature):
    """Lists for the home, facilitator, projects, stories and events screens."""

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
