"""What the room's screens list: overview counts, projects, stories, events and people found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from kiosk.db import Store
from kiosk.demo import fill_demo
from kiosk.dto.catalogue import EventCard, RoomOverview
from kiosk.dto.checkin import PersonMatch
from kiosk.models import (
    Department,
    Event,
    EventKind,
    Outbox,
    PdsaCycle,
    Person,
    Project,
    ProjectTopic,
    Stage,
    Story,
    Topic,
    Visit,
)
from kiosk.services.catalogue import (
    find_people,
    list_projects,
    list_stories,
    room_overview,
    upcoming_events,
)
from kiosk.text import fold


@dataclass
class Room:
    """Ids of the hand-made records."""

    emergency: str
    therapies: str
    sian: str
    sian_price: str
    llyr: str
    dafydd: str


def _person(name: str, department: Department | None = None, **fields: object) -> Person:
    """A person as check-in stores one: the search key holds name and department, folded."""
    words = [name] + ([department.name_en, department.name_cy] if department else [])
    return Person(
        display_name=name,
        department_id=department.id if department else None,
        search_key=fold(" ".join(words)),
        **fields,
    )


@pytest.fixture
def room(store: Store) -> Room:
    """A small hand-made room: two departments and a few people, one of them erased."""
    with store.begin() as s:
        emergency = Department(name_en="Emergency Department", name_cy="Adran Achosion Brys")
        therapies = Department(name_en="Therapies", name_cy="Therapïau")
        s.add_all([emergency, therapies])
        s.flush()
        people = [
            _person("Siân Jones", emergency),
            _person("SIAN PRICE", therapies),
            _person("Llŷr Parry", therapies),
            _person("Dafydd Rees"),
            _person("Owain Hughes", emergency, deleted=True),
        ]
        s.add_all(people)
    return Room(emergency.id, therapies.id, people[0].id, people[1].id, people[2].id, people[3].id)


@pytest.fixture
def demo(store: Store, now: datetime) -> Store:
    """The store filled with seed-1 demo content."""
    with store.begin() as s:
        fill_demo(s, seed=1, now=now)
    return store


def _find(store: Store, query: str, **options: int) -> list[PersonMatch]:
    with store.begin() as s:
        return find_people(s, query=query, **options)


# Finding people


def test_sian_finds_sian_with_or_without_the_accent(store: Store, room: Room) -> None:
    expected = [
        PersonMatch(room.sian_price, "SIAN", "Therapies", "Therapïau"),
        PersonMatch(room.sian, "Siân", "Emergency Department", "Adran Achosion Brys"),
    ]

    for query in ("sian", "Siân", "SIÂN", "  siân  "):
        assert _find(store, query) == expected


def test_a_match_shows_the_first_name_and_department_only(store: Store, room: Room) -> None:
    [match] = _find(store, "jones")

    assert match == PersonMatch(room.sian, "Siân", "Emergency Department", "Adran Achosion Brys")
    assert "Jones" not in repr(match)


def test_people_are_found_by_welsh_letters_typed_plainly(store: Store, room: Room) -> None:
    assert [m.id for m in _find(store, "llyr")] == [room.llyr]
    assert [m.id for m in _find(store, "LLŶR")] == [room.llyr]


@pytest.mark.parametrize("query", ["therapies", "therapiau", "THERAPÏAU", "rapi"])
def test_people_are_found_by_department_in_either_language(
    store: Store, room: Room, query: str
) -> None:
    assert {m.id for m in _find(store, query)} == {room.sian_price, room.llyr}


def test_people_without_a_department_are_found_by_name(store: Store, room: Room) -> None:
    assert _find(store, "dafydd") == [PersonMatch(room.dafydd, "Dafydd", "", "")]


def test_erased_people_are_not_found(store: Store, room: Room) -> None:
    assert _find(store, "owain") == []


def test_nobody_matches_a_name_not_in_the_room(store: Store, room: Room) -> None:
    assert _find(store, "zofia") == []


@pytest.mark.parametrize("query", ["", " ", "s", "â", " j "])
def test_fewer_than_two_letters_find_nobody(store: Store, room: Room, query: str) -> None:
    assert _find(store, query) == []


@pytest.mark.parametrize("query", ["%%", "__", "%_", "a%", "_s", "%", "%%%%"])
def test_sql_wildcards_do_not_list_the_room(store: Store, room: Room, query: str) -> None:
    assert _find(store, query) == []


def test_sql_wildcards_around_a_name_are_ignored(store: Store, room: Room) -> None:
    assert _find(store, "%sian_") == _find(store, "sian")


def test_quotes_in_a_query_are_just_text(store: Store, room: Room) -> None:
    assert _find(store, "o'brien'; drop table person; --") == []
    assert len(_find(store, "sian")) == 2


def test_matches_are_sorted_by_name_and_limited(demo: Store) -> None:
    matches = _find(demo, "an", limit=5)

    assert len(matches) == 5
    names = [m.first_name for m in matches]
    assert names == sorted(names)


def test_demo_people_are_found_without_accents(demo: Store) -> None:
    matches = _find(demo, "sian", limit=50)

    assert matches
    assert all("sian" in fold(m.first_name) for m in matches)
    assert "Siân" in {m.first_name for m in matches}


# Projects


def test_only_public_projects_that_are_not_erased_are_listed(
    store: Store, room: Room, now: datetime
) -> None:
    with store.begin() as s:
        topics = {t.slug: t.id for t in s.scalars(select(Topic))}
        public = Project(
            title="Sepsis six within the hour",
            aim="95% within an hour.",
            department_id=room.emergency,
            stage=Stage.TESTING,
            start_date=date(2026, 5, 1),
            seeking_collaborators=True,
        )
        older = Project(
            title="Discharge before midday", aim="35% before noon.", start_date=date(2025, 9, 1)
        )
        private = Project(title="Staff rota pilot", aim="Private work.", is_public=False)
        erased = Project(title="Withdrawn project", aim="Gone.", deleted=True)
        s.add_all([public, older, private, erased])
        s.flush()
        s.add_all(
            [
                # Added out of order: the card lists topics in the room's order.
                ProjectTopic(project_id=public.id, topic_id=topics["wellbeing"]),
                ProjectTopic(project_id=public.id, topic_id=topics["data-and-charts"]),
                ProjectTopic(
                    project_id=public.id, topic_id=topics["practical-advice"], deleted=True
                ),
                PdsaCycle(project_id=public.id, number=1, title="Test 1"),
                PdsaCycle(project_id=public.id, number=2, title="Test 2"),
                PdsaCycle(project_id=public.id, number=3, title="Test 3", deleted=True),
            ]
        )

    with store.begin() as s:
        cards = list_projects(s)

    assert [c.title for c in cards] == ["Sepsis six within the hour", "Discharge before midday"]
    card = cards[0]
    assert card.id == public.id
    assert card.aim == "95% within an hour."
    assert (card.department_en, card.department_cy) == (
        "Emergency Department",
        "Adran Achosion Brys",
    )
    assert card.stage == "testing"
    assert card.topics_en == ("Data and charting skills", "Emotional well-being")
    assert card.topics_cy == ("Sgiliau data a siartiau", "Lles emosiynol")
    assert card.pdsa_cycles == 2
    assert card.seeking_collaborators is True
    assert card.start_date == date(2026, 5, 1)
    other = cards[1]
    assert (other.department_en, other.department_cy) == ("", "")
    assert other.topics_en == other.topics_cy == ()
    assert other.pdsa_cycles == 0
    assert other.stage == "aim"


def test_demo_projects_are_listed_newest_first_with_topics_in_both_languages(
    demo: Store,
) -> None:
    with demo.begin() as s:
        cards = list_projects(s)

    assert len(cards) == 40
    starts = [c.start_date for c in cards]
    assert None not in starts
    assert starts == sorted(starts, key=lambda d: d or date.min, reverse=True)
    assert all(c.topics_en and len(c.topics_en) == len(c.topics_cy) for c in cards)
    assert all(c.department_en and c.department_cy for c in cards)
    assert any(c.pdsa_cycles > 0 for c in cards)


def test_the_project_list_can_be_limited(demo: Store) -> None:
    with demo.begin() as s:
        assert len(list_projects(s, limit=7)) == 7


# Stories


def test_only_approved_stories_are_listed_newest_first(store: Store, now: datetime) -> None:
    with store.begin() as s:
        project = Project(title="Fewer falls on Ward 7", aim="Reduce falls.")
        s.add(project)
        s.flush()
        s.add(
            Story(
                project_id=project.id, title="Falls halved", result="Down by half.", approved=True
            )
        )
        s.add(Story(title="Draft story", approved=False))
        s.add(Story(title="Withdrawn story", approved=True, deleted=True))
    later = Store(store.engine, clock=lambda: now + timedelta(days=1))
    with later.begin() as s:
        s.add(Story(title="Coffee mornings", approved=True))

    with store.begin() as s:
        cards = list_stories(s)

    assert [(c.title, c.project_title) for c in cards] == [
        ("Coffee mornings", None),
        ("Falls halved", "Fewer falls on Ward 7"),
    ]
    assert cards[1].result == "Down by half."


def test_demo_stories_name_their_projects(demo: Store) -> None:
    with demo.begin() as s:
        cards = list_stories(s)

    assert len(cards) == 10
    assert all(c.project_title for c in cards)


# Events


def test_upcoming_events_leave_out_ended_ones_and_come_soonest_first(
    store: Store, now: datetime
) -> None:
    def event(title: str, starts: timedelta, minutes: int, **fields: object) -> Event:
        return Event(
            kind=EventKind.WORKSHOP,
            title_en=title,
            title_cy=f"{title} (cy)",
            starts_at=now + starts,
            ends_at=now + starts + timedelta(minutes=minutes),
            location="Qspace",
            **fields,
        )

    with store.begin() as s:
        s.add_all(
            [
                event("Next week", timedelta(days=7), 60),
                event("Yesterday", timedelta(days=-1), 60),
                event("Tomorrow", timedelta(days=1), 60),
                event("Ended just now", timedelta(hours=-1), 59),
                event("Ending now", timedelta(hours=-1), 60),
                event("Under way", timedelta(minutes=-30), 60),
                event("Cancelled", timedelta(days=2), 60, deleted=True),
            ]
        )

    with store.begin() as s:
        cards = upcoming_events(s, now=now)

    assert [c.title_en for c in cards] == ["Ending now", "Under way", "Tomorrow", "Next week"]
    assert cards[2] == EventCard(
        cards[2].id,
        "workshop",
        "Tomorrow",
        "Tomorrow (cy)",
        now + timedelta(days=1),
        now + timedelta(days=1, minutes=60),
        "Qspace",
    )


def test_demo_events_are_all_upcoming_and_sorted(demo: Store, now: datetime) -> None:
    with demo.begin() as s:
        cards = upcoming_events(s, now=now)
        first_five = upcoming_events(s, now=now, limit=5)

    assert len(cards) == 15
    assert [c.starts_at for c in cards] == sorted(c.starts_at for c in cards)
    assert first_five == cards[:5]


# The overview


def test_an_empty_room_has_nothing_to_count(store: Store, now: datetime) -> None:
    with store.begin() as s:
        overview = room_overview(s, now=now)

    assert overview == RoomOverview(
        people=0,
        active_projects=0,
        stories=0,
        upcoming_events=0,
        visits_this_month=0,
        in_room_now=0,
        outbox_pending=0,
        is_demo=False,
    )


def test_the_overview_counts_what_the_room_holds(store: Store, room: Room, now: datetime) -> None:
    with store.begin() as s:
        s.add_all(
            [
                Project(title="Active", aim="a", stage=Stage.TESTING),
                Project(title="Done", aim="b", stage=Stage.COMPLETED),
                Story(title="Approved", approved=True),
                Story(title="Draft"),
                Event(
                    kind=EventKind.COFFEE,
                    title_en="Coffee",
                    title_cy="Coffi",
                    starts_at=now + timedelta(hours=1),
                    ends_at=now + timedelta(hours=2),
                ),
                Visit(person_id=room.sian, checked_in_at=now - timedelta(hours=1)),
                Visit(
                    person_id=room.llyr,
                    checked_in_at=now - timedelta(days=2),
                    checked_out_at=now - timedelta(days=2, hours=-1),
                ),
                Visit(
                    person_id=room.llyr,
                    checked_in_at=now - timedelta(days=40),
                    checked_out_at=now - timedelta(days=40, hours=-1),
                ),
            ]
        )
    with store.begin() as s:
        written = len(s.scalars(select(Outbox)).all())
        s.scalars(select(Outbox).order_by(Outbox.seq).limit(1)).one().sent_at = now

    with store.begin() as s:
        overview = room_overview(s, now=now)

    assert overview == RoomOverview(
        people=4,
        active_projects=1,
        stories=1,
        upcoming_events=1,
        visits_this_month=2,
        in_room_now=1,
        outbox_pending=written - 1,
        is_demo=False,
    )
    assert written == 15


def test_the_overview_of_a_demo_room(demo: Store, now: datetime) -> None:
    with demo.begin() as s:
        overview = room_overview(s, now=now)
        completed = len(s.scalars(select(Project).where(Project.stage == Stage.COMPLETED)).all())

    assert overview.people == 200
    assert overview.active_projects == 40 - completed
    assert overview.stories == 10
    assert overview.upcoming_events == 15
    assert overview.in_room_now == 0
    assert overview.outbox_pending == 0
    assert overview.is_demo is True
