"""Measures and their charts (issue 4): points, notes, PDSA markers, phases, imports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from kiosk.dto.measures import (
    ImportResult,
    MeasureChart,
    MeasureData,
    MeasureForm,
    MeasureOption,
    ProjectMeasures,
)
from kiosk.operations.base import Feature
from kiosk.services import measures


class MeasuresOps(Feature):
    """Measures and charts: each method one transaction; analyses run on the worker."""

    def project_title(self, project_id: str) -> str:
        """A project's title (KioskError PROJECT_UNKNOWN if there is none)."""
        with self._store.begin() as session:
            return measures.project_title(session, project_id=project_id)

    def project_measures(self, project_id: str) -> ProjectMeasures:
        """A project's measures with their points and the project's PDSA cycles."""
        with self._store.begin() as session:
            return measures.project_measures(session, project_id=project_id)

    def measure_charts(self, project_id: str) -> list[MeasureChart]:
        """Each measure of a project with its analysis, computed here on the worker."""
        with self._store.begin() as session:
            found = measures.project_measures(session, project_id=project_id)
        return [measures.chart_of(data) for data in found.measures]

    def measures_for_facilitator(self) -> list[MeasureOption]:
        """Every measure, by project title and measure name, for the facilitator's chooser."""
        with self._store.begin() as session:
            return measures.measures_for_facilitator(session)

    def import_points(self, measure_id: str, text: str, replace: bool = False) -> ImportResult:
        """Add (or with `replace`, replace) a measure's points from CSV or pasted rows: every
        row is checked first and nothing is saved if any is bad."""
        with self._store.begin() as session:
            return measures.import_points(
                session, measure_id=measure_id, text=text, replace=replace, now=self._clock()
            )

    def set_point_note(self, point_id: str, note: str) -> MeasureChart:
        """Set or clear a point's note; returns the measure's chart as it now is."""
        with self._store.begin() as session:
            data = measures.set_point_note(session, point_id=point_id, note=note, now=self._clock())
        return measures.chart_of(data)

    def mark_pdsa(self, point_id: str, pdsa_cycle_id: str | None) -> MeasureChart:
        """Mark a point with one of the project's PDSA cycles (None removes the marker)."""
        with self._store.begin() as session:
            data = measures.mark_pdsa(
                session, point_id=point_id, pdsa_cycle_id=pdsa_cycle_id, now=self._clock()
            )
        return measures.chart_of(data)

    def set_point_excluded(self, point_id: str, excluded: bool) -> MeasureChart:
        """Exclude a point from the centre line, limits and runs, or include it again."""
        with self._store.begin() as session:
            data = measures.set_point_excluded(
                session, point_id=point_id, excluded=excluded, now=self._clock()
            )
        return measures.chart_of(data)

    def set_phases(
        self, measure_id: str, freeze: int | None, splits: Sequence[int] = ()
    ) -> MeasureChart:
        """Freeze a baseline or split the chart into phases (None and () clear both)."""
        with self._store.begin() as session:
            data = measures.set_phases(
                session, measure_id=measure_id, freeze=freeze, splits=splits, now=self._clock()
            )
        return measures.chart_of(data)

    def add_measure(self, project_id: str, form: MeasureForm) -> MeasureData:
        """Add a measure to a project (KioskError PROJECT_UNKNOWN or MEASURE_INVALID)."""
        with self._store.begin() as session:
            return measures.add_measure(
                session, project_id=project_id, form=form, now=self._clock()
            )

    def edit_measure(self, measure_id: str, form: MeasureForm) -> MeasureData:
        """Change a measure's name, unit, chart, direction, target or denominator's meaning."""
        with self._store.begin() as session:
            return measures.edit_measure(session, measure_id=measure_id, form=form)

    def retire_measure(self, measure_id: str, retired: bool = True) -> None:
        """Retire a measure (kept, no longer charted or listed), or bring it back."""
        with self._store.begin() as session:
            measures.retire_measure(session, measure_id=measure_id, retired=retired)

    def add_point(
        self, measure_id: str, period: date, value: float, denominator: float | None = None
    ) -> MeasureChart:
        """Add one point by touch; returns the measure's chart as it now is."""
        with self._store.begin() as session:
            data = measures.add_point(
                session,
                measure_id=measure_id,
                period=period,
                value=value,
                denominator=denominator,
                now=self._clock(),
            )
        return measures.chart_of(data)
