"""The QI chart engine: run, XmR and attribute charts with the NHS rules of QI-RULES.md.

Pure Python (no Qt, no database). `analyse` takes the data points and the chart options and
returns an `Analysis`: per-point values, centre line, limits, signals and point types, per-phase
runs analysis, the Making Data Count variation and assurance icons and warnings as codes.
`reading` turns an analysis into one plain-language reading, again as a code with parameters;
screens and the command line put it into words.

Numbers are binary floats. Where the rules compare a value with a line (centre line, limits,
2-sigma lines, the previous point), values closer than a relative tolerance of 1e-12 of the
phase's scale count as equal, so that, for example, a point of 0.15 lies on a frozen median of
0.1 and 0.2 and a point equal to a limit is not outside it.

Conventions where QI-RULES.md leaves room:
- The rules run over each phase's included points in order; an excluded point is passed
  over (it neither adds to nor breaks a shift, trend or 2-of-3 window) and can only be
  flagged outside the limits. Moving ranges join consecutive included points.
- The mr chart uses the same (screened) MR-bar as the i chart; only `outside_limits` applies
  to it, its point types are neutral and it has no assurance icon.
- 2-sigma lines are CL +/- 2 sigma clamped like the limits (on p, u and c charts the same as
  CL +/- 2/3 of the unclamped distance to the limit).
- Run charts: with Anhøj rules the points of a run longer than `longest_run_max` are marked
  `shift`; the phase's runs analysis is always Anhøj's, whatever the rules.
- A point that ends one trend and starts the next takes the first trend's side: a peak is
  high, a trough low.
- The variation icon comes from the last included point; the assurance icon from the limits
  at the last point (p and u limits vary by point). `trial_limits` counts the included points
  the limits come from (the baseline when frozen).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from enum import Enum
from functools import lru_cache
from itertools import compress, repeat
from operator import add, attrgetter, lt, mul, sub, truediv
from typing import Any, Literal, overload

ChartKind = Literal["run", "i", "mr", "p", "u", "c"]
Direction = Literal["up", "down", "neutral"]
Rules = Literal["anhoej", "ihi"]
SignalName = Literal["outside_limits", "shift", "trend", "two_in_three"]
PointType = Literal[
    "common_cause",
    "special_cause_improvement",
    "special_cause_concern",
    "special_cause_neutral_high",
    "special_cause_neutral_low",
]
VariationIcon = Literal[
    "common_cause",
    "improvement_high",
    "improvement_low",
    "concern_high",
    "concern_low",
    "neutral_high",
    "neutral_low",
]
AssuranceIcon = Literal["consistent_pass", "consistent_fail", "inconsistent"]

CHART_KINDS: tuple[ChartKind, ...] = ("run", "i", "mr", "p", "u", "c")
DIRECTIONS: tuple[Direction, ...] = ("up", "down", "neutral")
RULES: tuple[Rules, ...] = ("anhoej", "ihi")
#: Signal names in the order a point lists them.
SIGNALS: tuple[SignalName, ...] = ("outside_limits", "shift", "trend", "two_in_three")
#: The order in which a point's signals decide its point type.
PRECEDENCE: tuple[SignalName, ...] = ("outside_limits", "trend", "two_in_three", "shift")
#: Charts with control limits (Shewhart charts and the moving-range chart).
LIMIT_CHARTS: frozenset[str] = frozenset({"i", "mr", "p", "u", "c"})
#: Charts the Making Data Count shift, trend and 2-of-3 rules apply to.
SHEWHART_CHARTS: frozenset[str] = frozenset({"i", "p", "u", "c"})

XMR_LIMIT_FACTOR = 2.66  # 3 / d2, d2 = 1.128
MR_UCL_FACTOR = 3.267  # D4 for n = 2
MDC_TREND_LENGTH = 7
IHI_SHIFT_LENGTH = 6
IHI_TREND_LENGTH = 5
TRIAL_LIMITS_BELOW = 13
MIN_POINTS = 2
REL_TOL = 1e-12

_OUT, _SHIFT, _TREND, _TWO = 1, 2, 4, 8
_BIT: dict[SignalName, int] = {
    "outside_limits": _OUT,
    "shift": _SHIFT,
    "trend": _TREND,
    "two_in_three": _TWO,
}
_SIGNAL_TUPLES: tuple[tuple[SignalName, ...], ...] = tuple(
    tuple(name for name in SIGNALS if mask & _BIT[name]) for mask in range(16)
)


class ChartErrorCode(Enum):
    """Why data or options cannot be analysed. Screens and the command line word them."""

    TOO_FEW_POINTS = "too_few_points"  # found
    VALUE_NOT_FINITE = "value_not_finite"  # index, field
    COUNT_NEGATIVE = "count_negative"  # index, field
    DENOMINATOR_MISSING = "denominator_missing"  # index, field
    DENOMINATOR_NOT_POSITIVE = "denominator_not_positive"  # index, field
    DENOMINATOR_BELOW_COUNT = "denominator_below_count"  # index, field
    OUT_OF_RANGE = "out_of_range"  # option, value, low, high
    FREEZE_WITH_SPLIT = "freeze_with_split"
    TOO_FEW_INCLUDED = "too_few_included"  # phase, found
    BAD_OPTION = "bad_option"  # option, value
    RULES_FOR_RUN_CHARTS = "rules_for_run_charts"  # chart


class ChartError(ValueError):
    """Data or options the engine refuses, as a code with the parameters a message needs.

    Row errors carry `index` (the point, from 1) and `field` ("value" or "denominator").
    """

    def __init__(self, code: ChartErrorCode, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.describe())

    def describe(self) -> str:
        """A one-line description for logs."""
        detail = ", ".join(f"{key}={value}" for key, value in sorted(self.params.items()))
        return f"{self.code.value}: {detail}" if detail else self.code.value


@dataclass(frozen=True, slots=True)
class PointIn:
    """One data point: the value (the count for p, u and c charts) and its denominator."""

    value: float
    denominator: float | None = None
    period: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PointResult:
    """One point as charted. Limits are None on run charts; `value` is None for the first
    point of each phase on an mr chart (no moving range)."""

    index: int
    period: str | None
    value: float | None  # plotted: the proportion on p charts, the rate (x M) on u charts
    cl: float | None
    lcl: float | None
    ucl: float | None
    lcl_2sigma: float | None
    ucl_2sigma: float | None
    phase: int
    excluded: bool
    baseline: bool  # counted in the centre line and limits
    signals: tuple[SignalName, ...]
    point_type: PointType
    count: float  # the value as given (the count on p, u and c charts)
    denominator: float | None
    note: str | None


@dataclass(frozen=True, slots=True)
class RunsResult:
    """Anhøj runs analysis of one phase. The limits are None when no point is useful."""

    useful: int
    longest_run: int
    longest_run_max: int | None
    crossings: int
    crossings_min: int | None
    signal: bool


@dataclass(frozen=True, slots=True)
class PhaseResult:
    """One phase: its points, centre line and runs analysis (None on mr charts)."""

    phase: int
    first: int
    last: int
    cl: float
    runs: RunsResult | None
    included: int  # points not excluded
    baseline_first: int  # the points the centre line and limits come from
    baseline_last: int
    baseline_points: int  # included points among them
    mr_bar: float | None  # i and mr charts: the (screened) mean moving range, scaled
    mr_screened_out: int  # moving ranges dropped by MR screening


@dataclass(frozen=True, slots=True)
class SignalEpisode:
    """One group of points marked by a rule: a shift run, a trend, a 2-of-3 window, or one
    point outside the limits. `side` is +1 above the centre line (or an increasing trend),
    -1 below (or decreasing); `count` is the number of points marked."""

    signal: SignalName
    phase: int
    first: int
    last: int
    count: int
    side: int


@dataclass(frozen=True, slots=True)
class ChartWarning:
    """A warning as a code and parameters, e.g. code "trial_limits" with phase and points."""

    code: str
    params: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Reading:
    """The plain-language reading of a chart as a code and parameters (see `reading`)."""

    code: str
    params: Mapping[str, str | int | float | bool | None]


class PointResults(Sequence[PointResult]):
    """The per-point results of an analysis, an immutable sequence of `PointResult`.

    The engine keeps its results as columns and builds each `PointResult` when it is first
    read, so that analysing a long series does not pay for objects nobody looks at.
    """

    __slots__ = ("_built", "_columns")

    def __init__(self, columns: tuple[tuple[Any, ...], ...]) -> None:
        self._columns = columns
        self._built: list[PointResult | None] = [None] * len(columns[0])

    def __len__(self) -> int:
        return len(self._built)

    @overload
    def __getitem__(self, position: int) -> PointResult: ...

    @overload
    def __getitem__(self, position: slice) -> tuple[PointResult, ...]: ...

    def __getitem__(self, position: int | slice) -> PointResult | tuple[PointResult, ...]:
        if isinstance(position, slice):
            return tuple(self[i] for i in range(*position.indices(len(self))))
        point = self._built[position]
        if point is None:
            point = PointResult(*(column[position] for column in self._columns))
            self._built[position] = point
        return point

    def __iter__(self) -> Iterator[PointResult]:
        for position in range(len(self)):
            yield self[position]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PointResults):
            return self._columns == other._columns
        if isinstance(other, Sequence):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal by value, like the tuple it stands for

    def __repr__(self) -> str:
        return f"PointResults({len(self)} points)"

    def column(self, name: str) -> tuple[Any, ...]:
        """One field of every point (e.g. "value", "ucl" or "point_type") without building
        the points: for drawing long series."""
        return self._columns[_POINT_FIELDS.index(name)]


_POINT_FIELDS = tuple(f.name for f in fields(PointResult))


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything a chart shows. Values, centre lines and limits are in plotted units
    (multiplied by `multiply`)."""

    chart: ChartKind
    direction: Direction
    rules: Rules
    target: float | None
    multiply: float
    freeze: int | None
    splits: tuple[int, ...]
    exclude: tuple[int, ...]
    screen_mr: bool
    shift_length: int
    points: PointResults
    phases: tuple[PhaseResult, ...]
    episodes: tuple[SignalEpisode, ...]
    variation_icon: VariationIcon
    assurance_icon: AssuranceIcon | None
    warnings: tuple[ChartWarning, ...]


