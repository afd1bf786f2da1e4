"""Events: create, edit, cancel; weekly or monthly repeats with exceptions; occurrences for
what's on, the showcase loops and check-in; iCalendar import (Outlook, Google) and export."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import recurrence
from kiosk.dto.events import EVENT_KINDS, EventDetail, EventForm, Occurrence
from kiosk.dto.golive import ImportProblem, ImportSummary
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import Event, EventKind
from kiosk.services.occurrences import not_over, occurrences_between
from kiosk.validation import text_field

TITLE_MAX = 160
LOCATION_MAX = 120
DESCRIPTION_MAX = 4000
CAPACITY_MAX = 10_000
EXPORT_MONTHS_AHEAD = 12
LONGEST_EVENT = timedelta(days=14)


def _check_form(form: EventForm) -> tuple[str, str, str, str, str]:
    """The cleaned kind, titles, location and rule of a form, or KioskError EVENT_INVALID."""
    if form.kind not in EVENT_KINDS:
        raise KioskError(ErrorCode.EVENT_INVALID, field="kind", reason="unknown")
    try:
        title_en = text_field(form.title_en, field="title_en", maximum=TITLE_MAX, required=True)
        title_cy = text_field(form.title_cy, field="title_cy", maximum=TITLE_MAX, required=True)
        location = text_field(form.location, field="location", maximum=LOCATION_MAX, required=False)
    except KioskError as exc:
        raise KioskError(
            ErrorCode.EVENT_INVALID, field=exc.params["field"], reason=exc.code.value
        ) from None
    if form.starts_at.tzinfo is None or form.ends_at.tzinfo is None:
        raise KioskError(ErrorCode.EVENT_INVALID, field="times", reason="no_time_zone")
    if not form.starts_at < form.ends_at <= form.starts_at + LONGEST_EVENT:
        raise KioskError(ErrorCode.EVENT_INVALID, field="times", reason="order")
    if form.capacity is not None and not 1 <= form.capacity <= CAPACITY_MAX:
        raise KioskError(ErrorCode.EVENT_INVALID, field="capacity", reason="range")
    if form.repeat_count is not None and not 1 <= form.repeat_count <= recurrence.MAX_OCCURRENCES:
        raise KioskError(ErrorCode.EVENT_INVALID, field="repeat", reason="count")
    if form.repeat_until is not None and form.repeat_until < form.starts_at.date():
        raise KioskError(ErrorCode.EVENT_INVALID, field="repeat", reason="until")
    try:
        rule = recurrence.weekly_or_monthly(
            form.repeat, until=form.repeat_until, count=form.repeat_count
        )
    except recurrence.RuleError:
        raise KioskError(ErrorCode.EVENT_INVALID, field="repeat", reason="rule") from None
    if len(form.description) > DESCRIPTION_MAX:
        raise KioskError(ErrorCode.EVENT_INVALID, field="description", reason="too_long")
    if len(form.description_cy) > DESCRIPTION_MAX:
        raise KioskError(ErrorCode.EVENT_INVALID, field="description_cy", reason="too_long")
    return form.kind, title_en or "", title_cy or "", location or "", rule


def _detail(event: Event) -> EventDetail:
    return EventDetail(
        id=event.id,
        kind=event.kind.value,
        title_en=event.title_en,
        title_cy=event.title_cy,
        description=event.description,
        description_cy=event.description_cy,
        location=event.location,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        capacity=event.capacity,
        all_day=event.all_day,
        repeat_rule=event.repeat_rule,
        exceptions=tuple(sorted(recurrence.parse_exdates(event.exdates))),
        cancelled=event.cancelled,
        uid=event.uid,
    )


def _live_event(session: Session, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None or event.deleted:
        raise KioskError(ErrorCode.EVENT_UNKNOWN)
    return event


def _apply(event: Event, form: EventForm) -> None:
    kind, title_en, title_cy, location, rule = _check_form(form)
    event.kind = EventKind(kind)
    event.title_en = title_en
    event.title_cy = title_cy
    event.location = location
    event.description = form.description.strip()
    event.description_cy = form.description_cy.strip()
    event.starts_at = form.starts_at.astimezone(UTC)
    event.ends_at = form.ends_at.astimezone(UTC)
    event.capacity = form.capacity
    event.repeat_rule = rule
    event.repeat_ends_at = recurrence.last_end(
        starts_at=event.starts_at, ends_at=event.ends_at, rule=rule
    )


def create_event(session: Session, *, form: EventForm, now: datetime) -> EventDetail:
    """Add an event (a series when it repeats).

    Raises:
        KioskError: EVENT_INVALID with `field` and `reason`.
    """
    event = Event(exdates="", description_cy="", all_day=False, cancelled=False, created_at=now)
    _apply(event, form)
    session.add(event)
    session.flush()
    return _detail(event)


def edit_event(session: Session, *, event_id: str, form: EventForm) -> EventDetail:
    """Change an event or a whole series (its exceptions are kept).

    Raises:
        KioskError: EVENT_UNKNOWN, or EVENT_INVALID with `field` and `reason`.
    """
    event = _live_event(session, event_id)
    _apply(event, form)
    session.flush()
    return _detail(event)


def cancel_event(session: Session, *, event_id: str) -> EventDetail:
    """Cancel an event or a whole series: it leaves what's on, the loops and check-in."""
    event = _live_event(session, event_id)
    event.cancelled = True
    session.flush()
    return _detail(event)


