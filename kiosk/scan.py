"""Keyboard-wedge scanner bursts told from human typing, by the time between keys (pure).

A USB scanner in keyboard mode "types" what it read: printable characters well under 50 ms
apart, then Enter or Tab (no prefix; some scanners send Tab instead of Enter). People do not
type six characters that fast. The decoder is fed one key at a time with a millisecond
timestamp and returns the burst's text when a terminator ends one.
"""

from __future__ import annotations

MAX_GAP_MS = 50.0
"""A burst's keys (its terminator too) each come less than this after the previous one."""
MIN_LENGTH = 6
"""Fewer printable characters than this is not a scan (a pass token has 67)."""


class BurstDecoder:
    """Tells scanner bursts from typing, key by key.

    The decoder keeps the characters typed since the last slow gap. A key that comes 50 ms
    or more after the previous one starts afresh (so a person's typing followed by a scan in
    the same field yields the scan only); a non-printable key clears it; keys with no text
    (Shift, which scanners press for capitals) are ignored.
    """

    def __init__(self, *, max_gap_ms: float = MAX_GAP_MS, min_length: int = MIN_LENGTH) -> None:
        self._max_gap_ms = max_gap_ms
        self._min_length = min_length
        self._chars: list[str] = []
        self._last_ms: float | None = None

    @property
    def pending(self) -> str:
        """The characters that could still become a burst."""
        return "".join(self._chars)

    def reset(self) -> None:
        """Forget everything fed so far."""
        self._chars = []
        self._last_ms = None

    def _fast(self, t_ms: float) -> bool:
        return self._last_ms is not None and 0 <= t_ms - self._last_ms < self._max_gap_ms

    def feed(self, text: str, is_terminator: bool, t_ms: float) -> str | None:
        """One key press: `text` it typed, whether it was Enter or Tab, and when (ms).

        Returns:
            The burst's text when this key is the terminator of a burst, otherwise None.
        """
        if is_terminator:
            burst = self.pending if self._fast(t_ms) else ""
            self.reset()
            return burst if len(burst) >= self._min_length else None
        if not text:
            return None
        if not text.isprintable():
            self.reset()
            return None
        if not self._fast(t_ms):
            self._chars = []
        self._chars.append(text)
        self._last_ms = t_ms
        return None