def longest_run_max(useful: int) -> int:
    """Anhøj's limit for the longest run: round(log2(useful)) + 3, halves rounded up.

    (log2 of a whole number is never exactly a half, so the rounding rule only matters in
    principle; Python's round() would round halves to even.)
    """
    if useful < 1:
        raise ValueError("useful must be at least 1")
    return math.floor(math.log2(useful) + 0.5) + 3


def crossings_min(useful: int) -> int:
    """Anhøj's limit for crossings: R's qbinom(0.05, useful - 1, 0.5), computed exactly."""
    if useful < 1:
        raise ValueError("useful must be at least 1")
    return _qbinom_05(useful - 1)


@lru_cache(maxsize=512)
def _qbinom_05(trials: int) -> int:
    """The smallest c with P(X <= c) >= 0.05 for X ~ Binomial(trials, 1/2)."""
    if trials <= 1000:
        return _qbinom_05_exact(trials)
    # Long series: find c in floating point from the normal approximation, and fall back to
    # whole-number arithmetic when a probability lies anywhere near 0.05.
    guess = max(0, int(trials / 2 - 1.6448536269514722 * math.sqrt(trials) / 2))
    while _binom_half_cdf(trials, guess) < 0.05:
        guess += 1
    while guess > 0 and _binom_half_cdf(trials, guess - 1) >= 0.05:
        guess -= 1
    near = abs(_binom_half_cdf(trials, guess) - 0.05) < 1e-9 or (
        guess > 0 and abs(_binom_half_cdf(trials, guess - 1) - 0.05) < 1e-9
    )
    return _qbinom_05_exact(trials) if near else guess


