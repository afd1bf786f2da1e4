"""The facilitator PIN's rules and results, importable without the database (for the PIN pad)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

MAX_TRIES = 5
LOCKOUT = timedelta(minutes=5)
PIN_LENGTHS = range(4, 9)


class PinOutcome(Enum):
    """What happened to a PIN attempt."""

    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"
    NOT_SET = "not_set"


@dataclass(frozen=True)
class PinCheck:
    """The result of a PIN attempt, for the PIN pad to show."""

    outcome: PinOutcome
    tries_left: int = MAX_TRIES
    locked_until: datetime | None = None


@dataclass(frozen=True)
class PinStatus:
    """Whether a PIN is set and whether entry is locked now."""

    is_set: bool
    locked_until: datetime | None
