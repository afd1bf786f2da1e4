"""Pure audio arithmetic for the microphone meter: frame levels and voice-activity detection.

No Qt and no PortAudio here, so it is tested with synthetic frames. A frame is a short run of
little-endian signed 16-bit samples (20 ms at 16 kHz in devices.audio); its level is the RMS
of the samples as a fraction of full scale (0.0 silence, about 0.707 for a full-scale sine,
1.0 for a full-scale square wave).
"""

from __future__ import annotations

import array
import math
import operator
import sys


def frame_rms(frame: bytes) -> float:
    """The RMS level of a frame of little-endian signed 16-bit samples, from 0.0 to 1.0.

    Raises:
        ValueError: the frame holds half a sample.
    """
    if len(frame) % 2:
        raise ValueError("a 16-bit frame has an even number of bytes")
    if not frame:
        return 0.0
    samples = array.array("h", frame)
    if sys.byteorder == "big":
        samples.byteswap()
    total = sum(map(operator.mul, samples, samples))  # exact: Python ints
    return min(1.0, math.sqrt(total / len(samples)) / 32768.0)


class VoiceActivityDetector:
    """Says when speech starts and stops from a stream of frame levels, with hysteresis.

    Speech starts after `attack_frames` frames in a row at or above `on_threshold`, and stops
    after `hangover_frames` frames in a row below `off_threshold`. Levels between the two
    thresholds keep the current state, so a voice hovering near one threshold does not make
    the state flicker, and the hangover bridges the short pauses between words.
    """

    def __init__(
        self,
        *,
        on_threshold: float = 0.02,
        off_threshold: float = 0.01,
        attack_frames: int = 3,
        hangover_frames: int = 25,
    ) -> None:
        if not 0.0 < off_threshold <= on_threshold <= 1.0:
            raise ValueError("thresholds need 0 < off_threshold <= on_threshold <= 1")
        if attack_frames < 1 or hangover_frames < 1:
            raise ValueError("attack_frames and hangover_frames must be at least 1")
        self.on_threshold = on_threshold
        self.off_threshold = off_threshold
        self.attack_frames = attack_frames
        self.hangover_frames = hangover_frames
        self.active = False
        self._run = 0  # frames in a row pushing towards the other state

    def feed(self, level: float) -> bool | None:
        """Take one frame's level; True when speech starts, False when it stops, else None."""
        if self.active:
            self._run = self._run + 1 if level < self.off_threshold else 0
            if self._run >= self.hangover_frames:
                self.active = False
                self._run = 0
                return False
        else:
            self._run = self._run + 1 if level >= self.on_threshold else 0
            if self._run >= self.attack_frames:
                self.active = True
                self._run = 0
                return True
        return None

    def reset(self) -> None:
        """Back to silence, as if no frame had been fed."""
        self.active = False
        self._run = 0
