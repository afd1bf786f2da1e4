"""Check-in: people found, choices, visits, passes, the room roll and housekeeping."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class PersonMatch:
    """A person found by name at check-in: first name and department only."""

    id: str
    first_name: str
    department_en: str
    department_cy: str
    display_name: str = ""  # filled only for the facilitator's PIN-protected search


@dataclass(frozen=True)
class TopicOption:
    """A peer-support topic a visitor can choose."""

    slug: str
    name_en: str
    name_cy: str


@dataclass(frozen=True)
class DepartmentOption:
    """A department in the pick list."""

    id: str
    name_en: str
    name_cy: str


@dataclass(frozen=True)
class EventOption:
    """An event on now, offered first at check-in."""

    id: str
    kind: str
    title_en: str
    title_cy: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class CheckinChoices:
    """What the check-in screens offer: topics, departments and events on now."""

    topics: tuple[TopicOption, ...]
    departments: tuple[DepartmentOption, ...]
    events_now: tuple[EventOption, ...]


@dataclass(frozen=True)
class NewVisitor:
    """What a new visitor typed; checked by register_visitor."""

    name: str
    department_id: str | None = None
    new_department: str = ""
    email: str = ""
    role: str = ""
    language: str = "en"
    consent_display: bool = False
    consent_contact: bool = False


@dataclass(frozen=True)
class VisitorCard:
    """A known visitor: first name, language, and the open visit if they are in the room."""

    person_id: str
    first_name: str
    language: str
    open_visit_id: str | None
    checked_in_at: datetime | None


@dataclass(frozen=True)
class CheckinResult:
    """A recorded check-in, with who else is here for the same topics (consented first names)."""

    visit_id: str
    person_id: str
    first_name: str
    language: str
    checked_in_at: datetime
    topics: tuple[str, ...]
    event_title_en: str | None
    event_title_cy: str | None
    others_here: tuple[str, ...]


@dataclass(frozen=True)
class ScanOutcome:
    """A pass scan: checked in now, or already in the room (offer check-out)."""

    kind: str  # "checked_in" or "already_in"
    visitor: VisitorCard
    checkin: CheckinResult | None


@dataclass(frozen=True)
class PresentVisitor:
    """Someone in the room now, for the facilitator's Who's here and the roll call."""

    visit_id: str
    person_id: str | None
    display_name: str
    department_en: str
    checked_in_at: datetime
    topics: tuple[str, ...]
    event_title_en: str | None
    department_cy: str = ""
    event_title_cy: str | None = None


@dataclass(frozen=True)
class EventAttendance:
    """How many checked in for an event."""

    event_id: str
    title_en: str
    title_cy: str
    starts_at: datetime
    attendees: int


@dataclass(frozen=True)
class PassToken:
    """What a QR pass holds once its signature is checked: no personal data."""

    person_id: str
    issued_on: date
    serial: int


@dataclass(frozen=True)
class Housekeeping:
    """What the start-up and daily privacy jobs did."""

    closed_visits: int
    anonymised_visits: int
