"""Runs PyAudioPort in a process of its own, for the degradation tests, and prints what it saw.

    python tests/audio/audio_child.py unavailable WORKDIR
        every operation with audio unavailable from the start; nothing may raise
    python tests/audio/audio_child.py lose WORKDIR
        meter, recording and playback running; prints "speaking" once voice activity starts,
        then waits for the parent to take the sound server away

The last line of output is a JSON report. Logging goes to stderr, where the parent counts the
warnings.
"""

from __future__ import annotations

import array
import json
import logging
import math
import sys
import threading
import wave
from pathlib import Path

from devices.audio import PyAudioPort
from kiosk.ports import AudioProblem

WAIT = 10.0


def write_tone(path: Path, seconds: float) -> None:
    """A 440 Hz tone at half scale, 16 kHz mono."""
    rate = 16_000
    pcm = array.array(
        "h",
        (
            round(16_000 * math.sin(2 * math.pi * 440 * n / rate))
            for n in range(round(seconds * rate))
        ),
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())


def main() -> None:
    scenario, workdir = sys.argv[1], Path(sys.argv[2])
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(message)s")
    report: dict[str, object] = {"raised": None}
    watched: list[str] = []
    voice: list[bool] = []
    unavailable = threading.Event()
    speaking = threading.Event()
    silent = threading.Event()
    recorded = threading.Event()
    played = threading.Event()
    recording: list[object] = []
    playing: list[object] = []

    def on_voice(active: bool) -> None:
        voice.append(active)
        (speaking if active else silent).set()

    def on_recorded(path: Path | None, problem: AudioProblem | None) -> None:
        recording.extend([str(path) if path else None, problem])
        recorded.set()

    def on_played(problem: AudioProblem | None) -> None:
        playing.append(problem)
        played.set()

    def on_unavailable(problem: AudioProblem) -> None:
        watched.append(problem)
        unavailable.set()

    tone = workdir / "tone.wav"
    write_tone(tone, 8.0 if scenario == "lose" else 0.5)
    audio = PyAudioPort()
    try:
        audio.watch_unavailable(on_unavailable)
        audio.start_meter(lambda _level: None, on_voice)
        audio.play_file(tone, on_played)
        audio.record(workdir / "testimonial.wav", on_done=on_recorded, max_seconds=30.0)
        if scenario == "lose":
            if not speaking.wait(WAIT):
                raise SystemExit("no voice activity before the server went away")
            sys.stdout.write("speaking\n")
            sys.stdout.flush()
            report["available_before"] = audio.available
            report["voice_stopped"] = silent.wait(WAIT)
        report["unavailable"] = unavailable.wait(WAIT)
        report["recorded"] = recorded.wait(WAIT)
        report["played"] = played.wait(WAIT)
        # Everything again, now that audio is known to be unavailable: still no exception,
        # no second notice.
        audio.play("chime_end")
        again = threading.Event()
        audio.record(workdir / "again.wav", on_done=lambda *_: again.set(), max_seconds=1.0)
        audio.start_meter(lambda _level: None, on_voice)
        audio.stop_meter()
        report["recorded_again"] = again.wait(WAIT)
        report["available"] = audio.available
        report["reason"] = audio.unavailable_reason
    except Exception as exc:  # noqa: BLE001 - the report says what was raised
        report["raised"] = repr(exc)
    finally:
        audio.close()
    report.update(
        watched=watched,
        voice=voice,
        recording=recording,
        playing=playing,
        leftovers=sorted(p.name for p in workdir.iterdir() if p.name != tone.name),
    )
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
