"""Data points from text: a CSV file with a header row, or rows pasted from a spreadsheet.

`parse_points` reads every row and reports every bad cell, so that an import can refuse the
whole text and show the user each row to fix (nothing is half-imported). It is pure Python:
no database and no Qt.

How the text is read (the rule the facilitator's screen explains):

1. Blank lines are skipped and a byte-order mark is ignored. Rows are numbered as the user
   sees them: 1 is the first data row (after any header), counting non-blank rows only.
2. **Pasted rows** (a tab in the first non-blank line, as a spreadsheet copies cells; or a
   single column of cells without a comma): cells are tab-separated. The first row is a
   header when it names a column (value, denominator, period, note, in any case: columns are
   then taken by name, as in a CSV file) or when it has no digit anywhere and a letter in its
   value cell (the spreadsheet's own titles such as "Week, Falls, Bed days", which are
   skipped). Without a header naming them, columns go by position:
   * one column: the value;
   * otherwise period, value, then denominator (p and u charts only), then note.
   Cells beyond those must be empty.
3. **A CSV file** (anything else): comma-separated with a header row, as the chart command
   (`main.py chart analyse`) reads it: `value` (the count on p, u and c charts) is needed,
   `denominator` too on p and u charts; `period` and `note` are optional; other columns are
   ignored. A first line that names no column is refused (no header row).
4. Cells are trimmed; a value or denominator is a plain number ("12", "-0.5", "1e3") or one
   with thousands separators ("1,234.5"); period and note have runs of spaces and line
   breaks collapsed to one space. On run, i and c charts a denominator is not read.

The checks: value a finite number; on p, u and c charts not negative (a count); on p and u
charts a denominator, a finite number above 0, and on p charts not below the count; period at
most 40 characters, note at most 200, neither with control characters.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from kiosk.dto.measures import RowProblem
from kiosk.spc import PointIn

COLUMNS = ("value", "denominator", "period", "note")
PERIOD_MAX = 40
NOTE_MAX = 200
MAX_ROWS = 10_000
"""The most rows one import takes (the chart engine is benchmarked to 10,000 points)."""

_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


class PointProblem(StrEnum):
    """Why a row (or the text) was refused; RowProblem.code holds one of these.

    Where the chart engine refuses the same thing, the code is its ChartErrorCode value, so
    that screens word import problems and chart errors alike.
    """

    NO_ROWS = "no_rows"  # row 0: the text holds no data row
    TOO_MANY_ROWS = "too_many_rows"  # the first row past MAX_ROWS
    COLUMN_MISSING = "column_missing"  # row 0: the header lacks a needed column
    COLUMN_REPEATED = "column_repeated"  # row 0: the header names a column twice
    UNREADABLE = "unreadable"  # not valid CSV from this row on (a quote not closed ...)
    EXTRA_CELLS = "extra_cells"  # pasted row: more cells than the columns it can have
    VALUE_MISSING = "value_missing"  # value: empty
    NOT_A_NUMBER = "not_a_number"  # value, denominator
    VALUE_NOT_FINITE = "value_not_finite"  # value, denominator: too large to hold
    COUNT_NEGATIVE = "count_negative"  # value: a count below 0 (p, u and c charts)
    DENOMINATOR_MISSING = "denominator_missing"  # denominator: empty (p and u charts)
    DENOMINATOR_NOT_POSITIVE = "denominator_not_positive"  # denominator: 0 or below
    DENOMINATOR_BELOW_COUNT = "denominator_below_count"  # denominator: below the count (p)
    TOO_LONG = "too_long"  # period over 40 characters, note over 200
    CONTROL_CHARS = "control_chars"  # period, note


@dataclass(frozen=True)
class ParsedPoints:
    """The points read, in order, and every problem found (no problems: all rows are good)."""

    points: tuple[PointIn, ...]
    problems: tuple[RowProblem, ...]


def needs_denominator(chart: str) -> bool:
    """Whether points of this chart kind need a denominator (p and u charts)."""
    return chart in ("p", "u")


def is_count(chart: str) -> bool:
    """Whether the value is a count, which cannot be negative (p, u and c charts)."""
    return chart in ("p", "u", "c")


def parse_number(text: str) -> float | None:
    """A plain or thousands-grouped number as a float (may be infinite), or None."""
    text = text.strip()
    if _NUMBER.fullmatch(text):
        return float(text)
    if _GROUPED.fullmatch(text):
        return float(text.replace(",", ""))
    return None


def clean_text(text: str) -> str | None:
    """Trimmed, NFC-normalised text with whitespace runs as one space; None if it holds
    control characters (other than the line breaks and tabs collapsed)."""
    cleaned = " ".join(unicodedata.normalize("NFC", text).split())
    if any(unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in cleaned):
        return None
    return cleaned


def parse_points(text: str, *, chart: str) -> ParsedPoints:
    """Read `text` (a CSV file or pasted rows, see the module docstring) for a `chart` chart."""
    text = text.removeprefix("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), None)
    if first is None:
        return ParsedPoints((), (RowProblem(0, "", PointProblem.NO_ROWS),))
    pasted = "\t" in first or (
        "," not in first and not _names_columns(next(csv.reader([first]), []))
    )
    dialect = "excel-tab" if pasted else "excel"
    reader = csv.reader(io.StringIO(text, newline=""), dialect=dialect, strict=True)
    rows: list[list[str]] = []
    problems: list[RowProblem] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append(row)
    except csv.Error:
        # The row being read when the reader failed, numbered as a data row (the header,
        # if there is one, is rows[0]; the count is corrected below once that is known).
        problems.append(RowProblem(len(rows) + 1, "", PointProblem.UNREADABLE))
    if not rows:  # unreadable from the first line
        return ParsedPoints((), (RowProblem(0, "", PointProblem.UNREADABLE),))
    if pasted:
        columns, header = _pasted_columns(rows, chart)
    else:
        columns, header = _named_columns(rows[0], chart), True
    if header and problems:
        problems = [RowProblem(p.row - 1, p.column, p.code) for p in problems]
    if isinstance(columns, list):  # header problems: the rows cannot be read
        return ParsedPoints((), tuple(columns))
    data = rows[1:] if header else rows
    if not data and not problems:
        return ParsedPoints((), (RowProblem(0, "", PointProblem.NO_ROWS),))
    if len(data) > MAX_ROWS:
        return ParsedPoints((), (RowProblem(MAX_ROWS + 1, "", PointProblem.TOO_MANY_ROWS),))
    points: list[PointIn] = []
    for number, row in enumerate(data, start=1):
        point = _read_row(row, number, columns, chart, problems, positional=pasted and not header)
        if point is not None:
            points.append(point)
    problems.sort(key=lambda p: (p.row, COLUMNS.index(p.column) if p.column in COLUMNS else -1))
    return ParsedPoints(tuple(points), tuple(problems))


# Column maps: column name -> cell position; a list of RowProblem when the header is bad.
_Columns = dict[str, int] | list[RowProblem]


def _names_columns(row: list[str]) -> bool:
    return any(cell.strip().lower() in COLUMNS for cell in row)


def _named_columns(header: list[str], chart: str) -> _Columns:
    names = [cell.strip().lower() for cell in header]
    problems = [
        RowProblem(0, name, PointProblem.COLUMN_REPEATED)
        for name in COLUMNS
        if names.count(name) > 1
    ]
    needed = ("value", "denominator") if needs_denominator(chart) else ("value",)
    problems += [
        RowProblem(0, name, PointProblem.COLUMN_MISSING) for name in needed if name not in names
    ]
    if problems:
        return problems
    return {name: names.index(name) for name in COLUMNS if name in names}


def _pasted_columns(rows: list[list[str]], chart: str) -> tuple[_Columns, bool]:
    """The column map of pasted rows and whether the first row is a header."""
    if _names_columns(rows[0]):
        return _named_columns(rows[0], chart), True
    width = max(len(_trimmed(row)) for row in rows)
    if width == 1:
        columns = {"value": 0}
    elif needs_denominator(chart):
        columns = {"period": 0, "value": 1, "denominator": 2, "note": 3}
    else:
        columns = {"period": 0, "value": 1, "note": 2}
    # Titles: a value cell with a letter, and no digit anywhere in the row. A first data row
    # always has a digit (its value), so none is taken for titles and skipped.
    title = _cell(rows[0], columns["value"])
    titles = any(ch.isalpha() for ch in title) and not any(
        ch.isdigit() for cell in rows[0] for ch in cell
    )
    return columns, titles


def _trimmed(row: list[str]) -> list[str]:
    """The row without its trailing empty cells (spreadsheets copy them)."""
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]


def _cell(row: list[str], position: int | None) -> str:
    if position is None or position >= len(row):
        return ""
    return row[position].strip()


def _read_row(
    row: list[str],
    number: int,
    columns: dict[str, int],
    chart: str,
    problems: list[RowProblem],
    *,
    positional: bool,
) -> PointIn | None:
    """The row's point, or None after adding its problems."""
    found = len(problems)
    if positional and len(_trimmed(row)) > len(columns):
        problems.append(RowProblem(number, "", PointProblem.EXTRA_CELLS))
    value = _number(row, number, columns, "value", problems)
    if value is not None and is_count(chart) and value < 0:
        problems.append(RowProblem(number, "value", PointProblem.COUNT_NEGATIVE))
    denominator = None
    if needs_denominator(chart):
        denominator = _number(row, number, columns, "denominator", problems)
        if denominator is not None and denominator <= 0:
            problems.append(
                RowProblem(number, "denominator", PointProblem.DENOMINATOR_NOT_POSITIVE)
            )
        elif (
            chart == "p"
            and denominator is not None
            and value is not None
            and value >= 0
            and denominator < value
        ):
            problems.append(RowProblem(number, "denominator", PointProblem.DENOMINATOR_BELOW_COUNT))
    period = _text(row, number, columns, "period", PERIOD_MAX, problems)
    note = _text(row, number, columns, "note", NOTE_MAX, problems)
    if len(problems) > found or value is None:
        return None
    return PointIn(value=value, denominator=denominator, period=period or None, note=note or None)


def _number(
    row: list[str], number: int, columns: dict[str, int], column: str, problems: list[RowProblem]
) -> float | None:
    text = _cell(row, columns.get(column))
    if not text:
        missing = (
            PointProblem.DENOMINATOR_MISSING
            if column == "denominator"
            else PointProblem.VALUE_MISSING
        )
        problems.append(RowProblem(number, column, missing))
        return None
    value = parse_number(text)
    if value is None:
        problems.append(RowProblem(number, column, PointProblem.NOT_A_NUMBER))
        return None
    if not math.isfinite(value):
        problems.append(RowProblem(number, column, PointProblem.VALUE_NOT_FINITE))
        return None
    return value


def _text(
    row: list[str],
    number: int,
    columns: dict[str, int],
    column: str,
    maximum: int,
    problems: list[RowProblem],
) -> str:
    cleaned = clean_text(_cell(row, columns.get(column)))
    if cleaned is None:
        problems.append(RowProblem(number, column, PointProblem.CONTROL_CHARS))
        return ""
    if len(cleaned) > maximum:
        problems.append(RowProblem(number, column, PointProblem.TOO_LONG))
        return ""
    return cleaned
