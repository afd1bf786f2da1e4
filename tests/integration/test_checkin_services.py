"""Check-in services on a real SQLite file: search, registration, visits, privacy jobs."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import column as sa_column
from sqlalchemy import func, insert, select, text, update
from sqlalchemy import table as sa_table
from sqlalchemy.sql.expression import TableClause

from kiosk.db import Store, make_engine, migrate
from kiosk.demo import fill_demo
from kiosk.dto.checkin import NewVisitor, PersonMatch
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    Base,
    Department,
    Event,
    EventKind,
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
from kiosk.operations import Operations
from kiosk.passes import current_pass, issue_pass, scan_check_in
from kiosk.services import checkin
from kiosk.services.checkin import (
    anonymise_old_visits,
    check_in,
    check_out,
    checkin_choices,
    close_visits_at_closing_time,
    erase_person,
    event_attendance,
    export_person,
    housekeeping,
    register_visitor,
    renumber_search_index,
    search_index_paused,
    search_people,
    visitor_card,
    who_is_here,
)
from kiosk.text import fold

LONDON = ZoneInfo("Europe/London")
CLOSING = time(18, 0)
SLUGS = (
    "difficult-conversations",
    "organisational-barriers",
    "data-and-charts",
    "model-for-improvement",
    "sharing-experiences",
    "practical-advice",
    "connecting-teams",
    "wellbeing",
)


def _code(caught: pytest.ExceptionInfo[KioskError]) -> ErrorCode:
    return caught.value.code


def _count(store: Store, model: Any, *where: Any) -> int:
    with store.begin() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _outbox(store: Store) -> list[tuple[str, str, dict[str, Any]]]:
    with store.begin() as s:
        rows = s.execute(
            select(Outbox.entity, Outbox.entity_id, Outbox.payload).order_by(Outbox.seq)
        )
        return [(entity, entity_id, payload) for entity, entity_id, payload in rows]


def _fts_is_sound(store: Store) -> None:
    """FTS5's own check that the index matches its content table."""
    with store.begin() as s:
        s.execute(
            text(
                "INSERT INTO person_search_fts(person_search_fts, rank) "
                "VALUES ('integrity-check', 1)"
            )
        )


def _department(store: Store, en: str, cy: str) -> str:
    with store.begin() as s:
        department = Department(name_en=en, name_cy=cy)
        s.add(department)
        s.flush()
        return department.id


def _register(store: Store, now: datetime, name: str, **fields: Any) -> str:
    with store.begin() as s:
        return register_visitor(s, visitor=NewVisitor(name=name, **fields), now=now).id


def _check_in(
    store: Store,
    person_id: str,
    at: datetime,
    topics: tuple[str, ...] = ("wellbeing",),
    event_id: str | None = None,
    source: str = "touch",
) -> checkin.CheckinResult:
    with store.begin() as s:
        return check_in(
            s, person_id=person_id, topics=topics, event_id=event_id, source=source, now=at
        )


def _event(store: Store, starts_at: datetime, minutes: int = 60, **fields: Any) -> str:
    with store.begin() as s:
        event = Event(
            kind=fields.pop("kind", EventKind.WORKSHOP),
            title_en=fields.pop("title_en", "Run charts workshop"),
            title_cy=fields.pop("title_cy", "Gweithdy siartiau rhediad"),
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=minutes),
            **fields,
        )
        s.add(event)
        s.flush()
        return event.id


def _search(store: Store, query: str, limit: int = 8) -> list[PersonMatch]:
    with store.begin() as s:
        return search_people(s, query=query, limit=limit)


def _names(store: Store, query: str, limit: int = 8) -> list[str]:
    """Full display names of what a search found (the DTO carries first names only)."""
    ids = [m.id for m in _search(store, query, limit)]
    with store.begin() as s:
        rows = s.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids)))
        names: dict[str, str] = dict(rows.all())
    return [names[i] for i in ids]


@pytest.fixture
def room(store: Store, now: datetime) -> dict[str, str]:
    """Two departments and five visitors registered through the service."""
    emergency = _department(store, "Emergency Department", "Adran Achosion Brys")
    therapies = _department(store, "Therapies", "Therapïau")
    return {
        "emergency": emergency,
        "therapies": therapies,
        "sian": _register(store, now, "Siân Jones", department_id=emergency, consent_display=True),
        "sian_price": _register(store, now, "SIAN PRICE", department_id=therapies),
        "llyr": _register(store, now, "Llŷr Parry", department_id=therapies, consent_display=True),
        "dafydd": _register(store, now, "Dafydd Rees", consent_display=True),
        "jo": _register(store, now, "Jo Bowen", department_id=emergency, consent_display=True),
    }


# Choices


def test_choices_offer_the_eight_topics_in_order_and_departments_by_name(
    store: Store, now: datetime
) -> None:
    _department(store, "Surgery", "Llawfeddygaeth")
    _department(store, "Acute Medicine", "Meddygaeth Acíwt")
    with store.begin() as s:
        s.add(Department(name_en="Closed ward", name_cy="Ward ar gau", deleted=True))
        choices = checkin_choices(s, now=now)

    assert [t.slug for t in choices.topics] == list(SLUGS)
    assert choices.topics[-1].name_cy == "Lles emosiynol"
    assert [d.name_en for d in choices.departments] == ["Acute Medicine", "Surgery"]
    assert choices.events_now == ()


@pytest.mark.parametrize(
    ("starts_in", "minutes", "offered"),
    [
        (timedelta(minutes=30), 60, True),
        (timedelta(minutes=31), 60, False),
        (timedelta(minutes=-59), 60, True),
        (timedelta(minutes=-60), 60, False),
        (timedelta(hours=-2), 60, False),
        (timedelta(days=1), 60, False),
    ],
    ids=[
        "starts in 30 min",
        "starts in 31 min",
        "ends in a minute",
        "ended now",
        "over",
        "tomorrow",
    ],
)
def test_an_event_is_offered_from_half_an_hour_before_until_it_ends(
    store: Store, now: datetime, starts_in: timedelta, minutes: int, offered: bool
) -> None:
    event = _event(store, now + starts_in, minutes)
    _event(store, now, 60, deleted=True)
    with store.begin() as s:
        choices = checkin_choices(s, now=now)

    assert [e.id for e in choices.events_now] == ([event] if offered else [])


# Search


@pytest.mark.parametrize("query", ["sian", "Siân", "SIÂN", "  siân  ", "sia"])
def test_sian_finds_sian_with_or_without_the_accent(
    store: Store, room: dict[str, str], query: str
) -> None:
    assert {m.id for m in _search(store, query)} == {room["sian"], room["sian_price"]}


def test_a_match_carries_the_first_name_and_department_only(
    store: Store, room: dict[str, str]
) -> None:
    assert _search(store, "jones") == [
        PersonMatch(room["sian"], "Siân", "Emergency Department", "Adran Achosion Brys")
    ]


def test_two_letters_find_by_prefix(store: Store, room: dict[str, str]) -> None:
    assert _names(store, "jo") == ["Jo Bowen", "Siân Jones"]


