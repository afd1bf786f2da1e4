"""Invariants of the chart engine, over many generated series (hypothesis).

Series are whole numbers so that every distance from a line that is not zero is far larger
than the engine's tolerance for binary rounding; the properties then hold exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kiosk.spc import (
    SIGNALS,
    Analysis,
    ChartError,
    ChartErrorCode,
    PointIn,
    analyse,
    crossings_min,
    longest_run_max,
    reading,
)

settings.register_profile("spc", deadline=None, max_examples=150)
settings.load_profile("spc")


def _climbs(pieces: list[tuple[int, list[int]]]) -> list[int]:
    """A series of runs going up (+1), down (-1) or level (0) by the given steps."""
    series = [0]
    for direction, steps in pieces:
        for step in steps:
            series.append(series[-1] + direction * step)
    return series


# Random values, random walks, and runs up and down (which make trends and shifts common).
values_st = st.one_of(
    st.lists(st.integers(-1000, 1000), min_size=2, max_size=60),
    st.lists(st.integers(-3, 3), min_size=2, max_size=60).map(lambda s: list(accumulate(s))),
    st.lists(st.integers(0, 4), min_size=2, max_size=60),  # many ties and points on lines
    st.lists(
        st.tuples(st.sampled_from([-1, 0, 1]), st.lists(st.integers(1, 3), min_size=1, max_size=9)),
        min_size=1,
        max_size=8,
    ).map(_climbs),
)


def pts(values: Sequence[float]) -> list[PointIn]:
    return [PointIn(float(v)) for v in values]


def marks(analysis: Analysis) -> dict[str, set[int]]:
    """For each signal, the numbers of the points marked with it."""
    return {s: {p.index for p in analysis.points if s in p.signals} for s in SIGNALS}


def lines(analysis: Analysis) -> list[tuple[float | None, ...]]:
    return [(p.cl, p.lcl, p.ucl, p.lcl_2sigma, p.ucl_2sigma) for p in analysis.points]


def mirrored(indices: set[int], n: int) -> set[int]:
    return {n + 1 - i for i in indices}


def trends(analysis: Analysis) -> set[tuple[int, int, int]]:
    return {(e.first, e.last, e.side) for e in analysis.episodes if e.signal == "trend"}


@given(values_st)
def test_reversing_a_series_swaps_rising_and_falling_trends(values: list[int]) -> None:
    n = len(values)
    forward = analyse(pts(values), chart="i")
    backward = analyse(pts(values[::-1]), chart="i")
    assert trends(backward) == {(n + 1 - last, n + 1 - first, -side) for first, last, side
                                in trends(forward)}  # fmt: skip
    # everything else is symmetric: the same lines, the same points marked, mirrored
    assert lines(backward) == lines(forward)[::-1]
    for signal, indices in marks(forward).items():
        assert marks(backward)[signal] == mirrored(indices, n)


@given(values_st)
def test_reversing_swaps_ihi_trends_on_run_charts(values: list[int]) -> None:
    n = len(values)
    forward = analyse(pts(values), chart="run", rules="ihi")
    backward = analyse(pts(values[::-1]), chart="run", rules="ihi")
    assert trends(backward) == {(n + 1 - last, n + 1 - first, -side) for first, last, side
                                in trends(forward)}  # fmt: skip
    assert marks(backward)["shift"] == mirrored(marks(forward)["shift"], n)


@given(values_st, st.integers(-10_000, 10_000), st.booleans())
def test_adding_a_constant_shifts_i_chart_lines_and_keeps_signals(
    values: list[int], constant: int, screen: bool
) -> None:
    base = analyse(pts(values), chart="i", screen_mr=screen)
    moved = analyse(pts([v + constant for v in values]), chart="i", screen_mr=screen)
    for before, after in zip(lines(base), lines(moved), strict=True):
        assert after == pytest.approx(tuple(v + constant for v in before if v is not None))  # type: ignore[operator]
    assert moved.phases[0].mr_bar == pytest.approx(base.phases[0].mr_bar)
    assert marks(moved) == marks(base)
    assert [p.point_type for p in moved.points] == [p.point_type for p in base.points]


@given(values_st, st.integers(1, 50), st.booleans())
def test_scaling_by_a_positive_constant_scales_i_chart_lines(
    values: list[int], factor: int, screen: bool
) -> None:
    base = analyse(pts(values), chart="i", screen_mr=screen)
    scaled = analyse(pts([v * factor for v in values]), chart="i", screen_mr=screen)
    for before, after in zip(lines(base), lines(scaled), strict=True):
        assert after == pytest.approx(tuple(v * factor for v in before if v is not None))  # type: ignore[operator]
    assert marks(scaled) == marks(base)


@given(values_st, st.floats(0.001, 1000))
def test_multiply_scales_values_and_lines_but_not_signals(values: list[int], factor: float) -> None:
    counts = [abs(v) for v in values]
    base = analyse(pts(counts), chart="c")
    scaled = analyse(pts(counts), chart="c", multiply=factor)
    for before, after in zip(base.points, scaled.points, strict=True):
        assert after.value == pytest.approx(before.value * factor)  # type: ignore[operator]
        assert after.ucl == pytest.approx(before.ucl * factor)  # type: ignore[operator]
        assert after.signals == before.signals
        assert after.count == before.count


@given(values_st, st.data())
def test_excluding_a_point_is_removing_it_from_centre_line_and_limits(
    values: list[int], data: st.DataObject
) -> None:
    assume(len(values) >= 3)
    k = data.draw(st.integers(1, len(values)))
    kept = values[: k - 1] + values[k:]
    with_exclusion = analyse(pts(values), chart="i", exclude=[k])
    without = analyse(pts(kept), chart="i")
    assert with_exclusion.phases[0].cl == without.phases[0].cl
    assert with_exclusion.phases[0].mr_bar == without.phases[0].mr_bar
    assert with_exclusion.phases[0].runs == without.phases[0].runs
    assert with_exclusion.points[k - 1].excluded
    assert set(with_exclusion.points[k - 1].signals) <= {"outside_limits"}
    # the included points carry the signals they carry with the point removed
    others = [p for p in with_exclusion.points if p.index != k]
    assert [p.signals for p in others] == [p.signals for p in without.points]


@given(values_st, st.data(), st.sampled_from(["run", "i", "c", "mr"]))
def test_a_phase_is_analysed_as_if_it_stood_alone(
    values: list[int], data: st.DataObject, chart: str
) -> None:
    assume(len(values) >= 4)
    counts = [abs(v) for v in values]
    k = data.draw(st.integers(2, len(counts) - 2))
    split = analyse(pts(counts), chart=chart, splits=[k])  # type: ignore[arg-type]
    for phase, segment, offset in ((1, counts[:k], 0), (2, counts[k:], k)):
        alone = analyse(pts(segment), chart=chart)  # type: ignore[arg-type]
        got = split.points[offset : offset + len(segment)]
        assert [p.phase for p in got] == [phase] * len(segment)
        assert [(p.value, p.cl, p.ucl, p.lcl, p.signals, p.point_type) for p in got] == [
            (p.value, p.cl, p.ucl, p.lcl, p.signals, p.point_type) for p in alone.points
        ]
        assert split.phases[phase - 1].runs == alone.phases[0].runs


@given(values_st, st.sampled_from(["run", "i", "c"]))
def test_freezing_at_the_last_point_changes_nothing(values: list[int], chart: str) -> None:
    counts = [abs(v) for v in values]
    plain = analyse(pts(counts), chart=chart)  # type: ignore[arg-type]
    frozen = analyse(pts(counts), chart=chart, freeze=len(counts))  # type: ignore[arg-type]
    assert frozen.points == plain.points
    assert frozen.phases == plain.phases


@given(values_st)
def test_freezing_keeps_the_baseline_lines_on_every_point(values: list[int]) -> None:
    assume(len(values) >= 3)
    k = max(2, len(values) // 2)
    frozen = analyse(pts(values), chart="i", freeze=k)
    baseline = analyse(pts(values[:k]), chart="i")
    assert set(lines(frozen)) == {lines(baseline)[0]}


@given(values_st)
def test_up_and_down_swap_improvement_and_concern(values: list[int]) -> None:
    up = analyse(pts(values), chart="i", direction="up")
    down = analyse(pts(values), chart="i", direction="down")
    neutral = analyse(pts(values), chart="i")
    swap = {
        "special_cause_improvement": "special_cause_concern",
        "special_cause_concern": "special_cause_improvement",
        "common_cause": "common_cause",
    }
    assert [swap[p.point_type] for p in up.points] == [p.point_type for p in down.points]
    high = {"special_cause_improvement": "special_cause_neutral_high",
            "special_cause_concern": "special_cause_neutral_low",
            "common_cause": "common_cause"}  # fmt: skip
    assert [high[p.point_type] for p in up.points] == [p.point_type for p in neutral.points]


@given(values_st)
def test_negating_an_i_chart_swaps_high_and_low(values: list[int]) -> None:
    plain = analyse(pts(values), chart="i")
    negated = analyse(pts([-v for v in values]), chart="i")
    flip = {
        "special_cause_neutral_high": "special_cause_neutral_low",
        "special_cause_neutral_low": "special_cause_neutral_high",
        "common_cause": "common_cause",
    }
    assert [flip[p.point_type] for p in plain.points] == [p.point_type for p in negated.points]
    assert marks(negated) == marks(plain)


@given(values_st, st.sampled_from(["run", "i", "mr", "c"]), st.sampled_from(["up", "down"]))
def test_signals_and_point_types_agree(values: list[int], chart: str, direction: str) -> None:
    result = analyse(pts([abs(v) for v in values]), chart=chart, direction=direction)  # type: ignore[arg-type]
    for p in result.points:
        assert (p.point_type == "common_cause") == (not p.signals)
        assert list(p.signals) == [s for s in SIGNALS if s in p.signals]
    last = next(p for p in reversed(result.points) if p.value is not None)
    assert (result.variation_icon == "common_cause") == (last.point_type == "common_cause")
    for e in result.episodes:
        assert all(e.signal in result.points[i - 1].signals for i in (e.first, e.last))


p_data = st.lists(
    st.integers(1, 500).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))),
    min_size=2,
    max_size=60,
)


@given(p_data)
def test_p_chart_lines_are_ordered_and_within_0_and_1(rows: list[tuple[int, int]]) -> None:
    result = analyse([PointIn(x, n) for x, n in rows], chart="p")
    assert result.phases[0].cl == pytest.approx(sum(x for x, _ in rows) / sum(n for _, n in rows))
    for p in result.points:
        assert p.lcl is not None
        assert p.ucl is not None
        assert p.lcl_2sigma is not None
        assert p.ucl_2sigma is not None
        assert p.cl is not None
        assert p.value is not None
        assert 0 <= p.lcl <= p.lcl_2sigma <= p.cl <= p.ucl_2sigma <= p.ucl <= 1
        assert 0 <= p.value <= 1


@given(p_data)
def test_wider_limits_for_smaller_denominators(rows: list[tuple[int, int]]) -> None:
    result = analyse([PointIn(x, n) for x, n in rows], chart="p")
    by_size = sorted(result.points, key=lambda p: p.denominator or 0)
    widths = [(p.ucl or 0) - (p.lcl or 0) for p in by_size]
    assert all(a >= b - 1e-12 for a, b in pairwise(widths))


@given(values_st)
def test_runs_figures_hang_together(values: list[int]) -> None:
    result = analyse(pts(values), chart="run")
    runs = result.phases[0].runs
    assert runs is not None
    median = result.phases[0].cl
    assert runs.useful == sum(1 for v in values if v != median)
    if runs.useful:
        assert 1 <= runs.longest_run <= runs.useful - runs.crossings
        assert runs.longest_run_max == longest_run_max(runs.useful)
        assert runs.crossings_min == crossings_min(runs.useful)
        assert runs.signal == (
            runs.longest_run > runs.longest_run_max or runs.crossings < runs.crossings_min
        )


def test_anhoej_limits_grow_with_the_number_of_points() -> None:
    previous = (longest_run_max(1), crossings_min(1))
    for n in range(2, 3000):
        current = (longest_run_max(n), crossings_min(n))
        assert current[0] >= previous[0]
        assert current[1] >= previous[1]
        assert current[1] <= (n - 1) / 2
        previous = current


@st.composite
def chart_requests(draw: st.DrawFn) -> tuple[list[PointIn], dict[str, object]]:
    """Any chart with any options in range: data, splits or a freeze, exclusions, direction."""
    chart = draw(st.sampled_from(["run", "i", "mr", "p", "u", "c"]))
    n = draw(st.integers(2, 40))
    sizes = draw(st.lists(st.integers(1, 200), min_size=n, max_size=n))
    counts = [draw(st.integers(0, size)) for size in sizes]
    points = [PointIn(x, d if chart in "pu" else None, period=f"w{i}") for i, (x, d) in
              enumerate(zip(counts, sizes, strict=True))]  # fmt: skip
    options: dict[str, object] = {"chart": chart}
    if draw(st.booleans()):
        options["freeze"] = draw(st.integers(2, n))
    elif n > 1:
        options["splits"] = draw(st.lists(st.integers(1, n - 1), max_size=3))
    options["exclude"] = draw(st.lists(st.integers(1, n), max_size=4))
    options["direction"] = draw(st.sampled_from(["up", "down", "neutral"]))
    options["target"] = draw(st.none() | st.floats(-10, 300))
    options["multiply"] = draw(st.sampled_from([1.0, 100.0, 1000.0]))
    options["screen_mr"] = draw(st.booleans())
    options["shift_length"] = draw(st.sampled_from([6, 7]))
    if chart == "run":
        options["rules"] = draw(st.sampled_from(["anhoej", "ihi"]))
    return points, options


@given(chart_requests())
def test_any_request_in_range_is_analysed_or_refused_with_a_code(
    request: tuple[list[PointIn], dict[str, object]],
) -> None:
    points, options = request
    try:
        result = analyse(points, **options)  # type: ignore[arg-type]
    except ChartError as error:
        refused = error.code
    else:
        refused = None
    # the only refusal for options in range: a phase left with too few points to compute from
    assert refused in (None, ChartErrorCode.TOO_FEW_INCLUDED)
    if refused is not None:
        return
    assert len(result.points) == len(points)
    assert [p.index for p in result.points] == list(range(1, len(points) + 1))
    assert result.points.column("point_type") == tuple(p.point_type for p in result.points)
    reading_ = reading(result)
    assert reading_.code
    for phase in result.phases:
        assert (phase.runs is None) == (result.chart == "mr")
        first = result.points[phase.first - 1]
        assert first.phase == phase.phase
        assert phase.cl == first.cl
