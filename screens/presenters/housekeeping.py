"""When the privacy and closing-time jobs run: at start, at closing time, and daily."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

# Run a little after closing time so a visitor leaving at 18:00 is counted as closed then.
AFTER_CLOSING = timedelta(minutes=1)


def next_run(now: datetime, closing_time: str, zone: ZoneInfo) -> datetime:
    """The next moment after `now` one minute past closing time, in the room's local time."""
    closing = time.fromisoformat(closing_time)
    local_now = now.astimezone(zone)
    candidate = datetime.combine(local_now.date(), closing, zone) + AFTER_CLOSING
    if candidate <= local_now:
        candidate = (
            datetime.combine(local_now.date() + timedelta(days=1), closing, zone) + AFTER_CLOSING
        )
    return candidate


def ms_until_next_run(now: datetime, closing_time: str, zone: ZoneInfo) -> int:
    """Milliseconds from `now` to the next run (at least one second)."""
    return max(1000, int((next_run(now, closing_time, zone) - now).total_seconds() * 1000))