def _qbinom_05_exact(trials: int) -> int:
    # P(X <= c) >= 1/20  <=>  20 * sum(C(trials, k) for k <= c) >= 2 ** trials
    whole = 1 << trials
    term = 1
    cumulative = 1
    c = 0
    while 20 * cumulative < whole:
        term = term * (trials - c) // (c + 1)
        c += 1
        cumulative += term
    return c


def _binom_half_cdf(trials: int, c: int) -> float:
    """P(X <= c) for X ~ Binomial(trials, 1/2), summed downwards from c in floats."""
    if c >= trials:
        return 1.0
    term = math.exp(
        math.lgamma(trials + 1)
        - math.lgamma(c + 1)
        - math.lgamma(trials - c + 1)
        - trials * math.log(2.0)
    )
    total = term
    k = c
    while k > 0 and term > total * 1e-18:
        term *= k / (trials - k + 1)
        total += term
        k -= 1
    return total


def analyse(
    points: Sequence[PointIn],
    *,
    chart: ChartKind,
    freeze: int | None = None,
    splits: Sequence[int] = (),
    exclude: Sequence[int] = (),
    direction: Direction = "neutral",
    target: float | None = None,
    multiply: float = 1.0,
    screen_mr: bool = True,
    rules: Rules = "anhoej",
    shift_length: int = 7,
) -> Analysis:
    """Analyse a series as one chart, by the rules of QI-RULES.md.

    Args:
        points: the data in order; point numbers (`index`) count from 1.
        chart: run, i (XmR individuals), mr (moving ranges), p, u or c.
        freeze: compute the centre line and limits from points 1..freeze only.
        splits: start a new phase after each of these points (not with `freeze`).
        exclude: points drawn but left out of centre lines, limits and runs analysis.
        direction: "up" if higher is better, "down" if lower is better, else "neutral".
        target: a target in plotted units, for the assurance icon.
        multiply: scale values, centre lines and limits (rate per M units).
        screen_mr: drop moving ranges >= 3.267 x MR-bar before computing limits (i, mr).
        rules: run charts only: "anhoej" (default) or "ihi" shift and trend rules.
        shift_length: points in a shift on Shewhart charts, 7 (default) or 6.

    Raises:
        ChartError: data or options that cannot be analysed.
    """
    n = len(points)
    split_points, excluded_points = _check_options(
        n,
        chart=chart,
        freeze=freeze,
        splits=splits,
        exclude=exclude,
        direction=direction,
        target=target,
        multiply=multiply,
        rules=rules,
        shift_length=shift_length,
    )
    counts, sizes = _check_points(points, chart)

    excluded = [False] * n
    for number in excluded_points:
        excluded[number - 1] = True
    bounds = [0, *split_points, n]
    # Internally every column is a list of floats; NaN stands for "none" (no limits on a run
    # chart, no moving range for a phase's first point) and becomes None in the results.
    nan = math.nan
    y = list(map(truediv, counts, sizes)) if chart in ("p", "u") else list(counts)
    cl_col = [nan] * n
    lcl_col = [nan] * n
    ucl_col = [nan] * n
    lo2_col = [nan] * n
    hi2_col = [nan] * n
    baseline_col = [False] * n
    phase_col = [0] * n
    flags = [0] * n
    trend_side = [0] * n  # +1 rising, -1 falling: the first trend a point belongs to
    episodes: list[SignalEpisode] = []
    phases: list[PhaseResult] = []
    warnings: list[ChartWarning] = []

    for phase_no in range(1, len(bounds)):
        first, end = bounds[phase_no - 1], bounds[phase_no]  # the phase is first..end-1
        size = end - first
        span = range(first, end)
        included = [i for i in span if not excluded[i]] if excluded_points else list(span)
        stop = first + freeze if freeze is not None else end
        basis = [i for i in included if i < stop] if stop < end else included
        if len(basis) < MIN_POINTS:
            raise ChartError(ChartErrorCode.TOO_FEW_INCLUDED, phase=phase_no, found=len(basis))
        stop = min(stop, end)
        whole = len(basis) == stop - first  # the basis is first..stop-1 with no gaps
        basis_counts = counts[first:stop] if whole else [counts[i] for i in basis]
        phase_col[first:end] = [phase_no] * size
        if whole:
            baseline_col[first:stop] = [True] * (stop - first)
        else:
            for i in basis:
                baseline_col[i] = True

        mr_bar: float | None = None
        screened_out = 0
        if chart == "mr":
            previous = -1
            for i in span:
                y[i] = abs(counts[i] - counts[previous]) if previous >= 0 else nan
                if not excluded[i]:
                    previous = i
        if chart == "run":
            centre = _median(basis_counts)
        elif chart in ("i", "mr"):
            moving = list(map(abs, map(sub, basis_counts[1:], basis_counts[:-1])))
            mr_bar, screened_out = _mean_moving_range(moving, screen=screen_mr)
            if chart == "i":
                centre = math.fsum(basis_counts) / len(basis)
                half = XMR_LIMIT_FACTOR * mr_bar
                lower, upper = centre - half, centre + half
            else:
                centre = mr_bar
                lower, upper = 0.0, MR_UCL_FACTOR * mr_bar
            lower2 = centre - 2.0 / 3.0 * (centre - lower)
            upper2 = centre + 2.0 / 3.0 * (upper - centre)
            _fill(first, end, lcl_col, ucl_col, lo2_col, hi2_col, lower, upper, lower2, upper2)
        elif chart == "c":
            centre = math.fsum(basis_counts) / len(basis)
            sigma = math.sqrt(centre)
            lower, upper = max(0.0, centre - 3 * sigma), centre + 3 * sigma
            lower2, upper2 = max(0.0, centre - 2 * sigma), centre + 2 * sigma
            _fill(first, end, lcl_col, ucl_col, lo2_col, hi2_col, lower, upper, lower2, upper2)
        else:  # p and u: limits by each point's denominator
            basis_sizes = sizes[first:stop] if whole else [sizes[i] for i in basis]
            centre = math.fsum(basis_counts) / math.fsum(basis_sizes)
            spread = centre * (1.0 - centre) if chart == "p" else centre
            # Built with map() over C functions: this is the engine's widest loop.
            sigmas = list(map(math.sqrt, map(truediv, repeat(spread, size), sizes[first:end])))
            three = list(map(mul, repeat(3.0, size), sigmas))
            two = list(map(mul, repeat(2.0, size), sigmas))
            centres = repeat(centre, size)
            lcl_col[first:end] = [v if v > 0.0 else 0.0 for v in map(sub, centres, three)]
            centres = repeat(centre, size)
            lo2_col[first:end] = [v if v > 0.0 else 0.0 for v in map(sub, centres, two)]
            three = list(map(add, repeat(centre, size), three))
            two = list(map(add, repeat(centre, size), two))
            if chart == "p":
                three = [v if v < 1.0 else 1.0 for v in three]
                two = [v if v < 1.0 else 1.0 for v in two]
            ucl_col[first:end], hi2_col[first:end] = three, two
        cl_col[first:end] = [centre] * size

        # The points the rules and runs analysis read; on mr charts those with a moving range.
        sequence = [i for i in included if y[i] == y[i]] if chart == "mr" else included
        vals = y[first:end] if len(sequence) == size else [y[i] for i in sequence]
        finite = [v for v in y[first:end] if v == v] if chart == "mr" else y[first:end]
        tol = REL_TOL * max(abs(centre), max(finite), -min(finite))
        codes = _side_codes(vals, centre, tol)

        if chart in LIMIT_CHARTS:
            _mark_outside(
                first, end, y, lcl_col, ucl_col, tol, flags, episodes, phase_no, chart in ("p", "u")
            )
        runs: RunsResult | None = None
        if chart != "mr":
            runs = _runs(codes)
        if chart in SHEWHART_CHARTS:
            _mark_shifts(sequence, codes, shift_length, flags, episodes, phase_no, skip=False)
            _mark_trends(sequence, vals, tol, MDC_TREND_LENGTH, trend_side, flags, episodes,
                         phase_no, collapse=False)  # fmt: skip
            _mark_two_in_three(sequence, vals, centre, lo2_col, hi2_col, tol, flags, episodes,
                               phase_no, chart in ("p", "u"))  # fmt: skip
        elif chart == "run" and rules == "ihi":
            _mark_shifts(sequence, codes, IHI_SHIFT_LENGTH, flags, episodes, phase_no, skip=True)
            _mark_trends(sequence, vals, tol, IHI_TREND_LENGTH, trend_side, flags, episodes,
                         phase_no, collapse=True)  # fmt: skip
        elif chart == "run" and runs is not None and runs.longest_run_max is not None:
            # Anhøj: the points of an unusually long run are marked as a shift.
            length = runs.longest_run_max + 1
            _mark_shifts(sequence, codes, length, flags, episodes, phase_no, skip=True)

        if chart in LIMIT_CHARTS and len(basis) < TRIAL_LIMITS_BELOW:
            warnings.append(ChartWarning("trial_limits", {"phase": phase_no, "points": len(basis)}))
        phases.append(
            PhaseResult(
                phase=phase_no,
                first=first + 1,
                last=end,
                cl=centre * multiply,
                runs=runs,
                included=len(included),
                baseline_first=first + 1,
                baseline_last=stop,
                baseline_points=len(basis),
                mr_bar=mr_bar * multiply if mr_bar is not None else None,
                mr_screened_out=screened_out,
            )
        )

    sign = {"up": 1, "down": -1, "neutral": 0}[direction]
    types, point_sides = _point_types(
        y, cl_col, ucl_col, flags, trend_side, 0 if chart == "mr" else sign
    )
    latest = next(i for i in range(n - 1, -1, -1) if not excluded[i] and y[i] == y[i])
    variation = _variation_icon(types[latest], point_sides[latest])
    assurance = _assurance_icon(
        chart, target, sign, lcl_col[n - 1] * multiply, ucl_col[n - 1] * multiply, phases[-1]
    )

    columns: tuple[tuple[Any, ...], ...] = (
        tuple(range(1, n + 1)),
        tuple(map(attrgetter("period"), points)),
        _output(y, multiply, gaps=chart == "mr"),
        _output(cl_col, multiply, gaps=False),
        *(
            (_output(column, multiply, gaps=False) if chart != "run" else (None,) * n)
            for column in (lcl_col, ucl_col, lo2_col, hi2_col)
        ),
        tuple(phase_col),
        tuple(excluded),
        tuple(baseline_col),
        tuple(map(_SIGNAL_TUPLES.__getitem__, flags)),
        tuple(types),
        tuple(counts),
        tuple(sizes) if chart in ("p", "u") else tuple(map(attrgetter("denominator"), points)),
        tuple(map(attrgetter("note"), points)),
    )
    return Analysis(
        chart=chart,
        direction=direction,
        rules=rules,
        target=target,
        multiply=multiply,
        freeze=freeze,
        splits=split_points,
        exclude=excluded_points,
        screen_mr=screen_mr,
        shift_length=shift_length,
        points=PointResults(columns),
        phases=tuple(phases),
        episodes=tuple(sorted(episodes, key=attrgetter("first", "last", "signal"))),
        variation_icon=variation,
        assurance_icon=assurance,
        warnings=tuple(warnings),
    )


