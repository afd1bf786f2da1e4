"""The chart command: `main.py chart analyse FILE.csv --chart KIND`, a table or JSON."""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.cmdline import UsageError, say
from kiosk.spc import (
    CHART_KINDS,
    DIRECTIONS,
    RULES,
    Analysis,
    ChartError,
    ChartErrorCode,
    ChartWarning,
    PointIn,
    Reading,
    analyse,
    reading,
)

PROG = "main.py chart analyse"
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
USAGE = (
    "main.py chart analyse FILE.csv --chart run|i|mr|p|u|c [--freeze K] [--split K[,K...]]\n"
    "       [--exclude I[,I...]] [--direction up|down|neutral] [--target X] [--multiply M]\n"
    "       [--no-screen-mr] [--rules anhoej|ihi] [--shift-length 6|7] [--json]"
)


@dataclass(frozen=True)
class CsvData:
    """The points of a CSV file, with where each came from for messages."""

    points: list[PointIn]
    lines: list[int]  # the file line of each point
    cells: list[dict[str, str]]  # the text of each point's value and denominator


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # raise, do not exit
        raise UsageError(f"{self.prog}: {message}")


def _whole_numbers(text: str) -> list[int]:
    parts = [part.strip() for part in text.split(",")]
    if not parts or not all(part.isdigit() for part in parts):
        raise argparse.ArgumentTypeError(
            f"expected point numbers separated by commas, such as 12 or 12,24, not {text!r}"
        )
    return [int(part) for part in parts]


