"""The retry schedule: exponential, jittered, capped at five minutes, Retry-After honoured."""

from __future__ import annotations

import random

import pytest

from sync.backoff import CAP_S, backoff_delay, parse_retry_after


def test_no_failure_means_no_wait() -> None:
    assert backoff_delay(0) == 0.0


@pytest.mark.parametrize(
    ("failures", "low", "high"),
    [(1, 2.5, 5), (2, 5, 10), (3, 10, 20), (4, 20, 40), (6, 80, 160), (7, 150, 300)],
)
def test_the_ceiling_doubles_with_each_failure(failures: int, low: float, high: float) -> None:
    rng = random.Random(failures)
    draws = [backoff_delay(failures, rng=rng) for _ in range(200)]
    assert low <= min(draws)
    assert max(draws) <= high
    assert len(set(draws)) > 150  # jittered: kiosks do not call back in step


@pytest.mark.parametrize("failures", [8, 9, 20, 1000])
def test_the_wait_is_capped_at_five_minutes(failures: int) -> None:
    rng = random.Random(1)
    assert all(CAP_S / 2 <= backoff_delay(failures, rng=rng) <= 300 for _ in range(100))


def test_retry_after_is_the_least_wait_but_still_capped() -> None:
    rng = random.Random(2)
    assert backoff_delay(1, rng=rng, retry_after_s=42) == 42
    assert backoff_delay(1, rng=rng, retry_after_s=3600) == 300


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), (" 5 ", 5.0), (None, None), ("soon", None), ("-1", None),
     ("Wed, 21 Oct 2026 07:28:00 GMT", None), ("999999999", 86400.0)],
)  # fmt: skip
def test_retry_after_header(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds
