"""The chart engine against QI-RULES.md: its worked examples, then every rule one by one."""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

import pytest

from kiosk.spc import (
    Analysis,
    ChartError,
    ChartErrorCode,
    PointIn,
    analyse,
    crossings_min,
    longest_run_max,
    reading,
)


def pts(values: Sequence[float], periods: Sequence[str] | None = None) -> list[PointIn]:
    """Points with these values (and periods)."""
    if periods is None:
        return [PointIn(float(v)) for v in values]
    return [PointIn(float(v), period=p) for v, p in zip(values, periods, strict=True)]


def marked(analysis: Analysis, signal: str) -> list[int]:
    """The numbers of the points carrying `signal`."""
    return [p.index for p in analysis.points if signal in p.signals]


def qbinom_05(trials: int) -> int:
    """R's qbinom(0.05, trials, 0.5), from exact binomial probabilities (an independent sum)."""
    whole = 2**trials
    total = 0
    for c in range(trials + 1):
        total += math.comb(trials, c)
        if Fraction(total, whole) >= Fraction(1, 20):
            return c
    raise AssertionError("unreachable")


def qbinom_05_running(trials: int) -> int:
    """The same quantile with a running binomial coefficient, fast enough for long series."""
    whole, term, total = 2**trials, 1, 1
    c = 0
    while 20 * total < whole:
        term = term * (trials - c) // (c + 1)
        c += 1
        total += term
    return c


# The baseline the rule examples use: CL 10, MR-bar 2, so UCL 15.32, LCL 4.68,
# 2-sigma lines 13.546667 and 6.453333.
BASELINE = [9, 11] * 5


# --- Worked example 1: Anhøj limits -----------------------------------------------------------

ANHOEJ_TABLE = {
    10: (6, 2), 11: (6, 2), 12: (7, 3), 14: (7, 4), 17: (7, 5), 19: (7, 6), 22: (7, 7),
    23: (8, 7), 24: (8, 8), 27: (8, 9), 30: (8, 10), 36: (8, 13), 44: (8, 16), 45: (8, 17),
    46: (9, 17), 50: (9, 19), 60: (9, 23), 90: (9, 37), 91: (10, 37), 100: (10, 41),
}  # fmt: skip


@pytest.mark.parametrize(("useful", "limits"), ANHOEJ_TABLE.items())
def test_anhoej_limits_match_the_worked_table(useful: int, limits: tuple[int, int]) -> None:
    assert (longest_run_max(useful), crossings_min(useful)) == limits


@pytest.mark.parametrize(("useful", "limits"), ANHOEJ_TABLE.items())
def test_runs_analysis_of_a_run_chart_uses_the_table(useful: int, limits: tuple[int, int]) -> None:
    values = [(i * 7919) % 101 for i in range(useful)]  # distinct values, so none on an odd median
    if useful % 2:
        values.append(-1)  # an even count: the median lies between two values
    runs = analyse(pts(values), chart="run").phases[0].runs
    assert runs is not None
    assert runs.useful == len(values)
    if len(values) == useful:
        assert (runs.longest_run_max, runs.crossings_min) == limits


@pytest.mark.parametrize("useful", [*range(1, 300), 1001, 1002, 1500, 2047, 3001])
def test_crossings_min_is_the_exact_binomial_quantile(useful: int) -> None:
    assert crossings_min(useful) == qbinom_05(useful - 1)


def test_limits_for_long_series_are_the_exact_quantile_and_the_rounded_log() -> None:
    # 10,000 points: log2 = 13.29, and the quantile by summing exact probabilities
    assert longest_run_max(10_000) == 16
    assert crossings_min(10_000) == qbinom_05_running(9_999)
    assert qbinom_05_running(2_000) == qbinom_05(2_000)


# --- Worked example 2: XmR limits with MR screening -------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (list(range(1, 11)), (5.5, 2.84, 8.16, 3.726667, 7.273333)),
        ([1, 2, 3, 4, 5, 4, 3, 2, 1, 2], (2.7, 0.04, 5.36, 0.926667, 4.473333)),
        ([3, 1, 4, 1, 5, 9, 2], (3.571429, -6.625238, 13.768095, -3.226349, 10.369206)),
    ],
)
def test_xmr_limits_match_the_worked_examples(
    values: list[int], expected: tuple[float, ...]
) -> None:
    result = analyse(pts(values), chart="i")
    for p in result.points:
        got = (p.cl, p.lcl, p.ucl, p.lcl_2sigma, p.ucl_2sigma)
        assert got == pytest.approx(expected, abs=1e-6)
        assert p.value == values[p.index - 1]


# --- Worked example 3: screening versus no screening ------------------------------------------

SCREENING = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]


