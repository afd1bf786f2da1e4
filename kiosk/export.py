"""CSV exports of each kind of record, one file per kind, streamed so large rooms fit."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kiosk.models import (
    Department,
    Event,
    PdsaCycle,
    Person,
    Project,
    ProjectMember,
    ProjectTopic,
    Story,
    Topic,
    Visit,
    VisitTopic,
)
from kiosk.services.events import occurrence_rows

KINDS = ("people", "visits", "projects", "stories", "events")


def _topics_of(link: Any, key: Any) -> Any:
    return (
        select(func.aggregate_strings(Topic.slug, ";"))
        .join(link, link.topic_id == Topic.id)
        .where(link.deleted.is_(False), key)
        .scalar_subquery()
    )


def _query(kind: str) -> Select[*tuple[Any, ...]]:
    if kind == "people":
        return (
            select(
                Person.id.label("person_id"),
                Person.display_name,
                Person.email,
                Department.name_en.label("department"),
                Person.role,
                Person.language,
                Person.consent_display,
                Person.consent_contact,
                Person.created_at,
                Person.updated_at,
            )
            .outerjoin(Department, Department.id == Person.department_id)
            .where(Person.deleted.is_(False))
            .order_by(Person.created_at, Person.id)
        )
    if kind == "visits":
        return (
            select(
                Visit.id.label("visit_id"),
                Visit.person_id,
                Visit.event_id,
                Visit.checked_in_at,
                Visit.checked_out_at,
                Visit.source,
                _topics_of(VisitTopic, VisitTopic.visit_id == Visit.id).label("topics"),
            )
            .where(Visit.deleted.is_(False))
            .order_by(Visit.checked_in_at, Visit.id)
        )
    if kind == "projects":
        team = (
            select(func.count())
            .where(ProjectMember.project_id == Project.id, ProjectMember.deleted.is_(False))
            .scalar_subquery()
        )
        cycles = (
            select(func.count())
            .where(PdsaCycle.project_id == Project.id, PdsaCycle.deleted.is_(False))
            .scalar_subquery()
        )
        return (
            select(
                Project.id.label("project_id"),
                Project.title,
                Project.aim,
                Department.name_en.label("department"),
                Project.stage,
                Project.start_date,
                Project.iqt_ref,
                Project.is_public,
                Project.seeking_collaborators,
                _topics_of(ProjectTopic, ProjectTopic.project_id == Project.id).label("topics"),
                team.label("team_size"),
                cycles.label("pdsa_cycles"),
            )
            .outerjoin(Department, Department.id == Project.department_id)
            .where(Project.deleted.is_(False))
            .order_by(Project.title, Project.id)
        )
    if kind == "stories":
        return (
            select(
                Story.id.label("story_id"),
                Story.project_id,
                Story.title,
                Story.problem,
                Story.change,
                Story.result,
                Story.lessons,
                Story.approved,
            )
            .where(Story.deleted.is_(False))
            .order_by(Story.created_at, Story.id)
        )
    if kind == "events":
        return (
            select(
                Event.id.label("event_id"),
                Event.kind,
                Event.title_en,
                Event.title_cy,
                Event.starts_at,
                Event.ends_at,
                Event.location,
                Event.description.label("description_en"),
                Event.description_cy,
            )
            .where(Event.deleted.is_(False))
            .order_by(Event.starts_at, Event.id)
        )
    raise ValueError(kind)


def _cell(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "value") and not isinstance(value, int | float | str):
        return value.value
    return "" if value is None else value


# A spreadsheet runs a cell as a formula when it starts with one of these, also after leading
# tabs, carriage returns or spaces that it trims (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: text that could start a formula gets a `'`."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    if isinstance(value, str) and value.lstrip(" \t\r\n")[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


EVENT_COLUMNS = [
    "event_id",
    "kind",
    "title_en",
    "title_cy",
    "starts_at",
    "ends_at",
    "location",
    "description_en",
    "description_cy",
]


def export_rows(session: Session, kind: str, *, now: datetime | None = None) -> Iterator[list[Any]]:
    """The header row, then one row per record of `kind`. Events are one row per showing:
    each occurrence of a repeating event on its own row, up to 12 months after `now`."""
    if kind == "events" and now is not None:
        yield EVENT_COLUMNS
        for o in occurrence_rows(session, now=now):
            yield [
                _cell(value)
                for value in (
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
            ]
        return
    result = session.execute(_query(kind).execution_options(yield_per=5000))
    yield list(result.keys())
    for row in result:
        yield [_cell(value) for value in row]


def export_csv(session: Session, *, kind: str, path: Path, now: datetime | None = None) -> int:
    """Write `kind` to `path` as CSV (written to a temp file, then moved); return the rows.
    Events are listed per occurrence when `now` is given (see export_rows)."""
    tmp = path.with_name(path.name + ".part")
    count = -1
    with tmp.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in export_rows(session, kind, now=now):
            writer.writerow([neutralise_cell(cell) for cell in row])
            count += 1
    tmp.replace(path)
    return count
