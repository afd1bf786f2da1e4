"""When to try again after a failed sync: exponential backoff with full jitter, capped."""

from __future__ import annotations

import random

BASE_S = 5.0
CAP_S = 300.0  # five minutes


def backoff_delay(
    failures: int,
    *,
    rng: random.Random | None = None,
    base_s: float = BASE_S,
    cap_s: float = CAP_S,
    retry_after_s: float | None = None,
) -> float:
    """Seconds to wait after `failures` consecutive failures (1 for the first).

    Full jitter: a uniform draw from [ceiling / 2, ceiling], where the ceiling doubles with each
    failure from `base_s` and never exceeds `cap_s`, so that kiosks coming back together do
    not all call at once. A register's Retry-After (429 or 503) is honoured as the least wait,
    still capped.
    """
    if failures <= 0:
        return 0.0
    ceiling = min(cap_s, base_s * 2 ** min(failures - 1, 30))
    draw = (rng or random).uniform(ceiling / 2, ceiling)
    if retry_after_s is not None:
        draw = max(draw, retry_after_s)
    return min(draw, cap_s)


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (the HTTP-date form is not used by the register: ignored)."""
    if value is None:
        return None
    value = value.strip()
    if not value.isdigit():
        return None
    return float(min(int(value), 86_400))