def test_mr_screening_drops_large_moving_ranges_once() -> None:
    result = analyse(pts(SCREENING), chart="i")
    first = result.points[0]
    assert (first.cl, first.ucl, first.lcl) == pytest.approx(
        (1.944444, 4.604444, -0.715556), abs=1e-6
    )
    assert result.phases[0].mr_bar == 1
    assert result.phases[0].mr_screened_out == 2  # the ranges 8 and 9
    assert marked(result, "outside_limits") == [5]


def test_without_screening_every_moving_range_counts() -> None:
    result = analyse(pts(SCREENING), chart="i", screen_mr=False)
    first = result.points[0]
    assert result.phases[0].mr_bar == pytest.approx(32 / 17)
    assert (first.ucl, first.lcl) == pytest.approx((6.951503, -3.062614), abs=1e-6)
    assert result.phases[0].mr_screened_out == 0
    assert marked(result, "outside_limits") == [5]
    assert result.points[4].point_type == "special_cause_neutral_high"


# --- Worked example 4: p chart with varying denominators --------------------------------------

P_COUNTS = [12, 8, 6, 9, 10, 12, 11, 16, 10, 6, 20, 15, 9, 8, 6, 8, 10, 7, 5, 8, 5, 8, 10, 6, 9]
P_SIZES = [100, 80, 80, 100, 110, 110, 100, 100, 90, 90, 110, 120, 120, 120, 110, 80, 80, 80,
           90, 100, 100, 100, 100, 90, 90]  # fmt: skip
P_LIMITS = {
    80: (0.0, 0.194093),
    90: (0.002565, 0.188455),
    100: (0.007335, 0.183686),
    110: (0.011438, 0.179582),
    120: (0.015017, 0.176003),
}


def p_example(**options: object) -> Analysis:
    points = [PointIn(x, n) for x, n in zip(P_COUNTS, P_SIZES, strict=True)]
    return analyse(points, chart="p", **options)  # type: ignore[arg-type]  # test options


def test_p_chart_centre_line_is_total_count_over_total_denominator() -> None:
    result = p_example()
    assert result.phases[0].cl == pytest.approx(234 / 2450)
    assert result.phases[0].cl == pytest.approx(0.09551, abs=5e-6)
    # not the mean of the proportions
    assert result.phases[0].cl != pytest.approx(
        sum(x / n for x, n in zip(P_COUNTS, P_SIZES, strict=True)) / 25
    )


def test_p_chart_limits_vary_with_the_denominator_and_are_clamped() -> None:
    result = p_example()
    for p in result.points:
        assert p.denominator is not None
        assert (p.lcl, p.ucl) == pytest.approx(P_LIMITS[int(p.denominator)], abs=1e-6)
        assert p.value == pytest.approx(p.count / p.denominator)
    n80 = next(p for p in result.points if p.denominator == 80)
    assert n80.lcl == 0.0  # 0.09551 - 0.098583 clamped


def test_p_chart_two_sigma_lines_are_two_sigma_clamped() -> None:
    pbar = 234 / 2450
    for p in p_example().points:
        assert p.denominator is not None
        sigma = math.sqrt(pbar * (1 - pbar) / p.denominator)
        assert p.ucl_2sigma == pytest.approx(pbar + 2 * sigma)
        assert p.lcl_2sigma == pytest.approx(max(0.0, pbar - 2 * sigma))


def test_p_chart_only_point_11_is_outside_and_runs_show_no_signal() -> None:
    result = p_example()
    assert [p.index for p in result.points if p.signals] == [11]
    assert result.points[10].signals == ("outside_limits",)
    runs = result.phases[0].runs
    assert runs is not None
    assert (runs.useful, runs.longest_run, runs.longest_run_max) == (25, 5, 8)
    assert (runs.crossings, runs.crossings_min, runs.signal) == (10, 8, False)


def test_p_chart_as_percentages_with_multiply() -> None:
    result = p_example(multiply=100)
    assert result.phases[0].cl == pytest.approx(9.551020, abs=1e-6)
    assert result.points[1].ucl == pytest.approx(19.4093, abs=1e-4)
    assert result.points[0].value == pytest.approx(12.0)
    assert marked(result, "outside_limits") == [11]


# --- Worked example 5: rule behaviour ---------------------------------------------------------


def test_eight_above_then_one_below_marks_all_eight_as_shift() -> None:
    values = [11, 12, 11, 12, 11, 12, 11, 12, 2]
    result = analyse(pts(values), chart="i")
    cl = result.phases[0].cl
    assert all(v > cl for v in values[:8])
    assert values[8] < cl
    assert marked(result, "shift") == [1, 2, 3, 4, 5, 6, 7, 8]


def test_equal_step_breaks_a_trend() -> None:
    assert marked(analyse(pts([1, 2, 3, 3, 4, 5, 6]), chart="i"), "trend") == []


