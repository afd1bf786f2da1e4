"""Hybrid logical clock: versions that order changes across kiosks without trusting wall time."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
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

    def __init__(
        self,
        node: str,
        last: HlcTimestamp | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.node = node
        self._last = last or HlcTimestamp(0, 0, node)
        self._lock = threading.Lock()
        self._monotonic = monotonic
        self._reference: tuple[int, float] | None = None  # register ms, monotonic s then

    def set_reference(self, register_ms: int) -> None:
        """Learn the register's clock: from now on no timestamp is stamped ahead of it.

        The register's time is carried forward with the monotonic clock, which a wrong or
        corrected wall clock does not move.
        """
        with self._lock:
            self._reference = (register_ms, self._monotonic())

    def ceiling_ms(self) -> int | None:
        """The register's clock as this kiosk estimates it now, or None before a sync."""
        reference = self._reference
        if reference is None:
            return None
        register_ms, then = reference
        return register_ms + int((self._monotonic() - then) * 1000)

    def rewind(self, wall_ms: int) -> None:
        """Forget a clock fault: the next timestamps start from `wall_ms` (a register time),
        even if timestamps further ahead were issued before."""
        with self._lock:
            self._last = HlcTimestamp(wall_ms, 0, self.node)

    @property
    def last(self) -> HlcTimestamp:
        """The latest timestamp issued or observed."""
        return self._last

    def tick(self, wall_ms: int) -> HlcTimestamp:
        """A new timestamp for a local event at wall time `wall_ms` (never past the register's
        clock once it is known: see `set_reference`)."""
        ceiling = self.ceiling_ms()
        if ceiling is not None:
            wall_ms = min(wall_ms, ceiling)
        with self._lock:
            if wall_ms > self._last.wall_ms:
                self._last = HlcTimestamp(wall_ms, 0, self.node)
            else:
                self._last = HlcTimestamp(self._last.wall_ms, self._last.counter + 1, self.node)
            return self._last

    def observe(self, remote: HlcTimestamp, wall_ms: int) -> HlcTimestamp:
        """Merge a timestamp received from elsewhere so later local events sort after it."""
        ceiling = self.ceiling_ms()
        if ceiling is not None:
            wall_ms = min(wall_ms, ceiling)
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
