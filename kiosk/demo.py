"""Deterministic demo content: a fictional Health Board that makes the room look alive.

Rows are bulk-inserted with Core (fast enough for 100,000 people and 1,000,000 visits) and
are not queued in the outbox: demo content must never reach the central register.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from kiosk import demo_content as content
from kiosk.db import set_state
from kiosk.models import (
    BoardPost,
    CoffeeAvoid,
    CoffeeOptIn,
    DataPoint,
    Department,
    Event,
    Measure,
    PdsaCycle,
    PeerSupporter,
    Person,
    PlaylistItem,
    Project,
    ProjectMember,
    ProjectTopic,
    Stage,
    Story,
    ThanksNote,
    Topic,
    Visit,
    VisitTopic,
)
from kiosk.services.checkin import search_index_paused
from kiosk.text import fold

SITES = ("Ysbyty Glan Hafren", "Ysbyty'r Dyffryn", "Ysbyty Bro Tawe", "Canolfan Iechyd Maesteg")
CHUNK = 20_000
# Demo measures, as (round, template number), drawn as two phases split at the change, or
# against a baseline frozen up to the change.
SPLIT_AT_CHANGE = frozenset({(0, 0), (0, 5)})
FROZEN_TO_CHANGE = frozenset({(1, 5)})


@dataclass(frozen=True)
class DemoCounts:
    """What a demo fill wrote."""

    departments: int
    people: int
    projects: int
    stories: int
    events: int
    visits: int


class _Ids:
    """Ids drawn from the seeded generator: the same seed gives the same ids."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