def test_seven_rising_points_are_a_trend() -> None:
    result = analyse(pts([1, 2, 3, 4, 5, 6, 7]), chart="i")
    assert marked(result, "trend") == [1, 2, 3, 4, 5, 6, 7]
    assert [
        (e.signal, e.first, e.last, e.side) for e in result.episodes if e.signal == "trend"
    ] == [("trend", 1, 7, 1)]


def test_six_rising_points_are_no_trend() -> None:
    assert marked(analyse(pts([1, 2, 3, 4, 5, 6]), chart="i"), "trend") == []


def test_two_of_three_beyond_two_sigma_on_one_side_are_both_marked() -> None:
    result = analyse(pts([*BASELINE, 14, 11, 14]), chart="i", freeze=10)
    first = result.points[0]
    assert (first.cl, first.ucl_2sigma, first.ucl) == pytest.approx((10, 13.546667, 15.32))
    assert marked(result, "two_in_three") == [11, 13]
    assert result.points[11].signals == ()


def test_beyond_the_limit_counts_towards_two_of_three() -> None:
    result = analyse(pts([*BASELINE, 16, 11, 14]), chart="i", freeze=10)
    assert marked(result, "two_in_three") == [11, 13]
    assert result.points[10].signals == ("outside_limits", "two_in_three")


def test_two_of_three_on_alternating_sides_is_no_signal() -> None:
    result = analyse(pts([*BASELINE, 14, 6, 14]), chart="i", freeze=10)
    assert result.points[11].value == 6
    assert (result.points[11].lcl_2sigma or 0) > 6
    assert marked(result, "two_in_three") == []


def test_two_of_three_below() -> None:
    result = analyse(pts([*BASELINE, 6, 9, 6]), chart="i", freeze=10)
    assert marked(result, "two_in_three") == [11, 13]
    assert result.points[10].point_type == "special_cause_neutral_low"


# --- Shift rule details -----------------------------------------------------------------------


def test_a_point_on_the_centre_line_breaks_a_shift() -> None:
    # CL 10 from the baseline; 4 above, one on the line, 3 above: no run of 7
    result = analyse(pts([*BASELINE, 11, 12, 11, 12, 10, 11, 12, 11]), chart="i", freeze=10)
    assert marked(result, "shift") == []


def test_seven_on_one_side_is_a_shift_six_is_not_unless_asked() -> None:
    six_above = [*BASELINE[:-1], 9, 11, 12, 11, 12, 11, 12, 9]  # 10 ends below; 6 above
    assert marked(analyse(pts(six_above), chart="i", freeze=10), "shift") == []
    result = analyse(pts(six_above), chart="i", freeze=10, shift_length=6)
    assert marked(result, "shift") == [11, 12, 13, 14, 15, 16]


def test_shift_on_a_p_chart_compares_proportions_with_pbar() -> None:
    counts = [12, 9, 12, 9, 12, 9, 12, 9, 12, 12, 12, 12, 12, 12, 12, 8]  # pbar 0.11
    result = analyse([PointIn(x, 100) for x in counts], chart="p")
    assert result.phases[0].cl == pytest.approx(sum(counts) / 1600)
    assert marked(result, "shift") == [9, 10, 11, 12, 13, 14, 15]


# --- Point types, direction and precedence ----------------------------------------------------


def shift_up() -> list[PointIn]:
    """Baseline at 10, then 7 points above (a shift, none beyond 2 sigma)."""
    return pts([*BASELINE[:-1], 9, 11, 12, 11, 12, 11, 12, 11])


@pytest.mark.parametrize(
    ("direction", "point_type", "icon"),
    [
        ("up", "special_cause_improvement", "improvement_high"),
        ("down", "special_cause_concern", "concern_high"),
        ("neutral", "special_cause_neutral_high", "neutral_high"),
    ],
)
def test_direction_decides_improvement_or_concern(
    direction: str, point_type: str, icon: str
) -> None:
    result = analyse(shift_up(), chart="i", freeze=10, direction=direction)  # type: ignore[arg-type]
    assert marked(result, "shift") == list(range(11, 18))
    assert {p.point_type for p in result.points[10:]} == {point_type}
    assert all(p.point_type == "common_cause" for p in result.points[:10])
    assert result.variation_icon == icon


def test_a_falling_trend_is_improvement_when_lower_is_better() -> None:
    values = [*BASELINE, 14, 13, 12, 11, 10.5, 9.8, 9.6]  # falling 7, crossing the CL
    result = analyse(pts(values), chart="i", freeze=10, direction="down")
    assert marked(result, "trend") == list(range(11, 18))
    assert {p.point_type for p in result.points[10:]} == {"special_cause_improvement"}
    assert result.variation_icon == "improvement_low"


