"""Audio through PortAudio (PyAudio): chimes, a microphone meter with voice activity, testimonials.

`PyAudioPort` implements kiosk.ports.AudioPort (see that module for the contract). One worker
thread, "qspace-audio", owns PortAudio: it starts the library, opens and closes every stream and
writes recordings, so no caller ever waits for a device, a sound server or a file. Samples move
in PortAudio's own callback threads. Any PortAudio failure (no library, no device, no server, a
device that vanishes mid-stream) marks the input or the output unavailable: it is logged once,
watchers hear of it once, and later calls in that direction do nothing. Before PortAudio starts
in this process it is tried once in a child process, because a broken ALSA set-up can make
PortAudio abort the process that lists the devices. `NullAudio` is the same port for a machine
where audio is switched off.

Callbacks never run on the caller's thread (except watch_unavailable's when audio is already
unavailable); `AudioSignals` turns them into Qt signals, queued to the GUI thread, so that no
PortAudio callback ever touches a widget.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import io
import logging
import queue
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QObject, QTimer, Signal

import assets
from kiosk.audio_dsp import VoiceActivityDetector, frame_rms
from kiosk.errors import ErrorCode, KioskError
from kiosk.ports import MAX_RECORDING_SECONDS, AudioPort, AudioProblem, Sound

log = logging.getLogger(__name__)

INPUT_RATE = 16_000  # Hz; speech needs no more, and 60 s of it is under 2 MB
FRAME_SECONDS = 0.02  # one meter frame, one voice-activity decision
POLL_SECONDS = 0.05  # how often the worker looks at running streams
STALL_SECONDS = 5.0  # an input stream with no frame for this long is taken as lost
OUTPUT_BUFFER_SECONDS = 0.025  # PortAudio's default buffer under-runs through ALSA's pulse plugin
TAIL_SECONDS = 0.15  # silence after a clip: a stream can stop before its last buffers are heard

# PortAudio callback results (pyaudio.paContinue, pyaudio.paComplete), so the callbacks do
# not need the module, which is only imported on the worker thread.
_CONTINUE = 0
_COMPLETE = 1

# Starting PortAudio enumerates the devices, and a bad ALSA configuration can make that abort
# the whole process (an assertion in PortAudio 19.6); so it is first tried in a child process.
# PortAudio is not thread-safe: ports in one process (each with its own thread) take turns to
# start it and to open and close streams.
_PORTAUDIO_LOCK = threading.RLock()
_PROBE = "import pyaudio; p = pyaudio.PyAudio(); p.get_device_count(); p.terminate()"
PROBE_TIMEOUT_SECONDS = 15.0

Done = Callable[[AudioProblem | None], None]
RecordingDone = Callable[[Path | None, AudioProblem | None], None]


class _Direction(Enum):
    INPUT = "input"
    OUTPUT = "output"


@dataclass(frozen=True)
class _Clip:
    """Decoded PCM, ready for an output stream."""

    pcm: bytes
    rate: int
    channels: int
    width: int


def _read_wav(source: Path | bytes) -> _Clip:
    """Decode a PCM WAV file or its bytes (raises wave.Error or OSError)."""
    with wave.open(io.BytesIO(source) if isinstance(source, bytes) else str(source), "rb") as w:
        return _Clip(
            w.readframes(w.getnframes()), w.getframerate(), w.getnchannels(), w.getsampwidth()
        )


class _Playback:
    """One clip playing: the output callback hands it out buffer by buffer."""

    def __init__(self, clip: _Clip, on_done: Done | None) -> None:
        self.clip = clip
        self.on_done = on_done
        self.stream: Any = None
        self.position = 0
        frame_bytes = clip.channels * clip.width
        self.end = len(clip.pcm) + round(TAIL_SECONDS * clip.rate) * frame_bytes
        self.finished = False  # the callback has handed out the last sample

    def callback(
        self, _in: bytes | None, frames: int, _time: Any, _status: int
    ) -> tuple[bytes, int]:
        size = frames * self.clip.channels * self.clip.width
        chunk = self.clip.pcm[self.position : self.position + size]
        chunk += bytes(size - len(chunk))  # the silent tail
        self.position += size
        if self.position >= self.end:
            self.finished = True
            return chunk, _COMPLETE
        return chunk, _CONTINUE


class _Meter:
    """A listener's callbacks and its voice-activity state, fed from the input callback."""

    def __init__(
        self,
        on_level: Callable[[float], None],
        on_voice: Callable[[bool], None],
        detector: VoiceActivityDetector,
    ) -> None:
        self.on_level = on_level
        self.on_voice = on_voice
        self.detector = detector
        self.lock = threading.Lock()  # orders the last on_voice(False) after every frame
        self.stopped = False
        self.complained = False

    def feed(self, frame: bytes) -> None:
        level = frame_rms(frame)
        with self.lock:
            if self.stopped:
                return
            try:
                self.on_level(level)
                change = self.detector.feed(level)
                if change is not None:
                    self.on_voice(change)
            except Exception:
                if not self.complained:  # once: it would fail again 50 times a second
                    self.complained = True
                    log.exception("An audio level listener failed")

    def stop(self) -> None:
        with self.lock:
            if self.stopped:
                return
            self.stopped = True
            if self.detector.active:
                self.detector.reset()
                try:
                    self.on_voice(False)
                except Exception:
                    log.exception("An audio level listener failed")


