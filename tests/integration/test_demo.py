"""Demo content: a full, believable room, the same every time for a seed, never synced."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.db import Store, get_state, make_engine, migrate
from kiosk.demo import DemoCounts, fill_demo
from kiosk.export import KINDS, export_csv
from kiosk.models import (
    Base,
    DataPoint,
    Department,
    Event,
    Measure,
    Outbox,
    PdsaCycle,
    Person,
    Project,
    ProjectMember,
    ProjectTopic,
    Story,
    Visit,
    VisitTopic,
)


def _count(store: Store, model: type[Base]) -> int:
    with store.begin() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _fill(store: Store, now: datetime, **options: int) -> DemoCounts:
    with store.begin() as s:
        return fill_demo(s, now=now, **options)


@pytest.fixture
def open_store(tmp_path: Path, now: datetime) -> Iterator[Callable[[str], Store]]:
    """Open further migrated stores on new files in this test's directory."""
    engines = []

    def open_(name: str) -> Store:
        engine = make_engine(f"sqlite:///{tmp_path / name}")
        engines.append(engine)
        migrate(engine)
        return Store(engine, clock=lambda: now)

    yield open_
    for engine in engines:
        engine.dispose()


def _exports(store: Store, directory: Path) -> dict[str, bytes]:
    directory.mkdir()
    files = {}
    for kind in KINDS:
        path = directory / f"{kind}.csv"
        with store.begin() as s:
            export_csv(s, kind=kind, path=path)
        files[kind] = path.read_bytes()
    return files


def test_the_demo_fills_a_whole_room(store: Store, now: datetime) -> None:
    counts = _fill(store, now, seed=1)

    assert counts == DemoCounts(
        departments=12, people=200, projects=40, stories=10, events=15, visits=600
    )
    assert _count(store, Department) == 12
    assert _count(store, Person) == 200
    assert _count(store, Project) == 40
    assert _count(store, Story) == 10
    assert _count(store, Event) == 15
    assert _count(store, Visit) == 600
    assert _count(store, VisitTopic) == 600
    assert _count(store, PdsaCycle) > 0
    assert _count(store, ProjectMember) >= 80


def test_every_demo_project_has_a_charted_measure_and_topics(store: Store, now: datetime) -> None:
    _fill(store, now)

    with store.begin() as s:
        project_ids = set(s.scalars(select(Project.id)))
        measured = set(s.scalars(select(Measure.project_id)))
        with_topics = set(s.scalars(select(ProjectTopic.project_id)))
        points_per_measure = s.execute(
            select(DataPoint.measure_id, func.count(), func.min(DataPoint.seq)).group_by(
                DataPoint.measure_id
            )
        ).all()
        measures = s.scalar(select(func.count()).select_from(Measure))

    assert measured == project_ids
    assert with_topics == project_ids
    assert len(points_per_measure) == measures
    assert all(n >= 18 and first_seq == 1 for _, n, first_seq in points_per_measure)


def test_all_demo_events_are_still_to_come(store: Store, now: datetime) -> None:
    _fill(store, now)

    with store.begin() as s:
        events = s.scalars(select(Event)).all()

    assert len(events) == 15
    assert all(e.ends_at >= now for e in events)
    assert all(e.starts_at < e.ends_at for e in events)
    assert all(e.starts_at.weekday() < 5 for e in events)


def test_demo_visits_are_in_the_past_and_checked_out(store: Store, now: datetime) -> None:
    _fill(store, now)

    with store.begin() as s:
        visits = s.scalars(select(Visit)).all()

    assert all(v.checked_in_at < now for v in visits)
    assert all(v.checked_out_at is not None and v.checked_out_at > v.checked_in_at for v in visits)


def test_demo_rows_never_enter_the_outbox(store: Store, now: datetime) -> None:
    _fill(store, now)

    assert _count(store, Outbox) == 0


def test_the_demo_seed_is_remembered(store: Store, now: datetime) -> None:
    _fill(store, now, seed=42)

    with store.begin() as s:
        assert get_state(s, "demo_seed") == "42"


def test_the_same_seed_and_time_give_identical_exports(
    open_store: Callable[[str], Store], tmp_path: Path, now: datetime
) -> None:
    first, second = open_store("first.sqlite3"), open_store("second.sqlite3")
    _fill(first, now, seed=7)
    _fill(second, now, seed=7)

    exports = _exports(first, tmp_path / "first"), _exports(second, tmp_path / "second")

    assert exports[0] == exports[1]
    assert exports[0]["people"].count(b"\n") == 201


def test_a_different_seed_gives_different_ids(
    open_store: Callable[[str], Store], now: datetime
) -> None:
    one, two = open_store("one.sqlite3"), open_store("two.sqlite3")
    _fill(one, now, seed=1)
    _fill(two, now, seed=2)

    ids = []
    for store in (one, two):
        with store.begin() as s:
            ids.append(set(s.scalars(select(Person.id))) | set(s.scalars(select(Project.id))))

    assert ids[0].isdisjoint(ids[1])


def test_a_room_with_more_than_five_thousand_people_is_streamed(
    store: Store, now: datetime
) -> None:
    counts = _fill(store, now, people=6000, visits=1000)

    assert counts.people == 6000
    assert _count(store, Person) == 6000
    with store.begin() as s:
        members = set(s.scalars(select(ProjectMember.person_id)))
        visitors = set(s.scalars(select(Visit.person_id)))
        people = set(s.scalars(select(Person.id)))
    assert members <= people
    assert visitors <= people


@pytest.mark.slow
def test_a_large_room_fills(store: Store, now: datetime) -> None:
    counts = _fill(store, now, people=5000, visits=50_000)

    assert counts.people == 5000
    assert counts.visits == 50_000
    assert _count(store, Person) == 5000
    assert _count(store, Visit) == 50_000
    assert _count(store, VisitTopic) == 50_000
    assert _count(store, Outbox) == 0