def test_trend_takes_precedence_over_shift() -> None:
    # 7 points above the CL (a shift, with the last baseline point: 8) falling by 0.2 each
    values = [*BASELINE, 13.4, 13.2, 13.0, 12.8, 12.6, 12.4, 12.2]
    up = analyse(pts(values), chart="i", freeze=10, direction="up")
    assert marked(up, "shift") == list(range(10, 18))
    assert marked(up, "trend") == list(range(11, 18))
    assert marked(up, "two_in_three") == []
    assert {p.point_type for p in up.points[10:]} == {"special_cause_concern"}
    assert up.points[9].point_type == "special_cause_improvement"  # shift alone: above
    neutral = analyse(pts(values), chart="i", freeze=10)
    assert {p.point_type for p in neutral.points[10:]} == {"special_cause_neutral_low"}
    assert neutral.variation_icon == "neutral_low"


def test_outside_limits_takes_precedence_over_trend() -> None:
    # a rising trend wholly below the lower limit: the limit decides, low
    values = [19, 21] * 5 + [1, 2, 3, 4, 5, 6, 7]
    result = analyse(pts(values), chart="i", freeze=10, direction="up")
    assert marked(result, "trend") == list(range(11, 18))
    assert marked(result, "outside_limits") == list(range(11, 18))
    assert {p.point_type for p in result.points[10:]} == {"special_cause_concern"}
    assert result.variation_icon == "concern_low"


def test_two_in_three_takes_precedence_over_shift_and_both_show() -> None:
    values = [*BASELINE[:-1], 9, 14, 11, 14, 11, 12, 11, 12]
    result = analyse(pts(values), chart="i", freeze=10, direction="down")
    assert marked(result, "shift") == list(range(11, 18))
    assert marked(result, "two_in_three") == [11, 13]
    assert result.points[10].signals == ("shift", "two_in_three")
    assert result.points[10].point_type == "special_cause_concern"


def test_peak_between_two_trends_is_high_even_below_the_centre_line() -> None:
    tent = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1]
    result = analyse(pts([0, 20] * 5 + tent), chart="i", freeze=10)  # CL 10, UCL 63.2
    trends = sorted((e.first, e.last, e.side) for e in result.episodes if e.signal == "trend")
    assert trends == [(11, 17, 1), (17, 23, -1)]
    assert marked(result, "shift") == list(range(11, 24))  # all below 10
    assert result.points[16].point_type == "special_cause_neutral_high"  # the peak, 7
    assert result.points[15].point_type == "special_cause_neutral_high"  # rising
    assert result.points[17].point_type == "special_cause_neutral_low"  # falling
    trough = analyse(pts([0, 20] * 5 + [8 - v for v in tent]), chart="i", freeze=10)
    assert trough.points[16].point_type == "special_cause_neutral_low"


def test_variation_icon_is_common_cause_when_the_last_point_is() -> None:
    values = [*BASELINE, 16, 10.5, 9.5]  # an early outlier, then ordinary points
    result = analyse(pts(values), chart="i", freeze=10, direction="up")
    assert marked(result, "outside_limits") == [11]
    assert result.variation_icon == "common_cause"


# --- Assurance ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "direction", "icon"),
    [
        (9.0, "up", "consistent_fail"),  # above UCL 8.16: the process cannot reach it
        (9.0, "down", "consistent_pass"),
        (2.0, "up", "consistent_pass"),  # below LCL 2.84
        (2.0, "down", "consistent_fail"),
        (5.0, "up", "inconsistent"),
        (8.16, "up", "inconsistent"),  # on the limit: not beyond it
        (5.0, "neutral", None),
    ],
)
def test_assurance_icon_from_the_target_and_the_limits(
    target: float, direction: str, icon: str | None
) -> None:
    result = analyse(pts(range(1, 11)), chart="i", target=target, direction=direction)  # type: ignore[arg-type]
    assert result.assurance_icon == icon


def test_assurance_needs_a_target_and_limits() -> None:
    assert analyse(pts(range(1, 11)), chart="i", direction="up").assurance_icon is None
    run = analyse(pts(range(1, 11)), chart="run", direction="up", target=100)
    assert run.assurance_icon is None


def test_assurance_uses_the_last_phase() -> None:
    values = [0, 20] * 6 + [10, 11] * 6  # phase 1 wide limits, phase 2 narrow
    result = analyse(pts(values), chart="i", splits=[12], direction="up", target=15)
    assert result.points[0].ucl is not None
    assert result.points[0].ucl > 15
    assert result.points[-1].ucl is not None
    assert result.points[-1].ucl < 15
    assert result.assurance_icon == "consistent_fail"


# --- u, c and mr charts ------------------------------------------------------------------------


