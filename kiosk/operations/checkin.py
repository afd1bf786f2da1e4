"""Check-in: finding and registering visitors, visits, passes, the room roll and housekeeping."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from zoneinfo import ZoneInfo

from kiosk import passes
from kiosk.dto.checkin import (
    CheckinChoices,
    CheckinResult,
    EventAttendance,
    Housekeeping,
    NewVisitor,
    PersonMatch,
    PresentVisitor,
    ScanOutcome,
    VisitorCard,
)
from kiosk.operations.base import Feature
from kiosk.services import checkin


class CheckinOps(Feature):
    """Check-in: one method per user action, each one transaction."""

    def find_people(self, query: str) -> list[PersonMatch]:
        """People matching what a visitor typed (the full-text search)."""
        return self.search_people(query)

    def search_people(
        self, query: str, limit: int = 8, *, shown_only: bool = False
    ) -> list[PersonMatch]:
        """People whose name or department words start with every word typed; with
        `shown_only`, only those who agreed to be shown."""
        with self._store.begin() as session:
            return checkin.search_people(session, query=query, limit=limit, shown_only=shown_only)

    def checkin_choices(self) -> CheckinChoices:
        """Topics, departments and the events on now, for the check-in screens."""
        with self._store.begin() as session:
            return checkin.checkin_choices(session, now=self._clock())

    def register_visitor(self, visitor: NewVisitor) -> PersonMatch:
        """Store a new visitor (KioskError with `field=` on the first bad field)."""
        with self._store.begin() as session:
            return checkin.register_visitor(session, visitor=visitor, now=self._clock())

    def register_and_check_in(
        self,
        visitor: NewVisitor,
        topics: Sequence[str],
        event_id: str | None,
        source: str = "touch",
    ) -> CheckinResult:
        """A new visitor's form and their check-in as one transaction: both or neither."""
        with self._store.begin() as session:
            now = self._clock()
            person = checkin.register_visitor(session, visitor=visitor, now=now)
            return checkin.check_in(
                session,
                person_id=person.id,
                topics=topics,
                event_id=event_id,
                source=source,
                now=now,
            )

    def visitor_card(self, person_id: str) -> VisitorCard:
        """A known visitor, with their open visit if they are in the room."""
        with self._store.begin() as session:
            return checkin.visitor_card(session, person_id=person_id, now=self._clock())

    def check_in(
        self,
        person_id: str,
        topics: Sequence[str],
        event_id: str | None = None,
        source: str = "touch",
    ) -> CheckinResult:
        """Record a visit for the topics (slugs) and event chosen."""
        with self._store.begin() as session:
            return checkin.check_in(
                session,
                person_id=person_id,
                topics=topics,
                event_id=event_id,
                source=source,
                now=self._clock(),
            )

    def check_out(self, visit_id: str) -> None:
        """Close an open visit now."""
        with self._store.begin() as session:
            checkin.check_out(session, visit_id=visit_id, now=self._clock())

    def who_is_here(self) -> list[PresentVisitor]:
        """Everyone in the room now, oldest first (facilitator view and fire roll call)."""
        with self._store.begin() as session:
            return checkin.who_is_here(session, now=self._clock())

    def event_attendance(self, days: int = 30) -> list[EventAttendance]:
        """Events of the last and next `days` days, with attendance."""
        with self._store.begin() as session:
            return checkin.event_attendance(session, now=self._clock(), days=days)

    def housekeeping(self, closing: time, zone: ZoneInfo, retention_days: int) -> Housekeeping:
        """Close visits left open at closing time, then anonymise visits past retention."""
        with self._store.begin() as session:
            return checkin.housekeeping(
                session,
                closing=closing,
                zone=zone,
                retention_days=retention_days,
                now=self._clock(),
            )

    def issue_pass(self, person_id: str) -> str:
        """Issue a new QR pass (earlier ones revoked); returns its token."""
        with self._store.begin() as session:
            return passes.issue_pass(session, person_id=person_id, now=self._clock())

    def current_pass(self, person_id: str) -> str:
        """The person's current pass token, issuing one if they have none."""
        with self._store.begin() as session:
            return passes.current_pass(session, person_id=person_id, now=self._clock())

    def scan(self, text: str, source: str = "qr") -> ScanOutcome:
        """A pass scanned or typed: check in, or report the person is in already."""
        with self._store.begin() as session:
            return passes.scan_check_in(session, text=text, source=source, now=self._clock())
