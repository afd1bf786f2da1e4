"""Small protocols for hardware: devices/ implements them, screens use them, tests fake them.

Audio (`AudioPort`, implemented by devices.audio.PyAudioPort and devices.audio.NullAudio):

- `play(sound)` plays a named chime from assets/sounds (`Sound`); `play_file(path, on_done)`
  plays a recorded WAV; `stop_playback()`. One sound at a time: a new one replaces the last.
- `start_meter(on_level, on_voice)` listens to the default input: `on_level(rms)` for every
  20 ms frame (0.0-1.0) and `on_voice(True/False)` when speech starts and stops (RMS with
  hysteresis, kiosk.audio_dsp); `stop_meter()`.
- `record(path, on_done=..., max_seconds=60)` records a WAV testimonial (16 kHz, mono,
  16-bit) until `stop_recording()` or `max_seconds`, then `on_done(path, None)`, or
  `on_done(None, problem)` with nothing left at `path`.
- `available`, `unavailable_reason` and `watch_unavailable(callback)`: the first problem
  (`AudioProblem`) is logged once and handed once to every watcher, so the facilitator view
  can say once that audio is unavailable. The kiosk keeps working silently: no method raises
  for an audio problem and none blocks the caller (the work runs on an audio thread).

Callbacks run on audio threads, never on the GUI thread: a Qt adapter turns them into queued
signals. A call already under way may still arrive just after the matching stop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class PrintDocument:
    """A document to print: HTML with named PNG images, on a page size."""

    name: str
    html: str
    images: dict[str, bytes] = field(default_factory=dict)
    page: str = "A4"  # "A4", "A5" or "A6"
    landscape: bool = False


@dataclass(frozen=True)
class PrintOutcome:
    """Where a document went: a printer's name, or a PDF file when no printer is set."""

    printer: str | None
    pdf: Path | None


class DocumentPrinter(Protocol):
    """Prints documents off the GUI thread and calls back on the GUI thread."""

    def print_document(
        self,
        document: PrintDocument,
        on_done: Callable[[PrintOutcome], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Print `document`; exactly one of the callbacks is called later."""

    def has_printer(self) -> bool:
        """Whether a printer is set up (without one, print_document writes a PDF instead)."""

    def save_pdf(
        self,
        document: PrintDocument,
        path: Path,
        on_done: Callable[[PrintOutcome], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Write `document` to a PDF file at `path` (never to a printer)."""


MAX_RECORDING_SECONDS = 60.0


class Sound(StrEnum):
    """The chimes in assets/sounds (`<value>.wav`)."""

    CHIME_ONE_MINUTE = "chime_one_minute"
    CHIME_END = "chime_end"


class AudioProblem(StrEnum):
    """Why audio is unavailable (or why one recording or playback failed)."""

    NO_BACKEND = "no_backend"  # PortAudio could not be loaded or started
    NO_DEVICE = "no_device"  # no default input or output device
    STREAM_FAILED = "stream_failed"  # a stream would not open or start (no server, busy device)
    DEVICE_LOST = "device_lost"  # a running stream stopped by itself (unplugged, server gone)
    DISABLED = "disabled"  # audio is switched off (NullAudio)
    FILE_FAILED = "file_failed"  # a WAV file could not be read or written (audio still works)


class AudioPort(Protocol):
    """Chimes, a microphone meter with voice activity, and testimonial recording."""

    @property
    def available(self) -> bool:
        """False once a problem has made input or output unavailable."""

    @property
    def unavailable_reason(self) -> AudioProblem | None:
        """The first problem that made audio unavailable, or None."""

    def watch_unavailable(self, callback: Callable[[AudioProblem], None]) -> None:
        """Call `callback(problem)` once when audio becomes unavailable (at once if it is)."""

    def play(self, sound: Sound | str) -> None:
        """Start playing a chime and return at once.

        Raises:
            KioskError: `sound` names no chime (ErrorCode.INTERNAL, problem="unknown_sound").
        """

    def play_file(
        self, path: Path, on_done: Callable[[AudioProblem | None], None] | None = None
    ) -> None:
        """Start playing a WAV file; `on_done(None)` when it ended or was stopped."""

    def stop_playback(self) -> None:
        """Stop whatever is playing."""

    def start_meter(
        self, on_level: Callable[[float], None], on_voice: Callable[[bool], None]
    ) -> None:
        """Listen to the default input, replacing any earlier listener."""

    def stop_meter(self) -> None:
        """Stop listening; an active voice is reported stopped first."""

    def record(
        self,
        path: Path,
        *,
        on_done: Callable[[Path | None, AudioProblem | None], None],
        max_seconds: float = MAX_RECORDING_SECONDS,
    ) -> None:
        """Record a WAV file at `path`, finishing any recording under way first.

        Raises:
            KioskError: max_seconds is not above 0 and at most 60 (ErrorCode.INTERNAL).
        """

    def stop_recording(self) -> None:
        """Finish the recording under way (its on_done is called with the file)."""

    def close(self) -> None:
        """Stop everything and release the device (waits at most a second)."""