def test_every_word_typed_must_match_the_start_of_a_word(
    store: Store, room: dict[str, str]
) -> None:
    assert _names(store, "sian jo") == ["Siân Jones"]
    assert _names(store, "jo sian") == ["Siân Jones"]
    assert _names(store, "sian pr") == ["SIAN PRICE"]
    assert _names(store, "sian zz") == []
    assert _names(store, "ones") == []  # words match from their start


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("therapies", ["Llŷr Parry", "SIAN PRICE"]),
        ("therapiau", ["Llŷr Parry", "SIAN PRICE"]),
        ("THERAPÏAU", ["Llŷr Parry", "SIAN PRICE"]),
        ("brys", ["Jo Bowen", "Siân Jones"]),
        ("emergency sian", ["Siân Jones"]),
        ("adran jo", ["Jo Bowen", "Siân Jones"]),
    ],
)
def test_department_words_match_in_either_language(
    store: Store, room: dict[str, str], query: str, expected: list[str]
) -> None:
    assert _names(store, query) == expected


def test_welsh_letters_are_found_typed_plainly(store: Store, room: dict[str, str]) -> None:
    assert _names(store, "llyr") == ["Llŷr Parry"]
    assert _names(store, "LLŶR") == ["Llŷr Parry"]
    assert _names(store, "Lly\u0302r") == ["Llŷr Parry"]  # decomposed, as some keyboards send


def test_combining_marks_without_a_precomposed_letter_stay_in_the_word(
    store: Store, now: datetime
) -> None:
    _register(store, now, "Spin\u0308al Tap")  # n with diaeresis has no single code point

    assert _names(store, "spinal") == ["Spin\u0308al Tap"]
    assert _names(store, "spin\u0308a") == ["Spin\u0308al Tap"]
    assert _search(store, "al") == []


@pytest.mark.parametrize(
    "query",
    ['"', '""', "*", "**", "AND", "OR", "NOT", "-", "(", ")", "()", "^", ":", "+", "NEAR(",
     "NEAR(sian jones)", "sian*", "^sian", '"sian', "name:sian", "sian OR jo", "sian -jones",
     "😀", "😀😀", "sian 😀", "o'brien", "%", "_", "\\", "\x00", "sian\x00jo", "{name}: sian",
     "sian AND NOT", "\u017fian", "\ufb01", "\uff11\uff12", "\u200d", "sian\u200djones"],
)  # fmt: skip
def test_search_syntax_typed_is_just_text(store: Store, room: dict[str, str], query: str) -> None:
    found = _search(store, query)  # must not raise

    assert len(found) <= 8


@pytest.mark.parametrize(
    ("query", "expected"),
    [("sian*", ["Siân Jones", "SIAN PRICE"]), ('"sian jo"', ["Siân Jones"]),
     ("sian-jo", ["Siân Jones"]), ("(llyr)", ["Llŷr Parry"]), ("llyr:", ["Llŷr Parry"])],
)  # fmt: skip
def test_punctuation_around_words_is_ignored(
    store: Store, room: dict[str, str], query: str, expected: list[str]
) -> None:
    assert _names(store, query) == expected


@pytest.mark.parametrize(
    "query", ["", " ", "s", "â", "a\u0302", " j ", "😀😀", "--", "s -", '"*"', "\u0301\u0301 s"]
)
def test_fewer_than_two_letters_find_nobody(store: Store, room: dict[str, str], query: str) -> None:
    assert _search(store, query) == []


