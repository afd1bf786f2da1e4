"""Measures and run or control charts: points, analyses, PDSA markers, CSV imports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine's types only: DTOs stay importable without it
    from kiosk.spc import Analysis


@dataclass(frozen=True)
class MeasurePoint:
    """One data point of a measure, as charted.

    `seq` is the point's number on the chart (1 = the first point not deleted), the number
    `freeze`, `splits` and the engine's results use. `period` and `note` are "" when empty;
    `pdsa_number` and `pdsa_title` name the PDSA cycle marked on the point, if any.
    """

    id: str
    seq: int
    period: str
    value: float
    denominator: float | None
    note: str
    excluded: bool
    pdsa_number: int | None
    pdsa_title: str
    pdsa_cycle_id: str | None = None


@dataclass(frozen=True)
class MeasureData:
    """A measure with its chart options and its points in order.

    `chart`, `direction` and `rules` are the engine's words (kiosk.spc): chart run, i, p, u
    or c; direction up, down or neutral; rules anhoej or ihi (run charts only). `freeze` and
    `splits` are point numbers (see MeasurePoint.seq); `target` is in plotted units.
    """

    id: str
    project_id: str
    name: str
    unit: str
    chart: str
    direction: str
    target: float | None
    freeze: int | None
    splits: tuple[int, ...]
    rules: str
    multiply: float
    points: tuple[MeasurePoint, ...]
    denominator_label: str = ""  # what the denominator counts (p and u charts)


@dataclass(frozen=True)
class PdsaCycleOption:
    """A PDSA cycle of the project, offered as a marker for a data point."""

    id: str
    number: int
    title: str


@dataclass(frozen=True)
class ProjectMeasures:
    """A project's measures, for its Measures page; `cycles` are its PDSA cycles by number."""

    project_id: str
    project_title: str
    measures: tuple[MeasureData, ...]
    cycles: tuple[PdsaCycleOption, ...] = ()


@dataclass(frozen=True)
class MeasureChart:
    """A measure and its analysis (a kiosk.spc.Analysis), or why it cannot be charted.

    When the engine refuses the data or options (a measure with fewer than two points, a
    phase without two included points ...), `analysis` is None and `error_code` is the
    kiosk.spc.ChartErrorCode value with its parameters (`index` and `field` for a point).
    """

    data: MeasureData
    analysis: Analysis | None
    error_code: str | None = None
    error_params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class MeasureOption:
    """A measure in the facilitator's chooser."""

    measure_id: str
    project_id: str
    project_title: str
    measure_name: str


@dataclass(frozen=True)
class RowProblem:
    """A row an import refused: `row` as the user sees it (1 = the first data row; 0 = the
    header or the text as a whole), the column (value, denominator, period, note; "" for the
    whole row) and a code from kiosk.datapoints.PointProblem."""

    row: int
    column: str
    code: str


@dataclass(frozen=True)
class ImportResult:
    """What an import saved: every row, or nothing and every problem found."""

    saved: int
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True)
class MeasureForm:
    """The authoring form of a measure: chart run, i, p, u or c; improvement direction up,
    down or neutral; `denominator_label` says what the denominator counts (p and u charts)."""

    name: str
    unit: str = ""
    chart: str = "run"
    direction: str = "neutral"
    target: float | None = None
    denominator_label: str = ""