def test_u_chart_rates_per_multiple_with_limits_by_exposure() -> None:
    counts = [3, 5, 2, 8, 4, 6]
    exposure = [1000, 1200, 800, 1500, 1000, 1100]
    result = analyse(
        [PointIn(x, n) for x, n in zip(counts, exposure, strict=True)], chart="u", multiply=1000
    )
    ubar = 28 / 6600
    assert result.phases[0].cl == pytest.approx(ubar * 1000)
    for p, x, n in zip(result.points, counts, exposure, strict=True):
        sigma = math.sqrt(ubar / n)
        assert p.value == pytest.approx(x / n * 1000)
        assert p.ucl == pytest.approx((ubar + 3 * sigma) * 1000)
        assert p.lcl == pytest.approx(max(0.0, ubar - 3 * sigma) * 1000)
        assert p.ucl_2sigma == pytest.approx((ubar + 2 * sigma) * 1000)
    assert result.points[0].lcl == 0.0  # 4.24 - 6.18 per 1000 clamped
    assert result.warnings[0].code == "trial_limits"


def test_u_chart_allows_counts_above_the_exposure() -> None:
    result = analyse([PointIn(15, 10), PointIn(12, 10), PointIn(9, 12)], chart="u")
    assert result.phases[0].cl == pytest.approx(36 / 32)


def test_c_chart_limits_from_the_mean_count() -> None:
    result = analyse(pts([2, 4, 3, 5, 1, 3, 2, 4, 12]), chart="c")
    first = result.points[0]
    cbar = 36 / 9
    assert first.cl == pytest.approx(cbar)
    assert first.ucl == pytest.approx(cbar + 3 * math.sqrt(cbar))
    assert first.lcl == 0.0  # 4 - 6 clamped
    assert first.ucl_2sigma == pytest.approx(cbar + 2 * math.sqrt(cbar))
    assert first.lcl_2sigma == pytest.approx(0.0)  # 4 - 4
    assert marked(result, "outside_limits") == [9]  # 12 > 10


def test_mr_chart_plots_moving_ranges_within_limits() -> None:
    result = analyse(pts([3, 1, 4, 1, 5, 9, 2]), chart="mr")
    assert [p.value for p in result.points] == [None, 2, 3, 3, 4, 4, 7]
    mr_bar = 23 / 6
    for p in result.points:
        assert (p.cl, p.lcl, p.ucl) == pytest.approx((mr_bar, 0.0, 3.267 * mr_bar))
        assert p.signals == ()
    assert result.phases[0].runs is None
    assert result.phases[0].mr_bar == pytest.approx(mr_bar)


def test_mr_chart_flags_ranges_above_the_screened_limit() -> None:
    result = analyse(pts(SCREENING), chart="mr")
    assert result.phases[0].cl == 1  # screened MR-bar
    assert result.points[0].ucl == pytest.approx(3.267)
    assert marked(result, "outside_limits") == [5, 6]  # ranges 8 and 9
    assert result.points[4].point_type == "special_cause_neutral_high"
    unscreened = analyse(pts(SCREENING), chart="mr", screen_mr=False, direction="up")
    assert unscreened.points[0].ucl == pytest.approx(3.267 * 32 / 17)
    assert marked(unscreened, "outside_limits") == [5, 6]
    assert unscreened.assurance_icon is None


def test_mr_chart_restarts_at_each_phase() -> None:
    result = analyse(pts([1, 3, 2, 10, 12, 11]), chart="mr", splits=[3])
    assert [p.value for p in result.points] == [None, 2, 1, None, 2, 1]


# --- Run charts --------------------------------------------------------------------------------


def test_run_chart_median_and_no_limits() -> None:
    result = analyse(pts([5, 1, 4, 2, 3]), chart="run")
    assert result.phases[0].cl == 3
    assert all(p.lcl is None and p.ucl is None and p.ucl_2sigma is None for p in result.points)
    runs = result.phases[0].runs
    assert runs is not None
    assert runs.useful == 4  # the point on the median is dropped
    assert result.warnings == ()


def test_a_median_of_two_decimals_is_compared_exactly() -> None:
    # frozen median (0.1 + 0.2) / 2 is 0.15000000000000002 in floats; 0.15 lies on it
    values = [0.1, 0.2, 0.15, 0.3, 0.05, 0.15, 0.25]
    result = analyse(pts(values), chart="run", freeze=2)
    assert result.phases[0].cl == pytest.approx(0.15)
    runs = result.phases[0].runs
    assert runs is not None
    assert runs.useful == 5


def test_a_mean_of_decimals_is_compared_with_a_tolerance() -> None:
    # fsum(0.1, 0.3, 0.2) / 3 is not 0.2 in binary floats; 0.2 still lies on the mean
    runs = analyse(pts([0.1, 0.3, 0.2]), chart="i").phases[0].runs
    assert runs is not None
    assert runs.useful == 2


def test_anhoej_long_run_and_few_crossings_signal() -> None:
    result = analyse(pts(range(1, 21)), chart="run")
    runs = result.phases[0].runs
    assert runs is not None
    assert (runs.useful, runs.longest_run, runs.longest_run_max) == (20, 10, 7)
    assert (runs.crossings, runs.crossings_min, runs.signal) == (1, 6, True)
    assert marked(result, "shift") == list(range(1, 21))  # two runs longer than 7
    assert marked(result, "trend") == []  # Anhøj rules have no trend


