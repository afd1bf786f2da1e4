"""Going live in the core: authoring events, measures and departments (each synced write
queued in the outbox in its transaction), repeats where check-in and what's on read them,
backups, and the integrity check at start on a real database file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.wiring import open_operations
from kiosk import backup
from kiosk.db import Store
from kiosk.dto.events import EventForm
from kiosk.dto.measures import MeasureForm
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import Department, Outbox, Person, Project
from kiosk.operations import Operations
from kiosk.services import catalogue, checkin, showcase

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture
def ops(store: Store) -> Operations:
    return Operations(store, clock=lambda: NOW)


def _outbox(store: Store, entity: str) -> int:
    with store.begin() as s:
        return s.scalar(select(func.count()).where(Outbox.entity == entity)) or 0


def test_a_weekly_series_is_on_at_check_in_and_in_whats_on(store: Store, ops: Operations) -> None:
    form = EventForm(
        kind="peer_support",
        title_en="Peer-support drop-in",
        title_cy="Galw heibio cymorth gan gymheiriaid",
        starts_at=NOW - timedelta(days=14, minutes=10),
        ends_at=NOW - timedelta(days=14) + timedelta(hours=1),
        capacity=12,
        repeat="weekly",
    )
    made = ops.events.create_event(form)
    assert made.repeat_rule == "FREQ=WEEKLY"
    assert _outbox(store, "event") == 1
    with store.begin() as s:
        on = checkin.events_on(s, now=NOW)
        assert [(o.event_id, o.starts_at) for o in on] == [(made.id, NOW - timedelta(minutes=10))]
        upcoming = catalogue.upcoming_events(s, now=NOW, limit=3)
        assert [c.starts_at - NOW for c in upcoming] == [
            timedelta(minutes=-10),
            timedelta(days=7, minutes=-10),
            timedelta(days=14, minutes=-10),
        ]
        assert len(showcase.whats_on_slide(s, now=NOW).events) == 3  # two weeks ahead

    ops.events.skip_occurrence(made.id, NOW - timedelta(minutes=10))
    with store.begin() as s:
        assert checkin.events_on(s, now=NOW) == []
    ops.events.restore_occurrence(made.id, NOW - timedelta(minutes=10))
    ops.events.cancel_event(made.id)
    with store.begin() as s:
        assert checkin.events_on(s, now=NOW) == []
        assert catalogue.upcoming_events(s, now=NOW) == []
    assert _outbox(store, "event") == 4


def test_a_monthly_series_keeps_its_wall_clock_time_across_the_clock_change(
    ops: Operations,
) -> None:
    start = datetime(2027, 2, 10, 10, tzinfo=UTC)  # 10:00 in London, in GMT
    ops.events.create_event(
        EventForm(
            kind="workshop",
            title_en="QI workshop",
            title_cy="Gweithdy GA",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            repeat="monthly",
            repeat_count=3,
        )
    )
    with ops.store.begin() as s:
        shows = catalogue.upcoming_events(s, now=NOW)
    assert [c.starts_at.isoformat() for c in shows] == [
        "2027-02-10T10:00:00+00:00",
        "2027-03-10T10:00:00+00:00",
        "2027-04-10T09:00:00+00:00",  # 10:00 BST
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "party"}, "kind"),
        ({"title_cy": "  "}, "title_cy"),
        ({"ends_at": NOW}, "times"),
        ({"capacity": 0}, "capacity"),
        ({"repeat": "daily"}, "repeat"),
    ],
)
def test_a_bad_event_names_its_field(
    ops: Operations, change: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {
        "kind": "meeting",
        "title_en": "Meeting",
        "title_cy": "Cyfarfod",
        "starts_at": NOW + timedelta(hours=1),
        "ends_at": NOW + timedelta(hours=2),
        **change,
    }
    with pytest.raises(KioskError) as raised:
        ops.events.create_event(EventForm(**values))  # type: ignore[arg-type]
    assert raised.value.code is ErrorCode.EVENT_INVALID
    assert raised.value.params["field"] == field


def test_measures_are_authored_and_points_added_by_touch(store: Store, ops: Operations) -> None:
    with store.begin() as s:
        project = Project(title="Llai o gwympiadau", aim="Fewer falls")
        s.add(project)
        s.flush()
        project_id = project.id
    form = MeasureForm(
        name="Falls with harm",
        unit="%",
        chart="p",
        direction="down",
        target=2.0,
        denominator_label="bed days",
    )
    measure = ops.measures.add_measure(project_id, form)
    assert measure.denominator_label == "bed days"
    chart = ops.measures.add_point(measure.id, date(2026, 11, 1), 3, 120)
    assert [p.value for p in chart.data.points] == [3]
    with pytest.raises(KioskError) as raised:
        ops.measures.add_point(measure.id, date(2026, 11, 8), 5, None)
    assert raised.value.params["field"] == "denominator"
    with pytest.raises(KioskError):
        ops.measures.add_measure(project_id, MeasureForm(name="Rate", chart="u"))
    edited = ops.measures.edit_measure(measure.id, MeasureForm(name="Falls", chart="run"))
    assert edited.chart == "run"
    ops.measures.retire_measure(measure.id)
    assert ops.measures.project_measures(project_id).measures == ()
    assert _outbox(store, "measure") == 3
    assert _outbox(store, "data_point") == 1


def test_departments_rename_merge_and_retire(store: Store, ops: Operations) -> None:
    therapies = ops.golive.add_department("Therapies", "Therapïau")
    physio = ops.golive.add_department("Physio", "Ffisio")
    with store.begin() as s:
        s.add(
            Person(display_name="Siân Jones", department_id=physio, search_key="sian jones physio")
        )
    ops.golive.rename_department(physio, "Physiotherapy", "Ffisiotherapi")
    assert [m.first_name for m in ops.checkin.find_people("ffisiotherapi")] == ["Siân"]
    with pytest.raises(KioskError) as raised:
        ops.golive.add_department("therapies", "Arall")
    assert raised.value.params["reason"] == "name_taken"

    assert ops.golive.merge_departments(physio, therapies) == 1
    assert [m.first_name for m in ops.checkin.find_people("therapies")] == ["Siân"]
    ops.golive.retire_department(therapies)
    assert ops.checkin.checkin_choices().departments == ()
    rows = ops.golive.departments()
    assert [(r.name_en, r.retired, r.people) for r in rows] == [("Therapies", True, 1)]
    assert _outbox(store, "department") >= 5


def test_the_integrity_check_at_start_finds_a_damaged_file_and_the_newest_good_backup(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    path = tmp_path / "room.sqlite3"
    first = open_operations(url)
    assert first.startup_info().database_ok
    with first.store.begin() as s:
        s.add_all(
            Department(name_en=f"Department {n}", name_cy=f"Adran {n}" + "x" * 100)
            for n in range(400)
        )
    first.store.engine.dispose()
    good = backup.make_backup(path, backup.backup_dir_for(path), now=NOW)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'department'"
        ).fetchone()[0]
    with path.open("r+b") as handle:  # scribble over the department table's root page
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)

    info = open_operations(url).startup_info()
    assert not info.database_ok
    assert info.integrity_detail
    assert info.newest_good_backup == str(good)


def test_a_backup_killed_halfway_leaves_the_earlier_backup_whole(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    open_operations(url).store.engine.dispose()
    path = tmp_path / "room.sqlite3"
    folder = backup.backup_dir_for(path)
    earlier = backup.make_backup(path, folder, now=NOW)
    # What a kill -9 leaves: a partial temporary file, never a file under a backup's name.
    (folder / f"qspace-{NOW + timedelta(hours=1):%Y%m%dT%H%M%SZ}.sqlite3.part").write_bytes(b"x")
    assert [b.path for b in backup.list_backups(folder)] == [str(earlier)]
    assert backup.check_backup(earlier)
    assert backup.daily_backup(path, now=NOW, keep_days=14) is None  # today's is there
    later = backup.daily_backup(
        path, now=NOW + timedelta(days=20), keep_days=14, copy_to=tmp_path / "share"
    )
    assert later is not None
    assert [Path(b.path) for b in backup.list_backups(folder)] == [later]  # the old one pruned
    assert (tmp_path / "share" / later.name).is_file()


def test_the_facilitator_restores_a_backup_through_the_operation(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    ops = open_operations(url)
    ops.golive.add_department("Kept Department", "Adran a Gadwyd")  # beside the demo's
    made = ops.golive.backup_now(copy_to=str(tmp_path / "usb"))
    assert (tmp_path / "usb" / Path(made.path).name).is_file()
    ops.golive.add_department("Later Department", "Adran Ddiweddarach")
    safety = ops.golive.restore(made.path)
    assert safety is not None
    reopened = open_operations(url)
    names = {d.name_en for d in reopened.golive.departments()}
    assert "Kept Department" in names
    assert "Later Department" not in names
    assert made.path in [b.path for b in reopened.golive.backups()]
