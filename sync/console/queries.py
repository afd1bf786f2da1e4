"""The console's read queries: SQL over the read models, never every record in memory.

Functions take a Session first and return plain rows (tuples or small dataclasses) that
templates and CSV exports share. `lang` picks the Welsh or English name of a department,
topic or event.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, distinct, func, or_, select
from sqlalchemy.orm import Session

from sync.console import tables as t
from sync.console.text import printable_fields
from sync.register.store import RegDevice, RegRecord

PAGE_SIZE = 50
AnySelect = TypeVar("AnySelect", bound="Select[*tuple[Any, ...]]")
STAGES = ("aim", "measures", "changes", "testing", "implementing", "spreading", "completed")


@dataclass(frozen=True)
class ProjectFilter:
    """The dashboard's filters; empty strings mean "any"."""

    department: str = ""
    topic: str = ""
    stage: str = ""
    iqt: str = ""  # "yes": linked to Improving Quality Together; "no": not; else a reference
    q: str = ""

    def active(self) -> dict[str, str]:
        """The filters set, as query parameters."""
        return {k: v for k, v in vars(self).items() if v}


@dataclass(frozen=True)
class ProjectRow:
    """A project as the dashboard lists it."""

    id: str
    title: str
    department: str
    stage: str
    iqt_ref: str
    room: str


@dataclass
class ProjectPage:
    """One page of the filtered projects, and the total count."""

    rows: list[ProjectRow]
    total: int
    page: int
    pages: int


@dataclass
class ProjectDetail:
    """Everything the project page shows (records' fields as the register merged them)."""

    project: dict[str, Any]
    department: str
    room: str
    topics: list[str]
    cycles: list[dict[str, Any]]
    measures: list[tuple[dict[str, Any], list[dict[str, Any]]]]
    stories: list[dict[str, Any]] = field(default_factory=list)


def _name(lang: str, en: Any, cy: Any) -> Any:
    return cy if lang == "cy" else en


def departments(session: Session, lang: str) -> list[tuple[str, str]]:
    """(id, name) of every department, by name."""
    name = _name(lang, t.RmDepartment.name_en, t.RmDepartment.name_cy)
    return [(i, n) for i, n in session.execute(select(t.RmDepartment.id, name).order_by(name))]


def topics(session: Session, lang: str) -> list[tuple[str, str]]:
    """(id, name) of every topic, in the room's order."""
    name = _name(lang, t.RmTopic.name_en, t.RmTopic.name_cy)
    return [
        (i, n)
        for i, n in session.execute(select(t.RmTopic.id, name).order_by(t.RmTopic.sort_order, name))
    ]


def _filtered(query: AnySelect, f: ProjectFilter) -> AnySelect:
    if f.department:
        query = query.where(t.RmProject.department_id == f.department)
    if f.stage:
        query = query.where(t.RmProject.stage == f.stage)
    if f.iqt == "yes":
        query = query.where(t.RmProject.iqt_ref.is_not(None))
    elif f.iqt == "no":
        query = query.where(t.RmProject.iqt_ref.is_(None))
    elif f.iqt:
        query = query.where(t.RmProject.iqt_ref == f.iqt)
    if f.topic:
        query = query.where(
            t.RmProject.id.in_(
                select(t.RmProjectTopic.project_id).where(t.RmProjectTopic.topic_id == f.topic)
            )
        )
    if f.q:
        pattern = "%" + f.q.lower().replace("\\", "").replace("%", "").replace("_", "") + "%"
        query = query.where(
            or_(func.lower(t.RmProject.title).like(pattern), t.RmProject.iqt_ref == f.q)
        )
    return query


def _project_rows(f: ProjectFilter, lang: str) -> Select[Any]:
    dept = _name(lang, t.RmDepartment.name_en, t.RmDepartment.name_cy)
    query = (
        select(
            t.RmProject.id,
            t.RmProject.title,
            func.coalesce(dept, ""),
            t.RmProject.stage,
            func.coalesce(t.RmProject.iqt_ref, ""),
            func.coalesce(RegDevice.name, ""),
        )
        .outerjoin(t.RmDepartment, t.RmDepartment.id == t.RmProject.department_id)
        .outerjoin(RegDevice, RegDevice.id == t.RmProject.room_id)
    )
    return _filtered(query, f).order_by(t.RmProject.title, t.RmProject.id)


def project_page(session: Session, f: ProjectFilter, *, page: int, lang: str) -> ProjectPage:
    """One page of projects matching the filters, by title."""
    total = session.scalar(_filtered(select(func.count()).select_from(t.RmProject), f)) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    rows = session.execute(_project_rows(f, lang).offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE))
    return ProjectPage([ProjectRow(*row) for row in rows], total, page, pages)


def all_project_rows(session: Session, f: ProjectFilter, lang: str) -> Iterator[Sequence[Any]]:
    """Every project matching the filters (the CSV export), streamed."""
    result = session.execute(_project_rows(f, lang), execution_options={"yield_per": 2000})
    yield from result


