"""devices.audio on a real PortAudio stack: PulseAudio's null sink, heard back on its monitor."""

from __future__ import annotations

import array
import json
import math
import os
import subprocess
import sys
import threading
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.audio import PyAudioPort
from kiosk.audio_dsp import frame_rms
from kiosk.errors import ErrorCode, KioskError
from kiosk.ports import AudioProblem, Sound
from tests.pulse import ROOT, PulseServer, start_pulse, stop_pulse

pytestmark = [pytest.mark.audio, pytest.mark.usefixtures("pulse_server")]

# Generous: the first frame takes tens of milliseconds here, but up to 2 s on a null sink that
# was left at its idle latency. Every wait ends as soon as its event comes.
WAIT = 5.0
SILENCE = 0.001  # the monitor of a silent null sink is exact digital silence


class Listener:
    """Collects what the meter reports, with events to wait on (called from audio threads)."""

    def __init__(self, loud: float = 0.05) -> None:
        self.loud = loud
        self.levels: list[float] = []
        self.voice: list[tuple[bool, float]] = []
        self.first_level = threading.Event()
        self.heard = threading.Event()
        self.speaking = threading.Event()
        self.silent = threading.Event()
        self.frames_target = 0
        self.frames_reached = threading.Event()

    def on_level(self, level: float) -> None:
        self.levels.append(level)
        self.first_level.set()
        if level >= self.loud:
            self.heard.set()
        if self.frames_target and len(self.levels) >= self.frames_target:
            self.frames_reached.set()

    def on_voice(self, active: bool) -> None:
        self.voice.append((active, _monotonic()))
        (self.speaking if active else self.silent).set()


def _monotonic() -> float:
    import time

    return time.monotonic()


def write_tone(path: Path, seconds: float, *, freq: float = 440.0, rate: int = 16_000) -> None:
    """A sine tone at half scale (RMS about 0.35), 16-bit mono."""
    pcm = array.array(
        "h",
        (
            round(16_384 * math.sin(2 * math.pi * freq * n / rate))
            for n in range(round(seconds * rate))
        ),
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())


@pytest.fixture
def audio() -> Iterator[PyAudioPort]:
    port = PyAudioPort()
    yield port
    port.close()
    assert port.unavailable_reason is None, "audio became unavailable during the test"


def test_a_chime_played_is_heard_on_the_input(audio: PyAudioPort) -> None:
    listener = Listener()
    audio.start_meter(listener.on_level, listener.on_voice)
    assert listener.first_level.wait(WAIT), "no frame came from the default input"
    assert audio.first_frame_seconds is not None
    before = list(listener.levels)
    assert max(before) < SILENCE

    audio.play(Sound.CHIME_ONE_MINUTE)

    assert listener.heard.wait(WAIT), f"the chime was not heard (loudest {max(listener.levels)})"
    assert listener.speaking.wait(WAIT)
    assert audio.available


def test_voice_activity_starts_and_stops_the_speakers_clock(
    audio: PyAudioPort, tmp_path: Path
) -> None:
    listener = Listener()
    tone = tmp_path / "speech.wav"
    write_tone(tone, 0.6)
    audio.start_meter(listener.on_level, listener.on_voice)
    assert listener.first_level.wait(WAIT)

    audio.play_file(tone)

    assert listener.speaking.wait(WAIT)
    assert listener.silent.wait(WAIT), "voice activity did not stop after the tone"
    assert [active for active, _ in listener.voice] == [True, False]
    (_, started), (_, stopped) = listener.voice
    # The clock ran for the tone (0.6 s) and the hangover (0.5 s), not for the silence after.
    assert 0.4 < stopped - started < 2.5


def test_stop_meter_ends_an_active_voice(audio: PyAudioPort, tmp_path: Path) -> None:
    listener = Listener()
    tone = tmp_path / "long.wav"
    write_tone(tone, 4.0)
    audio.start_meter(listener.on_level, listener.on_voice)
    audio.play_file(tone)
    assert listener.speaking.wait(WAIT)

    audio.stop_meter()

    assert listener.silent.wait(WAIT), "a stopped meter must say that speech ended"
    assert [active for active, _ in listener.voice] == [True, False]
    audio.stop_playback()


def test_a_recording_is_a_wav_of_the_asked_length_and_plays_back(
    audio: PyAudioPort, tmp_path: Path
) -> None:
    tone = tmp_path / "tone.wav"
    write_tone(tone, 1.2)
    saved = tmp_path / "testimonial.wav"
    done = threading.Event()
    result: list[object] = []

    audio.play_file(tone)
    audio.record(
        saved,
        max_seconds=0.5,
        on_done=lambda path, problem: (result.extend([path, problem]), done.set()),
    )

    assert done.wait(WAIT)
    assert result == [saved, None]
    with wave.open(str(saved), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 16_000)
        assert wav.getnframes() == 8_000
        pcm = wav.readframes(wav.getnframes())
    assert frame_rms(pcm) > 0.1, "the recording did not capture the tone"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["testimonial.wav", "tone.wav"]

    # Playback: the recording comes back out and is heard on the input again.
    listener = Listener()
    audio.start_meter(listener.on_level, listener.on_voice)
    assert listener.first_level.wait(WAIT)
    played = threading.Event()
    outcome: list[object] = []
    audio.play_file(saved, lambda problem: (outcome.append(problem), played.set()))
    assert listener.heard.wait(WAIT)
    assert played.wait(WAIT)
    assert outcome == [None]


