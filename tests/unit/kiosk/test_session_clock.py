"""The session clock and the airtime meter, driven by a hand-moved monotonic clock."""

from __future__ import annotations

import pytest

from kiosk.session_clock import (
    AirtimeMeter,
    ClockEventKind,
    ClockSegment,
    ClockState,
    SessionClock,
)


class FakeMonotonic:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


def kinds(events: list) -> list[str]:  # type: ignore[type-arg]
    return [e.kind.value for e in events]


def test_a_segment_warns_at_one_minute_left_then_ends_and_the_next_begins(
    mono: FakeMonotonic,
) -> None:
    clock = SessionClock([ClockSegment("Welcome", 300), ClockSegment("Ideas", 120)], monotonic=mono)

    assert kinds(clock.start()) == ["segment_started"]
    mono.advance(239)
    assert clock.tick() == []
    mono.advance(2)
    assert kinds(clock.tick()) == ["one_minute_left"]
    assert clock.view().remaining == pytest.approx(59)
    mono.advance(60)
    events = clock.tick()
    assert kinds(events) == ["segment_ended", "segment_started"]
    assert events[1].segment == 1
    view = clock.view()
    assert view.title == "Ideas"
    assert view.remaining == pytest.approx(119)  # the second that ran over counts


def test_pause_stops_the_countdown_and_resume_carries_on(mono: FakeMonotonic) -> None:
    clock = SessionClock([ClockSegment("Welcome", 300)], monotonic=mono)
    clock.start()
    mono.advance(100)
    clock.pause()
    mono.advance(1000)

    assert clock.tick() == []
    assert clock.view().remaining == pytest.approx(200)
    assert clock.state is ClockState.PAUSED
    clock.resume()
    mono.advance(50)
    assert clock.view().remaining == pytest.approx(150)


def test_extend_adds_time_and_warns_again_skip_ends_the_segment_marked_skipped(
    mono: FakeMonotonic,
) -> None:
    clock = SessionClock([ClockSegment("A", 120), ClockSegment("B", 120)], monotonic=mono)
    clock.start()
    mono.advance(70)
    assert kinds(clock.tick()) == ["one_minute_left"]
    clock.extend(120)
    assert clock.view().remaining == pytest.approx(170)
    mono.advance(115)
    assert kinds(clock.tick()) == ["one_minute_left"]

    events = clock.skip()

    assert kinds(events) == ["segment_ended", "segment_started"]
    assert events[0].skipped
    assert events[0].extended_seconds == 120
    assert clock.view().title == "B"


def test_round_robin_gives_each_team_an_equal_slot_with_its_own_chimes(
    mono: FakeMonotonic,
) -> None:
    clock = SessionClock(
        [ClockSegment("Round", 600, ("Ward 4", "Pharmacy", "Theatres"))], monotonic=mono
    )
    clock.start()
    assert clock.view().allowed == 200
    assert clock.view().team == "Ward 4"
    seen: list[str] = []
    for _ in range(600):
        mono.advance(1)
        seen += [f"{e.kind.value}:{e.slot}" for e in clock.tick()]

    assert seen == [
        "one_minute_left:0",
        "slot_ended:0",
        "slot_started:1",
        "one_minute_left:1",
        "slot_ended:1",
        "slot_started:2",
        "one_minute_left:2",
        "slot_ended:2",
        "segment_ended:None",
        "finished:None",
    ]
    assert clock.state is ClockState.FINISHED


def test_a_long_gap_between_ticks_reports_every_end_in_order(mono: FakeMonotonic) -> None:
    clock = SessionClock([ClockSegment("A", 30), ClockSegment("B", 30)], monotonic=mono)
    clock.start()
    mono.advance(100)

    assert kinds(clock.tick()) == [
        "segment_ended",
        "segment_started",
        "segment_ended",
        "finished",
    ]


def test_next_slot_passes_to_the_next_team(mono: FakeMonotonic) -> None:
    clock = SessionClock([ClockSegment("Round", 300, ("A", "B"))], monotonic=mono)
    clock.start()
    events = clock.next_slot()
    assert [e.kind for e in events] == [ClockEventKind.SLOT_ENDED, ClockEventKind.SLOT_STARTED]
    assert clock.view().team == "B"


def test_airtime_runs_for_the_tapped_speaker_and_voice_activity_pauses_it(
    mono: FakeMonotonic,
) -> None:
    meter = AirtimeMeter(["Ward 4", "Pharmacy"], monotonic=mono)
    meter.set_speaker("Ward 4")
    mono.advance(30)
    meter.voice_activity(False)
    mono.advance(100)  # silence does not count
    meter.voice_activity(True)
    mono.advance(10)
    meter.set_speaker("Pharmacy")
    mono.advance(20)

    shares = meter.shares()
    assert [(s.label, s.seconds) for s in shares] == [("Ward 4", 40.0), ("Pharmacy", 20.0)]
    assert [round(s.share, 2) for s in shares] == [0.67, 0.33]
    assert [s.speaking for s in shares] == [False, True]
    assert meter.finish() == [("Ward 4", 40.0), ("Pharmacy", 20.0)]


def test_airtime_keeps_the_order_given_never_a_ranking(mono: FakeMonotonic) -> None:
    meter = AirtimeMeter(["A", "B", "C"], monotonic=mono)
    meter.set_speaker("C")
    mono.advance(50)
    meter.set_speaker(None)

    assert [s.label for s in meter.shares()] == ["A", "B", "C"]
