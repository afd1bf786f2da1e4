"""People's data on request, behind the PIN: full-name search, export and erasure."""

from __future__ import annotations

from kiosk.dto.checkin import (
    PersonMatch,
)
from kiosk.operations.base import Feature
from kiosk.services import checkin


class PeopleOps(Feature):
    """A person's data on request (behind the PIN): each method one transaction."""

    def find_people_full(self, query: str) -> list[PersonMatch]:
        """People matching `query` with their full names (facilitator, behind the PIN)."""
        with self._store.begin() as session:
            return checkin.search_people(session, query=query, full_names=True)

    def export_person(self, person_id: str) -> list[list[str]]:
        """Everything stored about one person, as CSV rows (header first)."""
        with self._store.begin() as session:
            return checkin.export_person(session, person_id=person_id)

    def erase_person(self, person_id: str) -> None:
        """Erase a person on request: personal fields gone, passes revoked, counts kept."""
        with self._store.begin() as session:
            checkin.erase_person(session, person_id=person_id, now=self._clock())