def skip_occurrence(session: Session, *, event_id: str, starts_at: datetime) -> EventDetail:
    """Take one occurrence out of a series (an exception), keeping the others.

    Raises:
        KioskError: EVENT_UNKNOWN, or EVENT_INVALID (field "occurrence") when the series has
            no occurrence starting then.
    """
    event = _live_event(session, event_id)
    start = starts_at.astimezone(UTC)
    found = recurrence.occurrences(
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        rule=event.repeat_rule,
        after=start,
        before=start + timedelta(seconds=1),
    )
    if not any(s == start for s, _e in found) or not event.repeat_rule:
        raise KioskError(ErrorCode.EVENT_INVALID, field="occurrence", reason="unknown")
    event.exdates = recurrence.format_exdates({*recurrence.parse_exdates(event.exdates), start})
    session.flush()
    return _detail(event)


def restore_occurrence(session: Session, *, event_id: str, starts_at: datetime) -> EventDetail:
    """Put back an occurrence taken out of a series."""
    event = _live_event(session, event_id)
    kept = recurrence.parse_exdates(event.exdates) - {starts_at.astimezone(UTC)}
    event.exdates = recurrence.format_exdates(kept)
    session.flush()
    return _detail(event)


def event_detail(session: Session, *, event_id: str) -> EventDetail:
    """One event for the authoring form."""
    return _detail(_live_event(session, event_id))


def list_events(session: Session, *, now: datetime) -> list[EventDetail]:
    """Events and series not ended (cancelled ones included, marked), soonest first."""
    events = session.scalars(
        select(Event)
        .where(Event.deleted.is_(False), not_over(now))
        .order_by(Event.starts_at, Event.id)
    )
    return [_detail(e) for e in events]


def occurrence_rows(session: Session, *, now: datetime) -> list[Occurrence]:
    """Every occurrence for the events export: one-off events whenever they are, and each
    occurrence of a series from its start up to 12 months after `now`."""
    horizon = now + timedelta(days=366)
    oldest = session.scalar(
        select(Event.starts_at)
        .where(Event.deleted.is_(False), Event.cancelled.is_(False))
        .order_by(Event.starts_at)
        .limit(1)
    )
    if oldest is None:
        return []
    return occurrences_between(session, after=oldest - LONGEST_EVENT, before=horizon)


# --- iCalendar ---------------------------------------------------------------------------------

KIND_WORDS = {
    "workshop": EventKind.WORKSHOP,
    "gweithdy": EventKind.WORKSHOP,
    "focus group": EventKind.FOCUS_GROUP,
    "focus_group": EventKind.FOCUS_GROUP,
    "grŵp ffocws": EventKind.FOCUS_GROUP,
    "peer support": EventKind.PEER_SUPPORT,
    "peer_support": EventKind.PEER_SUPPORT,
    "drop-in": EventKind.PEER_SUPPORT,
    "coffee": EventKind.COFFEE,
    "coffee meet-up": EventKind.COFFEE,
    "coffi": EventKind.COFFEE,
    "meeting": EventKind.MEETING,
    "cyfarfod": EventKind.MEETING,
}