def test_anhoej_longest_run_equal_to_the_limit_is_no_signal() -> None:
    # median 5 (8 below, 5 on it, 4 above): 12 useful points, limits 7 and 3
    values = [1, 1, 1, 1, 1, 1, 1, 9, 1, 9, 5, 5, 5, 5, 5, 9, 9]
    result = analyse(pts(values), chart="run")
    runs = result.phases[0].runs
    assert result.phases[0].cl == 5
    assert runs is not None
    assert (runs.useful, runs.longest_run, runs.longest_run_max) == (12, 7, 7)
    assert runs.crossings == 3
    assert runs.crossings_min == 3
    assert runs.signal is False
    assert marked(result, "shift") == []


def test_anhoej_points_on_the_median_neither_add_nor_break_a_run() -> None:
    # median 5: below x3, on, below x2 ... a run of 5 useful below, not broken by the 5
    values = [1, 2, 3, 5, 4, 3, 9, 8, 9, 5, 7]
    result = analyse(pts(values), chart="run")
    assert result.phases[0].cl == 5
    runs = result.phases[0].runs
    assert runs is not None
    assert runs.useful == 9
    assert runs.longest_run == 5
    assert runs.crossings == 1


def test_few_crossings_alone_gives_a_non_random_reading() -> None:
    values = [1, 2, 1, 2, 1, 9, 8, 9, 8, 9, 1, 2, 1, 2, 1, 9, 8, 9, 8, 9] * 2  # runs of 5
    result = analyse(pts(values), chart="run")
    runs = result.phases[0].runs
    assert runs is not None
    assert runs.longest_run == 5
    assert runs.longest_run <= (runs.longest_run_max or 0)
    assert runs.crossings == 7
    assert runs.crossings_min == qbinom_05(39)
    assert runs.signal is True
    r = reading(result)
    assert r.code == "non_random_variation"
    assert r.params["few_crossings"] is True
    assert r.params["long_run"] is False


