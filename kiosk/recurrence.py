"""Repeating events: iCalendar RRULEs expanded with dateutil in the room's wall-clock time.

A weekly 10:00 session stays at 10:00 in Europe/London across the clock changes: the rule is
expanded on London wall-clock times and each occurrence is then turned into UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr
from icalendar.prop import vRecur

ROOM_ZONE = ZoneInfo("Europe/London")
# Enough for years of weekly sessions; a rule with more occurrences is refused.
MAX_OCCURRENCES = 2000
ALLOWED_FREQS = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})


class RuleError(ValueError):
    """A repeat rule the kiosk cannot use (the message names the part that is wrong)."""


def london_midnight(day: date) -> datetime:
    """The start of `day` in the room's time zone, in UTC."""
    return datetime.combine(day, time(0), tzinfo=ROOM_ZONE).astimezone(UTC)


def normalise_rule(rule: str) -> str:
    """`rule` (an RRULE value, without "RRULE:") with UNTIL in UTC, as dateutil needs it.

    Raises:
        RuleError: the rule does not parse, repeats more often than daily, or has both COUNT
            and UNTIL.
    """
    try:
        recur = vRecur.from_ical(rule.removeprefix("RRULE:").strip())
    except (ValueError, TypeError) as exc:
        raise RuleError(f"not a repeat rule ({exc})") from None
    freq = [str(f).upper() for f in recur.get("FREQ", [])]
    if len(freq) != 1 or freq[0] not in ALLOWED_FREQS:
        raise RuleError("FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY")
    if "COUNT" in recur and "UNTIL" in recur:
        raise RuleError("a rule has COUNT or UNTIL, not both")
    if "UNTIL" in recur:
        until = recur["UNTIL"][0]
        if isinstance(until, datetime):
            until = until.replace(tzinfo=ROOM_ZONE) if until.tzinfo is None else until
            until = until.astimezone(UTC)
        else:  # a date: the whole of that day, in the room's time zone
            until = london_midnight(until + timedelta(days=1)) - timedelta(seconds=1)
        recur["UNTIL"] = [until]
    text = str(recur.to_ical().decode())
    try:
        _rule(text, datetime(2026, 1, 1, 9, tzinfo=UTC))
    except (ValueError, TypeError) as exc:
        raise RuleError(f"not a repeat rule ({exc})") from None
    return text


def weekly_or_monthly(repeat: str, *, until: date | None = None, count: int | None = None) -> str:
    """The RRULE for the authoring form's choices ("none" gives "")."""
    if repeat == "none":
        return ""
    if repeat not in ("weekly", "monthly"):
        raise RuleError("repeat must be none, weekly or monthly")
    parts = [f"FREQ={repeat.upper()}"]
    if count is not None:
        parts.append(f"COUNT={count}")
    if until is not None:
        parts.append(f"UNTIL={until:%Y%m%d}")
    return normalise_rule(";".join(parts))


def _rule(rule: str, first_start: datetime) -> rrule:
    start = first_start.astimezone(ROOM_ZONE)
    made = rrulestr(rule, dtstart=start)
    assert isinstance(made, rrule)
    return made


def parse_exdates(text: str) -> frozenset[datetime]:
    """The stored exceptions (comma-separated UTC ISO starts) as datetimes."""
    return frozenset(datetime.fromisoformat(part) for part in text.split(",") if part)


def format_exdates(starts: Iterable[datetime]) -> str:
    """Exceptions as stored: sorted, comma-separated UTC ISO starts."""
    return ",".join(sorted({s.astimezone(UTC).isoformat() for s in starts}))


def occurrences(
    *,
    starts_at: datetime,
    ends_at: datetime,
    rule: str,
    exdates: frozenset[datetime] = frozenset(),
    after: datetime,
    before: datetime,
) -> list[tuple[datetime, datetime]]:
    """The (start, end) pairs in UTC of one event that overlap [after, before), exceptions out.

    An event with no rule is its one occurrence.
    """
    duration = ends_at - starts_at
    if not rule:
        found = [(starts_at, ends_at)]
    else:
        expanded = _rule(rule, starts_at).between(
            (after - duration).astimezone(ROOM_ZONE), before.astimezone(ROOM_ZONE), inc=True
        )
        found = []
        for start in expanded:
            start_utc = start.astimezone(UTC)
            found.append((start_utc, start_utc + duration))
    return [(s, e) for s, e in found if s < before and e > after and s not in exdates]


def last_end(*, starts_at: datetime, ends_at: datetime, rule: str) -> datetime | None:
    """The end of the last occurrence, or None when the rule never ends.

    Raises:
        RuleError: the rule has more than MAX_OCCURRENCES occurrences.
    """
    if not rule:
        return ends_at
    if "COUNT=" not in rule and "UNTIL=" not in rule:
        return None
    last: datetime | None = None
    for number, start in enumerate(_rule(rule, starts_at), start=1):
        if number > MAX_OCCURRENCES:
            raise RuleError(f"a series has at most {MAX_OCCURRENCES} occurrences")
        last = start
    if last is None:
        return ends_at
    return last.astimezone(UTC) + (ends_at - starts_at)
