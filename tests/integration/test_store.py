"""The store on a real SQLite file: migrations, pragmas, and the outbox written with each change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event, func, inspect, select
from sqlalchemy.exc import IntegrityError

from kiosk.db import HEAD_REVISION, Store, current_revision, make_engine, migrate
from kiosk.errors import ErrorCode, KioskError
from kiosk.hlc import HlcTimestamp
from kiosk.models import AppState, Base, Department, Outbox, Person, Topic

TOPIC_NAMES = {
    "difficult-conversations": ("Difficult conversations", "Sgyrsiau anodd"),
    "organisational-barriers": ("Organisational barriers", "Rhwystrau sefydliadol"),
    "data-and-charts": ("Data and charting skills", "Sgiliau data a siartiau"),
    "model-for-improvement": (
        "The Model for Improvement and the science of improvement",
        "Y Model ar gyfer Gwella a gwyddor gwella",
    ),
    "sharing-experiences": (
        "Sharing how difficulties were managed and successes obtained",
        "Rhannu sut yr ymdriniwyd ag anawsterau ac y cafwyd llwyddiannau",
    ),
    "practical-advice": ("Practical advice", "Cyngor ymarferol"),
    "connecting-teams": (
        "Connecting teams for collaborative projects",
        "Cysylltu timau ar gyfer prosiectau cydweithredol",
    ),
    "wellbeing": ("Emotional well-being", "Lles emosiynol"),
}


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on this test's own, not yet migrated, SQLite file."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


class StepClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _stored_columns(store: Store, person_id: str) -> dict[str, Any]:
    """The person's row as read back from the database, dates as ISO text."""
    with store.begin() as s:
        row = s.execute(select(*Person.__table__.c).where(Person.id == person_id)).one()
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in row._mapping.items()
    }


def _outbox(store: Store) -> list[Outbox]:
    with store.begin() as s:
        return list(s.scalars(select(Outbox).order_by(Outbox.seq)))


def _count(store: Store, model: type[Base]) -> int:
    with store.begin() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# Migrations


def test_an_empty_file_is_migrated_to_head(engine: Engine) -> None:
    assert current_revision(engine) is None

    migrate(engine)

    assert current_revision(engine) == HEAD_REVISION
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migration_seeds_the_eight_topics_in_welsh_and_english(store: Store) -> None:
    with store.begin() as s:
        topics = s.scalars(select(Topic).order_by(Topic.sort_order)).all()

    assert [t.slug for t in topics] == list(TOPIC_NAMES)
    assert {t.slug: (t.name_en, t.name_cy) for t in topics} == TOPIC_NAMES
    assert [t.sort_order for t in topics] == list(range(1, 9))
    assert not any(t.deleted for t in topics)


def test_topics_have_the_same_ids_in_every_room(tmp_path: Path) -> None:
    ids = []
    for name in ("a.sqlite3", "b.sqlite3"):
        engine = make_engine(f"sqlite:///{tmp_path / name}")
        migrate(engine)
        with engine.connect() as conn:
            ids.append(conn.execute(select(Topic.id).order_by(Topic.slug)).scalars().all())
        engine.dispose()

    assert ids[0] == ids[1]
    assert len(set(ids[0])) == 8


def test_a_second_start_keeps_the_data_and_does_not_migrate_again(
    store: Store, db_url: str, now: datetime
) -> None:
    with store.begin() as s:
        s.add(Person(display_name="Siân Jones"))
    device = store.device_id
    store.engine.dispose()

    engine = make_engine(db_url)
    statements: list[str] = []
    event.listen(
        engine,
        "before_cursor_execute",
        lambda _c, _cur, sql, *_rest: statements.append(sql.lstrip().upper()),
    )
    try:
        migrate(engine)
        restarted = Store(engine, clock=lambda: now)
        with restarted.begin() as s:
            names = s.scalars(select(Person.display_name)).all()
            topics = s.scalar(select(func.count()).select_from(Topic))
    finally:
        engine.dispose()

    assert names == ["Siân Jones"]
    assert topics == 8
    assert restarted.device_id == device
    assert any("ALEMBIC_VERSION" in sql for sql in statements)
    changes = [sql for sql in statements if sql.startswith(("CREATE", "ALTER", "DROP", "INSERT"))]
    assert changes == []


