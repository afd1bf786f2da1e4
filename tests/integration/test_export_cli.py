"""CSV exports, and the demo and export commands as a user runs them from a shell."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import __version__
from kiosk.db import Store
from kiosk.demo import fill_demo
from kiosk.export import KINDS, export_csv
from kiosk.models import (
    Department,
    Event,
    EventKind,
    Language,
    PdsaCycle,
    Person,
    Project,
    ProjectMember,
    ProjectTopic,
    Stage,
    Story,
    Topic,
    Visit,
    VisitTopic,
)

ROOT = Path(__file__).resolve().parents[2]

COLUMNS = {
    "people": [
        "person_id",
        "display_name",
        "email",
        "department",
        "role",
        "language",
        "consent_display",
        "consent_contact",
        "created_at",
        "updated_at",
    ],
    "visits": [
        "visit_id",
        "person_id",
        "event_id",
        "checked_in_at",
        "checked_out_at",
        "source",
        "topics",
    ],
    "projects": [
        "project_id",
        "title",
        "aim",
        "department",
        "stage",
        "start_date",
        "iqt_ref",
        "is_public",
        "seeking_collaborators",
        "topics",
        "team_size",
        "pdsa_cycles",
    ],
    "stories": [
        "story_id",
        "project_id",
        "title",
        "problem",
        "change",
        "result",
        "lessons",
        "approved",
    ],
    "events": [
        "event_id",
        "kind",
        "title_en",
        "title_cy",
        "starts_at",
        "ends_at",
        "location",
        "description_en",
        "description_cy",
    ],
}
DEMO_ROWS = {"people": 200, "visits": 600, "projects": 40, "stories": 10, "events": 15}
MODELS = {"people": Person, "visits": Visit, "projects": Project, "stories": Story, "events": Event}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def _export(store: Store, kind: str, path: Path) -> int:
    with store.begin() as s:
        return export_csv(s, kind=kind, path=path)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """main.py as a user runs it (the test's private XDG directories are inherited)."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_kind_has_documented_columns() -> None:
    assert tuple(COLUMNS) == KINDS


# Exports in process


@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_room_exports_just_the_header(store: Store, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.csv"

    assert _export(store, kind, path) == 0
    assert _header(path) == COLUMNS[kind]
    assert _read(path) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_demo_room_exports_one_row_per_record_with_ids(
    store: Store, tmp_path: Path, now: datetime, kind: str
) -> None:
    with store.begin() as s:
        fill_demo(s, seed=3, now=now)
    exports = tmp_path / "exports"
    exports.mkdir()
    path = exports / f"{kind}.csv"

    written = _export(store, kind, path)

    rows = _read(path)
    with store.begin() as s:
        ids = set(s.scalars(select(MODELS[kind].id)))
    assert _header(path) == COLUMNS[kind]
    assert written == len(rows) == DEMO_ROWS[kind]
    assert {row[COLUMNS[kind][0]] for row in rows} == ids
    assert [p.name for p in exports.iterdir()] == [f"{kind}.csv"]


def test_people_are_exported_as_stored(store: Store, tmp_path: Path, now: datetime) -> None:
    with store.begin() as s:
        pharmacy = Department(name_en="Pharmacy", name_cy="Fferylliaeth")
        s.add(pharmacy)
        s.flush()
        sian = Person(
            display_name="Siân Jones",
            email="sian@example.org",
            department_id=pharmacy.id,
            role="Pharmacist",
            language=Language.CY,
            consent_display=True,
            consent_contact=False,
        )
        rhys = Person(display_name='Rhys, "Rhodri" Evans')
        gone = Person(display_name="Erased Person", deleted=True)
        s.add_all([sian, rhys, gone])
    path = tmp_path / "people.csv"

    assert _export(store, "people", path) == 2

    by_id = {row["person_id"]: row for row in _read(path)}
    assert set(by_id) == {sian.id, rhys.id}
    assert by_id[sian.id] == {
        "person_id": sian.id,
        "display_name": "Siân Jones",
        "email": "sian@example.org",
        "department": "Pharmacy",
        "role": "Pharmacist",
        "language": "cy",
        "consent_display": "true",
        "consent_contact": "false",
        "created_at": now.isoformat(),
        "updated_at": now.isoformat(),
    }
    assert by_id[rhys.id]["display_name"] == 'Rhys, "Rhodri" Evans'
    assert by_id[rhys.id]["email"] == ""
    assert by_id[rhys.id]["department"] == ""


def test_projects_visits_stories_and_events_are_exported_as_stored(
    store: Store, tmp_path: Path, now: datetime
) -> None:
    with store.begin() as s:
        topics = {t.slug: t for t in s.scalars(select(Topic))}
        person = Person(display_name="Nia Lewis")
        project = Project(
            title="Fewer falls on Ward 7",
            aim="Reduce falls by 30%.",
            stage=Stage.TESTING,
            start_date=date(2026, 3, 2),
            iqt_ref="IQT-1234",
        )
        event = Event(
            kind=EventKind.FOCUS_GROUP,
            title_en="Focus group",
            title_cy="Grŵp ffocws",
            starts_at=now + timedelta(days=1),
            ends_at=now + timedelta(days=1, hours=1),
            location="Qspace",
            description="Say what gets in the way.",
            description_cy="Dywedwch beth sy'n rhwystro.",
        )
        s.add_all([person, project, event])
        s.flush()
        visit = Visit(person_id=person.id, event_id=event.id, checked_in_at=now, source="qr")
        story = Story(project_id=project.id, title="How we did it", approved=True)
        s.add_all(
            [
                visit,
                story,
                ProjectMember(project_id=project.id, person_id=person.id),
                ProjectTopic(project_id=project.id, topic_id=topics["wellbeing"].id),
                PdsaCycle(project_id=project.id, number=1, title="Test 1"),
                PdsaCycle(project_id=project.id, number=2, title="Test 2", deleted=True),
            ]
        )
        s.flush()
        s.add(VisitTopic(visit_id=visit.id, topic_id=topics["data-and-charts"].id))
    for kind in ("projects", "visits", "stories", "events"):
        _export(store, kind, tmp_path / f"{kind}.csv")

    [p] = _read(tmp_path / "projects.csv")
    [v] = _read(tmp_path / "visits.csv")
    [st] = _read(tmp_path / "stories.csv")
    [e] = _read(tmp_path / "events.csv")
    assert p == {
        "project_id": project.id,
        "title": "Fewer falls on Ward 7",
        "aim": "Reduce falls by 30%.",
        "department": "",
        "stage": "testing",
        "start_date": "2026-03-02",
        "iqt_ref": "IQT-1234",
        "is_public": "true",
        "seeking_collaborators": "false",
        "topics": "wellbeing",
        "team_size": "1",
        "pdsa_cycles": "1",
    }
    assert v == {
        "visit_id": visit.id,
        "person_id": person.id,
        "event_id": event.id,
        "checked_in_at": now.isoformat(),
        "checked_out_at": "",
        "source": "qr",
        "topics": "data-and-charts",
    }
    assert st["story_id"] == story.id
    assert st["project_id"] == project.id
    assert st["approved"] == "true"
    assert e == {
        "event_id": event.id,
        "kind": "focus_group",
        "title_en": "Focus group",
        "title_cy": "Grŵp ffocws",
        "starts_at": (now + timedelta(days=1)).isoformat(),
        "ends_at": (now + timedelta(days=1, hours=1)).isoformat(),
        "location": "Qspace",
        "description_en": "Say what gets in the way.",
        "description_cy": "Dywedwch beth sy'n rhwystro.",
    }


def test_an_unknown_kind_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="badgers"), store.begin() as s:
        export_csv(s, kind="badgers", path=tmp_path / "badgers.csv")


# The command line


def test_version_prints_the_version() -> None:
    result = _run("--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"Qspace Kiosk {__version__}"


def test_demo_then_export_from_the_command_line(db_url: str, tmp_path: Path) -> None:
    demo = _run("demo", "--db", db_url, "--seed", "5", "--people", "50", "--visits", "80")
    people_csv, events_csv = tmp_path / "people.csv", tmp_path / "events.csv"
    people = _run("export", "people", "--db", db_url, "--csv", str(people_csv))
    events = _run("export", "events", "--db", db_url, "--csv", str(events_csv))

    assert (demo.returncode, demo.stderr) == (0, "")
    assert "50 people" in demo.stdout
    assert "80 visits" in demo.stdout
    assert (people.returncode, people.stderr) == (0, "")
    assert "Wrote 50 people rows" in people.stdout
    assert (events.returncode, events.stderr) == (0, "")
    assert _header(people_csv) == COLUMNS["people"]
    rows = _read(people_csv)
    assert len(rows) == 50
    assert all(len(row["person_id"]) == 36 for row in rows)
    assert _header(events_csv) == COLUMNS["events"]
    assert len(_read(events_csv)) == 15


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        (["export", "badgers", "--db", "{db}", "--csv", "{csv}"], "badgers"),
        (["export", "people", "--csv", "{csv}"], "--db"),
        (["export", "people", "--db", "{db}"], "--csv"),
        (["demo"], "--db"),
        (["demo", "--db", "{db}", "--seed", "many"], "many"),
        (["demo", "--db", "not a database url"], "not a database url"),
        (
            ["export", "people", "--db", "{db}", "--csv", "{tmp}/no/such/dir/people.csv"],
            "people.csv",
        ),
    ],
    ids=[
        "bad-kind",
        "export-without-db",
        "export-without-csv",
        "demo-without-db",
        "bad-seed",
        "bad-db-url",
        "unwritable-csv",
    ],
)
def test_bad_usage_exits_2_with_one_line_and_no_traceback(
    args: list[str], mentions: str, db_url: str, tmp_path: Path
) -> None:
    values = {"db": db_url, "csv": str(tmp_path / "out.csv"), "tmp": str(tmp_path)}

    result = _run(*(arg.format(**values) for arg in args))

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert mentions in result.stderr
    assert not (tmp_path / "out.csv").exists()
