"""Synthesises the session chimes in assets/sounds (run again after changing a note or a length).

`.venv/bin/python installer/make_sounds.py` writes chime_one_minute.wav (two soft rising notes,
"one minute left") and chime_end.wav (two notes falling to a longer, lower one, "time is up"):
16-bit mono at 22,050 Hz, about a second each, peak at -6 dBFS so a chime never startles the
room. Each note is a bell-like tone: a fundamental, a quieter octave and a faint inharmonic
partial, with a 5 ms rise and an exponential decay. No randomness: the same script gives the
same notes.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

RATE = 22_050
PEAK = 0.5  # -6 dBFS
SOUNDS = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# (frequency in Hz, start in s, length in s) per note.
CHIMES: dict[str, list[tuple[float, float, float]]] = {
    "chime_one_minute": [(659.25, 0.0, 0.55), (880.0, 0.22, 0.75)],  # E5 then A5
    "chime_end": [(880.0, 0.0, 0.5), (659.25, 0.22, 0.5), (440.0, 0.44, 0.85)],  # A5 E5 A4
}

PARTIALS = [(1.0, 1.0), (2.0, 0.25), (2.76, 0.08)]  # (multiple of the note, relative level)


def _note(samples: list[float], freq: float, start: float, length: float) -> None:
    first = round(start * RATE)
    count = round(length * RATE)
    rise = round(0.005 * RATE)
    for n in range(count):
        t = n / RATE
        envelope = min(1.0, n / rise) * math.exp(-5.0 * t / length)
        value = sum(
            level * math.sin(2.0 * math.pi * freq * multiple * t) for multiple, level in PARTIALS
        )
        samples[first + n] += envelope * value


def synthesise(notes: list[tuple[float, float, float]]) -> bytes:
    """The chime made of `notes`, as little-endian 16-bit mono PCM peaking at PEAK."""
    end = max(start + length for _, start, length in notes)
    samples = [0.0] * (round(end * RATE) + 1)
    for freq, start, length in notes:
        _note(samples, freq, start, length)
    scale = PEAK / max(abs(s) for s in samples)
    pcm = array.array("h", (round(s * scale * 32767) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm.tobytes()


def main() -> None:
    """Write every chime as a WAV file into assets/sounds."""
    SOUNDS.mkdir(parents=True, exist_ok=True)
    for name, notes in CHIMES.items():
        with wave.open(str(SOUNDS / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(synthesise(notes))


if __name__ == "__main__":
    main()