def test_head_revision_is_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(resources.files("kiosk") / "migrations"))

    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_a_malformed_database_url_is_a_kiosk_error() -> None:
    with pytest.raises(KioskError) as caught:
        make_engine("not a database url")

    assert caught.value.code is ErrorCode.DB_URL_INVALID


def test_a_database_that_cannot_be_opened_is_a_kiosk_error(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'kiosk.sqlite3'}")
    try:
        with pytest.raises(KioskError) as caught:
            migrate(engine)
    finally:
        engine.dispose()

    assert caught.value.code is ErrorCode.DB_UNAVAILABLE


# SQLite settings


def test_sqlite_uses_wal_and_enforces_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_link_to_a_missing_row_is_refused_and_nothing_is_stored(store: Store) -> None:
    with pytest.raises(IntegrityError), store.begin() as s:
        s.add(Person(display_name="Rhys Evans", department_id="no-such-department"))

    assert _count(store, Person) == 0
    assert _count(store, Outbox) == 0


# The outbox


def test_a_new_record_appends_one_outbox_row_with_its_stored_columns(
    store: Store, now: datetime
) -> None:
    with store.begin() as s:
        person = Person(display_name="Siân Jones", email="sian@example.org")
        s.add(person)

    [change] = _outbox(store)
    stored = _stored_columns(store, person.id)
    assert change.entity == "person"
    assert change.entity_id == person.id
    assert change.payload == stored
    assert change.version == stored["version"] == person.version
    assert change.created_at == now
    assert change.sent_at is None
    assert change.attempts == 0
    assert change.dead is False
    assert stored["display_name"] == "Siân Jones"
    assert stored["language"] == "en"
    assert stored["deleted"] is False
    assert stored["created_at"] == stored["updated_at"] == now.isoformat()
    version = HlcTimestamp.decode(person.version)
    assert version.node == store.device_id
    assert version.wall_ms == int(now.timestamp() * 1000)


def test_each_record_written_gets_its_own_outbox_row(store: Store) -> None:
    with store.begin() as s:
        department = Department(name_en="Pharmacy", name_cy="Fferylliaeth")
        s.add(department)
        s.flush()
        s.add(Person(display_name="Owain Price", department_id=department.id))

    assert [c.entity for c in _outbox(store)] == ["department", "person"]


def test_an_update_appends_another_row_with_a_greater_version(store: Store, now: datetime) -> None:
    clock = StepClock(now)
    store = Store(store.engine, clock=clock)
    with store.begin() as s:
        person = Person(display_name="Siân Jones")
        s.add(person)
    first_version = person.version

    clock.now = now + timedelta(minutes=3)
    with store.begin() as s:
        loaded = s.get_one(Person, person.id)
        loaded.display_name = "Siân Jones-Evans"

    first, second = _outbox(store)
    stored = _stored_columns(store, person.id)
    assert second.entity == "person"
    assert second.entity_id == person.id
    # An update carries only what it changed, with its stamp: the register merges per field.
    assert second.payload == {key: stored[key] for key in ("display_name", "updated_at", "version")}
    assert stored["display_name"] == "Siân Jones-Evans"
    assert stored["created_at"] == now.isoformat()
    assert stored["updated_at"] == (now + timedelta(minutes=3)).isoformat()
    assert second.version > first.version == first_version
    assert HlcTimestamp.decode(second.version) > HlcTimestamp.decode(first.version)
    assert stored["version"] == second.version


def test_versions_rise_even_when_the_clock_stands_still(store: Store) -> None:
    with store.begin() as s:
        person = Person(display_name="Huw Rees")
        s.add(person)
    for name in ("Huw Rees-Owen", "Huw R. Owen"):
        with store.begin() as s:
            s.get_one(Person, person.id).display_name = name

    versions = [c.version for c in _outbox(store)]
    assert versions == sorted(versions)
    assert len(set(versions)) == 3


def test_a_later_start_continues_after_the_last_version(
    store: Store, db_url: str, now: datetime
) -> None:
    with store.begin() as s:
        person = Person(display_name="Nia Lewis")
        s.add(person)
    store.engine.dispose()

    engine = make_engine(db_url)
    try:
        # The wall clock went back an hour between runs: versions must still rise.
        restarted = Store(engine, clock=lambda: now - timedelta(hours=1))
        with restarted.begin() as s:
            s.get_one(Person, person.id).role = "Ward sister"
        versions = [c.version for c in _outbox(restarted)]
    finally:
        engine.dispose()

    assert versions[1] > versions[0]


