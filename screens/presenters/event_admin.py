"""Events authoring and imports behind the PIN: what the form holds, as the core wants it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk import recurrence
from kiosk.dto.events import EventDetail, EventForm

ROOM_ZONE = ZoneInfo("Europe/London")
DAY_MINUTES = 24 * 60
TIME_STEP = 15  # minutes: one touch of the time pickers
SERIES_PREVIEW = 12  # occurrences listed under a series, each with Skip or Restore

# What each import file can be imported as, by suffix.
IMPORT_KINDS: dict[str, tuple[str, ...]] = {
    ".ics": ("events",),
    ".csv": ("people", "departments"),
}


@dataclass(frozen=True)
class FormInput:
    """The authoring form as the widgets hold it: a local date and minutes past midnight."""

    kind: str
    title_en: str
    title_cy: str
    description: str
    location: str
    day: date
    start_minutes: int
    end_minutes: int
    capacity: int  # 0: no limit
    repeat: str  # "none", "weekly" or "monthly"
    ends: str  # "never", "count" or "until"
    count: int
    until: date
    description_cy: str = ""


def local_moment(day: date, minutes: int) -> datetime:
    """The room's wall time `minutes` past midnight on `day`, as an aware datetime."""
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=ROOM_ZONE)


def form_of(data: FormInput) -> EventForm:
    """The core's form; an end at or before the start is the core's to refuse ("times")."""
    repeating = data.repeat in ("weekly", "monthly")
    return EventForm(
        kind=data.kind,
        title_en=data.title_en,
        title_cy=data.title_cy,
        description=data.description,
        description_cy=data.description_cy,
        location=data.location,
        starts_at=local_moment(data.day, data.start_minutes),
        ends_at=local_moment(data.day, data.end_minutes),
        capacity=data.capacity or None,
        repeat=data.repeat if repeating else "none",
        repeat_count=data.count if repeating and data.ends == "count" else None,
        repeat_until=data.until if repeating and data.ends == "until" else None,
    )


def default_input(now: datetime) -> FormInput:
    """A blank form: a workshop tomorrow from 10:00 to 11:00, weekly series ending after 6."""
    tomorrow = now.astimezone(ROOM_ZONE).date() + timedelta(days=1)
    return FormInput(
        kind="workshop",
        title_en="",
        title_cy="",
        description="",
        location="",
        day=tomorrow,
        start_minutes=10 * 60,
        end_minutes=11 * 60,
        capacity=0,
        repeat="none",
        ends="count",
        count=6,
        until=tomorrow + timedelta(weeks=8),
    )


def _minutes(moment: datetime) -> int:
    local = moment.astimezone(ROOM_ZONE)
    return local.hour * 60 + local.minute


def parse_rule(rule: str) -> tuple[str, str, int | None, date | None]:
    """(repeat, ends, count, until) of a stored rule as the form shows it; a rule the form
    cannot show (daily, yearly, imported ones) reads as weekly or monthly by its FREQ."""
    if not rule:
        return "none", "never", None, None
    parts = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    repeat = "monthly" if parts.get("FREQ") == "MONTHLY" else "weekly"
    if "COUNT" in parts and parts["COUNT"].isdigit():
        return repeat, "count", int(parts["COUNT"]), None
    if "UNTIL" in parts:
        raw = parts["UNTIL"]
        try:
            if "T" in raw:
                moment = datetime.strptime(raw.rstrip("Z"), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
                return repeat, "until", None, moment.astimezone(ROOM_ZONE).date()
            return repeat, "until", None, date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
        except ValueError:
            return repeat, "never", None, None
    return repeat, "never", None, None


def input_of(detail: EventDetail, now: datetime) -> FormInput:
    """The form filled from a stored event (an event longer than its day ends at 23:45)."""
    blank = default_input(now)
    start = detail.starts_at.astimezone(ROOM_ZONE)
    end = detail.ends_at.astimezone(ROOM_ZONE)
    end_minutes = _minutes(detail.ends_at) if end.date() == start.date() else DAY_MINUTES - 15
    repeat, ends, count, until = parse_rule(detail.repeat_rule)
    return FormInput(
        kind=detail.kind,
        title_en=detail.title_en,
        title_cy=detail.title_cy,
        description=detail.description,
        description_cy=detail.description_cy,
        location=detail.location,
        day=start.date(),
        start_minutes=_minutes(detail.starts_at),
        end_minutes=end_minutes,
        capacity=detail.capacity or 0,
        repeat=repeat,
        ends=ends if repeat != "none" else blank.ends,
        count=count if count is not None else blank.count,
        until=until if until is not None else start.date() + timedelta(weeks=8),
    )


@dataclass(frozen=True)
class SeriesDate:
    """One occurrence of a series as the form lists it: its UTC start and whether skipped."""

    starts_at: datetime
    skipped: bool


def series_dates(
    detail: EventDetail, *, now: datetime, limit: int = SERIES_PREVIEW
) -> list[SeriesDate]:
    """The next occurrences of a series (those taken out included, marked), for Skip and
    Restore; empty for a one-off event."""
    if not detail.repeat_rule:
        return []
    found = recurrence.occurrences(
        starts_at=detail.starts_at,
        ends_at=detail.ends_at,
        rule=detail.repeat_rule,
        after=now,
        before=now + timedelta(days=400),
    )
    skipped = set(detail.exceptions)
    return [SeriesDate(start, start in skipped) for start, _end in found[:limit]]


def import_kinds(filename: str) -> tuple[str, ...]:
    """What a file on a drive can be imported as ("events", "people", "departments")."""
    suffix = filename[filename.rfind(".") :].lower() if "." in filename else ""
    return IMPORT_KINDS.get(suffix, ())