class _Recording:
    """A testimonial being recorded: the input callback queues frames, the worker writes them."""

    def __init__(self, path: Path, max_seconds: float, on_done: RecordingDone) -> None:
        self.path = path
        self.part = path.with_name(path.name + ".part")
        self.max_seconds = max_seconds
        self.on_done = on_done
        self.file: BinaryIO | None = None
        self.writer: wave.Wave_write | None = None
        self.max_bytes = 0
        self.taken = 0  # bytes queued by the input callback
        self.chunks: collections.deque[bytes] = collections.deque()
        self.full = False

    def take(self, frame: bytes) -> None:
        if self.full:
            return
        frame = frame[: self.max_bytes - self.taken]
        self.chunks.append(frame)
        self.taken += len(frame)
        if self.taken >= self.max_bytes:
            self.full = True

    def drain(self) -> None:
        assert self.writer is not None
        while self.chunks:
            self.writer.writeframesraw(self.chunks.popleft())


class _Input:
    """The one input stream, shared by the meter and the recorder."""

    def __init__(self, stream: Any, rate: int, opened_at: float) -> None:
        self.stream = stream
        self.rate = rate
        self.opened_at = opened_at
        self.last_frame_at = opened_at
        self.first_frame_at: float | None = None


def default_probe() -> list[str] | None:
    """The command that tries PortAudio in a child process, or None in a frozen build.

    A PyInstaller build has no interpreter to run `-c` with; the composition root may give the
    bundled executable an option that runs the same lines instead.
    """
    if getattr(sys, "frozen", False):
        return None
    return [sys.executable, "-c", _PROBE]


