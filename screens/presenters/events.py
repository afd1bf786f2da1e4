"""Upcoming events grouped by local day, today first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.dto.catalogue import EventCard

ROOM_ZONE = ZoneInfo("Europe/London")


@dataclass(frozen=True)
class EventDay:
    """One day's events; `relative` is "today", "tomorrow" or "" for a later day."""

    day: date
    relative: str
    events: tuple[EventCard, ...]


def local(moment: datetime) -> datetime:
    """A UTC instant as wall time in the room."""
    return moment.astimezone(ROOM_ZONE)


def group_by_day(events: list[EventCard], *, now: datetime) -> list[EventDay]:
    """Events grouped by the room's local date, in time order."""
    today = local(now).date()
    days: dict[date, list[EventCard]] = {}
    for event in sorted(events, key=lambda e: e.starts_at):
        days.setdefault(local(event.starts_at).date(), []).append(event)
    result = []
    for day, items in days.items():
        relative = (
            "today" if day <= today else "tomorrow" if day == today + timedelta(days=1) else ""
        )
        result.append(EventDay(day, relative, tuple(items)))
    return result
