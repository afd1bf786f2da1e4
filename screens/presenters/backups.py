"""When the running kiosk backs itself up: once a day, a little after closing time (no Qt)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

# After the closing-time housekeeping (one minute past closing) has closed the day's visits.
AFTER_CLOSING = timedelta(minutes=10)


def next_backup(now: datetime, closing_time: str, zone: ZoneInfo) -> datetime:
    """The next moment after `now` ten minutes past closing time, in the room's local time
    (the same wall-clock time on either side of a clock change)."""
    closing = time.fromisoformat(closing_time)
    local_now = now.astimezone(zone)
    for days in (0, 1):
        candidate = datetime.combine(local_now.date() + timedelta(days=days), closing, zone)
        candidate += AFTER_CLOSING
        if candidate > local_now:
            return candidate
    raise AssertionError("unreachable: tomorrow is always later")  # pragma: no cover


def ms_until_next_backup(now: datetime, closing_time: str, zone: ZoneInfo) -> int:
    """Milliseconds from `now` to the next backup (at least one second)."""
    return max(1000, int((next_backup(now, closing_time, zone) - now).total_seconds() * 1000))