def stage_counts(session: Session, f: ProjectFilter) -> list[tuple[str, int]]:
    """Projects per stage, in the Model for Improvement's order."""
    query = _filtered(select(t.RmProject.stage, func.count()).select_from(t.RmProject), f).group_by(
        t.RmProject.stage
    )
    found: dict[str, int] = {str(k): int(v) for k, v in session.execute(query)}
    return [(stage, int(found.get(stage, 0))) for stage in STAGES]


def monthly_activity(session: Session, *, months: int = 12) -> list[tuple[str, int, int]]:
    """New projects and new PDSA cycles per month, the last `months` months with any."""
    projects: dict[str, int] = {
        str(k): int(v)
        for k, v in session.execute(
            select(t.RmProject.created_month, func.count()).group_by(t.RmProject.created_month)
        )
    }
    cycles: dict[str, int] = {
        str(k): int(v)
        for k, v in session.execute(
            select(t.RmPdsa.created_month, func.count()).group_by(t.RmPdsa.created_month)
        )
    }
    keys = sorted(set(projects) | set(cycles))[-months:]
    return [(k, int(projects.get(k, 0)), int(cycles.get(k, 0))) for k in keys]


def checkins_weekly(session: Session, *, since: date) -> list[tuple[date, str, int]]:
    """Check-ins per week per room since a date."""
    rows = session.execute(
        select(t.RmVisit.week, func.coalesce(RegDevice.name, ""), func.count())
        .outerjoin(RegDevice, RegDevice.id == t.RmVisit.room_id)
        .where(t.RmVisit.week >= since)
        .group_by(t.RmVisit.week, RegDevice.name)
        .order_by(t.RmVisit.week.desc(), RegDevice.name)
    )
    return [(w, r, int(n)) for w, r, n in rows]


def topic_demand(session: Session, *, since: date, lang: str) -> list[tuple[str, str, int]]:
    """What peers came for: visits per topic and room since a date, most asked first."""
    name = _name(lang, t.RmTopic.name_en, t.RmTopic.name_cy)
    rows = session.execute(
        select(name, func.coalesce(RegDevice.name, ""), func.count())
        .select_from(t.RmVisitTopic)
        .join(t.RmTopic, t.RmTopic.id == t.RmVisitTopic.topic_id)
        .outerjoin(RegDevice, RegDevice.id == t.RmVisitTopic.room_id)
        .where(t.RmVisitTopic.week >= since)
        .group_by(name, RegDevice.name)
        .order_by(func.count().desc(), name)
    )
    return [(n, r, int(c)) for n, r, c in rows]


def events(session: Session, *, lang: str, limit: int = 100) -> list[tuple[Any, ...]]:
    """Events, latest first: id, start, kind, title, room, attendance."""
    attendance = (
        select(func.count())
        .select_from(t.RmVisit)
        .where(t.RmVisit.event_id == t.RmEvent.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            t.RmEvent.id,
            t.RmEvent.starts_at,
            t.RmEvent.kind,
            _name(lang, t.RmEvent.title_en, t.RmEvent.title_cy),
            func.coalesce(RegDevice.name, ""),
            attendance,
        )
        .outerjoin(RegDevice, RegDevice.id == t.RmEvent.room_id)
        .order_by(t.RmEvent.starts_at.desc())
        .limit(limit)
    )
    return [tuple(row) for row in rows]


def group_sessions(session: Session, *, limit: int = 100) -> list[tuple[Any, ...]]:
    """Facilitated sessions, latest first: title, state, started, ended, room."""
    rows = session.execute(
        select(
            t.RmGroupSession.title,
            t.RmGroupSession.state,
            t.RmGroupSession.started_at,
            t.RmGroupSession.ended_at,
            func.coalesce(RegDevice.name, ""),
        )
        .outerjoin(RegDevice, RegDevice.id == t.RmGroupSession.room_id)
        .order_by(t.RmGroupSession.started_at.desc())
        .limit(limit)
    )
    return [tuple(row) for row in rows]


def coffee_rounds(session: Session, *, limit: int = 100) -> list[tuple[Any, ...]]:
    """Coffee rounds, latest first: held on, room, groups, people, met, did not meet."""
    groups = (
        select(func.count(distinct(t.RmCoffeePairing.group_no)))
        .where(t.RmCoffeePairing.round_id == t.RmCoffeeRound.id)
        .scalar_subquery()
    )
    people = (
        select(func.count())
        .select_from(t.RmCoffeePairing)
        .where(t.RmCoffeePairing.round_id == t.RmCoffeeRound.id)
        .scalar_subquery()
    )

    def answered(met: bool) -> Any:
        return (
            select(func.count())
            .select_from(t.RmCoffeeMet)
            .where(t.RmCoffeeMet.round_id == t.RmCoffeeRound.id, t.RmCoffeeMet.met.is_(met))
            .scalar_subquery()
        )

    rows = session.execute(
        select(
            t.RmCoffeeRound.held_on,
            func.coalesce(RegDevice.name, ""),
            groups,
            people,
            answered(True),
            answered(False),
        )
        .outerjoin(RegDevice, RegDevice.id == t.RmCoffeeRound.room_id)
        .order_by(t.RmCoffeeRound.held_on.desc())
        .limit(limit)
    )
    return [tuple(row) for row in rows]


