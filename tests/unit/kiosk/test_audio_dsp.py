"""Frame levels and voice-activity detection, on synthetic frames."""

from __future__ import annotations

import array
import math
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.audio_dsp import VoiceActivityDetector, frame_rms


def pcm(samples: list[int]) -> bytes:
    data = array.array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    return data.tobytes()


def sine(amplitude: float, samples: int = 320, period: int = 40) -> bytes:
    return pcm(
        [round(amplitude * 32767 * math.sin(2 * math.pi * n / period)) for n in range(samples)]
    )


@pytest.mark.parametrize(
    ("frame", "level"),
    [
        (b"", 0.0),
        (pcm([0] * 320), 0.0),
        (pcm([-32768] * 320), 1.0),  # full-scale square wave
        (pcm([32767, -32768] * 160), 1.0),
        (pcm([16384] * 320), 0.5),
        (sine(1.0), 1 / math.sqrt(2)),
        (sine(0.1), 0.1 / math.sqrt(2)),
    ],
)
def test_frame_rms_is_the_level_as_a_fraction_of_full_scale(frame: bytes, level: float) -> None:
    assert frame_rms(frame) == pytest.approx(level, abs=1e-4)


def test_frame_rms_refuses_half_a_sample() -> None:
    with pytest.raises(ValueError, match="even number"):
        frame_rms(b"\x00\x01\x02")


def test_frame_rms_reads_little_endian() -> None:
    assert frame_rms(b"\x00\x40" * 4) == pytest.approx(0.5)  # 0x4000 = 16384


def run(detector: VoiceActivityDetector, levels: list[float]) -> list[tuple[int, bool]]:
    """The frames at which the detector reported a change, and the change."""
    changes = []
    for index, level in enumerate(levels):
        change = detector.feed(level)
        if change is not None:
            changes.append((index, change))
    return changes


def detector() -> VoiceActivityDetector:
    return VoiceActivityDetector(
        on_threshold=0.1, off_threshold=0.05, attack_frames=2, hangover_frames=3
    )


@pytest.mark.parametrize(
    ("levels", "changes"),
    [
        ([0.0] * 10, []),
        # Speech needs attack_frames loud frames in a row; one click is not speech.
        ([0.5, 0.0, 0.5, 0.0, 0.5, 0.0], []),
        ([0.5, 0.5], [(1, True)]),
        ([0.1, 0.1], [(1, True)]),  # at the on threshold counts
        # Silence needs hangover_frames quiet frames in a row.
        ([0.5, 0.5, 0.0, 0.0, 0.0], [(1, True), (4, False)]),
        ([0.5, 0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0], [(1, True), (7, False)]),
        # Hysteresis: between the thresholds nothing changes, either way.
        ([0.07] * 10, []),
        ([0.5, 0.5] + [0.07] * 10, [(1, True)]),
        ([0.5, 0.5] + [0.07] * 10 + [0.04] * 3, [(1, True), (14, False)]),
        # Start, stop, and start again.
        ([0.5, 0.5, 0.0, 0.0, 0.0, 0.3, 0.3], [(1, True), (4, False), (6, True)]),
    ],
)
def test_voice_activity_has_attack_hangover_and_hysteresis(
    levels: list[float], changes: list[tuple[int, bool]]
) -> None:
    assert run(detector(), levels) == changes


def test_reset_returns_to_silence() -> None:
    vad = detector()
    run(vad, [0.5, 0.5])
    assert vad.active
    vad.reset()
    assert not vad.active
    assert run(vad, [0.5]) == []  # the attack starts afresh


@pytest.mark.parametrize(
    "settings",
    [
        {"on_threshold": 0.01, "off_threshold": 0.02},
        {"off_threshold": 0.0},
        {"on_threshold": 1.5},
        {"attack_frames": 0},
        {"hangover_frames": 0},
    ],
)
def test_impossible_settings_are_refused(settings: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r"must|need"):
        VoiceActivityDetector(**settings)


@given(st.lists(st.floats(min_value=0.0, max_value=1.0), max_size=200))
def test_changes_alternate_starting_with_speech(levels: list[float]) -> None:
    vad = VoiceActivityDetector()
    changes = [change for _, change in run(vad, levels)]
    assert changes == [index % 2 == 0 for index in range(len(changes))]
    assert vad.active == (bool(changes) and changes[-1])
