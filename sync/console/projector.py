"""Keeps the console's read models (`rm_*`) in step with the register's merged records.

The projector reads `reg_record` after its cursor, in pull-sequence order, exactly as a kiosk
pulls: a record changed since is seen again under its new sequence number. Each batch replaces
the read-model rows of the records it holds (a deleted record leaves none) and moves the
cursor, in one transaction that holds the cursor's row lock, so two register processes never
project the same batch twice.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session

from sync.console import tables as t
from sync.console.text import printable
from sync.register.store import RegBase, RegCounter, RegRecord

log = logging.getLogger(__name__)

BATCH = 5000
Row = dict[str, Any]


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month(data: Mapping[str, Any]) -> str:
    moment = _dt(data.get("created_at"))
    return moment.strftime("%Y-%m") if moment else "0000-00"


def _week(moment: datetime | None) -> date | None:
    if moment is None:
        return None
    day = moment.astimezone(UTC).date()
    return day - timedelta(days=day.weekday())


def _s(value: Any, limit: int) -> str:
    return printable(str(value if value is not None else ""))[:limit]


def _project(d: Mapping[str, Any], room: int | None) -> Row:
    return {
        "title": _s(d.get("title"), 200),
        "department_id": d.get("department_id"),
        "stage": _s(d.get("stage") or "aim", 20),
        "iqt_ref": (_s(d.get("iqt_ref"), 40) or None),
        "is_public": bool(d.get("is_public", True)),
        "start_date": _day(d.get("start_date")),
        "created_month": _month(d),
        "room_id": room,
    }


def _visit(d: Mapping[str, Any], room: int | None) -> Row | None:
    week = _week(_dt(d.get("checked_in_at")))
    if week is None:
        return None
    return {"room_id": room, "event_id": d.get("event_id"), "week": week}


def _event(d: Mapping[str, Any], room: int | None) -> Row | None:
    starts = _dt(d.get("starts_at"))
    if starts is None:
        return None
    return {
        "kind": _s(d.get("kind"), 20),
        "title_en": _s(d.get("title_en"), 160),
        "title_cy": _s(d.get("title_cy"), 160),
        "starts_at": starts,
        "room_id": room,
    }


def _coffee_round(d: Mapping[str, Any], room: int | None) -> Row | None:
    held = _day(d.get("held_on"))
    return None if held is None else {"held_on": held, "room_id": room}


# entity -> (read-model table, the row's columns from the record's fields and room)
Project = Callable[[Mapping[str, Any], int | None], Row | None]
PROJECTIONS: dict[str, tuple[type[RegBase], Project]] = {
    "department": (
        t.RmDepartment,
        lambda d, _r: {"name_en": _s(d.get("name_en"), 120), "name_cy": _s(d.get("name_cy"), 120)},
    ),
    "topic": (
        t.RmTopic,
        lambda d, _r: {
            "slug": _s(d.get("slug"), 40),
            "name_en": _s(d.get("name_en"), 120),
            "name_cy": _s(d.get("name_cy"), 120),
            "sort_order": int(d.get("sort_order") or 0),
        },
    ),
    "project": (t.RmProject, _project),
    "project_topic": (
        t.RmProjectTopic,
        lambda d, _r: {"project_id": d.get("project_id"), "topic_id": d.get("topic_id")},
    ),
    "pdsa_cycle": (
        t.RmPdsa,
        lambda d, _r: {
            "project_id": d.get("project_id"),
            "number": int(d.get("number") or 0),
            "created_month": _month(d),
        },
    ),
    "measure": (t.RmMeasure, lambda d, _r: {"project_id": d.get("project_id")}),
    "data_point": (
        t.RmDataPoint,
        lambda d, _r: {"measure_id": d.get("measure_id"), "seq": int(d.get("seq") or 0)},
    ),
    "story": (
        t.RmStory,
        lambda d, r: {
            "project_id": d.get("project_id"),
            "title": _s(d.get("title"), 200),
            "approved": bool(d.get("approved")),
            "hidden": bool(d.get("hidden")),
            "created_month": _month(d),
            "room_id": r,
        },
    ),
    "visit": (t.RmVisit, _visit),
    "visit_topic": (t.RmVisitTopic, lambda _d, _r: None),  # rows made by _visit_topic_rows
    "event": (t.RmEvent, _event),
    "session": (
        t.RmGroupSession,
        lambda d, r: {
            "title": _s(d.get("title"), 200),
            "state": _s(d.get("state"), 20),
            "started_at": _dt(d.get("started_at")),
            "ended_at": _dt(d.get("ended_at")),
            "room_id": r,
        },
    ),
    "coffee_round": (t.RmCoffeeRound, _coffee_round),
    "coffee_pairing": (
        t.RmCoffeePairing,
        lambda d, _r: {"round_id": d.get("round_id"), "group_no": int(d.get("group_no") or 0)},
    ),
    "coffee_met": (
        t.RmCoffeeMet,
        lambda d, _r: {"round_id": d.get("round_id"), "met": d.get("met")},
    ),
}


def _cursor(session: Session) -> t.RmCursor:
    cursor = session.scalar(select(t.RmCursor).where(t.RmCursor.id == 1).with_for_update())
    if cursor is None:
        cursor = t.RmCursor(id=1, seq=0)
        session.add(cursor)
        session.flush()
    return cursor


def pending(engine: Engine) -> bool:
    """Whether records wait to be projected (one cheap query per console request)."""
    with Session(engine) as session:
        head = session.scalar(select(RegCounter.value).where(RegCounter.id == 1)) or 0
        done = session.scalar(select(t.RmCursor.seq).where(t.RmCursor.id == 1)) or 0
        return head > done


def refresh(engine: Engine, *, batch: int = BATCH) -> int:
    """Project every record changed since the cursor; how many records were read."""
    total = 0
    while True:
        with Session(engine) as session, session.begin():
            cursor = _cursor(session)
            records = list(
                session.execute(
                    select(
                        RegRecord.entity,
                        RegRecord.entity_id,
                        RegRecord.seq,
                        RegRecord.data,
                        RegRecord.deleted,
                        RegRecord.origin_device_id,
                    )
                    .where(RegRecord.seq > cursor.seq)
                    .order_by(RegRecord.seq)
                    .limit(batch)
                )
            )
            if not records:
                return total
            _apply(session, records)
            cursor.seq = records[-1].seq
            total += len(records)
        if len(records) < batch:
            return total


def _apply(session: Session, records: list[Any]) -> None:
    ids: dict[str, list[str]] = defaultdict(list)
    rows: dict[str, list[Row]] = defaultdict(list)
    visit_topics: list[Row] = []
    for record in records:
        projection = PROJECTIONS.get(record.entity)
        if projection is None:
            continue
        ids[record.entity].append(record.entity_id)
        if record.deleted or not isinstance(record.data, dict):
            continue
        if record.entity == "visit_topic":
            visit_topics.append({"id": record.entity_id, **record.data})
            continue
        row = projection[1](record.data, record.origin_device_id)
        if row is not None:
            rows[record.entity].append({"id": record.entity_id, **row})
    # Visits first: a visit's topics, in the same batch, then find its room and week.
    for entity in sorted(ids, key=lambda name: name == "visit_topic"):
        if entity == "visit_topic" and visit_topics:
            rows[entity] = _visit_topic_rows(session, visit_topics)
        table = RegBase.metadata.tables[PROJECTIONS[entity][0].__tablename__]
        entity_ids = ids[entity]
        for start in range(0, len(entity_ids), 1000):
            chunk = entity_ids[start : start + 1000]
            session.execute(delete(table).where(table.c.id.in_(chunk)))
        if rows.get(entity):
            session.execute(insert(table), rows[entity])


def _visit_topic_rows(session: Session, links: list[Row]) -> list[Row]:
    """Topic demand rows carry their visit's room and week (the visit is usually projected
    already: a kiosk sends a visit before its topics)."""
    visit_ids = sorted({str(link.get("visit_id")) for link in links})
    found: dict[str, tuple[int | None, date]] = {}
    for start in range(0, len(visit_ids), 1000):
        for vid, room, week in session.execute(
            select(t.RmVisit.id, t.RmVisit.room_id, t.RmVisit.week).where(
                t.RmVisit.id.in_(visit_ids[start : start + 1000])
            )
        ):
            found[vid] = (room, week)
    return [
        {
            "id": link["id"],
            "topic_id": link.get("topic_id"),
            "room_id": found.get(str(link.get("visit_id")), (None, None))[0],
            "week": found.get(str(link.get("visit_id")), (None, None))[1],
        }
        for link in links
    ]


def projected_count(engine: Engine) -> int:
    """Projects in the read model (tests, benchmark)."""
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(t.RmProject)) or 0
