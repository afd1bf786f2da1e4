"""Visits and topic choices since a moment, from the hourly visit tally where one is kept.

The tally (``VisitTally``, kept by SQLite triggers) holds whole UTC hours; the visits between
``since`` and the next whole hour are read from the visits themselves, through the index on
``checked_in_at``. Both count what the direct queries count: visits not deleted, and topic
choices not deleted on visits not deleted, with no upper bound in time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kiosk.models import Visit, VisitTally, VisitTopic

VISITS = ""  # the tally's topic_id for the visits themselves


def _kept(session: Session) -> bool:
    """Whether this database keeps the tally (its triggers are SQLite's)."""
    return session.get_bind().dialect.name == "sqlite"


def _next_hour(moment: datetime) -> datetime:
    """``moment`` itself when it is a whole UTC hour, else the next whole hour."""
    moment = moment.astimezone(UTC)
    floor = moment.replace(minute=0, second=0, microsecond=0)
    return floor if floor == moment else floor + timedelta(hours=1)


def _window(since: datetime, until: datetime | None) -> list[ColumnElement[bool]]:
    window = [Visit.checked_in_at >= since, Visit.deleted.is_(False)]
    if until is not None:
        window.append(Visit.checked_in_at < until)
    return window


def visits_since(session: Session, *, since: datetime) -> int:
    """Visits (not deleted) checked in at or after ``since``."""
    edge = _next_hour(since) if _kept(session) else None
    direct = session.scalar(select(func.count()).select_from(Visit).where(*_window(since, edge)))
    if edge is None:
        return int(direct or 0)
    tallied = session.scalar(
        select(func.sum(VisitTally.visits)).where(
            VisitTally.hour >= edge, VisitTally.topic_id == VISITS
        )
    )
    return int(direct or 0) + int(tallied or 0)


def topic_choices_since(session: Session, *, since: datetime) -> dict[str, int]:
    """How often each topic was chosen on visits at or after ``since`` (those chosen only)."""
    edge = _next_hour(since) if _kept(session) else None
    counts: dict[str, int] = {}
    direct = session.execute(
        select(VisitTopic.topic_id, func.count())
        .join(Visit, Visit.id == VisitTopic.visit_id)
        .where(*_window(since, edge), VisitTopic.deleted.is_(False))
        .group_by(VisitTopic.topic_id)
    ).all()
    tallied = (
        session.execute(
            select(VisitTally.topic_id, func.sum(VisitTally.visits))
            .where(VisitTally.hour >= edge, VisitTally.topic_id != VISITS)
            .group_by(VisitTally.topic_id)
        ).all()
        if edge is not None
        else []
    )
    for rows in (direct, tallied):
        for topic_id, count in rows:
            counts[topic_id] = counts.get(topic_id, 0) + int(count or 0)
    return {topic_id: count for topic_id, count in counts.items() if count > 0}
