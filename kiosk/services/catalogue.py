"""Read services for the room's screens: overview counts, projects, stories, events, people."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.db import get_state
from kiosk.dto.catalogue import EventCard, ProjectCard, RoomOverview, StoryCard
from kiosk.dto.checkin import PersonMatch
from kiosk.models import (
    Department,
    Event,
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
from kiosk.services import tally
from kiosk.services.occurrences import JUST_ENDED, not_over, occurrences_between
from kiosk.text import first_name, fold

UPCOMING_DAYS = 366  # what's on lists showings up to a year ahead


def _count(session: Session, stmt: object) -> int:
    return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]  # any count select


def room_overview(session: Session, *, now: datetime) -> RoomOverview:
    """Counts for the home and facilitator screens."""
    month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return RoomOverview(
        people=_count(
            session, select(func.count()).select_from(Person).where(Person.deleted.is_(False))
        ),
        active_projects=_count(
            session,
            select(func.count())
            .select_from(Project)
            .where(Project.deleted.is_(False), Project.stage != Stage.COMPLETED),
        ),
        stories=_count(
            session,
            select(func.count())
            .select_from(Story)
            .where(Story.deleted.is_(False), Story.approved.is_(True)),
        ),
        upcoming_events=_count(
            session,
            select(func.count())
            .select_from(Event)
            .where(
                Event.deleted.is_(False), Event.cancelled.is_(False), not_over(now - JUST_ENDED)
            ),
        ),
        visits_this_month=tally.visits_since(session, since=month_start),
        in_room_now=_count(
            session,
            select(func.count())
            .select_from(Visit)
            .where(
                Visit.checked_out_at.is_(None),
                Visit.deleted.is_(False),
                Visit.checked_in_at >= now - timedelta(hours=16),
            ),
        ),
        outbox_pending=_count(
            session,
            select(func.count())
            .select_from(Outbox)
            .where(Outbox.sent_at.is_(None), Outbox.dead.is_(False)),
        ),
        is_demo=get_state(session, "demo_seed") is not None,
    )


def list_projects(session: Session, *, limit: int = 200) -> list[ProjectCard]:
    """Public projects, newest first, with department, topics and PDSA cycle counts."""
    cycles = (
        select(PdsaCycle.project_id, func.count().label("n"))
        .where(PdsaCycle.deleted.is_(False))
        .group_by(PdsaCycle.project_id)
        .subquery()
    )
    rows = session.execute(
        select(Project, Department.name_en, Department.name_cy, func.coalesce(cycles.c.n, 0))
        .outerjoin(Department, Department.id == Project.department_id)
        .outerjoin(cycles, cycles.c.project_id == Project.id)
        .where(Project.deleted.is_(False), Project.is_public.is_(True))
        .order_by(Project.start_date.desc(), Project.title)
        .limit(limit)
    ).all()
    topics: dict[str, list[tuple[str, str]]] = {}
    ids = [row[0].id for row in rows]
    if ids:
        for project_id, name_en, name_cy in session.execute(
            select(ProjectTopic.project_id, Topic.name_en, Topic.name_cy)
            .join(Topic, Topic.id == ProjectTopic.topic_id)
            .where(ProjectTopic.project_id.in_(ids), ProjectTopic.deleted.is_(False))
            .order_by(Topic.sort_order)
        ):
            topics.setdefault(project_id, []).append((name_en, name_cy))
    return [
        ProjectCard(
            id=project.id,
            title=project.title,
            aim=project.aim,
            department_en=dep_en or "",
            department_cy=dep_cy or "",
            stage=project.stage.value,
            topics_en=tuple(t[0] for t in topics.get(project.id, [])),
            topics_cy=tuple(t[1] for t in topics.get(project.id, [])),
            pdsa_cycles=int(n),
            seeking_collaborators=project.seeking_collaborators,
            start_date=project.start_date,
        )
        for project, dep_en, dep_cy, n in rows
    ]


def list_stories(session: Session, *, limit: int = 50) -> list[StoryCard]:
    """Approved success stories, newest first."""
    rows = session.execute(
        select(Story, Project.title)
        .outerjoin(Project, Project.id == Story.project_id)
        .where(Story.deleted.is_(False), Story.approved.is_(True), Story.hidden.is_(False))
        .order_by(Story.created_at.desc())
        .limit(limit)
    ).all()
    return [
        StoryCard(
            s.id,
            s.title,
            s.problem,
            s.change,
            s.result,
            title,
            title_cy=s.title_cy,
            problem_cy=s.problem_cy,
            change_cy=s.change_cy,
            result_cy=s.result_cy,
        )
        for s, title in rows
    ]


def upcoming_events(session: Session, *, now: datetime, limit: int = 30) -> list[EventCard]:
    """Showings that have not ended within the next year (each occurrence of a repeating
    event on its own), soonest first."""
    found = occurrences_between(
        session, after=now - JUST_ENDED, before=now + timedelta(days=UPCOMING_DAYS), limit=limit
    )
    return [
        EventCard(
            o.event_id,
            o.kind,
            o.title_en,
            o.title_cy,
            o.starts_at,
            o.ends_at,
            o.location,
            o.description_en,
            o.description_cy,
        )
        for o in found
    ]


def find_people(session: Session, *, query: str, limit: int = 8) -> list[PersonMatch]:
    """People whose name or department contains `query`, ignoring case and accents."""
    # LIKE wildcards are dropped before the length check: "%%" must not list the whole room.
    key = fold(query).replace("%", "").replace("_", "").strip()
    if len(key) < 2:
        return []
    pattern = f"%{key}%"
    rows = session.execute(
        select(Person.id, Person.display_name, Department.name_en, Department.name_cy)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(Person.deleted.is_(False), Person.search_key.like(pattern))
        .order_by(Person.display_name)
        .limit(limit)
    ).all()
    return [
        PersonMatch(pid, first_name(name), dep_en or "", dep_cy or "")
        for pid, name, dep_en, dep_cy in rows
    ]
