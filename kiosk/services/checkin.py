"""Check-in services: find or register a visitor, check in and out, who is here, privacy jobs.

Every function takes the session first and its inputs by keyword, with the clock injected as
`now`; none commits. Writes go through the ORM only, so that the store's before_flush hook
stamps each one and appends its outbox row in the same transaction.
"""

from __future__ import annotations

import logging
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, bindparam, exists, func, or_, select, text, tuple_
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.db import delete_state, get_state, set_state
from kiosk.dto.checkin import (
    CheckinChoices,
    CheckinResult,
    DepartmentOption,
    EventAttendance,
    EventOption,
    Housekeeping,
    NewVisitor,
    PersonMatch,
    PresentVisitor,
    TopicOption,
    VisitorCard,
)
from kiosk.dto.events import Occurrence
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    Department,
    Event,
    Language,
    Outbox,
    Pass,
    Person,
    Project,
    ProjectMember,
    Topic,
    Visit,
    VisitTopic,
)
from kiosk.services.occurrences import occurrences_between
from kiosk.text import first_name, fold
from kiosk.validation import DEPARTMENT_MAX, NAME_MAX, ROLE_MAX, text_field, valid_email

log = logging.getLogger(__name__)

EARLY_ENTRY = timedelta(minutes=30)
"""An event is offered at check-in from half an hour before it starts until it ends."""
SOURCES = ("touch", "qr", "typed")
ERASED_NAME = "(erased)"
BATCH = 1000


# --- choices -------------------------------------------------------------------------------


def events_on(session: Session, *, now: datetime) -> list[Occurrence]:
    """Showings offered at check-in now (a repeating event's occurrence of today among them):
    not deleted or cancelled, from 30 min before the start to the end."""
    return occurrences_between(
        session, after=now, before=now + EARLY_ENTRY + timedelta(microseconds=1)
    )


def _event_is_on(session: Session, event: Event, now: datetime) -> bool:
    return any(o.event_id == event.id for o in events_on(session, now=now))


def checkin_choices(session: Session, *, now: datetime) -> CheckinChoices:
    """The eight topics in the room's order, the departments by English name, events on now."""
    topics = session.scalars(
        select(Topic).where(Topic.deleted.is_(False)).order_by(Topic.sort_order)
    )
    departments = session.scalars(
        select(Department)
        .where(Department.deleted.is_(False), Department.retired.is_(False))
        .order_by(Department.name_en, Department.id)
    )
    return CheckinChoices(
        topics=tuple(TopicOption(t.slug, t.name_en, t.name_cy) for t in topics),
        departments=tuple(DepartmentOption(d.id, d.name_en, d.name_cy) for d in departments),
        events_now=tuple(
            EventOption(e.event_id, e.kind, e.title_en, e.title_cy, e.starts_at, e.ends_at)
            for e in events_on(session, now=now)
        ),
    )


# --- search --------------------------------------------------------------------------------


