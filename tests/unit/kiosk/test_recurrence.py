"""Repeat rules: expanded on London wall-clock time, exceptions out, UNTIL made UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk import recurrence

START = datetime(2027, 3, 18, 10, tzinfo=UTC)  # a Thursday, 10:00 GMT


def test_a_weekly_rule_keeps_ten_o_clock_in_london_across_the_change() -> None:
    rule = recurrence.weekly_or_monthly("weekly", count=3)
    found = recurrence.occurrences(
        starts_at=START,
        ends_at=START + timedelta(hours=1),
        rule=rule,
        after=START,
        before=START + timedelta(days=30),
    )
    assert [s.isoformat() for s, _e in found] == [
        "2027-03-18T10:00:00+00:00",
        "2027-03-25T10:00:00+00:00",
        "2027-04-01T09:00:00+00:00",
    ]
    assert recurrence.last_end(starts_at=START, ends_at=START + timedelta(hours=1), rule=rule) == (
        datetime(2027, 4, 1, 10, tzinfo=UTC)
    )


def test_exceptions_and_windows() -> None:
    skip = recurrence.parse_exdates(recurrence.format_exdates([START + timedelta(days=7)]))
    found = recurrence.occurrences(
        starts_at=START,
        ends_at=START + timedelta(hours=1),
        rule="FREQ=WEEKLY",
        exdates=skip,
        after=START + timedelta(minutes=30),  # the first is under way: it overlaps
        before=START + timedelta(days=15),
    )
    # (the third is on 1 April, in BST: 09:00 UTC)
    assert [s - START for s, _e in found] == [timedelta(0), timedelta(days=14, hours=-1)]
    assert (
        recurrence.last_end(starts_at=START, ends_at=START, rule="FREQ=WEEKLY") is None
    )  # never ends


def test_until_as_a_date_means_the_whole_london_day() -> None:
    rule = recurrence.weekly_or_monthly("monthly", until=date(2027, 6, 18))
    assert rule == "FREQ=MONTHLY;UNTIL=20270618T225959Z"


@pytest.mark.parametrize("rule", ["FREQ=HOURLY", "FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "nonsense"])
def test_rules_the_kiosk_cannot_use_are_refused(rule: str) -> None:
    with pytest.raises(recurrence.RuleError):
        recurrence.normalise_rule(rule)
