"""Events as the facilitator authors them: a series with its repeats and exceptions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

EVENT_KINDS = ("workshop", "focus_group", "peer_support", "coffee", "meeting")
REPEATS = ("none", "weekly", "monthly")


@dataclass(frozen=True)
class EventForm:
    """The authoring form of an event. Times are aware datetimes (stored in UTC); a repeat
    is "none", "weekly" or "monthly", ending after `repeat_count` times, on `repeat_until`,
    or never (both None)."""

    kind: str
    title_en: str
    title_cy: str
    starts_at: datetime
    ends_at: datetime
    description: str = ""  # in English
    location: str = ""
    capacity: int | None = None
    repeat: str = "none"
    repeat_until: date | None = None
    repeat_count: int | None = None
    description_cy: str = ""


@dataclass(frozen=True)
class EventDetail:
    """An event (a series when `repeat_rule` is set) with its exceptions, for editing."""

    id: str
    kind: str
    title_en: str
    title_cy: str
    description: str  # in English
    location: str
    starts_at: datetime
    ends_at: datetime
    capacity: int | None
    all_day: bool
    repeat_rule: str
    exceptions: tuple[datetime, ...]
    cancelled: bool
    uid: str | None
    description_cy: str = ""


@dataclass(frozen=True)
class Occurrence:
    """One showing of an event: a series' occurrence or a one-off event."""

    event_id: str
    kind: str
    title_en: str
    title_cy: str
    starts_at: datetime
    ends_at: datetime
    location: str
    capacity: int | None
    repeating: bool
    description_en: str = ""
    description_cy: str = ""
