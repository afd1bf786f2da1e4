"""Measures: a project's measures and data points, their charts, imports, notes, PDSA markers
and phases.

Every function takes the session first and its inputs by keyword, with the clock injected as
`now`; none commits. Writes go through the ORM only, so that the store's before_flush hook
stamps each change and appends its outbox row in the same transaction. Deleted rows are
tombstones: they are never shown, and a point is never deleted, only tombstoned.

Points are numbered on a chart from 1 in `seq` order among the points not deleted; frozen
baselines, phase splits and exclusions use those numbers, as the chart engine does.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import StrEnum
from itertools import pairwise
from types import MappingProxyType
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import spc
from kiosk.datapoints import NOTE_MAX, clean_text, parse_points
from kiosk.dto.measures import (
    ImportResult,
    MeasureChart,
    MeasureData,
    MeasureForm,
    MeasureOption,
    MeasurePoint,
    PdsaCycleOption,
    ProjectMeasures,
)
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import ChartType, DataPoint, Direction, Measure, PdsaCycle, Project
from kiosk.validation import text_field

SPLITS_MAX_CHARS = 200  # the width of measure.splits


class PhasesProblem(StrEnum):
    """Why set_phases refused a baseline or splits: KioskError(PHASES_INVALID, reason=...)."""

    FREEZE_WITH_SPLITS = "freeze_with_splits"  # a frozen baseline has one phase
    FREEZE_OUT_OF_RANGE = "freeze_out_of_range"  # value, low (2), high (the number of points)
    SPLIT_OUT_OF_RANGE = "split_out_of_range"  # value, low (1), high (points - 1)
    SPLITS_NOT_INCREASING = "splits_not_increasing"  # value: a split not above the one before
    PHASE_TOO_SHORT = "phase_too_short"  # phase, value: a phase needs at least 2 points
    TOO_MANY_SPLITS = "too_many_splits"  # more than the measure can store


# --- reading ---------------------------------------------------------------------------------


def _live_project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        raise KioskError(ErrorCode.PROJECT_UNKNOWN)
    return project


def _live_measure(session: Session, measure_id: str) -> Measure:
    measure = session.get(Measure, measure_id)
    if measure is None or measure.deleted:
        raise KioskError(ErrorCode.MEASURE_UNKNOWN)
    project = session.get(Project, measure.project_id)
    if project is None or project.deleted:
        raise KioskError(ErrorCode.MEASURE_UNKNOWN)
    return measure


def _live_point(session: Session, point_id: str) -> tuple[DataPoint, Measure]:
    point = session.get(DataPoint, point_id)
    if point is None or point.deleted:
        raise KioskError(ErrorCode.POINT_UNKNOWN)
    try:
        return point, _live_measure(session, point.measure_id)
    except KioskError:
        raise KioskError(ErrorCode.POINT_UNKNOWN) from None


def parse_splits(text: str) -> tuple[int, ...]:
    """The point numbers of a stored comma list ("12,24"); anything else in it is skipped."""
    return tuple(int(part) for part in text.split(",") if part.strip().isdigit())


def _points_of(session: Session, measure_ids: Sequence[str]) -> dict[str, list[MeasurePoint]]:
    """The points not deleted of each measure, numbered from 1, with their live PDSA markers."""
    points: dict[str, list[MeasurePoint]] = defaultdict(list)
    if not measure_ids:
        return points
    rows = session.execute(
        select(
            DataPoint.measure_id,
            DataPoint.id,
            DataPoint.period,
            DataPoint.value,
            DataPoint.denominator,
            DataPoint.note,
            DataPoint.excluded,
            PdsaCycle.id.label("cycle_id"),
            PdsaCycle.number.label("cycle_number"),
            PdsaCycle.title.label("cycle_title"),
        )
        .outerjoin(
            PdsaCycle,
            (PdsaCycle.id == DataPoint.pdsa_cycle_id) & PdsaCycle.deleted.is_(False),
        )
        .where(DataPoint.measure_id.in_(measure_ids), DataPoint.deleted.is_(False))
        .order_by(DataPoint.measure_id, DataPoint.seq, DataPoint.created_at, DataPoint.id)
    )
    for row in rows:
        series = points[row.measure_id]
        series.append(
            MeasurePoint(
                id=row.id,
                seq=len(series) + 1,
                period=row.period,
                value=row.value,
                denominator=row.denominator,
                note=row.note,
                excluded=row.excluded,
                pdsa_number=row.cycle_number,
                pdsa_title=row.cycle_title or "",
                pdsa_cycle_id=row.cycle_id,
            )
        )
    return points


def _data_of(measure: Measure, points: Iterable[MeasurePoint]) -> MeasureData:
    return MeasureData(
        id=measure.id,
        project_id=measure.project_id,
        name=measure.name,
        unit=measure.unit,
        chart=measure.chart_type.value,
        direction=measure.direction.value,
        target=measure.target,
        freeze=measure.freeze,
        splits=parse_splits(measure.splits),
        rules=measure.rules,
        multiply=measure.multiply,
        points=tuple(points),
        denominator_label=measure.denominator_label,
    )


def measure_data(session: Session, *, measure_id: str) -> MeasureData:
    """One measure with its points.

    Raises:
        KioskError: MEASURE_UNKNOWN for a measure (or project) that does not exist or was
            deleted.
    """
    measure = _live_measure(session, measure_id)
    return _data_of(measure, _points_of(session, [measure.id])[measure.id])


def project_measures(session: Session, *, project_id: str) -> ProjectMeasures:
    """A project's measures (oldest first) with their points in order, and its PDSA cycles.

    Raises:
        KioskError: PROJECT_UNKNOWN for a project that does not exist or was deleted.
    """
    project = _live_project(session, project_id)
    measures = session.scalars(
        select(Measure)
        .where(
            Measure.project_id == project.id,
            Measure.deleted.is_(False),
            Measure.retired.is_(False),
        )
        .order_by(Measure.created_at, Measure.name, Measure.id)
    ).all()
    points = _points_of(session, [m.id for m in measures])
    cycles = session.execute(
        select(PdsaCycle.id, PdsaCycle.number, PdsaCycle.title)
        .where(PdsaCycle.project_id == project.id, PdsaCycle.deleted.is_(False))
        .order_by(PdsaCycle.number, PdsaCycle.id)
    )
    return ProjectMeasures(
        project_id=project.id,
        project_title=project.title,
        measures=tuple(_data_of(m, points[m.id]) for m in measures),
        cycles=tuple(PdsaCycleOption(id_, number, title) for id_, number, title in cycles),
    )


def project_title(session: Session, *, project_id: str) -> str:
    """The title of a project, for the heading of its Measures page.

    Raises:
        KioskError: PROJECT_UNKNOWN for a project that does not exist or was deleted.
    """
    return _live_project(session, project_id).title


def measures_for_facilitator(session: Session) -> list[MeasureOption]:
    """Every measure of a project not deleted, by project title and measure name."""
    rows = session.execute(
        select(Measure.id, Project.id, Project.title, Measure.name)
        .join(Project, Project.id == Measure.project_id)
        .where(Measure.deleted.is_(False), Measure.retired.is_(False), Project.deleted.is_(False))
        .order_by(Project.title, Measure.name, Measure.id)
    )
    return [MeasureOption(*row) for row in rows]


# --- charting --------------------------------------------------------------------------------


def chart_of(data: MeasureData) -> MeasureChart:
    """The measure analysed by the chart engine with its stored options (pure: no database).

    Excluded points are passed as the engine's `exclude`; the stored rules apply to run
    charts only (the engine refuses them elsewhere). Data or options the engine refuses, such
    as a measure with fewer than two points, give `error_code` and `error_params` (the
    kiosk.spc.ChartError's) instead of an analysis.
    """
    points = [
        spc.PointIn(
            value=p.value, denominator=p.denominator, period=p.period or None, note=p.note or None
        )
        for p in data.points
    ]
    try:
        analysis = spc.analyse(
            points,
            chart=cast(spc.ChartKind, data.chart),
            freeze=data.freeze,
            splits=data.splits,
            exclude=[p.seq for p in data.points if p.excluded],
            direction=cast(spc.Direction, data.direction),
            target=data.target,
            multiply=data.multiply,
            rules=cast(spc.Rules, data.rules if data.chart == "run" else "anhoej"),
        )
    except spc.ChartError as error:
        return MeasureChart(data, None, error.code.value, MappingProxyType(dict(error.params)))
    return MeasureChart(data, analysis)


# --- writing ---------------------------------------------------------------------------------


def _live_points(session: Session, measure_id: str) -> list[DataPoint]:
    return list(
        session.scalars(
            select(DataPoint)
            .where(DataPoint.measure_id == measure_id, DataPoint.deleted.is_(False))
            .order_by(DataPoint.seq, DataPoint.created_at, DataPoint.id)
        )
    )


def import_points(
    session: Session, *, measure_id: str, text: str, replace: bool, now: datetime
) -> ImportResult:
    """Add the points of a CSV file or of pasted spreadsheet rows to a measure: all or nothing.

    The text is read by kiosk.datapoints.parse_points (its docstring gives the format rule).
    Every row is checked first; if any is bad, nothing is saved and every problem is returned
    with its row and column. Otherwise the points are appended after the measure's points, or,
    with `replace`, take their place (the old points are tombstoned, and a stored baseline or
    split that no longer fits the new number of points is cleared).

    Raises:
        KioskError: MEASURE_UNKNOWN.
    """
    measure = _live_measure(session, measure_id)
    parsed = parse_points(text, chart=measure.chart_type.value)
    if parsed.problems:
        return ImportResult(saved=0, problems=parsed.problems)
    existing = _live_points(session, measure.id)
    if replace:
        for old in existing:
            old.deleted = True
        start = 1
    else:
        start = max((p.seq for p in existing), default=0) + 1
    session.add_all(
        DataPoint(
            measure_id=measure.id,
            seq=seq,
            period=point.period or "",
            value=point.value,
            denominator=point.denominator,
            note=point.note or "",
            excluded=False,
            pdsa_cycle_id=None,
            created_at=now,
        )
        for seq, point in enumerate(parsed.points, start=start)
    )
    if replace and (measure.freeze is not None or measure.splits):
        try:
            check_phases(measure.freeze, parse_splits(measure.splits), len(parsed.points))
        except KioskError:
            measure.freeze = None
            measure.splits = ""
    session.flush()
    return ImportResult(saved=len(parsed.points), problems=())


def set_point_note(
    session: Session,
    *,
    point_id: str,
    note: str,
    now: datetime,  # noqa: ARG001 - every write takes the clock; the store stamps the change
) -> MeasureData:
    """Set (or, with "", clear) a point's note: trimmed, spaces collapsed, at most 200.

    Raises:
        KioskError: POINT_UNKNOWN; FIELD_TOO_LONG or FIELD_CONTROL_CHARS with field="note".
    """
    point, measure = _live_point(session, point_id)
    cleaned = clean_text(note)
    if cleaned is None:
        raise KioskError(ErrorCode.FIELD_CONTROL_CHARS, field="note")
    if len(cleaned) > NOTE_MAX:
        raise KioskError(ErrorCode.FIELD_TOO_LONG, field="note", limit=NOTE_MAX)
    point.note = cleaned
    return measure_data(session, measure_id=measure.id)


def mark_pdsa(
    session: Session,
    *,
    point_id: str,
    pdsa_cycle_id: str | None,
    now: datetime,  # noqa: ARG001 - every write takes the clock; the store stamps the change
) -> MeasureData:
    """Mark the point where a PDSA cycle's change began (None removes the marker).

    Raises:
        KioskError: POINT_UNKNOWN; PDSA_CYCLE_UNKNOWN (no such cycle, or deleted);
            PDSA_CYCLE_OTHER_PROJECT (a cycle of another project than the measure's).
    """
    point, measure = _live_point(session, point_id)
    if pdsa_cycle_id is not None:
        cycle = session.get(PdsaCycle, pdsa_cycle_id)
        if cycle is None or cycle.deleted:
            raise KioskError(ErrorCode.PDSA_CYCLE_UNKNOWN)
        if cycle.project_id != measure.project_id:
            raise KioskError(ErrorCode.PDSA_CYCLE_OTHER_PROJECT)
    point.pdsa_cycle_id = pdsa_cycle_id
    return measure_data(session, measure_id=measure.id)


def set_point_excluded(
    session: Session,
    *,
    point_id: str,
    excluded: bool,
    now: datetime,  # noqa: ARG001 - every write takes the clock; the store stamps the change
) -> MeasureData:
    """Exclude a point from centre line, limits and runs (it is still drawn), or include it.

    Raises:
        KioskError: POINT_UNKNOWN.
    """
    point, measure = _live_point(session, point_id)
    point.excluded = excluded
    return measure_data(session, measure_id=measure.id)


def check_phases(freeze: int | None, splits: Sequence[int], points: int) -> None:
    """Check a frozen baseline or phase splits for a measure of `points` points.

    The engine's rules (kiosk.spc): freeze and splits are not combined; a baseline is points
    1..K with 2 <= K <= points (K may be the last point: later points are then judged against
    it); a split K starts a new phase after point K, 1 <= K < points. And, so that every
    phase can have a centre line: splits increase and each phase has at least 2 points.

    Raises:
        KioskError: PHASES_INVALID with `reason` (a PhasesProblem) and its parameters.
    """

    def refuse(reason: PhasesProblem, **params: int) -> KioskError:
        return KioskError(ErrorCode.PHASES_INVALID, reason=reason.value, **params)

    if freeze is not None and splits:
        raise refuse(PhasesProblem.FREEZE_WITH_SPLITS)
    if freeze is not None and not spc.MIN_POINTS <= freeze <= points:
        raise refuse(
            PhasesProblem.FREEZE_OUT_OF_RANGE, value=freeze, low=spc.MIN_POINTS, high=points
        )
    for k in splits:
        if not 1 <= k <= points - 1:
            raise refuse(PhasesProblem.SPLIT_OUT_OF_RANGE, value=k, low=1, high=points - 1)
    for before, k in pairwise(splits):
        if k <= before:
            raise refuse(PhasesProblem.SPLITS_NOT_INCREASING, value=k)
    bounds = [0, *splits, points]
    for phase, (first, end) in enumerate(pairwise(bounds), start=1):
        if end - first < spc.MIN_POINTS:
            raise refuse(PhasesProblem.PHASE_TOO_SHORT, phase=phase, value=end)
    if len(_splits_text(splits)) > SPLITS_MAX_CHARS:
        raise refuse(PhasesProblem.TOO_MANY_SPLITS)


def _splits_text(splits: Sequence[int]) -> str:
    return ",".join(str(k) for k in splits)


def set_phases(
    session: Session,
    *,
    measure_id: str,
    freeze: int | None,
    splits: Sequence[int],
    now: datetime,  # noqa: ARG001 - every write takes the clock; the store stamps the change
) -> MeasureData:
    """Freeze a baseline (points 1..freeze) or split the chart into phases, or clear both
    (freeze None, no splits). See check_phases for the rules.

    Raises:
        KioskError: MEASURE_UNKNOWN; PHASES_INVALID with a `reason`.
    """
    measure = _live_measure(session, measure_id)
    splits = list(splits)
    points = session.scalar(
        select(func.count())
        .select_from(DataPoint)
        .where(DataPoint.measure_id == measure.id, DataPoint.deleted.is_(False))
    )
    check_phases(freeze, splits, int(points or 0))
    measure.freeze = freeze
    measure.splits = _splits_text(splits)
    return measure_data(session, measure_id=measure.id)


# --- authoring (issue 16) ---------------------------------------------------------------------

MEASURE_NAME_MAX = 160
UNIT_MAX = 40
DENOMINATOR_LABEL_MAX = 120
RATIO_CHARTS = frozenset({"p", "u"})


def _check_measure(form: MeasureForm) -> tuple[str, str, str]:
    try:
        name = text_field(form.name, field="name", maximum=MEASURE_NAME_MAX, required=True)
        unit = text_field(form.unit, field="unit", maximum=UNIT_MAX, required=False)
        label = text_field(
            form.denominator_label,
            field="denominator_label",
            maximum=DENOMINATOR_LABEL_MAX,
            required=False,
        )
    except KioskError as exc:
        raise KioskError(
            ErrorCode.MEASURE_INVALID, field=exc.params["field"], reason=exc.code.value
        ) from None
    if form.chart not in {c.value for c in ChartType}:
        raise KioskError(ErrorCode.MEASURE_INVALID, field="chart", reason="unknown")
    if form.direction not in {d.value for d in Direction}:
        raise KioskError(ErrorCode.MEASURE_INVALID, field="direction", reason="unknown")
    if form.target is not None and not math.isfinite(form.target):
        raise KioskError(ErrorCode.MEASURE_INVALID, field="target", reason="not_a_number")
    if form.chart in RATIO_CHARTS and not label:
        raise KioskError(ErrorCode.MEASURE_INVALID, field="denominator_label", reason="field_empty")
    return name or "", unit or "", label or ""


def _set_measure(measure: Measure, form: MeasureForm) -> None:
    name, unit, label = _check_measure(form)
    measure.name = name
    measure.unit = unit
    measure.chart_type = ChartType(form.chart)
    measure.direction = Direction(form.direction)
    measure.target = form.target
    measure.denominator_label = label


def add_measure(
    session: Session, *, project_id: str, form: MeasureForm, now: datetime
) -> MeasureData:
    """Add a measure to a project.

    Raises:
        KioskError: PROJECT_UNKNOWN, or MEASURE_INVALID with `field` and `reason`.
    """
    project = _live_project(session, project_id)
    measure = Measure(
        project_id=project.id,
        freeze=None,
        splits="",
        rules="anhoej",
        multiply=1.0,
        retired=False,
        created_at=now,
    )
    _set_measure(measure, form)
    session.add(measure)
    session.flush()
    return _data_of(measure, [])


def edit_measure(session: Session, *, measure_id: str, form: MeasureForm) -> MeasureData:
    """Change a measure's name, unit, chart, direction, target or denominator's meaning."""
    measure = _live_measure(session, measure_id)
    _set_measure(measure, form)
    session.flush()
    return measure_data(session, measure_id=measure.id)


def retire_measure(session: Session, *, measure_id: str, retired: bool = True) -> None:
    """Retire a measure (kept with its points, charted and listed no more), or bring it back."""
    _live_measure(session, measure_id).retired = retired
    session.flush()


def add_point(
    session: Session,
    *,
    measure_id: str,
    period: date,
    value: float,
    denominator: float | None,
    now: datetime,
) -> MeasureData:
    """Add one point by touch (its date, value and, for p and u charts, its denominator)
    after the measure's points.

    Raises:
        KioskError: MEASURE_UNKNOWN, or MEASURE_INVALID (field value|denominator, reason).
    """
    measure = _live_measure(session, measure_id)
    chart = measure.chart_type.value
    if not math.isfinite(value):
        raise KioskError(ErrorCode.MEASURE_INVALID, field="value", reason="not_a_number")
    if chart in RATIO_CHARTS:
        if denominator is None or not math.isfinite(denominator) or denominator <= 0:
            raise KioskError(ErrorCode.MEASURE_INVALID, field="denominator", reason="positive")
        if value < 0 or (chart == "p" and value > denominator):
            raise KioskError(ErrorCode.MEASURE_INVALID, field="value", reason="range")
    elif denominator is not None:
        raise KioskError(ErrorCode.MEASURE_INVALID, field="denominator", reason="not_used")
    if chart == "c" and (value < 0 or value != int(value)):
        raise KioskError(ErrorCode.MEASURE_INVALID, field="value", reason="count")
    seq = max((p.seq for p in _live_points(session, measure.id)), default=0) + 1
    session.add(
        DataPoint(
            measure_id=measure.id,
            seq=seq,
            period=period.isoformat(),
            value=value,
            denominator=denominator,
            note="",
            excluded=False,
            pdsa_cycle_id=None,
            created_at=now,
        )
    )
    session.flush()
    return measure_data(session, measure_id=measure.id)