def test_ihi_shift_is_six_useful_points_skipping_the_median() -> None:
    # median 5 (13 values); below 6 useful with a median point among them
    values = [1, 2, 5, 3, 2, 1, 3, 8, 9, 7, 9, 8, 6]
    result = analyse(pts(values), chart="run", rules="ihi")
    assert result.phases[0].cl == 5
    assert marked(result, "shift") == [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    assert 3 not in marked(result, "shift")
    anhoej = analyse(pts(values), chart="run")  # 6 is within Anhøj's limit of 7
    assert marked(anhoej, "shift") == []


def test_ihi_five_useful_points_are_no_shift() -> None:
    values = [1, 2, 3, 2, 1, 9, 8, 9, 8, 1, 9]
    assert marked(analyse(pts(values), chart="run", rules="ihi"), "shift") == []


def test_ihi_trend_counts_equal_neighbours_once() -> None:
    rising = [1, 2, 2, 3, 4, 5, 3]  # 1,2,3,4,5 after collapsing the equal 2s
    result = analyse(pts(rising), chart="run", rules="ihi")
    assert marked(result, "trend") == [1, 2, 3, 4, 5, 6]
    four = [1, 2, 2, 3, 4, 3, 4]
    assert marked(analyse(pts(four), chart="run", rules="ihi"), "trend") == []


def test_ihi_trend_falling_with_direction() -> None:
    values = [9, 7, 7, 6, 5, 3, 8, 8]
    result = analyse(pts(values), chart="run", rules="ihi", direction="down")
    assert marked(result, "trend") == [1, 2, 3, 4, 5, 6]
    assert {result.points[i].point_type for i in range(6)} == {"special_cause_improvement"}


def test_ihi_rules_are_for_run_charts_only() -> None:
    with pytest.raises(ChartError) as error:
        analyse(pts(range(10)), chart="i", rules="ihi")
    assert error.value.code is ChartErrorCode.RULES_FOR_RUN_CHARTS


# --- Phases, freeze, exclusion -----------------------------------------------------------------


def test_each_phase_has_its_own_centre_line_and_limits() -> None:
    values = [1, 2, 1, 2, 1, 2, 11, 12, 11, 12, 11, 12]
    result = analyse(pts(values), chart="i", splits=[6], screen_mr=False)
    one, two = result.phases
    assert (one.first, one.last, one.cl, one.mr_bar) == (1, 6, 1.5, 1)
    assert (two.first, two.last, two.cl, two.mr_bar) == (7, 12, 11.5, 1)  # no range 2 -> 11
    assert [p.phase for p in result.points] == [1] * 6 + [2] * 6
    assert result.points[6].ucl == pytest.approx(11.5 + 2.66)
    assert result.warnings[0].params == {"phase": 1, "points": 6}
    assert result.warnings[1].params == {"phase": 2, "points": 6}


def test_rule_windows_do_not_cross_phases() -> None:
    assert marked(analyse(pts(range(1, 11)), chart="i"), "trend") == list(range(1, 11))
    assert marked(analyse(pts(range(1, 11)), chart="i", splits=[5]), "trend") == []


def test_runs_analysis_is_per_phase() -> None:
    result = analyse(pts([1, 2, 3, 4, 5, 6, 10, 9, 8, 7, 6, 5]), chart="run", splits=[6])
    medians = [ph.cl for ph in result.phases]
    assert medians == [3.5, 7.5]
    assert all(ph.runs is not None and ph.runs.useful == 6 for ph in result.phases)


def test_several_splits_in_any_order() -> None:
    result = analyse(pts(range(12)), chart="c", splits=[8, 4, 4])
    assert [(ph.first, ph.last) for ph in result.phases] == [(1, 4), (5, 8), (9, 12)]
    assert result.splits == (4, 8)


def test_freeze_extends_baseline_limits_and_rules_cover_every_point() -> None:
    values = [1, 2, 1, 2, 1, 2, 5, 6, 5, 6, 5, 6, 5]
    result = analyse(pts(values), chart="i", freeze=6)
    phase = result.phases[0]
    assert (phase.cl, phase.mr_bar, phase.baseline_last, phase.baseline_points) == (1.5, 1, 6, 6)
    assert all(p.cl == 1.5 for p in result.points)
    assert [p.baseline for p in result.points] == [True] * 6 + [False] * 7
    assert marked(result, "outside_limits") == list(range(7, 14))
    assert marked(result, "shift") == list(range(6, 14))  # point 6 (2) is above 1.5 too
    runs = phase.runs
    assert runs is not None
    assert runs.useful == 13


def test_freeze_and_split_are_not_combined() -> None:
    with pytest.raises(ChartError) as error:
        analyse(pts(range(20)), chart="i", freeze=10, splits=[12])
    assert error.value.code is ChartErrorCode.FREEZE_WITH_SPLIT


def test_excluded_points_are_drawn_flagged_but_not_counted() -> None:
    values = [1, 2, 1, 2, 1, 2, 1, 2, 30, 1, 2]
    result = analyse(pts(values), chart="i", exclude=[9])
    phase = result.phases[0]
    assert phase.cl == 1.5  # the mean of the other 10
    assert phase.mr_bar == 1  # the range 2 -> 1 skips point 9
    assert phase.included == 10
    nine = result.points[8]
    assert nine.excluded
    assert not nine.baseline
    assert nine.value == 30
    assert nine.signals == ("outside_limits",)
    runs = phase.runs
    assert runs is not None
    assert runs.useful == 10
    assert result.variation_icon == "common_cause"


def test_an_excluded_point_neither_adds_to_nor_breaks_a_shift() -> None:
    values = [*BASELINE[:-1], 9, 11, 12, 11, 2, 12, 11, 12, 11]  # the 2 is excluded
    result = analyse(pts(values), chart="i", freeze=10, exclude=[14])
    assert marked(result, "shift") == [11, 12, 13, 15, 16, 17, 18]
    assert result.points[13].signals == ("outside_limits",)  # 2 < LCL 4.68


def test_excluded_points_do_not_count_for_trial_limits() -> None:
    values = [1, 2] * 7  # 14 points
    assert analyse(pts(values), chart="i").warnings == ()
    result = analyse(pts(values), chart="i", exclude=[3, 4])
    assert [(w.code, dict(w.params)) for w in result.warnings] == [
        ("trial_limits", {"phase": 1, "points": 12})
    ]


# --- Reading -----------------------------------------------------------------------------------


def test_reading_of_a_shift_gives_count_and_since() -> None:
    periods = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 6)]
    result = analyse(pts([*BASELINE[:-1], 9, 11, 12, 11, 12, 11, 12, 11], periods), chart="i",
                     freeze=10, direction="up")  # fmt: skip
    r = reading(result)
    assert r.code == "shift_improvement"
    assert r.params["count"] == 7
    assert r.params["since"] == "2025-11"
    assert r.params["since_index"] == 11
    assert r.params["side"] == "high"
    assert r.params["line"] == "mean"


def test_reading_of_a_trend_and_of_a_point_outside() -> None:
    trend = reading(analyse(pts([*BASELINE, 14, 13, 12, 11, 10.5, 9.8, 9.6]), chart="i",
                            freeze=10, direction="down"))  # fmt: skip
    assert trend.code == "trend_improvement"
    assert (trend.params["count"], trend.params["since_index"]) == (7, 11)
    assert trend.params["side"] == "low"
    outside = reading(analyse(pts([*BASELINE, 16]), chart="i", freeze=10, direction="down"))
    assert outside.code == "outside_limits_concern"
    assert outside.params["index"] == 11
    assert outside.params["count"] == 1


