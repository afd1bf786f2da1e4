"""Reading data points from CSV files and pasted spreadsheet rows (pure, table-tested)."""

from __future__ import annotations

import pytest

from kiosk.datapoints import MAX_ROWS, clean_text, parse_number, parse_points
from kiosk.spc import PointIn

Row = tuple[float, float | None, str | None, str | None]


def _read(text: str, chart: str = "run") -> tuple[list[Row], list[tuple[int, str, str]]]:
    parsed = parse_points(text, chart=chart)
    points = [(p.value, p.denominator, p.period, p.note) for p in parsed.points]
    return points, [(p.row, p.column, p.code) for p in parsed.problems]


@pytest.mark.parametrize(
    ("text", "chart", "points"),
    [
        # CSV files, as the chart command reads them
        ("value\n3\n4\n", "run", [(3.0, None, None, None), (4.0, None, None, None)]),
        (
            "\ufeffPeriod,Value,Denominator,Note,Ward\r\nJan,3,40,,7\r\n,,,,\r\nFeb,4,41,ok,7\r\n",
            "p",
            [(3.0, 40.0, "Jan", None), (4.0, 41.0, "Feb", "ok")],
        ),
        ("value,denominator\n3,junk\n", "c", [(3.0, None, None, None)]),  # not read for c
        ('value,note\n3,"two\nlines"\n', "run", [(3.0, None, None, "two lines")]),
        (
            'value\n"1,234.5"\n-2\n+.5\n1e3\n',
            "i",
            [
                (1234.5, None, None, None),
                (-2.0, None, None, None),
                (0.5, None, None, None),
                (1000.0, None, None, None),
            ],
        ),
        # pasted rows: by position, with or without the spreadsheet's titles
        ("Jan\t3\tBusy week\n", "run", [(3.0, None, "Jan", "Busy week")]),
        ("Jan\t3\t40\tBusy week\n", "u", [(3.0, 40.0, "Jan", "Busy week")]),
        ("Month\tFalls\nJan\t3\n", "c", [(3.0, None, "Jan", None)]),
        ("Week\tSepsis six\tPatients\n1 Jan\t3\t4\t\t\n", "p", [(3.0, 4.0, "1 Jan", None)]),
        ("Falls\n3\n4\n", "c", [(3.0, None, None, None), (4.0, None, None, None)]),
        ("3\r\n4\r\n", "c", [(3.0, None, None, None), (4.0, None, None, None)]),
        # pasted rows with a header naming the columns: by name
        ("NOTE\tvalue\nfine\t3\n", "run", [(3.0, None, None, "fine")]),
    ],
)
def test_points_are_read_from_csv_files_and_pasted_rows(
    text: str, chart: str, points: list[Row]
) -> None:
    assert _read(text, chart) == (points, [])


def test_a_first_pasted_row_with_a_digit_is_data_not_titles() -> None:
    # "Week 1" has a digit, so the row is data and its value is reported, never skipped.
    assert _read("Week 1\tn/a\nWeek 2\t4\n") == (
        [(4.0, None, "Week 2", None)],
        [(1, "value", "not_a_number")],
    )
    # A first row whose value is "-" has no letter: data, reported.
    assert _read("Jan\t-\n")[1] == [(1, "value", "not_a_number")]


def test_every_bad_cell_of_a_row_is_reported_in_column_order() -> None:
    text = "note,denominator,value,period\n" + "\x07,0,-3," + "p" * 41 + "\n"

    assert _read(text, "p") == (
        [],
        [
            (1, "value", "count_negative"),
            (1, "denominator", "denominator_not_positive"),
            (1, "period", "too_long"),
            (1, "note", "control_chars"),
        ],
    )


def test_a_long_import_is_refused_past_the_limit() -> None:
    assert _read("value\n" + "1\n" * MAX_ROWS)[1] == []
    assert _read("value\n" + "1\n" * (MAX_ROWS + 1))[1] == [(MAX_ROWS + 1, "", "too_many_rows")]


def test_text_that_is_not_valid_csv_is_reported_where_it_breaks() -> None:
    assert _read('value\n1\n"2"x\n3\n')[1] == [(2, "", "unreadable")]
    assert _read('Jan\t"unclosed\n') == ([], [(0, "", "unreadable")])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12", 12.0),
        (" -0.5 ", -0.5),
        ("1e3", 1000.0),
        ("1,234", 1234.0),
        ("12,345,678.25", 12345678.25),
        ("1,5", None),  # a decimal comma is not guessed at
        ("1,2345", None),
        ("45%", None),
        ("nan", None),
        ("inf", None),
        ("", None),
        ("0x10", None),
    ],
)
def test_numbers_are_plain_or_grouped_in_thousands(text: str, number: float | None) -> None:
    assert parse_number(text) == number


def test_text_is_tidied_and_control_characters_are_refused() -> None:
    assert clean_text("  New\trota \r\n started ") == "New rota started"
    assert clean_text("Cafe\u0301") == "Café"
    assert clean_text("a\x00b") is None
    assert clean_text("") == ""


def test_points_are_the_engines_input() -> None:
    parsed = parse_points("value,period,note\n3,Jan,x\n", chart="run")

    assert parsed.points == (PointIn(value=3.0, denominator=None, period="Jan", note="x"),)