class _Lines:
    """Where things are in the file, for messages: the physical line of each VEVENT's BEGIN
    and of its properties (folded lines counted where they start). Parsing is icalendar's."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.events: list[dict[str, int]] = []
        current: dict[str, int] | None = None
        for number, line in enumerate(self.lines, start=1):
            if line[:1] in (" ", "\t"):
                continue
            name = re.split(r"[;:]", line, maxsplit=1)[0].upper()
            if line.upper().startswith("BEGIN:VEVENT"):
                current = {"BEGIN": number}
                self.events.append(current)
            elif line.upper().startswith("END:VEVENT"):
                current = None
            elif current is not None:
                current.setdefault(name, number)

    def of(self, index: int, prop: str = "BEGIN") -> int | None:
        if index >= len(self.events):
            return None
        found = self.events[index]
        return found.get(prop, found["BEGIN"])

    def containing(self, fragment: str) -> int | None:
        for number, line in enumerate(self.lines, start=1):
            if fragment and fragment in line:
                return number
        return None


def _utc(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating time: the room's wall clock
            return value.replace(tzinfo=recurrence.ROOM_ZONE).astimezone(UTC)
        return value.astimezone(UTC)
    return recurrence.london_midnight(value)


class _Parsed:
    """One VEVENT, checked."""

    def __init__(self, index: int, uid: str) -> None:
        self.index = index
        self.uid = uid
        self.recurrence_id: datetime | None = None
        self.cancelled = False
        self.values: dict[str, object] = {}
        self.exdates: set[datetime] = set()


def _parse_event(
    component: icalendar.cal.Component, index: int, lines: _Lines, problems: list[ImportProblem]
) -> _Parsed | None:
    def bad(prop: str, reason: str, value: object = "") -> None:
        problems.append(ImportProblem(None, lines.of(index, prop), prop, reason, str(value)))

    before = len(problems)
    for prop, message in getattr(component, "errors", []):
        bad(str(prop).upper(), "unreadable", message)
    uid = str(component.get("UID", "")).strip()
    if not uid:
        bad("UID", "missing")
    parsed = _Parsed(index, uid)
    if component.get("RECURRENCE-ID") is not None:
        try:
            parsed.recurrence_id = _utc(component.decoded("RECURRENCE-ID"))
        except (ValueError, TypeError) as exc:
            bad("RECURRENCE-ID", "unreadable", exc)
    parsed.cancelled = str(component.get("STATUS", "")).upper() == "CANCELLED"
    if parsed.cancelled:
        return parsed if len(problems) == before else None
    summary = " ".join(str(component.get("SUMMARY", "")).split())
    if not summary:
        bad("SUMMARY", "missing")
    elif len(summary) > TITLE_MAX:
        bad("SUMMARY", "too_long", summary[:40])
    try:
        raw_start = component.decoded("DTSTART")
    except (KeyError, ValueError, TypeError):
        bad("DTSTART", "missing")
        return None
    if not isinstance(raw_start, date):
        bad("DTSTART", "unreadable", raw_start)
        return None
    all_day = not isinstance(raw_start, datetime)
    try:
        if component.get("DTEND") is not None:
            raw_end = component.decoded("DTEND")
        elif component.get("DURATION") is not None:
            raw_end = raw_start + component.decoded("DURATION")
        elif all_day:
            raw_end = raw_start + timedelta(days=1)
        else:
            bad("DTEND", "missing")
            return None
    except (ValueError, TypeError) as exc:
        bad("DTEND", "unreadable", exc)
        return None
    if not isinstance(raw_end, date):
        bad("DTEND", "unreadable", raw_end)
        return None
    starts_at, ends_at = _utc(raw_start), _utc(raw_end)
    if not starts_at < ends_at <= starts_at + LONGEST_EVENT:
        bad("DTEND", "order", raw_end)
    rule = ""
    if component.get("RRULE") is not None:
        rrule_prop = component.get("RRULE")
        try:
            rule = recurrence.normalise_rule(rrule_prop.to_ical().decode())
            ends = recurrence.last_end(starts_at=starts_at, ends_at=ends_at, rule=rule)
        except recurrence.RuleError as exc:
            bad("RRULE", "rule", exc)
            ends = None
    else:
        ends = ends_at
    exdate_props = component.get("EXDATE")
    if exdate_props is not None:
        for prop in exdate_props if isinstance(exdate_props, list) else [exdate_props]:
            for value in getattr(prop, "dts", []):
                parsed.exdates.add(_utc(value.dt))
    location = " ".join(str(component.get("LOCATION", "")).split())[:LOCATION_MAX]
    raw_description = component.get("DESCRIPTION")
    description = str(raw_description or "").strip()[:DESCRIPTION_MAX]
    language = ""
    if raw_description is not None and hasattr(raw_description, "params"):
        language = str(raw_description.params.get("LANGUAGE", ""))
    in_welsh = description_is_welsh(description, language=language)
    kind = EventKind.MEETING
    categories = component.get("CATEGORIES")
    for cats in categories if isinstance(categories, list) else [categories]:
        for word in getattr(cats, "cats", []):
            kind = KIND_WORDS.get(str(word).strip().casefold(), kind)
    parsed.values = {
        "kind": kind,
        "title_en": summary,
        "title_cy": summary,
        "location": location,
        # A calendar has one description: it goes to the language it is written in.
        "description_cy" if in_welsh else "description": description,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "all_day": all_day,
        "repeat_rule": rule,
        "repeat_ends_at": ends,
    }
    return parsed if len(problems) == before else None


# Short words common in one language and rare in the other: enough to tell a calendar's
# description apart, cheaply, without a language model.
_WELSH_WORDS = frozenset(
    [
        "y",
        "yr",
        "ac",
        "yn",
        "ar",
        "gyda",
        "mae",
        "bydd",
        "ein",
        "eich",
        "chi",
        "ni",
        "dewch",
        "croeso",
        "hefyd",
        "neu",
        "ydy",
        "sydd",
        "ydych",
        "dros",
        "gan",
        "fel",
        "ei",
        "eu",
        "hyn",
        "hwn",
        "hon",
        "yma",
        "wedi",
        "bod",
        "gweithdy",
        "sesiwn",
        "paned",
        "coffi",
        "cymorth",
        "gwella",
        "ansawdd",
        "ymuno",
        "dysgu",
        "rhannu",
    ]
)
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "for",
        "with",
        "is",
        "are",
        "will",
        "be",
        "you",
        "we",
        "our",
        "your",
        "this",
        "that",
        "it",
        "on",
        "at",
        "by",
        "from",
        "join",
        "bring",
        "come",
        "welcome",
        "workshop",
        "session",
        "coffee",
        "support",
        "improvement",
        "learn",
        "share",
    ]
)
_WELSH_LETTERS = frozenset("ŵŷâêîôûŴŶÂÊÎÔÛ")


def description_is_welsh(text: str, *, language: str = "") -> bool:
    """Whether a calendar's description is written in Welsh: its LANGUAGE parameter when it
    has one ("cy", "cy-GB"), else more Welsh than English common words. English when unsure."""
    if language:
        return language.strip().casefold().split("-")[0] == "cy"
    words = re.findall(r"[^\W\d_]+", text.casefold())
    welsh = sum(word in _WELSH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    welsh += sum(char in _WELSH_LETTERS for char in text)
    return welsh > english


def _export_description(cy: str, en: str) -> str:
    """One description for a calendar: Welsh then English, or whichever is written."""
    cy, en = cy.strip(), en.strip()
    if cy and en and cy != en:
        return f"{cy}\n\n{en}"
    return cy or en


def import_ics(session: Session, *, data: bytes, now: datetime) -> ImportSummary:
    """Import an iCalendar file as Outlook or Google Calendar writes it: all or nothing.

    Events are matched by UID: importing the same file again updates them, never duplicates.
    STATUS:CANCELLED events are not imported (one already imported is cancelled); a moved or
    cancelled occurrence of a series (RECURRENCE-ID) becomes an exception of the series, and
    a moved one its own event.

    Raises:
        KioskError: IMPORT_INVALID with `problems` (each naming the calendar line).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KioskError(
            ErrorCode.IMPORT_INVALID,
            problems=(ImportProblem(None, None, "", "not_utf8"),),
        ) from None
    lines = _Lines(text)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        quoted = re.search(r"'([^']*)'", str(exc))
        line = lines.containing(quoted.group(1)) if quoted else None
        raise KioskError(
            ErrorCode.IMPORT_INVALID,
            problems=(ImportProblem(None, line, "", "not_icalendar", str(exc)[:120]),),
        ) from None
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise KioskError(
            ErrorCode.IMPORT_INVALID, problems=(ImportProblem(None, 1, "", "not_icalendar"),)
        )
    problems: list[ImportProblem] = []
    parsed: list[_Parsed] = []
    for index, component in enumerate(calendar.walk("VEVENT")):
        found = _parse_event(component, index, lines, problems)
        if found is not None:
            parsed.append(found)
    masters: dict[str, _Parsed] = {}
    for item in parsed:
        if item.recurrence_id is None:
            if item.uid in masters:
                problems.append(
                    ImportProblem(None, lines.of(item.index, "UID"), "UID", "duplicate", item.uid)
                )
            masters[item.uid] = item
    if problems:
        raise KioskError(ErrorCode.IMPORT_INVALID, problems=tuple(problems))

    # A moved or cancelled occurrence: an exception of its series; a moved one is its own event.
    singles: list[_Parsed] = []
    for item in parsed:
        if item.recurrence_id is None:
            singles.append(item)
            continue
        master = masters.get(item.uid)
        if master is not None:
            master.exdates.add(item.recurrence_id)
        item.uid = f"{item.uid}/{item.recurrence_id.isoformat()}"
        singles.append(item)

    created = updated = skipped = 0
    for item in singles:
        existing = session.scalars(
            select(Event).where(Event.uid == item.uid, Event.deleted.is_(False))
        ).first()
        if item.cancelled:
            skipped += 1
            if existing is not None and not existing.cancelled:
                existing.cancelled = True
                updated += 1
            continue
        event = existing or Event(uid=item.uid, capacity=None, created_at=now)
        for key, value in item.values.items():
            setattr(event, key, value)
        event.exdates = recurrence.format_exdates(item.exdates)
        event.cancelled = False
        if existing is None:
            session.add(event)
            created += 1
        elif session.is_modified(event):
            updated += 1
    session.flush()
    return ImportSummary(created=created, updated=updated, skipped=skipped)


