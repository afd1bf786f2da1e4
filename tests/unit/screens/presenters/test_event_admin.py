"""The events form's presenter: what the widgets hold, as the core's EventForm, and back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk import recurrence
from kiosk.dto.events import EventDetail
from screens.presenters.event_admin import (
    default_input,
    form_of,
    import_kinds,
    input_of,
    parse_rule,
    series_dates,
)

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def test_a_blank_form_is_tomorrow_from_ten_to_eleven_in_the_rooms_time() -> None:
    form = form_of(default_input(NOW))
    assert form.starts_at.isoformat() == "2026-11-27T10:00:00+00:00"
    assert form.ends_at - form.starts_at == timedelta(hours=1)
    assert (form.repeat, form.repeat_count, form.repeat_until, form.capacity) == (
        "none",
        None,
        None,
        None,
    )


def test_summer_times_are_british_summer_time() -> None:
    data = replace(default_input(NOW), day=date(2027, 7, 1))
    assert form_of(data).starts_at.astimezone(UTC).hour == 9  # 10:00 BST


@pytest.mark.parametrize(
    ("repeat", "ends", "count", "until"),
    [
        ("weekly", "count", 6, None),
        ("monthly", "until", None, date(2027, 6, 30)),
        ("weekly", "never", None, None),
    ],
)
def test_a_repeat_goes_to_the_core_and_reads_back(
    repeat: str, ends: str, count: int | None, until: date | None
) -> None:
    data = replace(
        default_input(NOW),
        repeat=repeat,
        ends=ends,
        count=count or 3,
        until=until or date(2027, 1, 1),
        capacity=20,
    )
    form = form_of(data)
    assert (form.repeat, form.repeat_count, form.repeat_until, form.capacity) == (
        repeat,
        count,
        until,
        20,
    )
    rule = recurrence.weekly_or_monthly(
        form.repeat, until=form.repeat_until, count=form.repeat_count
    )
    assert parse_rule(rule) == (repeat, ends, count, until)


def _series(exceptions: tuple[datetime, ...] = ()) -> EventDetail:
    start = datetime(2026, 12, 1, 10, tzinfo=UTC)
    return EventDetail(
        id="e1",
        kind="coffee",
        title_en="Coffee",
        title_cy="Paned",
        description="",
        location="",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        capacity=None,
        all_day=False,
        repeat_rule=recurrence.weekly_or_monthly("weekly", count=4),
        exceptions=exceptions,
        cancelled=False,
        uid=None,
    )


def test_a_series_lists_its_dates_with_the_skipped_one_marked() -> None:
    second = datetime(2026, 12, 8, 10, tzinfo=UTC)
    dates = series_dates(_series((second,)), now=NOW)
    assert [d.starts_at.day for d in dates] == [1, 8, 15, 22]
    assert [d.skipped for d in dates] == [False, True, False, False]
    assert series_dates(replace(_series(), repeat_rule=""), now=NOW) == []


def test_a_stored_series_fills_the_form() -> None:
    data = input_of(_series(), NOW)
    assert (data.kind, data.day, data.start_minutes, data.end_minutes) == (
        "coffee",
        date(2026, 12, 1),
        600,
        660,
    )
    assert (data.repeat, data.ends, data.count) == ("weekly", "count", 4)


def test_files_are_offered_for_what_they_can_be_imported_as() -> None:
    assert import_kinds("Calendr.ICS") == ("events",)
    assert import_kinds("staff.csv") == ("people", "departments")
    assert import_kinds("notes.txt") == ()
    assert import_kinds("README") == ()
