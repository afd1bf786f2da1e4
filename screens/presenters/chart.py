"""From an analysis to what a chart draws: coloured points, lines per phase, markers, icons."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kiosk.spc import Analysis, reading

# Making Data Count colours (QI-RULES.md).
COLOURS = {
    "common": "#A6A6A6",
    "improvement": "#00B0F0",
    "concern": "#E46C0A",
    "neutral": "#490092",
    "target": "#DE1B1B",
}
POINT_CLASS = {
    "common_cause": "common",
    "special_cause_improvement": "improvement",
    "special_cause_concern": "concern",
    "special_cause_neutral_high": "neutral",
    "special_cause_neutral_low": "neutral",
}


@dataclass(frozen=True)
class PlotPoint:
    """One point: where, what colour class, and what touching it shows."""

    index: int
    value: float
    kind: str  # common, improvement, concern, neutral
    excluded: bool
    period: str
    note: str
    pdsa: str  # the PDSA cycle marked on this point, or ""


@dataclass(frozen=True)
class Line:
    """A centre line, limit, 2-sigma line or target, as runs of (x, y) per phase."""

    kind: str  # cl, lcl, ucl, lcl2, ucl2, target
    runs: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class ChartModel:
    """Everything a chart widget draws, in plain Python."""

    title: str
    unit: str
    chart: str
    points: tuple[PlotPoint, ...]
    lines: tuple[Line, ...]
    phase_breaks: tuple[float, ...]
    y_min: float
    y_max: float
    x_labels: tuple[tuple[int, str], ...]
    variation_icon: str
    assurance_icon: str | None
    reading_code: str
    reading_params: Mapping[str, object] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def _runs(
    points: Sequence[tuple[int, int, float | None]], *, step: bool
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """(index, phase, y) → runs per phase; a varying line becomes a step line."""
    runs: list[list[tuple[float, float]]] = []
    last_phase = None
    for index, phase, y in points:
        if y is None or math.isnan(y):
            last_phase = None
            continue
        if phase != last_phase:
            runs.append([])
            last_phase = phase
        if step:
            runs[-1].extend(((index - 0.5, y), (index + 0.5, y)))
        else:
            runs[-1].append((float(index), y))
    result = []
    for run in runs:
        if not step and len(run) == 1:
            x, y = run[0]
            run = [(x - 0.5, y), (x + 0.5, y)]
        elif not step:
            run = [(run[0][0] - 0.5, run[0][1]), *run, (run[-1][0] + 0.5, run[-1][1])]
        result.append(tuple(run))
    return tuple(result)


def _varies(values: Sequence[float | None]) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and max(present) - min(present) > 1e-12 * max(1.0, abs(max(present)))


def chart_model(
    analysis: Analysis,
    *,
    title: str,
    unit: str = "",
    target: float | None = None,
    pdsa: Mapping[int, str] | None = None,
    label_count: int = 8,
) -> ChartModel:
    """The drawing of `analysis`: points by Making Data Count colour, lines by phase."""
    pdsa = pdsa or {}
    results = list(analysis.points)
    plot = tuple(
        PlotPoint(
            p.index,
            float(p.value),
            POINT_CLASS.get(p.point_type, "common"),
            p.excluded,
            p.period or "",
            p.note or "",
            pdsa.get(p.index, ""),
        )
        for p in results
        if p.value is not None
    )
    lines: list[Line] = []
    for kind, attr in (
        ("cl", "cl"),
        ("lcl", "lcl"),
        ("ucl", "ucl"),
        ("lcl2", "lcl_2sigma"),
        ("ucl2", "ucl_2sigma"),
    ):
        values = [getattr(p, attr) for p in results]
        if all(v is None for v in values):
            continue
        step = kind != "cl" and analysis.chart in ("p", "u") and _varies(values)
        lines.append(
            Line(kind, _runs([(p.index, p.phase, getattr(p, attr)) for p in results], step=step))
        )
    goal = target if target is not None else analysis.target
    if goal is not None and results:
        lines.append(Line("target", (((0.5, goal), (len(results) + 0.5, goal)),)))
    breaks = tuple(
        results[i].index + 0.5
        for i in range(len(results) - 1)
        if results[i].phase != results[i + 1].phase
    )
    ys = [pt.value for pt in plot] + [y for line in lines for run in line.runs for _, y in run]
    low, high = (min(ys), max(ys)) if ys else (0.0, 1.0)
    pad = (high - low) * 0.08 or max(abs(high), 1.0) * 0.1
    if analysis.chart in ("p", "u", "c", "mr") and low >= 0:
        low_bound = max(0.0, low - pad)
    else:
        low_bound = low - pad
    every = max(1, math.ceil(len(results) / label_count))
    labels = tuple((p.index, p.period or str(p.index)) for p in results[::every])
    read = reading(analysis)
    return ChartModel(
        title=title,
        unit=unit,
        chart=analysis.chart,
        points=plot,
        lines=tuple(lines),
        phase_breaks=breaks,
        y_min=low_bound,
        y_max=high + pad,
        x_labels=labels,
        variation_icon=analysis.variation_icon,
        assurance_icon=analysis.assurance_icon,
        reading_code=read.code,
        reading_params=dict(read.params),
        warnings=tuple(w.code for w in analysis.warnings),
    )


def value_text(value: float, *, chart: str, unit: str = "") -> str:
    """A point's value as people read it: a p chart's proportion as a percentage ("8.2%"),
    other values to three significant figures with the measure's unit ("8.2 falls")."""
    if chart == "p":
        return f"{_figures(value * 100)}%"
    number = _figures(value)
    return f"{number} {unit}" if unit else number


def _figures(value: float) -> str:
    size = abs(value)
    places = 0 if size >= 100 else 1 if size >= 10 else 2 if size >= 1 else 3
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
