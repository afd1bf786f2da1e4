"""The sync indicator and page, the plain-Python part: what the status means to a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol


def _local(moment: datetime) -> datetime:
    """A UTC instant as wall time in the room (the time zone is loaded when first needed, not
    while the window is built before its first paint)."""
    from screens.presenters.events import local

    return local(moment)


class SyncStatusLike(Protocol):
    """What the sync worker reports (sync.worker.SyncStatus; screens do not import sync/)."""

    state: str
    pending: int
    dead: int
    last_success: datetime | None
    recent_errors: tuple[tuple[datetime, str], ...]


@dataclass(frozen=True)
class Indicator:
    """The header's sync indicator: a state key the screen translates, and its figures."""

    state: str  # "off", "online", "syncing", "offline" or "refused"
    pending: int
    dead: int
    last_success: str  # local HH:MM, or "" before the first successful sync
    attention: bool  # draw it as a warning (refused, or changes stuck in the dead letters)


def indicator(status: SyncStatusLike | Any, *, now: datetime) -> Indicator:
    """The indicator for `status`; the last sync shows its date too when it was not today."""
    last = status.last_success
    when = ""
    if last is not None:
        moment = _local(last)
        when = (
            moment.strftime("%H:%M")
            if moment.date() == _local(now).date()
            else (moment.strftime("%d/%m %H:%M"))
        )
    return Indicator(
        state=status.state,
        pending=int(status.pending),
        dead=int(status.dead),
        last_success=when,
        attention=status.state == "refused"
        or status.dead > 0
        or getattr(status, "clock_ahead_s", None) is not None,  # a clock fault: see the page
    )


def error_lines(status: SyncStatusLike | Any) -> list[str]:
    """Recent errors, newest first, as "HH:MM  reason" (reasons carry no personal data)."""
    return [f"{_local(when):%H:%M}  {reason}" for when, reason in reversed(status.recent_errors)]
