"""The hybrid logical clock: versions keep their order when wall clocks disagree."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.hlc import HlcTimestamp, HybridClock

walls = st.integers(min_value=0, max_value=10**15 - 1)
counters = st.integers(min_value=0, max_value=10**6 - 1)
nodes = st.text(min_size=1, max_size=40)
timestamps = st.builds(HlcTimestamp, walls, counters, nodes)


def test_a_new_clock_starts_at_the_wall_time() -> None:
    clock = HybridClock("kiosk-a")

    assert clock.tick(1_000) == HlcTimestamp(1_000, 0, "kiosk-a")


def test_ticks_keep_rising_when_the_wall_clock_goes_backwards() -> None:
    clock = HybridClock("kiosk-a")

    stamps = [clock.tick(wall) for wall in (1_000, 900, 500, 1_000, 1_001)]

    assert stamps == [
        HlcTimestamp(1_000, 0, "kiosk-a"),
        HlcTimestamp(1_000, 1, "kiosk-a"),
        HlcTimestamp(1_000, 2, "kiosk-a"),
        HlcTimestamp(1_000, 3, "kiosk-a"),
        HlcTimestamp(1_001, 0, "kiosk-a"),
    ]
    assert clock.last == stamps[-1]


def test_a_clock_resumes_after_its_last_timestamp() -> None:
    clock = HybridClock("kiosk-a", HlcTimestamp(5_000, 2, "kiosk-a"))

    assert clock.tick(10) == HlcTimestamp(5_000, 3, "kiosk-a")


def test_observing_a_remote_clock_ahead_moves_local_time_past_it() -> None:
    clock = HybridClock("kiosk-a")
    clock.tick(1_000)
    remote = HlcTimestamp(5_000, 7, "kiosk-b")

    observed = clock.observe(remote, 1_200)

    assert observed == HlcTimestamp(5_000, 8, "kiosk-a")
    assert observed > remote
    assert clock.tick(1_300) == HlcTimestamp(5_000, 9, "kiosk-a")


def test_observing_a_remote_clock_behind_follows_the_wall_clock() -> None:
    clock = HybridClock("kiosk-a")
    clock.tick(1_000)

    assert clock.observe(HlcTimestamp(500, 40, "kiosk-b"), 1_200) == HlcTimestamp(
        1_200, 0, "kiosk-a"
    )


def test_observing_a_remote_clock_at_the_same_millisecond_takes_the_larger_counter() -> None:
    clock = HybridClock("kiosk-a", HlcTimestamp(1_000, 3, "kiosk-a"))

    assert clock.observe(HlcTimestamp(1_000, 9, "kiosk-b"), 900) == HlcTimestamp(
        1_000, 10, "kiosk-a"
    )


def test_encoding_is_fixed_width_text() -> None:
    assert HlcTimestamp(1_764_149_400_000, 12, "node").encode() == "001764149400000.000012.node"


@pytest.mark.parametrize(
    "text", ["", "abc", "1.2", "x.1.node", "1.x.node", "1.2.", "-1.2.node", "1 .2.node"]
)
def test_decoding_rejects_malformed_text(text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        HlcTimestamp.decode(text)


@given(timestamps)
def test_encode_decode_round_trip(stamp: HlcTimestamp) -> None:
    assert HlcTimestamp.decode(stamp.encode()) == stamp


@given(timestamps, timestamps)
def test_lexical_order_of_encodings_is_clock_order(a: HlcTimestamp, b: HlcTimestamp) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)


@given(st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=50))
def test_ticks_strictly_increase_whatever_the_wall_clock_does(wall_times: list[int]) -> None:
    clock = HybridClock("kiosk-a")

    stamps = [clock.tick(wall) for wall in wall_times]

    assert all(earlier < later for earlier, later in pairwise(stamps))
    encoded = [stamp.encode() for stamp in stamps]
    assert encoded == sorted(encoded)
    assert len(set(encoded)) == len(encoded)


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("tick"), walls),
            st.tuples(st.just("observe"), walls, timestamps),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_every_new_timestamp_follows_all_seen_before(
    events: list[tuple[str, int] | tuple[str, int, HlcTimestamp]],
) -> None:
    clock = HybridClock("kiosk-a")
    seen: list[HlcTimestamp] = []

    for event in events:
        if event[0] == "tick":
            stamp = clock.tick(event[1])
        else:
            remote = event[2]  # type: ignore[misc]  # the observe tuple has three items
            stamp = clock.observe(remote, event[1])
            seen.append(remote)
        assert all((stamp.wall_ms, stamp.counter) > (s.wall_ms, s.counter) for s in seen)
        assert stamp.wall_ms >= event[1]
        seen.append(stamp)


def test_once_the_register_time_is_known_no_timestamp_goes_past_it() -> None:
    seconds = [100.0]
    clock = HybridClock("kiosk-a", monotonic=lambda: seconds[0])
    clock.set_reference(1_000_000)

    fast = clock.tick(1_000_000 + 2 * 86_400_000)  # the wall clock is two days fast
    seconds[0] += 1.5
    later = clock.tick(1_000_000 + 2 * 86_400_000)
    observed = clock.observe(HlcTimestamp(1_000_000, 0, "kiosk-b"), 1_000_000 + 86_400_000)

    assert fast == HlcTimestamp(1_000_000, 0, "kiosk-a")
    assert later == HlcTimestamp(1_001_500, 0, "kiosk-a")
    assert observed.wall_ms == 1_001_500


def test_rewind_forgets_timestamps_stamped_by_a_fast_clock() -> None:
    clock = HybridClock("kiosk-a", HlcTimestamp(9_000_000, 4, "kiosk-a"))

    clock.rewind(1_000_000)

    assert clock.tick(1_000_000) == HlcTimestamp(1_000_000, 1, "kiosk-a")