def test_reading_of_common_cause_counts_earlier_signals() -> None:
    r = reading(p_example())
    assert r.code == "common_cause"
    assert r.params["earlier_signals"] == 1
    run = reading(analyse(pts([5, 1, 4, 2, 3, 6, 2, 5]), chart="run"))
    assert run.code == "random_variation"
    assert run.params["line"] == "median"


# --- Refused input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("points", "chart", "code", "params"),
    [
        ([PointIn(1)], "i", ChartErrorCode.TOO_FEW_POINTS, {"found": 1}),
        ([PointIn(1), PointIn(math.nan)], "i", ChartErrorCode.VALUE_NOT_FINITE, {"index": 2}),
        ([PointIn(1), PointIn(-1)], "c", ChartErrorCode.COUNT_NEGATIVE, {"index": 2}),
        ([PointIn(1, 5), PointIn(1)], "p", ChartErrorCode.DENOMINATOR_MISSING, {"index": 2}),
        ([PointIn(1, 0), PointIn(1, 5)], "u", ChartErrorCode.DENOMINATOR_NOT_POSITIVE, {}),
        ([PointIn(1, 5), PointIn(6, 5)], "p", ChartErrorCode.DENOMINATOR_BELOW_COUNT, {}),
        ([PointIn(1, 5), PointIn(-6, 5)], "p", ChartErrorCode.COUNT_NEGATIVE, {"index": 2}),
    ],
)
def test_bad_points_are_refused_with_their_number(
    points: list[PointIn], chart: str, code: ChartErrorCode, params: dict[str, object]
) -> None:
    with pytest.raises(ChartError) as error:
        analyse(points, chart=chart)  # type: ignore[arg-type]
    assert error.value.code is code
    assert params.items() <= error.value.params.items()


def test_negative_values_are_fine_on_i_and_run_charts() -> None:
    assert analyse(pts([-1, -2, -3]), chart="i").phases[0].cl == -2
    assert analyse(pts([-1, -2, -3]), chart="run").phases[0].cl == -2


@pytest.mark.parametrize(
    ("options", "option", "value"),
    [
        ({"splits": [0]}, "split", 0),
        ({"splits": [10]}, "split", 10),
        ({"exclude": [11]}, "exclude", 11),
        ({"freeze": 1}, "freeze", 1),
        ({"freeze": 11}, "freeze", 11),
    ],
)
def test_option_numbers_out_of_range(options: dict[str, object], option: str, value: int) -> None:
    with pytest.raises(ChartError) as error:
        analyse(pts(range(10)), chart="i", **options)  # type: ignore[arg-type]
    assert error.value.code is ChartErrorCode.OUT_OF_RANGE
    assert (error.value.params["option"], error.value.params["value"]) == (option, value)


def test_a_phase_needs_two_included_points() -> None:
    with pytest.raises(ChartError) as error:
        analyse(pts(range(10)), chart="i", splits=[1])
    assert error.value.params == {"phase": 1, "found": 1}
    with pytest.raises(ChartError) as error:
        analyse(pts(range(10)), chart="i", freeze=3, exclude=[1, 2])
    assert error.value.code is ChartErrorCode.TOO_FEW_INCLUDED


@pytest.mark.parametrize(
    "options",
    [{"multiply": 0}, {"multiply": math.inf}, {"shift_length": 5}, {"target": math.nan},
     {"direction": "sideways"}, {"chart": "xbar"}],
)  # fmt: skip
def test_bad_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ChartError) as error:
        analyse(pts(range(10)), **{"chart": "i", **options})  # type: ignore[arg-type]
    assert error.value.code is ChartErrorCode.BAD_OPTION


# --- Results as values -------------------------------------------------------------------------


def test_points_are_an_immutable_sequence_of_frozen_results() -> None:
    result = analyse(pts([3, 1, 4, 1, 5]), chart="i")
    assert len(result.points) == 5
    assert [p.index for p in result.points] == [1, 2, 3, 4, 5]
    assert result.points[-1].index == 5
    assert [p.index for p in result.points[1:3]] == [2, 3]
    assert result.points == analyse(pts([3, 1, 4, 1, 5]), chart="i").points
    assert result == analyse(pts([3, 1, 4, 1, 5]), chart="i")
    assert result.points == tuple(result.points)
    with pytest.raises(AttributeError):
        result.points[0].value = 2  # type: ignore[misc]


def test_flat_data_has_no_signal_and_no_useful_points() -> None:
    result = analyse(pts([4, 4, 4, 4]), chart="i")
    assert all(p.signals == () for p in result.points)
    assert result.points[0].ucl == result.points[0].lcl == 4
    runs = result.phases[0].runs
    assert runs is not None
    assert (runs.useful, runs.longest_run_max, runs.crossings_min, runs.signal) == (
        0,
        None,
        None,
        False,
    )
