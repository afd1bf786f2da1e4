"""Authoring a measure's points: numbers as typed, date steps and the date offered next."""

from __future__ import annotations

from datetime import date

import pytest

from screens.presenters.measure_form import (
    NumberError,
    add_months,
    next_period,
    parse_number,
    read_point,
    step_date,
)

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "expected"), [("12", 12.0), (" 12.5 ", 12.5), ("12,5", 12.5), ("-3", -3.0)]
)
def test_numbers_are_read_as_typed(text: str, expected: float) -> None:
    assert parse_number(text, field="value", required=True) == expected


@pytest.mark.parametrize("text", ["", "1.2.3", "nan", "inf", "lots"])
def test_a_value_that_is_not_a_number_is_refused_by_its_field(text: str) -> None:
    with pytest.raises(NumberError) as refused:
        parse_number(text, field="value", required=True)
    assert refused.value.field == "value"


def test_an_empty_optional_number_is_none() -> None:
    assert parse_number("  ", field="target", required=False) is None


def test_months_keep_inside_the_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    assert step_date(date(2026, 3, 1), "-day") == date(2026, 2, 28)
    assert step_date(date(2026, 3, 1), "+week") == date(2026, 3, 8)


def test_the_next_date_follows_the_points() -> None:
    assert next_period([], TODAY) == TODAY
    assert next_period(["2026-11-02"], TODAY) == date(2026, 11, 3)
    assert next_period(["2026-11-02", "2026-11-09"], TODAY) == date(2026, 11, 16)
    assert next_period(["2026-01-31", "2026-02-28"], TODAY) == date(2026, 3, 28)
    assert next_period(["2026-09-01", "2026-10-01"], TODAY) == date(2026, 11, 1)
    assert next_period(["week 3"], TODAY) == TODAY


def test_a_denominator_is_read_for_p_and_u_charts_only() -> None:
    point = read_point("p", TODAY, "3", "40")
    assert (point.value, point.denominator) == (3.0, 40.0)
    assert read_point("run", TODAY, "3", "40").denominator is None
    with pytest.raises(NumberError) as refused:
        read_point("u", TODAY, "3", "")
    assert refused.value.field == "denominator"