def _insert(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    count = 0
    for chunk in _chunks(rows):
        session.execute(insert(table), chunk)
        count += len(chunk)
    return count


def fill_demo(
    session: Session, *, seed: int = 1, people: int = 200, visits: int = 600, now: datetime
) -> DemoCounts:
    """Fill an empty room with demo content; the same seed and `now` give the same rows."""
    rng = random.Random(seed)
    ids = _Ids(rng)
    version = f"{int(now.timestamp() * 1000):015d}.000000.demo"

    def stamp(row: dict[str, Any]) -> dict[str, Any]:
        row.update(created_at=now, updated_at=now, version=version, deleted=False)
        return row

    departments = [
        stamp({"id": ids(), "name_en": en, "name_cy": cy}) for en, cy in content.DEPARTMENTS
    ]
    _insert(session, Department.__table__, departments)  # type: ignore[arg-type]  # Table
    topic_ids = list(session.scalars(select(Topic.id).order_by(Topic.sort_order)))

    def person_rows() -> Iterator[dict[str, Any]]:
        for index in range(people):
            first = rng.choice(content.FIRST_NAMES)
            last = rng.choice(content.SURNAMES)
            dep = rng.choice(departments)
            name = f"{first} {last}"
            has_email = rng.random() < 0.6
            email = f"{fold(first)}.{fold(last)}{index}@demo.qspace.invalid" if has_email else None
            display = rng.random() < 0.75
            yield stamp(
                {
                    "id": ids(),
                    "display_name": name,
                    "email": email,
                    "department_id": dep["id"],
                    "role": rng.choice(content.ROLES) if rng.random() < 0.8 else None,
                    "language": "cy" if rng.random() < 0.3 else "en",
                    "consent_display": display,
                    "consent_contact": rng.random() < 0.6,
                    "consented_at": now - timedelta(days=rng.randint(1, 400)),
                    "search_key": fold(f"{name} {dep['name_en']} {dep['name_cy']}"),
                }
            )

    person_list = list(person_rows()) if people <= 5000 else None
    person_ids: list[str] = []
    # The people search index (SQLite) is built once after the bulk insert, not row by row.
    with search_index_paused(session):
        if person_list is not None:
            _insert(session, Person.__table__, person_list)  # type: ignore[arg-type]  # Table
            person_ids = [p["id"] for p in person_list]
        else:

            def tracked() -> Iterator[dict[str, Any]]:
                for row in person_rows():
                    person_ids.append(row["id"])
                    yield row

            _insert(session, Person.__table__, tracked())  # type: ignore[arg-type]  # Table

    projects = _projects(session, rng, ids, stamp, departments, topic_ids, person_ids, now)
    stories = _stories(session, rng, ids, stamp, projects)
    events = _events(session, ids, stamp, now)
    visit_count = _visits(session, rng, ids, stamp, person_ids, topic_ids, visits, now)
    _showcase(session, random.Random(seed + 5), ids, stamp, projects, now)
    _qnet(session, seed, person_ids[:2000], topic_ids, now)
    set_state(session, "demo_seed", str(seed))
    return DemoCounts(
        len(departments), len(person_ids), len(projects), stories, len(events), visit_count
    )


def _projects(
    session: Session,
    rng: random.Random,
    ids: _Ids,
    stamp: Any,
    departments: list[dict[str, Any]],
    topic_ids: list[str],
    person_ids: list[str],
    now: datetime,
) -> list[dict[str, Any]]:
    stages = list(Stage)
    projects: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    measures: list[dict[str, Any]] = []
    points: list[dict[str, Any]] = []
    cycles: list[dict[str, Any]] = []
    for round_index in range(2):
        for number, template in enumerate(content.PROJECTS):
            title, aim, m_name, unit, chart, direction, base, better, denom = template
            site = SITES[(number + round_index) % len(SITES)]
            stage = stages[(number * 3 + round_index * 5) % len(stages)]
            started = (now - timedelta(days=rng.randint(60, 720))).date()
            project = stamp(
                {
                    "id": ids(),
                    "title": f"{title} ({site})",
                    "aim": aim,
                    "department_id": rng.choice(departments)["id"],
                    "stage": stage.value,
                    "start_date": started,
                    "iqt_ref": f"IQT-{rng.randint(1000, 9999)}" if rng.random() < 0.5 else None,
                    "is_public": True,
                    "seeking_collaborators": rng.random() < 0.35,
                }
            )
            projects.append(project)
            for person_id in rng.sample(person_ids, k=min(len(person_ids), rng.randint(2, 5))):
                members.append(
                    stamp(
                        {
                            "id": ids(),
                            "project_id": project["id"],
                            "person_id": person_id,
                            "role": "",
                        }
                    )
                )
            for topic_id in rng.sample(topic_ids, k=rng.randint(1, 3)):
                links.append(
                    stamp({"id": ids(), "project_id": project["id"], "topic_id": topic_id})
                )
            measure_id = ids()
            series = _data_points(
                rng, ids, stamp, measure_id, chart, base, better, denom, started, now.date()
            )
            points.extend(series)
            # The level changes after the first half of the series (see _data_points): the
            # change point carries a note and the project's first PDSA cycle, if it has one
            # (the cycles follow each other from there, two weeks each); a two-phase chart
            # splits there, a frozen baseline ends there.
            change = series[len(series) // 2]
            change["note"] = content.CHANGE_NOTE
            if number % 3 == 0:
                series[2]["note"] = content.POINT_NOTES[number // 3 % len(content.POINT_NOTES)]
            before_change = change["seq"] - 1
            # Percentages are charted as such (proportions x 100); u-chart rates per 1,000.
            multiply = 1000.0 if chart == "u" else 100.0 if chart == "p" and unit == "%" else 1.0
            split = (round_index, number) in SPLIT_AT_CHANGE
            frozen = (round_index, number) in FROZEN_TO_CHANGE
            measures.append(
                stamp(
                    {
                        "id": measure_id,
                        "project_id": project["id"],
                        "name": m_name,
                        "unit": unit,
                        "chart_type": chart,
                        "direction": direction,
                        "target": round(better * multiply, 6) if chart == "p" else better,
                        "multiply": multiply,
                        "rules": "anhoej",
                        "splits": str(before_change) if split else "",
                        "freeze": before_change if frozen else None,
                    }
                )
            )
            changed_on = date.fromisoformat(change["period"])
            n_cycles = rng.randint(0, 5) if stage not in (Stage.AIM, Stage.MEASURES) else 0
            for cycle in range(1, n_cycles + 1):
                act = rng.choice(["adopt", "adapt", "abandon"]) if cycle < n_cycles else None
                begun = changed_on + timedelta(days=14 * (cycle - 1))  # back to back
                cycles.append(
                    stamp(
                        {
                            "id": ids(),
                            "project_id": project["id"],
                            "number": cycle,
                            "title": f"Test {cycle}: {m_name.lower()}",
                            "plan": "Try the change with one team for one week.",
                            "prediction": "We expect a small improvement in the measure.",
                            "do": "Carried out as planned." if act else "",
                            "study": "The data moved as predicted." if act else "",
                            "act": act,
                            "started_on": begun,
                            "finished_on": begun + timedelta(days=14) if act else None,
                        }
                    )
                )
                if cycle == 1:
                    change["pdsa_cycle_id"] = cycles[-1]["id"]
    for table, rows in (
        (Project.__table__, projects),
        (ProjectMember.__table__, members),
        (ProjectTopic.__table__, links),
        (Measure.__table__, measures),
        (PdsaCycle.__table__, cycles),  # before the points that mark them
        (DataPoint.__table__, points),
    ):
        _insert(session, table, rows)  # type: ignore[arg-type]  # Table
    return projects


def _data_points(
    rng: random.Random,
    ids: _Ids,
    stamp: Any,
    measure_id: str,
    chart: str,
    base: float,
    better: float,
    denom: float | None,
    started: date,
    today: date,
) -> list[dict[str, Any]]:
    rows = []
    total = rng.randint(18, 30)
    change_at = total // 2
    # Weekly from the project's start, or earlier (a baseline from past records) so that the
    # last week has ended by today.
    origin = min(started, today - timedelta(weeks=total + 1))
    for seq in range(1, total + 1):
        level = base if seq <= change_at else better
        period = (origin + timedelta(weeks=seq)).isoformat()
        if chart in ("p", "u") and denom is not None:
            n = max(1, round(rng.gauss(denom, denom * 0.1)))
            rate = level if chart == "p" else level / 1000
            value = float(min(n, max(0, round(rng.gauss(rate * n, max(1.0, (rate * n) ** 0.5))))))
            denominator: float | None = float(n)
        elif chart == "c":
            value = float(max(0, round(rng.gauss(level, level**0.5))))
            denominator = None
        else:
            value = round(rng.gauss(level, level * 0.08), 1)
            denominator = None
        rows.append(
            stamp(
                {
                    "id": ids(),
                    "measure_id": measure_id,
                    "seq": seq,
                    "period": period,
                    "value": value,
                    "denominator": denominator,
                    "note": "",
                    "excluded": False,
                    "pdsa_cycle_id": None,
                }
            )
        )
    return rows


def _stories(
    session: Session, rng: random.Random, ids: _Ids, stamp: Any, projects: list[dict[str, Any]]
) -> int:
    rows = []
    for project in rng.sample(projects, k=10):
        short = project["title"].split(" (")[0]
        rows.append(
            stamp(
                {
                    "id": ids(),
                    "project_id": project["id"],
                    "title": f"How we did it: {short}",
                    "problem": "The team saw the same delays week after week and felt stuck.",
                    "change": "Small tests of change, planned together and studied every week.",
                    "result": f"The measure moved from its baseline to the aim: {project['aim']}",
                    "lessons": rng.choice(content.STORY_LESSONS),
                    "approved": True,
                }
            )
        )
    return _insert(session, Story.__table__, rows)  # type: ignore[arg-type]  # Table


def _events(session: Session, ids: _Ids, stamp: Any, now: datetime) -> list[dict[str, Any]]:
    rows = []
    day0 = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    for index in range(15):
        kind, title_en, title_cy, hour, minutes = content.EVENTS[index % len(content.EVENTS)]
        day = day0 + timedelta(days=index * 2 if index else 0)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        starts = day + timedelta(hours=hour)
        rows.append(
            stamp(
                {
                    "id": ids(),
                    "kind": kind,
                    "title_en": title_en,
                    "title_cy": title_cy,
                    "starts_at": starts,
                    "ends_at": starts + timedelta(minutes=minutes),
                    "location": "Qspace",
                    "description": "",
                }
            )
        )
    _insert(session, Event.__table__, rows)  # type: ignore[arg-type]  # Table
    return rows


def _visits(
    session: Session,
    rng: random.Random,
    ids: _Ids,
    stamp: Any,
    person_ids: list[str],
    topic_ids: list[str],
    count: int,
    now: datetime,
) -> int:
    if not person_ids or count <= 0:
        return 0
    window_days = min(300, max(60, count // 200))  # inside the default retention period
    topic_rows: list[dict[str, Any]] = []

    def rows() -> Iterator[dict[str, Any]]:
        for _ in range(count):
            day = now - timedelta(days=rng.randint(1, window_days))
            start = day.replace(
                hour=rng.randint(8, 16), minute=rng.choice((0, 15, 30, 45)), second=0, microsecond=0
            )
            visit_id = ids()
            if len(topic_rows) < 200_000:
                topic_rows.append(
                    stamp({"id": ids(), "visit_id": visit_id, "topic_id": rng.choice(topic_ids)})
                )
            yield stamp(
                {
                    "id": visit_id,
                    "person_id": rng.choice(person_ids),
                    "event_id": None,
                    "checked_in_at": start,
                    "checked_out_at": start + timedelta(minutes=rng.randint(15, 120)),
                    "source": rng.choice(("touch", "touch", "qr")),
                }
            )

    written = _insert(session, Visit.__table__, rows())  # type: ignore[arg-type]  # Table
    _insert(session, VisitTopic.__table__, topic_rows)  # type: ignore[arg-type]  # Table
    return written


def _showcase(
    session: Session,
    rng: random.Random,
    ids: _Ids,
    stamp: Any,
    projects: list[dict[str, Any]],
    now: datetime,
) -> None:
    """Playlists for both loops, a dozen approved project cards and a wall of thanks."""
    public = [p for p in projects if p["is_public"]]
    for project in rng.sample(public, k=min(12, len(public))):
        session.execute(
            update(Project).where(Project.id == project["id"]).values(showcase_approved=True)
        )
    story_ids = list(session.scalars(select(Story.id).order_by(Story.id)))
    notes = []
    for index, (to_whom, message, signed) in enumerate(content.THANKS_NOTES):
        pending = index >= len(content.THANKS_NOTES) - 2
        notes.append(
            stamp(
                {
                    "id": ids(),
                    "to_whom": to_whom,
                    "message": message,
                    "signed": signed,
                    "story_id": story_ids[index] if index < 2 and story_ids else None,
                    "posted_at": now - timedelta(days=index * 3 + 1, hours=rng.randint(0, 8)),
                    "approved": not pending,
                    "hidden": False,
                }
            )
        )
    _insert(session, ThanksNote.__table__, notes)  # type: ignore[arg-type]  # Table
    positions: dict[str, int] = {}
    rows = []
    for loop, kind, duration, start, end in content.PLAYLISTS:
        positions[loop] = positions.get(loop, 0) + 10
        rows.append(
            stamp(
                {
                    "id": ids(),
                    "loop": loop,
                    "position": positions[loop],
                    "kind": kind,
                    "item_id": None,
                    "duration_s": duration,
                    "weekdays": "0123456",
                    "start_time": start,
                    "end_time": end,
                    "enabled": True,
                }
            )
        )
    _insert(session, PlaylistItem.__table__, rows)  # type: ignore[arg-type]  # Table


def demo_session(session: Session, *, lang: str, now: datetime) -> str:
    """A realistic session half way through a show and tell, for snapshots: teams, cards with
    dots, actions and a project on screen. Written through the services (so it is queued in
    the outbox): use it on a scratch copy, never on a room's own database."""
    from kiosk.models import Event, Project
    from kiosk.services import sessions

    cy = lang == "cy"
    event_id = session.scalar(
        select(Event.id).where(Event.deleted.is_(False)).order_by(Event.starts_at).limit(1)
    )
    projects = list(
        session.execute(
            select(Project.id, Project.title)
            .where(Project.is_public.is_(True), Project.deleted.is_(False))
            .order_by(Project.title)
            .limit(3)
        )
    )
    teams = [cy_name if cy else en for en, cy_name in content.SESSION_TEAMS]
    detail = sessions.create_session(
        session,
        title="",
        template="show_and_tell",
        lang=lang,
        event_id=event_id,
        votes_per_person=3,
        teams=teams,
        now=now,
    )
    for project_id, title in projects:
        sessions.add_item(
            session, session_id=detail.id, kind="project", label=title, ref_id=project_id, now=now
        )
    for number, (kind, en, cy_text, dots) in enumerate(content.SESSION_CARDS):
        card = sessions.add_contribution(
            session,
            session_id=detail.id,
            kind=kind,
            text=cy_text if cy else en,
            now=now + timedelta(seconds=number),
        )
        for voter in range(dots):
            sessions.cast_vote(
                session,
                session_id=detail.id,
                contribution_id=card.id,
                voter_key=f"demo-{number}-{voter}",
                now=now,
            )
    for en, cy_text, owner, days in content.SESSION_ACTIONS:
        sessions.add_action(
            session,
            session_id=detail.id,
            text=cy_text if cy else en,
            owner=owner,
            due_on=(now + timedelta(days=days)).date(),
            project_id=projects[0][0] if projects else None,
            now=now,
        )
    return detail.id


def _qnet(
    session: Session, seed: int, person_ids: list[str], topic_ids: list[str], now: datetime
) -> None:
    """Coffee pool, peer supporters and topic board posts. A generator of its own, so that the
    rest of the demo stays as it was before Qnet."""
    rng = random.Random(f"qnet-{seed}")
    ids = _Ids(rng)
    version = f"{int(now.timestamp() * 1000):015d}.000000.demo"

    def stamp(row: dict[str, Any], created: datetime = now) -> dict[str, Any]:
        row.update(created_at=created, updated_at=created, version=version, deleted=False)
        return row

    people: list[tuple[str, bool]] = [
        (pid, bool(consent))
        for pid, consent in session.execute(
            select(Person.id, Person.consent_display)
            .where(Person.id.in_(person_ids))
            .order_by(Person.id)
        )
    ]
    if len(people) < 4:
        return
    shown = [pid for pid, consent in people if consent]
    pool = rng.sample([pid for pid, _ in people], k=min(len(people), 40))
    opt_ins = [
        stamp(
            {
                "id": ids(),
                "person_id": pid,
                "active": True,
                "snoozed_until": (now + timedelta(days=14)).date() if i % 9 == 8 else None,
            }
        )
        for i, pid in enumerate(pool)
    ]
    _insert(session, CoffeeOptIn.__table__, opt_ins)  # type: ignore[arg-type]  # Table
    avoids = [
        stamp({"id": ids(), "person_id": pool[i], "avoid_person_id": pool[i + 1]})
        for i in range(0, min(len(pool) - 1, 6), 3)
    ]
    _insert(session, CoffeeAvoid.__table__, avoids)  # type: ignore[arg-type]  # Table

    slugs = list(session.scalars(select(Topic.slug).order_by(Topic.sort_order)))
    supporters = [
        stamp(
            {
                "id": ids(),
                "person_id": pid,
                "topics": ",".join(sorted(rng.sample(slugs, k=2), key=slugs.index)),
                "skills": ", ".join(rng.sample(content.SUPPORTER_SKILLS, k=2)),
                "usual_times": rng.choice(content.USUAL_TIMES),
                "active": True,
            }
        )
        for pid in rng.sample(shown, k=min(len(shown), 12))
    ]
    _insert(session, PeerSupporter.__table__, supporters)  # type: ignore[arg-type]  # Table

    topic_of = dict(zip(slugs, topic_ids, strict=False))
    posts = []
    for number, (slug, text, replies) in enumerate(content.BOARD_POSTS):
        created = now - timedelta(days=len(content.BOARD_POSTS) - number, hours=3)
        anonymous = number % 2 == 1
        post = stamp(
            {
                "id": ids(),
                "topic_id": topic_of[slug],
                "parent_id": None,
                "text": text,
                "anonymous": anonymous,
                "author_id": None if anonymous else rng.choice(shown or pool),
                "approved": True,
                "hidden": False,
            },
            created,
        )
        posts.append(post)
        for offset, reply in enumerate(replies, start=1):
            posts.append(
                stamp(
                    {
                        "id": ids(),
                        "topic_id": topic_of[slug],
                        "parent_id": post["id"],
                        "text": reply,
                        "anonymous": False,
                        "author_id": rng.choice(shown or pool),
                        "approved": True,
                        "hidden": False,
                    },
                    created + timedelta(hours=offset),
                )
            )
    _insert(session, BoardPost.__table__, posts)  # type: ignore[arg-type]  # Table


def seed_if_empty(session: Session, *, now: datetime) -> DemoCounts | None:
    """The demo room, when the room has no departments yet (a first start that chose it);
    stamped at the start of `now`'s (UTC) day. None when the room already had content."""
    if session.scalar(select(func.count()).select_from(Department)):
        return None
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return fill_demo(session, seed=1, now=today)
