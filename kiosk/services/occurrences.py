"""Showings of events: one-off events and each occurrence of a series, for what's on, the
showcase loops, check-in's "event on now" and the events export."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import BindParameter, ColumnElement, bindparam, or_, select
from sqlalchemy.orm import Session

from kiosk import recurrence
from kiosk.dto.events import Occurrence
from kiosk.models import Event

# What's on still lists a showing ending this very instant (the window is after-exclusive).
JUST_ENDED = timedelta(microseconds=1)


def not_over(after: datetime | BindParameter[datetime]) -> ColumnElement[bool]:
    """Events (or series) with a showing ending after `after`."""
    return or_(
        Event.ends_at > after,
        (Event.repeat_rule != "")
        & or_(Event.repeat_ends_at.is_(None), Event.repeat_ends_at > after),
    )


# Built once: check-in asks at every scan what is on, and building the query cost more than
# running it.
_OVERLAPPING = select(Event).where(
    Event.deleted.is_(False),
    Event.cancelled.is_(False),
    Event.starts_at < bindparam("before"),
    not_over(bindparam("after", type_=Event.ends_at.type)),
)


def occurrences_between(
    session: Session,
    *,
    after: datetime,
    before: datetime,
    limit: int | None = None,
) -> list[Occurrence]:
    """Every showing of a live, not cancelled event that overlaps [after, before), series
    expanded, soonest first (then by event id)."""
    events = session.scalars(_OVERLAPPING, {"after": after, "before": before})
    found: list[Occurrence] = []
    for event in events:
        for start, end in recurrence.occurrences(
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            rule=event.repeat_rule,
            exdates=recurrence.parse_exdates(event.exdates),
            after=after,
            before=before,
        ):
            found.append(
                Occurrence(
                    event_id=event.id,
                    kind=event.kind.value,
                    title_en=event.title_en,
                    title_cy=event.title_cy,
                    starts_at=start,
                    ends_at=end,
                    location=event.location,
                    capacity=event.capacity,
                    repeating=bool(event.repeat_rule),
                    description_en=event.description,
                    description_cy=event.description_cy,
                )
            )
    found.sort(key=lambda o: (o.starts_at, o.event_id))
    return found if limit is None else found[:limit]