def _fill(first: int, end: int, *columns_then_values: Any) -> None:
    """Set four limit columns over first..end-1 to four constant values."""
    columns, values = columns_then_values[:4], columns_then_values[4:]
    for column, value in zip(columns, values, strict=True):
        column[first:end] = [value] * (end - first)


def _output(column: list[float], multiply: float, *, gaps: bool) -> tuple[float | None, ...]:
    """A result column: scaled, with None for NaN (only in columns with `gaps`)."""
    if gaps:
        return tuple([v * multiply if v == v else None for v in column])
    if multiply != 1.0:
        return tuple(map(mul, repeat(multiply, len(column)), column))
    return tuple(column)


def _check_options(
    n: int,
    *,
    chart: str,
    freeze: int | None,
    splits: Sequence[int],
    exclude: Sequence[int],
    direction: str,
    target: float | None,
    multiply: float,
    rules: str,
    shift_length: int,
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    if chart not in CHART_KINDS:
        raise ChartError(ChartErrorCode.BAD_OPTION, option="chart", value=chart)
    if direction not in DIRECTIONS:
        raise ChartError(ChartErrorCode.BAD_OPTION, option="direction", value=direction)
    if rules not in RULES:
        raise ChartError(ChartErrorCode.BAD_OPTION, option="rules", value=rules)
    if rules != "anhoej" and chart != "run":
        raise ChartError(ChartErrorCode.RULES_FOR_RUN_CHARTS, chart=chart)
    if shift_length not in (6, 7):
        raise ChartError(ChartErrorCode.BAD_OPTION, option="shift_length", value=shift_length)
    if not (math.isfinite(multiply) and multiply > 0):
        raise ChartError(ChartErrorCode.BAD_OPTION, option="multiply", value=multiply)
    if target is not None and not math.isfinite(target):
        raise ChartError(ChartErrorCode.BAD_OPTION, option="target", value=target)
    if n < MIN_POINTS:
        raise ChartError(ChartErrorCode.TOO_FEW_POINTS, found=n)
    if freeze is not None and splits:
        raise ChartError(ChartErrorCode.FREEZE_WITH_SPLIT)
    if freeze is not None and not MIN_POINTS <= freeze <= n:
        raise ChartError(
            ChartErrorCode.OUT_OF_RANGE, option="freeze", value=freeze, low=MIN_POINTS, high=n
        )
    for k in splits:
        if not 1 <= k <= n - 1:
            raise ChartError(
                ChartErrorCode.OUT_OF_RANGE, option="split", value=k, low=1, high=n - 1
            )
    for k in exclude:
        if not 1 <= k <= n:
            raise ChartError(ChartErrorCode.OUT_OF_RANGE, option="exclude", value=k, low=1, high=n)
    return tuple(sorted(set(splits))), tuple(sorted(set(exclude)))


def _check_points(points: Sequence[PointIn], chart: str) -> tuple[list[float], list[float]]:
    """The counts (values) as floats, and the denominators (p and u charts; else empty)."""
    needs_denominator = chart in ("p", "u")
    try:
        counts = list(map(float, map(attrgetter("value"), points)))
        sizes = (
            list(map(float, map(attrgetter("denominator"), points))) if needs_denominator else []
        )
    except (TypeError, ValueError):
        counts, sizes = [], []
    fine = len(counts) == len(points) and all(map(math.isfinite, counts))
    if fine and chart in ("p", "u", "c"):
        fine = min(counts) >= 0
    if fine and needs_denominator:
        fine = (
            len(sizes) == len(points)
            and all(map(math.isfinite, sizes))
            and min(sizes) > 0
            and (chart != "p" or not any(map(lt, sizes, counts)))
        )
    if not fine:
        _find_bad_point(points, chart)
    return counts, sizes


def _find_bad_point(points: Sequence[PointIn], chart: str) -> None:
    """Raise the error for the first point that cannot be charted."""
    for number, point in enumerate(points, start=1):
        x = point.value
        if not isinstance(x, int | float) or not math.isfinite(x):
            raise ChartError(ChartErrorCode.VALUE_NOT_FINITE, index=number, field="value")
        if chart in ("p", "u", "c") and x < 0:
            raise ChartError(ChartErrorCode.COUNT_NEGATIVE, index=number, field="value")
        if chart not in ("p", "u"):
            continue
        d = point.denominator
        field = "denominator"
        if d is None:
            raise ChartError(ChartErrorCode.DENOMINATOR_MISSING, index=number, field=field)
        if not isinstance(d, int | float) or not math.isfinite(d):
            raise ChartError(ChartErrorCode.VALUE_NOT_FINITE, index=number, field=field)
        if d <= 0:
            raise ChartError(ChartErrorCode.DENOMINATOR_NOT_POSITIVE, index=number, field=field)
        if chart == "p" and d < x:
            raise ChartError(ChartErrorCode.DENOMINATOR_BELOW_COUNT, index=number, field=field)
    raise AssertionError("a point failed the quick check but none fails the slow one")


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _mean_moving_range(ranges: list[float], *, screen: bool) -> tuple[float, int]:
    """MR-bar, screened once (drop ranges >= 3.267 x MR-bar) if asked; and how many dropped."""
    mr_bar = math.fsum(ranges) / len(ranges)
    if not screen or mr_bar == 0:
        return mr_bar, 0
    limit = MR_UCL_FACTOR * mr_bar
    cut = limit - REL_TOL * limit
    kept = [r for r in ranges if r < cut]
    return math.fsum(kept) / len(kept), len(ranges) - len(kept)


# The rules scan strings with one letter per point (or per step between points), so that
# finding runs is a regular-expression search rather than a Python loop.
# Sides: A above the centre line, B below, O on it.
_RUN = re.compile(r"A+|B+")
# Every start of 3 points on one side with 2 or more beyond the 2-sigma line (overlapping).
_TWO_IN_THREE = re.compile("(?=[aA]AA|A[aA]A|AA[aA]|[bB]BB|B[bB]B|BB[bB])")


@lru_cache(maxsize=32)
def _shift_pattern(length: int, skip: bool) -> re.Pattern[str]:
    if skip:  # points on the line neither add to nor break a run
        return re.compile(f"A(?:O*A){{{length - 1},}}|B(?:O*B){{{length - 1},}}")
    return re.compile(f"A{{{length},}}|B{{{length},}}")


@lru_cache(maxsize=32)
def _trend_pattern(letter: str, steps: int, collapse: bool) -> re.Pattern[str]:
    # Steps: U up, D down, E equal. Collapsed (IHI), equal steps neither add nor break, and
    # equal points at either end belong to the trend.
    if collapse:
        return re.compile(f"E*{letter}(?:E*{letter}){{{steps - 1},}}E*")
    return re.compile(f"{letter}{{{steps},}}")


def _side_codes(vals: list[float], centre: float, tol: float) -> str:
    above, below = centre + tol, centre - tol
    return "".join(["A" if v > above else "B" if v < below else "O" for v in vals])


def _runs(codes: str) -> RunsResult:
    useful_codes = codes.replace("O", "")
    useful = len(useful_codes)
    if not useful:
        return RunsResult(0, 0, None, 0, None, signal=False)
    longest = max(map(len, _RUN.findall(useful_codes)))
    crossings = useful_codes.count("AB") + useful_codes.count("BA")
    run_max = longest_run_max(useful)
    cross_min = crossings_min(useful)
    return RunsResult(
        useful,
        longest,
        run_max,
        crossings,
        cross_min,
        signal=longest > run_max or crossings < cross_min,
    )


def _mark_outside(
    first: int,
    end: int,
    y: list[float],
    lcl: list[float],
    ucl: list[float],
    tol: float,
    flags: list[int],
    episodes: list[SignalEpisode],
    phase: int,
    varying: bool,
) -> None:
    if varying:
        outside = [
            (i, v > high)
            for i, v, low, high in zip(
                range(first, end), y[first:end], lcl[first:end], ucl[first:end], strict=True
            )
            if v > high + tol or v < low - tol
        ]
    else:
        low, high = lcl[first] - tol, ucl[first] + tol
        outside = [
            (i, v > high)
            for i, v in zip(range(first, end), y[first:end], strict=True)
            if v > high or v < low
        ]
    for i, is_high in outside:
        flags[i] |= _OUT
        episodes.append(
            SignalEpisode("outside_limits", phase, i + 1, i + 1, 1, 1 if is_high else -1)
        )


def _mark_shifts(
    sequence: list[int],
    codes: str,
    length: int,
    flags: list[int],
    episodes: list[SignalEpisode],
    phase: int,
    *,
    skip: bool,
) -> None:
    """Mark runs of `length` or more points on one side. A point on the line breaks a run,
    or (`skip`) is passed over, neither adding nor breaking."""
    for match in _shift_pattern(length, skip).finditer(codes):
        start, stop = match.span()
        marked = (
            [sequence[pos] for pos in range(start, stop) if codes[pos] != "O"]
            if skip
            else sequence[start:stop]
        )
        for i in marked:
            flags[i] |= _SHIFT
        side = 1 if codes[start] == "A" else -1
        episodes.append(
            SignalEpisode("shift", phase, marked[0] + 1, marked[-1] + 1, len(marked), side)
        )


def _mark_trends(
    sequence: list[int],
    vals: list[float],
    tol: float,
    length: int,
    trend_side: list[int],
    flags: list[int],
    episodes: list[SignalEpisode],
    phase: int,
    *,
    collapse: bool,
) -> None:
    """Mark `length` or more points each higher (or each lower) than the one before. An equal
    step breaks a trend, or (`collapse`, IHI) counts once, neither adding nor breaking."""
    steps = "".join(
        ["U" if d > tol else "D" if d < -tol else "E" for d in map(sub, vals[1:], vals[:-1])]
    )
    found = [
        (match.start(), match.end(), direction)
        for letter, direction in (("U", 1), ("D", -1))
        for match in _trend_pattern(letter, length - 1, collapse).finditer(steps)
    ]
    for start, stop, direction in sorted(found):
        marked = sequence[start : stop + 1]  # step k joins points k and k + 1
        for i in marked:
            flags[i] |= _TREND
            if not trend_side[i]:
                trend_side[i] = direction
        episodes.append(
            SignalEpisode("trend", phase, marked[0] + 1, marked[-1] + 1, len(marked), direction)
        )


def _mark_two_in_three(
    sequence: list[int],
    vals: list[float],
    centre: float,
    lo2: list[float],
    hi2: list[float],
    tol: float,
    flags: list[int],
    episodes: list[SignalEpisode],
    phase: int,
    varying: bool,
) -> None:
    """In 3 consecutive points on one side, 2 or more beyond the 2-sigma line on that side."""
    above, below = centre + tol, centre - tol
    # A/B: beyond the upper/lower 2-sigma line, a/b: above/below the centre line, O: on it.
    if varying:
        if sequence and sequence[-1] - sequence[0] + 1 == len(sequence):
            his, los = hi2[sequence[0] : sequence[-1] + 1], lo2[sequence[0] : sequence[-1] + 1]
        else:
            his, los = [hi2[i] for i in sequence], [lo2[i] for i in sequence]
        codes = "".join(
            [
                ("A" if v > hi + tol else "a")
                if v > above
                else ("B" if v < lo - tol else "b")
                if v < below
                else "O"
                for v, hi, lo in zip(vals, his, los, strict=True)
            ]
        )
    else:
        high, low = hi2[sequence[0]] + tol, lo2[sequence[0]] - tol
        codes = "".join(
            [
                ("A" if v > high else "a")
                if v > above
                else ("B" if v < low else "b")
                if v < below
                else "O"
                for v in vals
            ]
        )
    last: tuple[int, int] | None = None
    for match in _TWO_IN_THREE.finditer(codes):
        start = match.start()
        marked = [sequence[start + k] for k in range(3) if codes[start + k] in "AB"]
        for i in marked:
            flags[i] |= _TWO
        if last != (marked[0], marked[-1]):  # windows sharing their marked points: one episode
            last = (marked[0], marked[-1])
            side = 1 if codes[start] in "Aa" else -1
            episodes.append(
                SignalEpisode(
                    "two_in_three", phase, marked[0] + 1, marked[-1] + 1, len(marked), side
                )
            )


def _point_types(
    y: list[float],
    cl: list[float],
    ucl: list[float],
    flags: list[int],
    trend_side: list[int],
    sign: int,
) -> tuple[list[PointType], list[int]]:
    """Each point's type by precedence outside_limits > trend > two_in_three > shift, and the
    side (+1 high / -1 low, 0 common cause) that decided it. A point ending one trend and
    starting the next (a peak or a trough) takes the side of the first: high for a peak."""
    types: list[PointType] = ["common_cause"] * len(flags)
    sides = [0] * len(flags)
    for i in compress(range(len(flags)), flags):
        flag = flags[i]
        if flag & _OUT:
            side = 1 if y[i] > ucl[i] else -1
        elif flag & _TREND:
            side = trend_side[i]
        else:
            side = 1 if y[i] > cl[i] else -1
        sides[i] = side
        if sign == 0:
            types[i] = "special_cause_neutral_high" if side > 0 else "special_cause_neutral_low"
        elif side * sign > 0:
            types[i] = "special_cause_improvement"
        else:
            types[i] = "special_cause_concern"
    return types, sides


def _variation_icon(point_type: PointType, side: int) -> VariationIcon:
    high = side > 0
    if point_type == "common_cause":
        return "common_cause"
    if point_type == "special_cause_improvement":
        return "improvement_high" if high else "improvement_low"
    if point_type == "special_cause_concern":
        return "concern_high" if high else "concern_low"
    return "neutral_high" if high else "neutral_low"


def _assurance_icon(
    chart: str,
    target: float | None,
    sign: int,
    low: float,
    high: float,
    phase: PhaseResult,
) -> AssuranceIcon | None:
    """From the limits at the last point (in plotted units; NaN on run charts)."""
    if target is None or sign == 0 or chart not in SHEWHART_CHARTS:
        return None
    tol = REL_TOL * max(abs(phase.cl), abs(low), abs(high), abs(target))
    if target > high + tol:
        return "consistent_fail" if sign > 0 else "consistent_pass"
    if target < low - tol:
        return "consistent_pass" if sign > 0 else "consistent_fail"
    return "inconsistent"


def reading(analysis: Analysis) -> Reading:
    """The chart's plain-language reading, about its latest point, as a code and parameters.

    Codes:
        - "<signal>_<kind>" when the latest included point shows special cause: signal is
          outside_limits, trend, two_in_three or shift (the one that decides its type), kind
          improvement, concern or neutral. Parameters: count (points in the shift, trend or
          2-of-3 group, 1 outside the limits), since and since_index (the group's first
          point's period and number), side ("high" or "low"), line ("mean" or "median"),
          index, period and value of the latest point.
        - "non_random_variation": common cause at the latest point, but the latest phase's
          runs analysis signals. Parameters: long_run, few_crossings (bools), longest_run,
          longest_run_max, crossings, crossings_min, line.
        - "common_cause" (charts with limits) or "random_variation" (run charts): parameters
          since and since_index (the latest phase's first point), earlier_signals (special
          cause points earlier in that phase), line.
    """
    points = analysis.points
    latest = next(p for p in reversed(points) if not p.excluded and p.value is not None)
    line = "median" if analysis.chart == "run" else "mean"
    if latest.point_type != "common_cause":
        signal = next(s for s in PRECEDENCE if s in latest.signals)
        kind = latest.point_type.removeprefix("special_cause_").removesuffix("_high")
        kind = kind.removesuffix("_low")
        side = "high" if analysis.variation_icon.endswith("_high") else "low"
        group = min(
            (
                e
                for e in analysis.episodes
                if e.signal == signal and e.first <= latest.index <= e.last
            ),
            key=lambda e: e.first,
        )
        return Reading(
            f"{signal}_{kind}",
            {
                "count": group.count,
                "since": points[group.first - 1].period,
                "since_index": group.first,
                "side": side,
                "line": line,
                "index": latest.index,
                "period": latest.period,
                "value": latest.value,
            },
        )
    phase = analysis.phases[-1]
    runs = phase.runs
    if runs is not None and runs.signal:
        assert runs.longest_run_max is not None
        assert runs.crossings_min is not None
        return Reading(
            "non_random_variation",
            {
                "long_run": runs.longest_run > runs.longest_run_max,
                "few_crossings": runs.crossings < runs.crossings_min,
                "longest_run": runs.longest_run,
                "longest_run_max": runs.longest_run_max,
                "crossings": runs.crossings,
                "crossings_min": runs.crossings_min,
                "line": line,
            },
        )
    types = points.column("point_type")[phase.first - 1 : phase.last]
    earlier = len(types) - types.count("common_cause")
    return Reading(
        "random_variation" if analysis.chart == "run" else "common_cause",
        {
            "since": points[phase.first - 1].period,
            "since_index": phase.first,
            "earlier_signals": earlier,
            "line": line,
        },
    )
