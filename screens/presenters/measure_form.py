"""Authoring a measure and its points by touch: the choices, numbers as typed, the next date."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

CHARTS = ("run", "i", "p", "u", "c")
DIRECTIONS = ("up", "down", "neutral")
RATIO_CHARTS = frozenset({"p", "u"})
# The date steps offered as buttons, in days (months are their own step: lengths differ).
STEPS = ("-month", "-week", "-day", "+day", "+week", "+month")


class NumberError(ValueError):
    """A typed number that is not one; `field` names the form's field."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def parse_number(text: str, *, field: str, required: bool) -> float | None:
    """A number as a facilitator types it ("12", "12.5", "12,5", " 3 "); None when empty and
    not required.

    Raises:
        NumberError: the text is not a finite number (or is empty and required).
    """
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        if required:
            raise NumberError(field)
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise NumberError(field) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise NumberError(field)
    return value


def uses_denominator(chart: str) -> bool:
    """Whether a chart's points have a denominator (p and u charts)."""
    return chart in RATIO_CHARTS


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, kept inside the month (31 January + 1 = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def step_date(day: date, step: str) -> date:
    """`day` moved by one of STEPS."""
    sign = -1 if step.startswith("-") else 1
    unit = step[1:]
    if unit == "month":
        return add_months(day, sign)
    return day + timedelta(days=sign * (7 if unit == "week" else 1))


def _parsed(period: str) -> date | None:
    try:
        return date.fromisoformat(period[:10])
    except ValueError:
        return None


def next_period(periods: Sequence[str], today: date) -> date:
    """The date a new point most likely has: after the last point by the gap between the last
    two (a month when they are a month apart), the last point's next day after one point, and
    today when there are none (or the dates cannot be read)."""
    days = [d for d in (_parsed(p) for p in periods) if d is not None]
    if not days:
        return today
    last = days[-1]
    if len(days) < 2:
        return last + timedelta(days=1)
    before = days[-2]
    if before.day == last.day and before != last:
        months = (last.year - before.year) * 12 + last.month - before.month
        if months > 0:
            return add_months(last, months)
    gap = (last - before).days
    return last + timedelta(days=gap if gap > 0 else 1)


@dataclass(frozen=True)
class PointEntry:
    """A point as typed, checked: the value and, for p and u charts, its denominator."""

    period: date
    value: float
    denominator: float | None


def read_point(chart: str, period: date, value: str, denominator: str) -> PointEntry:
    """The point typed for a measure with `chart`.

    Raises:
        NumberError: the value (or a p or u chart's denominator) is not a number.
    """
    number = parse_number(value, field="value", required=True)
    if number is None:  # required: parse_number raised already
        raise NumberError("value")
    ratio = uses_denominator(chart)
    below = parse_number(denominator, field="denominator", required=ratio) if ratio else None
    return PointEntry(period=period, value=number, denominator=below)