def _whole_number(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected a point number, not {text!r}")
    return int(text)


def _number(text: str) -> float:
    if not _NUMBER.fullmatch(text.strip()) or not math.isfinite(float(text)):
        raise argparse.ArgumentTypeError(f"expected a number, not {text!r}")
    return float(text)


def _positive(text: str) -> float:
    value = _number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, not {text!r}")
    return value


def analyse_parser() -> argparse.ArgumentParser:
    """Options of `main.py chart analyse`."""
    parser = _Parser(
        prog=PROG,
        usage=USAGE,
        allow_abbrev=False,
        description="Analyse a measure from a CSV file (header row; columns value, and "
        "denominator for p and u charts; period and note optional) as a run chart or an SPC "
        "chart, by the Anhøj and Making Data Count rules.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.csv")
    parser.add_argument("--chart", choices=CHART_KINDS, required=True)
    parser.add_argument(
        "--freeze", type=_whole_number, metavar="K", help="baseline: limits from points 1..K"
    )
    parser.add_argument(
        "--split",
        type=_whole_numbers,
        action="extend",
        default=[],
        metavar="K[,K...]",
        help="start a new phase after point K",
    )
    parser.add_argument(
        "--exclude",
        type=_whole_numbers,
        action="extend",
        default=[],
        metavar="I[,I...]",
        help="points drawn but left out of centre line, limits and runs",
    )
    parser.add_argument("--direction", choices=DIRECTIONS, default="neutral")
    parser.add_argument("--target", type=_number, metavar="X", help="target, in plotted units")
    parser.add_argument(
        "--multiply", type=_positive, default=1.0, metavar="M", help="rate per M units"
    )
    parser.add_argument(
        "--no-screen-mr",
        dest="screen_mr",
        action="store_false",
        help="keep large moving ranges in MR-bar (as the MDC Excel tools do)",
    )
    parser.add_argument("--rules", choices=RULES, default="anhoej", help="run charts only")
    parser.add_argument(
        "--shift-length", type=int, choices=(6, 7), default=7, help="points in a shift"
    )
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    return parser


def run_chart_command(argv: Sequence[str]) -> int:
    """`main.py chart ...`: returns the exit status; bad input is one line and status 2."""
    try:
        return _run(list(argv))
    except UsageError as exc:
        say(exc, file=sys.stderr)
        return 2


def _run(argv: list[str]) -> int:
    if argv and argv[0] in ("-h", "--help"):
        say(f"usage: {USAGE}\n\nRun 'main.py chart analyse --help' for the options.")
        return 0
    if not argv or argv[0] != "analyse":
        found = f"{argv[0]!r}" if argv else "nothing"
        raise UsageError(f"main.py chart: expected 'analyse FILE.csv --chart KIND', not {found}")
    args = analyse_parser().parse_args(argv[1:])
    data = read_csv(args.file, args.chart)
    try:
        result = analyse(
            data.points,
            chart=args.chart,
            freeze=args.freeze,
            splits=args.split,
            exclude=args.exclude,
            direction=args.direction,
            target=args.target,
            multiply=args.multiply,
            screen_mr=args.screen_mr,
            rules=args.rules,
            shift_length=args.shift_length,
        )
    except ChartError as exc:
        raise UsageError(f"{PROG}: {describe_chart_error(exc, args.file, data)}") from None
    if args.json:
        sys.stdout.write(json.dumps(analysis_json(result), allow_nan=False) + "\n")
    else:
        sys.stdout.write(render_text(result, args.file))
    return 0


def read_csv(path: Path, chart: str) -> CsvData:
    """The points of a chart CSV file; a UsageError naming the row and column if one is bad."""
    needed = ["value", "denominator"] if chart in ("p", "u") else ["value"]
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            header: list[str] | None = None
            points: list[PointIn] = []
            lines: list[int] = []
            cells: list[dict[str, str]] = []
            for row in reader:
                if not any(cell.strip() for cell in row):
                    continue
                if header is None:
                    header = [cell.strip().lower() for cell in row]
                    _check_header(path, header, needed, chart, reader.line_num)
                    continue
                line = reader.line_num
                number = len(points) + 1
                text = {name: _cell(row, header, name) for name in ("value", "denominator")}
                values = {
                    name: _parse_number(path, number, line, name, text[name]) for name in needed
                }
                points.append(
                    PointIn(
                        value=values["value"],
                        denominator=values.get("denominator"),
                        period=_cell(row, header, "period") or None,
                        note=_cell(row, header, "note") or None,
                    )
                )
                lines.append(line)
                cells.append(text)
    except FileNotFoundError:
        raise UsageError(f"{PROG}: {path}: no such file") from None
    except UnicodeDecodeError:
        raise UsageError(f"{PROG}: {path}: not a UTF-8 text (CSV) file") from None
    except csv.Error as exc:
        raise UsageError(f"{PROG}: {path}, line {reader.line_num}: not valid CSV ({exc})") from None
    except OSError as exc:
        raise UsageError(f"{PROG}: {path}: cannot be read ({exc.strerror})") from None
    if header is None:
        raise UsageError(f"{PROG}: {path}: the file is empty; expected a header row with 'value'")
    return CsvData(points, lines, cells)


def _check_header(path: Path, header: list[str], needed: list[str], chart: str, line: int) -> None:
    for name in ("value", "denominator", "period", "note"):
        if header.count(name) > 1:
            raise UsageError(
                f"{PROG}: {path}, header (line {line}): column '{name}' appears more than once"
            )
    for name in needed:
        if name not in header:
            columns = " and ".join(f"'{n}'" for n in needed)
            raise UsageError(
                f"{PROG}: {path}, header (line {line}): no column '{name}' "
                f"({chart} charts need {columns})"
            )


def _cell(row: list[str], header: list[str], name: str) -> str:
    if name not in header:
        return ""
    position = header.index(name)
    return row[position].strip() if position < len(row) else ""


def _parse_number(path: Path, number: int, line: int, column: str, text: str) -> float:
    where = f"{path}, row {number} (line {line}), column '{column}'"
    if not text:
        raise UsageError(f"{PROG}: {where}: empty; a number is needed")
    if not _NUMBER.fullmatch(text):
        raise UsageError(f"{PROG}: {where}: {text!r} is not a number")
    return float(text)


def describe_chart_error(error: ChartError, path: Path, data: CsvData) -> str:
    """One English line for an engine error, naming the row and column or the option."""
    p = error.params
    code = error.code
    if "index" in p:
        index, column = int(p["index"]), str(p["field"])
        text = data.cells[index - 1].get(column, "")
        where = f"{path}, row {index} (line {data.lines[index - 1]}), column '{column}'"
        messages = {
            ChartErrorCode.VALUE_NOT_FINITE: f"{text!r} is not a finite number",
            ChartErrorCode.COUNT_NEGATIVE: f"{text} is negative; a count cannot be below 0",
            ChartErrorCode.DENOMINATOR_MISSING: "empty; a number is needed",
            ChartErrorCode.DENOMINATOR_NOT_POSITIVE: f"{text} is not above 0",
            ChartErrorCode.DENOMINATOR_BELOW_COUNT: (
                f"{text} is below the count {data.cells[index - 1].get('value')} "
                "(a proportion cannot be above 1)"
            ),
        }
        return f"{where}: {messages.get(code, error.describe())}"
    if code is ChartErrorCode.TOO_FEW_POINTS:
        return f"{path}: {p['found']} data rows; a chart needs at least 2 points"
    if code is ChartErrorCode.OUT_OF_RANGE:
        return (
            f"--{p['option']} {p['value']}: out of range; with {len(data.points)} points it "
            f"must be from {p['low']} to {p['high']}"
        )
    if code is ChartErrorCode.FREEZE_WITH_SPLIT:
        return "--freeze and --split cannot be combined (a frozen baseline has one phase)"
    if code is ChartErrorCode.TOO_FEW_INCLUDED:
        return (
            f"phase {p['phase']} has {p['found']} included point(s) to compute its centre line "
            "from and needs at least 2 (check --split, --freeze and --exclude)"
        )
    if code is ChartErrorCode.RULES_FOR_RUN_CHARTS:
        return f"--rules ihi applies to run charts only, not to {p['chart']} charts"
    return f"--{p.get('option')} {p.get('value')}: not allowed"


def analysis_json(result: Analysis) -> dict[str, Any]:
    """The analysis in the shape of the chart command's --json output."""
    return {
        "chart": result.chart,
        "direction": result.direction,
        "rules": result.rules,
        "target": result.target,
        "multiply": result.multiply,
        "freeze": result.freeze,
        "splits": list(result.splits),
        "exclude": list(result.exclude),
        "screen_mr": result.screen_mr,
        "points": [
            {
                "index": p.index,
                "period": p.period,
                "value": p.value,
                "cl": p.cl,
                "lcl": p.lcl,
                "ucl": p.ucl,
                "lcl_2sigma": p.lcl_2sigma,
                "ucl_2sigma": p.ucl_2sigma,
                "phase": p.phase,
                "excluded": p.excluded,
                "baseline": p.baseline,
                "signals": list(p.signals),
                "point_type": p.point_type,
                "count": p.count,
                "denominator": p.denominator,
                "note": p.note,
            }
            for p in result.points
        ],
        "phases": [
            {
                "phase": ph.phase,
                "first": ph.first,
                "last": ph.last,
                "cl": ph.cl,
                "included": ph.included,
                "baseline_first": ph.baseline_first,
                "baseline_last": ph.baseline_last,
                "mr_bar": ph.mr_bar,
                "mr_screened_out": ph.mr_screened_out,
                "runs": None
                if ph.runs is None
                else {
                    "useful": ph.runs.useful,
                    "longest_run": ph.runs.longest_run,
                    "longest_run_max": ph.runs.longest_run_max,
                    "crossings": ph.runs.crossings,
                    "crossings_min": ph.runs.crossings_min,
                    "signal": ph.runs.signal,
                },
            }
            for ph in result.phases
        ],
        "episodes": [
            {
                "signal": e.signal,
                "phase": e.phase,
                "first": e.first,
                "last": e.last,
                "count": e.count,
                "side": e.side,
            }
            for e in result.episodes
        ],
        "variation_icon": result.variation_icon,
        "assurance_icon": result.assurance_icon,
        "warnings": [{"code": w.code, **w.params} for w in result.warnings],
        "reading": _reading_json(reading(result)),
    }


def _reading_json(r: Reading) -> dict[str, Any]:
    return {"code": r.code, "params": dict(r.params), "text": describe_reading(r)}


_KINDS = {
    "improvement": "special cause improvement",
    "concern": "special cause concern",
    "neutral": "special cause variation",
}


def _since(params: Any) -> str:
    period = params.get("since")
    return f"since {period}" if period else f"since point {params.get('since_index')}"


def describe_reading(r: Reading) -> str:
    """The reading in English, as the command line prints it."""
    p = r.params
    signal, _, kind = r.code.rpartition("_")
    if kind in _KINDS:
        verdict = _KINDS[kind]
        high = p["side"] == "high"
        if signal == "shift":
            side = "above" if high else "below"
            return f"{p['count']} points {side} the {p['line']} {_since(p)}: {verdict}."
        if signal == "trend":
            way = "rising" if high else "falling"
            return f"{p['count']} points in a row {way} {_since(p)}: {verdict}."
        if signal == "two_in_three":
            near = "upper" if high else "lower"
            return (
                f"{p['count']} of 3 points beyond two sigma, near the {near} limit, "
                f"{_since(p)}: {verdict}."
            )
        where = "above the upper" if high else "below the lower"
        latest = p["period"] or f"point {p['index']}"
        return f"The latest point ({latest}) is {where} limit: {verdict}."
    if r.code == "non_random_variation":
        parts = []
        if p["long_run"]:
            parts.append(
                f"a run of {p['longest_run']} points on one side of the {p['line']} "
                f"(more than {p['longest_run_max']})"
            )
        if p["few_crossings"]:
            parts.append(
                f"only {p['crossings']} crossings of the {p['line']} "
                f"(fewer than {p['crossings_min']})"
            )
        return f"Non-random variation in the latest phase: {' and '.join(parts)}."
    earlier = int(p["earlier_signals"] or 0)
    what = "Random variation" if r.code == "random_variation" else "Common cause variation"
    if earlier:
        points = f"{earlier} earlier point{'s' if earlier != 1 else ''}"
        return f"{what} at the latest point; {points} in this phase showed special cause."
    return f"{what} {_since(p)}: no special cause."


def describe_warning(warning: ChartWarning) -> str:
    """A warning in English."""
    p = warning.params
    if warning.code == "trial_limits":
        return (
            f"phase {p['phase']}: trial limits, from {p['points']} points "
            f"(13 or more give firm limits)"
        )
    return f"{warning.code} {dict(p)}"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.6g}"


