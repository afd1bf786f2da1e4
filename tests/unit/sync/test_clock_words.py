"""How far ahead a kiosk's clock is, in the words the facilitator reads."""

from __future__ import annotations

import pytest

from sync.engine import _duration


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (2 * 86400, "2 days"),
        (2 * 86400 - 2, "2 days"),  # a slow round trip does not turn 2 days into "48 hours"
        (3 * 86400 + 3600, "3 days"),
        (5 * 3600, "5 hours"),
        (2 * 3600 - 30, "2 hours"),
        (25 * 60, "25 minutes"),
    ],
)
def test_a_clock_ahead_is_said_in_its_nearest_unit(seconds: float, words: str) -> None:
    assert _duration(seconds) == words
