"""The PIN pad's rules: digits, the two-step set, and what to say after each attempt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from kiosk.pin_policy import PIN_LENGTHS, PinCheck, PinOutcome


class PinMode(Enum):
    """What the PIN pad is asking for."""

    VERIFY = "verify"
    SET = "set"
    CONFIRM = "confirm"


class PinMessage(Enum):
    """What the pad tells the facilitator; the widget translates it."""

    NONE = "none"
    WRONG = "wrong"
    LOCKED = "locked"
    TOO_SHORT = "too_short"
    MISMATCH = "mismatch"
    NOW_CONFIRM = "now_confirm"


@dataclass(frozen=True)
class PinSubmit:
    """What to do with the digits: verify them, or set them as the new PIN."""

    action: str
    pin: str
    confirm: str = ""


@dataclass(frozen=True)
class PinFeedback:
    """A message with what it needs."""

    message: PinMessage
    tries_left: int = 0
    locked_until: datetime | None = None


class PinPresenter:
    """The state of the PIN pad."""

    def __init__(self) -> None:
        self.mode = PinMode.VERIFY
        self.entered = ""
        self._first = ""

    def start(self, mode: PinMode) -> None:
        """Begin verifying or setting a PIN, with nothing typed."""
        self.mode = mode
        self.entered = ""
        self._first = ""

    def press(self, digit: str) -> None:
        """A digit key; ignored beyond the longest PIN."""
        if digit.isdigit() and len(digit) == 1 and len(self.entered) < PIN_LENGTHS.stop - 1:
            self.entered += digit

    def backspace(self) -> None:
        """Remove the last digit."""
        self.entered = self.entered[:-1]

    def clear(self) -> None:
        """Remove every digit."""
        self.entered = ""

    def submit(self) -> PinSubmit | PinFeedback:
        """The OK key: an action to run, or feedback at once."""
        if len(self.entered) < PIN_LENGTHS.start:
            return PinFeedback(PinMessage.TOO_SHORT)
        if self.mode is PinMode.VERIFY:
            attempt, self.entered = self.entered, ""
            return PinSubmit("verify", attempt)
        if self.mode is PinMode.SET:
            self._first, self.entered = self.entered, ""
            self.mode = PinMode.CONFIRM
            return PinFeedback(PinMessage.NOW_CONFIRM)
        first, confirm = self._first, self.entered
        self.entered = ""
        if first != confirm:
            self.start(PinMode.SET)
            return PinFeedback(PinMessage.MISMATCH)
        return PinSubmit("set", first, confirm)

    @staticmethod
    def feedback(check: PinCheck) -> PinFeedback:
        """What to say after a verify attempt that was not accepted."""
        if check.outcome is PinOutcome.LOCKED:
            return PinFeedback(PinMessage.LOCKED, 0, check.locked_until)
        return PinFeedback(PinMessage.WRONG, check.tries_left)