def render_text(result: Analysis, path: Path) -> str:
    """A readable table of the points, the phases, the icons and the reading."""
    out: list[str] = []
    shown = {"run": "run chart", "mr": "mr chart", "i": "i chart (XmR)"}.get(
        result.chart, f"{result.chart} chart"
    )
    out.append(
        f"{shown} of {path}: {len(result.points)} points, {len(result.phases)} "
        f"phase{'s' if len(result.phases) != 1 else ''}, direction {result.direction}"
    )
    periods = [p.period or "" for p in result.points]
    width = max([6, *map(len, periods)])
    out.append(
        f"{'#':>5}  {'period':<{width}}  {'value':>10} {'CL':>10} {'LCL':>10} {'UCL':>10}  "
        f"{'signals':<34} type"
    )
    for p in result.points:
        signals = ",".join(p.signals) + (" (excluded)" if p.excluded else "")
        out.append(
            f"{p.index:>5}  {p.period or '':<{width}}  {_num(p.value):>10} {_num(p.cl):>10} "
            f"{_num(p.lcl):>10} {_num(p.ucl):>10}  {signals:<34} "
            f"{p.point_type.replace('_', ' ')}" + (f"  [{p.note}]" if p.note else "")
        )
    out.append("")
    for ph in result.phases:
        line = f"Phase {ph.phase} (points {ph.first}-{ph.last}): CL {_num(ph.cl)}"
        if ph.baseline_last < ph.last:
            line += f" from points {ph.baseline_first}-{ph.baseline_last}"
        if ph.mr_bar is not None:
            line += f", MR-bar {_num(ph.mr_bar)}"
            if ph.mr_screened_out:
                line += f" ({ph.mr_screened_out} moving ranges screened out)"
        runs = ph.runs
        if runs is not None:
            line += (
                f"; runs: {runs.useful} useful, longest run {runs.longest_run} "
                f"(max {_num(runs.longest_run_max)}), {runs.crossings} crossings "
                f"(min {_num(runs.crossings_min)}): "
                + ("non-random variation" if runs.signal else "no signal")
            )
        out.append(line)
    assurance = result.assurance_icon or "none"
    out.append(f"Variation: {result.variation_icon.replace('_', ' ')}. Assurance: {assurance}.")
    out.extend(f"Warning: {describe_warning(w)}." for w in result.warnings)
    out.append(f"Reading: {describe_reading(reading(result))}")
    return "\n".join(out) + "\n"