def test_results_are_sorted_by_name_ignoring_case_and_accents_and_limited(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    for name in ("Élodie Adams", "angharad Adams", "Zac Adams", "Bethan Adams"):
        _register(store, now, name)

    assert _names(store, "adams") == ["angharad Adams", "Bethan Adams", "Élodie Adams", "Zac Adams"]
    assert _names(store, "adams", limit=2) == ["angharad Adams", "Bethan Adams"]
    assert _search(store, "adams", limit=0) == []


def test_erased_and_deleted_people_are_not_found(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    with store.begin() as s:
        erase_person(s, person_id=room["sian"], now=now)
        s.execute(update(Person).where(Person.id == room["dafydd"]).values(deleted=True))

    assert _names(store, "sian") == ["SIAN PRICE"]
    assert _search(store, "dafydd") == []
    assert _search(store, "erased") == []
    _fts_is_sound(store)


def test_a_new_name_or_department_name_is_found_at_once(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    with store.begin() as s:
        person = s.get(Person, room["dafydd"])
        assert person is not None
        person.display_name = "Dafydd ap Rhys"
        department = s.get(Department, room["therapies"])
        assert department is not None
        department.name_en = "Allied Health Professions"

    assert _names(store, "ap rhys") == ["Dafydd ap Rhys"]
    assert _names(store, "allied") == ["Llŷr Parry", "SIAN PRICE"]
    assert _search(store, "therapies") == []
    assert _names(store, "therapiau") == ["Llŷr Parry", "SIAN PRICE"]
    _fts_is_sound(store)


def test_rows_that_find_no_sort_position_are_still_found_in_order(
    store: Store, now: datetime
) -> None:
    # Each name sorts just after the one before and before "Bc": the gap between their sort
    # positions halves every time until there is none left and rows go to the tail.
    _register(store, now, "Bc End")
    names = [f"Bb {'a' * n}" for n in range(1, 45)]
    for name in names:
        _register(store, now, name)
    with store.begin() as s:
        tail = s.scalar(
            text("SELECT count(*) FROM person_search WHERE id >= :t"), {"t": checkin.TAIL}
        )
    assert tail > 0

    assert _names(store, "bb", limit=50) == names
    assert _names(store, "bb aaaa", limit=3) == names[3:6]
    with store.begin() as s:
        assert renumber_search_index(s) is True
        assert renumber_search_index(s) is False
        ids = s.scalars(text("SELECT id FROM person_search ORDER BY sort_key, person_id")).all()
    assert ids == sorted(ids)
    assert max(ids) < checkin.TAIL
    assert _names(store, "bb", limit=50) == names
    _fts_is_sound(store)


def test_sort_positions_follow_the_names(store: Store, now: datetime) -> None:
    rng = random.Random(7)
    names = [f"{rng.choice('ABCDEFGH')}{rng.choice('aeiou')}{i:03d} Test" for i in range(150)]
    for name in names:
        _register(store, now, name)
    with store.begin() as s:
        rows = s.execute(
            text("SELECT id, sort_key FROM person_search WHERE id < :t ORDER BY id"),
            {"t": checkin.TAIL},
        ).all()

    assert [key for _id, key in rows] == sorted(key for _id, key in rows)
    assert _names(store, "test", limit=200) == sorted(names, key=fold)


def test_a_rolled_back_bulk_load_leaves_search_working(store: Store, now: datetime) -> None:
    def bulk_load_that_fails() -> None:
        with store.begin() as s, search_index_paused(s):
            s.add(Person(display_name="Ghost Writer", search_key="ghost writer"))
            s.flush()
            raise RuntimeError

    with pytest.raises(RuntimeError):
        bulk_load_that_fails()

    _register(store, now, "Nia Ghost")
    assert _names(store, "ghost") == ["Nia Ghost"]
    _fts_is_sound(store)


def test_an_index_left_paused_is_rebuilt_by_housekeeping(store: Store, now: datetime) -> None:
    with store.begin() as s:
        s.execute(text("INSERT INTO app_state(key, value) VALUES ('search_index_paused', '1')"))
    _register(store, now, "Nia Paused")
    assert _search(store, "paused") == []

    with store.begin() as s:
        housekeeping(s, closing=CLOSING, zone=LONDON, retention_days=365, now=now)

    assert _names(store, "paused") == ["Nia Paused"]
    _register(store, now, "Huw Paused")
    assert _names(store, "paused") == ["Huw Paused", "Nia Paused"]
    _fts_is_sound(store)


def test_demo_people_are_found(store: Store, now: datetime) -> None:
    with store.begin() as s:
        fill_demo(s, now=now)

    found = _names(store, "sian", limit=50)
    assert found
    assert all("sian" in fold(name) for name in found)
    assert found == sorted(found, key=fold)
    _fts_is_sound(store)


PERSON_DEFAULTS = {
    "language": "en",
    "consent_display": False,
    "consent_contact": False,
    "search_key": "",
}


def _old_table(model: type, *columns: str) -> TableClause:
    names = ("id", "created_at", "updated_at", "version", "deleted", *columns)
    table = model.__table__  # type: ignore[attr-defined]
    return sa_table(table.name, *(sa_column(n, table.c[n].type) for n in names))


def test_a_room_migrated_from_0001_has_its_people_indexed(tmp_path: Path, now: datetime) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = Config()
    config.set_main_option("script_location", str(resources.files("kiosk") / "migrations"))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        with engine.begin() as conn:
            stamp = {"created_at": now, "updated_at": now, "version": "v", "deleted": False}
            person_stamp = {**stamp, **PERSON_DEFAULTS}
            # The tables as 0001 made them: later columns (department.retired, ...) are absent.
            conn.execute(
                insert(_old_table(Department, "name_en", "name_cy")),
                [{"id": "d1", "name_en": "Therapies", "name_cy": "Therapïau", **stamp}],
            )
            conn.execute(
                insert(_old_table(Person, "display_name", "department_id", *PERSON_DEFAULTS)),
                [
                    {
                        "id": "p1",
                        "display_name": "Siân Jones",
                        "department_id": "d1",
                        **person_stamp,
                    },
                    {
                        "id": "p2",
                        "display_name": "Rhys Owen",
                        "department_id": None,
                        **person_stamp,
                        "deleted": True,
                    },
                ],
            )
        migrate(engine)
        store = Store(engine, clock=lambda: now)

        assert [m.id for m in _search(store, "sian therap")] == ["p1"]
        assert _search(store, "rhys") == []
        _fts_is_sound(store)
    finally:
        engine.dispose()


def test_without_the_fts_index_search_falls_back_to_like(
    store: Store, room: dict[str, str]
) -> None:
    with store.begin() as s:
        for name in s.scalars(
            text(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'trigger' AND name LIKE 'person_search%'"
            )
        ).all():
            s.execute(text(f"DROP TRIGGER {name}"))
        s.execute(text("DROP TABLE person_search_fts"))
        s.execute(text("DROP TABLE person_search"))

    assert _names(store, "sian") == ["Siân Jones", "SIAN PRICE"]
    assert _names(store, "sian jo") == ["Siân Jones"]
    assert _names(store, "therapiau") == ["Llŷr Parry", "SIAN PRICE"]
    assert _search(store, "%_") == []
    assert _search(store, '"*') == []


@pytest.mark.slow
def test_search_is_right_at_100000_people(store: Store, now: datetime) -> None:
    with store.begin() as s:
        fill_demo(s, people=100_000, visits=0, now=now)
        people = s.execute(
            select(Person.id, Person.display_name, Person.search_key).where(
                Person.deleted.is_(False)
            )
        ).all()
    assert len(people) == 100_000

    def expected(query: str, limit: int = 8) -> list[str]:
        words = [fold(w) for w in checkin.search_words(query)]
        hits = [
            (key, pid)
            for pid, _name, key in people
            if all(any(part.startswith(w) for part in re.split(r"[^\w]+", key)) for w in words)
        ]
        return [pid for _key, pid in sorted(hits)[:limit]]

    for query in ("sian", "jo", "an", "llyr", "sian jo", "gwenll", "therap", "brys owa", "zofia w"):
        assert [m.id for m in _search(store, query)] == expected(query), query
    _fts_is_sound(store)


# Registration


def test_a_new_visitor_is_stored_with_what_they_gave(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    with store.begin() as s:
        match = register_visitor(
            s,
            visitor=NewVisitor(
                name="  Nia   Ffion  Hughes ",
                department_id=room["therapies"],
                email=" nia.hughes@wales.nhs.uk ",
                role=" Physiotherapist ",
                language="cy",
                consent_display=True,
                consent_contact=False,
            ),
            now=now,
        )
        person = s.get(Person, match.id)
        assert person is not None

    assert match == PersonMatch(match.id, "Nia", "Therapies", "Therapïau")
    assert person.display_name == "Nia Ffion Hughes"
    assert person.email == "nia.hughes@wales.nhs.uk"
    assert person.role == "Physiotherapist"
    assert person.language is Language.CY
    assert (person.consent_display, person.consent_contact) == (True, False)
    assert person.consented_at == now
    assert person.search_key == fold("Nia Ffion Hughes Therapies Therapïau")


@pytest.mark.parametrize(
    ("display", "contact"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_consents_are_stored_exactly_as_given(
    store: Store, now: datetime, display: bool, contact: bool
) -> None:
    person_id = _register(store, now, "Aled", consent_display=display, consent_contact=contact)
    with store.begin() as s:
        person = s.get(Person, person_id)
        assert person is not None

    assert (person.consent_display, person.consent_contact) == (display, contact)
    assert person.consented_at == (now if display or contact else None)


def test_registration_is_queued_for_sync(store: Store, now: datetime) -> None:
    person_id = _register(store, now, "Catrin Lewis", new_department="Cardiology")

    changes = _outbox(store)
    assert [entity for entity, _id, _p in changes] == ["department", "person"]
    assert changes[1][1] == person_id
    assert changes[1][2]["display_name"] == "Catrin Lewis"


@pytest.mark.parametrize(
    "name",
    ["Siân ap Gruffydd", "李小龍", "José 😀", "Zoë O'Brien-Smith", "محمد علي", "👩‍⚕️ Nia",
     "Ŵyn", "N", "x" * 100, "Ελένη", "Анна"],
)  # fmt: skip
def test_any_script_and_emoji_are_welcome(store: Store, now: datetime, name: str) -> None:
    person_id = _register(store, now, name)
    with store.begin() as s:
        person = s.get(Person, person_id)
        assert person is not None

    assert person.display_name == name


@pytest.mark.parametrize(
    ("visitor", "code", "field", "params"),
    [
        (NewVisitor(name=""), ErrorCode.FIELD_EMPTY, "name", {}),
        (NewVisitor(name="   "), ErrorCode.FIELD_EMPTY, "name", {}),
        (NewVisitor(name="\u3000"), ErrorCode.FIELD_EMPTY, "name", {}),
        (NewVisitor(name="\u200d\u200c"), ErrorCode.FIELD_EMPTY, "name", {}),
        (NewVisitor(name=" \u0301 "), ErrorCode.FIELD_EMPTY, "name", {}),
        (NewVisitor(name="x" * 101), ErrorCode.FIELD_TOO_LONG, "name", {"limit": 100}),
        (NewVisitor(name="Siân\x00"), ErrorCode.FIELD_CONTROL_CHARS, "name", {}),
        (NewVisitor(name="Siân\nJones"), ErrorCode.FIELD_CONTROL_CHARS, "name", {}),
        (NewVisitor(name="Siân\tJones"), ErrorCode.FIELD_CONTROL_CHARS, "name", {}),
        (NewVisitor(name="\x1b[31mRed"), ErrorCode.FIELD_CONTROL_CHARS, "name", {}),
        (NewVisitor(name="a\u2028b"), ErrorCode.FIELD_CONTROL_CHARS, "name", {}),
        (NewVisitor(name="a\x85b"), ErrorCode.FIELD_CONTROL_CHARS, "name", {}),
        (NewVisitor(name="Nia", role="r" * 121), ErrorCode.FIELD_TOO_LONG, "role", {"limit": 120}),
        (NewVisitor(name="Nia", role="Nurse\x07"), ErrorCode.FIELD_CONTROL_CHARS, "role", {}),
        (NewVisitor(name="Nia", department_id="nope"), ErrorCode.DEPARTMENT_UNKNOWN,
         "department", {}),
        (NewVisitor(name="Nia", new_department="d" * 121), ErrorCode.FIELD_TOO_LONG,
         "department", {"limit": 120}),
        (NewVisitor(name="Nia", new_department="Ward\r7"), ErrorCode.FIELD_CONTROL_CHARS,
         "department", {}),
        (NewVisitor(name="Nia", email="nia"), ErrorCode.EMAIL_INVALID, "email", {}),
        # The first bad field in the form's order is the one named.
        (NewVisitor(name="", email="bad", department_id="nope"), ErrorCode.FIELD_EMPTY,
         "name", {}),
        (NewVisitor(name="Nia", email="bad", department_id="nope"),
         ErrorCode.DEPARTMENT_UNKNOWN, "department", {}),
        (NewVisitor(name="Nia", email="bad", role="r" * 200), ErrorCode.EMAIL_INVALID,
         "email", {}),
    ],
)  # fmt: skip
def test_a_bad_field_is_named_and_nothing_is_saved(
    store: Store,
    now: datetime,
    visitor: NewVisitor,
    code: ErrorCode,
    field: str,
    params: dict[str, Any],
) -> None:
    with pytest.raises(KioskError) as caught, store.begin() as s:
        register_visitor(s, visitor=visitor, now=now)

    assert _code(caught) is code
    assert caught.value.params == {"field": field, **params}
    assert _count(store, Person) == 0
    assert _count(store, Department) == 0
    assert _outbox(store) == []


def test_a_typed_department_is_not_created_when_a_later_field_is_bad(
    store: Store, now: datetime
) -> None:
    with store.begin() as s:
        with pytest.raises(KioskError):
            register_visitor(
                s, visitor=NewVisitor(name="Nia", new_department="Cardiology", email="x"), now=now
            )
        assert list(s.new) == []  # validated before anything was added to the session


@pytest.mark.parametrize(
    "email",
    ["a@b.co", "sian.jones@wales.nhs.uk", "s+kiosk@example.org", "  s@x.org  ",
     "o'brien@example.ie", "ŵyn@enghraifft.cymru", f"{'a' * 64}@{'b' * 185}.org"],
)  # fmt: skip
def test_good_email_addresses_are_accepted(store: Store, now: datetime, email: str) -> None:
    person_id = _register(store, now, "Nia", email=email)
    with store.begin() as s:
        person = s.get(Person, person_id)
        assert person is not None

    assert person.email == email.strip()


@pytest.mark.parametrize(
    "email",
    ["sian", "@x.org", "sian@", "sian@wales", "a@@b.org", "a@b@c.org", "a b@c.org",
     "a@b .org", "a@b..org", "a@.org", "a@org.", "a@-b.org", "a\x00@b.org", "a@b.org\x00",
     f"{'a' * 65}@b.org", f"a@{'b' * 250}.org", "a@b.org,c@d.org", "sian@wales\u2028.org"],
)  # fmt: skip
def test_bad_email_addresses_are_refused(store: Store, now: datetime, email: str) -> None:
    with pytest.raises(KioskError) as caught, store.begin() as s:
        register_visitor(s, visitor=NewVisitor(name="Nia", email=email), now=now)

    assert _code(caught) is ErrorCode.EMAIL_INVALID
    assert caught.value.params == {"field": "email"}


def test_a_typed_department_is_created_once(store: Store, now: datetime) -> None:
    first = _register(store, now, "Nia", new_department=" Cardiology ")
    second = _register(store, now, "Huw", new_department="CARDIOLOGY")
    with store.begin() as s:
        departments = s.scalars(select(Department)).all()
        people = {p.id: p.department_id for p in s.scalars(select(Person))}

    assert [(d.name_en, d.name_cy) for d in departments] == [("Cardiology", "Cardiology")]
    assert people[first] == people[second] == departments[0].id


def test_a_typed_department_that_exists_in_welsh_is_reused(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    person_id = _register(store, now, "Nia", new_department="therapiau")
    with store.begin() as s:
        person = s.get(Person, person_id)
        assert person is not None

    assert person.department_id == room["therapies"]
    assert _count(store, Department) == 2


def test_a_chosen_department_wins_over_a_typed_one(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    person_id = _register(
        store, now, "Nia", department_id=room["emergency"], new_department="Cardiology"
    )
    with store.begin() as s:
        person = s.get(Person, person_id)
        assert person is not None

    assert person.department_id == room["emergency"]
    assert _count(store, Department) == 2


def test_a_deleted_department_cannot_be_chosen(store: Store, now: datetime) -> None:
    with store.begin() as s:
        gone = Department(name_en="Old ward", name_cy="Hen ward", deleted=True)
        s.add(gone)
        s.flush()
        gone_id = gone.id

    with pytest.raises(KioskError) as caught, store.begin() as s:
        register_visitor(s, visitor=NewVisitor(name="Nia", department_id=gone_id), now=now)

    assert _code(caught) is ErrorCode.DEPARTMENT_UNKNOWN


def test_no_department_is_fine(store: Store, now: datetime) -> None:
    with store.begin() as s:
        match = register_visitor(s, visitor=NewVisitor(name="Huw"), now=now)

    assert (match.department_en, match.department_cy) == ("", "")


def test_a_language_other_than_welsh_or_english_is_a_programming_error(
    store: Store, now: datetime
) -> None:
    with pytest.raises(ValueError, match="fr"), store.begin() as s:
        register_visitor(s, visitor=NewVisitor(name="Huw", language="fr"), now=now)


# Check-in and check-out


def test_a_check_in_records_the_visit_and_its_topics(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    result = _check_in(store, room["llyr"], now, ("wellbeing", "data-and-charts", "wellbeing"))
    with store.begin() as s:
        visit = s.get(Visit, result.visit_id)
        assert visit is not None
        topics = s.scalars(
            select(Topic.slug).join(VisitTopic, VisitTopic.topic_id == Topic.id)
        ).all()

    assert result.person_id == room["llyr"]
    assert result.first_name == "Llŷr"
    assert result.language == "en"
    assert result.checked_in_at == now
    assert result.topics == ("data-and-charts", "wellbeing")  # the room's order, once each
    assert (result.event_title_en, result.event_title_cy) == (None, None)
    assert (visit.person_id, visit.checked_in_at, visit.checked_out_at, visit.source) == (
        room["llyr"],
        now,
        None,
        "touch",
    )
    assert sorted(topics) == ["data-and-charts", "wellbeing"]
    entities = [entity for entity, _id, _p in _outbox(store)]
    assert entities[-3:] == ["visit", "visit_topic", "visit_topic"]


def test_a_check_in_for_an_event_on_now(store: Store, room: dict[str, str], now: datetime) -> None:
    event = _event(store, now + timedelta(minutes=25))

    result = _check_in(store, room["llyr"], now, (), event)

    assert result.topics == ()
    assert result.event_title_en == "Run charts workshop"
    assert result.event_title_cy == "Gweithdy siartiau rhediad"


@pytest.mark.parametrize("starts_in", [timedelta(minutes=45), timedelta(hours=-3)])
def test_an_event_not_on_now_is_refused(
    store: Store, room: dict[str, str], now: datetime, starts_in: timedelta
) -> None:
    event = _event(store, now + starts_in)

    for event_id in (event, "no-such-event"):
        with pytest.raises(KioskError) as caught:
            _check_in(store, room["llyr"], now, (), event_id)
        assert _code(caught) is ErrorCode.EVENT_NOT_ON
    assert _count(store, Visit) == 0


def test_a_deleted_event_is_not_on(store: Store, room: dict[str, str], now: datetime) -> None:
    event = _event(store, now, deleted=True)

    with pytest.raises(KioskError) as caught:
        _check_in(store, room["llyr"], now, (), event)

    assert _code(caught) is ErrorCode.EVENT_NOT_ON


def test_an_unknown_topic_is_refused_and_nothing_saved(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    before = len(_outbox(store))

    with pytest.raises(KioskError) as caught:
        _check_in(store, room["llyr"], now, ("wellbeing", "astrology"))

    assert _code(caught) is ErrorCode.TOPIC_UNKNOWN
    assert caught.value.params == {"slug": "astrology"}
    assert _count(store, Visit) == 0
    assert len(_outbox(store)) == before


@pytest.mark.parametrize("who", ["nobody", "erased"])
def test_an_unknown_or_erased_person_cannot_check_in(
    store: Store, room: dict[str, str], now: datetime, who: str
) -> None:
    person_id = "no-such-person"
    if who == "erased":
        person_id = room["llyr"]
        with store.begin() as s:
            erase_person(s, person_id=person_id, now=now)

    with pytest.raises(KioskError) as caught:
        _check_in(store, person_id, now)

    assert _code(caught) is ErrorCode.PERSON_UNKNOWN


def test_someone_in_the_room_already_is_told_so(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    first = _check_in(store, room["llyr"], now)

    with pytest.raises(KioskError) as caught:
        _check_in(store, room["llyr"], now + timedelta(minutes=5), ("data-and-charts",))

    assert _code(caught) is ErrorCode.ALREADY_IN
    assert caught.value.params == {"visit_id": first.visit_id}
    assert _count(store, Visit) == 1


def test_an_unknown_source_is_a_programming_error(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    with pytest.raises(ValueError, match="carrier pigeon"):
        _check_in(store, room["llyr"], now, source="carrier pigeon")


def test_check_out_closes_the_visit_and_allows_a_new_one(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    visit = _check_in(store, room["llyr"], now).visit_id
    later = now + timedelta(hours=1)
    with store.begin() as s:
        check_out(s, visit_id=visit, now=later)
        card = visitor_card(s, person_id=room["llyr"], now=later)
        closed = s.get(Visit, visit)
        assert closed is not None

    assert closed.checked_out_at == later
    assert card.open_visit_id is None
    assert _outbox(store)[-1][:2] == ("visit", visit)
    assert _check_in(store, room["llyr"], later + timedelta(minutes=1)).visit_id != visit


@pytest.mark.parametrize("case", ["unknown", "closed"])
def test_check_out_of_no_open_visit_is_refused(
    store: Store, room: dict[str, str], now: datetime, case: str
) -> None:
    visit = "no-such-visit"
    if case == "closed":
        visit = _check_in(store, room["llyr"], now).visit_id
        with store.begin() as s:
            check_out(s, visit_id=visit, now=now)

    with pytest.raises(KioskError) as caught, store.begin() as s:
        check_out(s, visit_id=visit, now=now)

    assert _code(caught) is ErrorCode.VISIT_UNKNOWN


def test_a_check_out_before_the_check_in_time_never_makes_a_negative_visit(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    visit = _check_in(store, room["llyr"], now).visit_id
    with store.begin() as s:
        check_out(s, visit_id=visit, now=now - timedelta(minutes=3))  # the clock was set back
        closed = s.get(Visit, visit)
        assert closed is not None

    assert closed.checked_out_at == now


def test_the_visitor_card_shows_the_open_visit(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    with store.begin() as s:
        before = visitor_card(s, person_id=room["sian"], now=now)
    result = _check_in(store, room["sian"], now)
    with store.begin() as s:
        after = visitor_card(s, person_id=room["sian"], now=now)

    assert before == checkin.VisitorCard(room["sian"], "Siân", "en", None, None)
    assert after == checkin.VisitorCard(room["sian"], "Siân", "en", result.visit_id, now)
    with pytest.raises(KioskError) as caught, store.begin() as s:
        visitor_card(s, person_id="nobody", now=now)
    assert _code(caught) is ErrorCode.PERSON_UNKNOWN


# Who else is here (public: consented first names only)


def test_others_here_share_a_topic_and_consented(store: Store, now: datetime) -> None:
    people = {
        name: _register(store, now, name, consent_display=display)
        for name, display in [
            ("Rhys Hughes", True),
            ("Rhys Williams", True),
            ("Bethan Morgan", True),
            ("Gareth Private", False),
            ("Eleri Other", True),
            ("Aled Gone", True),
            ("Nia Newcomer", True),
        ]
    }
    t = now - timedelta(hours=1)
    _check_in(store, people["Rhys Hughes"], t, ("wellbeing",))
    _check_in(store, people["Rhys Williams"], t, ("wellbeing", "data-and-charts"))
    _check_in(store, people["Bethan Morgan"], t, ("data-and-charts",))
    _check_in(store, people["Gareth Private"], t, ("wellbeing",))
    _check_in(store, people["Eleri Other"], t, ("practical-advice",))
    gone = _check_in(store, people["Aled Gone"], t, ("wellbeing",)).visit_id
    with store.begin() as s:
        check_out(s, visit_id=gone, now=now)

    result = _check_in(store, people["Nia Newcomer"], now, ("wellbeing", "data-and-charts"))

    assert result.others_here == ("Bethan", "Rhys")
    shown = repr(result)
    for hidden in ("Hughes", "Williams", "Morgan", "Gareth", "Private", "Eleri", "Aled"):
        assert hidden not in shown


def test_others_here_include_the_same_event_without_a_shared_topic(
    store: Store, now: datetime
) -> None:
    event = _event(store, now - timedelta(minutes=10))
    owain = _register(store, now, "Owain Price", consent_display=True)
    mared = _register(store, now, "Mared Evans", consent_display=True)
    _check_in(store, owain, now - timedelta(minutes=5), ("practical-advice",), event)

    assert _check_in(store, mared, now, (), event).others_here == ("Owain",)


def test_nobody_else_is_shown_for_a_visit_with_no_topic_or_event(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    _check_in(store, room["sian"], now - timedelta(minutes=5), ("wellbeing",))

    assert _check_in(store, room["llyr"], now, ()).others_here == ()


def test_a_person_who_refused_display_never_appears(store: Store, now: datetime) -> None:
    private = _register(store, now, "Gwenllïan Secret", consent_display=False)
    _check_in(store, private, now - timedelta(minutes=30), SLUGS)
    event = _event(store, now - timedelta(minutes=5))

    for i, slug in enumerate(SLUGS):
        visitor = _register(store, now, f"Visitor{i} Surname", consent_display=True)
        result = _check_in(store, visitor, now, (slug,), event if i % 2 else None)
        assert "Gwenllïan" not in result.others_here
        assert all("Surname" not in name for name in result.others_here)


# Who is here (facilitator) and attendance


def test_who_is_here_lists_open_visits_oldest_first_with_full_names(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    event = _event(store, now - timedelta(minutes=20))
    later = _check_in(store, room["sian"], now, ("wellbeing",), event)
    earlier = _check_in(store, room["llyr"], now - timedelta(hours=1), ("data-and-charts",))
    gone = _check_in(store, room["dafydd"], now - timedelta(hours=2)).visit_id
    with store.begin() as s:
        check_out(s, visit_id=gone, now=now)
        present = who_is_here(s, now=now)

    assert [(p.visit_id, p.display_name, p.department_en, p.topics, p.event_title_en)
            for p in present] == [
        (earlier.visit_id, "Llŷr Parry", "Therapies", ("data-and-charts",), None),
        (later.visit_id, "Siân Jones", "Emergency Department", ("wellbeing",),
         "Run charts workshop"),
    ]  # fmt: skip
    assert [p.checked_in_at for p in present] == [now - timedelta(hours=1), now]


def test_event_attendance_counts_check_ins_per_event(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    past = _event(store, now - timedelta(days=10), title_en="Past")
    today = _event(store, now - timedelta(minutes=10), title_en="Today")
    soon = _event(store, now + timedelta(days=29), title_en="Soon")
    _event(store, now - timedelta(days=31), title_en="Too old")
    _event(store, now + timedelta(days=31), title_en="Too far")
    with store.begin() as s:
        then = now - timedelta(days=10)
        for person in ("sian", "llyr", "jo"):
            s.add(Visit(person_id=room[person], event_id=past, checked_in_at=then))
        s.add(Visit(person_id=None, event_id=past, checked_in_at=then))  # anonymised since
    _check_in(store, room["dafydd"], now, (), today)
    with store.begin() as s:
        attendance = event_attendance(s, now=now)

    assert [(a.event_id, a.title_en, a.attendees) for a in attendance] == [
        (past, "Past", 4),
        (today, "Today", 1),
        (soon, "Soon", 0),
    ]
    with store.begin() as s:
        assert [a.title_en for a in event_attendance(s, now=now, days=1)] == ["Today"]


# Closing time


def _visit(store: Store, person_id: str | None, at: datetime) -> str:
    with store.begin() as s:
        visit = Visit(person_id=person_id, checked_in_at=at)
        s.add(visit)
        s.flush()
        return visit.id


def _bulk_visits(store: Store, now: datetime, rows: list[dict[str, Any]]) -> None:
    """Insert many visits with Core (quick, and not queued: as a backlog from long ago)."""
    stamp = {"created_at": now, "updated_at": now, "version": "v", "deleted": False}
    with store.begin() as s:
        s.execute(
            insert(Visit),
            [
                {"id": f"v{i:05d}", "checked_out_at": None, "source": "touch", **stamp, **row}
                for i, row in enumerate(rows)
            ],
        )


def _closed_at(store: Store, visit_id: str) -> datetime | None:
    with store.begin() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None
        return visit.checked_out_at


def _close(store: Store, now: datetime) -> int:
    with store.begin() as s:
        return close_visits_at_closing_time(s, closing=CLOSING, zone=LONDON, now=now)


def test_a_visit_left_open_overnight_closes_at_yesterdays_closing_time(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    # now is 09:30 on 26 November (GMT): the app was off from yesterday afternoon.
    yesterday = _visit(store, room["sian"], datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    today = _visit(store, room["llyr"], datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    before = len(_outbox(store))

    assert _close(store, now) == 1

    assert _closed_at(store, yesterday) == datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
    assert _closed_at(store, today) is None
    assert [entity for entity, _id, _p in _outbox(store)[before:]] == ["visit"]
    with store.begin() as s:
        assert [p.visit_id for p in who_is_here(s, now=now)] == [today]


def test_closing_time_is_local_time_in_summer(store: Store, room: dict[str, str]) -> None:
    visit = _visit(store, room["sian"], datetime(2026, 7, 1, 9, 0, tzinfo=UTC))  # 10:00 BST

    assert _close(store, datetime(2026, 7, 1, 16, 59, tzinfo=UTC)) == 0
    assert _close(store, datetime(2026, 7, 1, 17, 0, tzinfo=UTC)) == 1

    assert _closed_at(store, visit) == datetime(2026, 7, 1, 17, 0, tzinfo=UTC)  # 18:00 BST


def test_visits_of_many_days_close_each_on_its_own_day(store: Store, room: dict[str, str]) -> None:
    week = [
        _visit(store, room[name], datetime(2026, 10, day, 11, 0, tzinfo=UTC))
        for name, day in [("sian", 23), ("llyr", 24), ("dafydd", 25), ("jo", 26)]
    ]  # 25 October: clocks go back at 02:00, closing is 18:00 GMT that day

    assert _close(store, datetime(2026, 11, 2, 8, 0, tzinfo=UTC)) == 4

    assert [_closed_at(store, v) for v in week] == [
        datetime(2026, 10, 23, 17, 0, tzinfo=UTC),
        datetime(2026, 10, 24, 17, 0, tzinfo=UTC),
        datetime(2026, 10, 25, 18, 0, tzinfo=UTC),
        datetime(2026, 10, 26, 18, 0, tzinfo=UTC),
    ]
    assert _close(store, datetime(2026, 11, 2, 8, 0, tzinfo=UTC)) == 0


def test_a_visit_begun_after_closing_time_closes_at_midnight(
    store: Store, room: dict[str, str]
) -> None:
    evening = _visit(store, room["sian"], datetime(2026, 11, 25, 19, 30, tzinfo=UTC))

    assert _close(store, datetime(2026, 11, 25, 23, 59, tzinfo=UTC)) == 0
    assert _close(store, datetime(2026, 11, 26, 0, 0, tzinfo=UTC)) == 1

    assert _closed_at(store, evening) == datetime(2026, 11, 26, 0, 0, tzinfo=UTC)


def test_closing_exactly_at_closing_time(store: Store, room: dict[str, str]) -> None:
    visit = _visit(store, room["sian"], datetime(2026, 11, 26, 17, 59, tzinfo=UTC))
    at_six = _visit(store, room["llyr"], datetime(2026, 11, 26, 18, 0, tzinfo=UTC))

    assert _close(store, datetime(2026, 11, 26, 18, 0, tzinfo=UTC)) == 1

    assert _closed_at(store, visit) == datetime(2026, 11, 26, 18, 0, tzinfo=UTC)
    assert _closed_at(store, at_six) is None  # begun at closing time: closes at midnight


def test_closing_many_visits_works_in_batches(store: Store, now: datetime) -> None:
    start = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    _bulk_visits(
        store,
        now,
        [{"person_id": None, "checked_in_at": start + timedelta(seconds=i)} for i in range(2500)],
    )
    with store.begin() as s:
        s.add(Visit(checked_in_at=now - timedelta(minutes=1)))

    assert _close(store, now) == 2500
    assert _count(store, Visit, Visit.checked_out_at.is_(None)) == 1
    assert _count(store, Outbox, Outbox.entity == "visit") == 2501


# Retention


def test_old_visits_are_anonymised_and_still_counted(
    store: Store, room: dict[str, str], now: datetime
) -> None:
    old = _check_in(store, room["sian"], now - timedelta(days=400), ("wellbeing",)).visit_id
    with store.begin() as s:
        check_out(s, visit_id=old, now=now - timedelta(days=400) + timedelta(hours=1))
    edge = _visit(store, room["llyr"], now - timedelta(days=365))
    recent = _visit(store, room["jo"], now - timedelta(days=10))
    before = len(_outbox(store))

    with store.begin() as s:
        assert anonymise_old_visits(s, retention_days=365, now=now) == 1
        visits = {v.id: v.person_id for v in s.scalars(select(Visit))}
        topics = s.scalar(select(func.count()).select_from(VisitTopic))

    assert visits == {old: None, edge: room["llyr"], recent: room["jo"]}
    assert topics == 1
    assert [(e, i) for e, i, _p in _outbox(store)[before:]] == [("visit", old)]
    with store.begin() as s:
        assert anonymise_old_visits(s, retention_days=365, now=now) == 0


def test_a_large_backlog_is_anonymised_in_batches(store: Store, now: datetime) -> None:
    person = _register(store, now, "Regular Visitor")
    old = now - timedelta(days=500)
    _bulk_visits(
        store,
        now,
        [
            {
                "person_id": person,
                "checked_in_at": old - timedelta(minutes=i),
                "checked_out_at": old,
            }
            for i in range(2300)
        ],
    )

    with store.begin() as s:
        assert anonymise_old_visits(s, retention_days=365, now=now) == 2300

    assert _count(store, Visit) == 2300
    assert _count(store, Visit, Visit.person_id.is_not(None)) == 0
    assert _count(store, Outbox, Outbox.entity == "visit") == 2300


def test_housekeeping_runs_both_jobs(store: Store, room: dict[str, str], now: datetime) -> None:
    _visit(store, room["sian"], now - timedelta(days=2))
    _visit(store, room["llyr"], now - timedelta(days=800))

    with store.begin() as s:
        done = housekeeping(s, closing=CLOSING, zone=LONDON, retention_days=365, now=now)

    assert done == checkin.Housekeeping(closed_visits=2, anonymised_visits=1)


# A person's data: export and erasure


@pytest.fixture
def regular(store: Store, room: dict[str, str], now: datetime) -> str:
    """Llŷr, with a closed and an open visit, an event, a project and two passes."""
    person = room["llyr"]
    event = _event(store, now - timedelta(days=3, minutes=10), title_en="Coffee meet-up")
    first = _check_in(store, person, now - timedelta(days=3), ("wellbeing",), event).visit_id
    with store.begin() as s:
        check_out(s, visit_id=first, now=now - timedelta(days=3) + timedelta(hours=1))
        project = Project(title="Falls on ward 7", aim="Halve falls.")
        s.add(project)
        s.flush()
        s.add(ProjectMember(project_id=project.id, person_id=person, role="Lead"))
        issue_pass(s, person_id=person, now=now - timedelta(days=3))
        issue_pass(s, person_id=person, now=now)
    _check_in(store, person, now, ("data-and-charts", "practical-advice"))
    with store.begin() as s:
        found = s.get(Person, person)
        assert found is not None
        found.email = "llyr@example.org"
    return person


def test_export_holds_everything_about_one_person(
    store: Store, regular: str, now: datetime
) -> None:
    with store.begin() as s:
        rows = export_person(s, person_id=regular)

    assert rows[0] == ["record", "record_id", "field", "value"]
    assert all(len(row) == 4 for row in rows)
    by_record: dict[str, list[tuple[str, str]]] = {}
    for record, _record_id, field, value in rows[1:]:
        by_record.setdefault(record, []).append((field, value))
    person = dict(by_record["person"])
    assert person["display_name"] == "Llŷr Parry"
    assert person["email"] == "llyr@example.org"
    assert person["department"] == "Therapies"
    assert person["department_cy"] == "Therapïau"
    assert (person["consent_display"], person["consent_contact"]) == ("true", "false")
    assert person["consented_at"] == now.isoformat()
    assert person["erased"] == "false"
    visit_fields = by_record["visit"]
    assert ("topics", "wellbeing") in visit_fields
    assert ("event", "Coffee meet-up") in visit_fields
    assert ("topics", "practical-advice;data-and-charts") not in visit_fields
    assert ("topics", "data-and-charts;practical-advice") in visit_fields
    assert ("checked_out_at", "") in visit_fields
    assert ("project", "Falls on ward 7") in by_record["project_member"]
    assert ("role", "Lead") in by_record["project_member"]
    assert [v for f, v in by_record["pass"] if f == "revoked"] == ["true", "false"]
    assert [v for f, v in by_record["pass"] if f == "issued_on"] == [
        (now - timedelta(days=3)).date().isoformat(),
        now.date().isoformat(),
    ]
    flat = " ".join(" ".join(row) for row in rows)
    for other in ("Siân", "Jones", "SIAN", "Dafydd", "Bowen"):
        assert other not in flat


def test_export_of_an_unknown_person_is_refused(store: Store) -> None:
    with pytest.raises(KioskError) as caught, store.begin() as s:
        export_person(s, person_id="nobody")

    assert _code(caught) is ErrorCode.PERSON_UNKNOWN


def test_erasure_removes_personal_data_and_keeps_the_counts(
    store: Store, regular: str, room: dict[str, str], now: datetime
) -> None:
    with store.begin() as s:
        token = current_pass(s, person_id=regular, now=now)
    visits_before = _count(store, Visit)

    with store.begin() as s:
        erase_person(s, person_id=regular, now=now + timedelta(minutes=5))

    with store.begin() as s:
        person = s.get(Person, regular)
        assert person is not None
        assert person.deleted
        assert person.display_name == "(erased)"
        assert (person.email, person.role, person.department_id) == (None, None, None)
        assert (person.consent_display, person.consent_contact, person.consented_at) == (
            False,
            False,
            None,
        )
        assert person.search_key == ""
        assert person.language is Language.EN
        assert all(p.revoked for p in s.scalars(select(Pass).where(Pass.person_id == regular)))
        assert s.scalar(select(func.count()).select_from(ProjectMember)) == 1
        assert who_is_here(s, now=now) == []
        with pytest.raises(KioskError) as caught:
            scan_check_in(s, text=token, now=now)
        assert _code(caught) is ErrorCode.SCAN_REVOKED
    assert _count(store, Visit) == visits_before
    assert _count(store, Visit, Visit.person_id == regular) == 0
    assert _count(store, Visit, Visit.checked_out_at.is_(None)) == 0
    assert _count(store, VisitTopic) == 3
    assert _search(store, "llyr") == []
    assert _names(store, "therapies") == ["SIAN PRICE"]
    _fts_is_sound(store)


def test_erasure_is_queued_and_leaves_no_personal_copy_in_the_outbox(
    store: Store, regular: str, now: datetime
) -> None:
    with store.begin() as s:
        erase_person(s, person_id=regular, now=now)

    changes = _outbox(store)
    person_changes = [p for entity, i, p in changes if entity == "person" and i == regular]
    assert person_changes[-1]["deleted"] is True
    assert person_changes[-1]["display_name"] == "(erased)"
    assert len(person_changes) >= 3  # registration, the email added, the erasure
    dumped = repr(changes)
    for personal in ("Llŷr", "Parry", "llyr@example.org", "llŷr parry"):
        assert personal not in dumped
    queued = [(entity, i) for entity, i, _p in changes]
    assert queued.count(("person", regular)) == len(person_changes)
    assert {entity for entity, _i in queued[-4:]} == {"person", "pass", "visit"}


def test_an_erased_persons_export_shows_only_the_tombstone(
    store: Store, regular: str, now: datetime
) -> None:
    with store.begin() as s:
        erase_person(s, person_id=regular, now=now)
        rows = export_person(s, person_id=regular)

    flat = " ".join(" ".join(row) for row in rows)
    assert "Llŷr" not in flat
    assert "llyr@example.org" not in flat
    assert ["person", regular, "erased", "true"] in rows
    assert not [row for row in rows if row[0] == "visit"]


def test_a_person_cannot_be_erased_twice(store: Store, regular: str, now: datetime) -> None:
    with store.begin() as s:
        erase_person(s, person_id=regular, now=now)

    with pytest.raises(KioskError) as caught, store.begin() as s:
        erase_person(s, person_id=regular, now=now)

    assert _code(caught) is ErrorCode.PERSON_UNKNOWN


# The façade


@pytest.fixture
def ops(store: Store, now: datetime) -> Operations:
    """Operations on the store with the fixed clock."""
    return Operations(store, clock=lambda: now)


def test_the_facade_runs_a_visit_from_registration_to_erasure(ops: Operations) -> None:
    choices = ops.checkin.checkin_choices()
    match = ops.checkin.register_visitor(NewVisitor(name="Heledd Owen", consent_display=True))
    assert ops.checkin.find_people("heledd") == [match]
    assert ops.checkin.search_people("owen", limit=1) == [match]
    result = ops.checkin.check_in(match.id, [choices.topics[0].slug])
    assert ops.checkin.visitor_card(match.id).open_visit_id == result.visit_id
    assert [p.display_name for p in ops.checkin.who_is_here()] == ["Heledd Owen"]
    token = ops.checkin.current_pass(match.id)
    assert ops.checkin.scan(token).kind == "already_in"
    ops.checkin.check_out(result.visit_id)
    assert ops.checkin.scan(token, "typed").kind == "checked_in"
    assert ops.checkin.issue_pass(match.id) != token
    assert ops.checkin.event_attendance() == []
    assert ops.checkin.housekeeping(CLOSING, LONDON, 365) == checkin.Housekeeping(0, 0)
    assert ops.people.export_person(match.id)[1][3] == "Heledd Owen"
    ops.people.erase_person(match.id)
    assert ops.checkin.find_people("heledd") == []


def test_registration_and_check_in_together_are_all_or_nothing(
    ops: Operations, store: Store, now: datetime
) -> None:
    with pytest.raises(KioskError) as caught:
        ops.checkin.register_and_check_in(NewVisitor(name="Tomos"), ["wellbeing"], "no-such-event")

    assert _code(caught) is ErrorCode.EVENT_NOT_ON
    assert _count(store, Person) == 0
    result = ops.checkin.register_and_check_in(NewVisitor(name="Tomos"), ["wellbeing"], None)
    assert result.first_name == "Tomos"


def test_the_fixed_instant_is_a_november_morning_in_gmt(now: datetime) -> None:
    # A guard for the closing-time tests: the fixed instant is a Thursday morning in GMT.
    assert now.astimezone(LONDON).utcoffset() == timedelta(0)
    assert now.date() == date(2026, 11, 26)


def test_the_migrated_schema_matches_the_models(store: Store) -> None:
    def outside_the_models(name: str | None, type_: str, _parents: object) -> bool:
        return not (type_ == "table" and (name or "").startswith("person_search"))

    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": outside_the_models, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_a_team_picker_finds_only_people_who_agreed_to_be_shown(
    store: Store, room: dict[str, str]
) -> None:
    with store.begin() as s:
        everyone = search_people(s, query="sian", limit=8)
        shown = search_people(s, query="sian", limit=8, shown_only=True)

    assert {m.id for m in everyone} == {room["sian"], room["sian_price"]}
    assert [m.id for m in shown] == [room["sian"]]
