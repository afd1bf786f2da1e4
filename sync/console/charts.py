"""Run and SPC charts as server-rendered SVG, from the kiosk's own chart engine (kiosk.spc).

The register charts a measure exactly as the kiosk does: the measure's stored options go
through kiosk.services.measures.chart_of, so the same rules mark the same points.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from kiosk.dto.measures import MeasureData, MeasurePoint
from kiosk.services.measures import chart_of
from kiosk.spc import Analysis

WIDTH, HEIGHT, PAD_L, PAD_R, PAD_T, PAD_B = 720, 300, 56, 16, 16, 40
# Making Data Count colours, each at least 3:1 against white (WCAG 1.4.11).
COLOURS = {
    "common_cause": "#595959",
    "special_cause_improvement": "#1f5fa8",
    "special_cause_concern": "#b35900",
    "special_cause_neutral_high": "#6b3fa0",
    "special_cause_neutral_low": "#6b3fa0",
}


def measure_data(measure: Mapping[str, Any], points: Sequence[Mapping[str, Any]]) -> MeasureData:
    """The kiosk's DTO from the register's merged records."""
    splits = tuple(int(s) for s in str(measure.get("splits") or "").split(",") if s.isdigit())
    return MeasureData(
        id=str(measure["id"]),
        project_id=str(measure.get("project_id") or ""),
        name=str(measure.get("name") or ""),
        unit=str(measure.get("unit") or ""),
        chart=str(measure.get("chart_type") or "run"),
        direction=str(measure.get("direction") or "neutral"),
        target=measure.get("target"),
        freeze=measure.get("freeze"),
        splits=splits,
        rules=str(measure.get("rules") or "anhoej"),
        multiply=float(measure.get("multiply") or 1.0),
        points=tuple(
            MeasurePoint(
                id=str(p["id"]),
                seq=number,
                period=str(p.get("period") or ""),
                value=float(p.get("value") or 0.0),
                denominator=p.get("denominator"),
                note=str(p.get("note") or ""),
                excluded=bool(p.get("excluded")),
                pdsa_number=None,
                pdsa_title="",
            )
            for number, p in enumerate(points, start=1)
        ),
    )


def analyse_measure(
    measure: Mapping[str, Any], points: Sequence[Mapping[str, Any]]
) -> Analysis | None:
    """The measure's analysis, or None when the engine refuses its data."""
    return chart_of(measure_data(measure, points)).analysis


def svg(analysis: Analysis, *, title: str) -> str:
    """The chart as an inline SVG (role img, titled); the page also gives the data as a table."""
    values = [p.value for p in analysis.points]
    lines = [v for p in analysis.points for v in (p.cl, p.lcl, p.ucl) if v is not None]
    plotted = [v for v in values if v is not None]
    low = min(plotted + lines) if plotted else 0.0
    high = max(plotted + lines) if plotted else 1.0
    if high == low:
        high, low = high + 1, low - 1
    span = high - low
    low, high = low - span * 0.05, high + span * 0.05
    count = len(values)

    def x(i: int) -> float:
        return PAD_L + (WIDTH - PAD_L - PAD_R) * (i / max(count - 1, 1))

    def y(v: float) -> float:
        return PAD_T + (HEIGHT - PAD_T - PAD_B) * (1 - (v - low) / (high - low))

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" class="chart">'
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>',
        f'<line x1="{PAD_L}" y1="{HEIGHT - PAD_B}" x2="{WIDTH - PAD_R}" y2="{HEIGHT - PAD_B}" '
        'stroke="#333"/>',
        f'<line x1="{PAD_L}" y1="{PAD_T}" x2="{PAD_L}" y2="{HEIGHT - PAD_B}" stroke="#333"/>',
    ]
    for tick in (low + (high - low) * k / 4 for k in range(5)):
        parts.append(
            f'<text x="{PAD_L - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#333">{tick:.3g}</text>'
        )

    def series(attr: str, colour: str, dash: str) -> None:
        segment: list[str] = []
        for i, point in enumerate(analysis.points):
            value = getattr(point, attr)
            if value is None:
                if len(segment) > 1:
                    parts.append(_polyline(segment, colour, dash))
                segment = []
                continue
            if i and analysis.points[i - 1].phase != point.phase and segment:
                parts.append(_polyline(segment, colour, dash))
                segment = []
            segment.append(f"{x(i):.1f},{y(value):.1f}")
        if len(segment) > 1:
            parts.append(_polyline(segment, colour, dash))

    series("cl", "#333", "")
    series("ucl", "#8a1c1c", "6 4")
    series("lcl", "#8a1c1c", "6 4")
    series("value", "#595959", "")
    for i, point in enumerate(analysis.points):
        if point.value is None:
            continue
        colour = COLOURS.get(point.point_type, "#595959")
        fill = "#fff" if point.excluded else colour
        parts.append(
            f'<circle cx="{x(i):.1f}" cy="{y(point.value):.1f}" r="4" fill="{fill}" '
            f'stroke="{colour}" stroke-width="2"/>'
        )
    labels = [p.period or str(p.index) for p in analysis.points]
    step = max(1, count // 8)
    for i in range(0, count, step):
        parts.append(
            f'<text x="{x(i):.1f}" y="{HEIGHT - PAD_B + 16}" text-anchor="middle" '
            f'font-size="11" fill="#333">{escape(labels[i][:12])}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _polyline(points: list[str], colour: str, dash: str) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" '
        f'stroke-width="1.5"{dash_attr}/>'
    )
