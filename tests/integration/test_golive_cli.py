"""Going live from a shell: calendar and spreadsheet imports as Outlook, Google Calendar and
Excel write them, removing the demo, backups and restores (real SQLite files, main.py run as
a subprocess)."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.db import DEMO_SUFFIX, Store, make_engine, migrate
from kiosk.models import (
    SYNCED_MODELS,
    Department,
    Event,
    Outbox,
    Person,
    Story,
    StoryMedia,
    Visit,
)

ROOT = Path(__file__).resolve().parents[2]

OUTLOOK = (
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "VERSION:2.0\r\n"
    "METHOD:PUBLISH\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:GMT Standard Time\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:16011028T020000\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:-0000\r\n"
    "END:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "DTSTART:16010325T010000\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:-0000\r\n"
    "TZOFFSETTO:+0100\r\n"
    "END:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "CLASS:PUBLIC\r\n"
    "DESCRIPTION:Dewch i rannu\\, dysgu a chefnogi ein gilydd. Come and share\\, le\r\n"
    " arn and support each other.\r\n"
    'DTEND;TZID="GMT Standard Time":20270304T113000\r\n'
    "DTSTAMP:20261201T120000Z\r\n"
    'DTSTART;TZID="GMT Standard Time":20270304T100000\r\n'
    'EXDATE;TZID="GMT Standard Time":20270318T100000\r\n'
    "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH\r\n"
    "LOCATION:Ystafell Qspace\\, Ysbyty Glan Hafren\r\n"
    "SUMMARY;LANGUAGE=cy:Galw heibio cymorth gan gymheiriaid\r\n"
    "UID:040000008200E00074C5B7101A82E00800000000A1\r\n"
    "STATUS:CONFIRMED\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    'DTSTART;TZID="GMT Standard Time":20270305T140000\r\n'
    'DTEND;TZID="GMT Standard Time":20270305T150000\r\n'
    "SUMMARY:Cyfarfod wedi'i ganslo\r\n"
    "UID:040000008200E00074C5B7101A82E00800000000B2\r\n"
    "STATUS:CANCELLED\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)

GOOGLE = (
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "VERSION:2.0\r\n"
    "CALSCALE:GREGORIAN\r\n"
    "X-WR-CALNAME:Qspace\r\n"
    "X-WR-TIMEZONE:Europe/London\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/London\r\n"
    "X-LIC-LOCATION:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0000\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:BST\r\n"
    "DTSTART:19700329T010000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0000\r\n"
    "TZNAME:GMT\r\n"
    "DTSTART:19701025T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;TZID=Europe/London:20270115T093000\r\n"
    "DTEND;TZID=Europe/London:20270115T103000\r\n"
    "RRULE:FREQ=MONTHLY;UNTIL=20270416T085959Z\r\n"
    "DTSTAMP:20261201T120000Z\r\n"
    "UID:7kq3h1s0d9t2m4@google.com\r\n"
    "CATEGORIES:Coffee\r\n"
    "SUMMARY:Paned a sgwrs – Coffee meet-up\r\n"
    "LOCATION:Caffi\\, Ysbyty Bro Tawe\r\n"
    "STATUS:CONFIRMED\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;VALUE=DATE:20270301\r\n"
    "DTEND;VALUE=DATE:20270302\r\n"
    "DTSTAMP:20261201T120000Z\r\n"
    "UID:dewi-sant-2027@google.com\r\n"
    "SUMMARY:Dydd Gŵyl Dewi: gweithdy gwella ansawdd\r\n"
    "CATEGORIES:Workshop\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=120,
    )


def count(url: str, model: type) -> int:
    engine = make_engine(url)
    migrate(engine)
    with Store(engine).begin() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_outlook_and_google_calendars_import_once_and_export_per_occurrence(
    tmp_path: Path, db_url: str
) -> None:
    outlook, google = tmp_path / "outlook.ics", tmp_path / "google.ics"
    outlook.write_bytes(OUTLOOK.encode())
    google.write_bytes(GOOGLE.encode())

    first = run("import", "events", outlook, "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stdout
    assert "1 cancelled left out" in first.stdout
    assert run("import", "events", google, "--db", db_url).returncode == 0
    again = run("import", "events", outlook, "--db", db_url)
    assert again.returncode == 0
    assert "0 added, 0 updated" in again.stdout
    assert count(db_url, Event) == 3

    engine = make_engine(db_url)
    with Store(engine).begin() as s:
        series = s.scalars(select(Event).where(Event.uid.like("0400%"))).one()
        assert series.title_cy == "Galw heibio cymorth gan gymheiriaid"
        assert series.location == "Ystafell Qspace, Ysbyty Glan Hafren"
        assert "Come and share, learn and support" in series.description
        day = s.scalars(select(Event).where(Event.uid == "dewi-sant-2027@google.com")).one()
        assert day.all_day
        assert day.kind.value == "workshop"

    out = tmp_path / "events.csv"
    exported = run("export", "events", "--db", db_url, "--csv", out)
    assert exported.returncode == 0, exported.stderr
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    drop_in = [r["starts_at"] for r in rows if r["title_cy"].startswith("Galw heibio")]
    # Six Thursdays from 4 March, less the exception on 18 March; 10:00 London is 09:00 UTC
    # once the clocks go forward (28 March 2027).
    assert drop_in == [
        "2027-03-04T10:00:00+00:00",
        "2027-03-11T10:00:00+00:00",
        "2027-03-25T10:00:00+00:00",
        "2027-04-01T09:00:00+00:00",
        "2027-04-08T09:00:00+00:00",
    ]
    coffee = [r["starts_at"] for r in rows if r["title_en"].startswith("Paned")]
    assert coffee == [
        "2027-01-15T09:30:00+00:00",
        "2027-02-15T09:30:00+00:00",
        "2027-03-15T09:30:00+00:00",
        "2027-04-15T08:30:00+00:00",
    ]
    assert {"title_en", "title_cy", "starts_at", "ends_at"} <= set(rows[0])

    ics = tmp_path / "room.ics"
    assert run("export", "events", "--db", db_url, "--ics", ics).returncode == 0
    text = ics.read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" in text
    assert "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH" in text
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert run("import", "events", ics, "--db", other).returncode == 0
    assert count(other, Event) == 3


def test_a_bad_calendar_names_its_lines_and_imports_nothing(tmp_path: Path, db_url: str) -> None:
    bad = OUTLOOK.replace("RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH", "RRULE:FREQ=HOURLY;COUNT=6")
    bad = bad.replace("SUMMARY:Cyfarfod wedi'i ganslo\r\n", "")
    bad = bad.replace(
        "END:VCALENDAR",
        "BEGIN:VEVENT\r\nUID:x1\r\nSUMMARY:Heb ddiwedd\r\nDTSTART:20270101T100000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR",
    )
    path = tmp_path / "bad.ics"
    path.write_bytes(bad.encode())
    result = run("import", "events", path, "--db", db_url)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Nothing was imported")
    rrule_line = bad.split("\r\n").index("RRULE:FREQ=HOURLY;COUNT=6") + 1
    assert any(f"line {rrule_line}, RRULE" in line for line in lines)
    assert any("DTEND: missing" in line for line in lines)
    assert count(db_url, Event) == 0

    garbage = tmp_path / "notes.ics"
    garbage.write_text("Dim calendr yma\n", encoding="utf-8")
    result = run("import", "events", garbage, "--db", db_url)
    assert result.returncode == 2
    assert "not an iCalendar file" in result.stderr


def _excel_csv(path: Path, rows: list[list[str]]) -> None:
    """As Excel's "CSV UTF-8 (Comma delimited)" writes it: a BOM and CRLF line ends."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


