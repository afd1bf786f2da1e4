"""The sync indicator's meaning, from the worker's status (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime

from screens.presenters.sync import error_lines, indicator
from sync.worker import SyncStatus

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def test_a_clock_fault_draws_attention_and_is_listed() -> None:
    note = "this kiosk's clock is 2 days ahead of the register's; 3 waiting changes re-stamped"
    fault = SyncStatus("online", 0, 0, NOW, NOW, 600.0, ((NOW, note),), clock_ahead_s=172800.0)
    right = SyncStatus("online", 0, 0, NOW, NOW, 600.0, ())

    assert indicator(fault, now=NOW).attention
    assert not indicator(right, now=NOW).attention
    assert any("2 days ahead" in line for line in error_lines(fault))
