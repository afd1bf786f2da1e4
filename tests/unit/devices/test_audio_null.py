"""NullAudio, the chime files, and what PyAudioPort refuses before it touches PortAudio."""

from __future__ import annotations

import io
import wave
from importlib import resources
from pathlib import Path

import pytest

from devices.audio import NullAudio
from kiosk.audio_dsp import frame_rms
from kiosk.errors import ErrorCode, KioskError
from kiosk.ports import AudioPort, AudioProblem, Sound


def test_null_audio_says_once_that_audio_is_off_and_does_nothing() -> None:
    audio: AudioPort = NullAudio()
    told: list[AudioProblem] = []
    audio.watch_unavailable(told.append)
    assert told == [AudioProblem.DISABLED]
    assert not audio.available
    assert audio.unavailable_reason is AudioProblem.DISABLED

    recorded: list[object] = []
    played: list[object] = []
    audio.play(Sound.CHIME_END)
    audio.play("chime_one_minute")
    audio.play_file(Path("x.wav"), played.append)
    audio.start_meter(lambda _level: None, lambda _active: None)
    audio.stop_meter()
    audio.record(Path("x.wav"), on_done=lambda path, problem: recorded.extend([path, problem]))
    audio.stop_recording()
    audio.stop_playback()
    audio.close()

    assert recorded == [None, AudioProblem.DISABLED]
    assert played == [AudioProblem.DISABLED]
    assert told == [AudioProblem.DISABLED]
    assert not Path("x.wav").exists()


def test_null_audio_still_refuses_unknown_sounds() -> None:
    with pytest.raises(KioskError) as refused:
        NullAudio().play("fanfare")
    assert refused.value.code is ErrorCode.INTERNAL
    with pytest.raises(KioskError):
        NullAudio().record(Path("x.wav"), on_done=lambda *_: None, max_seconds=0)


@pytest.mark.parametrize("sound", list(Sound))
def test_every_chime_is_a_short_gentle_mono_wav(sound: Sound) -> None:
    data = (resources.files("assets") / "sounds" / f"{sound.value}.wav").read_bytes()
    assert len(data) < 100_000
    with wave.open(io.BytesIO(data), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22_050)
        seconds = wav.getnframes() / wav.getframerate()
        pcm = wav.readframes(wav.getnframes())
    assert 0.5 < seconds < 2.0
    assert frame_rms(pcm) > 0.02  # audible
    peak = max(
        abs(int.from_bytes(pcm[i : i + 2], "little", signed=True)) for i in range(0, len(pcm), 2)
    )
    assert peak <= 0.55 * 32768  # about -6 dBFS: never startling