def test_departments_and_people_from_excel(tmp_path: Path, db_url: str) -> None:
    departments = tmp_path / "departments.csv"
    _excel_csv(
        departments,
        [
            ["name_en", "name_cy"],
            ["Therapies", "Therapïau"],
            ["Women's Health, Maternity", "Iechyd Menywod, Mamolaeth"],
        ],
    )
    result = run("import", "departments", departments, "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stdout
    assert run("import", "departments", departments, "--db", db_url).stdout.count("0 added") == 1

    people = tmp_path / "people.csv"
    header = [
        "name",
        "email",
        "department",
        "role",
        "language",
        "consent_display",
        "consent_contact",
    ]
    _excel_csv(
        people,
        [
            header,
            [
                "Siân Gwenllïan",
                "sian@example.nhs.wales",
                "Therapïau",
                "Ffisiotherapydd",
                "cy",
                "yes",
                "TRUE",
            ],
            ["Rhys ap Dafydd", "", "Women's Health, Maternity", "Midwife", "en", "no", "0"],
        ],
    )
    result = run("import", "people", people, "--db", db_url)
    assert result.returncode == 0, result.stderr
    engine = make_engine(db_url)
    with Store(engine).begin() as s:
        sian = s.scalars(select(Person).where(Person.email == "sian@example.nhs.wales")).one()
        dep = s.get(Department, sian.department_id)
        assert dep is not None
        assert dep.name_en == "Therapies"
        assert sian.language.value == "cy"
        assert sian.consent_display
        assert sian.consent_contact
    assert run("import", "people", people, "--db", db_url).returncode == 0
    assert count(db_url, Person) == 3  # the email matched: Siân updated, Rhys added again

    bad = tmp_path / "bad-people.csv"
    _excel_csv(
        bad,
        [
            header,
            ["Elin Hughes", "elin@example", "Therapies", "", "cy", "yes", "no"],
            ["", "", "Adran Anhysbys", "", "fr", "maybe", "no"],
            ["Owain Lewis", "owain@example.nhs.wales", "", "", "", "1", "0"],
        ],
    )
    before = count(db_url, Person)
    result = run("import", "people", bad, "--db", db_url)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    for expected in (
        "row 2, column email",
        "row 3, column name",
        "row 3, column department",
        "row 3, column language",
        "row 3, column consent_display",
    ):
        assert expected in result.stderr
    assert "row 4" not in result.stderr
    assert count(db_url, Person) == before

    wrong = tmp_path / "wrong.csv"
    _excel_csv(wrong, [["name_en", "enw"], ["Pharmacy", "Fferylliaeth"]])
    result = run("import", "departments", wrong, "--db", db_url)
    assert result.returncode == 2
    assert "row 1, column name_cy: this column is missing" in result.stderr


def test_remove_demo_keeps_every_real_record_and_queues_nothing(
    tmp_path: Path, db_url: str
) -> None:
    assert run("demo", "--db", db_url, "--people", "30", "--visits", "40").returncode == 0
    engine = make_engine(db_url)
    store = Store(engine, clock=lambda: datetime(2026, 11, 26, 9, 30, tzinfo=UTC))
    with store.begin() as s:
        demo_event = s.scalars(select(Event).order_by(Event.starts_at)).first()
        assert demo_event is not None
        real = Person(display_name="Real Person", language="en", search_key="real person")
        s.add(real)
        s.flush()
        s.add(Visit(person_id=real.id, event_id=demo_event.id, checked_in_at=store.clock()))
        s.add(Department(name_en="Real Department", name_cy="Adran Go Iawn"))
        demo_event_id = demo_event.id
        # A photo added to a demo story on this kiosk goes with the story.
        demo_story = s.scalars(select(Story)).first()
        assert demo_story is not None
        s.add(
            StoryMedia(
                story_id=demo_story.id,
                kind="photo",
                mime="image/jpeg",
                data=b"\xff\xd8",
                updated_at=store.clock(),
            )
        )
    with store.begin() as s:
        outbox_before = s.scalar(select(func.count()).select_from(Outbox))

    preview = run("demo", "remove", "--db", db_url, "--dry-run")
    assert preview.returncode == 0
    assert "Would remove" in preview.stdout
    result = run("demo", "remove", "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert "Kept 1 demo records that real records point at: 1 event" in result.stdout

    with Store(make_engine(db_url)).begin() as s:
        for model in SYNCED_MODELS:
            demo_ids = set(s.scalars(select(model.id).where(model.version.like(f"%{DEMO_SUFFIX}"))))
            assert demo_ids <= ({demo_event_id} if model is Event else set()), model
        assert s.scalars(select(Person.display_name)).all() == ["Real Person"]
        assert s.scalar(select(func.count()).select_from(Visit)) == 1
        assert s.scalars(select(Department.name_en)).all() == ["Real Department"]
        assert s.scalar(select(func.count()).select_from(StoryMedia)) == 0
        assert s.scalar(select(func.count()).select_from(Outbox)) == outbox_before


def test_backup_and_restore_round_trip_and_refusals(tmp_path: Path, db_url: str) -> None:
    assert run("demo", "--db", db_url, "--people", "10", "--visits", "5").returncode == 0
    people = count(db_url, Person)
    made = run("backup", "--db", db_url, "--to", tmp_path / "usb")
    assert made.returncode == 0, made.stderr
    backup = next((tmp_path / "usb").glob("qspace-*.sqlite3"))
    assert not list((tmp_path / "usb").glob("*.part"))

    db_file = tmp_path / "kiosk.sqlite3"
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE person SET deleted = 1")
    restored = run("restore", backup, "--db", db_url)
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE deleted = 0").fetchone()[0] == people
    assert list((tmp_path / "backups").glob("qspace-*-before-restore.sqlite3"))

    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database", encoding="utf-8")
    refused = run("restore", notes, "--db", db_url)
    assert refused.returncode == 2
    assert len(refused.stderr.splitlines()) == 1
    assert "not a Qspace Kiosk database" in refused.stderr

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(backup.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    refused = run("restore", newer, "--db", db_url)
    assert refused.returncode == 2
    assert len(refused.stderr.splitlines()) == 1
    assert "newer version" in refused.stderr
    assert count(db_url, Person) == people


@pytest.mark.parametrize("args", [("backup", "--db", "postgresql://x/y")])
def test_backup_needs_a_sqlite_file(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "SQLite file URL" in result.stderr
