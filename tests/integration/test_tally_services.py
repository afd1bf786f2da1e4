"""The hourly visit tally on a real SQLite file: kept by triggers through every kind of write,
filled by migration 0007, and read as the direct queries would count."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from kiosk.db import Store, make_engine
from kiosk.demo import fill_demo
from kiosk.models import Topic, Visit, VisitTally, VisitTopic, new_id
from kiosk.services import tally

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _direct_visits(session: Session, since: datetime) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(Visit.checked_in_at >= since, Visit.deleted.is_(False))
        )
        or 0
    )


def _direct_topics(session: Session, since: datetime) -> dict[str, int]:
    rows = session.execute(
        select(VisitTopic.topic_id, func.count())
        .join(Visit, Visit.id == VisitTopic.visit_id)
        .where(
            Visit.checked_in_at >= since,
            Visit.deleted.is_(False),
            VisitTopic.deleted.is_(False),
        )
        .group_by(VisitTopic.topic_id)
    ).all()
    return {topic_id: int(count) for topic_id, count in rows}


def _assert_tally_counts_as_the_visits(store: Store) -> None:
    with store.begin() as session:
        for since in (
            NOW - timedelta(days=400),
            NOW - timedelta(days=30),
            NOW - timedelta(days=3, minutes=17, microseconds=5),
            NOW.replace(minute=0) - timedelta(hours=5),
            NOW + timedelta(hours=2),
        ):
            assert tally.visits_since(session, since=since) == _direct_visits(session, since)
            assert tally.topic_choices_since(session, since=since) == _direct_topics(session, since)


def test_the_tally_follows_inserts_moves_tombstones_and_deletes(store: Store) -> None:
    with store.begin() as session:
        fill_demo(session, seed=4, now=NOW)  # Core bulk inserts
    _assert_tally_counts_as_the_visits(store)
    rng = random.Random(13)
    for _ in range(6):
        with store.begin() as session:  # ORM writes, as check-in and housekeeping make them
            visits = session.scalars(select(Visit).order_by(Visit.id)).all()
            choices = session.scalars(select(VisitTopic).order_by(VisitTopic.id)).all()
            topics = session.scalars(select(Topic.id)).all()
            for visit in rng.sample(visits, 5):
                visit.checked_in_at += timedelta(minutes=rng.randint(-3000, 3000))
            for visit in rng.sample(visits, 3):
                visit.deleted = not visit.deleted
            for choice in rng.sample(choices, 3):
                choice.deleted = not choice.deleted
            moved = rng.choice(choices)
            moved.topic_id = rng.choice([t for t in topics if t != moved.topic_id])
            fresh = Visit(person_id=None, checked_in_at=NOW - timedelta(minutes=rng.randint(0, 90)))
            session.add(fresh)
            session.flush()
            session.add(VisitTopic(visit_id=fresh.id, topic_id=rng.choice(topics)))
        _assert_tally_counts_as_the_visits(store)
    with store.begin() as session:  # Core statements, as sync applies the register's changes
        victim = session.scalars(select(VisitTopic.id).limit(1)).one()
        session.execute(delete(VisitTopic).where(VisitTopic.id == victim))
        session.execute(
            update(Visit)
            .where(Visit.checked_in_at < NOW - timedelta(days=20))
            .values(checked_in_at=NOW - timedelta(days=1, minutes=7))
        )
        stamp = {"created_at": NOW, "updated_at": NOW, "version": "x", "deleted": False}
        visit_id = new_id()
        session.execute(
            insert(Visit),
            [{"id": visit_id, "checked_in_at": NOW, "source": "qr", **stamp}],
        )
        topic = session.scalars(select(Topic.id).limit(1)).one()
        session.execute(
            insert(VisitTopic),
            [{"id": new_id(), "visit_id": visit_id, "topic_id": topic, **stamp}],
        )
    _assert_tally_counts_as_the_visits(store)


def test_migration_0007_fills_the_tally_from_the_visits_already_stored(tmp_path: Path) -> None:
    # A database written by the release whose newest migration was 0006 (today's models would
    # write columns that later migrations added).
    copy = tmp_path / "room-0006.sqlite3"
    shutil.copyfile(
        Path(__file__).parents[1] / "fixtures" / "schemas" / "schema-0006.sqlite3", copy
    )
    engine = make_engine(f"sqlite:///{copy}")
    store = Store(engine)
    config = Config()
    config.set_main_option("script_location", str(resources.files("kiosk") / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0007")
    with store.begin() as session:
        assert session.scalar(select(func.count()).select_from(VisitTally)) > 0
    _assert_tally_counts_as_the_visits(store)


def test_the_visits_are_read_directly_where_no_tally_is_kept(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.begin() as session:
        fill_demo(session, seed=6, now=NOW)
        session.execute(delete(VisitTally))  # what a PostgreSQL store holds
    monkeypatch.setattr(tally, "_kept", lambda _session: False)
    _assert_tally_counts_as_the_visits(store)
