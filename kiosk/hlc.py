"""Hybrid logical clock: versions that order changes across kiosks without trusting wall time."""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    """Wall milliseconds, a counter for ties, and the device id as the final tie-breaker."""

    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        """A string whose lexical order is the clock order."""
        return f"{self.wall_ms:015d}.{self.counter:06d}.{self.node}"

    @classmethod
    def decode(cls, text: str) -> HlcTimestamp:
        """Parse an encoded timestamp; raise ValueError when it is malformed."""
        wall, counter, node = text.split(".", 2)
        if not (wall.isdigit() and counter.isdigit() and node):
            raise ValueError(text)
        return cls(int(wall), int(counter), node)


class HybridClock:
    """A thread-safe hybrid logical clock for one device."""

    def __init__(self, node: str, last: HlcTimestamp | None = None) -> None:
        self.node = node
        self._last = last or HlcTimestamp(0, 0, node)
        self._lock = threading.Lock()

    @property
    def last(self) -> HlcTimestamp:
        """The latest timestamp issued or observed."""
        return self._last

    def tick(self, wall_ms: int) -> HlcTimestamp:
        """A new timestamp for a local event at wall time `wall_ms`."""
        with self._lock:
            if wall_ms > self._last.wall_ms:
                self._last = HlcTimestamp(wall_ms, 0, self.node)
            else:
                self._last = HlcTimestamp(self._last.wall_ms, self._last.counter + 1, self.node)
            return self._last

    def observe(self, remote: HlcTimestamp, wall_ms: int) -> HlcTimestamp:
        """Merge a timestamp received from elsewhere so later local events sort after it."""
        with self._lock:
            wall = max(wall_ms, self._last.wall_ms, remote.wall_ms)
            if wall == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = HlcTimestamp(wall, counter, self.node)
            return self._last