def test_stopping_a_recording_early_keeps_what_was_said(audio: PyAudioPort, tmp_path: Path) -> None:
    listener = Listener()
    listener.frames_target = 15  # 0.3 s of 20 ms frames
    saved = tmp_path / "short.wav"
    done = threading.Event()
    result: list[object] = []
    audio.record(saved, on_done=lambda path, problem: (result.extend([path, problem]), done.set()))
    audio.start_meter(listener.on_level, listener.on_voice)
    assert listener.frames_reached.wait(WAIT)

    audio.stop_recording()

    assert done.wait(WAIT)
    assert result == [saved, None]
    with wave.open(str(saved), "rb") as wav:
        assert 0 < wav.getnframes() < 60 * 16_000


def test_a_file_problem_fails_that_file_only(audio: PyAudioPort, tmp_path: Path) -> None:
    done = threading.Event()
    result: list[object] = []
    audio.record(
        tmp_path / "no such folder" / "story.wav",
        on_done=lambda path, problem: (result.extend([path, problem]), done.set()),
    )
    not_wav = tmp_path / "notes.wav"
    not_wav.write_text("not a sound", encoding="utf-8")
    played = threading.Event()
    outcome: list[object] = []
    audio.play_file(not_wav, lambda problem: (outcome.append(problem), played.set()))

    assert done.wait(WAIT)
    assert played.wait(WAIT)
    assert result == [None, AudioProblem.FILE_FAILED]
    assert outcome == [AudioProblem.FILE_FAILED]
    assert audio.available  # the sound itself still works


def test_an_unknown_sound_is_refused(audio: PyAudioPort) -> None:
    with pytest.raises(KioskError) as refused:
        audio.play("fanfare")
    assert refused.value.code is ErrorCode.INTERNAL
    assert refused.value.params == {"problem": "unknown_sound", "sound": "fanfare"}
    with pytest.raises(KioskError):
        audio.record(Path("never.wav"), on_done=lambda *_: None, max_seconds=61.0)


# Degradation: each case runs PortAudio in a process of its own, as the kiosk would start.


def run_child(scenario: str, workdir: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("audio_child.py")), scenario, str(workdir)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(child: subprocess.Popen[str]) -> tuple[dict[str, object], str]:
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    return json.loads(out.splitlines()[-1]), err


def warnings_in(log: str) -> list[str]:
    return [line for line in log.splitlines() if line.startswith(("WARNING", "ERROR"))]


@pytest.mark.parametrize(
    ("case", "env", "problem"),
    [
        # The configured server is not there: PortAudio finds no device.
        ("no server", {"PULSE_SERVER": "unix:/nonexistent/pulse/native"}, AudioProblem.NO_DEVICE),
        # A broken ALSA set-up that makes PortAudio 19.6 abort while it lists devices.
        ("broken ALSA", {"ALSA_CONFIG_PATH": "/nonexistent/asound.conf"}, AudioProblem.NO_BACKEND),
    ],
)
def test_without_audio_the_app_says_so_once_and_carries_on(
    tmp_path: Path, case: str, env: dict[str, str], problem: AudioProblem
) -> None:
    report, log = finish(run_child("unavailable", tmp_path, env))

    assert report["raised"] is None
    assert report["watched"] == [problem.value]
    assert report["available"] is False
    assert report["reason"] == problem.value
    assert report["recording"] == [None, problem.value]
    assert report["playing"] == [problem.value]
    assert report["recorded_again"] is True
    assert report["leftovers"] == []
    assert len(warnings_in(log)) == 1, log
    assert f"Audio unavailable: {problem.value}" in warnings_in(log)[0]


def test_a_sound_server_vanishing_mid_stream_is_reported_once(tmp_path: Path) -> None:
    server = start_pulse(tmp_path / "pulse")
    try:
        workdir = tmp_path / "work"
        workdir.mkdir()
        child = run_child("lose", workdir, server.env)
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "speaking", child.stderr.read() if child.stderr else line
        os.kill(server.pid, 9)  # the server this test started, gone without a goodbye
        report, log = finish(child)
    finally:
        stop_pulse(server)

    assert report["raised"] is None
    assert report["available_before"] is True
    assert report["voice_stopped"] is True, "the speaker's clock must stop with the device"
    assert report["voice"] == [True, False]
    assert report["watched"] == [AudioProblem.DEVICE_LOST.value]
    assert report["recording"] == [None, AudioProblem.DEVICE_LOST.value]
    assert report["playing"] == [AudioProblem.DEVICE_LOST.value]
    assert report["available"] is False
    assert report["leftovers"] == [], "a broken recording leaves no file behind"
    assert len(warnings_in(log)) == 1, log


def test_the_server_fixture_is_private(pulse_server: PulseServer) -> None:
    # Tests never touch a desktop's sound: the socket lives in this run's temporary directory.
    assert os.environ["PULSE_SERVER"] == f"unix:{pulse_server.directory / 'native'}"
    assert os.environ["ALSA_CONFIG_PATH"] == str(ROOT / "installer" / "asound.conf")