def _is_letter(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"


def search_words(query: str) -> list[str]:
    """The words of a query as the FTS5 unicode61 tokenizer sees them.

    A word is a run of letters, digits or private-use characters (Unicode L*, N*, Co), the
    token characters of unicode61, with any combining marks (Mn) among them, which the
    tokenizer keeps inside a word and strips ("Sia\u0302n" is "sian"). Everything else
    (quotes, stars, brackets, hyphens, emoji) separates words, so nothing typed can reach the
    FTS query syntax. Words made of marks alone are dropped.
    """
    words: list[str] = []
    current: list[str] = []
    for ch in [*unicodedata.normalize("NFC", query), " "]:
        if _is_letter(ch) or unicodedata.category(ch) == "Mn":
            current.append(ch)
            continue
        if any(_is_letter(c) for c in current):
            words.append("".join(current))
        current = []
    return words


# person_search positions, as in migration 0002.
START = 2**61
STEP = 2**32
TAIL = 2**62

_FTS_PAGE = text(
    """
    SELECT person_id FROM (
        SELECT * FROM (
            SELECT s.person_id, s.sort_key FROM person_search_fts AS f
            JOIN person_search AS s ON s.id = f.rowid
            WHERE person_search_fts MATCH :match AND f.rowid < :tail
            ORDER BY f.rowid LIMIT :limit
        )
        UNION ALL
        SELECT s.person_id, s.sort_key FROM person_search_fts AS f
        JOIN person_search AS s ON s.id = f.rowid
        WHERE person_search_fts MATCH :match AND f.rowid >= :tail
    )
    ORDER BY sort_key, person_id LIMIT :limit
    """
)
# The same search, only people who agreed to be shown (a project's team names them).
_FTS_SHOWN_PAGE = text(
    """
    SELECT s.person_id FROM person_search_fts AS f
    JOIN person_search AS s ON s.id = f.rowid
    JOIN person AS p ON p.id = s.person_id
    WHERE person_search_fts MATCH :match AND p.consent_display = 1 AND p.deleted = 0
    ORDER BY s.sort_key, s.person_id LIMIT :limit
    """
)


def _has_fts(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.scalar(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'person_search_fts'")
    )
    return found is not None


# Built once (search as you type asks at every key; building the query cost as much as
# running it).
_MATCH_ROWS = (
    select(Person.id, Person.display_name, Department.name_en, Department.name_cy)
    .outerjoin(Department, Department.id == Person.department_id)
    .where(Person.id.in_(bindparam("ids", expanding=True)))
)


def _matches(
    session: Session, ids: Sequence[str], *, full_names: bool = False
) -> list[PersonMatch]:
    if not ids:
        return []
    rows = session.execute(_MATCH_ROWS, {"ids": list(ids)}).all()
    by_id = {
        pid: PersonMatch(pid, first_name(name), en or "", cy or "", name if full_names else "")
        for pid, name, en, cy in rows
    }
    return [by_id[pid] for pid in ids if pid in by_id]


def search_people(
    session: Session,
    *,
    query: str,
    limit: int = 8,
    full_names: bool = False,
    shown_only: bool = False,
) -> list[PersonMatch]:
    """People whose name or department has words starting with every word typed.

    Case and accents are ignored ("sian" finds "Siân"); "sian emerg" finds the Siâns of the
    Emergency Department. Fewer than two letters find nobody. Results are in name order,
    ignoring case and accents (by the folded search key, which starts with the name).
    SQLite uses the FTS5 index; other databases (the register's PostgreSQL) fall back to
    LIKE on `Person.search_key`. Public screens get first names only; `full_names` is for the
    facilitator's People and privacy page, behind the PIN. `shown_only` finds only people who
    agreed to be shown (consent_display), as a project's team picker must.
    """
    words = search_words(query)
    if sum(_is_letter(ch) for word in words for ch in word) < 2 or limit <= 0:
        return []
    if _has_fts(session):
        # Each word is a quoted FTS5 string (words hold no quotes) with a prefix star; the
        # strings are ANDed. Rowids are sort positions (migration 0002), so the first page in
        # rowid order is the first page by name; rows in the tail are merged in.
        match = " ".join(f'"{word}"*' for word in words)
        if shown_only:
            ids = list(session.scalars(_FTS_SHOWN_PAGE, {"match": match, "limit": limit}))
            return _matches(session, ids, full_names=full_names)
        ids = list(session.scalars(_FTS_PAGE, {"match": match, "limit": limit, "tail": TAIL}))
        return _matches(session, ids, full_names=full_names)
    conditions = [
        Person.search_key.like(f"%{_like_escape(fold(word))}%", escape="\\") for word in words
    ]
    if shown_only:
        conditions.append(Person.consent_display.is_(True))
    ids = list(
        session.scalars(
            select(Person.id)
            .where(Person.deleted.is_(False), *conditions)
            .order_by(Person.search_key, Person.id)  # the FTS order: folded name first
            .limit(limit)
        )
    )
    return _matches(session, ids, full_names=full_names)


_PAUSED = "search_index_paused"
_REBUILD = (
    text("DELETE FROM person_search"),
    text(
        f"""
        INSERT INTO person_search(id, person_id, sort_key, name, department)
        SELECT {START} + (row_number() OVER (ORDER BY k, pid) - 1) * {STEP}, pid, k, nm, dep
        FROM (
            SELECT p.id AS pid,
                   CASE WHEN p.search_key <> '' THEN p.search_key
                        ELSE lower(p.display_name) END AS k,
                   p.display_name AS nm,
                   coalesce(d.name_en || ' ' || d.name_cy, '') AS dep
            FROM person AS p LEFT JOIN department AS d ON d.id = p.department_id
            WHERE p.deleted = 0
        )
        """
    ),
    text("INSERT INTO person_search_fts(person_search_fts) VALUES ('rebuild')"),
)


@contextmanager
def search_index_paused(session: Session) -> Iterator[None]:
    """Stop the triggers indexing people row by row; rebuild the index once at the end.

    For bulk loads such as the demo's 100,000 people. The pause is a row in app_state, so it
    is part of the transaction: an error rolls it back with everything else.
    """
    if not _has_fts(session):
        yield
        return
    set_state(session, _PAUSED, "1")
    session.flush()
    try:
        yield
    except BaseException:
        # The transaction should roll back, pause and all; should a caller commit anyway,
        # the index must not stay paused (the next housekeeping would rebuild it regardless).
        with suppress(SQLAlchemyError):
            delete_state(session, _PAUSED)
            session.flush()
        raise
    session.flush()
    for statement in _REBUILD:
        session.execute(statement)
    delete_state(session, _PAUSED)
    session.flush()


def rebuild_search_index(session: Session) -> None:
    """Rebuild the people search index from the person table, evenly renumbered."""
    with search_index_paused(session):
        pass


def renumber_search_index(session: Session) -> bool:
    """Rebuild the search index if some rows found no free sort position (the tail).

    A search still finds tail rows, only merging them in costs a little; this puts them back
    in order. It also rebuilds an index left paused by a bulk load that went wrong. Cheap
    when there is nothing to do. Returns whether it rebuilt.
    """
    if not _has_fts(session):
        return False
    tail = session.scalar(
        text("SELECT 1 FROM person_search WHERE id >= :tail LIMIT 1"), {"tail": TAIL}
    )
    if tail is None and get_state(session, _PAUSED) is None:
        return False
    rebuild_search_index(session)
    log.info("people search index renumbered")
    return True


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- registration --------------------------------------------------------------------------


def _department_for(session: Session, visitor: NewVisitor) -> Department | None:
    """The department chosen, an existing one with the typed name, or a new one (unsaved)."""
    if visitor.department_id:
        department = session.get(Department, visitor.department_id)
        if department is None or department.deleted:
            raise KioskError(ErrorCode.DEPARTMENT_UNKNOWN, field="department")
        return department
    name = text_field(
        visitor.new_department, field="department", maximum=DEPARTMENT_MAX, required=False
    )
    if name is None:
        return None
    key = fold(name)
    for department in session.scalars(
        select(Department).where(Department.deleted.is_(False), Department.retired.is_(False))
    ):
        if key in (fold(department.name_en), fold(department.name_cy)):
            return department  # typed, but already in the list: no duplicate department
    # Nobody has translated a typed name yet: the same name serves both languages.
    return Department(name_en=name, name_cy=name)


def register_visitor(session: Session, *, visitor: NewVisitor, now: datetime) -> PersonMatch:
    """Validate a new visitor's form and store them (and a new department if one was typed).

    Fields are checked in the form's order (name, department, email, role) and the first bad
    one raises KioskError with `field=`; nothing is added to the session before every field
    has passed. `department_id` wins over `new_department` when both are given; a typed
    department that matches an existing one (ignoring case and accents) reuses it.

    Raises:
        KioskError: FIELD_EMPTY, FIELD_TOO_LONG, FIELD_CONTROL_CHARS, DEPARTMENT_UNKNOWN or
            EMAIL_INVALID, with `field` naming the form field.
        ValueError: a language other than "cy" or "en" (a programming error).
    """
    name = text_field(visitor.name, field="name", maximum=NAME_MAX, required=True)
    assert name is not None
    department = _department_for(session, visitor)
    email = visitor.email.strip()
    if email and not valid_email(email):
        raise KioskError(ErrorCode.EMAIL_INVALID, field="email")
    role = text_field(visitor.role, field="role", maximum=ROLE_MAX, required=False)
    language = Language(visitor.language)
    consented = visitor.consent_display or visitor.consent_contact

    if department is not None and department not in session:
        session.add(department)
        session.flush()  # its id, for the person's foreign key
    dep_en = department.name_en if department else ""
    dep_cy = department.name_cy if department else ""
    person = Person(
        display_name=name,
        email=email or None,
        department_id=department.id if department else None,
        role=role,
        language=language,
        consent_display=visitor.consent_display,
        consent_contact=visitor.consent_contact,
        consented_at=now if consented else None,
        search_key=fold(f"{name} {dep_en} {dep_cy}"),
    )
    session.add(person)
    session.flush()
    return PersonMatch(person.id, first_name(name), dep_en, dep_cy)


# --- check-in and check-out ----------------------------------------------------------------


def _live_person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise KioskError(ErrorCode.PERSON_UNKNOWN)
    return person


# Built once: every scan and check-in asks.
_OPEN_VISIT = (
    select(Visit)
    .where(
        Visit.person_id == bindparam("person_id"),
        Visit.checked_out_at.is_(None),
        Visit.deleted.is_(False),
    )
    .order_by(Visit.checked_in_at.desc())
    .limit(1)
)


def _open_visit_of(session: Session, person_id: str) -> Visit | None:
    return session.scalar(_OPEN_VISIT, {"person_id": person_id})


def _card(person: Person, visit: Visit | None) -> VisitorCard:
    return VisitorCard(
        person_id=person.id,
        first_name=first_name(person.display_name),
        language=person.language.value,
        open_visit_id=visit.id if visit else None,
        checked_in_at=visit.checked_in_at if visit else None,
    )


def visitor_card(session: Session, *, person_id: str, now: datetime) -> VisitorCard:
    """A known visitor's first name and language, and their open visit if they are in.

    Raises:
        KioskError: PERSON_UNKNOWN for an unknown or erased person.
    """
    del now  # part of the service signature; the card does not depend on the time yet
    person = _live_person(session, person_id)
    return _card(person, _open_visit_of(session, person.id))


def _others_here(session: Session, *, visit: Visit, topic_ids: Sequence[str]) -> tuple[str, ...]:
    """First names of consenting people in the room for a shared topic or the same event."""
    shared: list[Any] = []
    if topic_ids:
        shared.append(
            exists().where(
                VisitTopic.visit_id == Visit.id,
                VisitTopic.deleted.is_(False),
                VisitTopic.topic_id.in_(topic_ids),
            )
        )
    if visit.event_id is not None:
        shared.append(Visit.event_id == visit.event_id)
    if not shared:
        return ()
    names = session.scalars(
        select(Person.display_name)
        .join(Visit, Visit.person_id == Person.id)
        .where(
            Visit.checked_out_at.is_(None),
            Visit.deleted.is_(False),
            Visit.id != visit.id,
            Person.id != visit.person_id,
            Person.deleted.is_(False),
            Person.consent_display.is_(True),
            or_(*shared),
        )
    )
    return tuple(sorted({first for name in names if (first := first_name(name))}))


def check_in(
    session: Session,
    *,
    person_id: str,
    topics: Sequence[str],
    event_id: str | None,
    source: str,
    now: datetime,
) -> CheckinResult:
    """Record a visit for the topics chosen (slugs) and the event, if one is on.

    Topics may be empty (a pass scan checks in with none). `others_here` lists the first
    names of people in the room now who share a topic or the event and agreed to be shown.

    Raises:
        KioskError: PERSON_UNKNOWN, TOPIC_UNKNOWN (slug=), EVENT_NOT_ON, or ALREADY_IN
            (visit_id= the open visit) when the person is in the room already.
        ValueError: a source other than "touch", "qr" or "typed" (a programming error).
    """
    if source not in SOURCES:
        raise ValueError(f"unknown check-in source {source!r}")
    person = _live_person(session, person_id)
    slugs = list(dict.fromkeys(topics))
    found = (
        {
            t.slug: t
            for t in session.scalars(
                select(Topic).where(Topic.slug.in_(slugs), Topic.deleted.is_(False))
            )
        }
        if slugs
        else {}
    )
    for slug in slugs:
        if slug not in found:
            raise KioskError(ErrorCode.TOPIC_UNKNOWN, slug=slug)
    event = None
    if event_id is not None:
        event = session.get(Event, event_id)
        if event is None or not _event_is_on(session, event, now):
            raise KioskError(ErrorCode.EVENT_NOT_ON)
    open_visit = _open_visit_of(session, person.id)
    if open_visit is not None:
        raise KioskError(ErrorCode.ALREADY_IN, visit_id=open_visit.id)
    return record_visit(
        session,
        person=person,
        topics=[found[slug] for slug in slugs],
        event=event,
        source=source,
        now=now,
    )


def record_visit(
    session: Session,
    *,
    person: Person,
    topics: Sequence[Topic],
    event: Event | None,
    source: str,
    now: datetime,
) -> CheckinResult:
    """Record the visit check_in has validated: the person live and not in the room, the
    topics live, the event on now. A pass scan, which has checked the same, calls it directly
    (the scan is the one check-in a visitor waits on, so nothing is asked twice)."""
    visit = Visit(
        person_id=person.id,
        event_id=event.id if event else None,
        checked_in_at=now,
        source=source,
    )
    session.add(visit)
    session.flush()  # the visit row first: visit_topic refers to it
    chosen = sorted(topics, key=lambda t: t.sort_order)
    if chosen:
        session.add_all(VisitTopic(visit_id=visit.id, topic_id=t.id) for t in chosen)
        session.flush()
    return CheckinResult(
        visit_id=visit.id,
        person_id=person.id,
        first_name=first_name(person.display_name),
        language=person.language.value,
        checked_in_at=now,
        topics=tuple(t.slug for t in chosen),
        event_title_en=event.title_en if event else None,
        event_title_cy=event.title_cy if event else None,
        others_here=_others_here(session, visit=visit, topic_ids=[t.id for t in chosen]),
    )


def check_out(session: Session, *, visit_id: str, now: datetime) -> None:
    """Close an open visit now.

    Raises:
        KioskError: VISIT_UNKNOWN when there is no such open visit (also when already closed).
    """
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted or visit.checked_out_at is not None:
        raise KioskError(ErrorCode.VISIT_UNKNOWN)
    visit.checked_out_at = max(now, visit.checked_in_at)  # a clock set back never goes negative
    session.flush()


# --- the facilitator's views ---------------------------------------------------------------


def _topic_slugs(session: Session, visit_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    ids = list(visit_ids)
    slugs: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(ids), BATCH):
        for visit_id, slug in session.execute(
            select(VisitTopic.visit_id, Topic.slug)
            .join(Topic, Topic.id == VisitTopic.topic_id)
            .where(VisitTopic.visit_id.in_(ids[start : start + BATCH]))
            .where(VisitTopic.deleted.is_(False))
            .order_by(Topic.sort_order)
        ):
            slugs[visit_id].append(slug)
    return {key: tuple(value) for key, value in slugs.items()}


def who_is_here(session: Session, *, now: datetime) -> list[PresentVisitor]:
    """Everyone with an open visit, oldest first, with full names: the PIN-protected view and
    the fire roll call. Visits anonymised or unlinked by erasure show an empty name."""
    del now  # every open visit counts; the closing-time job is what ends forgotten ones
    rows = session.execute(
        select(
            Visit,
            Person.display_name,
            Department.name_en,
            Event.title_en,
            Department.name_cy,
            Event.title_cy,
        )
        .outerjoin(Person, Person.id == Visit.person_id)
        .outerjoin(Department, Department.id == Person.department_id)
        .outerjoin(Event, Event.id == Visit.event_id)
        .where(Visit.checked_out_at.is_(None), Visit.deleted.is_(False))
        .order_by(Visit.checked_in_at, Visit.id)
    ).all()
    topics = _topic_slugs(session, (row[0].id for row in rows))
    return [
        PresentVisitor(
            visit_id=visit.id,
            person_id=visit.person_id,
            display_name=name or "",
            department_en=dep_en or "",
            checked_in_at=visit.checked_in_at,
            topics=topics.get(visit.id, ()),
            event_title_en=event_en,
            department_cy=dep_cy or "",
            event_title_cy=event_cy,
        )
        for visit, name, dep_en, event_en, dep_cy, event_cy in rows
    ]


def event_attendance(session: Session, *, now: datetime, days: int = 30) -> list[EventAttendance]:
    """Events starting within `days` before or after now, with how many checked in for each."""
    # Counted per event in the window (index ix_visit_event), never over all visits.
    attendees = (
        select(func.count())
        .where(Visit.event_id == Event.id, Visit.deleted.is_(False))
        .scalar_subquery()
    )
    rows = session.execute(
        select(Event, attendees)
        .where(
            Event.deleted.is_(False),
            Event.starts_at >= now - timedelta(days=days),
            Event.starts_at <= now + timedelta(days=days),
        )
        .order_by(Event.starts_at, Event.id)
    ).all()
    return [EventAttendance(e.id, e.title_en, e.title_cy, e.starts_at, int(n)) for e, n in rows]


# --- housekeeping --------------------------------------------------------------------------


def closing_instant(checked_in_at: datetime, *, closing: time, zone: ZoneInfo) -> datetime:
    """When a visit left open is closed, in UTC.

    The rule: a visit closes at closing time on the local day it began. A visit begun after
    that day's closing time (an evening event, a late visitor) closes at the end of that local
    day (midnight), so that nobody stays "in the room" overnight and the fire roll call of
    the next morning never lists them.
    """
    local = checked_in_at.astimezone(zone)
    closes = datetime.combine(local.date(), closing, tzinfo=zone)
    if local >= closes:
        closes = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)
    return closes.astimezone(UTC)


def _visits_in_batches(session: Session, query: Select[Visit]) -> Iterator[Sequence[Visit]]:
    """The visits `query` selects, BATCH at a time in (checked_in_at, id) order.

    Pages by keyset (after the last visit seen), so each page starts where the last ended
    even when the rows already handled still match, and a long backlog stays linear.
    """
    after: tuple[datetime, str] | None = None
    while True:
        page = query
        if after is not None:
            page = page.where(tuple_(Visit.checked_in_at, Visit.id) > tuple_(*after))
        batch = session.scalars(page.order_by(Visit.checked_in_at, Visit.id).limit(BATCH)).all()
        if not batch:
            return
        after = (batch[-1].checked_in_at, batch[-1].id)
        yield batch


def close_visits_at_closing_time(
    session: Session, *, closing: time, zone: ZoneInfo, now: datetime
) -> int:
    """Close every open visit whose closing instant (see `closing_instant`) has passed.

    Safe to run at any moment and as often as wanted: at start (the app may have been off at
    closing time, even for days) and daily. Returns how many visits it closed.
    """
    closed = 0
    open_visits = select(Visit).where(Visit.checked_out_at.is_(None), Visit.deleted.is_(False))
    for batch in _visits_in_batches(session, open_visits):
        for visit in batch:
            closes = closing_instant(visit.checked_in_at, closing=closing, zone=zone)
            if closes <= now:
                visit.checked_out_at = closes
                closed += 1
        session.flush()
    if closed:
        log.info("closed %d visits left open at closing time", closed)
    return closed


def anonymise_old_visits(session: Session, *, retention_days: int, now: datetime) -> int:
    """Unlink visits begun more than `retention_days` ago from their person (counts stay).

    Works in batches of ORM updates (each queued in the outbox), flushed and let go as it
    goes, so that a large backlog does not fill memory. Returns how many it anonymised.
    """
    cutoff = now - timedelta(days=retention_days)
    done = 0
    old = select(Visit).where(Visit.checked_in_at < cutoff, Visit.person_id.is_not(None))
    for batch in _visits_in_batches(session, old):
        for visit in batch:
            visit.person_id = None
        session.flush()
        for visit in batch:
            session.expunge(visit)  # flushed and clean: nothing keeps it in memory
        done += len(batch)
    if done:
        log.info("anonymised %d visits older than %d days", done, retention_days)
    return done


def housekeeping(
    session: Session, *, closing: time, zone: ZoneInfo, retention_days: int, now: datetime
) -> Housekeeping:
    """The start-up and daily jobs: close forgotten visits, then anonymise old ones.

    It also renumbers the people search index when some rows had to go to its tail.
    """
    closed = close_visits_at_closing_time(session, closing=closing, zone=zone, now=now)
    anonymised = anonymise_old_visits(session, retention_days=retention_days, now=now)
    renumber_search_index(session)
    return Housekeeping(closed_visits=closed, anonymised_visits=anonymised)


# --- a person's rights: export and erasure -------------------------------------------------

EXPORT_HEADER = ["record", "record_id", "field", "value"]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if hasattr(value, "value") and not isinstance(value, int | float | str):
        return str(value.value)
    return str(value)


def export_person(session: Session, *, person_id: str) -> list[list[str]]:
    """Everything stored about one person, as CSV rows: record, record_id, field, value.

    The person's fields and consents; each visit (times, source, topics, event); project
    memberships; passes. An erased person's export shows what is left (a tombstone).

    Raises:
        KioskError: PERSON_UNKNOWN when there is no such person.
    """
    person = session.get(Person, person_id)
    if person is None:
        raise KioskError(ErrorCode.PERSON_UNKNOWN)
    rows = [EXPORT_HEADER]

    def add(record: str, record_id: str, fields: Iterable[tuple[str, object]]) -> None:
        rows.extend([record, record_id, field, _cell(value)] for field, value in fields)

    department = session.get(Department, person.department_id) if person.department_id else None
    add(
        "person",
        person.id,
        [
            ("display_name", person.display_name),
            ("email", person.email),
            ("department", department.name_en if department else None),
            ("department_cy", department.name_cy if department else None),
            ("role", person.role),
            ("language", person.language),
            ("consent_display", person.consent_display),
            ("consent_contact", person.consent_contact),
            ("consented_at", person.consented_at),
            ("created_at", person.created_at),
            ("updated_at", person.updated_at),
            ("erased", person.deleted),
        ],
    )
    visits = session.execute(
        select(Visit, Event.title_en)
        .outerjoin(Event, Event.id == Visit.event_id)
        .where(Visit.person_id == person.id)
        .order_by(Visit.checked_in_at, Visit.id)
    ).all()
    topics = _topic_slugs(session, (visit.id for visit, _title in visits))
    for visit, event_title in visits:
        add(
            "visit",
            visit.id,
            [
                ("checked_in_at", visit.checked_in_at),
                ("checked_out_at", visit.checked_out_at),
                ("source", visit.source),
                ("topics", ";".join(topics.get(visit.id, ()))),
                ("event_id", visit.event_id),
                ("event", event_title),
            ],
        )
    for member, title in session.execute(
        select(ProjectMember, Project.title)
        .join(Project, Project.id == ProjectMember.project_id)
        .where(ProjectMember.person_id == person.id)
        .order_by(Project.title, ProjectMember.id)
    ):
        add(
            "project_member",
            member.id,
            [
                ("project_id", member.project_id),
                ("project", title),
                ("role", member.role),
                ("removed", member.deleted),
            ],
        )
    for issued in session.scalars(
        select(Pass).where(Pass.person_id == person.id).order_by(Pass.serial)
    ):
        add(
            "pass",
            issued.id,
            [
                ("serial", issued.serial),
                ("issued_on", issued.issued_on),
                ("revoked", issued.revoked),
            ],
        )
    return rows


_PERSONAL_PAYLOAD = {
    "display_name": ERASED_NAME,
    "email": None,
    "role": None,
    "department_id": None,
    "search_key": "",
}


def erase_person(session: Session, *, person_id: str, now: datetime) -> None:
    """Erase a person on request: personal fields removed, passes revoked, counts kept.

    The person row stays as a tombstone (deleted, display name "(erased)", no email, role,
    department or consents, language reset to English) so that the erasure itself syncs to the
    register like any change. Their visits are kept for the room's counts but unlinked
    (person_id None), exactly as retention anonymisation leaves them: the same rule for both,
    and the visit history cannot be tied back to the tombstone's id. Project memberships are
    kept (team sizes stay right; person_id cannot be empty there) and now point at the
    tombstone, which holds nothing personal. A visit still open is closed now. Every pass is
    revoked. The search index row goes
    with the name (the database triggers drop it when the person is marked deleted).

    The local outbox also held copies of the person's fields in earlier change payloads: those
    are scrubbed in place (the changes stay, in order, for the register), so no personal copy
    is left on the kiosk.

    Raises:
        KioskError: PERSON_UNKNOWN when there is no such person or they were already erased.
    """
    person = _live_person(session, person_id)
    person.display_name = ERASED_NAME
    person.email = None
    person.role = None
    person.department_id = None
    person.search_key = ""
    person.consent_display = False
    person.consent_contact = False
    person.consented_at = None
    person.language = Language.EN
    person.deleted = True
    for issued in session.scalars(
        select(Pass).where(Pass.person_id == person.id, Pass.revoked.is_(False))
    ):
        issued.revoked = True
    while True:
        visits = session.scalars(
            select(Visit).where(Visit.person_id == person.id).limit(BATCH)
        ).all()
        if not visits:
            break
        for visit in visits:
            if visit.checked_out_at is None:
                visit.checked_out_at = max(now, visit.checked_in_at)
            visit.person_id = None
        session.flush()
    session.flush()
    for change in session.scalars(
        select(Outbox).where(Outbox.entity == Person.__tablename__, Outbox.entity_id == person.id)
    ):
        if change.payload.get("deleted"):
            continue  # the tombstone just queued
        change.payload = {**change.payload, **_PERSONAL_PAYLOAD}
    session.flush()