def export_ics(session: Session, *, now: datetime) -> bytes:
    """The room's events (live and not cancelled) as an iCalendar file, series with their
    RRULE and EXDATEs, times in Europe/London with its VTIMEZONE."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Qspace Kiosk//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-timezone", "Europe/London")
    events = session.scalars(
        select(Event)
        .where(Event.deleted.is_(False), Event.cancelled.is_(False))
        .order_by(Event.starts_at, Event.id)
    )
    for event in events:
        item = icalendar.Event()
        item.add("uid", event.uid or f"{event.id}@qspace-kiosk")
        item.add("dtstamp", now.astimezone(UTC))
        summary = (
            event.title_en
            if event.title_cy == event.title_en
            else f"{event.title_cy} / {event.title_en}"
        )
        item.add("summary", summary)
        if event.all_day:
            item.add("dtstart", event.starts_at.astimezone(recurrence.ROOM_ZONE).date())
            item.add("dtend", event.ends_at.astimezone(recurrence.ROOM_ZONE).date())
        else:
            item.add("dtstart", event.starts_at.astimezone(recurrence.ROOM_ZONE))
            item.add("dtend", event.ends_at.astimezone(recurrence.ROOM_ZONE))
        if event.location:
            item.add("location", event.location)
        description = _export_description(event.description_cy, event.description)
        if description and not event.description.strip():
            item.add("description", description, parameters={"LANGUAGE": "cy"})
        elif description:
            item.add("description", description)
        item.add("categories", [event.kind.value])
        if event.repeat_rule:
            item.add("rrule", icalendar.vRecur.from_ical(event.repeat_rule))
            exdates = sorted(recurrence.parse_exdates(event.exdates))
            if exdates:
                item.add("exdate", [d.astimezone(recurrence.ROOM_ZONE) for d in exdates])
        calendar.add_component(item)
    calendar.add_missing_timezones()
    written: bytes = calendar.to_ical()
    return written
