"""The showcase scheduler: order, durations, windows, emergency, moderation, fallback, checks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from kiosk.errors import ErrorCode, KioskError
from kiosk.showcase import (
    EMERGENCY_RECHECK_S,
    WELCOME_DURATION_S,
    Emergency,
    PlaylistEntry,
    SlideRef,
    eligible,
    next_entry,
    next_slide,
    validate_entry,
)

ROOM = ZoneInfo("Europe/London")
Approval = Callable[[SlideRef], bool]
MON, TUE, FRI, SAT, SUN = 0, 1, 4, 5, 6


def _at(day: int, hh: int, mm: int) -> datetime:
    """Local time on a day of the week in June 2025 (2 June 2025 is a Monday)."""
    return datetime(2025, 6, 2 + day, hh, mm, tzinfo=ROOM)


def _all(_: SlideRef) -> bool:
    return True


def _none(_: SlideRef) -> bool:
    return False


PROJECT = SlideRef("project", "p1")
STORY = SlideRef("story", "s1")
THANKS = SlideRef("thanks", "t1")
WHATS_ON = SlideRef("whats_on", None)
NUMBERS = SlideRef("room_numbers", None)

LOOP = [
    # Deliberately out of order: position decides, not list order.
    PlaylistEntry(30, STORY, 15),
    PlaylistEntry(10, PROJECT, 12),
    PlaylistEntry(20, NUMBERS, 8),
]


def _next(
    entries: list[PlaylistEntry],
    after: int | None,
    now: datetime,
    approved: Approval = _all,
    emergency: Emergency | None = None,
) -> tuple[SlideRef, int]:
    return next_slide(
        entries, after_position=after, now_local=now, approved=approved, emergency=emergency
    )


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (None, (PROJECT, 12)),  # the loop starts at the lowest position
        (10, (NUMBERS, 8)),
        (20, (STORY, 15)),
        (30, (PROJECT, 12)),  # wraps around after the last
        (15, (NUMBERS, 8)),  # a position that is no longer in the list
        (99, (PROJECT, 12)),
        (-5, (PROJECT, 12)),
    ],
)
def test_order_wraparound_and_durations(after: int | None, expected: tuple[SlideRef, int]) -> None:
    assert _next(LOOP, after, _at(MON, 12, 0)) == expected


def test_a_whole_loop_visits_each_entry_once_then_repeats() -> None:
    seen: list[SlideRef] = []
    position: int | None = None
    positions = {e.slide: e.position for e in LOOP}
    for _ in range(6):
        slide, _duration = _next(LOOP, position, _at(MON, 12, 0))
        seen.append(slide)
        position = positions[slide]
    assert seen == [PROJECT, NUMBERS, STORY, PROJECT, NUMBERS, STORY]


def test_disabled_entry_is_skipped() -> None:
    entries = [*LOOP[:2], PlaylistEntry(20, NUMBERS, 8, enabled=False)]
    assert _next(entries, 10, _at(MON, 12, 0)) == (STORY, 15)


BREAKFAST = time(8, 0), time(10, 0)
LATE = time(22, 0), time(2, 0)  # crosses midnight


@pytest.mark.parametrize(
    ("weekdays", "window", "now", "plays"),
    [
        # Time of day: start inclusive, end exclusive, to the minute and second.
        (None, BREAKFAST, _at(MON, 7, 59), False),
        (None, BREAKFAST, _at(MON, 8, 0), True),
        (None, BREAKFAST, _at(MON, 9, 59), True),
        (None, BREAKFAST, _at(MON, 10, 0), False),
        (None, BREAKFAST, _at(MON, 23, 0), False),
        # Open-ended windows.
        (None, (time(17, 0), None), _at(MON, 16, 59), False),
        (None, (time(17, 0), None), _at(MON, 23, 59), True),
        (None, (None, time(9, 0)), _at(MON, 0, 0), True),
        (None, (None, time(9, 0)), _at(MON, 9, 0), False),
        # Days of the week.
        (frozenset({MON, TUE}), BREAKFAST, _at(TUE, 9, 0), True),
        (frozenset({MON, TUE}), BREAKFAST, _at(SAT, 9, 0), False),
        (frozenset({SAT, SUN}), (None, None), _at(SUN, 15, 0), True),
        (frozenset({SAT, SUN}), (None, None), _at(FRI, 15, 0), False),
        # Across midnight: 22:00 to 02:00.
        (None, LATE, _at(MON, 21, 59), False),
        (None, LATE, _at(MON, 22, 0), True),
        (None, LATE, _at(MON, 23, 59), True),
        (None, LATE, _at(TUE, 0, 0), True),
        (None, LATE, _at(TUE, 1, 59), True),
        (None, LATE, _at(TUE, 2, 0), False),
        (None, LATE, _at(TUE, 12, 0), False),
        # A Friday-night window runs into Saturday morning, but not into Friday's small hours.
        (frozenset({FRI}), LATE, _at(FRI, 23, 0), True),
        (frozenset({FRI}), LATE, _at(SAT, 1, 0), True),
        (frozenset({FRI}), LATE, _at(FRI, 1, 0), False),
        (frozenset({FRI}), LATE, _at(SAT, 23, 0), False),
    ],
)
def test_day_and_time_windows(
    weekdays: frozenset[int] | None,
    window: tuple[time | None, time | None],
    now: datetime,
    plays: bool,
) -> None:
    start, end = window
    entry = (
        PlaylistEntry(1, WHATS_ON, 10, start=start, end=end)
        if weekdays is None
        else PlaylistEntry(1, WHATS_ON, 10, weekdays=weekdays, start=start, end=end)
    )
    assert (eligible([entry], now_local=now, approved=_all) == [entry]) is plays


def test_window_opening_mid_loop_is_picked_up_at_the_next_boundary() -> None:
    a = PlaylistEntry(1, PROJECT, 10)
    b = PlaylistEntry(2, WHATS_ON, 10, start=BREAKFAST[0], end=BREAKFAST[1])
    entries = [a, b]
    # 07:59: B's window is shut, so after A comes A again.
    assert _next(entries, None, _at(MON, 7, 59)) == (PROJECT, 10)
    assert _next(entries, a.position, _at(MON, 7, 59)) == (PROJECT, 10)
    # 08:00, the next boundary after A: B's window has opened, and B plays.
    assert _next(entries, a.position, _at(MON, 8, 0)) == (WHATS_ON, 10)
    # 10:00: B's window has shut again; after B the loop wraps to A.
    assert _next(entries, b.position, _at(MON, 10, 0)) == (PROJECT, 10)


EMERGENCY = Emergency(
    "Fire alarm test at 11:00: please leave by the nearest exit", _at(MON, 10, 55)
)


@pytest.mark.parametrize(
    ("entries", "after", "approved"),
    [
        (LOOP, None, _all),
        (LOOP, 10, _all),
        ([], None, _all),  # even an empty playlist
        (LOOP, 20, _none),
    ],
)
def test_emergency_overrides_every_loop(
    entries: list[PlaylistEntry], after: int | None, approved: Approval
) -> None:
    assert _next(entries, after, _at(MON, 11, 0), approved, EMERGENCY) == (
        SlideRef("emergency", None),
        EMERGENCY_RECHECK_S,
    )


def test_clearing_the_emergency_resumes_the_loop() -> None:
    now = _at(MON, 11, 0)
    assert _next(LOOP, 10, now, emergency=EMERGENCY)[0].kind == "emergency"
    assert _next(LOOP, 10, now, emergency=None) == (NUMBERS, 8)


def test_an_emergency_entry_in_the_playlist_never_plays() -> None:
    entries = [PlaylistEntry(1, SlideRef("emergency", None), 10)]
    assert _next(entries, None, _at(MON, 11, 0)) == (SlideRef("welcome", None), WELCOME_DURATION_S)


MIXED = [
    PlaylistEntry(1, PROJECT, 10),
    PlaylistEntry(2, STORY, 10),
    PlaylistEntry(3, THANKS, 10),
    PlaylistEntry(4, WHATS_ON, 10),
    PlaylistEntry(5, SlideRef("hot_topics", None), 10),
    PlaylistEntry(6, NUMBERS, 10),
    PlaylistEntry(7, SlideRef("welcome", None), 10),
    PlaylistEntry(8, SlideRef("poll", "x"), 10),  # unknown kind: never shown
]


@pytest.mark.parametrize(
    ("approved_items", "expected_positions"),
    [
        (set(), [4, 5, 6, 7]),  # nothing approved: only room-wide slides
        ({PROJECT}, [1, 4, 5, 6, 7]),
        ({PROJECT, STORY, THANKS}, [1, 2, 3, 4, 5, 6, 7]),
        ({STORY}, [2, 4, 5, 6, 7]),  # hiding the project takes it out at once
    ],
)
def test_moderation_unapproved_or_hidden_items_never_show(
    approved_items: set[SlideRef], expected_positions: list[int]
) -> None:
    asked: list[SlideRef] = []

    def approved(slide: SlideRef) -> bool:
        asked.append(slide)
        return slide in approved_items

    playable = eligible(MIXED, now_local=_at(MON, 12, 0), approved=approved)
    assert [e.position for e in playable] == expected_positions
    # Only per-item kinds are put to the facilitator's approval.
    assert {s.kind for s in asked} <= {"project", "story", "thanks"}


def test_moderation_holds_across_a_whole_loop() -> None:
    shown: set[SlideRef] = set()
    position: int | None = None
    for _ in range(20):
        slide, _duration = _next(MIXED, position, _at(MON, 12, 0), lambda s: s == STORY)
        shown.add(slide)
        position = next(e.position for e in MIXED if e.slide == slide)
    assert PROJECT not in shown
    assert THANKS not in shown
    assert STORY in shown


@pytest.mark.parametrize(
    ("entries", "approved"),
    [
        ([], _all),
        ([PlaylistEntry(1, PROJECT, 10)], _none),  # only unapproved items
        ([PlaylistEntry(1, PROJECT, 10, enabled=False)], _all),
        ([PlaylistEntry(1, WHATS_ON, 10, start=BREAKFAST[0], end=BREAKFAST[1])], _all),
    ],
)
def test_nothing_eligible_falls_back_to_welcome(
    entries: list[PlaylistEntry], approved: Approval
) -> None:
    assert _next(entries, None, _at(MON, 12, 0), approved) == (
        SlideRef("welcome", None),
        WELCOME_DURATION_S,
    )
    assert _next(entries, 3, _at(MON, 12, 0), approved)[0] == SlideRef("welcome", None)


@pytest.mark.parametrize(
    "entry",
    [
        PlaylistEntry(1, PROJECT, 3),
        PlaylistEntry(1, PROJECT, 600),
        PlaylistEntry(1, WHATS_ON, 10, start=time(8, 0), end=time(10, 0)),
        PlaylistEntry(1, WHATS_ON, 10, start=time(22, 0), end=time(2, 0)),
        PlaylistEntry(1, WHATS_ON, 10, start=None, end=None),
    ],
)
def test_valid_entries_pass(entry: PlaylistEntry) -> None:
    validate_entry(entry)


@pytest.mark.parametrize(
    ("entry", "params"),
    [
        (PlaylistEntry(1, PROJECT, 2), {"reason": "duration", "value": 2, "low": 3, "high": 600}),
        (PlaylistEntry(1, PROJECT, 601), {"reason": "duration", "value": 601}),
        (PlaylistEntry(1, PROJECT, 0), {"reason": "duration", "value": 0}),
        (PlaylistEntry(1, PROJECT, -10), {"reason": "duration", "value": -10}),
        (
            PlaylistEntry(1, WHATS_ON, 10, start=time(9, 0), end=time(9, 0)),
            {"reason": "window", "value": "09:00"},
        ),
        (PlaylistEntry(1, SlideRef("poll", None), 10), {"reason": "kind", "value": "poll"}),
        (PlaylistEntry(1, SlideRef("Project", "p1"), 10), {"reason": "kind"}),
        (PlaylistEntry(1, SlideRef("emergency", None), 10), {"reason": "kind"}),
        (PlaylistEntry(1, WHATS_ON, 10, weekdays=frozenset()), {"reason": "weekdays"}),
        (PlaylistEntry(1, WHATS_ON, 10, weekdays=frozenset({7})), {"reason": "weekdays"}),
    ],
)
def test_invalid_entries_are_refused_with_a_reason(
    entry: PlaylistEntry, params: dict[str, object]
) -> None:
    with pytest.raises(KioskError) as caught:
        validate_entry(entry)
    assert caught.value.code is ErrorCode.PLAYLIST_ENTRY_INVALID
    assert params.items() <= caught.value.params.items()


def test_next_entry_tells_apart_a_slide_that_appears_twice() -> None:
    entries = [
        PlaylistEntry(10, NUMBERS, 8),
        PlaylistEntry(20, PROJECT, 5),
        PlaylistEntry(30, NUMBERS, 9),
    ]
    first = next_entry(
        entries, after_position=None, now_local=_at(MON, 12, 0), approved=_all, emergency=None
    )
    second = next_entry(
        entries, after_position=20, now_local=_at(MON, 12, 0), approved=_all, emergency=None
    )
    assert (first.slide, first.duration_s, first.position) == (NUMBERS, 8, 10)
    assert (second.slide, second.duration_s, second.position) == (NUMBERS, 9, 30)
    fallback = next_entry(
        [], after_position=None, now_local=_at(MON, 12, 0), approved=_all, emergency=None
    )
    assert fallback.position is None