def rooms(session: Session) -> list[tuple[str, bool, Any, bool]]:
    """Every room (device): name, revoked, last seen, and whether a second kiosk was seen
    using its token."""
    return [
        (name, revoked is not None, seen, shared is not None)
        for name, revoked, seen, shared in session.execute(
            select(
                RegDevice.name,
                RegDevice.revoked_at,
                RegDevice.last_seen_at,
                RegDevice.shared_seen_at,
            ).order_by(RegDevice.name)
        )
    ]


def record(session: Session, entity: str, entity_id: str) -> dict[str, Any] | None:
    """One live record's merged fields, with its id, or None."""
    row = session.get(RegRecord, (entity, entity_id))
    if row is None or row.deleted:
        return None
    return {"id": row.entity_id, **printable_fields(row.data)}


def records(session: Session, entity: str, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Live records by id (in no particular order)."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        for row in session.scalars(
            select(RegRecord).where(
                RegRecord.entity == entity, RegRecord.entity_id.in_(ids[start : start + 500])
            )
        ):
            if not row.deleted:
                out.append({"id": row.entity_id, **printable_fields(row.data)})
    return out


def project_detail(session: Session, project_id: str, *, lang: str) -> ProjectDetail | None:
    """A project with its topics, PDSA cycles, measures with their points, and stories."""
    project = record(session, "project", project_id)
    if project is None:
        return None
    dept = record(session, "department", str(project.get("department_id") or ""))
    room = session.scalar(
        select(RegDevice.name)
        .join(t.RmProject, t.RmProject.room_id == RegDevice.id)
        .where(t.RmProject.id == project_id)
    )
    topic_ids = list(
        session.scalars(
            select(t.RmProjectTopic.topic_id).where(t.RmProjectTopic.project_id == project_id)
        )
    )
    topic_names = sorted(
        str(_name(lang, tp.get("name_en"), tp.get("name_cy")))
        for tp in records(session, "topic", topic_ids)
    )
    cycle_ids = list(session.scalars(select(t.RmPdsa.id).where(t.RmPdsa.project_id == project_id)))
    cycles = sorted(records(session, "pdsa_cycle", cycle_ids), key=lambda c: c.get("number", 0))
    measure_ids = list(
        session.scalars(select(t.RmMeasure.id).where(t.RmMeasure.project_id == project_id))
    )
    measures = []
    for measure in sorted(records(session, "measure", measure_ids), key=lambda m: m["name"]):
        point_ids = list(
            session.scalars(
                select(t.RmDataPoint.id)
                .where(t.RmDataPoint.measure_id == measure["id"])
                .order_by(t.RmDataPoint.seq)
            )
        )
        points = sorted(records(session, "data_point", point_ids), key=lambda p: p["seq"])
        measures.append((measure, points))
    story_ids = list(
        session.scalars(select(t.RmStory.id).where(t.RmStory.project_id == project_id))
    )
    return ProjectDetail(
        project=project,
        department=str(_name(lang, dept.get("name_en"), dept.get("name_cy"))) if dept else "",
        room=room or "",
        topics=topic_names,
        cycles=cycles,
        measures=measures,
        stories=records(session, "story", story_ids),
    )


def stories(session: Session, *, month_from: str = "", month_to: str = "") -> list[tuple[Any, ...]]:
    """Stories, newest first: id, title, approved, hidden, month, project title, room."""
    query = (
        select(
            t.RmStory.id,
            t.RmStory.title,
            t.RmStory.approved,
            t.RmStory.hidden,
            t.RmStory.created_month,
            func.coalesce(t.RmProject.title, ""),
            func.coalesce(RegDevice.name, ""),
        )
        .outerjoin(t.RmProject, t.RmProject.id == t.RmStory.project_id)
        .outerjoin(RegDevice, RegDevice.id == t.RmStory.room_id)
        .order_by(t.RmStory.created_month.desc(), t.RmStory.title)
    )
    if month_from:
        query = query.where(t.RmStory.created_month >= month_from)
    if month_to:
        query = query.where(t.RmStory.created_month <= month_to)
    return [tuple(row) for row in session.execute(query)]


def pending_moderation(session: Session, entity: str, *, limit: int = 100) -> list[dict[str, Any]]:
    """Thanks notes or board posts neither approved nor hidden (few: read from the records)."""
    rows = session.scalars(
        select(RegRecord)
        .where(RegRecord.entity == entity, RegRecord.deleted.is_(False))
        .order_by(RegRecord.seq.desc())
        .limit(2000)
    )
    out = [
        {"id": r.entity_id, **r.data}
        for r in rows
        if not r.data.get("approved") and not r.data.get("hidden")
    ]
    return out[:limit]


def weeks_back(today: date, weeks: int) -> date:
    """The Monday `weeks` weeks before this week's."""
    return today - timedelta(days=today.weekday()) - timedelta(weeks=weeks)