def test_reading_without_changing_appends_nothing(store: Store) -> None:
    with store.begin() as s:
        person = Person(display_name="Carys Bowen")
        s.add(person)

    with store.begin() as s:
        loaded = s.get_one(Person, person.id)
        loaded.display_name = "Carys Bowen"
        s.scalars(select(Person)).all()

    assert len(_outbox(store)) == 1


def test_local_state_is_not_queued(store: Store) -> None:
    with store.begin() as s:
        s.merge(AppState(key="kiosk_note", value="local only"))

    assert _outbox(store) == []


def _add_then_fail(store: Store) -> None:
    """A user action that writes, flushes (running the outbox hook), then fails."""
    with store.begin() as s:
        s.add(Person(display_name="Gareth Morgan"))
        s.flush()
        raise RuntimeError("power cut")


def test_a_failing_transaction_leaves_neither_the_row_nor_its_outbox_row(store: Store) -> None:
    with pytest.raises(RuntimeError, match="power cut"):
        _add_then_fail(store)

    assert _count(store, Person) == 0
    assert _count(store, Outbox) == 0


def test_deleting_a_synced_row_is_refused(store: Store) -> None:
    with store.begin() as s:
        person = Person(display_name="Elin Hughes")
        s.add(person)

    with pytest.raises(RuntimeError, match="tombstoned"), store.begin() as s:
        s.delete(s.get_one(Person, person.id))

    assert _count(store, Person) == 1
    assert len(_outbox(store)) == 1


def test_a_tombstone_is_an_update_that_syncs(store: Store) -> None:
    with store.begin() as s:
        person = Person(display_name="Elin Hughes")
        s.add(person)

    with store.begin() as s:
        s.get_one(Person, person.id).deleted = True

    _, tombstone = _outbox(store)
    assert tombstone.entity_id == person.id
    assert tombstone.payload["deleted"] is True
    assert _stored_columns(store, person.id)["deleted"] is True


def _fill(store: Store, rows: int) -> None:
    with store.begin() as session:
        session.add_all(Department(name_en=f"Ward {i}", name_cy=f"Ward {i}") for i in range(rows))


def test_commits_do_not_checkpoint_when_asked_not_to_and_the_owner_checkpoints(
    tmp_path: Path,
) -> None:
    # SQLite copies the log back at the commit that takes it past 1,000 pages: on the kiosk's
    # big file that commit (a visitor's check-in) took a second. The kiosk asks it not to.
    logs = {}
    for on_commit in (True, False):
        path = tmp_path / f"checkpoint-{on_commit}.sqlite3"
        engine = make_engine(f"sqlite:///{path}", checkpoint_on_commit=on_commit)
        migrate(engine)
        store = Store(engine)
        for _ in range(12):
            _fill(store, 2_000)  # some 700 pages a commit, with the outbox and indexes
        logs[on_commit] = store.checkpoint()  # the pages the log held, now copied back
        with store.begin() as session:  # nothing was lost on the way
            assert session.scalar(select(func.count()).select_from(Department)) >= 24_000
        engine.dispose()
    assert logs[False] is not None
    assert logs[True] is not None
    assert logs[False] > 8_000, "every commit's pages wait in the log for the owner"
    assert logs[True] < logs[False] / 3, "by default, commits copied the log back"


def test_reads_pause_only_outside_a_write(tmp_path: Path) -> None:
    from kiosk.db import pause_reads

    engine = make_engine(f"sqlite:///{tmp_path / 'pause.sqlite3'}")
    migrate(engine)
    store = Store(engine)
    seen: list[str] = []
    pause_reads(engine, lambda: seen.append("pause"))
    pause_reads(engine, lambda: seen.append("a second pause"))  # once per engine: ignored

    @event.listens_for(engine, "before_cursor_execute")
    def statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql.split()[0].upper())

    with store.begin() as session:
        session.scalar(select(func.count()).select_from(Department))
    assert seen == ["pause", "SELECT"]
    seen.clear()
    with store.begin() as session:
        session.add(Department(name_en="Theatres", name_cy="Theatrau"))
        session.flush()  # the write lock is held from the first INSERT
        session.scalar(select(func.count()).select_from(Department))
    first_write = seen.index("INSERT")
    assert "SELECT" in seen[first_write:]
    assert "pause" not in seen[first_write:], "a read inside a write would keep writers waiting"
    assert "a second pause" not in seen
    engine.dispose()