class PyAudioPort:
    """AudioPort on PortAudio's default input and output devices (see kiosk.ports)."""

    def __init__(
        self,
        *,
        detector: Callable[[], VoiceActivityDetector] = VoiceActivityDetector,
        clock: Callable[[], float] = time.monotonic,
        stall_seconds: float = STALL_SECONDS,
        probe: list[str] | None = None,
        use_probe: bool = True,
    ) -> None:
        """Start the audio thread; nothing here waits for PortAudio.

        Args:
            detector: makes the voice-activity detector for each start_meter.
            clock: monotonic seconds, for the stall watchdog.
            stall_seconds: an input with no frame for this long counts as lost.
            probe: the command that tries PortAudio in a child process (default_probe()).
            use_probe: False skips that check.
        """
        self._probe = (probe or default_probe()) if use_probe else None
        self._make_detector = detector
        self._clock = clock
        self._stall_seconds = stall_seconds
        self._lock = threading.Lock()
        self._failed: dict[_Direction, AudioProblem] = {}
        self._reason: AudioProblem | None = None
        self._watchers: list[Callable[[AudioProblem], None]] = []
        self._closed = False
        self._queue: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._clips: dict[Sound, _Clip] = {}
        # Owned by the worker thread; the input callback reads _meter and _recording.
        self._pa: Any = None
        self._pyaudio: Any = None
        self._input: _Input | None = None
        self._meter: _Meter | None = None
        self._recording: _Recording | None = None
        self._playback: _Playback | None = None
        self._thread = threading.Thread(target=self._run, name="qspace-audio", daemon=True)
        self._thread.start()

    # -- the port ---------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        with self._lock:
            return not self._failed

    @property
    def unavailable_reason(self) -> AudioProblem | None:
        with self._lock:
            return self._reason

    @property
    def first_frame_seconds(self) -> float | None:
        """Seconds from opening the input stream to its first frame, if it has one (figures)."""
        current = self._input
        if current is None or current.first_frame_at is None:
            return None
        return current.first_frame_at - current.opened_at

    def watch_unavailable(self, callback: Callable[[AudioProblem], None]) -> None:
        with self._lock:
            self._watchers.append(callback)
            reason = self._reason
        if reason is not None:
            callback(reason)

    def play(self, sound: Sound | str) -> None:
        try:
            chime = Sound(sound)
        except ValueError:
            raise KioskError(
                ErrorCode.INTERNAL, problem="unknown_sound", sound=str(sound)
            ) from None
        self._submit(lambda: self._play_sound(chime))

    def play_file(self, path: Path, on_done: Done | None = None) -> None:
        if not self._submit(lambda: self._play_file(path, on_done)) and on_done is not None:
            on_done(AudioProblem.DISABLED)

    def stop_playback(self) -> None:
        self._submit(self._stop_playback)

    def start_meter(
        self, on_level: Callable[[float], None], on_voice: Callable[[bool], None]
    ) -> None:
        meter = _Meter(on_level, on_voice, self._make_detector())
        self._submit(lambda: self._start_meter(meter))

    def stop_meter(self) -> None:
        self._submit(self._stop_meter)

    def record(
        self,
        path: Path,
        *,
        on_done: RecordingDone,
        max_seconds: float = MAX_RECORDING_SECONDS,
    ) -> None:
        if not 0 < max_seconds <= MAX_RECORDING_SECONDS:
            raise KioskError(ErrorCode.INTERNAL, problem="recording_length", seconds=max_seconds)
        recording = _Recording(path, max_seconds, on_done)
        if not self._submit(lambda: self._start_recording(recording)):
            on_done(None, AudioProblem.DISABLED)

    def stop_recording(self) -> None:
        self._submit(lambda: self._finish_recording(None))

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(None)
        self._thread.join(timeout=1.0)

    # -- worker thread ----------------------------------------------------------------------

    def _submit(self, command: Callable[[], None]) -> bool:
        with self._lock:  # so that nothing is queued behind close()'s stop
            if self._closed:
                return False
            self._queue.put(command)  # a SimpleQueue never blocks
        return True

    def _run(self) -> None:
        self._start_backend()
        while True:
            busy = self._input is not None or self._playback is not None
            try:
                command = self._queue.get(timeout=POLL_SECONDS if busy else None)
            except queue.Empty:
                pass
            else:
                if command is None:  # close()
                    break
                try:
                    command()
                except Exception:  # a bug (or a caller's callback) must not end the thread
                    log.exception("An audio command failed")
            self._watch_streams()
        self._shut_down()

    def _start_backend(self) -> None:
        if self._probe is not None:
            try:
                probe = subprocess.run(
                    self._probe,
                    capture_output=True,
                    timeout=PROBE_TIMEOUT_SECONDS,
                    check=False,
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                detail = type(exc).__name__
            else:
                detail = "" if probe.returncode == 0 else f"probe exit status {probe.returncode}"
            if detail:
                for direction in _Direction:
                    self._fail(direction, AudioProblem.NO_BACKEND, detail)
                return
        try:
            import pyaudio  # loads PortAudio: only ever on this thread

            self._pyaudio = pyaudio
            with _PORTAUDIO_LOCK:
                self._pa = pyaudio.PyAudio()
        except Exception as exc:  # noqa: BLE001 - no PortAudio library, or it would not start
            for direction in _Direction:
                self._fail(direction, AudioProblem.NO_BACKEND, type(exc).__name__)
            return
        for direction, default in (
            (_Direction.OUTPUT, self._pa.get_default_output_device_info),
            (_Direction.INPUT, self._pa.get_default_input_device_info),
        ):
            try:
                default()
            except OSError as exc:
                self._fail(direction, AudioProblem.NO_DEVICE, str(exc))

    def _fail(self, direction: _Direction, problem: AudioProblem, detail: str) -> None:
        """Mark one direction unavailable; log and tell the watchers only the first time."""
        with self._lock:
            if direction in self._failed:
                return
            self._failed[direction] = problem
            first = self._reason is None
            if first:
                self._reason = problem
            watchers = list(self._watchers) if first else []
        if first:
            log.warning("Audio unavailable: %s (%s: %s)", problem.value, direction.value, detail)
        else:
            log.info("Audio %s also unavailable: %s (%s)", direction.value, problem.value, detail)
        for watcher in watchers:
            try:
                watcher(problem)
            except Exception:
                log.exception("An audio watcher failed")
        if direction is _Direction.INPUT:
            self._lose_input(problem)
        else:
            self._lose_output(problem)

    def _failed_problem(self, direction: _Direction) -> AudioProblem | None:
        with self._lock:
            return self._failed.get(direction)

    # output

    def _play_sound(self, sound: Sound) -> None:
        if self._failed_problem(_Direction.OUTPUT) is not None:
            return
        clip = self._clips.get(sound)
        if clip is None:
            try:
                data = (assets.FOLDER / "sounds" / f"{sound.value}.wav").read_bytes()
                clip = self._clips[sound] = _read_wav(data)
            except (OSError, wave.Error, EOFError) as exc:
                log.warning("Chime %s could not be read: %s", sound.value, type(exc).__name__)
                return
        self._start_playback(_Playback(clip, None))

    def _play_file(self, path: Path, on_done: Done | None) -> None:
        problem = self._failed_problem(_Direction.OUTPUT)
        if problem is None:
            try:
                clip = _read_wav(path)
            except (OSError, wave.Error, EOFError) as exc:
                # The exception's text would name the file; its type is enough.
                log.warning("A recording could not be read: %s", type(exc).__name__)
                problem = AudioProblem.FILE_FAILED
            else:
                self._start_playback(_Playback(clip, on_done))
                return
        if on_done is not None:
            on_done(problem)

    def _start_playback(self, playback: _Playback) -> None:
        self._stop_playback()
        try:
            playback.stream = self._open_stream(
                format=self._pa.get_format_from_width(playback.clip.width),
                channels=playback.clip.channels,
                rate=playback.clip.rate,
                output=True,
                frames_per_buffer=round(playback.clip.rate * OUTPUT_BUFFER_SECONDS),
                stream_callback=playback.callback,
            )
        except (OSError, ValueError) as exc:  # PortAudio refused the stream
            self._playback = playback  # so that losing the output reports it
            self._fail(_Direction.OUTPUT, AudioProblem.STREAM_FAILED, str(exc))
            return
        self._playback = playback

    def _stop_playback(self, problem: AudioProblem | None = None) -> None:
        playback, self._playback = self._playback, None
        if playback is None:
            return
        if playback.stream is not None:
            self._close_stream(playback.stream)
        if playback.on_done is not None:
            playback.on_done(problem)

    def _lose_output(self, problem: AudioProblem) -> None:
        self._stop_playback(problem)

    # input

    def _start_meter(self, meter: _Meter) -> None:
        self._stop_meter()
        if self._failed_problem(_Direction.INPUT) is not None:
            return
        self._meter = meter
        self._open_input()

    def _stop_meter(self) -> None:
        meter, self._meter = self._meter, None
        if meter is not None:
            meter.stop()
        self._close_input_if_idle()

    def _start_recording(self, recording: _Recording) -> None:
        self._finish_recording(None)
        problem = self._failed_problem(_Direction.INPUT)
        if problem is None:
            self._open_input()
            problem = self._failed_problem(_Direction.INPUT)
        if problem is not None or self._input is None:
            recording.on_done(None, problem or AudioProblem.STREAM_FAILED)
            return
        rate = self._input.rate
        try:
            # The file is opened first: wave.open(name) that fails leaves an object behind whose
            # finaliser raises.
            file = recording.part.open("wb")
        except OSError as exc:
            log.warning("A recording could not be started: %s", type(exc).__name__)
            recording.on_done(None, AudioProblem.FILE_FAILED)
            self._close_input_if_idle()
            return
        writer = wave.open(file, "wb")  # noqa: SIM115 - closed when the recording ends
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        recording.file, recording.writer = file, writer
        recording.max_bytes = round(recording.max_seconds * rate) * 2
        self._recording = recording

    def _finish_recording(self, problem: AudioProblem | None) -> None:
        recording, self._recording = self._recording, None
        if recording is None:
            return
        result: Path | None = None
        try:
            assert recording.writer is not None
            assert recording.file is not None
            try:
                recording.drain()
                recording.writer.close()
            finally:
                recording.file.close()
            if problem is None:
                recording.part.replace(recording.path)
                result = recording.path
        except OSError as exc:
            log.warning("A recording could not be saved: %s", type(exc).__name__)
            problem = AudioProblem.FILE_FAILED
        if result is None:
            with contextlib.suppress(OSError):
                recording.part.unlink()
        try:
            recording.on_done(result, problem)
        finally:
            self._close_input_if_idle()

    def _open_input(self) -> None:
        if self._input is not None:
            return
        try:
            info = self._pa.get_default_input_device_info()
            rates = [INPUT_RATE, round(info["defaultSampleRate"])]
        except OSError as exc:
            self._fail(_Direction.INPUT, AudioProblem.NO_DEVICE, str(exc))
            return
        error: Exception | None = None
        for rate in dict.fromkeys(rates):  # 16 kHz, else whatever the device prefers
            try:
                stream = self._open_stream(
                    format=self._pyaudio.paInt16,
                    channels=1,
                    rate=rate,
                    input=True,
                    frames_per_buffer=round(rate * FRAME_SECONDS),
                    stream_callback=self._on_input,
                )
            except (OSError, ValueError) as exc:  # PortAudio refused the stream
                error = exc
                continue
            self._input = _Input(stream, rate, self._clock())
            return
        self._fail(_Direction.INPUT, AudioProblem.STREAM_FAILED, str(error))

    def _on_input(
        self, frame: bytes | None, _frames: int, _time: Any, _status: int
    ) -> tuple[None, int]:
        """PortAudio's input callback (its own thread): feed the meter and the recorder."""
        current = self._input
        if current is not None:
            now = self._clock()
            current.last_frame_at = now
            if current.first_frame_at is None:
                current.first_frame_at = now
        if frame:
            meter = self._meter
            if meter is not None:
                meter.feed(frame)
            recording = self._recording
            if recording is not None:
                recording.take(frame)
        return None, _CONTINUE

    def _close_input_if_idle(self) -> None:
        if self._input is not None and self._meter is None and self._recording is None:
            current, self._input = self._input, None
            self._close_stream(current.stream)

    def _lose_input(self, problem: AudioProblem) -> None:
        meter, self._meter = self._meter, None
        if meter is not None:
            meter.stop()
        self._finish_recording(problem)
        if self._input is not None:
            current, self._input = self._input, None
            self._close_stream(current.stream)

    # both

    def _watch_streams(self) -> None:
        """Finish what ended, write what was recorded, and notice streams that died."""
        playback = self._playback
        if playback is not None and not self._is_active(playback.stream):
            if playback.finished:
                self._stop_playback()
            else:
                self._fail(_Direction.OUTPUT, AudioProblem.DEVICE_LOST, "output stream stopped")
        current = self._input
        if current is None:
            return
        if not self._is_active(current.stream):
            self._fail(_Direction.INPUT, AudioProblem.DEVICE_LOST, "input stream stopped")
            return
        if self._clock() - current.last_frame_at > self._stall_seconds:
            self._fail(_Direction.INPUT, AudioProblem.DEVICE_LOST, "no input frames")
            return
        recording = self._recording
        if recording is not None:
            try:
                recording.drain()
            except OSError as exc:
                log.warning("A recording could not be written: %s", type(exc).__name__)
                self._finish_recording(AudioProblem.FILE_FAILED)
                return
            if recording.full:
                self._finish_recording(None)

    @staticmethod
    def _is_active(stream: Any) -> bool:
        try:
            return bool(stream.is_active())
        except OSError:  # a closed or broken stream is not active
            return False

    def _open_stream(self, **options: Any) -> Any:
        with _PORTAUDIO_LOCK:
            return self._pa.open(**options)

    @staticmethod
    def _close_stream(stream: Any) -> None:
        with _PORTAUDIO_LOCK:
            try:
                stream.stop_stream()
            except OSError as exc:  # the device may already be gone
                log.debug("Stopping an audio stream: %s", exc)
            try:
                stream.close()
            except OSError as exc:
                log.debug("Closing an audio stream: %s", exc)

    def _shut_down(self) -> None:
        self._stop_meter()
        self._finish_recording(None)
        self._stop_playback()
        if self._input is not None:
            current, self._input = self._input, None
            self._close_stream(current.stream)
        # PortAudio itself is not terminated: Pa_Terminate can abort the whole process through
        # ALSA's pulse plugin (seen with PortAudio 19.6 after a server went away, and when a
        # second port in the process had already terminated). Streams are closed above; the
        # library is released when the process ends.
        self._pa = None


class NullAudio:
    """AudioPort for a machine with audio switched off: silent, and says so once."""

    def __init__(self, reason: AudioProblem = AudioProblem.DISABLED) -> None:
        self._reason = reason

    @property
    def available(self) -> bool:
        return False

    @property
    def unavailable_reason(self) -> AudioProblem | None:
        return self._reason

    def watch_unavailable(self, callback: Callable[[AudioProblem], None]) -> None:
        callback(self._reason)

    def play(self, sound: Sound | str) -> None:
        try:
            Sound(sound)
        except ValueError:
            raise KioskError(
                ErrorCode.INTERNAL, problem="unknown_sound", sound=str(sound)
            ) from None

    def play_file(self, path: Path, on_done: Done | None = None) -> None:  # noqa: ARG002
        if on_done is not None:
            on_done(self._reason)

    def stop_playback(self) -> None:
        return

    def start_meter(
        self,
        on_level: Callable[[float], None],  # noqa: ARG002 - nothing to listen to
        on_voice: Callable[[bool], None],  # noqa: ARG002
    ) -> None:
        return

    def stop_meter(self) -> None:
        return

    def record(
        self,
        path: Path,  # noqa: ARG002 - nothing is written
        *,
        on_done: RecordingDone,
        max_seconds: float = MAX_RECORDING_SECONDS,
    ) -> None:
        if not 0 < max_seconds <= MAX_RECORDING_SECONDS:
            raise KioskError(ErrorCode.INTERNAL, problem="recording_length", seconds=max_seconds)
        on_done(None, self._reason)

    def stop_recording(self) -> None:
        return

    def close(self) -> None:
        return


class AudioSignals(QObject):
    """An AudioPort's callbacks as Qt signals, delivered on this object's (the GUI) thread.

    The port calls back from audio threads; a signal emitted there reaches slots in the GUI
    thread through Qt's queued connection. Screens and presenters connect to these signals and
    call `port` (or the shortcuts here) for the rest.
    """

    level_measured = Signal(float)  # RMS of one 20 ms frame, 0.0-1.0
    voice_changed = Signal(bool)  # True: speech started; False: it stopped
    unavailable = Signal(str)  # an AudioProblem value, once (also one known before)
    recording_finished = Signal(object, object)  # Path | None, AudioProblem | None
    playback_finished = Signal(object)  # AudioProblem | None

    def __init__(self, port: AudioPort, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audio.signals")
        self.port = port
        port.watch_unavailable(self._on_port_unavailable)

    def _on_port_unavailable(self, problem: AudioProblem) -> None:
        # Through the event loop, also when the port already knew (it then calls back inside
        # __init__): whoever made this object has connected its slots by then.
        QTimer.singleShot(0, self, functools.partial(self.unavailable.emit, problem.value))

    def start_meter(self) -> None:
        """Listen to the microphone: level_measured and voice_changed follow."""
        self.port.start_meter(self.level_measured.emit, self.voice_changed.emit)

    def record(self, path: Path, *, max_seconds: float = MAX_RECORDING_SECONDS) -> None:
        """Record a testimonial; recording_finished follows."""
        self.port.record(path, on_done=self.recording_finished.emit, max_seconds=max_seconds)

    def play_file(self, path: Path) -> None:
        """Play a recording; playback_finished follows."""
        self.port.play_file(path, self.playback_finished.emit)
