"""Events (issue 16): the facilitator's authoring of events and series, and calendar files."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.dto.events import EventDetail, EventForm, Occurrence
from kiosk.dto.golive import ImportSummary
from kiosk.operations.base import Feature
from kiosk.services import events
from kiosk.services.occurrences import occurrences_between


class EventsOps(Feature):
    """Events and repeating series: each method one transaction."""

    def list_events(self) -> list[EventDetail]:
        """Events and series not yet over (cancelled ones marked), soonest first."""
        with self._store.begin() as session:
            return events.list_events(session, now=self._clock())

    def event(self, event_id: str) -> EventDetail:
        """One event for the form (KioskError EVENT_UNKNOWN)."""
        with self._store.begin() as session:
            return events.event_detail(session, event_id=event_id)

    def occurrences(self, days: int = 28) -> list[Occurrence]:
        """Every showing from now for `days`, series expanded (a preview for the facilitator)."""
        now = self._clock()
        with self._store.begin() as session:
            return occurrences_between(session, after=now, before=now + timedelta(days=days))

    def create_event(self, form: EventForm) -> EventDetail:
        """Add an event or a weekly or monthly series (KioskError EVENT_INVALID)."""
        with self._store.begin() as session:
            return events.create_event(session, form=form, now=self._clock())

    def edit_event(self, event_id: str, form: EventForm) -> EventDetail:
        """Change an event or a whole series; its exceptions stay."""
        with self._store.begin() as session:
            return events.edit_event(session, event_id=event_id, form=form)

    def cancel_event(self, event_id: str) -> EventDetail:
        """Cancel an event or a whole series."""
        with self._store.begin() as session:
            return events.cancel_event(session, event_id=event_id)

    def skip_occurrence(self, event_id: str, starts_at: datetime) -> EventDetail:
        """Take one occurrence out of a series (an exception)."""
        with self._store.begin() as session:
            return events.skip_occurrence(session, event_id=event_id, starts_at=starts_at)

    def restore_occurrence(self, event_id: str, starts_at: datetime) -> EventDetail:
        """Put an occurrence taken out back into its series."""
        with self._store.begin() as session:
            return events.restore_occurrence(session, event_id=event_id, starts_at=starts_at)

    def import_calendar(self, data: bytes) -> ImportSummary:
        """Import an .ics file (Outlook, Google): all or nothing (KioskError IMPORT_INVALID)."""
        with self._store.begin() as session:
            return events.import_ics(session, data=data, now=self._clock())

    def export_calendar(self) -> bytes:
        """The room's events as an .ics file's bytes."""
        with self._store.begin() as session:
            return events.export_ics(session, now=self._clock())
